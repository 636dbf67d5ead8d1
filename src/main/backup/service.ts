import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  backupSettingsSchema,
  DEFAULT_BACKUP_SETTINGS,
  type BackupEntry,
  type BackupKind,
  type BackupPlace,
  type BackupPreview,
  type BackupRef,
  type BackupSettings,
  type BackupStatus,
} from '../../shared/backup';
import { AppError } from '../../shared/errors';
import { fieldError } from '../../shared/validation';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema } from '../../shared/settings';
import type { AppContext } from '../context';
import type { DbHandle } from '../db/handle';
import { knownMigrationIds } from '../db/migrate';
import { readSection } from '../settings/store';
import { decryptFile, keyFilePath, readBackupKey } from './crypto';
import { diskStatus } from './disk';
import { DATA_SUBDIR, removeIfExists, SECOND_SUBDIR, sha256File } from './files';
import { inspectBackupFile } from './inspect';
import { readManifests, toEntry, type Manifest } from './manifest';
import { backupsToRemove, localDay, removeBackup } from './rotate';
import { copyBackup, writeBackup } from './write';

export function readBackupSettings(ctx: Pick<DbHandle, 'db'>): BackupSettings {
  return readSection(ctx, 'backup', backupSettingsSchema, DEFAULT_BACKUP_SETTINGS);
}

function timeZone(ctx: Pick<DbHandle, 'db'>): string {
  return readSection(ctx, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS).time_zone;
}

export const dataBackupDir = (dataDir: string): string => join(dataDir, DATA_SUBDIR);

/**
 * The second folder's backup directory, or null when none is chosen or it is not there now (USB drive unplugged):
 * the chosen folder itself is never created, so an absent drive letter or mount point cannot turn into a folder on
 * the PC's own disk.
 */
function secondBackupDir(settings: BackupSettings): string | null {
  if (!settings.second_dir || !existsSync(settings.second_dir)) return null;
  return join(settings.second_dir, SECOND_SUBDIR);
}

/** What a backup run reads and sets: the register, its folders and versions, and the problem shown on the home screen. */
export type BackupDeps = DbHandle &
  Pick<AppContext, 'dataDir' | 'migrationsDir' | 'appVersion' | 'schemaVersion' | 'backupProblem'>;

const knownMigrations = (ctx: Pick<AppContext, 'migrationsDir'>): Set<number> => knownMigrationIds(ctx.migrationsDir);

function rotate(ctx: Pick<DbHandle, 'db'>, dir: string, settings: BackupSettings): void {
  for (const old of backupsToRemove(readManifests(dir), settings, timeZone(ctx))) removeBackup(dir, old);
}

/** A second copy of a verified data-folder backup; a failure is remembered for the home screen, not thrown. */
function copyToSecond(
  ctx: Pick<AppContext, 'db' | 'dataDir' | 'backupProblem'>,
  manifest: Manifest,
  settings: BackupSettings,
): Manifest | null {
  const dir = secondBackupDir(settings);
  if (!dir) return null;
  try {
    const copy = copyBackup(dataBackupDir(ctx.dataDir), manifest, dir, readBackupKey(ctx.dataDir), ctx.dataDir);
    rotate(ctx, dir, settings);
    return copy;
  } catch (error) {
    console.warn(`second backup copy to ${dir} failed`, error);
    ctx.backupProblem = 'backup.second_failed';
    return null;
  }
}

/** Writes a verified backup to the data folder and to the second folder, rotates both; returns what was written. */
export function backupNow(ctx: BackupDeps, kind: BackupKind): BackupEntry[] {
  const settings = readBackupSettings(ctx);
  const known = knownMigrations(ctx);
  const dir = dataBackupDir(ctx.dataDir);
  const manifest = writeBackup(ctx.sqlite, dir, {
    kind,
    now: ctx.clock(),
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
  });
  ctx.backupProblem = null;
  rotate(ctx, dir, settings);
  const written = [toEntry(manifest, 'data', known)];
  const copy = copyToSecond(ctx, manifest, settings);
  if (copy) written.push(toEntry(copy, 'second', known));
  return written;
}

