import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import type { AppErrorShape } from '../../src/shared/errors';
import { demoEpisodes } from '../../src/main/demo/register';
import { insertEpisode } from '../../src/main/register/store';
import { fixedClock, testContext } from '../helpers/context';

/*
 * docs/domain/care.md through the real dispatcher on a real SQLite file, with an injected clock: the ward board's order and
 * pending items, the referral's pending → departed → feedback life, the follow-up list after 7 days, bad input.
 */

async function call<N extends OpName>(ctx: AppContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as OpOutput<N>;
}

async function fails(ctx: AppContext, op: OpName, input: unknown): Promise<AppErrorShape> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (result.ok) throw new Error(`${op} should have failed`);
  return result.error;
}

const at = (hhmm: string, day = '2026-10-15') => `${day}T${hhmm}:00+05:30`;

function setup() {
  const clock = fixedClock(at('12:00'));
  return { ctx: testContext({ clock }), clock };
}

async function admit(ctx: AppContext, mother_name: string, admission_at: string, extra: OpInput<'admitMother'>['fields'] = {}) {
  return (
    await call(ctx, 'admitMother', { fields: { mother_name, age_years: 24, admission_at, ...extra }, acknowledge_warnings: true })
  ).record;
}

describe('care: ward board and referral tracking', () => {
  it('puts urgent women first, then pending referrals, then high-risk, with hours and pending items', async () => {
    const { ctx } = setup();
    await admit(ctx, 'Plain', at('11:00'));
    await admit(ctx, 'Old', at('09:00'), { age_years: 38 });
    await admit(ctx, 'Severe', at('10:00'), { bp_systolic: 170, bp_diastolic: 112 });
    const refer = await admit(ctx, 'Refer', at('08:00'));
    await call(ctx, 'recordReferralDecision', {
      id: refer.id,
      version: refer.version,
      referral: { decision_at: at('11:20'), receiving_facility_name: 'Sadar Hospital', reasons: ['malpresentation'] },
    });
    const board = await call(ctx, 'getWardBoard', {});
    expect(board.entries.map((e) => e.mother_name)).toEqual(['Severe', 'Refer', 'Old', 'Plain']);
    const [s, r, o, p] = board.entries;
    expect(s).toMatchObject({ urgent: true, hours_since_admission: 2, pending: ['delivery'] });
    expect(s!.risk_reasons[0]).toMatchObject({ code: 'derived.bp_severe', params: { sys: 170, dia: 112 } });
    expect(r).toMatchObject({
      urgent: false,
      pending: ['referral_pending', 'delivery'],
      pending_referral: { decision_at: at('11:20'), receiving_facility_name: 'Sadar Hospital' },
    });
    expect(o!.risk_reasons.map((x) => x.code)).toEqual(['derived.age_above']);
    expect(p!.risk_reasons).toEqual([]);
    expect(board.referral_target_minutes).toBe(30);
  });

  it('refuses a departure before the decision and a referral on a voided record; nothing is saved', async () => {
    const { ctx } = setup();
    const ep = await admit(ctx, 'Bad input', at('08:00'));
    const bad = await fails(ctx, 'recordReferralDecision', {
      id: ep.id,
      version: ep.version,
      referral: { decision_at: at('11:00'), departure_at: at('10:30') },
    });
    expect(bad.issues?.map((i) => [i.field, i.message])).toEqual([['referral.departure_at', 'v.departure_before_decision']]);
    const voided = await call(ctx, 'voidEpisode', { id: ep.id, version: ep.version, reason_code: 'duplicate' });
    const refused = await fails(ctx, 'recordReferralDecision', {
      id: ep.id,
      version: voided.record.version,
      referral: { decision_at: at('11:00') },
    });
    expect(refused).toMatchObject({ code: 'conflict', message: 'error.episode_voided' });
    expect((await call(ctx, 'getEpisode', { id: ep.id })).record.referrals).toEqual([]);
    expect((await call(ctx, 'getWardBoard', {})).entries).toEqual([]);
  });

  it('takes a pending referral to departure, shows its delay, records feedback and follows up after 7 days', async () => {
    const { ctx, clock } = setup();
    const ep = await admit(ctx, 'Jharna', at('08:00'));
    const decided = await call(ctx, 'recordReferralDecision', {
      id: ep.id,
      version: ep.version,
      referral: {
        decision_at: at('11:10'),
        receiving_facility_name: 'Sadar Hospital',
        reasons: ['eclampsia_severe_pre_eclampsia'],
      },
    });
    expect(decided.risk_reasons[0]).toMatchObject({ code: 'referral_reason.eclampsia_severe_pre_eclampsia', urgent: true });
    // Departure with the outcome "referred out": the pending referral is completed, not duplicated.
    const closed = await call(ctx, 'recordOutcome', {
      id: ep.id,
      version: decided.record.version,
      fields: { outcome: 'referred_out', outcome_at: at('11:55') },
      referral: { departure_at: at('11:55') },
      acknowledge_warnings: true,
    });
    expect(closed.record.referrals).toHaveLength(1);
    expect((await call(ctx, 'getWardBoard', {})).entries).toEqual([]);
    const [track] = await call(ctx, 'episodeReferrals', { id: ep.id });
    expect(track).toMatchObject({ delay_minutes: 45, feedback: null, departure_at: at('11:55') });
    const book = await call(ctx, 'listRegister', { from_month: '2026-10', to_month: '2026-10' });
    expect(book.rows.find((r) => r.id === ep.id)?.referral_delay_minutes).toBe(45);
    const slip = await call(ctx, 'previewSlip', { episode_id: ep.id, slip: 'referral' });
    expect(slip.html).toContain('45 मिनट');
    // High-risk through the referral reason: the register filter finds her.
    const risky = await call(ctx, 'listRegister', { from_month: '2026-10', to_month: '2026-10', high_risk: true });
    expect(risky.rows.map((r) => r.id)).toEqual([ep.id]);

    expect(await call(ctx, 'referralFollowUps', {})).toEqual([]);
    clock.set(at('12:00', '2026-10-22'));
    const due = await call(ctx, 'referralFollowUps', {});
    expect(due).toMatchObject([{ episode_id: ep.id, days_since_departure: 7, delay_minutes: 45 }]);
    expect((await call(ctx, 'getWardBoard', {})).follow_up_count).toBe(1);

    const early = await fails(ctx, 'recordReferralFeedback', {
      referral_id: track!.referral_id,
      feedback: {
        feedback_received_at: at('11:30'),
        feedback_channel: 'phone',
        reached_at: null,
        arrival_outcome: 'referred_on',
        delivery_mode: 'lscs_emergency',
        baby_outcome: null,
        diagnosis: null,
        advice: null,
      },
    });
    expect(early.issues?.map((i) => i.message)).toEqual(['care.v.feedback_before_departure', 'care.v.only_when_delivered']);
    expect((await call(ctx, 'episodeReferrals', { id: ep.id }))[0]!.feedback).toBeNull();

    const saved = await call(ctx, 'recordReferralFeedback', {
      referral_id: track!.referral_id,
      feedback: {
        feedback_received_at: at('10:00', '2026-10-22'),
        feedback_channel: 'tear_off',
        reached_at: at('13:05'),
        arrival_outcome: 'delivered',
        delivery_mode: 'lscs_emergency',
        baby_outcome: 'live',
        diagnosis: 'Eclampsia',
        advice: 'BP check at PHC in 1 week',
      },
    });
    expect(saved.feedback).toMatchObject({
      arrival_outcome: 'delivered',
      delivery_mode: 'lscs_emergency',
      recorded_by: expect.any(String),
    });
    expect(await call(ctx, 'referralFollowUps', {})).toEqual([]);
    const history = await call(ctx, 'episodeHistory', { id: ep.id });
    expect(history.find((h) => h.field === 'referral.feedback')?.new_value).toMatchObject({
      slip_no: track!.slip_no,
      arrival_outcome: 'delivered',
    });
  });

  it("prints the feedback for the referring facility once a referred-in woman's record closes (docs/domain/slips.md §2.2)", async () => {
    const { ctx } = setup();
    const ep = await admit(ctx, 'Referred in', at('06:00'), {
      admission_category: 'referred_in',
      referred_in_from_name: 'PHC Pothia',
      referred_in_reason: 'Prolonged labour',
    });
    const refused = await fails(ctx, 'previewSlip', { episode_id: ep.id, slip: 'referral_in_feedback' });
    expect(refused).toMatchObject({ message: 'error.slip_not_applicable', params: { reason: 'slip.reason_not_referred_in' } });
    const delivered = await call(ctx, 'recordDelivery', {
      id: ep.id,
      version: ep.version,
      fields: { place_of_delivery: 'this_facility', delivery_at: at('09:00'), mode: 'lscs_emergency' },
      babies: [{ baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2900 }],
      acknowledge_warnings: true,
    });
    await call(ctx, 'recordOutcome', {
      id: ep.id,
      version: delivered.record.version,
      fields: {
        outcome: 'discharged',
        outcome_at: at('11:30'),
        discharge_condition: 'stable',
        final_diagnosis: 'Obstructed labour, LSCS',
        treatment_given: 'Emergency LSCS',
      },
      acknowledge_warnings: true,
    });
    const slips = await call(ctx, 'listSlips', { episode_id: ep.id });
    expect(slips.map((s) => s.slip)).toContain('referral_in_feedback');
    const slip = await call(ctx, 'previewSlip', { episode_id: ep.id, slip: 'referral_in_feedback' });
    expect(slip.html).toContain('PHC Pothia');
    expect(slip.html).toContain('Obstructed labour, LSCS');
    expect(slip.html).toContain('रेफ़र करने वाली संस्था को जवाब');
  });

  it("the register book's high-risk filter finds exactly the records the record screen flags (demo register)", async () => {
    const { ctx } = setup();
    const now = new Date(at('12:00'));
    ctx.db.transaction(() => {
      for (const ep of demoEpisodes({ now, timeZone: 'Asia/Kolkata', perDay: 6, seed: 11 })) insertEpisode(ctx, ep);
    });
    const range = { from_month: '2026-09', to_month: '2026-10', limit: 500 };
    const all = await call(ctx, 'listRegister', range);
    const flagged: number[] = [];
    for (const row of all.rows) {
      if ((await call(ctx, 'getEpisode', { id: row.id })).risk_reasons.length > 0) flagged.push(row.id);
    }
    const risky = await call(ctx, 'listRegister', { ...range, high_risk: true });
    const plain = await call(ctx, 'listRegister', { ...range, high_risk: false });
    expect(all.rows).toHaveLength(all.total);
    expect(flagged.length).toBeGreaterThan(0);
    expect(risky.rows.map((r) => r.id).sort()).toEqual(flagged.sort());
    expect(risky.total + plain.total).toBe(all.total);
  });
});
