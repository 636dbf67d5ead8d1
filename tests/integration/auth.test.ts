import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { CLIENT_FAILURE_LIMIT } from '../../src/main/auth/login-guard';
import { hashPassword, verifyPassword } from '../../src/main/auth/password';
import type { AppContext } from '../../src/main/context';
import type { Session, SessionCarrier } from '../../src/main/session';
import { OP_NAMES, contract } from '../../src/shared/contract';
import { DEFAULT_ROLE_TABLE, ROLES, roleAllows } from '../../src/shared/roles';
import { seedUser } from '../helpers/auth';
import { fixedClock, testContext } from '../helpers/context';

/** A transport stand-in that keeps the token like a cookie jar or a window would. */
class Jar implements SessionCarrier {
  token: string | null = null;
  constructor(readonly client = 'test-client') {}
  attach(token: string) {
    this.token = token;
  }
  detach() {
    this.token = null;
  }
}

/** One call the way a transport makes it: resolve the session from the jar, then dispatch. */
function call(ctx: AppContext, jar: Jar, op: string, input: unknown = {}) {
  return dispatch(ctx, ctx.sessions.resolve(jar.token), op, input, jar);
}

async function loginJar(ctx: AppContext, username: string, password: string, client?: string): Promise<Jar> {
  const jar = new Jar(client);
  const result = await call(ctx, jar, 'login', { username, password });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return jar;
}

const rows = (ctx: AppContext, sql: string) => ctx.sqlite.prepare(sql).all() as Record<string, unknown>[];

describe('passwords', () => {
  it('stores scrypt with a fresh salt, verifies in constant time, and normalises Hindi input', async () => {
    const a = await hashPassword('सुरक्षित पासवर्ड 1');
    const b = await hashPassword('सुरक्षित पासवर्ड 1');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('सुरक्षित पासवर्ड 1', a)).toBe(true);
    // The same text typed as decomposed Unicode (NFD) still matches.
    expect(await verifyPassword('सुरक्षित पासवर्ड 1'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('सुरक्षित पासवर्ड 2', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$99999999$8$1$c2FsdA==$aGFzaA==')).toBe(false);
  });
});

describe('first run, login and logout', () => {
  it('creates the first admin once, logs them in, and never stores or returns the password', async () => {
    const ctx = testContext();
    const jar = new Jar();
    expect(await call(ctx, jar, 'setupStatus')).toMatchObject({ ok: true, data: { first_run: true } });
    const created = await call(ctx, jar, 'createFirstAdmin', {
      username: ' Sunita.Devi ',
      full_name: 'Sunita Devi',
      password: 'labour-room-2024',
    });
    expect(created).toMatchObject({
      ok: true,
      data: { user: { username: 'sunita.devi', role: 'admin' }, must_change_password: false, idle_minutes: 10 },
    });
    expect(JSON.stringify(created)).not.toContain('labour-room-2024');
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(created)).not.toContain(jar.token);
    expect(await call(ctx, jar, 'setupStatus')).toMatchObject({ ok: true, data: { first_run: false } });

    // A second first-run attempt (another browser) is refused and changes nothing.
    const again = await call(ctx, new Jar(), 'createFirstAdmin', {
      username: 'intruder',
      full_name: 'X',
      password: 'password-123',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'auth.already_set_up' } });
    expect(rows(ctx, 'SELECT username FROM users')).toEqual([{ username: 'sunita.devi' }]);

    // Nothing anywhere in the database holds the password in clear.
    const dump = JSON.stringify(rows(ctx, 'SELECT * FROM users')) + JSON.stringify(rows(ctx, 'SELECT * FROM audit_log'));
    expect(dump).not.toContain('labour-room-2024');
    expect(rows(ctx, "SELECT user_name, field FROM audit_log WHERE entity = 'user'")).toEqual(
      expect.arrayContaining([{ user_name: 'sunita.devi', field: 'role' }]),
    );
  });

  it('logs in, answers whoami, and logs out (the token stops working)', async () => {
    const ctx = testContext();
    const user = seedUser(ctx, 'nurse');
    const jar = await loginJar(ctx, user.username, user.password);
    const token = jar.token;
    expect(await call(ctx, jar, 'whoami')).toMatchObject({ ok: true, data: { user: { username: 'nurse', role: 'nurse' } } });
    expect(await call(ctx, jar, 'logout')).toEqual({ ok: true, data: { ok: true } });
    expect(jar.token).toBeNull();
    expect(ctx.sessions.resolve(token)).toBeNull();
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('answers an unknown user and a wrong password alike, and never logs the password', async () => {
    const ctx = testContext();
    seedUser(ctx, 'clerk');
    const log = vi.spyOn(console, 'warn');
    const wrong = await call(ctx, new Jar(), 'login', { username: 'clerk', password: 'guess-one' });
    const unknown = await call(ctx, new Jar(), 'login', { username: 'nobody', password: 'guess-one' });
    expect(wrong).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'auth.bad_credentials' } });
    expect(unknown).toEqual(wrong);
    expect(JSON.stringify(log.mock.calls)).not.toContain('guess-one');
  });
});

