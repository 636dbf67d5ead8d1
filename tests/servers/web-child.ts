/**
 * A web-mode server in its own process, for tests that measure it from outside (memory under a flood) or kill it
 * (SIGKILL during writes): the real app (openApp, HTTP transport) on 127.0.0.1, port chosen by the OS. On a fresh
 * data folder it adds CHILD_USER (a clerk). Prints `ready <port>` once listening.
 * argv: <dataDir> <migrationsDir>
 */
import { writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openApp } from '../../src/main/bootstrap';
import { hashPassword } from '../../src/main/auth/password';
import { countUsers, createDemoUser } from '../../src/main/auth/users';
import { createHttpTransport } from '../../src/main/http/server';
import { CHILD_USER } from './child-user';

const [dataDir, migrationsDir] = process.argv.slice(2);
if (!dataDir || !migrationsDir) throw new Error('usage: web-child <dataDir> <migrationsDir>');
const ctx = openApp({
  dataDir,
  migrationsDir,
  resourcesDir: join(migrationsDir, '..', 'resources'),
  rendererDir: '',
  demo: false,
  appVersion: 'web-child',
  runtime: 'node',
});
/** Seeds the clerk at today's hashing cost, so no background re-hash after its login skews what a test measures. */
async function seed(): Promise<void> {
  if (countUsers(ctx) > 0) return;
  const seeder = { userId: 'test', userName: 'test', role: 'admin' as const };
  createDemoUser(ctx, seeder, { ...CHILD_USER, full_name: 'Test clerk', role: 'clerk' });
  const hash = await hashPassword(CHILD_USER.password);
  ctx.sqlite.prepare('UPDATE users SET password_hash = ? WHERE username = ?').run(hash, CHILD_USER.username);
}

void seed().then(() => {
  // No renderer: these tests call the API only (and the data folder must never be served as static files).
  const server = createHttpTransport({ ctx, rendererDir: join(dataDir, 'no-renderer') });
  server.listen(0, '127.0.0.1', () => writeSync(1, `ready ${(server.address() as AddressInfo).port}\n`));
});
