import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { projectRoot } from '../../src/main/paths';
import type { Session } from '../../src/main/session';
import { translate } from '../../src/shared/i18n/translate';
import { testContext } from '../helpers/context';

const ADMIN: Session = { userId: 'u-admin', userName: 'admin', role: 'admin' };

/**
 * Another program on the same register: a second connection (its own process, as a real one would be) that takes
 * the write lock with BEGIN IMMEDIATE, holds it for `ms`, then commits. Resolves once the lock is held.
 */
function holdWriteLock(dbPath: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.exec("UPDATE settings SET key = key WHERE 0");
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script, dbPath], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ done }));
    child.once('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
  });
}

const admit = (ctx: ReturnType<typeof testContext>, ipd: string) =>
  dispatch(ctx, ADMIN, 'admitMother', {
    fields: { mother_name: 'Busy Test', ipd_no: ipd, age_years: 27, admission_at: '2026-10-03T08:00:00+05:30' },
    acknowledge_warnings: true,
  });

const count = (ctx: ReturnType<typeof testContext>) => ctx.sqlite.prepare('SELECT count(*) FROM episode').pluck().get() as number;

describe('a register held by another program', () => {
  it(
    'waits for the write lock within the busy timeout, then answers a typed "busy" in both languages',
    { timeout: 30_000 },
    async () => {
      const ctx = testContext();
      const dbPath = join(ctx.dataDir, 'prasav.sqlite');
      ctx.sqlite.pragma('busy_timeout = 1500');

      // Held shorter than the timeout: the save waits and succeeds.
      const short = await holdWriteLock(dbPath, 400);
      const t0 = Date.now();
      expect(await admit(ctx, 'BUSY-1')).toMatchObject({ ok: true });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
      await short.done;

      // Held longer: a typed, translated refusal, and nothing half-saved.
      const long = await holdWriteLock(dbPath, 4000);
      const refused = await admit(ctx, 'BUSY-2');
      expect(refused).toEqual({ ok: false, error: { code: 'busy', message: 'error.busy' } });
      expect(translate('en', 'error.busy')).toMatch(/busy/);
      expect(translate('hi', 'error.busy')).toMatch(/व्यस्त/);
      expect(count(ctx)).toBe(1);
      await long.done;
      expect(await admit(ctx, 'BUSY-2')).toMatchObject({ ok: true });
      expect(count(ctx)).toBe(2);
    },
  );
});
