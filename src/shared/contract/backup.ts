import { z } from 'zod';
import {
  backupEntrySchema,
  backupPassphraseSchema,
  backupPreviewSchema,
  backupRefSchema,
  backupSettingsSchema,
  backupStatusSchema,
  secondFolderEncryptionSchema,
} from '../backup';
import { op } from './define';

const empty = z.object({}).strict();

export const restoreResultSchema = z.object({
  restored: backupEntrySchema,
  /** The copy of the register as it was just before the restore. */
  safety_backup: z.string(),
});

/** Backups and restore. Everyone sees the status (home screen); the rest is the admin's. */
export const backupOps = {
  backupStatus: op({ input: empty, output: backupStatusSchema, permission: 'user', mutates: false }),
  listBackups: op({ input: empty, output: z.array(backupEntrySchema), permission: 'admin', mutates: false }),
  /** Reads and checks the backup file itself; the live register is not touched. */
  previewBackup: op({
    input: backupRefSchema.extend({ passphrase: z.string().max(200).optional() }).strict(),
    output: backupPreviewSchema,
    permission: 'admin',
    mutates: false,
  }),
  createBackup: op({ input: empty, output: z.array(backupEntrySchema), permission: 'admin', mutates: false }),
  /** Takes a safety backup of the current register, then swaps the verified backup in. Everyone logs in again. */
  restoreBackup: op({
    input: backupRefSchema.extend({ passphrase: z.string().max(200).optional() }).strict(),
    output: restoreResultSchema,
    permission: 'admin',
    mutates: true,
  }),
  getBackupSettings: op({ input: empty, output: backupSettingsSchema, permission: 'admin', mutates: false }),
  /** Choosing a second folder asks for its passphrase in the same step (encryption on unless explicitly unticked). */
  updateBackupSettings: op({
    input: backupSettingsSchema.partial().extend(secondFolderEncryptionSchema.shape).strict(),
    output: backupSettingsSchema,
    permission: 'admin',
    mutates: true,
  }),
  /** Encrypts the second-folder copies written from now on. The passphrase itself is never stored. */
  setBackupPassphrase: op({
    input: z.object({ passphrase: backupPassphraseSchema }).strict(),
    output: backupStatusSchema,
    permission: 'admin',
    mutates: true,
  }),
  clearBackupPassphrase: op({ input: empty, output: backupStatusSchema, permission: 'admin', mutates: true }),
};
