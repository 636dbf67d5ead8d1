import { existsSync, mkdirSync } from 'node:fs';
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
  /** Whether the full `quick_check` ran here; when not, the caller owes one (`src/main/db/call-gate.ts`). */
  fullyChecked: boolean;
}

export interface OpenDatabaseOptions {
  path: string;
  migrationsDir: string;
  /** Folder for the automatic backup taken before a migration. */
  backupDir: string;
  now?: () => Date;
  /** Recorded in the pre-migration backup's manifest. */
  appVersion?: string;
  /**
   * `always` (default): the full `quick_check` reads the whole file before anything is written. `when-unclean`: only
   * after an unclean exit or before a migration; otherwise the caller runs it in the background (the app's start).
   */
  fullCheck?: 'always' | 'when-unclean';
}

function corrupt(path: string): AppError {
  return new AppError('db_corrupt', { params: { path } });
}

/** `PRAGMA quick_check`: 'ok', or what SQLite found (a file too damaged to check says so by throwing). */
export function quickCheck(sqlite: Database.Database): string {
  try {
    return String(sqlite.pragma('quick_check', { simple: true }));
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_')) return error.message;
    throw error;
  }
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

/** Drizzle over a connection to the register, the app's own and each job's alike. */
export const drizzleFor = (sqlite: Database.Database): Db => immediateTransactions(drizzle(sqlite, { schema }));

/**
 * SQLite deletes the WAL when the last connection closes cleanly: one left behind means a crash, a power cut or a
 * program still holding the register, when the main file alone may not be what was last committed.
 */
const closedCleanly = (path: string): boolean => !existsSync(`${path}-wal`);

/**
 * Opens (or creates) the register. A damaged or foreign file is never written to: the caller gets
 * `db_corrupt` and offers a restore. Pending migrations run only after a verified backup was written (`src/main/backup/`).
 * The cheap checks (SQLite header, application id, schema, migrations) always run here; the full `quick_check` reads
 * the whole file (about 0.5 s at 100,000 episodes), so with `fullCheck: 'when-unclean'` it runs here only when the
 * last exit was not clean or a migration is about to write (docs/ARCHITECTURE.md, start-up checks).
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { path, migrationsDir, backupDir } = options;
  const now = options.now ?? (() => new Date());
  const state = inspectDatabaseFile(path);
  if (state === 'foreign') throw corrupt(path);
  const clean = closedCleanly(path);
  mkdirSync(dirname(path), { recursive: true });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { fileMustExist: state === 'sqlite' });
  } catch {
    throw corrupt(path);
  }
  try {
    let fresh = state !== 'sqlite';
    let fullyChecked = fresh;
    const checkAll = () => {
      if (quickCheck(sqlite) !== 'ok') throw corrupt(path);
      fullyChecked = true;
    };
    if (!fresh) {
      // Read-only checks first: nothing is written to a file that may not be ours.
      if (options.fullCheck !== 'when-unclean' || !clean) checkAll();
      const appId = sqlite.pragma('application_id', { simple: true });
      const tableCount = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (appId !== APPLICATION_ID && tableCount.n > 0) throw corrupt(path);
      fresh = tableCount.n === 0;
    }
    applyPragmas(sqlite);
    if (fresh) sqlite.pragma(`application_id = ${APPLICATION_ID}`);

    const plan = planMigrations(sqlite, loadMigrations(migrationsDir));
    // A migration writes to the file: the whole of it is checked first.
    if (plan.pending.length > 0 && !fullyChecked) checkAll();
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
      db: drizzleFor(sqlite),
      path,
      schemaVersion: schemaLabel(plan.known.length),
      preMigrationBackup,
      fullyChecked,
    };
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    // SQLITE_NOTADB and friends: the file is not a readable SQLite database.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_')) throw corrupt(path);
    throw error;
  }
}
