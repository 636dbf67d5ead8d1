import type { backupOps } from '../../../shared/contract/backup';
import { restoreBackup } from '../../backup/restore';
import { saveBackupSettings, turnOffEncryption, turnOnEncryption } from '../../backup/second-folder';
import { backupStatus, listBackups, previewBackup, readBackupSettings } from '../../backup/service';
import { warmDashboard } from '../../care/warm';
import { runJob } from '../../jobs/run';
import { requireSession, type Handlers } from './types';

export const backupHandlers: Handlers<keyof typeof backupOps> = {
  backupStatus: (_input, { ctx }) => backupStatus(ctx),
  listBackups: (_input, { ctx }) => listBackups(ctx),
  previewBackup: ({ passphrase, ...ref }, { ctx }) => previewBackup(ctx, ref, passphrase),
  // VACUUM INTO and its verification take seconds on a big register: on a worker thread, not the one answering calls.
  createBackup: (_input, { ctx }) => runJob(ctx, 'backup', { kind: 'manual' }),
  restoreBackup: async ({ passphrase, ...ref }, call) => {
    const restored = await restoreBackup(call.ctx, requireSession(call), ref, passphrase);
    // The restored register's connection keeps no months yet: count the first dashboard's off this thread.
    void warmDashboard(call.ctx);
    return restored;
  },
  getBackupSettings: (_input, { ctx }) => readBackupSettings(ctx),
  updateBackupSettings: (change, call) => saveBackupSettings(call.ctx, requireSession(call), change),
  setBackupPassphrase: ({ passphrase }, call) => turnOnEncryption(call.ctx, requireSession(call), passphrase),
  clearBackupPassphrase: (_input, call) => turnOffEncryption(call.ctx, requireSession(call)),
};
