import type { BackupKind, BackupRef } from '../../shared/backup';
import type { AppErrorShape } from '../../shared/errors';
import { automaticBackup, backupNow, dailyBackupIfDue, syncSecondCopy } from '../backup/service';
import { prepareRestore } from '../backup/stage';
import { countDefaultDashboard } from '../care/service';
import type { AppContext } from '../context';
import { quickCheck } from '../db/open';
import { exportReportSet } from '../hmis/export';
import { importRegister, type ImportInput } from '../register/exchange/import';
import type { Session } from '../session';

/**
 * The heavy work that runs on a worker thread with its own connection to the register (WAL lets it read while the
 * thread answering the screens goes on). Each job is the service's own function, unchanged: only where it runs moves.
 */
export const JOBS = {
  /** A backup asked for (Backup screen): throws on failure, like `backupNow`. */
  backup: (ctx: AppContext, input: { kind: BackupKind }) => backupNow(ctx, input.kind),
  /** The exit backup: never throws, a failure is remembered for the home screen. */
  automaticBackup: (ctx: AppContext, input: { kind: BackupKind }) => automaticBackup(ctx, input.kind),
  /** The schedule's check: the day's backup if due, and a copy for a second folder plugged in since. */
  scheduledCheck: (ctx: AppContext) => {
    dailyBackupIfDue(ctx);
    syncSecondCopy(ctx);
  },
  /** A restore's first step: the chosen backup copied (or decrypted) beside the register and checked. */
  prepareRestore: (ctx: AppContext, input: { ref: BackupRef; target: string; passphrase?: string }) =>
    prepareRestore(ctx, input.ref, input.target, input.passphrase),
  /** Start-up's full check of a register that was closed cleanly (db/call-gate.ts): 'ok' or what was found. */
  quickCheck: (ctx: AppContext) => quickCheck(ctx.sqlite),
  /**
   * A second folder just chosen, or encryption just turned on: the newest backup copied there, and plain copies
   * replaced by verified encrypted ones (reading and encrypting a drive full of backups takes a while).
   */
  syncSecondCopy: (ctx: AppContext) => syncSecondCopy(ctx),
  /** Reading, checking and writing a spreadsheet or JSON file of thousands of records (one transaction). */
  importRegister: (ctx: AppContext, input: { session: Session; input: ImportInput }) =>
    importRegister(ctx, input.session, input.input),
  /** The HMIS export set: the report, XLSX, CSV, JSON here; the PDF is rendered by the caller's renderer. */
  hmisExport: (ctx: AppContext, input: { session: Session; input: Parameters<typeof exportReportSet>[2] }) =>
    exportReportSet(ctx, input.session, input.input),
  /** The dashboard's default trend months counted with their keys, to be kept by the main thread (care/warm.ts). */
  dashboardMonths: (ctx: AppContext) => countDefaultDashboard(ctx),
} satisfies Record<string, (ctx: AppContext, input: never) => unknown>;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

/** What a worker needs to stand in for the app's context: where the register is, and the caller's moment. */
export interface JobBase {
  dbPath: string;
  dataDir: string;
  resourcesDir: string;
  migrationsDir: string;
  appVersion: string;
  schemaVersion: string;
  runtime: AppContext['runtime'];
  /** The caller's clock at the time of asking (a fixed clock in tests stays fixed). */
  now: string;
  backupProblem: string | null;
}

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
