import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { setBackupPassphrase } from '../../src/main/backup/crypto';
import { SECOND_SUBDIR } from '../../src/main/backup/files';
import { readManifests, type Manifest } from '../../src/main/backup/manifest';
import { newestGoodBackup, recoverRegister } from '../../src/main/backup/recover';
import { restoringPath } from '../../src/main/backup/restore';
import { backupsToRemove } from '../../src/main/backup/rotate';
import { backupNow, dailyBackupIfDue, dataBackupDir } from '../../src/main/backup/service';
import type { AppContext } from '../../src/main/context';
import { checkoutResourcePaths } from '../../src/main/paths';
import type { Session } from '../../src/main/session';
import { AppError } from '../../src/shared/errors';
import { fixedClock, tempDir, testContext } from '../helpers/context';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const run = (ctx: AppContext, op: string, input: unknown = {}) => dispatch(ctx, ADMIN, op, input);

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

const hospital = (ctx: AppContext) =>
  (
    JSON.parse(ctx.sqlite.prepare("SELECT value FROM settings WHERE key = 'facility'").pluck().get() as string) as {
      hospital_name: string;
    }
  ).hospital_name;

describe('writing backups', () => {
  it('writes a verified VACUUM INTO copy with a manifest of time, versions, counts and checksum', async () => {
    const ctx = testContext({ clock: fixedClock('2026-02-10T06:30:00Z') });
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Sadar Nursing Home' }));
    const [entry] = await ok<{ file: string; counts: Record<string, number> }[]>(run(ctx, 'createBackup'));
    expect(entry!.file).toBe('prasav-20260210T063000000Z-manual.sqlite');
    const dir = dataBackupDir(ctx.dataDir);
    const manifest = JSON.parse(readFileSync(join(dir, `${entry!.file}.json`), 'utf8')) as Manifest;
    expect(manifest).toMatchObject({
      kind: 'manual',
      created_at: '2026-02-10T06:30:00.000Z',
      app_version: '0.0.0-test',
      schema_version: ctx.schemaVersion,
      facility_name: 'Sadar Nursing Home',
      integrity: 'ok',
      encrypted: false,
    });
    expect(manifest.counts).toMatchObject({ settings: 1, audit_log: 1, users: 0 });
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    const copy = new Database(join(dir, entry!.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    copy.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('never lists a backup cut off before its manifest, and cleans up partial files', async () => {
    const ctx = testContext();
    const dir = dataBackupDir(ctx.dataDir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'prasav-20260101T000000000Z-daily.sqlite'), 'half a file');
    writeFileSync(join(dir, 'prasav-20260101T000000001Z-daily.sqlite.partial'), 'half a file');
    expect(await ok<unknown[]>(run(ctx, 'listBackups'))).toEqual([]);
    await ok(run(ctx, 'createBackup'));
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);
    expect(await ok<unknown[]>(run(ctx, 'listBackups'))).toHaveLength(1);
  });

  it('writes the daily backup once per local day (Asia/Kolkata), not per start', () => {
    const clock = fixedClock('2026-02-10T18:00:00Z'); // 23:30 in Kishanganj
    const ctx = testContext({ clock });
    expect(dailyBackupIfDue(ctx)).toBe(true);
    clock.set('2026-02-10T18:20:00Z'); // 23:50, same day
    expect(dailyBackupIfDue(ctx)).toBe(false);
    clock.set('2026-02-10T18:40:00Z'); // 00:10 the next day there
    expect(dailyBackupIfDue(ctx)).toBe(true);
    expect(readManifests(dataBackupDir(ctx.dataDir)).filter((m) => m.kind === 'daily')).toHaveLength(2);
  });

  it('backs up before a migration through the same module (verified, with a manifest)', () => {
    const dir = tempDir();
    const paths = checkoutResourcePaths();
    const first = openApp({ ...paths, dataDir: dir, demo: false, appVersion: '0.0.1', runtime: 'node' });
    closeApp(first);
    // Pretend the database is one migration behind, as after installing a newer app: undo what the newest migration
    // file creates (tables and indexes) and forget that it ran.
    const newest = readdirSync(paths.migrationsDir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .at(-1)!;
    const sql = readFileSync(join(paths.migrationsDir, newest), 'utf8');
    const tables = [...sql.matchAll(/CREATE TABLE `(\w+)`/g)].map((m) => m[1]!);
    const indexes = [...sql.matchAll(/CREATE (?:UNIQUE )?INDEX `(\w+)`/g)].map((m) => m[1]!);
    // The newest migration may create only indexes (0013 does).
    const created = [...tables, ...indexes];
    expect(created.length).toBeGreaterThan(0);
    const db = new Database(join(dir, 'prasav.sqlite'));
    for (const index of indexes) db.exec(`DROP INDEX IF EXISTS "${index}"`);
    for (const table of tables) db.exec(`DROP TABLE "${table}"`);
    db.exec('DELETE FROM __drizzle_migrations WHERE id = (SELECT max(id) FROM __drizzle_migrations)');
    db.close();
    const ctx = openApp({ ...paths, dataDir: dir, demo: false, appVersion: '0.0.2', runtime: 'node' });
    const [pre] = readManifests(dataBackupDir(dir));
    expect(pre).toMatchObject({ kind: 'pre-migration', app_version: '0.0.2', integrity: 'ok' });
    // Taken before the migration: nothing it creates is in the backup.
    const copy = new Database(join(dataBackupDir(dir), pre!.file), { readonly: true });
    const names = copy.prepare('SELECT name FROM sqlite_master').pluck().all();
    copy.close();
    expect(names).not.toContain(created[0]);
    closeApp(ctx);
  });
});

describe('rotation', () => {
  const manifest = (iso: string, kind: Manifest['kind'] = 'daily'): Manifest =>
    ({ file: `${iso}-${kind}`, created_at: new Date(iso).toISOString(), kind }) as Manifest;

  it('keeps the newest per day for 14 days with backups and per month for 12 months, plus safety copies', () => {
    const all: Manifest[] = [];
    // Two backups a day (morning exit, evening daily) for 400 days.
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
      all.push(manifest(new Date(day.getTime() + 4 * 3600_000).toISOString(), 'exit'));
      all.push(manifest(new Date(day.getTime() + 14 * 3600_000).toISOString(), 'daily'));
    }
    all.push(manifest('2026-02-04T07:00:00Z', 'pre-migration'));
    const newestFirst = all.sort((a, b) => b.created_at.localeCompare(a.created_at));
    const removed = new Set(backupsToRemove(newestFirst, { keep_daily: 14, keep_monthly: 12 }, 'Asia/Kolkata'));
    const kept = newestFirst.filter((m) => !removed.has(m));
    const days = new Set(kept.map((m) => m.created_at.slice(0, 10)));
    expect(kept.length).toBeLessThanOrEqual(3 + 14 + 12 + 1);
    const newestDays = [...new Set(newestFirst.map((m) => m.created_at.slice(0, 10)))].slice(0, 14);
    expect(newestDays.every((d) => days.has(d))).toBe(true);
    expect(kept.map((m) => m.kind)).toContain('pre-migration');
    // The newest three are always kept.
    expect(kept.slice(0, 3)).toEqual(newestFirst.slice(0, 3));
    // Each of the last 12 months keeps a backup.
    expect(new Set(kept.map((m) => m.created_at.slice(0, 7))).size).toBe(12);
  });

  it('removes old backups from the folder as new ones are written', () => {
    const clock = fixedClock('2026-01-01T06:00:00Z');
    const ctx = testContext({ clock });
    for (let d = 0; d < 20; d++) {
      clock.set(new Date(Date.UTC(2026, 0, 1 + d, 6)).toISOString());
      backupNow(ctx, 'daily');
    }
    const left = readManifests(dataBackupDir(ctx.dataDir));
    expect(left).toHaveLength(14);
    expect(readdirSync(dataBackupDir(ctx.dataDir))).toHaveLength(28);
  });
});

describe('the second folder', () => {
  it('gets a verified copy; status warns when it is not set, unplugged, missing or stale', async () => {
    const clock = fixedClock('2026-03-01T06:00:00Z');
    const ctx = testContext({ clock });
    const state = async () => (await ok<{ second: { state: string } }>(run(ctx, 'backupStatus'))).second.state;
    expect(await state()).toBe('not_set');
    const usb = tempDir('prasav-usb-');
    await ok(run(ctx, 'updateBackupSettings', { second_dir: usb, encrypt_second: false }));
    // Choosing the folder copies the newest backup at once (here: none yet).
    expect(await state()).toBe('missing');
    const written = await ok<{ place: string }[]>(run(ctx, 'createBackup'));
    expect(written.map((e) => e.place)).toEqual(['data', 'second']);
    expect(await state()).toBe('ok');
    const status = await ok<{ last: { place: string; at: string } }>(run(ctx, 'backupStatus'));
    expect(status.last.at).toBe('2026-03-01T06:00:00.000Z');
    clock.set('2026-03-09T06:00:01Z');
    expect(await state()).toBe('stale');
    const refused = await run(ctx, 'updateBackupSettings', { second_dir: join(usb, 'not-there') });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ field: 'second_dir', message: 'v.folder_missing' }] } });
    expect(await run(ctx, 'updateBackupSettings', { second_dir: 'relative\\path' })).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'v.folder_absolute' }] },
    });
    expect(await run(ctx, 'updateBackupSettings', { second_dir: join(ctx.dataDir, 'x') })).toMatchObject({ ok: false });
  });

  it('treats an unplugged drive as unreachable and never creates its folder on the PC', async () => {
    const ctx = testContext();
    const usb = tempDir('prasav-usb-');
    await ok(run(ctx, 'updateBackupSettings', { second_dir: usb, encrypt_second: false }));
    const { rmSync } = await import('node:fs');
    rmSync(usb, { recursive: true, force: true });
    const written = await ok<unknown[]>(run(ctx, 'createBackup'));
    expect(written).toHaveLength(1);
    expect(existsSync(usb)).toBe(false);
    expect(await ok(run(ctx, 'backupStatus'))).toMatchObject({ second: { state: 'unreachable' } });
  });

  it('encrypts the second copy with the passphrase (AES-256-GCM): readable only with it, tampering refused', async () => {
    const ctx = testContext();
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Encrypted Hospital' }));
    const usb = tempDir('prasav-usb-');
    // The passphrase is asked for with the folder.
    await ok(run(ctx, 'updateBackupSettings', { second_dir: usb, passphrase: 'नदी के किनारे 2026' }));
    expect(readFileSync(join(ctx.dataDir, 'backup-key.json'), 'utf8')).not.toContain('नदी');
    const written = await ok<{ place: string; file: string; encrypted: boolean }[]>(run(ctx, 'createBackup'));
    const second = written.find((e) => e.place === 'second')!;
    expect(second).toMatchObject({ encrypted: true });
    expect(second.file).toMatch(/\.prasavenc$/);
    const bytes = readFileSync(join(usb, SECOND_SUBDIR, second.file));
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('PRSVENC1');
    expect(bytes.includes(Buffer.from('Encrypted Hospital'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    // On this PC the stored key opens it.
    const ref = { place: 'second', file: second.file };
    expect(await ok(run(ctx, 'previewBackup', ref))).toMatchObject({ verified: true, facility_name: 'Encrypted Hospital' });

    // On a new PC (no key file): the passphrase is needed, a wrong one is refused.
    const newPc = testContext();
    await ok(run(newPc, 'updateBackupSettings', { second_dir: usb, encrypt_second: false }));
    expect(await ok(run(newPc, 'previewBackup', ref))).toMatchObject({ verified: false, problem: 'backup.passphrase_needed' });
    expect(await ok(run(newPc, 'previewBackup', { ...ref, passphrase: 'wrong passphrase' }))).toMatchObject({
      verified: false,
      problem: 'backup.bad_passphrase',
    });
    expect(await ok(run(newPc, 'previewBackup', { ...ref, passphrase: 'नदी के किनारे 2026' }))).toMatchObject({
      verified: true,
      facility_name: 'Encrypted Hospital',
    });
    await ok(run(newPc, 'restoreBackup', { ...ref, passphrase: 'नदी के किनारे 2026' }));
    expect(hospital(newPc)).toBe('Encrypted Hospital');

    // One flipped byte in the ciphertext: refused (checksum, and GCM would refuse it too).
    bytes[bytes.length - 40]! ^= 0x01;
    writeFileSync(join(usb, SECOND_SUBDIR, second.file), bytes);
    expect(await ok(run(ctx, 'previewBackup', ref))).toMatchObject({ verified: false, problem: 'backup.checksum' });
  });
});

describe('restore', () => {
  it('restores a backup after a safety backup of the current state, audits it, and logs everyone out', async () => {
    const ctx = testContext();
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Before' }));
    const [before] = await ok<{ file: string }[]>(run(ctx, 'createBackup'));
    await ok(run(ctx, 'updateSettings', { hospital_name: 'After' }));
    ctx.sessions.create(ADMIN);
    const preview = await ok<{ facility_name: string; counts: Record<string, number>; verified: boolean }>(
      run(ctx, 'previewBackup', { place: 'data', file: before!.file }),
    );
    expect(preview).toMatchObject({ facility_name: 'Before', verified: true, counts: { audit_log: 1 } });
    expect(hospital(ctx)).toBe('After'); // preview did not touch the live register

    const result = await ok<{ safety_backup: string }>(run(ctx, 'restoreBackup', { place: 'data', file: before!.file }));
    expect(hospital(ctx)).toBe('Before');
    // And through the service, whose cached settings described the register before the restore.
    expect(await ok<{ hospital_name: string }>(run(ctx, 'getSettings', {}))).toMatchObject({ hospital_name: 'Before' });
    expect(ctx.sessions.size).toBe(0);
    expect(result.safety_backup).toMatch(/-pre-restore\.sqlite$/);
    const safety = await ok<{ facility_name: string }>(run(ctx, 'previewBackup', { place: 'data', file: result.safety_backup }));
    expect(safety.facility_name).toBe('After');
    const audit = ctx.sqlite.prepare("SELECT user_name, action, reason FROM audit_log WHERE entity = 'database'").all();
    expect(audit).toEqual([{ user_name: 'admin', action: 'import', reason: expect.stringContaining(before!.file) }]);
    expect(existsSync(restoringPath(ctx.dbPath))).toBe(false);
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    // The register can go back to where it was: the safety backup restores like any other.
    await ok(run(ctx, 'restoreBackup', { place: 'data', file: result.safety_backup }));
    expect(hospital(ctx)).toBe('After');
  });

  it('refuses a backup from a newer app with a clear message and leaves the register alone', async () => {
    const ctx = testContext();
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Current' }));
    const [entry] = await ok<{ file: string }[]>(run(ctx, 'createBackup'));
    // Make the backup look as if a newer Prasav wrote it: one migration this app does not know.
    const path = join(dataBackupDir(ctx.dataDir), entry!.file);
    const db = new Database(path);
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 4102444800000);
    db.close();
    const { sha256File } = await import('../../src/main/backup/files');
    const manifestFile = `${path}.json`;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    writeFileSync(
      manifestFile,
      JSON.stringify({
        ...manifest,
        migrations: [...manifest.migrations, 4102444800000],
        sha256: sha256File(path),
        plain_sha256: sha256File(path),
        app_version: '9.0.0',
      }),
    );
    const listed = await ok<{ newer: boolean }[]>(run(ctx, 'listBackups'));
    expect(listed[0]!.newer).toBe(true);
    const refused = await run(ctx, 'restoreBackup', { place: 'data', file: entry!.file });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'backup_refused', message: 'backup.newer', params: { found: expect.stringContaining('9.0.0') } },
    });
    expect(hospital(ctx)).toBe('Current');
    expect(readManifests(dataBackupDir(ctx.dataDir)).map((m) => m.kind)).toEqual(['manual']);
  });

  it('refuses a damaged or unknown backup without touching the register', async () => {
    const ctx = testContext();
    const [entry] = await ok<{ file: string }[]>(run(ctx, 'createBackup'));
    const path = join(dataBackupDir(ctx.dataDir), entry!.file);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, 6000);
    writeFileSync(path, bytes);
    expect(await run(ctx, 'restoreBackup', { place: 'data', file: entry!.file })).toMatchObject({
      ok: false,
      error: { code: 'backup_refused', message: 'backup.checksum' },
    });
    expect(await run(ctx, 'restoreBackup', { place: 'data', file: 'prasav-20260101T000000000Z-daily.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await run(ctx, 'restoreBackup', { place: 'data', file: '../../prasav.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'file' }] },
    });
  });

  it('after a power cut during a restore, the next start finds the old register whole and drops the temp file', () => {
    const ctx = testContext();
    const dataDir = ctx.dataDir;
    backupNow(ctx, 'manual');
    closeApp(ctx);
    writeFileSync(restoringPath(join(dataDir, 'prasav.sqlite')), 'half-written restore');
    const again = openApp({ ...checkoutResourcePaths(), dataDir, demo: false, appVersion: '0', runtime: 'node' });
    expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(existsSync(restoringPath(again.dbPath))).toBe(false);
    closeApp(again);
  });
});

