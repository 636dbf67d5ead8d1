import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoginGuard } from './auth/login-guard';
import { SessionStore } from './auth/sessions';
import { readSecuritySettings } from './auth/users';
import { removeIfExists } from './backup/files';
import { reopen, restoringPath } from './backup/restore';
import { startBackupSchedule } from './backup/schedule';
import { dataBackupDir } from './backup/service';
import { warmDashboard } from './care/warm';
import { systemClock, type Clock } from './clock';
import type { AppContext } from './context';
import { openDatabase } from './db/open';
import { clearDamage, oweFullCheck, registerDamage } from './db/call-gate';
import { DB_FILE_NAME, type ResourcePaths } from './paths';
import { chromiumPdfRenderer } from './pdf/chromium';
import type { PdfRenderer } from './pdf/renderer';
import type { DesktopPrinting } from './slips/desktop';
import { restrictDataFolder } from './db/permissions';
import { seedDemo } from './demo/seed';
import { createDhis2Runtime, type Dhis2RuntimeOptions } from './dhis2/runtime';
import { hmisMonthValues } from './hmis/values';
import { jobsSettled, runJob } from './jobs/run';
import { FileKeySecretStore, type SecretStore } from './secrets/secret-store';

export interface OpenAppOptions extends ResourcePaths {
  /** Folder of the register and its backups; ignored with `demo` (a throw-away folder is used). */
  dataDir: string;
  demo: boolean;
  appVersion: string;
  runtime: AppContext['runtime'];
  clock?: Clock;
  /** Default: the system Chromium (started on first use); the desktop passes Electron's printToPDF. */
  pdf?: PdfRenderer;
  /** Default: AES-256-GCM with a key file in `<data folder>/keys/` (the desktop passes safeStorage). */
  secrets?: (dataDir: string) => SecretStore;
  /** Default: the HMIS report's figures. */
  reportProvider?: AppContext['reportProvider'];
  dhis2?: Dhis2RuntimeOptions;
  desktop?: DesktopPrinting | null;
  chooseFolder?: AppContext['chooseFolder'];
  /**
   * The entry points that answer screens: after a clean exit the full check of the register is left to
   * `checkRegisterInBackground` (writes wait for it), so the start does not read the whole file first.
   */
  deferFullCheck?: boolean;
}

/** Opens the data folder and the register (migrating it after a backup); seeds demo data when asked. */
export function openApp(options: OpenAppOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const dataDir = options.demo ? mkdtempSync(join(tmpdir(), 'prasav-demo-')) : options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, DB_FILE_NAME);
  // A restore cut off by a power cut before its swap: the register was never replaced, the temp copy is stale.
  removeIfExists(restoringPath(dbPath));
  const opened = openDatabase({
    path: dbPath,
    migrationsDir: options.migrationsDir,
    backupDir: dataBackupDir(dataDir),
    now: clock,
    appVersion: options.appVersion,
    fullCheck: options.deferFullCheck ? 'when-unclean' : 'always',
  });
  restrictDataFolder(dataDir, dbPath);
  const base: Omit<AppContext, 'dhis2'> = {
    sqlite: opened.sqlite,
    db: opened.db,
    clock,
    dataDir,
    dbPath,
    resourcesDir: options.resourcesDir,
    migrationsDir: options.migrationsDir,
    schemaVersion: opened.schemaVersion,
    appVersion: options.appVersion,
    runtime: options.runtime,
    demo: options.demo,
    pdf: options.pdf ?? chromiumPdfRenderer(),
    secrets: options.secrets?.(dataDir) ?? new FileKeySecretStore(join(dataDir, 'keys')),
    // The HMIS report's own figures; a values file (`--report-values`) replaces them only for trials.
    reportProvider: options.reportProvider ?? ((c, month) => hmisMonthValues(c, month)),
    desktop: options.desktop ?? null,
    // Both read the admin's current settings at each use, so a change applies at once.
    sessions: new SessionStore(clock, () => readSecuritySettings(ctx)),
    loginGuard: new LoginGuard(clock, () => readSecuritySettings(ctx)),
    lan: null,
    backupProblem: null,
    ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
  };
  const ctx = base as AppContext;
  if (!opened.fullyChecked) oweFullCheck(ctx);
  ctx.dhis2 = createDhis2Runtime(ctx, options.dhis2);
  if (options.demo) seedDemo(ctx);
  return ctx;
}

/**
 * What starts once the register's check has passed, in both entry points: the DHIS2 queue, the daily backup schedule,
 * LAN mode (only if the admin turned it on) and the dashboard's warm-up behind the day's backup. Returns what stops
 * the schedule.
 */
export async function startCheckedRegister(ctx: AppContext): Promise<() => void> {
  ctx.dhis2.queue.start();
  const stopSchedule = startBackupSchedule(ctx);
  await ctx.lan?.apply();
  void warmDashboard(ctx);
  return stopSchedule;
}

/**
 * The register was found damaged while open and the recovery swapped a verified backup in: the same context (the
 * transports hold it) on the restored file; everyone logs in again, as after a restore.
 */
export function reopenRecovered(ctx: AppContext): void {
  reopen(ctx);
  clearDamage(ctx);
  ctx.sessions.destroyAll();
}

/** Closes the register cleanly (checkpointing the WAL into the main file); a demo folder is deleted. */
export function closeApp(ctx: AppContext): void {
  void ctx.pdf.close();
  ctx.dhis2.queue.stop();
  if (ctx.sqlite.open) {
    ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ctx.sqlite.close();
  }
  if (ctx.demo) rmSync(ctx.dataDir, { recursive: true, force: true });
}

/**
 * How the app ends on purpose (window closed, Ctrl+C): a verified backup (on a worker thread, awaited: it is written
 * before the app goes), then a clean close once no background job still reads the register.
 */
export async function shutdownApp(ctx: AppContext): Promise<void> {
  await ctx.lan?.close();
  // A demo folder is deleted on exit, so backing it up would only cost time; a damaged register is not backed up.
  if (!ctx.demo && ctx.sqlite.open && !registerDamage(ctx)) await runJob(ctx, 'automaticBackup', { kind: 'exit' });
  await jobsSettled(ctx);
  closeApp(ctx);
}
