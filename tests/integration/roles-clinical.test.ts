import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { updateRoleSettings } from '../../src/main/auth/roles';
import type { Session } from '../../src/main/session';
import type { EpisodeDetail } from '../../src/shared/contract/register';
import type { Role } from '../../src/shared/roles';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { testContext } from '../helpers/context';

/*
 * A role without `clinical.write` (the admin's choice) cannot change clinical facts through the operations a clerk
 * keeps (a section edit, a babies' update), field by field; names, addresses and Form 1 details stay open to it.
 */

const as = (role: Role): Session => ({ userId: role, userName: role, role });
const ist = (text: string) => `${text}:00+05:30`;

describe('clinical facts need clinical.write whichever operation carries them', () => {
  it('refuses a clerk without it a delivery field or a birth weight, and lets a name or Form 1 detail through', async () => {
    const ctx = testContext();
    const admit = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'admitMother', {
      fields: { mother_name: 'Sita Devi', age_years: 24, admission_at: ist('2026-11-20T06:00') },
    });
    if (!admit.ok) throw new Error(JSON.stringify(admit.error));
    const admitted = admit.data as EpisodeDetail;
    const delivery = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'recordDelivery', {
      id: admitted.record.id,
      version: admitted.record.version,
      fields: {
        place_of_delivery: 'this_facility',
        delivery_at: ist('2026-11-20T09:00'),
        mode: 'normal_vaginal',
        gest_weeks: 39,
      },
      babies: [{ baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 3000, born_at: ist('2026-11-20T09:00') }],
    });
    if (!delivery.ok) throw new Error(JSON.stringify(delivery.error));
    let r = (delivery.data as EpisodeDetail).record;
    updateRoleSettings(ctx, LOCAL_ADMIN_SESSION, { 'clerk:clinical.write': false });

    const clerk = as('clerk');
    const edit = await dispatch(ctx, clerk, 'updateEpisode', { id: r.id, version: r.version, fields: { gest_weeks: 37 } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'gest_weeks' } });
    const weight = await dispatch(ctx, clerk, 'updateBabies', {
      id: r.id,
      version: r.version,
      babies: [{ id: r.babies[0]!.id, baby_order: 1, birth_weight_g: 2900 }],
    });
    expect(weight).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unchanged = ctx.sqlite.prepare('SELECT birth_weight_g FROM baby WHERE id = ?').pluck().get(r.babies[0]!.id);
    expect(unchanged).toBe(3000);

    const name = await dispatch(ctx, clerk, 'updateEpisode', {
      id: r.id,
      version: r.version,
      fields: { mother_name: 'Sita Kumari' },
    });
    expect(name.ok).toBe(true);
    r = (name as { data: EpisodeDetail }).data.record;
    const child = await dispatch(ctx, clerk, 'updateBabies', {
      id: r.id,
      version: r.version,
      babies: [{ id: r.babies[0]!.id, baby_order: 1, child_name: 'Gudiya' }],
    });
    expect(child.ok).toBe(true);
    // The doctor keeps clinical.write: the same weight change goes through.
    r = (child as { data: EpisodeDetail }).data.record;
    const doctor = await dispatch(ctx, as('doctor'), 'updateBabies', {
      id: r.id,
      version: r.version,
      babies: [{ id: r.babies[0]!.id, baby_order: 1, birth_weight_g: 2900 }],
    });
    expect(doctor.ok).toBe(true);
  });
});
