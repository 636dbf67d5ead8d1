/** Drafts of the register forms: kept per user, never seen by another, dropped by the save that uses them. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { drafts, users } from '../../src/main/db/schema';
import type { Session } from '../../src/main/session';
import type { OpInput, OpName } from '../../src/shared/contract';
import type { Role } from '../../src/shared/roles';
import { call } from '../helpers/api';
import { seedUser } from '../helpers/auth';
import { testContext } from '../helpers/context';

function sessionOf(ctx: AppContext, role: Role, username: string): Session {
  seedUser(ctx, role, username);
  const row = ctx.db.select().from(users).where(eq(users.username, username)).get()!;
  return { userId: row.id, userName: username, role };
}

const typed = { fields: { mother_name: 'Rani Kumari', admission_at: { date: '04-12-2026', time: '10:3' } }, reason: '' };

describe('drafts', () => {
  it('keeps a draft per user and form: another user sees none and cannot drop it', async () => {
    const ctx = testContext();
    const clerk = sessionOf(ctx, 'clerk', 'clerk1');
    const nurse = sessionOf(ctx, 'nurse', 'nurse1');
    expect((await dispatch(ctx, clerk, 'saveDraft', { form: 'admit', base_version: null, data: typed })).ok).toBe(true);
    const mine = await dispatch(ctx, clerk, 'getDraft', { form: 'admit' });
    expect(mine).toMatchObject({ ok: true, data: { data: typed } });
    expect(await dispatch(ctx, nurse, 'getDraft', { form: 'admit' })).toEqual({ ok: true, data: null });
    expect(await dispatch(ctx, nurse, 'discardDraft', { form: 'admit' })).toEqual({ ok: true, data: { discarded: false } });
    expect(await dispatch(ctx, clerk, 'discardDraft', { form: 'admit' })).toEqual({ ok: true, data: { discarded: true } });
    expect(ctx.db.select().from(drafts).all()).toHaveLength(0);
  });

  it('refuses a form name outside the register forms and an oversized draft', async () => {
    const ctx = testContext();
    const clerk = sessionOf(ctx, 'clerk', 'clerk1');
    const bad = await dispatch(ctx, clerk, 'saveDraft', { form: 'settings', base_version: null, data: typed });
    expect(bad.ok).toBe(false);
    const huge = { fields: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, 'x'.repeat(4000)])) };
    expect((await dispatch(ctx, clerk, 'saveDraft', { form: 'admit', base_version: null, data: huge })).ok).toBe(false);
  });

  it('a refused save keeps the draft; a successful one drops it', async () => {
    const ctx = testContext();
    const clerk = sessionOf(ctx, 'clerk', 'clerk1');
    await dispatch(ctx, clerk, 'saveDraft', { form: 'admit', base_version: null, data: typed });
    const refused = await dispatch(ctx, clerk, 'admitMother', { fields: { mother_name: 'Rani Kumari' } });
    expect(refused.ok).toBe(false);
    expect((await dispatch(ctx, clerk, 'getDraft', { form: 'admit' })).ok).toBe(true);
    expect(ctx.db.select().from(drafts).all()).toHaveLength(1);
    const admitted = await dispatch(ctx, clerk, 'admitMother', {
      fields: { mother_name: 'Rani Kumari', age_years: 24, admission_at: new Date(Date.now() - 3_600_000).toISOString() },
      acknowledge_warnings: true,
    });
    expect(admitted.ok).toBe(true);
    expect(ctx.db.select().from(drafts).all()).toHaveLength(0);
  });

  it('the referral decision and feedback forms keep drafts, dropped by their own saves only', async () => {
    const ctx = testContext();
    const clerk = sessionOf(ctx, 'clerk', 'clerk1');
    const asClerk = <N extends OpName>(op: N, input: OpInput<N>) => call(ctx, op, input, clerk);
    const refusedForClerk = async (op: OpName, input: unknown) => (await dispatch(ctx, clerk, op, input)).ok === false;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const fields = { mother_name: 'Nasreen Khatoon', age_years: 24, admission_at: hoursAgo(6) };
    const { record } = await asClerk('admitMother', { fields, acknowledge_warnings: true });
    const { id, version } = record;

    const decisionForm = `referral-decision:${id}`;
    const facility = { fields: { receiving_facility_name: 'Sadar Hospital Kishanganj' } };
    await asClerk('saveDraft', { form: decisionForm, base_version: version, data: facility });
    expect(await refusedForClerk('recordReferralDecision', { id, version, referral: { decision_at: hoursAgo(-2) } })).toBe(true);
    expect(await asClerk('getDraft', { form: decisionForm })).toMatchObject({ data: facility });
    const decision = { receiving_facility_name: 'Sadar Hospital Kishanganj', decision_at: hoursAgo(3) };
    const decided = await asClerk('recordReferralDecision', { id, version, referral: decision });
    expect(await asClerk('getDraft', { form: decisionForm })).toBeNull();

    await asClerk('recordOutcome', {
      id,
      version: decided.record.version,
      fields: { outcome: 'referred_out', outcome_at: hoursAgo(2) },
      referral: { departure_at: hoursAgo(2) },
      acknowledge_warnings: true,
    });
    const [track] = await asClerk('episodeReferrals', { id });
    const feedbackForm = `referral-feedback:${track!.referral_id}`;
    await asClerk('saveDraft', { form: feedbackForm, base_version: null, data: { fields: { advice: 'BP check' } } });
    const feedback = {
      feedback_received_at: hoursAgo(1),
      feedback_channel: 'phone',
      reached_at: hoursAgo(1.5),
      arrival_outcome: 'referred_on',
      delivery_mode: null,
      baby_outcome: null,
      diagnosis: null,
      advice: 'BP check',
    } as const;
    // Reached before she left: refused, and the draft stays.
    const early = { referral_id: track!.referral_id, feedback: { ...feedback, reached_at: hoursAgo(3) } };
    expect(await refusedForClerk('recordReferralFeedback', early)).toBe(true);
    expect(await asClerk('getDraft', { form: feedbackForm })).not.toBeNull();
    await asClerk('recordReferralFeedback', { referral_id: track!.referral_id, feedback });
    expect(await asClerk('getDraft', { form: feedbackForm })).toBeNull();
  });
});
