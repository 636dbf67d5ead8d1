import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface WebServer {
  url: string;
  process: ChildProcess;
}

/**
 * Starts `out/main/web.js --demo` (a throw-away demo database) on a free port; resolves with its URL.
 * `demo: false` starts on the data folder given in `extraArgs` (`--data-dir`) instead, e.g. an empty register.
 */
export function startWebServer(extraArgs: string[] = [], options: { demo?: boolean } = {}): Promise<WebServer> {
  const child = spawn(
    process.execPath,
    [
      join(__dirname, '..', '..', 'out', 'main', 'web.js'),
      ...(options.demo === false ? [] : ['--demo']),
      '--port',
      '0',
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with ${code}:\n${output}`));
    });
  });
}

export function stopWebServer(server: WebServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

/** One demo server per test file (worker), so files cannot see each other's changes. */
export const test = base.extend<object, { server: WebServer }>({
  server: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startWebServer();
      await use(server);
      await stopWebServer(server);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

export { expect };
