import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MAX_HEADERS } from '../../src/main/http/limits';
import { loggedIn, serveHttp } from '../helpers/auth';
import { testContext } from '../helpers/context';

interface Answer {
  status: number;
  body: string;
  /** The server closed the connection although the request asked to keep it open. */
  closed: boolean;
}

/**
 * Sends one keep-alive request of exactly `count` header fields (Host, Connection, the `extra` ones, fillers and
 * Content-Length) on a raw socket, and reports the answer and whether the server closed the connection within a
 * second after it.
 */
function requestWithHeaders(base: string, method: string, path: string, count: number, extra: string[] = []): Promise<Answer> {
  const { port } = new URL(base);
  const lines = [`Host: 127.0.0.1:${port}`, 'Connection: keep-alive', ...extra];
  while (lines.length < count - 1) lines.push(`X-Filler-${lines.length}: ${'v'.repeat(20)}`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let answered: ReturnType<typeof setTimeout> | undefined;
    const report = (closed: boolean) => {
      clearTimeout(answered);
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body, closed });
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      // Kept open: the answer is complete once its headers are in and a second has passed without a close.
      if (text.includes('\r\n\r\n')) answered ??= setTimeout(() => report(false), 1_000);
    });
    socket.on('close', () => report(true));
    socket.on('error', reject);
    socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\nContent-Length: 0\r\n\r\n`);
  });
}

describe('HTTP header count limit', () => {
  it('refuses more than 64 header fields with 431 and closes the connection; 30 or 64 are answered as usual', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const { Cookie } = await loggedIn(ctx, base, 'clerk');
    const json = ['Content-Type: application/json', `Origin: ${base}`, `Cookie: ${Cookie}`];

    for (const count of [MAX_HEADERS, 100]) {
      const refused = await requestWithHeaders(base, 'GET', '/', count + 1);
      expect(refused).toMatchObject({ status: 431, closed: true });
    }
    expect(await requestWithHeaders(base, 'POST', '/api/listToday', MAX_HEADERS + 1, json)).toMatchObject({
      status: 431,
      closed: true,
    });

    // A browser's 15–25 fields, with room: the page and a logged-in call, the connection kept.
    expect(await requestWithHeaders(base, 'GET', '/', 30)).toMatchObject({ status: 200, closed: false });
    const call = await requestWithHeaders(base, 'POST', '/api/listToday', 30, json);
    expect(call).toMatchObject({ status: 200, closed: false });
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
    // The limit itself is still answered.
    expect(await requestWithHeaders(base, 'POST', '/api/listToday', MAX_HEADERS, json)).toMatchObject({
      status: 200,
      closed: false,
    });
  });

  it('refuses them in the request handler too, where the parser passes them all (Node before CVE-2026-58044)', async () => {
    const ctx = testContext();
    // No parser limit: every field reaches the handler, as `rawHeaders` did on a Node that only truncated `headers`.
    const base = await serveHttp(ctx, (server) => (server.maxHeadersCount = 0));
    const refused = await requestWithHeaders(base, 'GET', '/', MAX_HEADERS + 1);
    expect(refused).toMatchObject({ status: 431, closed: true });
    // The handler's answer (Node's own 431 has no body).
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await requestWithHeaders(base, 'GET', '/', 30)).toMatchObject({ status: 200, closed: false });
  });
});