describe('start-up recovery of a damaged register', () => {
  it('refuses to open it, finds the newest good backup, keeps the damaged file, and restores', async () => {
    const dataDir = tempDir();
    const paths = checkoutResourcePaths();
    const open = () => openApp({ ...paths, dataDir, demo: false, appVersion: '0', runtime: 'node' });
    const ctx = open();
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Good copy' }));
    backupNow(ctx, 'daily');
    await ok(run(ctx, 'updateSettings', { hospital_name: 'Newest' }));
    const [newest] = backupNow(ctx, 'exit');
    closeApp(ctx);
    // The newest backup is damaged too: recovery must skip it.
    const newestPath = join(dataBackupDir(dataDir), newest!.file);
    const nb = readFileSync(newestPath);
    nb.fill(0, 2000, 5000);
    writeFileSync(newestPath, nb);
    const dbPath = join(dataDir, 'prasav.sqlite');
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 4096, 8192);
    writeFileSync(dbPath, bytes);

    expect(open).toThrow(AppError);
    const good = newestGoodBackup(dataDir, paths.migrationsDir);
    expect(good?.manifest.facility_name).toBe('Good copy');
    const kept = recoverRegister(dbPath, good!, paths.migrationsDir, new Date('2026-04-01T00:00:00Z'));
    expect(readFileSync(join(kept, 'prasav.sqlite'))).toEqual(bytes);
    const reopened = open();
    expect(hospital(reopened)).toBe('Good copy');
    closeApp(reopened);
  });

  it('passphrase is never written to disk when encryption is set', async () => {
    const dir = tempDir();
    await setBackupPassphrase(dir, 'very secret phrase', new Date());
    expect(readFileSync(join(dir, 'backup-key.json'), 'utf8')).not.toContain('very secret phrase');
  });
});
