import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../../shared/errors';

/** Same table drizzle's own migrator uses, so drizzle-kit tooling still reads the state. */
const TABLE = '__drizzle_migrations';

export interface MigrationPlan {
  known: MigrationMeta[];
  appliedCount: number;
  pending: MigrationMeta[];
}

export function loadMigrations(migrationsDir: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder: migrationsDir });
}

/** The `folderMillis` of every migration this app knows: a database or backup holding another is from a newer app. */
export function knownMigrationIds(migrationsDir: string): Set<number> {
  return new Set(loadMigrations(migrationsDir).map((m) => m.folderMillis));
}

/** Schema version label: the number of applied migrations (`schema 3`). */
export const schemaLabel = (count: number): string => `schema ${count}`;

/**
 * What would run. A database holding a migration this app does not know (a newer app wrote it) is refused:
 * migrating it down, or opening it with an older schema, could lose data.
 */
export function planMigrations(sqlite: Database.Database, known: MigrationMeta[]): MigrationPlan {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const applied = sqlite.prepare(`SELECT hash, created_at FROM "${TABLE}" ORDER BY created_at`).all() as {
    hash: string;
    created_at: number;
  }[];
  const knownMillis = new Set(known.map((m) => m.folderMillis));
  const unknown = applied.filter((row) => !knownMillis.has(Number(row.created_at)));
  if (unknown.length > 0) {
    throw new AppError('db_newer', {
      params: { found: schemaLabel(applied.length), known: schemaLabel(known.length) },
    });
  }
  const appliedMillis = new Set(applied.map((row) => Number(row.created_at)));
  return {
    known,
    appliedCount: applied.length,
    pending: known.filter((m) => !appliedMillis.has(m.folderMillis)),
  };
}

/**
 * Applies pending migrations one transaction each. Foreign keys are switched off *outside* the transaction
 * (SQLite ignores the pragma inside one, so drizzle-kit's own `PRAGMA foreign_keys=OFF` in a table rebuild
 * does nothing and `DROP TABLE` would cascade into child rows); `foreign_key_check` must then be clean before
 * the commit, else the migration is rolled back.
 */
export function applyMigrations(sqlite: Database.Database, pending: MigrationMeta[]): void {
  const insert = sqlite.prepare(`INSERT INTO "${TABLE}" (hash, created_at) VALUES (?, ?)`);
  for (const migration of pending) {
    sqlite.pragma('foreign_keys = OFF');
    try {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        insert.run(migration.hash, migration.folderMillis);
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`migration ${migration.folderMillis} leaves ${violations.length} foreign-key violations`);
        }
        sqlite.exec('COMMIT');
      } catch (error) {
        sqlite.exec('ROLLBACK');
        throw error;
      }
    } finally {
      sqlite.pragma('foreign_keys = ON');
    }
  }
}