describe('lockout and rate limits', () => {
  it('makes a client wait after 5 wrong passwords for an account, even for the right one, until the time passes', async () => {
    const clock = fixedClock('2026-03-01T10:00:00Z');
    const ctx = testContext({ clock });
    const user = seedUser(ctx, 'clerk');
    for (let i = 1; i <= 4; i++) {
      const r = await call(ctx, new Jar(), 'login', { username: 'clerk', password: `wrong-${i}` });
      expect(r).toMatchObject({ ok: false, error: { message: 'auth.bad_credentials' } });
    }
    const fifth = await call(ctx, new Jar(), 'login', { username: 'clerk', password: 'wrong-5' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', message: 'auth.wait_seconds', params: { seconds: 30 } },
    });
    const right = await call(ctx, new Jar(), 'login', user);
    expect(right).toMatchObject({ ok: false, error: { message: 'auth.wait_seconds' } });
    // Another user is not affected.
    const nurse = seedUser(ctx, 'nurse');
    await loginJar(ctx, nurse.username, nurse.password);
    clock.set('2026-03-01T10:00:31Z');
    await loginJar(ctx, user.username, user.password);
  });

  it('lets an admin lift a lockout by resetting the password; the user must then choose a new one', async () => {
    const ctx = testContext();
    const admin = seedUser(ctx, 'admin');
    const adminJar = await loginJar(ctx, admin.username, admin.password);
    seedUser(ctx, 'clerk');
    for (let i = 0; i < 5; i++) await call(ctx, new Jar(), 'login', { username: 'clerk', password: 'nope-nope' });
    const list = (await call(ctx, adminJar, 'listUsers')) as { ok: true; data: { id: string; username: string }[] };
    const clerkId = list.data.find((u) => u.username === 'clerk')!.id;
    expect(await call(ctx, adminJar, 'resetPassword', { id: clerkId, password: 'temporary-123' })).toMatchObject({
      ok: true,
      data: { must_change_password: true },
    });
    const jar = await loginJar(ctx, 'clerk', 'temporary-123');
    // With a temporary password only the password change is allowed.
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'auth.must_change_password' },
    });
    const same = await call(ctx, jar, 'changeOwnPassword', { current_password: 'temporary-123', new_password: 'temporary-123' });
    expect(same).toMatchObject({ ok: false, error: { issues: [{ field: 'new_password', message: 'v.password_same' }] } });
    const changed = await call(ctx, jar, 'changeOwnPassword', {
      current_password: 'temporary-123',
      new_password: 'my-own-pass-9',
    });
    expect(changed).toMatchObject({ ok: true, data: { must_change_password: false } });
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({ ok: true });
    await loginJar(ctx, 'clerk', 'my-own-pass-9');
  });

  it('rate-limits wrong passwords from one client across user names, not other clients', async () => {
    const ctx = testContext();
    const user = seedUser(ctx, 'doctor');
    for (let i = 0; i < CLIENT_FAILURE_LIMIT; i++) {
      await call(ctx, new Jar('10.0.0.9'), 'login', { username: `guess${i}`, password: 'password-x' });
    }
    const limited = await call(ctx, new Jar('10.0.0.9'), 'login', user);
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited', message: 'auth.rate_limited' } });
    await loginJar(ctx, user.username, user.password, '10.0.0.10');
  });
});

