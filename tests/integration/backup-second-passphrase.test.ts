import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { decryptFile, keyFilePath } from '../../src/main/backup/crypto';
import { SECOND_SUBDIR } from '../../src/main/backup/files';
import { readManifests } from '../../src/main/backup/manifest';
import type { AppContext } from '../../src/main/context';
import type { Session } from '../../src/main/session';
import { translate } from '../../src/shared/i18n/translate';
import { tempDir, testContext } from '../helpers/context';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const PASSPHRASE = 'घाट की सीढ़ियाँ 2026';

const call = (ctx: AppContext, op: string, input: unknown = {}) => dispatch(ctx, ADMIN, op, input);

async function run<T>(ctx: AppContext, op: string, input: unknown = {}): Promise<T> {
  const result = await call(ctx, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

const encryptionAudit = (ctx: AppContext) =>
  ctx.sqlite
    .prepare(
      "SELECT user_name, old_value, new_value FROM audit_log WHERE entity = 'settings.backup' AND field = 'encryption' ORDER BY id",
    )
    .all();

const secondDir = (usb: string) => join(usb, SECOND_SUBDIR);

describe('choosing the second backup folder asks for its passphrase in the same step', () => {
  it('refuses a folder without a passphrase while encryption is on (the default), naming the field in both languages', async () => {
    const ctx = testContext();
    const usb = tempDir('prasav-usb-');
    const refused = await call(ctx, 'updateBackupSettings', { second_dir: usb });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'passphrase', message: 'v.passphrase_for_second' }] },
    });
    const issue = !refused.ok ? refused.error.issues![0]! : null;
    expect(translate('en', issue!.message, issue!.params)).toMatch(/^Passphrase: type a passphrase/);
    expect(translate('hi', issue!.message, issue!.params)).toMatch(/^पासफ़्रेज़: /);
    // Nothing saved, no key, nothing written to the drive.
    expect(await run(ctx, 'getBackupSettings')).toMatchObject({ second_dir: '' });
    expect(existsSync(keyFilePath(ctx.dataDir))).toBe(false);
    expect(readdirSync(secondDir(usb))).toEqual([]);
    // The passphrase rule is the one for setting it on its own (at least 10 characters).
    expect(await call(ctx, 'updateBackupSettings', { second_dir: usb, passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'passphrase', message: 'v.passphrase_short' }] },
    });
  });

  it('with the passphrase: the next backup’s second copy is encrypted and opens with the passphrase alone', async () => {
    const ctx = testContext();
    await run(ctx, 'updateSettings', { hospital_name: 'Ghat Road CHC' });
    const usb = tempDir('prasav-usb-');
    await run(ctx, 'updateBackupSettings', { second_dir: usb, passphrase: PASSPHRASE });
    expect(readFileSync(keyFilePath(ctx.dataDir), 'utf8')).not.toContain('घाट');
    expect(encryptionAudit(ctx)).toEqual([{ user_name: 'admin', old_value: 'false', new_value: 'true' }]);
    expect(await run(ctx, 'backupStatus')).toMatchObject({ encrypted: true, second: { unencrypted: false } });

    const written = await run<{ place: string; file: string; encrypted: boolean }[]>(ctx, 'createBackup');
    const second = written.find((e) => e.place === 'second')!;
    expect(second).toMatchObject({ encrypted: true });
    const bytes = readFileSync(join(secondDir(usb), second.file));
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('PRSVENC1');
    expect(bytes.includes(Buffer.from('Ghat Road CHC'))).toBe(false);

    // Another PC (a data folder without the key): the passphrase opens it to exactly the verified backup.
    const otherPc = tempDir('prasav-other-pc-');
    const plain = join(otherPc, 'opened.sqlite');
    const manifest = readManifests(secondDir(usb)).find((m) => m.file === second.file)!;
    expect(decryptFile(join(secondDir(usb), second.file), plain, otherPc, PASSPHRASE)).toBe(manifest.plain_sha256);
    expect(readFileSync(plain).includes(Buffer.from('Ghat Road CHC'))).toBe(true);
    expect(() => decryptFile(join(secondDir(usb), second.file), null, otherPc, 'not the passphrase')).toThrow();
  });

  it('a folder for a register that already encrypts keeps its key; plain copies are an explicit, audited choice', async () => {
    const ctx = testContext();
    const first = tempDir('prasav-usb-');
    await run(ctx, 'updateBackupSettings', { second_dir: first, passphrase: PASSPHRASE });
    const key = readFileSync(keyFilePath(ctx.dataDir), 'utf8');
    // Another folder: no passphrase needed, the key stays.
    const second = tempDir('prasav-usb-');
    await run(ctx, 'updateBackupSettings', { second_dir: second });
    expect(readFileSync(keyFilePath(ctx.dataDir), 'utf8')).toBe(key);

    // Unticking encryption for a third folder turns it off, audited under the admin.
    const third = tempDir('prasav-usb-');
    await run(ctx, 'updateBackupSettings', { second_dir: third, encrypt_second: false });
    expect(existsSync(keyFilePath(ctx.dataDir))).toBe(false);
    expect(encryptionAudit(ctx)).toEqual([
      { user_name: 'admin', old_value: 'false', new_value: 'true' },
      { user_name: 'admin', old_value: 'true', new_value: 'false' },
    ]);
    const written = await run<{ place: string; encrypted: boolean }[]>(ctx, 'createBackup');
    expect(written.find((e) => e.place === 'second')).toMatchObject({ encrypted: false });
    expect(await run(ctx, 'backupStatus')).toMatchObject({ encrypted: false, second: { dir: third, unencrypted: true } });
  });

  it('an upgraded register with a plain second folder keeps working as before, and is told its copies are plain', async () => {
    const ctx = testContext();
    const usb = tempDir('prasav-usb-');
    // As an older release stored it: the folder in the settings row, no key.
    ctx.sqlite
      .prepare(
        "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('backup', ?, '2026-01-01T00:00:00Z', 'older release')",
      )
      .run(JSON.stringify({ second_dir: usb, keep_daily: 14, keep_monthly: 12, second_max_age_days: 7, disk_warn_mb: 50 }));
    // Other settings still save without a passphrase: only choosing a folder asks for one.
    await run(ctx, 'updateBackupSettings', { keep_daily: 10 });
    const written = await run<{ place: string; encrypted: boolean }[]>(ctx, 'createBackup');
    expect(written.map((e) => [e.place, e.encrypted])).toEqual([
      ['data', false],
      ['second', false],
    ]);
    expect(await run(ctx, 'backupStatus')).toMatchObject({ encrypted: false, second: { dir: usb, unencrypted: true } });
    expect(encryptionAudit(ctx)).toEqual([]);
  });
});
