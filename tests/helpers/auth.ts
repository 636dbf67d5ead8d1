import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Role } from '../../src/shared/roles';
import { createDemoUser } from '../../src/main/auth/users';
import type { AppContext } from '../../src/main/context';
import { createHttpTransport, SESSION_COOKIE } from '../../src/main/http/server';
import type { Session } from '../../src/main/session';
import { tempDir } from './context';

const SEEDER: Session = { userId: 'test', userName: 'test', role: 'admin' };

/** A real account (scrypt hash in the users table) whose password needs no change; user name = role unless given. */
export function seedUser(ctx: AppContext, role: Role, username: string = role): { username: string; password: string } {
  const password = `pw-${username}-1234`;
  createDemoUser(ctx, SEEDER, { username, full_name: `Test ${username}`, role, password });
  return { username, password };
}

const servers: { close: () => void; closeAllConnections: () => void }[] = [];
afterEach(() =>
  servers.splice(0).forEach((s) => {
    s.closeAllConnections();
    s.close();
  }),
);

/** The real HTTP transport on 127.0.0.1 with a stand-in renderer folder; closed after the test. `adjust` sees it first. */
export async function serveHttp(ctx: AppContext, adjust?: (server: Server) => void): Promise<string> {
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Prasav</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createHttpTransport({ ctx, rendererDir });
  adjust?.(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export const post = (base: string, op: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Logs in over HTTP; returns the `Cookie` header value the browser would send back. */
export async function loginCookie(base: string, username: string, password: string): Promise<string> {
  const res = await post(base, 'login', { username, password });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return `${SESSION_COOKIE}=${match[1]}`;
}

/** A user of `role` logged in over HTTP: its cookie header. */
export async function loggedIn(
  ctx: AppContext,
  base: string,
  role: Role,
  username: string = role,
): Promise<Record<string, string>> {
  const user = seedUser(ctx, role, username);
  return { Cookie: await loginCookie(base, user.username, user.password) };
}