/** An automatic backup (daily, exit): never throws, a failure shows on the home screen. */
export function automaticBackup(ctx: BackupDeps, kind: BackupKind): void {
  try {
    backupNow(ctx, kind);
  } catch (error) {
    console.error(`${kind} backup failed`, error);
    ctx.backupProblem = error instanceof AppError && error.code === 'disk_low' ? 'backup.disk_low' : 'backup.failed';
  }
}

/** The first open of the day (and the hourly check of a PC left on overnight) writes the day's backup. */
export function dailyBackupIfDue(ctx: BackupDeps): boolean {
  const zone = timeZone(ctx);
  const today = localDay(ctx.clock().toISOString(), zone);
  const done = readManifests(dataBackupDir(ctx.dataDir)).some(
    (m) => m.kind === 'daily' && localDay(m.created_at, zone) === today,
  );
  if (done) return false;
  automaticBackup(ctx, 'daily');
  return true;
}

/**
 * With encryption on, no plain copy stays in the second folder (a USB drive that leaves the building): each is
 * checked against its manifest, encrypted next to itself, the encrypted copy verified (it decrypts, authenticated,
 * to the same file), and only then the plain one removed. A plain copy that no longer matches its manifest is
 * useless as a backup and still readable, so it is removed too. Runs when encryption is turned on and whenever the
 * drive is back. Returns what it did.
 */
export function encryptSecondCopies(ctx: Pick<AppContext, 'db' | 'dataDir' | 'backupProblem'>): {
  encrypted: number;
  removed: number;
} {
  const key = readBackupKey(ctx.dataDir);
  const dir = secondBackupDir(readBackupSettings(ctx));
  const done = { encrypted: 0, removed: 0 };
  if (!key || !dir) return done;
  for (const manifest of readManifests(dir).filter((m) => !m.encrypted)) {
    try {
      if (sha256File(join(dir, manifest.file)) === manifest.plain_sha256) {
        copyBackup(dir, manifest, dir, key, ctx.dataDir);
        done.encrypted++;
      }
      removeBackup(dir, manifest);
      done.removed++;
    } catch (error) {
      console.warn('encrypting a second-folder copy failed', (error as { code?: string }).code ?? 'error');
      ctx.backupProblem = 'backup.second_failed';
    }
  }
  return done;
}

/** The USB drive was plugged in after the last backup: give it the newest one (and encrypt any plain copies). */
export function syncSecondCopy(ctx: Pick<AppContext, 'db' | 'dataDir' | 'backupProblem'>): void {
  const settings = readBackupSettings(ctx);
  const dir = secondBackupDir(settings);
  encryptSecondCopies(ctx);
  const newest = readManifests(dataBackupDir(ctx.dataDir))[0];
  if (!dir || !newest) return;
  const present = readManifests(dir).some((m) => m.created_at === newest.created_at && m.kind === newest.kind);
  if (!present && copyToSecond(ctx, newest, settings)) ctx.backupProblem = null;
}

interface Located {
  dir: string;
  manifest: Manifest;
  place: BackupPlace;
}

function placeDir(ctx: Pick<AppContext, 'db' | 'dataDir'>, place: BackupPlace): string | null {
  return place === 'data' ? dataBackupDir(ctx.dataDir) : secondBackupDir(readBackupSettings(ctx));
}

export function locateBackup(ctx: Pick<AppContext, 'db' | 'dataDir'>, ref: BackupRef): Located {
  const dir = placeDir(ctx, ref.place);
  const manifest = dir ? readManifests(dir).find((m) => m.file === ref.file) : undefined;
  if (!dir || !manifest) throw new AppError('not_found', { message: 'backup.not_found', field: 'file' });
  return { dir, manifest, place: ref.place };
}

