import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, scryptSync, type ScryptOptions } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { readChunks, removeIfExists, writeFileDurable } from './files';

/**
 * Second-folder copies (they leave the room on a USB drive) can be encrypted with a passphrase: AES-256-GCM under a
 * key derived with scrypt, authenticated end to end (a changed byte, a cut-off file or a wrong passphrase is
 * refused, never restored). The passphrase is never stored. Automatic backups need the key without asking, so the
 * derived key is kept in the data folder next to the register, which is itself unencrypted: the key protects nothing
 * less than the register file beside it, and the USB copy alone cannot be opened without the passphrase.
 *
 * File layout: "PRSVENC1" | u32 header length | header JSON | ciphertext | 16-byte tag. The magic, length and
 * header are the additional authenticated data, so the KDF parameters and IV cannot be swapped either.
 */
const MAGIC = Buffer.from('PRSVENC1', 'latin1');
const TAG_LENGTH = 16;
export const KEY_FILE = 'backup-key.json';
const KDF = { N: 2 ** 17, r: 8, p: 1 };

const kdfSchema = z.object({
  name: z.literal('scrypt'),
  salt: z.string(),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});
type Kdf = z.output<typeof kdfSchema>;

const headerSchema = z.object({ format: z.literal(1), cipher: z.literal('aes-256-gcm'), iv: z.string(), kdf: kdfSchema });
const keyFileSchema = z.object({ format: z.literal(1), kdf: kdfSchema, key: z.string(), created_at: z.string() });

export interface BackupKey {
  kdf: Kdf;
  key: Buffer;
}

const scryptOptions = (kdf: Kdf): ScryptOptions => ({ N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });

function derive(passphrase: string, kdf: Kdf): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, scryptOptions(kdf));
}

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: ScryptOptions,
) => Promise<Buffer>;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE);
}

/** The stored key, or null when second copies are not encrypted. */
export function readBackupKey(dataDir: string): BackupKey | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  const parsed = keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { kdf: parsed.kdf, key: Buffer.from(parsed.key, 'base64') };
}

/** Derives and stores the key; scrypt runs on libuv's pool, so the thread answering the screens is not held. */
export async function setBackupPassphrase(dataDir: string, passphrase: string, now: Date): Promise<void> {
  const kdf: Kdf = { name: 'scrypt', salt: randomBytes(16).toString('base64'), ...KDF };
  const key = await scryptAsync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, scryptOptions(kdf));
  writeFileDurable(
    keyFilePath(dataDir),
    JSON.stringify({ format: 1, kdf, key: key.toString('base64'), created_at: now.toISOString() }, null, 2),
  );
}

export function clearBackupPassphrase(dataDir: string): void {
  removeIfExists(keyFilePath(dataDir));
}

function headerBytes(header: z.input<typeof headerSchema>): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** Encrypts `source` into `target` (fsynced). Returns the SHA-256 of what was written. */
export function encryptFile(source: string, target: string, key: BackupKey): string {
  const iv = randomBytes(12);
  const head = headerBytes({ format: 1, cipher: 'aes-256-gcm', iv: iv.toString('base64'), kdf: key.kdf });
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(head);
  const hash = createHash('sha256');
  const fd = openSync(target, 'w', 0o600);
  try {
    const write = (data: Buffer) => {
      hash.update(data);
      writeSync(fd, data);
    };
    write(head);
    readChunks(source, (chunk) => write(cipher.update(chunk)));
    write(cipher.final());
    write(cipher.getAuthTag());
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function readHeader(path: string): { header: z.output<typeof headerSchema>; head: Buffer } {
  const fd = openSync(path, 'r');
  try {
    const prefix = Buffer.alloc(12);
    if (readSync(fd, prefix, 0, 12, 0) !== 12 || !prefix.subarray(0, 8).equals(MAGIC)) throw damaged();
    const length = prefix.readUInt32BE(8);
    if (length > 4096) throw damaged();
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, 12) !== length) throw damaged();
    const header = headerSchema.safeParse(JSON.parse(json.toString('utf8')));
    if (!header.success) throw damaged();
    return { header: header.data, head: Buffer.concat([prefix, json]) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged();
  } finally {
    closeSync(fd);
  }
}

const damaged = () => new AppError('backup_refused', { message: 'backup.damaged' });

/**
 * The key for an encrypted backup: this PC's stored key when it was made with it, else one derived from the
 * passphrase the admin typed (a new PC after the old one died). Refuses when neither is available.
 */
function keyFor(kdf: Kdf, dataDir: string, passphrase: string | undefined): Buffer {
  const stored = readBackupKey(dataDir);
  if (stored && stored.kdf.salt === kdf.salt) return stored.key;
  if (!passphrase) throw new AppError('backup_refused', { message: 'backup.passphrase_needed', field: 'passphrase' });
  return derive(passphrase, kdf);
}

/**
 * Decrypts and authenticates `source`. With `target` the plaintext is written there (removed again if the tag does
 * not match); without, it is only hashed (to verify a copy just written). Returns the plaintext's SHA-256.
 */
export function decryptFile(source: string, target: string | null, dataDir: string, passphrase?: string): string {
  const { header, head } = readHeader(source);
  const key = keyFor(header.kdf, dataDir, passphrase);
  const size = statSync(source).size;
  if (size < head.length + TAG_LENGTH) throw damaged();
  const tag = Buffer.alloc(TAG_LENGTH);
  const fd = openSync(source, 'r');
  try {
    readSync(fd, tag, 0, TAG_LENGTH, size - TAG_LENGTH);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  decipher.setAAD(head);
  decipher.setAuthTag(tag);
  const hash = createHash('sha256');
  const out = target ? openSync(target, 'w', 0o600) : null;
  try {
    const take = (data: Buffer) => {
      hash.update(data);
      if (out !== null) writeSync(out, data);
    };
    readChunks(source, (chunk) => take(decipher.update(chunk)), head.length, size - TAG_LENGTH);
    try {
      take(decipher.final());
    } catch {
      // GCM says the key is wrong or a byte changed: which one cannot be told apart, so name both.
      throw new AppError('backup_refused', { message: 'backup.bad_passphrase', field: 'passphrase' });
    }
    if (out !== null) fsyncSync(out);
  } catch (error) {
    if (out !== null) {
      closeSync(out);
      removeIfExists(target!);
    }
    throw error;
  }
  if (out !== null) closeSync(out);
  return hash.digest('hex');
}
