import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection. Preparing costs more than running a small query
 * (find-as-you-type and saves run the same few statements thousands of times).
 */
export function statement(sqlite: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(sqlite);
  if (!statements) {
    statements = new Map();
    cache.set(sqlite, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = sqlite.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
