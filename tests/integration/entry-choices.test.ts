/** Completion for the admission form: the register's earlier villages (with their block), ASHAs and facilities. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { entryChoices } from '../../src/main/register/entry-choices';
import { seedUser } from '../helpers/auth';
import { testContext } from '../helpers/context';
import { addRecord, ist } from '../helpers/register';

describe('getEntryChoices', () => {
  it('offers each value once, most used first, a village with the block of its latest record, never a voided one', () => {
    const ctx = testContext();
    const admit = (at: string, fields: Record<string, string>, voided = false) =>
      addRecord(ctx, { mother_name: 'X', age_years: 24, admission_at: ist(at), ...fields }, [], { voided });
    admit('2026-10-01 08:00', { village_ward: 'Belwa', block: 'Kochadhaman', asha_name: 'Rita Devi' });
    admit('2026-10-02 08:00', { village_ward: 'Belwa', block: 'Thakurganj', asha_name: 'Meena Devi' });
    admit('2026-10-03 08:00', { village_ward: 'Dogachhi', asha_name: 'Rita Devi', referred_in_from_name: 'PHC Pothia' });
    admit('2026-10-04 08:00', { village_ward: 'Belwq', asha_name: 'Typo Devi', referred_in_from_name: 'PHC Typo' }, true);

    expect(entryChoices(ctx)).toEqual({
      villages: [
        { village: 'Belwa', block: 'Thakurganj' },
        { village: 'Dogachhi', block: null },
      ],
      asha_names: ['Rita Devi', 'Meena Devi'],
      referred_from: ['PHC Pothia'],
    });
  });

  it('reads partial indexes, not the table', () => {
    const ctx = testContext();
    const plan = (sql: string) =>
      (ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(
      plan(
        'SELECT asha_name FROM episode INDEXED BY episode_asha_idx WHERE voided_at IS NULL AND asha_name IS NOT NULL GROUP BY asha_name',
      ),
    ).toMatch(/COVERING INDEX episode_asha_idx/);
  });

  it('is refused to a role the admin has not let write the register', async () => {
    const ctx = testContext();
    const session = (role: 'admin' | 'clerk') => ({ userId: '1', userName: role, role });
    seedUser(ctx, 'admin', 'admin');
    expect((await dispatch(ctx, session('clerk'), 'getEntryChoices', {})).ok).toBe(true);
    const taken = await dispatch(ctx, session('admin'), 'updateRoleSettings', { 'clerk:register.write': false });
    expect(taken.ok).toBe(true);
    expect(await dispatch(ctx, session('clerk'), 'getEntryChoices', {})).toMatchObject({ ok: false });
  });
});
