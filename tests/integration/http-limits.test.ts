import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, PUBLIC_BODY_BYTES } from '../../src/main/http/limits';
import { loggedIn, post, serveHttp } from '../helpers/auth';
import { testContext } from '../helpers/context';

/** Sends only the headers (a declared body that never comes) and resolves with the status the server answers. */
function headersOnly(base: string, op: string, headers: Record<string, string | number>): Promise<number> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${op}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', reject);
    req.flushHeaders();
  });
}

describe('HTTP request limits', () => {
  it('decides from the headers alone: no session, no permission or a too large declared body is refused unread', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const clerk = await loggedIn(ctx, base, 'clerk');
    const admin = await loggedIn(ctx, base, 'admin');
    const huge = { 'Content-Length': 30 * 1024 * 1024 };
    expect(await headersOnly(base, 'findEpisodes', huge)).toBe(401);
    expect(await headersOnly(base, 'importRegister', { ...huge, ...clerk })).toBe(403);
    expect(await headersOnly(base, 'login', { 'Content-Length': PUBLIC_BODY_BYTES + 1 })).toBe(413);
    expect(await headersOnly(base, 'findEpisodes', { ...huge, ...clerk })).toBe(413);
    expect(await headersOnly(base, 'noSuchOperation', huge)).toBe(404);
    // The admin's import has the large budget: a declared 30 MB body is awaited, not refused.
    const waiting = await Promise.race([
      headersOnly(base, 'importRegister', { ...huge, ...admin }),
      new Promise((r) => setTimeout(() => r('still reading'), 300)),
    ]);
    expect(waiting).toBe('still reading');
  });

  it('cuts a chunked body at the operation limit and refuses deep nesting before parsing', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const clerk = await loggedIn(ctx, base, 'clerk');
    const big = await post(base, 'findEpisodes', { query: 'x', pad: 'y'.repeat(300 * 1024) }, clerk);
    expect(big.status).toBe(413);
    const deep = await post(base, 'findEpisodes', `${'['.repeat(100)}${']'.repeat(100)}`, clerk);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const fine = await post(base, 'findEpisodes', { query: 'x' }, clerk);
    expect(fine.status).toBe(200);
  });

  it('counts nesting outside strings only', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[["\\"[[[[' }), 2)).toBe(false);
  });
});
