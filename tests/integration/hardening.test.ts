import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { COST, hashPassword, needsRehash, verifyPassword } from '../../src/main/auth/password';
import type { AppContext } from '../../src/main/context';
import { logFailure } from '../../src/main/log';
import { projectRoot } from '../../src/main/paths';
import type { SessionCarrier } from '../../src/main/session';
import { seedUser } from '../helpers/auth';
import { fixedClock, testContext } from '../helpers/context';

class Jar implements SessionCarrier {
  token: string | null = null;
  readonly client = 'window:1';
  attach(token: string) {
    this.token = token;
  }
  detach() {
    this.token = null;
  }
}
const call = (ctx: AppContext, jar: Jar, op: string, input: unknown = {}) =>
  dispatch(ctx, ctx.sessions.resolve(jar.token), op, input, jar);

const storedHash = (ctx: AppContext, username: string) =>
  ctx.sqlite.prepare('SELECT password_hash FROM users WHERE username = ?').pluck().get(username) as string;

describe('data at rest and sessions', () => {
  it(
    'hashes at N = 2^17 and re-hashes an older hash after the next login; old hashes still verify',
    { timeout: 30_000 },
    async () => {
      expect(COST.N).toBe(2 ** 17);
      expect((await hashPassword('new-password-1')).split('$')[1]).toBe(String(2 ** 17));
      const ctx = testContext();
      const user = seedUser(ctx, 'clerk'); // demo accounts are stored at the old cost
      const old = storedHash(ctx, 'clerk');
      expect(old.split('$')[1]).toBe(String(2 ** 15));
      expect(needsRehash(old)).toBe(true);
      expect(await call(ctx, new Jar(), 'login', user)).toMatchObject({ ok: true });
      await vi.waitFor(() => expect(storedHash(ctx, 'clerk')).not.toBe(old), { timeout: 15_000, interval: 100 });
      const upgraded = storedHash(ctx, 'clerk');
      expect(upgraded.split('$')[1]).toBe(String(2 ** 17));
      expect(needsRehash(upgraded)).toBe(false);
      expect(await verifyPassword(user.password, upgraded)).toBe(true);
      expect(await call(ctx, new Jar(), 'login', user)).toMatchObject({ ok: true });
    },
  );

  it('ends a session after max_session_hours (12 by default) however active it is', async () => {
    const clock = fixedClock('2026-03-01T08:00:00Z');
    const ctx = testContext({ clock });
    const user = seedUser(ctx, 'nurse');
    const jar = new Jar();
    expect(await call(ctx, jar, 'login', user)).toMatchObject({ ok: true });
    // Active every 5 minutes (under the 10 idle minutes) for 12 hours.
    for (let minutes = 5; minutes <= 12 * 60; minutes += 5) {
      clock.set(new Date(Date.parse('2026-03-01T08:00:00Z') + minutes * 60_000).toISOString());
      expect(await call(ctx, jar, 'whoami'), `at ${minutes} min`).toMatchObject({
        ok: true,
        data: { user: { username: 'nurse' } },
      });
    }
    clock.set('2026-03-01T20:04:00Z');
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it.runIf(process.platform !== 'win32')('keeps the data folder 0700 and the database files 0600', () => {
    const ctx = testContext();
    ctx.sqlite.prepare('UPDATE settings SET key = key WHERE 0').run(); // the WAL exists once written
    expect(statSync(ctx.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(ctx.dataDir, 'prasav.sqlite')).mode & 0o777).toBe(0o600);
    expect(statSync(join(ctx.dataDir, 'prasav.sqlite-wal')).mode & 0o777).toBe(0o600);
  });

  it('logs a failure by code and reference, never by the values in its message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new Error('UNIQUE failed for mobile=9876543210, name=Sunita'), { code: 'SQLITE_CONSTRAINT' });
    const ref = logFailure('admitMother failed', error);
    const written = JSON.stringify(log.mock.calls);
    log.mockRestore();
    expect(written).toContain(ref);
    expect(written).toContain('SQLITE_CONSTRAINT');
    expect(written).not.toContain('9876543210');
    expect(written).not.toContain('Sunita');
  });

  it('builds the app with file:// getting no extra privileges', () => {
    const config = readFileSync(join(projectRoot(), 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/electronFuses:[\s\S]*grantFileProtocolExtraPrivileges: false/);
  });
});
