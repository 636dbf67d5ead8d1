import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORDS } from '../../src/shared/demo';
import type { Role } from '../../src/shared/roles';

export interface WebServer {
  url: string;
  process: ChildProcess;
}

/**
 * Starts `out/main/web.js` on a free port; resolves with its URL. By default on a throw-away demo database (one
 * account per role, passwords in `DEMO_PASSWORDS`); `{ demo: false }` with `--data-dir DIR` starts a real, empty
 * data folder (first run).
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

export { DEMO_PASSWORDS };

/**
 * A server clock the test moves: start the server with `startWebServer(['--clock-file', clock.file])` (demo only), then
 * `clock.runAhead(minutes)` sets how far it runs ahead of the PC's clock; every later call on the server sees the new time. Written
 * by rename, so the server never reads a half-written file.
 */
export class ServerClock {
  readonly file = join(mkdtempSync(join(tmpdir(), 'prasav-clock-')), 'clock.json');
  constructor() {
    this.runAhead(0);
  }
  runAhead(minutes: number): void {
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ offset_minutes: minutes }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/**
 * Logs a browser context (all its pages) or an API request context in as a demo role, through the real `login`
 * operation: the server answers with the HttpOnly session cookie, which the context keeps.
 */
export async function loginAs(target: BrowserContext | APIRequestContext, serverUrl: string, role: Role): Promise<void> {
  const api = 'request' in target ? target.request : target;
  const res = await api.post(new URL('api/login', serverUrl).href, { data: { username: role, password: DEMO_PASSWORDS[role] } });
  if (!res.ok()) throw new Error(`login as ${role} failed: ${res.status()} ${await res.text()}`);
}

interface SafetyFixtures {
  /** Who the default `page`, `context` and `request` are logged in as; `null` for logged out. `test.use({ loginAs: 'clerk' })`. */
  loginAs: Role | null;
  /** A new page in its own context, logged in as `role` (closed after the test): `const clerk = await pageAs('clerk')`. */
  pageAs: (role: Role | null) => Promise<Page>;
}

/** The demo server of the test file now running in this worker (a worker runs several files one after another). */
let current: { file: string; server: WebServer } | null = null;

/**
 * One demo server per test file, so files cannot see each other's changes (accounts, lockouts, settings): a worker
 * runs several files in turn, so the server is started afresh whenever the file changes, and the last one is
 * stopped with the worker. The default `page`/`request` are logged in as admin (the app needs a login since
 * issue 7).
 */
export const test = base.extend<SafetyFixtures & { server: WebServer }, { lastServer: void }>({
  lastServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use();
      if (current) await stopWebServer(current.server);
      current = null;
    },
    { scope: 'worker' },
  ],
  server: async ({ lastServer }, use, testInfo) => {
    void lastServer;
    if (current?.file !== testInfo.file) {
      if (current) await stopWebServer(current.server);
      current = { file: testInfo.file, server: await startWebServer() };
    }
    await use(current.server);
  },
  baseURL: async ({ server }, use) => use(server.url),
  loginAs: ['admin', { option: true }],
  context: async ({ context, server, loginAs: role }, use) => {
    if (role) await loginAs(context, server.url, role);
    await use(context);
  },
  request: async ({ playwright, server, loginAs: role }, use) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    if (role) await loginAs(request, server.url, role);
    await use(request);
    await request.dispose();
  },
  pageAs: async ({ browser, server, locale, timezoneId, viewport }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext({ baseURL: server.url, locale, timezoneId, viewport });
      contexts.push(context);
      if (role) await loginAs(context, server.url, role);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
