import type { BackupKind, BackupRef } from '../../shared/backup';
import type { AppErrorShape } from '../../shared/errors';
import { automaticBackup, backupNow, dailyBackupIfDue, syncSecondCopy, type BackupDeps } from '../backup/service';
import { prepareRestore } from '../backup/stage';
import { countDefaultDashboard } from '../care/service';
import type { DbHandle } from '../db/handle';
import { quickCheck } from '../db/open';
import { exportReportSet } from '../hmis/export';
import type { FormatDirs } from '../hmis/formats';
import type { PdfRenderer } from '../pdf/renderer';
import { importRegister, type ImportInput } from '../register/exchange/import';
import type { Session } from '../session';

/**
 * All a job may use, and all the worker builds: the register on the job's own connection with the caller's clock,
 * the folders and versions the backups and the HMIS export read, the backup problem (handed back to the caller), and
 * the caller's PDF renderer. Each job below takes only its part of it.
 */
export type JobDeps = BackupDeps & FormatDirs & { pdf: PdfRenderer };

/**
 * The heavy work that runs on a worker thread with its own connection to the register (WAL lets it read while the
 * thread answering the screens goes on). Each job is the service's own function, unchanged: only where it runs moves.
 */
export const JOBS = {
  /** A backup asked for (Backup screen): throws on failure, like `backupNow`. */
  backup: (deps: BackupDeps, input: { kind: BackupKind }) => backupNow(deps, input.kind),
  /** The exit backup: never throws, a failure is remembered for the home screen. */
  automaticBackup: (deps: BackupDeps, input: { kind: BackupKind }) => automaticBackup(deps, input.kind),
  /** The schedule's check: the day's backup if due, and a copy for a second folder plugged in since. */
  scheduledCheck: (deps: BackupDeps) => {
    dailyBackupIfDue(deps);
    syncSecondCopy(deps);
  },
  /** A restore's first step: the chosen backup copied (or decrypted) beside the register and checked. */
  prepareRestore: (
    deps: Pick<BackupDeps, 'db' | 'dataDir' | 'migrationsDir' | 'appVersion'>,
    input: { ref: BackupRef; target: string; passphrase?: string },
  ) => prepareRestore(deps, input.ref, input.target, input.passphrase),
  /** Start-up's full check of a register that was closed cleanly (db/call-gate.ts): 'ok' or what was found. */
  quickCheck: (deps: Pick<DbHandle, 'sqlite'>) => quickCheck(deps.sqlite),
  /**
   * A second folder just chosen, or encryption just turned on: the newest backup copied there, and plain copies
   * replaced by verified encrypted ones (reading and encrypting a drive full of backups takes a while).
   */
  syncSecondCopy: (deps: Pick<BackupDeps, 'db' | 'dataDir' | 'backupProblem'>) => syncSecondCopy(deps),
  /** Reading, checking and writing a spreadsheet or JSON file of thousands of records (one transaction). */
  importRegister: (deps: DbHandle, input: { session: Session; input: ImportInput }) =>
    importRegister(deps, input.session, input.input),
  /** The HMIS export set: the report, XLSX, CSV, JSON here; the PDF is rendered by the caller's renderer. */
  hmisExport: (
    deps: DbHandle & FormatDirs & Pick<JobDeps, 'pdf'>,
    input: { session: Session; input: Parameters<typeof exportReportSet>[2] },
  ) => exportReportSet(deps, input.session, input.input),
  /** The dashboard's default trend months counted with their keys, to be kept by the main thread (care/warm.ts). */
  dashboardMonths: (deps: DbHandle) => countDefaultDashboard(deps),
} satisfies Record<string, (deps: JobDeps, input: never) => unknown>;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

/**
 * What the worker is sent to build a job's `JobDeps`: where the register is, the caller's moment, and the plain
 * values (folders, versions, backup problem) as they are now.
 */
export type JobBase = Omit<JobDeps, keyof DbHandle | 'pdf'> & {
  dbPath: string;
  /** The caller's clock at the time of asking (a fixed clock in tests stays fixed). */
  now: string;
};

export interface JobRequest {
  name: JobName;
  base: JobBase;
  input: unknown;
}

/** A worker asks the thread that started it to render a PDF (Electron's printToPDF lives there). */
export interface PdfAsk {
  type: 'pdf';
  id: number;
  html: string;
}
export type PdfAnswer =
  { type: 'pdf'; id: number; ok: true; bytes: Uint8Array } | { type: 'pdf'; id: number; ok: false; text: string };

export type JobReply =
  | { ok: true; result: unknown; backupProblem: string | null }
  | { ok: false; error: { app: true; shape: AppErrorShape } | { app: false; text: string } };
