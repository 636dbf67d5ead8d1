/**
 * The Electron binary `npm ci` may have left in node_modules/electron (its install script is denied in package.json),
 * or null. Read from path.txt without `require('electron')`, which would try to download it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

export function electronBinary() {
  const pathFile = join(electronDir(), 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir(), 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
