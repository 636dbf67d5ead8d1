import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { LOCAL_MAX_WAIT_MS } from '../../src/main/auth/login-guard';
import type { AppContext } from '../../src/main/context';
import type { SessionCarrier } from '../../src/main/session';
import { seedUser } from '../helpers/auth';
import { fixedClock, testContext } from '../helpers/context';

/** A transport stand-in: the client is what the HTTP transport (IP address) or IPC (`window:<id>`) would say. */
class Jar implements SessionCarrier {
  token: string | null = null;
  constructor(readonly client: string) {}
  attach(token: string) {
    this.token = token;
  }
  detach() {
    this.token = null;
  }
}

const call = (ctx: AppContext, jar: Jar, op: string, input: unknown = {}) =>
  dispatch(ctx, ctx.sessions.resolve(jar.token), op, input, jar);

const LAN_GUESSER = '192.168.1.66';

/** Wrong passwords from one client, sitting out each wait before the next: the waits it was told, in seconds. */
async function guess(ctx: AppContext, clock: ReturnType<typeof fixedClock>, client: string, username: string, times: number) {
  const waits: number[] = [];
  for (let i = 0; i < times; i++) {
    if (waits.length) clock.set(new Date(clock().getTime() + waits.at(-1)! * 1000 + 1000).toISOString());
    const r = await call(ctx, new Jar(client), 'login', { username, password: `guess-${i}` });
    if (r.ok) throw new Error('a guess got in');
    if (r.error.message === 'auth.wait_seconds') waits.push(Number(r.error.params?.seconds));
    else if (r.error.message === 'auth.wait_minutes') waits.push(Number(r.error.params?.minutes) * 60);
    else expect(r.error.message).toBe('auth.bad_credentials');
  }
  return waits;
}

describe('login brakes per (user, client) (docs/reliability.md)', () => {
  it('never locks the reception PC out, whatever a LAN client guesses; the guesser waits longer and longer', async () => {
    const clock = fixedClock('2026-03-01T10:00:00Z');
    const ctx = testContext({ clock });
    const admin = seedUser(ctx, 'admin');
    const waits = await guess(ctx, clock, LAN_GUESSER, 'admin', 12);
    // 5 wrong passwords, then waits doubling from 30 s up to the admin's 15 minutes.
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    // Meanwhile the admin logs in at the reception PC, in the app window and in web mode on loopback.
    for (const client of ['window:1', '127.0.0.1', '::1']) {
      expect(await call(ctx, new Jar(client), 'login', admin), client).toMatchObject({ ok: true });
    }
    // Another LAN PC is not slowed down either.
    expect(await call(ctx, new Jar('192.168.1.67'), 'login', admin)).toMatchObject({ ok: true });
    // The guesser, even with the right password, waits.
    expect(await call(ctx, new Jar(LAN_GUESSER), 'login', admin)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });

  it('slows down wrong passwords typed at the reception PC by at most a minute', async () => {
    const clock = fixedClock('2026-03-01T10:00:00Z');
    const ctx = testContext({ clock });
    const admin = seedUser(ctx, 'admin');
    expect(await guess(ctx, clock, 'window:1', 'admin', 9)).toEqual([30, 60, 60, 60, 60]);
    expect(LOCAL_MAX_WAIT_MS).toBe(60_000);
    // Not rate-limited as a client either: whoever sits there holds the register file anyway.
    clock.set(new Date(clock().getTime() + LOCAL_MAX_WAIT_MS + 1000).toISOString());
    expect(await call(ctx, new Jar('window:2'), 'login', admin)).toMatchObject({ ok: true });
  });

  it('guards changeOwnPassword like login: wrong current passwords make that session wait', async () => {
    const clock = fixedClock('2026-03-01T10:00:00Z');
    const ctx = testContext({ clock });
    const nurse = seedUser(ctx, 'nurse');
    const jar = new Jar('192.168.1.20');
    expect(await call(ctx, jar, 'login', nurse)).toMatchObject({ ok: true });
    const change = (current: string) =>
      call(ctx, jar, 'changeOwnPassword', { current_password: current, new_password: 'brand-new-pass-1' });
    for (let i = 0; i < 4; i++) {
      expect(await change(`wrong-${i}`)).toMatchObject({
        ok: false,
        error: { issues: [{ field: 'current_password', message: 'v.password_wrong' }] },
      });
    }
    expect(await change('wrong-4')).toMatchObject({
      ok: false,
      error: { message: 'auth.wait_seconds', params: { seconds: 30 } },
    });
    expect(await change(nurse.password)).toMatchObject({ ok: false, error: { message: 'auth.wait_seconds' } });
    clock.set('2026-03-01T10:00:31Z');
    expect(await change(nurse.password)).toMatchObject({ ok: true });
  });
});