describe('sessions', () => {
  it('expires a session idle longer than the admin setting; activity keeps it alive', async () => {
    const clock = fixedClock('2026-03-01T10:00:00Z');
    const ctx = testContext({ clock });
    const admin = seedUser(ctx, 'admin');
    const jar = await loginJar(ctx, admin.username, admin.password);
    expect(await call(ctx, jar, 'updateSecuritySettings', { idle_minutes: 5 })).toMatchObject({ ok: true });
    clock.set('2026-03-01T10:04:59Z');
    expect(await call(ctx, jar, 'whoami')).toMatchObject({ ok: true, data: { idle_minutes: 5 } });
    clock.set('2026-03-01T10:09:58Z');
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({ ok: true });
    clock.set('2026-03-01T10:15:00Z');
    expect(await call(ctx, jar, 'getSettings')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await call(ctx, jar, 'whoami')).toEqual({ ok: true, data: null });
  });

  it('ends the sessions of a user whose role changes or who is disabled, and protects the last admin', async () => {
    const ctx = testContext();
    const admin = seedUser(ctx, 'admin');
    const adminJar = await loginJar(ctx, admin.username, admin.password);
    const nurse = seedUser(ctx, 'nurse');
    const nurseJar = await loginJar(ctx, nurse.username, nurse.password);
    const users = (await call(ctx, adminJar, 'listUsers')) as { ok: true; data: { id: string; username: string }[] };
    const id = (name: string) => users.data.find((u) => u.username === name)!.id;

    expect(await call(ctx, adminJar, 'updateUser', { id: id('nurse'), role: 'clerk' })).toMatchObject({ ok: true });
    expect(await call(ctx, nurseJar, 'whoami')).toEqual({ ok: true, data: null });
    const again = await loginJar(ctx, nurse.username, nurse.password);
    expect(await call(ctx, again, 'whoami')).toMatchObject({ data: { user: { role: 'clerk' } } });
    expect(await call(ctx, adminJar, 'updateUser', { id: id('nurse'), disabled: true })).toMatchObject({ ok: true });
    expect(await call(ctx, again, 'getSettings')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await call(ctx, new Jar(), 'login', nurse)).toMatchObject({ ok: false, error: { message: 'auth.disabled' } });

    expect(await call(ctx, adminJar, 'updateUser', { id: id('admin'), role: 'doctor' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'auth.last_admin' },
    });
    expect(await call(ctx, adminJar, 'updateUser', { id: id('admin'), disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    // Every change names the admin who made it.
    const audit = rows(
      ctx,
      "SELECT user_name, field, old_value, new_value FROM audit_log WHERE entity = 'user' AND action = 'update'",
    );
    expect(audit).toEqual([
      { user_name: 'admin', field: 'role', old_value: '"nurse"', new_value: '"clerk"' },
      { user_name: 'admin', field: 'disabled', old_value: 'false', new_value: 'true' },
    ]);
  });

  it('audits a settings change under the logged-in user, not a shared account', async () => {
    const ctx = testContext();
    const admin = seedUser(ctx, 'admin', 'rakesh');
    const jar = await loginJar(ctx, admin.username, admin.password);
    await call(ctx, jar, 'updateSettings', { hospital_name: 'Kishanganj Sewa Sadan' });
    expect(rows(ctx, "SELECT user_name, field FROM audit_log WHERE entity = 'settings.facility'")).toEqual([
      { user_name: 'rakesh', field: 'hospital_name' },
    ]);
  });
});

describe('the role table', () => {
  it('gives every operation a permission some role holds, and admin everything', () => {
    for (const name of OP_NAMES) {
      const permission = contract[name].permission;
      expect(
        ROLES.some((role) => roleAllows(DEFAULT_ROLE_TABLE, role, permission)),
        name,
      ).toBe(true);
      expect(roleAllows(DEFAULT_ROLE_TABLE, 'admin', permission), name).toBe(true);
    }
  });

  it('by default: clerk and nurse the whole register; doctor sign-off; admin users, settings, backups', () => {
    const holds = (role: (typeof ROLES)[number]) =>
      (['register.write', 'clinical.write', 'report.signoff', 'admin'] as const).filter((p) =>
        roleAllows(DEFAULT_ROLE_TABLE, role, p),
      );
    expect(holds('clerk')).toEqual(['register.write', 'clinical.write']);
    expect(holds('nurse')).toEqual(['register.write', 'clinical.write']);
    expect(holds('doctor')).toEqual(['register.write', 'clinical.write', 'report.signoff']);
    expect(holds('admin')).toEqual(['register.write', 'clinical.write', 'report.signoff', 'admin']);
    expect(roleAllows(DEFAULT_ROLE_TABLE, null, 'user')).toBe(false);
    expect(roleAllows(DEFAULT_ROLE_TABLE, 'admin', 'admin', { temporaryPassword: true })).toBe(false);
    expect(roleAllows(DEFAULT_ROLE_TABLE, 'admin', 'account', { temporaryPassword: true })).toBe(true);
  });

  it('uses the session the transport resolved: a forged Session object is only as strong as its role', async () => {
    const ctx = testContext();
    const clerk: Session = { userId: 'x', userName: 'x', role: 'clerk' };
    expect(await dispatch(ctx, clerk, 'listUsers', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
