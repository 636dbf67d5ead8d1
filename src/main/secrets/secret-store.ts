import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Encrypts the credentials the app has to replay (DHIS2 password or token). The ciphertext goes into SQLite;
 * `scheme` is stored beside it so that a secret written by one store is never fed to another.
 */
export interface SecretStore {
  readonly scheme: string;
  encrypt(plain: string): string;
  /** Throws when the ciphertext was not written by this store (or was tampered with). */
  decrypt(ciphertext: string): string;
}

const KEY_FILE = 'secret.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds every ciphertext to this purpose: a blob copied from elsewhere does not decrypt. */
const AAD = Buffer.from('prasav/secret/v1');

/**
 * Plain-Node store (web/LAN mode, CLI, tests, and Electron where the OS offers no keychain): AES-256-GCM with a
 * random 256-bit key in `<dir>/secret.key`, created once with mode 0600 in a 0700 folder.
 *
 * Threat model (honest): it keeps the secret out of the database file, its backups and copies (a register sent
 * for support or a stolen backup stick reveals nothing) and out of logs. It does not protect against someone who
 * can read the key folder — the same Windows/Linux account, an administrator, or a copy of the whole data folder
 * including `keys/`. On Windows the mode bits are not enforced; the folder inherits the user profile's ACL.
 * Electron's safeStorage (DPAPI on Windows) is preferred on the desktop for that reason.
 */
export class FileKeySecretStore implements SecretStore {
  readonly scheme = 'file-aes-256-gcm-v1';
  private key: Buffer | null = null;

  constructor(private readonly dir: string) {}

  private loadKey(create: boolean): Buffer {
    if (this.key) return this.key;
    const path = join(this.dir, KEY_FILE);
    try {
      const key = readFileSync(path);
      if (key.length !== KEY_BYTES) throw new Error(`secret key file ${path} is damaged`);
      this.key = key;
      return key;
    } catch (error) {
      if (!create || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    const key = randomBytes(KEY_BYTES);
    // 'wx': never overwrite a key another process just wrote (its secrets would become unreadable).
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return this.loadKey(false);
      throw error;
    }
    try {
      writeSync(fd, key);
    } finally {
      closeSync(fd);
    }
    this.key = key;
    return key;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.loadKey(true), iv);
    cipher.setAAD(AAD);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  decrypt(ciphertext: string): string {
    const raw = Buffer.from(ciphertext, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('secret ciphertext too short');
    const decipher = createDecipheriv('aes-256-gcm', this.loadKey(false), raw.subarray(0, IV_BYTES));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
