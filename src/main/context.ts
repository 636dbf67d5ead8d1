import type Database from 'better-sqlite3';
import type { LoginGuard } from './auth/login-guard';
import type { SessionStore } from './auth/sessions';
import type { Clock } from './clock';
import type { Db } from './db/open';
import type { PdfRenderer } from './pdf/renderer';
import type { Dhis2Runtime } from './dhis2/runtime';
import type { MonthlyReportProvider } from './report-provider';
import type { SecretStore } from './secrets/secret-store';
import type { DesktopPrinting } from './slips/desktop';
import type { LanStatus } from '../shared/lan';

/** Starts, moves or stops the LAN server after its settings change (the entry points that can serve provide it). */
export interface LanControl {
  /** The PC's IPv4 network addresses, to choose from. */
  addresses(): string[];
  apply(): Promise<LanStatus>;
  status(): LanStatus;
  close(): Promise<void>;
}

/** Everything an operation's implementation may use. Built once at start-up by `openApp`. */
export interface AppContext {
  /** Replaced in place by a restore (the transports hold this object, not the connection). */
  sqlite: Database.Database;
  db: Db;
  clock: Clock;
  dataDir: string;
  dbPath: string;
  resourcesDir: string;
  migrationsDir: string;
  schemaVersion: string;
  appVersion: string;
  runtime: 'electron' | 'node';
  demo: boolean;
  /** HTML → PDF for slips and reports; each entry point provides its own (Electron, or system Chromium). */
  pdf: PdfRenderer;
  /** Encrypts stored credentials (safeStorage on the desktop, a key file in plain Node). */
  secrets: SecretStore;
  /** A month's HMIS figures for the channels that send them (DHIS2 push, ADX): the HMIS report's own. */
  reportProvider: MonthlyReportProvider<AppContext>;
  dhis2: Dhis2Runtime;
  /** Printers and the save dialog: the desktop app only (null in web mode, the CLI and tests). */
  desktop: DesktopPrinting | null;
  sessions: SessionStore;
  loginGuard: LoginGuard;
  /** Null where nothing can serve the LAN (CLI, tests); the entry points set it. */
  lan: LanControl | null;
  /** The last automatic backup's failure (a message key), shown on the home screen until one succeeds. */
  backupProblem: string | null;
  /**
   * Desktop only: asks the user for a folder to save files in (the HMIS export set); null when cancelled. Absent in
   * web mode and the CLI, where operations return the files instead (the browser downloads them).
   */
  chooseFolder?: (purpose: 'hmis_export') => Promise<string | null>;
}
