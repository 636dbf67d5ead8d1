import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * A consistent single-file copy of the open database (`VACUUM INTO` reads one snapshot, so a concurrent
 * writer cannot tear it). Refuses to overwrite an existing file.
 */
export function snapshotDatabase(sqlite: Database.Database, target: string): void {
  if (existsSync(target)) throw new Error(`backup target exists: ${target}`);
  mkdirSync(dirname(target), { recursive: true });
  sqlite.prepare('VACUUM INTO ?').run(target);
}
