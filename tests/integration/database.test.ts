import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { APPLICATION_ID, openDatabase } from '../../src/main/db/open';
import { checkoutResourcePaths } from '../../src/main/paths';
import { tempDir } from '../helpers/context';

const { migrationsDir } = checkoutResourcePaths();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function open(dir: string, migrations = migrationsDir) {
  return openDatabase({ path: join(dir, 'prasav.sqlite'), migrationsDir: migrations, backupDir: join(dir, 'backups') });
}

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}

/** A migrations folder with the app's own migrations plus extra hand-written ones (drizzle journal format). */
function migrationsWith(dir: string, extra: { tag: string; sql: string }[]): string {
  const target = join(dir, 'migrations');
  cpSync(migrationsDir, target, { recursive: true });
  const journalPath = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
  };
  for (const m of extra) {
    const last = journal.entries[journal.entries.length - 1]!;
    journal.entries.push({ idx: last.idx + 1, when: last.when + 1000, tag: m.tag, breakpoints: true, version: last.version });
    writeFileSync(join(target, `${m.tag}.sql`), m.sql);
  }
  writeFileSync(journalPath, JSON.stringify(journal));
  return target;
}

describe('opening the register', () => {
  it('creates a new database with WAL, synchronous=FULL, foreign keys and our application id', () => {
    const dir = tempDir();
    const db = open(dir);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.preMigrationBackup).toBeNull();
    const tables = db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['settings', 'audit_log', '__drizzle_migrations']));
    db.sqlite.close();
  });

  it('reopens an up-to-date database without a backup', () => {
    const dir = tempDir();
    open(dir).sqlite.close();
    const again = open(dir);
    expect(again.preMigrationBackup).toBeNull();
    again.sqlite.close();
  });

  it('refuses a file that is not SQLite and leaves it byte for byte unchanged', () => {
    const dir = tempDir();
    const path = join(dir, 'prasav.sqlite');
    writeFileSync(path, 'PK\u0003\u0004 this is a zip file, not a register '.repeat(20));
    const before = sha(path);
    const error = expectAppError(() => open(dir), 'db_corrupt');
    expect(error.params?.path).toBe(path);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a damaged SQLite file without writing to it', () => {
    const dir = tempDir();
    const db = open(dir);
    db.sqlite.prepare('INSERT INTO settings VALUES (?, ?, ?, ?)').run('facility', '{}', 'now', 'test');
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    db.sqlite.close();
    const path = join(dir, 'prasav.sqlite');
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, 8192); // scribble over the second page
    writeFileSync(path, bytes);
    const before = sha(path);
    expectAppError(() => open(dir), 'db_corrupt');
    expect(sha(path)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const dir = tempDir();
    const other = new Database(join(dir, 'prasav.sqlite'));
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
    other.close();
    expectAppError(() => open(dir), 'db_corrupt');
  });

  it('refuses a database written by a newer app, and never migrates it down', () => {
    const dir = tempDir();
    const newer = migrationsWith(dir, [{ tag: '9999_future', sql: 'CREATE TABLE future_thing (id INTEGER PRIMARY KEY);' }]);
    open(dir, newer).sqlite.close();
    const path = join(dir, 'prasav.sqlite');
    const before = sha(path);
    const error = expectAppError(() => open(dir), 'db_newer');
    expect(error.params).toMatchObject({
      found: expect.stringMatching(/schema \d+/),
      known: expect.stringMatching(/schema \d+/),
    });
    expect(sha(path)).toBe(before);
  });

  it('takes a consistent backup before applying a pending migration', () => {
    const dir = tempDir();
    const first = open(dir);
    first.sqlite.prepare('INSERT INTO settings VALUES (?, ?, ?, ?)').run('facility', '{"hospital_name":"Before"}', 'now', 'test');
    first.sqlite.close();
    const next = migrationsWith(dir, [{ tag: '9000_add_column', sql: 'ALTER TABLE settings ADD COLUMN note text;' }]);
    const migrated = open(dir, next);
    expect(migrated.preMigrationBackup).not.toBeNull();
    const backup = new Database(migrated.preMigrationBackup!, { readonly: true });
    expect(backup.prepare('SELECT value FROM settings').pluck().get()).toBe('{"hospital_name":"Before"}');
    expect(
      backup
        .prepare('PRAGMA table_info(settings)')
        .all()
        .map((c) => (c as { name: string }).name),
    ).not.toContain('note');
    backup.close();
    expect(
      migrated.sqlite
        .prepare('PRAGMA table_info(settings)')
        .all()
        .map((c) => (c as { name: string }).name),
    ).toContain('note');
    migrated.sqlite.close();
  });

  it('survives a drizzle-style table rebuild without cascading into child rows', () => {
    const dir = tempDir();
    const withTables = migrationsWith(dir, [
      {
        tag: '8000_parent_child',
        sql: `CREATE TABLE parent (id INTEGER PRIMARY KEY, name text);
--> statement-breakpoint
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id integer NOT NULL REFERENCES parent(id) ON DELETE CASCADE);`,
      },
    ]);
    const db = open(dir, withTables);
    db.sqlite.exec("INSERT INTO parent VALUES (1, 'Sunita'); INSERT INTO child VALUES (10, 1), (11, 1);");
    db.sqlite.close();
    // What drizzle-kit generates to change a column: PRAGMA off, new table, copy, DROP old (cascade!), rename.
    const rebuild = migrationsWith(join(dir, 'r'), [
      withTablesEntry(),
      {
        tag: '8001_rebuild_parent',
        sql: `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE __new_parent (id INTEGER PRIMARY KEY, name text NOT NULL DEFAULT '');--> statement-breakpoint
INSERT INTO __new_parent (id, name) SELECT id, name FROM parent;--> statement-breakpoint
DROP TABLE parent;--> statement-breakpoint
ALTER TABLE __new_parent RENAME TO parent;--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
      },
    ]);
    const after = open(dir, rebuild);
    expect(after.sqlite.prepare('SELECT count(*) FROM child').pluck().get()).toBe(2);
    expect(after.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    after.sqlite.close();

    function withTablesEntry() {
      return { tag: '8000_parent_child', sql: readFileSync(join(withTables, '8000_parent_child.sql'), 'utf8') };
    }
  });

  it('rolls back a migration that would leave broken references, keeping the data', () => {
    const dir = tempDir();
    const base = migrationsWith(dir, [
      {
        tag: '8000_parent_child',
        sql: 'CREATE TABLE parent (id INTEGER PRIMARY KEY);\n--> statement-breakpoint\nCREATE TABLE child (id INTEGER PRIMARY KEY, parent_id integer REFERENCES parent(id));',
      },
    ]);
    const db = open(dir, base);
    db.sqlite.exec('INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1);');
    db.sqlite.close();
    const bad = migrationsWith(join(dir, 'b'), [
      { tag: '8000_parent_child', sql: readFileSync(join(base, '8000_parent_child.sql'), 'utf8') },
      { tag: '8001_bad', sql: 'DELETE FROM parent;' },
    ]);
    const error = expectAppError(() => open(dir, bad), 'migration_failed');
    expect(String(error.params?.backup)).toMatch(/-pre-migration\.sqlite$/);
    expect(existsSync(`${String(error.params?.backup)}.json`)).toBe(true);
    const check = open(dir, base);
    expect(check.sqlite.prepare('SELECT count(*) FROM parent').pluck().get()).toBe(1);
    check.sqlite.close();
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('creates the data folder when missing', () => {
    const dir = join(tempDir(), 'nested', 'data');
    mkdirSync(dir, { recursive: true });
    open(dir).sqlite.close();
    expect(existsSync(join(dir, 'prasav.sqlite'))).toBe(true);
  });
});
