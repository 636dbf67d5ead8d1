import type Database from 'better-sqlite3';
import type { Clock } from './clock';
import type { Db } from './db/open';
import type { PdfRenderer } from './pdf/renderer';

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
  /**
   * Desktop only: asks the user for a folder to save files in (the HMIS export set); null when cancelled. Absent in
   * web mode and the CLI, where operations return the files instead (the browser downloads them).
   */
  chooseFolder?: (purpose: 'hmis_export') => Promise<string | null>;
}
