/**
 * `npm start [-- --demo] [-- --data-dir DIR]`: builds and runs the desktop app.
 *
 * The Electron binary is not downloaded by `npm ci` (install scripts for electron are denied in package.json,
 * because CI machines cannot reach GitHub). On first start this fetches it; where that is impossible, the same
 * app starts in the browser instead (web mode), so the command always shows the app.
 */
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDir } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function fetchElectron() {
  try {
    console.log('Downloading the Electron runtime (first start only)…');
    execFileSync(process.execPath, [join(electronDir(), 'install.js')], { stdio: 'inherit' });
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
