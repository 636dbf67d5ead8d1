/**
 * `npm run test:electron`: the app's main flows in the real Electron window (Playwright's `_electron`,
 * tests/electron/). Where the Electron binary is not installed (CI machines, this repository's build machine), it
 * says so and exits 0: the fake-electron test in `npm test` covers the shell there. It never downloads the binary.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binary = electronBinary();
if (!binary) {
  console.log(
    'Electron binary not installed: skipped the Electron window tests (tests/electron/).\n' +
      'On a machine that can fetch it, run `node node_modules/electron/install.js`, then `npm run test:electron` again.\n' +
      'The shell is still exercised by tests/integration/electron-shell.test.ts (fake electron module) in `npm test`.',
  );
  process.exit(0);
}
const run = (args) =>
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PRASAV_ELECTRON: binary } });
try {
  run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '-c', 'electron.config.ts']);
  run([
    join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '-c',
    'playwright.electron.config.ts',
    ...process.argv.slice(2),
  ]);
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
