import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../src/main/http/server';
import { LOCAL_ADMIN_SESSION, type Session } from '../../src/main/session';
import { tempDir, testContext } from '../helpers/context';

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function serve(session: Session | null = LOCAL_ADMIN_SESSION): Promise<string> {
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Prasav</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createHttpTransport({ ctx: testContext(), rendererDir, resolveSession: () => session });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function rawGet(base: string, path: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
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

const post = (base: string, op: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP transport', () => {
  it('runs contract operations at POST /api/<op>', async () => {
    const base = await serve();
    const res = await post(base, 'updateSettings', { hospital_name: 'Sadar Nursing Home', district: 'Kishanganj' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { hospital_name: 'Sadar Nursing Home' } });
    const info = await (await post(base, 'appInfo', {})).json();
    expect(info).toMatchObject({
      ok: true,
      data: { name: 'Prasav', runtime: 'node', schemaVersion: expect.stringMatching(/^schema \d+$/) },
    });
  });

  it('answers every failure with the typed error shape and a fitting status', async () => {
    const base = await serve();
    const cases: [Response, number, string][] = [
      [await post(base, 'updateSettings', '{not json'), 400, 'invalid_input'],
      [await post(base, 'updateSettings', { facility_type: 'spaceport' }), 400, 'invalid_input'],
      [await post(base, 'dropEverything', {}), 404, 'unknown_operation'],
      [await post(base, 'getSettings', {}, { 'Content-Type': 'text/plain' }), 415, 'invalid_input'],
      [await post(base, 'updateSettings', { hospital_name: 'X' }, { Origin: 'https://evil.example' }), 403, 'forbidden'],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/^error\./);
    }
    const read: Json = await (await post(base, 'getSettings', {})).json();
    expect(read.data.hospital_name).not.toBe('X');
  });

  it('refuses operations that need a role when nobody is logged in', async () => {
    const base = await serve(null);
    expect((await post(base, 'appInfo', {})).status).toBe(200);
    const res = await post(base, 'updateSettings', { hospital_name: 'X' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Json).error.code).toBe('unauthenticated');
  });

  it('refuses an operation the role does not allow', async () => {
    const base = await serve({ userId: 'c1', userName: 'clerk', role: 'clerk' });
    const res = await post(base, 'updateSettings', { hospital_name: 'X' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Json).error.code).toBe('forbidden');
  });

  it('serves the renderer with a strict CSP, an app shell for routes, and nothing outside its folder', async () => {
    const base = await serve();
    const page = await fetch(`${base}/register`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Prasav</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // A raw request line, so no client normalises the dots away first.
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const body = await rawGet(base, path);
      expect(body).not.toContain('root:');
    }
    expect((await fetch(`${base}/api/getSettings`)).status).toBe(405);
  });
});
