import { request } from 'node:https';
import { SESSION_COOKIE } from '../../src/main/http/server';

/**
 * POST /api/<op> over TLS, trusting only `ca` (the register's own certificate, as a browser would after the staff
 * compared fingerprints), with the usual host-name check. Answers as a fetch Response.
 */
export function tlsPost(ca: string) {
  return (base: string, op: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> => {
    const url = new URL(`${base}/api/${op}`);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          ca,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const out = new Headers();
            for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') out.set(name, value);
            const setCookie = res.headers['set-cookie'];
            if (setCookie) out.set('set-cookie', setCookie.join(', '));
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, headers: out }));
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  };
}

/** Logs in over TLS; returns the `Cookie` header value. */
export async function tlsLoginCookie(ca: string, base: string, username: string, password: string): Promise<string> {
  const res = await tlsPost(ca)(base, 'login', { username, password });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status}`);
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.headers.get('set-cookie') ?? '');
  if (!match) throw new Error('no session cookie');
  return `${SESSION_COOKIE}=${match[1]}`;
}
