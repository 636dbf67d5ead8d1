import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import type { AppErrorShape } from '../../src/shared/errors';
import { fixedClock, testContext } from '../helpers/context';

/** Calls an operation through the real dispatcher (validation, permissions, handler, output check). */
async function call<N extends OpName>(ctx: AppContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw Object.assign(new Error(`${op}: ${JSON.stringify(result.error)}`), { shape: result.error });
  return result.data as OpOutput<N>;
}

async function fails(ctx: AppContext, op: OpName, input: unknown): Promise<AppErrorShape> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (result.ok) throw new Error(`${op} should have failed`);
  return result.error;
}

const NOW = '2026-10-15T12:00:00+05:30';

function setup() {
  const clock = fixedClock(NOW);
  return { ctx: testContext({ clock }), clock };
}

const admission = {
  mother_name: 'सुनीता देवी',
  age_years: 24,
  admission_at: '2026-10-15T06:10:00+05:30',
  admission_category: 'labour_pains' as const,
  relation_type: 'wife_of' as const,
  relative_name: 'Ramesh Yadav',
  village_ward: 'Belwa',
  block: 'Kishanganj',
  mobile: '9876543210',
};

describe('register: admission to outcome', () => {
  it('admits with the minimum, numbers the record and lists it on Today', async () => {
    const { ctx } = setup();
    const detail = await call(ctx, 'admitMother', {
      fields: { mother_name: 'Sunita Devi', age_years: 24, admission_at: '2026-10-15T06:10:00+05:30' },
    });
    expect(detail.record).toMatchObject({
      serial_no: '2026/0001',
      record_state: 'admitted',
      version: 1,
      district: 'Kishanganj',
      state: 'Bihar',
    });
    expect(detail.missing).toEqual(expect.arrayContaining(['mobile', 'rch_id', 'gravida']));
    const second = await call(ctx, 'admitMother', { fields: { ...admission, admission_at: '2026-10-15T07:00:00+05:30' } });
    expect(second.record.serial_no).toBe('2026/0002');
    const today = await call(ctx, 'listToday', {});
    // Newest admission first.
    expect(today.map((t) => t.serial_no)).toEqual(['2026/0002', '2026/0001']);
  });

  it('refuses an admission without the minimum, naming each field', async () => {
    const { ctx } = setup();
    const error = await fails(ctx, 'admitMother', { fields: { mobile: '12345' } });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.field).sort()).toEqual(['fields.mobile']);
    const missing = await fails(ctx, 'admitMother', { fields: { mobile: '9876543210' } });
    expect(missing.issues?.map((i) => `${i.field}:${i.message}`).sort()).toEqual([
      'fields.admission_at:v.required',
      'fields.age_years:v.age_or_dob',
      'fields.mother_name:v.required',
    ]);
  });

  it('refuses future times and asks to confirm unusual values', async () => {
    const { ctx } = setup();
    const future = await fails(ctx, 'admitMother', { fields: { ...admission, admission_at: '2026-10-15T13:00:00+05:30' } });
    expect(future.issues?.[0]).toMatchObject({ field: 'fields.admission_at', message: 'v.future' });
    const unusual = await fails(ctx, 'admitMother', { fields: { ...admission, age_years: 52 } });
    expect(unusual.code).toBe('needs_confirmation');
    expect(unusual.issues?.[0]).toMatchObject({ field: 'fields.age_years', message: 'v.age_unusual', severity: 'warning' });
    const confirmed = await call(ctx, 'admitMother', { fields: { ...admission, age_years: 52 }, acknowledge_warnings: true });
    expect(confirmed.warnings.map((w) => w.message)).toEqual(['v.age_unusual']);
  });

  it('records twins (one live, one fresh still birth), then refers the mother out', async () => {
    const { ctx, clock } = setup();
    const admitted = await call(ctx, 'admitMother', { fields: admission });
    const delivered = await call(ctx, 'recordDelivery', {
      id: admitted.record.id,
      version: admitted.record.version,
      fields: {
        place_of_delivery: 'this_facility',
        delivery_at: '2026-10-15T09:40:00+05:30',
        mode: 'normal_vaginal',
        number_of_babies: 2,
        gest_weeks: 36,
        complications: [],
      },
      babies: [
        {
          baby_order: 1,
          sex: 'F',
          outcome: 'live',
          birth_weight_g: 2100,
          bf_within_1h: true,
          resuscitation: 'none',
          vit_k: '2026-10-15',
        },
        { baby_order: 2, sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 1900, born_at: '2026-10-15T09:52:00+05:30' },
      ],
    });
    expect(delivered.record.record_state).toBe('delivered');
    expect(delivered.record.babies.map((b) => [b.baby_order, b.outcome, b.born_at])).toEqual([
      [1, 'live', '2026-10-15T09:40:00+05:30'],
      [2, 'fresh_still_birth', '2026-10-15T09:52:00+05:30'],
    ]);
    expect(delivered.risk_reasons.map((r) => r.code)).toContain('derived.multiple');

    clock.set('2026-10-15T15:00:00+05:30');
    const referred = await call(ctx, 'recordOutcome', {
      id: admitted.record.id,
      version: delivered.record.version,
      fields: { outcome: 'referred_out', outcome_at: '2026-10-15T14:30:00+05:30' },
      referral: {
        receiving_facility_name: 'Sadar Hospital Kishanganj',
        receiving_facility_type: 'dh',
        decision_at: '2026-10-15T14:00:00+05:30',
        departure_at: '2026-10-15T14:30:00+05:30',
        reasons: ['pph'],
        transport: '102',
      },
    });
    expect(referred.record.record_state).toBe('closed');
    expect(referred.record.referrals).toEqual([
      expect.objectContaining({
        slip_no: '2026/0001/R1',
        receiving_facility_name: 'Sadar Hospital Kishanganj',
        transport: '102',
      }),
    ]);
    expect(await call(ctx, 'listToday', {})).toEqual([]);
  });

  it('refuses a still birth with live-birth fields and a baby count that does not match', async () => {
    const { ctx } = setup();
    const admitted = await call(ctx, 'admitMother', { fields: admission });
    const error = await fails(ctx, 'recordDelivery', {
      id: admitted.record.id,
      version: 1,
      fields: {
        place_of_delivery: 'this_facility',
        delivery_at: '2026-10-15T09:40:00+05:30',
        mode: 'normal_vaginal',
        number_of_babies: 2,
      },
      babies: [{ baby_order: 1, sex: 'F', outcome: 'macerated_still_birth', bf_within_1h: true }],
    });
    expect(error.issues?.map((i) => `${i.field}:${i.message}`).sort()).toEqual([
      'babies.0.bf_within_1h:v.still_birth_live_field',
      'fields.number_of_babies:v.babies_count',
    ]);
  });

  it('keeps an audit row per corrected field, refuses stale versions, voids with a reason', async () => {
    const { ctx } = setup();
    const admitted = await call(ctx, 'admitMother', { fields: admission });
    const fixed = await call(ctx, 'updateEpisode', {
      id: admitted.record.id,
      version: 1,
      fields: { age_years: 25, mobile: '9123456780' },
      reason: 'Typed from wrong card',
    });
    expect(fixed.record.version).toBe(2);
    const stale = await fails(ctx, 'updateEpisode', { id: admitted.record.id, version: 1, fields: { age_years: 26 } });
    expect(stale.code).toBe('conflict');
    const history = await call(ctx, 'episodeHistory', { id: admitted.record.id });
    expect(history.filter((h) => h.action === 'update').map((h) => [h.field, h.old_value, h.new_value, h.reason])).toEqual([
      ['age_years', 24, 25, 'Typed from wrong card'],
      ['mobile', '9876543210', '9123456780', 'Typed from wrong card'],
    ]);
    const voided = await call(ctx, 'voidEpisode', {
      id: admitted.record.id,
      version: 2,
      reason_code: 'duplicate',
      reason_text: 'Entered twice',
    });
    expect(voided.record.void).toMatchObject({ reason_code: 'duplicate', reason_text: 'Entered twice' });
    expect((await fails(ctx, 'updateEpisode', { id: admitted.record.id, version: 3, fields: { age_years: 26 } })).code).toBe(
      'conflict',
    );
    const found = await call(ctx, 'findEpisodes', { query: 'sunita' });
    expect(found.map((f) => [f.serial_no, f.voided])).toEqual([['2026/0001', true]]);
  });

  it('finds a record by either script, husband, mobile, serial', async () => {
    const { ctx } = setup();
    await call(ctx, 'admitMother', { fields: admission });
    await call(ctx, 'admitMother', {
      fields: { ...admission, mother_name: 'Shabnam Khatoon', relative_name: 'मोहम्मद आलम', mobile: '7004001234' },
    });
    const names = async (query: string) => (await call(ctx, 'findEpisodes', { query })).map((r) => r.mother_name);
    expect(await names('sunita')).toEqual(['सुनीता देवी']);
    expect(await names('Suneeta')).toEqual(['सुनीता देवी']);
    expect(await names('शबनम')).toEqual(['Shabnam Khatoon']);
    expect(await names('शब')).toEqual(['Shabnam Khatoon']);
    expect(await names('alam')).toEqual(['Shabnam Khatoon']);
    expect(await names('7004')).toEqual(['Shabnam Khatoon']);
    expect(await names('2026/0001')).toEqual(['सुनीता देवी']);
    expect(await names('ramesh')).toEqual(['सुनीता देवी']);
  });

  it('records how each baby left with the outcome, and keeps the reason of corrections in the history', async () => {
    const { ctx, clock } = setup();
    const admitted = await call(ctx, 'admitMother', { fields: admission });
    const delivered = await call(ctx, 'recordDelivery', {
      id: admitted.record.id,
      version: 1,
      fields: { place_of_delivery: 'this_facility', delivery_at: '2026-10-15T09:40:00+05:30', mode: 'normal_vaginal' },
      babies: [
        { baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2900 },
        { baby_order: 2, sex: 'M', outcome: 'live', birth_weight_g: 2700, born_at: '2026-10-15T09:50:00+05:30' },
      ],
    });
    const [a, b] = delivered.record.babies;
    // A correction of the delivery after it was recorded carries its reason into the audit.
    const corrected = await call(ctx, 'recordDelivery', {
      id: admitted.record.id,
      version: delivered.record.version,
      fields: { mode: 'assisted_vacuum' },
      babies: [
        { id: a!.id, baby_order: 1, birth_weight_g: 2950 },
        { id: b!.id, baby_order: 2 },
      ],
      reason: 'Copied wrongly from the LR sheet',
    });
    expect(corrected.record.babies.map((x) => x.birth_weight_g)).toEqual([2950, 2700]);

    clock.set('2026-10-17T10:00:00+05:30');
    const closed = await call(ctx, 'recordOutcome', {
      id: admitted.record.id,
      version: corrected.record.version,
      fields: { outcome: 'discharged', outcome_at: '2026-10-17T09:30:00+05:30', discharge_condition: 'stable' },
      babies: [{ id: b!.id, baby_order: 2, baby_exit: 'referred' }],
      acknowledge_warnings: true,
    });
    // Only the baby named changes; the other keeps everything, nothing is removed.
    expect(closed.record.babies.map((x) => [x.baby_order, x.baby_exit, x.birth_weight_g])).toEqual([
      [1, null, 2950],
      [2, 'referred', 2700],
    ]);
    const reopened = await call(ctx, 'reopenEpisode', {
      id: admitted.record.id,
      version: closed.record.version,
      reason: 'Wrong exit',
    });
    await call(ctx, 'recordOutcome', {
      id: admitted.record.id,
      version: reopened.record.version,
      fields: { outcome: 'discharged', outcome_at: '2026-10-17T09:45:00+05:30', discharge_condition: 'stable' },
      acknowledge_warnings: true,
      babies: [
        { id: a!.id, baby_order: 1, baby_exit: 'with_mother' },
        { id: b!.id, baby_order: 2, baby_exit: 'with_mother' },
      ],
      reason: 'Baby B went home with the mother',
    });
    const history = await call(ctx, 'episodeHistory', { id: admitted.record.id });
    const row = (field: string) => history.filter((h) => h.field === field).map((h) => [h.old_value, h.new_value, h.reason]);
    expect(row('mode')).toEqual([
      [null, 'normal_vaginal', null],
      ['normal_vaginal', 'assisted_vacuum', 'Copied wrongly from the LR sheet'],
    ]);
    expect(row('babies[1].birth_weight_g')).toEqual([[2900, 2950, 'Copied wrongly from the LR sheet']]);
    expect(row('babies[2].baby_exit')).toEqual([
      [null, 'referred', null],
      ['referred', 'with_mother', 'Baby B went home with the mother'],
    ]);

    const unknown = await fails(ctx, 'recordOutcome', {
      id: admitted.record.id,
      version: reopened.record.version + 1,
      fields: {},
      babies: [{ id: 99999, baby_order: 1, baby_exit: 'died' }],
    });
    expect(unknown).toMatchObject({ code: 'not_found', message: 'error.baby_not_found' });
  });
});
