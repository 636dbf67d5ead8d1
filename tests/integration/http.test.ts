import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { testContext } from '../helpers/context';
import { loggedIn, post, serveHttp } from '../helpers/auth';

function rawRequest(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(`${res.statusCode} ${text}`));
    });
    req.on('error', reject);
    req.end();
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Json = any;

describe('HTTP transport', () => {
  it('runs contract operations at POST /api/<op> for a logged-in user', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const admin = await loggedIn(ctx, base, 'admin');
    const res = await post(base, 'updateSettings', { hospital_name: 'Sadar Nursing Home', district: 'Kishanganj' }, admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { hospital_name: 'Sadar Nursing Home' } });
    const info = await (await post(base, 'appInfo', {}, admin)).json();
    expect(info).toMatchObject({
      ok: true,
      data: { name: 'Prasav', runtime: 'node', schemaVersion: expect.stringMatching(/^schema \d+$/) },
    });
  });

  it('answers every failure with the typed error shape and a fitting status', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const admin = await loggedIn(ctx, base, 'admin');
    const cases: [Response, number, string][] = [
      [await post(base, 'updateSettings', '{not json', admin), 400, 'invalid_input'],
      [await post(base, 'updateSettings', { facility_type: 'spaceport' }, admin), 400, 'invalid_input'],
      [await post(base, 'dropEverything', {}, admin), 404, 'unknown_operation'],
      [await post(base, 'getSettings', {}, { ...admin, 'Content-Type': 'text/plain' }), 415, 'invalid_input'],
      [
        await post(base, 'updateSettings', { hospital_name: 'X' }, { ...admin, Origin: 'https://evil.example' }),
        403,
        'forbidden',
      ],
      [
        await post(base, 'updateSettings', { hospital_name: 'X' }, { ...admin, 'Sec-Fetch-Site': 'cross-site' }),
        403,
        'forbidden',
      ],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/^error\./);
    }
    const read: Json = await (await post(base, 'getSettings', {}, admin)).json();
    expect(read.data.hospital_name).not.toBe('X');
  });

  it('refuses a DNS-rebinding page: a Host that is a name, not an address', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const refused = await rawRequest(
      base,
      '/api/setupStatus',
      { Host: 'evil.example:80', Origin: 'http://evil.example:80', 'Content-Type': 'application/json' },
      'POST',
    );
    expect(refused).toMatch(/^403 .*"forbidden"/);
    const allowed = await rawRequest(base, '/api/setupStatus', { Host: 'localhost', 'Content-Type': 'application/json' }, 'POST');
    expect(allowed).toMatch(/^200 /);
  });

  it('refuses operations that need a role when nobody is logged in, with a forged cookie too', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    expect((await post(base, 'setupStatus', {})).status).toBe(200);
    for (const headers of [{}, { Cookie: 'prasav_session=forged-token' }] as Record<string, string>[]) {
      for (const op of ['appInfo', 'getSettings', 'updateSettings', 'listUsers', 'listBackups']) {
        const res = await post(base, op, op === 'updateSettings' ? { hospital_name: 'X' } : {}, headers);
        expect(res.status, op).toBe(401);
        expect(((await res.json()) as Json).error.code).toBe('unauthenticated');
      }
    }
  });

  it('refuses an operation the role does not allow', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const clerk = await loggedIn(ctx, base, 'clerk');
    for (const [op, input] of [
      ['updateSettings', { hospital_name: 'X' }],
      ['listUsers', {}],
      ['createBackup', {}],
      ['updateLanSettings', { enabled: true }],
    ] as const) {
      const res = await post(base, op, input, clerk);
      expect(res.status, op).toBe(403);
      expect(((await res.json()) as Json).error.code).toBe('forbidden');
    }
    expect((await post(base, 'getSettings', {}, clerk)).status).toBe(200);
  });

  it('serves the renderer with a strict CSP, an app shell for routes, and nothing outside its folder', async () => {
    const base = await serveHttp(testContext());
    const page = await fetch(`${base}/register`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Prasav</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // A raw request line, so no client normalises the dots away first.
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const body = await rawRequest(base, path);
      expect(body).not.toContain('root:');
    }
    expect((await fetch(`${base}/api/getSettings`)).status).toBe(405);
  });
});
