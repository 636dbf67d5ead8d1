import Database from 'better-sqlite3';
import type { DbHandle } from '../db/handle';
import { applyPragmas, drizzleFor } from '../db/open';

/**
 * A job's own connection to the register, set up as the app's own: WAL, synchronous=FULL, foreign keys, busy timeout,
 * and transactions that begin IMMEDIATE (so a job's write waits for the main thread's rather than failing at once).
 */
export function openJobConnection(dbPath: string): Pick<DbHandle, 'sqlite' | 'db'> {
  const sqlite = new Database(dbPath, { fileMustExist: true });
  try {
    applyPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return { sqlite, db: drizzleFor(sqlite) };
}
