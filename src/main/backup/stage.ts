import { copyFileSync } from 'node:fs';
import type { BackupEntry, BackupRef } from '../../shared/backup';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../context';
import { knownMigrationIds, schemaLabel } from '../db/migrate';
import { fsyncFile, removeIfExists } from './files';
import { inspectBackupFile, sameCounts } from './inspect';
import { toEntry, type Manifest } from './manifest';
import { locateBackup, plainCopy } from './service';

/** A backup that cannot be restored, and why (a message key). */
export function refuse(message: string, params?: Record<string, string>): AppError {
  return new AppError('backup_refused', { message, ...(params ? { params } : {}) });
}

/**
 * Copies a backup's SQLite file to `target` beside the register, fsyncs it and checks the copy itself:
 * `integrity_check`, the counts of its manifest, no migration this app does not know. The copy is removed when a
 * check fails. Shared by restore and start-up recovery, so both swap in only what was verified.
 */
export function stageVerifiedCopy(source: string, target: string, manifest: Manifest, known: ReadonlySet<number>): void {
  if (source !== target) copyFileSync(source, target);
  fsyncFile(target);
  const check = inspectBackupFile(target);
  const problem = !check.ok
    ? check.problem
    : check.migrations.some((m) => !known.has(m))
      ? 'backup.newer'
      : !sameCounts(check.counts, manifest.counts)
        ? 'backup.checksum'
        : null;
  if (problem) {
    removeIfExists(target);
    throw refuse(problem);
  }
}

/**
 * Prepares `target` as a verified, complete register from a backup: copied (or decrypted) next to the live file and
 * checked (`stageVerifiedCopy`); a backup from a newer app is refused with both versions named.
 */
export function prepareRestore(
  ctx: Pick<AppContext, 'db' | 'dataDir' | 'migrationsDir' | 'appVersion'>,
  ref: BackupRef,
  target: string,
  passphrase?: string,
): BackupEntry {
  const found = locateBackup(ctx, ref);
  const known = knownMigrationIds(ctx.migrationsDir);
  const entry = toEntry(found.manifest, found.place, known);
  const newer = () =>
    refuse('backup.newer', {
      found: `${found.manifest.app_version}, ${found.manifest.schema_version}`,
      known: `${ctx.appVersion}, ${schemaLabel(known.size)}`,
    });
  if (entry.newer) throw newer();
  removeIfExists(target);
  try {
    stageVerifiedCopy(plainCopy(ctx, found, target, passphrase), target, found.manifest, known);
  } catch (error) {
    if (error instanceof AppError && error.message === 'backup.newer') throw newer();
    throw error;
  }
  return entry;
}
