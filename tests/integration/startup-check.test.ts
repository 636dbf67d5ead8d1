/**
 * Start-up checks (docs/ARCHITECTURE.md): after a clean exit the register opens on its cheap checks and the full
 * `quick_check` runs on the jobs worker once the app answers; after an unclean exit it runs before anything opens.
 * Either way a damaged register is caught and never written to.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { backupNow, dataBackupDir } from '../../src/main/backup/service';
import { closeApp, openApp, shutdownApp } from '../../src/main/bootstrap';
import { checkRegisterInBackground, registerDamage } from '../../src/main/db/call-gate';
import { openDatabase } from '../../src/main/db/open';
import { seedDemo } from '../../src/main/demo/seed';
import { checkoutResourcePaths, DB_FILE_NAME } from '../../src/main/paths';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { AppError } from '../../src/shared/errors';
import { translate } from '../../src/shared/i18n/translate';
import { tempDir } from '../helpers/context';

const paths = checkoutResourcePaths();
const S = LOCAL_ADMIN_SESSION;
const open = (dataDir: string) =>
  openApp({ ...paths, dataDir, demo: false, appVersion: '0', runtime: 'node', deferFullCheck: true });

/** A register with the demo hospital's records and one good backup, closed cleanly (no WAL left). */
function closedRegister(): { dataDir: string; dbPath: string } {
  const dataDir = tempDir();
  const ctx = openApp({ ...paths, dataDir, demo: false, appVersion: '0', runtime: 'node' });
  seedDemo(ctx);
  backupNow(ctx, 'daily');
  closeApp(ctx);
  const dbPath = join(dataDir, DB_FILE_NAME);
  expect(existsSync(`${dbPath}-wal`)).toBe(false);
  return { dataDir, dbPath };
}

/** Overwrites one page in the middle of the file (records, not the schema or migrations the cheap checks read). */
function damageMiddlePage(dbPath: string): Buffer {
  const bytes = readFileSync(dbPath);
  const page = Math.floor(bytes.length / 4096 / 2) * 4096;
  bytes.fill(0x5a, page, page + 4096);
  writeFileSync(dbPath, bytes);
  return bytes;
}

describe('the full check of the register at start-up', () => {
  it('after a clean exit runs in the background, not at open; after an unclean one (WAL left) at open', () => {
    const { dataDir, dbPath } = closedRegister();
    const options = { path: dbPath, migrationsDir: paths.migrationsDir, backupDir: dataBackupDir(dataDir) };
    const deferred = openDatabase({ ...options, fullCheck: 'when-unclean' });
    expect(deferred.fullyChecked).toBe(false);
    deferred.sqlite.close();
    const always = openDatabase(options);
    expect(always.fullyChecked).toBe(true);
    always.sqlite.close();
    writeFileSync(`${dbPath}-wal`, '');
    const unclean = openDatabase({ ...options, fullCheck: 'when-unclean' });
    expect(unclean.fullyChecked).toBe(true);
    unclean.sqlite.close();
  });

  it('a write waits for the background check while a read answers, then goes on once it passed', async () => {
    const { dataDir } = closedRegister();
    const ctx = open(dataDir);
    try {
      let written = false;
      const write = dispatch(ctx, S, 'updateSettings', { hospital_name: 'Checked Hospital' }).then((r) => {
        written = true;
        return r;
      });
      expect(await dispatch(ctx, S, 'backupStatus', {})).toMatchObject({ ok: true });
      expect(written).toBe(false);
      expect(await checkRegisterInBackground(ctx)).toBeNull();
      expect(await write).toMatchObject({ ok: true, data: { hospital_name: 'Checked Hospital' } });
    } finally {
      closeApp(ctx);
    }
  });

  it('with an unclean exit, a damaged register is refused at open and not written to', () => {
    const { dataDir, dbPath } = closedRegister();
    const bytes = damageMiddlePage(dbPath);
    writeFileSync(`${dbPath}-wal`, '');
    let error: unknown;
    try {
      open(dataDir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_corrupt');
    expect(readFileSync(dbPath)).toEqual(bytes);
  });

  it('with a clean exit, the background check finds the damage: every call is refused, nothing is written or backed up', async () => {
    const { dataDir, dbPath } = closedRegister();
    const bytes = damageMiddlePage(dbPath);
    const backupsBefore = readdirSync(dataBackupDir(dataDir));
    // The cheap checks pass: the register opens at once.
    const ctx = open(dataDir);
    const write = dispatch(ctx, S, 'updateSettings', { hospital_name: 'Never Written' });
    const damage = await checkRegisterInBackground(ctx);
    expect(damage?.code).toBe('db_corrupt');
    expect(registerDamage(ctx)).toBe(damage);
    // The write that waited for the check, and every call after it, is refused with the damaged-register message.
    const refused = await write;
    expect(refused).toMatchObject({ ok: false, error: { code: 'db_corrupt', message: 'startup.damaged' } });
    expect(await dispatch(ctx, S, 'backupStatus', {})).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    expect(translate('en', 'startup.damaged')).toContain('found the register file damaged');
    expect(translate('hi', 'startup.damaged')).toContain('ख़राब');
    // Quitting writes no exit backup of the damaged file, and the file is as it was found.
    await shutdownApp(ctx);
    expect(readdirSync(dataBackupDir(dataDir))).toEqual(backupsBefore);
    expect(readFileSync(dbPath)).toEqual(bytes);
    expect(statSync(dbPath).size).toBe(bytes.length);
  });
});
