import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loginCookie, post } from '../helpers/auth';
import { tempDir } from '../helpers/context';
import { CHILD_USER } from '../servers/child-user';
import { startWebChild, type WebChild } from '../servers/spawn';

const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(MB, 0x20);

/**
 * One anonymous 30 MB body, streamed from a single 1 MB buffer (the test itself stays small): with a declared
 * Content-Length, or chunked without one. Resolves with the status, or 0 when the server cut the connection.
 */
function floodRequest(base: string, op: string, declareLength: boolean): Promise<number> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'Content-Type': 'application/json' };
    if (declareLength) headers['Content-Length'] = 30 * MB;
    const req = request({ host: '127.0.0.1', port, path: `/api/${op}`, method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    let sent = 0;
    const pump = (): void => {
      while (sent < 30 && !req.destroyed) {
        sent++;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

let child: WebChild | null = null;
afterEach(async () => {
  await child?.kill();
  child = null;
});

describe('HTTP transport under an anonymous flood (docs/reliability.md)', () => {
  it(
    'keeps answering a logged-in find within 200 ms and stays under 300 MB while 8 × 30 MB bodies arrive',
    { timeout: 60_000 },
    async () => {
      child = await startWebChild(tempDir());
      const { base } = child;
      const cookie = { Cookie: await loginCookie(base, CHILD_USER.username, CHILD_USER.password) };
      const admitted = await post(
        base,
        'admitMother',
        {
          fields: {
            mother_name: 'Flood Test Mother',
            ipd_no: 'FLOOD-1',
            age_years: 24,
            admission_at: '2026-10-01T10:00:00+05:30',
          },
          acknowledge_warnings: true,
        },
        cookie,
      );
      expect(admitted.status).toBe(200);

      // 8 senders, each sending 30 MB bodies again and again until the measurement is over: an operation that needs
      // a session (refused before reading) and a public one (login: cut at its small limit), declared and chunked.
      let flooding = true;
      const statuses: number[] = [];
      const senders = Array.from({ length: 8 }, async (_, i) => {
        while (flooding) statuses.push(await floodRequest(base, i % 2 ? 'findEpisodes' : 'login', i % 4 < 2));
      });
      let maxRss = child.rssMb();
      const latencies: number[] = [];
      const started = Date.now();
      while (Date.now() - started < 4000) {
        const t0 = performance.now();
        const res = await post(base, 'findEpisodes', { query: 'Flood' }, cookie);
        const found = (await res.json()) as { ok: boolean; data: { mother_name: string }[] };
        latencies.push(performance.now() - t0);
        expect(found.ok).toBe(true);
        expect(found.data.map((r) => r.mother_name)).toContain('Flood Test Mother');
        maxRss = Math.max(maxRss, child.rssMb());
        await new Promise((r) => setTimeout(r, 50));
      }
      flooding = false;
      await Promise.all(senders);
      latencies.sort((a, b) => a - b);
      console.log(
        `flood: ${statuses.length} anonymous 30 MB requests, find p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms, server RSS max ${maxRss.toFixed(0)} MB`,
      );
      // The flood really ran, and every flood request was refused (401/413) or cut off, never served.
      expect(statuses.length).toBeGreaterThanOrEqual(16);
      expect(statuses.every((s) => s === 0 || s === 401 || s === 413)).toBe(true);
      expect(latencies.at(-1)!).toBeLessThanOrEqual(200);
      expect(maxRss).toBeLessThan(300);
    },
  );
});
