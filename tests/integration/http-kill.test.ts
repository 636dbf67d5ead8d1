import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loginCookie, post } from '../helpers/auth';
import { tempDir } from '../helpers/context';
import { CHILD_USER } from '../servers/child-user';
import { startWebChild, type WebChild } from '../servers/spawn';

const TOTAL = 2000;
const CONCURRENCY = 20;

let child: WebChild | null = null;
afterEach(async () => {
  await child?.kill();
  child = null;
});

const admission = (i: number) => ({
  fields: { mother_name: 'Kill Test Mother', ipd_no: `KILL-${i}`, age_years: 25, admission_at: '2026-10-01T10:00:00+05:30' },
  acknowledge_warnings: true,
});

/**
 * Crash safety over the real HTTP transport (docs/reliability.md): 2,000 admissions sent 20 at a time to a web-mode
 * server in its own process, which is killed with SIGKILL every few hundred requests (with requests in flight) and
 * started again on the same data folder. Every admission answered 200 must be in the register afterwards, and the
 * register must pass integrity_check.
 */
describe('HTTP writes across SIGKILLs of the server', () => {
  it(`loses no acknowledged write in ${TOTAL} requests at concurrency ${CONCURRENCY}`, { timeout: 300_000 }, async () => {
    const dataDir = tempDir();
    const acked: number[] = [];
    let sent = 0;
    let kills = 0;
    let failedInFlight = 0;
    while (sent < TOTAL) {
      child = await startWebChild(dataDir);
      const server = child;
      const cookie = { Cookie: await loginCookie(server.base, CHILD_USER.username, CHILD_USER.password) };
      const killAt = Math.min(TOTAL, sent + 250 + Math.floor(Math.random() * 250));
      const worker = async () => {
        while (sent < killAt) {
          const i = sent++;
          if (i === killAt - 1 && killAt < TOTAL) {
            // Killed while this worker's and up to 19 other requests are in flight.
            setTimeout(() => void server.kill(), Math.random() * 20);
            kills++;
          }
          try {
            const res = await post(server.base, 'admitMother', admission(i), cookie);
            const body = (await res.json()) as { ok: boolean };
            if (res.status === 200 && body.ok) acked.push(i);
            else throw new Error(`admission ${i}: ${res.status}`);
          } catch (error) {
            if (
              server.process.exitCode === null &&
              server.process.signalCode === null &&
              !String(error).includes('fetch failed')
            ) {
              throw error;
            }
            failedInFlight++;
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await server.kill();
      child = null;
    }

    const db = new Database(join(dataDir, 'prasav.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare("SELECT ipd_no FROM episode WHERE ipd_no LIKE 'KILL-%'").pluck().all() as string[]);
      const lost = acked.filter((i) => !stored.has(`KILL-${i}`));
      console.log(
        `http kill: ${sent} requests, concurrency ${CONCURRENCY}, ${kills} SIGKILLs, ${acked.length} acknowledged, ${failedInFlight} cut off in flight, ${stored.size} stored, ${lost.length} acknowledged lost`,
      );
      expect(lost).toEqual([]);
      expect(kills).toBeGreaterThanOrEqual(3);
      expect(acked.length).toBeGreaterThan(TOTAL / 2);
    } finally {
      db.close();
    }
  });
});
