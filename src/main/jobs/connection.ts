import Database from 'better-sqlite3';
import { applyPragmas } from '../db/open';

/** A job's own connection to the register, set up as the app's own (WAL, synchronous=FULL, foreign keys, busy timeout). */
export function openJobConnection(dbPath: string): Database.Database {
  const sqlite = new Database(dbPath, { fileMustExist: true });
  try {
    applyPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}
