import type Database from 'better-sqlite3';
import type { Clock } from './clock';
import type { Db } from './db/open';
import type { PdfRenderer } from './pdf/renderer';
import type { Dhis2Runtime } from './dhis2/runtime';
import type { MonthlyReportProvider } from './report-provider';
import type { SecretStore } from './secrets/secret-store';
import type { DesktopPrinting } from './slips/desktop';

/** Everything an operation's implementation may use. Built once at start-up by `openApp`. */
export interface AppContext {
  sqlite: Database.Database;
  db: Db;
  clock: Clock;
  dataDir: string;
  dbPath: string;
  resourcesDir: string;
  schemaVersion: string;
  appVersion: string;
  runtime: 'electron' | 'node';
  demo: boolean;
  /** HTML → PDF for slips and reports; each entry point provides its own (Electron, or system Chromium). */
  pdf: PdfRenderer;
  /** Encrypts stored credentials (safeStorage on the desktop, a key file in plain Node). */
  secrets: SecretStore;
  /** The HMIS module's monthly values; null until it is wired in. */
  reportProvider: MonthlyReportProvider | null;
  dhis2: Dhis2Runtime;
  /** Printers and the save dialog: the desktop app only (null in web mode, the CLI and tests). */
  desktop: DesktopPrinting | null;
}
