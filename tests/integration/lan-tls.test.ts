import { statSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:tls';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { LanServer } from '../../src/main/http/lan';
import type { Session } from '../../src/main/session';
import { tempDir, testContext } from '../helpers/context';
import { freePort } from '../helpers/ports';

const ADMIN: Session = { userId: 'a1', userName: 'admin', role: 'admin' };
const lans: LanServer[] = [];
afterEach(async () => {
  for (const lan of lans.splice(0)) await lan.close();
});

/** A TLS handshake that trusts nothing: resolves with the certificate's SHA-256 fingerprint the server presented. */
function handshake(port: number): Promise<{ fingerprint: string; protocol: string | null }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve({ fingerprint: socket.getPeerX509Certificate()!.fingerprint256, protocol: socket.getProtocol() });
      socket.end();
    });
    socket.on('error', reject);
  });
}

function plainHttp(port: number, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: 'evil.example' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('LAN mode over TLS', () => {
  it('serves its own certificate, whose fingerprint the admin and the login page show; plain HTTP only redirects', async () => {
    const dataDir = tempDir();
    const ctx = testContext({ dataDir });
    const lan = new LanServer(ctx, tempDir(), () => ['127.0.0.1']);
    ctx.lan = lan;
    lans.push(lan);
    const port = await freePort();
    const on = await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true, port });
    expect(on).toMatchObject({ ok: true, data: { running: true, url: `https://127.0.0.1:${port}/` } });
    const fingerprint = (on as { data: { fingerprint: string } }).data.fingerprint;
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    const shake = await handshake(port);
    expect(shake.fingerprint).toBe(fingerprint);
    expect(shake.protocol).toMatch(/^TLSv1\.[23]$/);
    // Anyone (the other PC's login page, before logging in) can read the fingerprint to compare.
    expect(await dispatch(ctx, null, 'lanFingerprint', {})).toEqual({ ok: true, data: { fingerprint } });

    // Plain HTTP on the LAN port: a redirect to the bound https address (not the request's Host), never the app.
    const plain = await plainHttp(port, '/api/setupStatus');
    expect(plain.status).toBe(301);
    expect(plain.location).toBe(`https://127.0.0.1:${port}/api/setupStatus`);
    expect(plain.body).not.toContain('setup');

    // Kept with the keys, owner-only, and the same certificate after a restart of LAN mode.
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'keys')).mode & 0o777).toBe(0o700);
      for (const file of ['lan-tls-key.pem', 'lan-tls-cert.pem']) {
        expect(statSync(join(dataDir, 'keys', file)).mode & 0o777).toBe(0o600);
      }
    }
    await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: false });
    expect(await dispatch(ctx, null, 'lanFingerprint', {})).toEqual({ ok: true, data: { fingerprint: null } });
    await dispatch(ctx, ADMIN, 'updateLanSettings', { enabled: true });
    expect((await handshake(port)).fingerprint).toBe(fingerprint);
  });
});
