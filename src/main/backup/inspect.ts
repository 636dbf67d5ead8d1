import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/sqlite-file';

export interface DatabaseFacts {
  /** Rows per table (every table but SQLite's and drizzle's own). */
  counts: Record<string, number>;
  /** `folderMillis` of every applied migration. */
  migrations: number[];
  facilityName: string;
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Counts, applied migrations and the hospital name of an open register (live or backup). */
export function readFacts(sqlite: Database.Database): DatabaseFacts {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (table === MIGRATIONS_TABLE) continue;
    counts[table] = sqlite
      .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  const migrations = tables.includes(MIGRATIONS_TABLE)
    ? (sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at`).pluck().all() as number[]).map(Number)
    : [];
  let facilityName = '';
  if (tables.includes('settings')) {
    const value = sqlite.prepare("SELECT value FROM settings WHERE key = 'facility'").pluck().get() as string | undefined;
    try {
      const name = value ? (JSON.parse(value) as { hospital_name?: unknown }).hospital_name : undefined;
      if (typeof name === 'string') facilityName = name;
    } catch {
      // A settings row that is not JSON says nothing about the name; the counts still stand.
    }
  }
  return { counts, migrations, facilityName };
}

export type InspectResult = ({ ok: true } & DatabaseFacts) | { ok: false; problem: string };

/**
 * Opens a backup file read-only and checks it fully: SQLite's `integrity_check`, our application id, then its
 * facts. Nothing is written to the file (a restore needs it unchanged; a preview must not touch it).
 */
export function inspectBackupFile(path: string): InspectResult {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, problem: 'backup.damaged' };
  }
  try {
    const check = sqlite.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return { ok: false, problem: 'backup.damaged' };
    if (sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) return { ok: false, problem: 'backup.not_prasav' };
    return { ok: true, ...readFacts(sqlite) };
  } catch {
    return { ok: false, problem: 'backup.damaged' };
  } finally {
    sqlite.close();
  }
}

export const sameCounts = (a: Record<string, number>, b: Record<string, number>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
