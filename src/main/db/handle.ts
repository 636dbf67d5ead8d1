import type Database from 'better-sqlite3';
import type { Clock } from '../clock';
import type { Db } from './open';

/**
 * The open register as a service sees it: the raw connection (hand-written SQL), drizzle over it, and the clock that
 * stamps writes. Services take `Pick<DbHandle, …>` of what they use, not the whole app context. The app context is
 * one, and a restore swaps its connection in place: pass the context itself (or another long-lived holder), never a
 * copy such as `{ sqlite: ctx.sqlite }`, which would go on using the replaced connection.
 */
export interface DbHandle {
  sqlite: Database.Database;
  db: Db;
  clock: Clock;
}
