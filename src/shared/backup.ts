import { z } from 'zod';

/** Why a backup was taken. */
export const BACKUP_KINDS = ['daily', 'exit', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The data folder (next to the register) or the second folder the admin chose (USB drive, other disk). */
export const BACKUP_PLACES = ['data', 'second'] as const;
export type BackupPlace = (typeof BACKUP_PLACES)[number];

/** Backup policy. Rotation keeps the newest backup of each of the last `keep_daily` days and `keep_monthly` months. */
export const backupSettingsSchema = z
  .object({
    /** Absolute path of the second folder; empty = not chosen yet (the home screen warns). */
    second_dir: z.string().trim().max(500),
    keep_daily: z.number().int().min(1).max(366),
    keep_monthly: z.number().int().min(0).max(120),
    /** Warn when the newest copy in the second folder is older than this. */
    second_max_age_days: z.number().int().min(1).max(60),
    /** Warn when the data folder's disk has less free space than this. */
    disk_warn_mb: z.number().int().min(50).max(1_000_000),
  })
  .strict();
export type BackupSettings = z.output<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  second_dir: '',
  keep_daily: 14,
  keep_monthly: 12,
  second_max_age_days: 7,
  disk_warn_mb: 500,
};

/** A backup file as listed for restore: where, when, what it holds. `file` is a bare name, never a path. */
export const backupEntrySchema = z.object({
  place: z.enum(BACKUP_PLACES),
  file: z.string(),
  kind: z.enum(BACKUP_KINDS),
  created_at: z.string(),
  app_version: z.string(),
  schema_version: z.string(),
  facility_name: z.string(),
  /** Rows per table when the backup was written and verified. */
  counts: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
  encrypted: z.boolean(),
  /** Written by a newer Prasav: listed, but it cannot be restored by this version. */
  newer: z.boolean(),
});
export type BackupEntry = z.output<typeof backupEntrySchema>;

export const backupRefSchema = z
  .object({
    place: z.enum(BACKUP_PLACES),
    // A bare file name as written by Prasav, so no path can be smuggled in.
    file: z.string().regex(/^prasav-\d{8}T\d{9}Z-[a-z-]+(-\d+)?\.(sqlite|prasavenc)$/, { error: 'v.invalid_format' }),
  })
  .strict();
export type BackupRef = z.output<typeof backupRefSchema>;

export const SECOND_COPY_STATES = ['ok', 'not_set', 'unreachable', 'missing', 'stale'] as const;

export const diskStatusSchema = z.object({ free_mb: z.number(), low: z.boolean() });

/** What the home screen shows: last backup time and place, the second copy's state, free disk space. */
export const backupStatusSchema = z.object({
  last: z.object({ at: z.string(), place: z.enum(BACKUP_PLACES), dir: z.string(), kind: z.enum(BACKUP_KINDS) }).nullable(),
  second: z.object({
    state: z.enum(SECOND_COPY_STATES),
    dir: z.string(),
    last_at: z.string().nullable(),
    max_age_days: z.number().int(),
    /** A second folder is chosen and its copies are not encrypted (no passphrase set): the Backup screen says so. */
    unencrypted: z.boolean(),
  }),
  disk: diskStatusSchema,
  encrypted: z.boolean(),
  /** The last automatic backup that failed (message key), until one succeeds. */
  last_error: z.string().nullable(),
});
export type BackupStatus = z.output<typeof backupStatusSchema>;

/** A backup's contents read from the file itself (never from the live register). */
export const backupPreviewSchema = backupEntrySchema.extend({
  verified: z.boolean(),
  /** A message key when the file fails its checks (damaged, checksum differs, passphrase needed). */
  problem: z.string().nullable(),
});
export type BackupPreview = z.output<typeof backupPreviewSchema>;

/** Backup passphrases: the second copy leaves the room on a USB drive. */
export const BACKUP_PASSPHRASE_MIN = 10;
export const backupPassphraseSchema = z.string().min(BACKUP_PASSPHRASE_MIN, { error: 'v.passphrase_short' }).max(200);

/**
 * What saving the backup settings may carry besides them: whether the second folder's copies are encrypted (on
 * unless the admin unticks it when choosing the folder) and the passphrase to encrypt them with.
 */
export const secondFolderEncryptionSchema = z.object({
  encrypt_second: z.boolean().optional(),
  passphrase: backupPassphraseSchema.optional(),
});
