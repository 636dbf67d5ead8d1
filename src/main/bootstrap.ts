import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from './clock';
import type { AppContext } from './context';
import { openDatabase } from './db/open';
import { DB_FILE_NAME, type ResourcePaths } from './paths';
import type { PdfRenderer } from './pdf/renderer';
import { seedDemo } from './demo/seed';

export interface OpenAppOptions extends ResourcePaths {
  /** Folder of the register and its backups; ignored with `demo` (a throw-away folder is used). */
  dataDir: string;
  demo: boolean;
  appVersion: string;
  runtime: AppContext['runtime'];
  clock?: Clock;
  pdf: PdfRenderer;
  chooseFolder?: AppContext['chooseFolder'];
}

/** Opens the data folder and the register (migrating it after a backup); seeds demo data when asked. */
export function openApp(options: OpenAppOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const dataDir = options.demo ? mkdtempSync(join(tmpdir(), 'prasav-demo-')) : options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, DB_FILE_NAME);
  const opened = openDatabase({
    path: dbPath,
    migrationsDir: options.migrationsDir,
    backupDir: join(dataDir, 'backups'),
    now: clock,
  });
  const ctx: AppContext = {
    sqlite: opened.sqlite,
    db: opened.db,
    clock,
    dataDir,
    dbPath,
    resourcesDir: options.resourcesDir,
    schemaVersion: opened.schemaVersion,
    appVersion: options.appVersion,
    runtime: options.runtime,
    demo: options.demo,
    pdf: options.pdf,
    ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
  };
  if (options.demo) seedDemo(ctx);
  return ctx;
}

/** Closes the register cleanly (checkpointing the WAL into the main file); a demo folder is deleted. */
export function closeApp(ctx: AppContext): void {
  void ctx.pdf.close();
  if (ctx.sqlite.open) {
    ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ctx.sqlite.close();
  }
  if (ctx.demo) rmSync(ctx.dataDir, { recursive: true, force: true });
}
