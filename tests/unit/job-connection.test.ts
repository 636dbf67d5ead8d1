import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openJobConnection } from '../../src/main/jobs/connection';

let dir = '';
let path = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prasav-job-'));
  path = join(dir, 'register.sqlite');
  new Database(path).close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("a job's connection to the register is set up as the app's own: WAL, synchronous=FULL, foreign keys, busy timeout", () => {
  const { sqlite } = openJobConnection(path);
  try {
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  } finally {
    sqlite.close();
  }
});

it("a job's transaction takes the write lock at its start, as the app's do (a deferred one would fail on the write)", () => {
  const { sqlite, db } = openJobConnection(path);
  const other = new Database(path, { timeout: 0 });
  try {
    db.transaction(() => {
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked/);
    });
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
  } finally {
    other.close();
    sqlite.close();
  }
});
