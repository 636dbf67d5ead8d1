import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/errors';
import { writeBackup } from '../backup/write';
import { applyMigrations, loadMigrations, planMigrations, schemaLabel } from './migrate';
import { APPLICATION_ID, inspectDatabaseFile } from './sqlite-file';
import * as schema from './schema';

export { APPLICATION_ID };

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
  /** Folder for the automatic backup taken before a migration. */
  backupDir: string;
  now?: () => Date;
  /** Recorded in the pre-migration backup's manifest. */
  appVersion?: string;
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
 * Every top-level transaction starts with `BEGIN IMMEDIATE`: it waits (up to the busy timeout) for the write lock
 * at its start. A deferred one that reads first and then writes fails at once with SQLITE_BUSY when another
 * connection holds the write lock, whatever the busy timeout (tests/integration/busy.test.ts).
 */
function immediateTransactions(db: Db): Db {
  const deferred = db.transaction.bind(db);
  db.transaction = ((fn, config) => deferred(fn, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/**
 * Opens (or creates) the register. A damaged or foreign file is never written to: the caller gets
 * `db_corrupt` and offers a restore. Pending migrations run only after a verified backup was written (`src/main/backup/`).
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
      const backup = writeBackup(sqlite, backupDir, {
        kind: 'pre-migration',
        now: now(),
        appVersion: options.appVersion ?? 'unknown',
        schemaVersion: schemaLabel(plan.appliedCount),
      });
      preMigrationBackup = join(backupDir, backup.file);
    }
    try {
      applyMigrations(sqlite, plan.pending);
    } catch (error) {
      console.error('migration failed', error);
      throw new AppError('migration_failed', { params: { backup: preMigrationBackup ?? '-' } });
    }
    return {
      sqlite,
      db: immediateTransactions(drizzle(sqlite, { schema })),
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
