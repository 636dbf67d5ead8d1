import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { Session } from '../../src/main/session';
import type { RegisterExchange } from '../../src/shared/register/exchange';
import { DEFAULT_ROLE_TABLE, ROLES, roleAllows } from '../../src/shared/roles';
import { call } from '../helpers/api';
import { testContext } from '../helpers/context';

const AADHAAR = '234567890123';
const as = (role: Session['role']): Session => ({ userId: `u-${role}`, userName: `the-${role}`, role });

describe('bulk register export', () => {
  it('needs its own permission (admin by default), leaves Aadhaar out unless asked for, and audits every export', async () => {
    const ctx = testContext();
    const admin = as('admin');
    const admitted = await call(
      ctx,
      'admitMother',
      {
        fields: {
          mother_name: 'Export Test',
          ipd_no: 'EXP-1',
          age_years: 26,
          admission_at: '2026-10-02T09:00:00+05:30',
          aadhaar_no: AADHAAR,
        },
        acknowledge_warnings: true,
      },
      admin,
    );
    expect(admitted).toBeTruthy();
    expect(ROLES.filter((role) => roleAllows(DEFAULT_ROLE_TABLE, role, 'register.export'))).toEqual(['admin']);
    for (const role of ['clerk', 'nurse', 'doctor'] as const) {
      const refused = await dispatch(ctx, as(role), 'exportRegister', {});
      expect(refused, role).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }

    const plain = await call(ctx, 'exportRegister', { from: '2026-10-01', to: '2026-10-31' }, admin);
    expect(plain.content).not.toContain(AADHAAR);
    const plainDoc = JSON.parse(plain.content) as RegisterExchange;
    expect(plainDoc.episodes).toHaveLength(1);
    expect(plainDoc.episodes[0]!.aadhaar_no).toBeNull();
    // The history is kept (its create row holds the whole record), with the number blanked there too.
    expect(plainDoc.episodes[0]!.history.length).toBeGreaterThan(0);

    const full = await call(ctx, 'exportRegister', { include_aadhaar: true }, admin);
    expect((JSON.parse(full.content) as RegisterExchange).episodes[0]!.aadhaar_no).toBe(AADHAAR);

    const audits = ctx.sqlite
      .prepare("SELECT user_name, entity, action, new_value FROM audit_log WHERE action = 'export' ORDER BY id")
      .all() as { user_name: string; entity: string; action: string; new_value: string }[];
    expect(audits.map((a) => ({ ...a, new_value: JSON.parse(a.new_value) as unknown }))).toEqual([
      {
        user_name: 'the-admin',
        entity: 'register',
        action: 'export',
        new_value: { from: '2026-10-01', to: '2026-10-31', count: 1, include_aadhaar: false },
      },
      {
        user_name: 'the-admin',
        entity: 'register',
        action: 'export',
        new_value: { from: null, to: null, count: 1, include_aadhaar: true },
      },
    ]);
  });
});
