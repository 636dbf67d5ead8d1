import { existsSync } from 'node:fs';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, type BackupSettings, type BackupStatus } from '../../shared/backup';
import { fieldError, parseInput } from '../../shared/validation';
import { writeAudit } from '../audit';
import type { AppContext } from '../context';
import type { DbHandle } from '../db/handle';
import { runJob } from '../jobs/run';
import type { Session } from '../session';
import { updateSection } from '../settings/store';
import { clearBackupPassphrase, keyFilePath, setBackupPassphrase } from './crypto';
import { backupStatus, checkSecondDir, readBackupSettings } from './service';

/** The backup settings as saved from the Backup screen, with the second folder's encryption chosen in the same step. */
export type BackupSettingsChange = Partial<BackupSettings> & { encrypt_second?: boolean; passphrase?: string };

/** The key lives in a file, not in the register, but who switched encryption on or off belongs in the audit trail. */
function auditEncryption(ctx: Pick<DbHandle, 'db' | 'clock'>, session: Session, was: boolean, on: boolean): void {
  writeAudit(ctx.db, session, ctx.clock(), [
    { entity: 'settings.backup', entityId: 'backup', action: 'update', field: 'encryption', oldValue: was, newValue: on },
  ]);
}

const isEncrypted = (ctx: Pick<AppContext, 'dataDir'>): boolean => existsSync(keyFilePath(ctx.dataDir));

async function setKey(ctx: Pick<AppContext, 'db' | 'clock' | 'dataDir'>, session: Session, passphrase: string): Promise<void> {
  const was = isEncrypted(ctx);
  await setBackupPassphrase(ctx.dataDir, passphrase, ctx.clock());
  auditEncryption(ctx, session, was, true);
}

/** Sets the passphrase (a new key), audited, then replaces the plain copies in the second folder on the jobs worker. */
export async function turnOnEncryption(ctx: AppContext, session: Session, passphrase: string): Promise<BackupStatus> {
  await setKey(ctx, session, passphrase);
  await runJob(ctx, 'syncSecondCopy', undefined);
  return backupStatus(ctx);
}

export function turnOffEncryption(
  ctx: Pick<AppContext, 'db' | 'clock' | 'dataDir' | 'backupProblem'>,
  session: Session,
): BackupStatus {
  const was = isEncrypted(ctx);
  clearBackupPassphrase(ctx.dataDir);
  auditEncryption(ctx, session, was, false);
  return backupStatus(ctx);
}

/**
 * Saves the backup settings. Choosing a second folder (it leaves the room on a USB drive) asks for its passphrase in
 * the same step: encryption is on unless the admin explicitly unticks it (`encrypt_second: false`, audited, and a
 * key set before is cleared), and without a key or a passphrase the folder is refused, naming the passphrase field.
 * The key is set before the folder is saved, so no plain copy is written there in between; the first copy (and the
 * encryption of plain copies already on the drive) runs on the jobs worker.
 */
export async function saveBackupSettings(
  ctx: AppContext,
  session: Session,
  change: BackupSettingsChange,
): Promise<BackupSettings> {
  const { encrypt_second, passphrase, ...patch } = change;
  const before = readBackupSettings(ctx);
  const chosen = !!patch.second_dir && patch.second_dir !== before.second_dir;
  const encrypt = encrypt_second ?? (chosen ? true : undefined);
  const dir = patch.second_dir ?? before.second_dir;
  // Every check before anything changes: a refused save leaves the key, the audit trail and the drive as they were.
  parseInput(backupSettingsSchema, { ...before, ...patch });
  if (chosen) checkSecondDir(ctx, patch.second_dir!);
  if (encrypt && dir && !passphrase && !isEncrypted(ctx)) throw fieldError('passphrase', 'v.passphrase_for_second');
  if (encrypt && passphrase) await setKey(ctx, session, passphrase);
  // Plain copies for a newly chosen folder are a decision about the drive: audited even when no key was set.
  else if (encrypt === false && (chosen || isEncrypted(ctx))) turnOffEncryption(ctx, session);
  const saved = updateSection(ctx, session, 'backup', backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, patch);
  // A newly chosen folder gets a copy at once, not at the next backup; a new key encrypts the plain copies there.
  if (chosen || (encrypt && passphrase)) await runJob(ctx, 'syncSecondCopy', undefined);
  return saved;
}
