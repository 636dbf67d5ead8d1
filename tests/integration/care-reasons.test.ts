import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/context';
import { call, fails } from '../helpers/api';
import { fixedClock, testContext } from '../helpers/context';
import { submitMonth } from '../helpers/hmis-report';

/*
 * Referral writes follow the register's rule for edits after reporting (docs/domain/register.md): a change to a month
 * whose HMIS report was submitted needs a reason, kept in the audit; feedback counts in no item and needs none.
 */

const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+05:30`;

/** A woman referred out on 12 October for want of blood / OT (not a high-risk reason), October then submitted. */
async function setup() {
  const clock = fixedClock(at('2026-10-12', '18:00'));
  const ctx = testContext({ clock });
  const { record } = await call(ctx, 'admitMother', {
    fields: { mother_name: 'Sakina Bano', age_years: 25, admission_at: at('2026-10-12', '08:00') },
    acknowledge_warnings: true,
  });
  const closed = await call(ctx, 'recordOutcome', {
    id: record.id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: at('2026-10-12', '11:00') },
    referral: {
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      reasons: ['no_blood_ot_specialist'],
      decision_at: at('2026-10-12', '10:20'),
      departure_at: at('2026-10-12', '11:00'),
    },
    acknowledge_warnings: true,
  });
  expect(closed.risk_reasons).toEqual([]);
  clock.set(at('2026-11-05', '10:00'));
  await submitMonth(ctx, '2026-10');
  return { ctx, id: record.id };
}

const hrpReferredOut = async (ctx: AppContext) =>
  (await call(ctx, 'getHmisReport', { month: '2026-10' })).items.find((i) => i.item_no === '1.9.3.a')!;

const referralAudit = (ctx: AppContext, id: number) =>
  ctx.sqlite
    .prepare(
      "SELECT field, reason FROM audit_log WHERE entity = 'episode' AND entity_id = ? AND field LIKE 'referral%' ORDER BY id",
    )
    .all(String(id));

describe('referral writes after the month was reported', () => {
  it('a referral reason that makes her high-risk in a submitted month needs a reason; nothing is saved without one', async () => {
    const { ctx, id } = await setup();
    const before = await call(ctx, 'getEpisode', { id });
    const auditBefore = referralAudit(ctx, id);
    const refused = await fails(ctx, 'recordReferralDecision', {
      id,
      version: before.record.version,
      referral: { reasons: ['no_blood_ot_specialist', 'eclampsia_severe_pre_eclampsia'] },
    });
    expect(refused.issues?.[0]).toMatchObject({
      field: 'reason',
      message: 'v.reason_after_submission',
      params: { month: '2026-10' },
    });
    expect(String(refused.issues?.[0]?.params?.items)).toContain('1.9.3.a');
    const unchanged = await call(ctx, 'getEpisode', { id });
    expect(unchanged.record.version).toBe(before.record.version);
    expect(unchanged.record.referrals[0]!.reasons).toEqual(['no_blood_ot_specialist']);
    expect(referralAudit(ctx, id)).toEqual(auditBefore);

    const saved = await call(ctx, 'recordReferralDecision', {
      id,
      version: before.record.version,
      referral: { reasons: ['no_blood_ot_specialist', 'eclampsia_severe_pre_eclampsia'] },
      reason: 'Eclampsia written on the paper slip, missed at entry',
    });
    expect(saved.risk_reasons.map((r) => r.code)).toEqual(['referral_reason.eclampsia_severe_pre_eclampsia']);
    expect(referralAudit(ctx, id).slice(auditBefore.length)).toEqual([
      { field: 'referral.reasons', reason: 'Eclampsia written on the paper slip, missed at entry' },
    ]);
    // The report keeps what was submitted and shows the change.
    const report = await call(ctx, 'getHmisReport', { month: '2026-10' });
    expect(report.changes?.items).toContainEqual(expect.objectContaining({ item_no: '1.9.3.a', submitted: 0, current: 1 }));
    expect((await hrpReferredOut(ctx)).value).toBe(0);
  });

  it('a referral change that moves no item (the facility name) and feedback need no reason; a given one is kept', async () => {
    const { ctx, id } = await setup();
    const record = (await call(ctx, 'getEpisode', { id })).record;
    await call(ctx, 'recordReferralDecision', {
      id,
      version: record.version,
      referral: { receiving_facility_name: 'MGM Medical College, Kishanganj' },
    });
    const [track] = await call(ctx, 'episodeReferrals', { id });
    const feedback = {
      feedback_received_at: at('2026-10-20', '10:00'),
      feedback_channel: 'phone' as const,
      reached_at: at('2026-10-12', '12:10'),
      arrival_outcome: 'delivered' as const,
      delivery_mode: 'normal_vaginal' as const,
      baby_outcome: 'live' as const,
      diagnosis: null,
      advice: null,
    };
    await call(ctx, 'recordReferralFeedback', { referral_id: track!.referral_id, feedback });
    await call(ctx, 'recordReferralFeedback', {
      referral_id: track!.referral_id,
      feedback: { ...feedback, delivery_mode: 'lscs_emergency' },
      reason: 'The receiving doctor corrected the mode on the phone',
    });
    expect(referralAudit(ctx, id).slice(-3)).toEqual([
      { field: 'referral.receiving_facility_name', reason: null },
      { field: 'referral.feedback', reason: null },
      { field: 'referral.delivery_mode', reason: 'The receiving doctor corrected the mode on the phone' },
    ]);
    expect((await call(ctx, 'getHmisReport', { month: '2026-10' })).changes?.items).toEqual([]);
  });
});
