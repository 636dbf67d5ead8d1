/**
 * `npm start [-- --demo] [-- --data-dir DIR]`: builds and runs the desktop app.
 *
 * The Electron binary is not downloaded by `npm ci` (install scripts for electron are denied in package.json,
 * because CI machines cannot reach GitHub). On first start this fetches it; where that is impossible, the same
 * app starts in the browser instead (web mode), so the command always shows the app.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function fetchElectron() {
  try {
    console.log('Downloading the Electron runtime (first start only)…');
    execFileSync(process.execPath, [join(dirname(require.resolve('electron/package.json')), 'install.js')], { stdio: 'inherit' });
  } catch {
    // reported below
  }
  return electronBinary();
}

execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '-c', 'electron.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const binary = electronBinary() ?? fetchElectron();
const child = binary
  ? spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' })
  : (console.warn(
      '\nThe Electron runtime is not available on this machine (no internet to fetch it).\nStarting the same app in web mode instead: open the address below in a browser.\n',
    ),
    spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args], { cwd: root, stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
