import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/errors';
import { snapshotDatabase } from './snapshot';
import { applyMigrations, loadMigrations, planMigrations, schemaLabel } from './migrate';
import { inspectDatabaseFile } from './sqlite-file';
import * as schema from './schema';

/** `PRAGMA application_id` of a Prasav register ("PRSV"), so another program's SQLite file is not mistaken for ours. */
export const APPLICATION_ID = 0x50525356;

export type Db = BetterSQLite3Database<typeof schema>;
/** The database or a transaction on it: helpers that write inside a caller's transaction take this. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  path: string;
  schemaVersion: string;
  /** Copy taken before migrating, if any. */
  preMigrationBackup: string | null;
}

export interface OpenDatabaseOptions {
  path: string;
  migrationsDir: string;
  /** Folder for the automatic copy taken before a migration. */
  backupDir: string;
  now?: () => Date;
}

function corrupt(path: string): AppError {
  return new AppError('db_corrupt', { params: { path } });
}

/** Power cuts are common: WAL + synchronous=FULL keeps every acknowledged commit. */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

/**
 * Opens (or creates) the register. A damaged or foreign file is never written to: the caller gets
 * `db_corrupt` and offers a restore. Pending migrations run only after a consistent copy was written.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { path, migrationsDir, backupDir } = options;
  const now = options.now ?? (() => new Date());
  const state = inspectDatabaseFile(path);
  if (state === 'foreign') throw corrupt(path);
  mkdirSync(dirname(path), { recursive: true });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { fileMustExist: state === 'sqlite' });
  } catch {
    throw corrupt(path);
  }
  try {
    let fresh = state !== 'sqlite';
    if (!fresh) {
      // Read-only checks first: nothing is written to a file that may not be ours.
      const check = sqlite.pragma('quick_check', { simple: true });
      const appId = sqlite.pragma('application_id', { simple: true });
      const tableCount = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (check !== 'ok' || (appId !== APPLICATION_ID && tableCount.n > 0)) throw corrupt(path);
      fresh = tableCount.n === 0;
    }
    applyPragmas(sqlite);
    if (fresh) sqlite.pragma(`application_id = ${APPLICATION_ID}`);

    const plan = planMigrations(sqlite, loadMigrations(migrationsDir));
    let preMigrationBackup: string | null = null;
    if (plan.pending.length > 0 && plan.appliedCount > 0) {
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      preMigrationBackup = join(backupDir, `pre-migration-${stamp}-${plan.appliedCount}.sqlite`);
      snapshotDatabase(sqlite, preMigrationBackup);
    }
    try {
      applyMigrations(sqlite, plan.pending);
    } catch (error) {
      console.error('migration failed', error);
      throw new AppError('migration_failed', { params: { backup: preMigrationBackup ?? '-' } });
    }
    return {
      sqlite,
      db: drizzle(sqlite, { schema }),
      path,
      schemaVersion: schemaLabel(plan.known.length),
      preMigrationBackup,
    };
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    // SQLITE_NOTADB and friends: the file is not a readable SQLite database.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_')) throw corrupt(path);
    throw error;
  }
}
