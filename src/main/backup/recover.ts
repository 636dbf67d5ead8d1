import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { knownMigrationIds } from '../db/migrate';
import { fsyncDir, removeIfExists, sha256File } from './files';
import { inspectBackupFile, sameCounts } from './inspect';
import { readManifests, type Manifest } from './manifest';
import { restoringPath } from './restore';
import { stageVerifiedCopy } from './stage';

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
  const known = knownMigrationIds(migrationsDir);
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
export function recoverRegister(dbPath: string, good: GoodBackup, migrationsDir: string, now: Date): string {
  const dataDir = dirname(dbPath);
  const temp = restoringPath(dbPath);
  removeIfExists(temp);
  stageVerifiedCopy(join(good.dir, good.manifest.file), temp, good.manifest, knownMigrationIds(migrationsDir));
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