/** Both folders, newest first. */
export function listBackups(ctx: Pick<AppContext, 'db' | 'dataDir' | 'migrationsDir'>): BackupEntry[] {
  const known = knownMigrations(ctx);
  const entries: BackupEntry[] = [];
  for (const place of ['data', 'second'] as const) {
    const dir = placeDir(ctx, place);
    if (dir) entries.push(...readManifests(dir).map((m) => toEntry(m, place, known)));
  }
  return entries.sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/**
 * The backup's SQLite file, ready to open: the file itself, or (encrypted) a decrypted temp copy in the data folder
 * (next to the register, which holds the same data unencrypted). The caller removes `temp`.
 */
export function plainCopy(
  ctx: Pick<AppContext, 'dataDir'>,
  found: Located,
  target: string,
  passphrase: string | undefined,
): string {
  const path = join(found.dir, found.manifest.file);
  if (sha256File(path) !== found.manifest.sha256) throw new AppError('backup_refused', { message: 'backup.checksum' });
  if (!found.manifest.encrypted) return path;
  if (decryptFile(path, target, ctx.dataDir, passphrase) !== found.manifest.plain_sha256) {
    removeIfExists(target);
    throw new AppError('backup_refused', { message: 'backup.checksum' });
  }
  return target;
}

/** Reads the backup file itself (checksum, `integrity_check`, counts, hospital name); the live register is untouched. */
export function previewBackup(
  ctx: Pick<AppContext, 'db' | 'dataDir' | 'dbPath' | 'migrationsDir'>,
  ref: BackupRef,
  passphrase?: string,
): BackupPreview {
  const found = locateBackup(ctx, ref);
  const known = knownMigrations(ctx);
  const entry = toEntry(found.manifest, found.place, known);
  const temp = `${ctx.dbPath}.preview`;
  try {
    const check = inspectBackupFile(plainCopy(ctx, found, temp, passphrase));
    if (!check.ok) return { ...entry, verified: false, problem: check.problem };
    return {
      ...entry,
      counts: check.counts,
      facility_name: check.facilityName,
      newer: check.migrations.some((m) => !known.has(m)),
      verified: true,
      problem: null,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'backup_refused')
      return { ...entry, verified: false, problem: error.message };
    throw error;
  } finally {
    removeIfExists(temp);
  }
}

export function backupStatus(ctx: Pick<AppContext, 'db' | 'clock' | 'dataDir' | 'backupProblem'>): BackupStatus {
  const settings = readBackupSettings(ctx);
  const encrypted = existsSync(keyFilePath(ctx.dataDir));
  const dataDir = dataBackupDir(ctx.dataDir);
  const secondDir = secondBackupDir(settings);
  const data = readManifests(dataDir)[0];
  const second = secondDir ? readManifests(secondDir)[0] : undefined;
  const newest = [
    data && { m: data, place: 'data' as const, dir: dataDir },
    second && secondDir && { m: second, place: 'second' as const, dir: secondDir },
  ]
    .filter((x) => !!x)
    .sort((a, b) => b.m.created_at.localeCompare(a.m.created_at))[0];
  const ageDays = second ? (ctx.clock().getTime() - new Date(second.created_at).getTime()) / 86_400_000 : Infinity;
  const state = !settings.second_dir
    ? 'not_set'
    : !secondDir
      ? 'unreachable'
      : !second
        ? 'missing'
        : ageDays > settings.second_max_age_days
          ? 'stale'
          : 'ok';
  return {
    last: newest ? { at: newest.m.created_at, place: newest.place, dir: newest.dir, kind: newest.m.kind } : null,
    second: {
      state,
      dir: settings.second_dir,
      last_at: second?.created_at ?? null,
      max_age_days: settings.second_max_age_days,
      // A register upgraded with a plain second folder keeps writing plain copies (nothing changes silently): it is told.
      unencrypted: !!settings.second_dir && !encrypted,
    },
    disk: diskStatus(ctx.dataDir, settings.disk_warn_mb),
    encrypted,
    last_error: ctx.backupProblem,
  };
}

/** The second folder must be a folder that exists now, is writable, and is not inside the data folder. */
export function checkSecondDir(ctx: Pick<AppContext, 'dataDir'>, dir: string): void {
  if (!isAbsolute(dir)) throw fieldError('second_dir', 'v.folder_absolute');
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw fieldError('second_dir', 'v.folder_missing');
  const rel = relative(resolve(ctx.dataDir), resolve(dir));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) throw fieldError('second_dir', 'v.folder_inside_data');
  try {
    // A real write: permission bits do not tell the truth on Windows ACLs or a write-protected USB stick.
    const probe = join(dir, SECOND_SUBDIR, '.prasav-write-test');
    mkdirSync(join(dir, SECOND_SUBDIR), { recursive: true });
    writeFileSync(probe, 'ok');
    removeIfExists(probe);
  } catch {
    throw fieldError('second_dir', 'v.folder_unwritable');
  }
}
