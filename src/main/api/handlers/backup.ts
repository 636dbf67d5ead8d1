import type { backupOps } from '../../../shared/contract/backup';
import { clearBackupPassphrase, setBackupPassphrase } from '../../backup/crypto';
import { restoreBackup } from '../../backup/restore';
import {
  backupStatus,
  encryptSecondCopies,
  listBackups,
  previewBackup,
  readBackupSettings,
  updateBackupSettings,
} from '../../backup/service';
import { writeAudit } from '../../audit';
import type { AppContext } from '../../context';
import { runJob } from '../../jobs/run';
import type { Session } from '../../session';
import { requireSession, type Handlers } from './types';

export const backupHandlers: Handlers<keyof typeof backupOps> = {
  backupStatus: (_input, { ctx }) => backupStatus(ctx),
  listBackups: (_input, { ctx }) => listBackups(ctx),
  previewBackup: ({ passphrase, ...ref }, { ctx }) => previewBackup(ctx, ref, passphrase),
  // VACUUM INTO and its verification take seconds on a big register: on a worker thread, not the one answering calls.
  createBackup: (_input, { ctx }) => runJob(ctx, 'backup', { kind: 'manual' }),
  restoreBackup: ({ passphrase, ...ref }, call) => restoreBackup(call.ctx, requireSession(call), ref, passphrase),
  getBackupSettings: (_input, { ctx }) => readBackupSettings(ctx),
  updateBackupSettings: (patch, call) => updateBackupSettings(call.ctx, requireSession(call), patch),
  setBackupPassphrase: ({ passphrase }, call) => {
    setBackupPassphrase(call.ctx.dataDir, passphrase, call.ctx.clock());
    auditEncryption(call.ctx, requireSession(call), true);
    encryptSecondCopies(call.ctx);
    return backupStatus(call.ctx);
  },
  clearBackupPassphrase: (_input, call) => {
    clearBackupPassphrase(call.ctx.dataDir);
    auditEncryption(call.ctx, requireSession(call), false);
    return backupStatus(call.ctx);
  },
};

/** The key lives in a file, not in the register, but who switched encryption on or off belongs in the audit trail. */
function auditEncryption(ctx: AppContext, session: Session, on: boolean): void {
  writeAudit(ctx.db, session, ctx.clock(), [
    { entity: 'settings.backup', entityId: 'backup', action: 'update', field: 'encryption', oldValue: !on, newValue: on },
  ]);
}
