import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/context';
import { call } from '../helpers/api';
import { fixedClock, testContext } from '../helpers/context';

/* The JSON exchange file carries each referral's feedback (docs/domain/care.md §2) and brings it back on import. */

const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+05:30`;
const context = () => testContext({ clock: fixedClock(at('2026-10-25', '12:00')) });
/** The feedback a phone call brought back: recorded, exported and imported as it was given. */
const FEEDBACK = {
  feedback_received_at: at('2026-10-14', '16:30'),
  feedback_channel: 'phone',
  reached_at: at('2026-10-12', '12:05'),
  arrival_outcome: 'delivered',
  delivery_mode: 'lscs_emergency',
  baby_outcome: 'live',
  diagnosis: 'APH, placenta praevia',
  advice: 'Iron and BP check at the PHC',
} as const;

type ExchangeFile = { episodes: { mother_name: string; referrals: Record<string, unknown>[] }[] };

/** A woman referred out on 12 October whose feedback came by phone on the 14th. */
async function referredWithFeedback(ctx: AppContext): Promise<number> {
  const { record } = await call(ctx, 'admitMother', {
    fields: { mother_name: 'Sakina Bano', age_years: 25, admission_at: at('2026-10-12', '08:00') },
    acknowledge_warnings: true,
  });
  await call(ctx, 'recordOutcome', {
    id: record.id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: at('2026-10-12', '11:00') },
    referral: {
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      reasons: ['aph'],
      decision_at: at('2026-10-12', '10:20'),
      departure_at: at('2026-10-12', '11:00'),
    },
    acknowledge_warnings: true,
  });
  const [track] = await call(ctx, 'episodeReferrals', { id: record.id });
  await call(ctx, 'recordReferralFeedback', {
    referral_id: track!.referral_id,
    feedback: FEEDBACK,
  });
  return record.id;
}

describe('register exchange: referral feedback', () => {
  it('exports each referral with its feedback and imports it back unchanged', async () => {
    const source = context();
    const id = await referredWithFeedback(source);
    const exported = await call(source, 'exportRegister', {});
    const file = JSON.parse(exported.content) as ExchangeFile;
    expect(file.episodes[0]!.referrals[0]!.feedback).toEqual({
      ...FEEDBACK,
      recorded_at: at('2026-10-25', '12:00'),
      recorded_by: expect.any(String),
    });

    const target = context();
    expect(await call(target, 'importRegister', { format: 'json', content: exported.content })).toMatchObject({
      created: 1,
      errors: [],
    });
    const [copy] = await call(target, 'findEpisodes', { query: 'Sakina' });
    const [sourceTrack] = await call(source, 'episodeReferrals', { id });
    const [targetTrack] = await call(target, 'episodeReferrals', { id: copy!.id });
    expect(targetTrack!.feedback).toEqual(sourceTrack!.feedback);
    // Answered there, so not on the copy's follow-up list either.
    expect(await call(target, 'referralFollowUps', {})).toEqual([]);
    const reexported = JSON.parse((await call(target, 'exportRegister', {})).content) as ExchangeFile;
    expect(reexported.episodes[0]!.referrals).toEqual(file.episodes[0]!.referrals);
  });

  it('imports a file written before feedback was exported (no feedback key) as "no feedback yet"', async () => {
    const source = context();
    await referredWithFeedback(source);
    const file = JSON.parse((await call(source, 'exportRegister', {})).content) as ExchangeFile;
    for (const r of file.episodes[0]!.referrals) delete r.feedback;
    const target = context();
    expect(await call(target, 'importRegister', { format: 'json', content: JSON.stringify(file) })).toMatchObject({
      created: 1,
      errors: [],
    });
    const [copy] = await call(target, 'findEpisodes', { query: 'Sakina' });
    expect((await call(target, 'episodeReferrals', { id: copy!.id }))[0]!.feedback).toBeNull();
  });

  it('refuses feedback dated before the departure, by record and field, and imports nothing', async () => {
    const source = context();
    await referredWithFeedback(source);
    const file = JSON.parse((await call(source, 'exportRegister', {})).content) as ExchangeFile;
    file.episodes[0]!.referrals[0]!.feedback = {
      ...(file.episodes[0]!.referrals[0]!.feedback as object),
      feedback_received_at: at('2026-10-12', '10:00'),
      reached_at: null,
    };
    const target = context();
    const result = await call(target, 'importRegister', { format: 'json', content: JSON.stringify(file) });
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 1,
        field: 'referrals.0.feedback.feedback_received_at',
        message: 'care.v.feedback_before_departure',
      }),
    ]);
    expect(await call(target, 'findEpisodes', { query: 'Sakina' })).toEqual([]);
  });
});
