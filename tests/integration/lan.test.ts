import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { LanServer } from '../../src/main/http/lan';
import type { Session } from '../../src/main/session';
import { seedUser } from '../helpers/auth';
import { tlsLoginCookie, tlsPost } from '../helpers/https';
import { tempDir, testContext } from '../helpers/context';
import { freePort } from '../helpers/ports';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const lans: LanServer[] = [];
afterEach(async () => {
  for (const lan of lans.splice(0)) await lan.close();
});

/** The app with a LAN server whose "network addresses" are loopback (a test machine's real LAN is not ours to use). */
function setup() {
  const ctx = testContext();
  const lan = new LanServer(ctx, tempDir(), () => ['127.0.0.1']);
  ctx.lan = lan;
  lans.push(lan);
  return ctx;
}

describe('LAN mode', () => {
  it('is off by default and listens nowhere', async () => {
    const ctx = setup();
    expect(await dispatch(ctx, ADMIN, 'getLanStatus', {})).toMatchObject({
      ok: true,
      data: { settings: { enabled: false, port: 5190 }, running: false, url: null },
    });
  });

  it('when on, serves the chosen address over TLS; refuses unauthenticated and wrong-role calls; off again closes it', async () => {
    const ctx = setup();
    const port = await freePort();
    const on = await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true, port });
    expect(on).toMatchObject({
      ok: true,
      data: { running: true, url: `https://127.0.0.1:${port}/`, settings: { host: '127.0.0.1' } },
    });
    const base = `https://127.0.0.1:${port}`;
    const ca = readFileSync(join(ctx.dataDir, 'keys', 'lan-tls-cert.pem'), 'utf8');
    const post = tlsPost(ca);
    const loginCookie = (b: string, username: string, password: string) => tlsLoginCookie(ca, b, username, password);

    for (const op of ['getSettings', 'listUsers', 'listBackups', 'appInfo', 'backupStatus']) {
      const res = await post(base, op, {});
      expect(res.status, op).toBe(401);
    }
    const clerk = seedUser(ctx, 'clerk');
    const clerkCookie = { Cookie: await loginCookie(base, clerk.username, clerk.password) };
    expect((await post(base, 'getSettings', {}, clerkCookie)).status).toBe(200);
    for (const op of ['listUsers', 'updateSettings', 'createBackup', 'restoreBackup', 'updateLanSettings']) {
      const res = await post(base, op, {}, clerkCookie);
      expect(res.status, op).toBe(403);
    }
    // The login answer sets an HttpOnly, SameSite=Strict cookie and carries no token in the body.
    const admin = seedUser(ctx, 'admin');
    const login = await post(base, 'login', admin);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^prasav_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
    expect(await login.text()).not.toContain(cookie.split(';')[0]!.split('=')[1]);

    const off = await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: false });
    expect(off).toMatchObject({ ok: true, data: { running: false, url: null } });
    await expect(post(base, 'setupStatus', {})).rejects.toThrow();
  });

  it('refuses an address that is not this PC’s and reports a busy port', async () => {
    const ctx = setup();
    expect(await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true, host: '10.9.8.7' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'host', message: 'v.lan_address' }] },
    });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      expect(await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true, port })).toMatchObject({
        ok: true,
        data: { running: false, problem: 'lan.port_busy' },
      });
    } finally {
      blocker.close();
    }
  });
});
