/**
 * Web mode (src/main/web.ts, the real entry point in its own process) on a register that was closed cleanly but is
 * damaged: it starts listening at once, the background check finds the damage, and the address the screens use turns
 * into the recovery page; restoring there opens the app again on the restored register.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { backupNow } from '../../src/main/backup/service';
import { closeApp, openApp } from '../../src/main/bootstrap';
import { seedDemo } from '../../src/main/demo/seed';
import { checkoutResourcePaths, DB_FILE_NAME } from '../../src/main/paths';
import { tempDir } from '../helpers/context';
import { bundleChild } from '../servers/spawn';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** Polls `probe` until it returns something; the app switches across several turns of its own event loop. */
async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('switches to the recovery page when the background check finds the register damaged, and reopens after the restore', async () => {
  const dataDir = tempDir();
  const ctx = openApp({ ...checkoutResourcePaths(), dataDir, demo: false, appVersion: '0', runtime: 'node' });
  seedDemo(ctx);
  const [good] = backupNow(ctx, 'daily');
  closeApp(ctx);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const bytes = readFileSync(dbPath);
  const page = Math.floor(bytes.length / 4096 / 2) * 4096;
  bytes.fill(0x5a, page, page + 4096);
  writeFileSync(dbPath, bytes);

  const web = bundleChild('src/main/web.ts', 'web-main');
  const child = spawn(process.execPath, [web, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stops.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  // The cheap checks pass: the server listens before the whole file was read.
  const base = await until(async () => /running at (http:\/\/[^/\s]+)\//.exec(out)?.[1], 'the server to listen');

  const recovery = await until(async () => {
    const res = await fetch(`${base}/`);
    const html = await res.text();
    return res.status === 503 && html.includes('रजिस्टर नहीं खुल सका') ? html : undefined;
  }, 'the recovery page');
  expect(recovery).toContain('found the register file damaged');
  expect(recovery).toContain(good!.file);
  expect(readFileSync(dbPath)).toEqual(bytes); // nothing written to the damaged file

  const done = await fetch(`${base}/recovery/restore`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
    body: `file=${encodeURIComponent(good!.file)}`,
  });
  expect(done.status).toBe(200);
  // The app is back on the same address, on the restored register.
  const setup = await until(async () => {
    const res = await fetch(`${base}/api/setupStatus`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: '{}',
    });
    return res.status === 200 ? ((await res.json()) as unknown) : undefined;
  }, 'the app to answer again');
  expect(setup).toMatchObject({ ok: true });
  child.kill('SIGTERM');
  await exited;
});
