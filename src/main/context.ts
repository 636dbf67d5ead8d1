import type Database from 'better-sqlite3';
import type { Clock } from './clock';
import type { Db } from './db/open';

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
}
