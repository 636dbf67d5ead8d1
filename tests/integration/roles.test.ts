import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import type { Session } from '../../src/main/session';
import { contract, OP_NAMES } from '../../src/shared/contract';
import {
  DEFAULT_ROLE_SETTINGS,
  FIXED_PERMISSIONS,
  GRANTABLE_PERMISSIONS,
  ROLES,
  roleGrantKey,
  type Role,
} from '../../src/shared/roles';
import { loggedIn, post, serveHttp } from '../helpers/auth';
import { testContext } from '../helpers/context';

const as = (role: Role): Session => ({ userId: role, userName: role, role });
const call = (ctx: AppContext, role: Role, op: string, input: unknown = {}) => dispatch(ctx, as(role), op, input);
/** The permission check runs before the input is parsed: `{}` is refused as forbidden, or as invalid input when allowed. */
const refused = async (ctx: AppContext, role: Role, op: string) =>
  (await call(ctx, role, op)).ok === false && JSON.stringify(await call(ctx, role, op)).includes('"forbidden"');
const rows = (ctx: AppContext, sql: string) => ctx.sqlite.prepare(sql).all() as Record<string, unknown>[];

describe('the role table the hospital decides', () => {
  it('by default lets the clerk write the whole register, doctor and admin sign off, only the admin administer', async () => {
    const ctx = testContext();
    expect(await refused(ctx, 'clerk', 'recordDelivery')).toBe(false);
    expect(await refused(ctx, 'clerk', 'recordOutcome')).toBe(false);
    expect(await refused(ctx, 'clerk', 'submitHmisReport')).toBe(true);
    expect(await refused(ctx, 'nurse', 'submitHmisReport')).toBe(true);
    expect(await refused(ctx, 'doctor', 'submitHmisReport')).toBe(false);
    for (const role of ['clerk', 'nurse', 'doctor'] as const) {
      expect(await refused(ctx, role, 'listUsers')).toBe(true);
      expect(await refused(ctx, role, 'updateRoleSettings')).toBe(true);
    }
    const whoami = await call(ctx, 'clerk', 'whoami');
    expect(whoami).toMatchObject({ ok: true });
  });

  it('applies the admin’s change to the next call on every transport, audits it per switch, and tells the renderer', async () => {
    const ctx = testContext();
    const base = await serveHttp(ctx);
    const admin = await loggedIn(ctx, base, 'admin');
    const clerk = await loggedIn(ctx, base, 'clerk');
    const whoami = async () =>
      ((await (await post(base, 'whoami', {}, clerk)).json()) as { data: { permissions: string[] } }).data;
    expect((await whoami()).permissions).toContain('clinical.write');
    expect((await post(base, 'recordDelivery', {}, clerk)).status).not.toBe(403);

    const saved = await post(base, 'updateRoleSettings', { 'clerk:clinical.write': false }, admin);
    expect(saved.status).toBe(200);
    // The clerk's session stays; its next call meets the new table (HTTP here, the dispatcher for IPC alike).
    expect((await whoami()).permissions).not.toContain('clinical.write');
    const refusedDelivery = await post(base, 'recordDelivery', {}, clerk);
    expect(refusedDelivery.status).toBe(403);
    expect(await refused(ctx, 'clerk', 'recordDelivery')).toBe(true);
    expect(await refused(ctx, 'clerk', 'recordOutcome')).toBe(false);
    expect(rows(ctx, "SELECT user_name, field, old_value, new_value FROM audit_log WHERE entity = 'settings.roles'")).toEqual([
      { user_name: 'admin', field: 'clerk:clinical.write', old_value: 'true', new_value: 'false' },
    ]);
    // The renderer's table reads the same settings.
    expect(await post(base, 'getRoleSettings', {}, admin).then((r) => r.json())).toMatchObject({
      data: { 'clerk:clinical.write': false, 'nurse:clinical.write': true },
    });
  });

  it('never lets the admin role lose "admin", and keeps the fixed permissions out of reach', async () => {
    const ctx = testContext();
    expect(await call(ctx, 'admin', 'updateRoleSettings', { 'admin:admin': false })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'admin:admin', message: 'v.admin_keeps_admin' }] },
    });
    for (const fixed of FIXED_PERMISSIONS) {
      expect(await call(ctx, 'admin', 'updateRoleSettings', { [`clerk:${fixed}`]: false })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    // Taking everything grantable away still leaves reading the register and one's own password.
    const none = Object.fromEntries(GRANTABLE_PERMISSIONS.map((p) => [roleGrantKey('clerk', p), false]));
    expect(await call(ctx, 'admin', 'updateRoleSettings', none)).toMatchObject({ ok: true });
    expect(await refused(ctx, 'clerk', 'listRegister')).toBe(false);
    expect(await refused(ctx, 'clerk', 'changeOwnPassword')).toBe(false);
    expect(await refused(ctx, 'clerk', 'admitMother')).toBe(true);
    expect(await refused(ctx, 'admin', 'listUsers')).toBe(false);
  });

  it('gives a permission the stored table does not name its default, and ignores stored switches it does not know', async () => {
    const ctx = testContext();
    // As stored by another release: one switch this release knows, one it does not, the rest missing.
    ctx.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('roles', ?, '2026-12-01T00:00:00Z', 'x')")
      .run(JSON.stringify({ 'nurse:clinical.write': false, 'clerk:register.delete': true }));
    const stored = await call(ctx, 'admin', 'getRoleSettings');
    expect(stored).toMatchObject({ ok: true });
    const table = (stored as { data: Record<string, boolean> }).data;
    expect(Object.keys(table).sort()).toEqual(Object.keys(DEFAULT_ROLE_SETTINGS).sort());
    expect(table['nurse:clinical.write']).toBe(false);
    expect(table['clerk:clinical.write']).toBe(DEFAULT_ROLE_SETTINGS['clerk:clinical.write']);
    expect(await refused(ctx, 'nurse', 'recordDelivery')).toBe(true);
  });

  it('covers every grantable permission for every role, and every operation’s permission is held by the admin', () => {
    expect(Object.keys(DEFAULT_ROLE_SETTINGS)).toHaveLength(ROLES.length * GRANTABLE_PERMISSIONS.length);
    for (const name of OP_NAMES) {
      const p = contract[name].permission;
      const held = (FIXED_PERMISSIONS as readonly string[]).includes(p) || DEFAULT_ROLE_SETTINGS[`admin:${p}` as never];
      expect(held, name).toBe(true);
    }
  });
});
