import { existsSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { BackupEntry, BackupRef } from '../../shared/backup';
import type { restoreResultSchema } from '../../shared/contract/backup';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit';
import type { AppContext } from '../context';
import { clearSettingsCache } from '../settings/store';
import { refusingWrites } from '../db/call-gate';
import { openDatabase } from '../db/open';
import { runJob } from '../jobs/run';
import type { Session } from '../session';
import { fsyncDir, removeIfExists } from './files';
import { dataBackupDir } from './service';
import { refuse } from './stage';

/** Where a restore assembles the register before swapping it in; a leftover (power cut) is removed at start-up. */
export const restoringPath = (dbPath: string): string => `${dbPath}.restoring`;

export type RestoreResult = z.output<typeof restoreResultSchema>;

/**
 * Restores a backup over the live register. Atomic from the user's point of view:
 * 1. a safety backup of the current register (kind `pre-restore`), so the restore itself can be undone;
 * 2. the backup is assembled and verified as `prasav.sqlite.restoring` beside the register (fsynced);
 * 3. the live connection checkpoints its WAL and closes (refused if a WAL is left: another program has it open);
 * 4. one `rename` replaces the register (atomic on NTFS and POSIX file systems), then the folder is fsynced;
 * 5. the register is reopened through the normal path (checks, migrations for an older backup).
 * A power cut before 4 leaves the old register (and a temp file removed at the next start); after 4, the restored
 * one. Everyone logs in again: the accounts are now those of the backup. The restore is audited in the restored
 * register under the admin who did it.
 */
export async function restoreBackup(
  ctx: AppContext,
  session: Session,
  ref: BackupRef,
  passphrase?: string,
): Promise<RestoreResult> {
  const temp = restoringPath(ctx.dbPath);
  // The backup's check and the safety backup run on the worker (the screens go on answering reads); writes, and a
  // second restore that would stage over this one's file, are refused meanwhile.
  return refusingWrites(ctx, new AppError('busy', { message: 'backup.restoring' }), async () => {
    // A wrong passphrase, a damaged or a newer backup is refused here, before anything else is written.
    const entry = await runJob(ctx, 'prepareRestore', { ref, target: temp, ...(passphrase === undefined ? {} : { passphrase }) });
    let safety: BackupEntry;
    try {
      safety = (await runJob(ctx, 'backup', { kind: 'pre-restore' }))[0]!;
    } catch (error) {
      removeIfExists(temp);
      throw error;
    }
    return swapIn(ctx, session, entry, safety, temp);
  });
}

/** Steps 3–5 of `restoreBackup`: synchronous, so no call runs between the close and the reopen. */
function swapIn(ctx: AppContext, session: Session, entry: BackupEntry, safety: BackupEntry, temp: string): RestoreResult {
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  ctx.sqlite.close();
  const wal = `${ctx.dbPath}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    reopen(ctx);
    removeIfExists(temp);
    throw refuse('backup.busy');
  }
  removeIfExists(wal);
  removeIfExists(`${ctx.dbPath}-shm`);
  renameSync(temp, ctx.dbPath);
  fsyncDir(dirname(ctx.dbPath));
  reopen(ctx);

  writeAudit(ctx.db, session, ctx.clock(), [
    {
      entity: 'database',
      entityId: entry.file,
      action: 'import',
      reason: `restored from ${entry.place} backup ${entry.file} of ${entry.created_at}; safety backup ${safety.file}`,
    },
  ]);
  ctx.sessions.destroyAll();
  return { restored: entry, safety_backup: safety.file };
}

/** Opens the register at `ctx.dbPath` again through the normal path, in place (the transports hold `ctx`). */
export function reopen(ctx: AppContext): void {
  const opened = openDatabase({
    path: ctx.dbPath,
    migrationsDir: ctx.migrationsDir,
    backupDir: dataBackupDir(ctx.dataDir),
    now: ctx.clock,
    appVersion: ctx.appVersion,
    // The swapped-in file passed `integrity_check` as it was staged; the live one a refused swap reopens left its WAL.
    fullCheck: 'when-unclean',
  });
  ctx.sqlite = opened.sqlite;
  ctx.db = opened.db;
  ctx.schemaVersion = opened.schemaVersion;
  // Settings read before the restore describe the old register.
  clearSettingsCache(ctx);
}
