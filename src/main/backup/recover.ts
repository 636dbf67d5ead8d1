import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadMigrations } from '../db/migrate';
import { fsyncDir, fsyncFile, removeIfExists, sha256File } from './files';
import { inspectBackupFile, sameCounts } from './inspect';
import { readManifests, type Manifest } from './manifest';
import { restoringPath } from './restore';

export interface GoodBackup {
  dir: string;
  manifest: Manifest;
}

/**
 * The newest data-folder backup that passes every check (checksum, `integrity_check`, counts, not from a newer app):
 * what the start-up recovery offers when the register is damaged. Needs no open register (the settings naming the
 * second folder are inside the damaged file; second-folder backups are restored from the Backup screen instead).
 */
export function newestGoodBackup(dataDir: string, migrationsDir: string): GoodBackup | null {
  const dir = join(dataDir, 'backups');
  const known = new Set(loadMigrations(migrationsDir).map((m) => m.folderMillis));
  for (const manifest of readManifests(dir)) {
    if (manifest.encrypted || manifest.migrations.some((m) => !known.has(m))) continue;
    const path = join(dir, manifest.file);
    if (sha256File(path) !== manifest.sha256) continue;
    const check = inspectBackupFile(path);
    if (check.ok && sameCounts(check.counts, manifest.counts)) return { dir, manifest };
  }
  return null;
}

/**
 * Replaces a damaged register with a good backup. The damaged file (and its WAL) is first copied, byte for byte, to
 * `damaged-<time>/` in the data folder (kept for a specialist; nothing is deleted); then, as in a restore, the
 * backup is assembled and checked beside the register and swapped in with one rename. Returns the folder holding
 * the damaged copy.
 */
export function recoverRegister(dbPath: string, good: GoodBackup, now: Date): string {
  const dataDir = dirname(dbPath);
  const temp = restoringPath(dbPath);
  removeIfExists(temp);
  copyFileSync(join(good.dir, good.manifest.file), temp);
  fsyncFile(temp);
  const check = inspectBackupFile(temp);
  if (!check.ok || !sameCounts(check.counts, good.manifest.counts)) {
    removeIfExists(temp);
    throw new Error(`backup ${good.manifest.file} failed its check while restoring`);
  }
  const keep = join(dataDir, `damaged-${now.toISOString().replace(/[-:.]/g, '')}`);
  mkdirSync(keep, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${dbPath}${suffix}`)) copyFileSync(`${dbPath}${suffix}`, join(keep, `prasav.sqlite${suffix}`));
  }
  fsyncDir(keep);
  // The damaged file's WAL would be replayed into the restored file: its copy is kept above.
  removeIfExists(`${dbPath}-wal`);
  removeIfExists(`${dbPath}-shm`);
  renameSync(temp, dbPath);
  fsyncDir(dataDir);
  return keep;
}
