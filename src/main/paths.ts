import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The folder holding package.json, found from this file whether it runs from src/ (tsx, vitest) or out/main/. */
export function projectRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'drizzle'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`project root not found above ${from}`);
    dir = parent;
  }
}

/** Where bundled, read-only files live: migrations, fonts, HMIS formats, the built renderer. */
export interface ResourcePaths {
  resourcesDir: string;
  migrationsDir: string;
  rendererDir: string;
}

/** Resource paths when running from a checkout (web mode, CLI, tests). The packaged app passes its own. */
export function checkoutResourcePaths(root: string = projectRoot()): ResourcePaths {
  return {
    resourcesDir: join(root, 'resources'),
    migrationsDir: join(root, 'drizzle'),
    rendererDir: join(root, 'out', 'renderer'),
  };
}

/** The per-user data folder the desktop app also uses, so web mode on the same PC sees the same register. */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Prasav');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Prasav');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Prasav');
}

export const DB_FILE_NAME = 'prasav.sqlite';
