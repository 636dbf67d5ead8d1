import type { APIRequestContext } from '@playwright/test';
import type { OpInput } from '../../src/shared/contract';
import { call } from './call';

/* The care specs' setup through the contract: times before a test's start, an admission, a referral that left. */

/** `minutesAgo` before `at` as facility-local (IST) ISO, on the minute (as a clerk types it). */
export const istBefore = (at: number, minutesAgo = 0): string =>
  `${new Date(at - minutesAgo * 60_000 + 330 * 60_000).toISOString().slice(0, 16)}:00+05:30`;

/** Admits a woman of 24 at `admission_at` (warnings acknowledged); returns her record. */
export async function admitAt(request: APIRequestContext, mother_name: string, admission_at: string, extra = {}) {
  return (
    await call(request, 'admitMother', {
      fields: { mother_name, age_years: 24, admission_at, ...extra },
      acknowledge_warnings: true,
    })
  ).record;
}

/** Closes her as referred out at `left_at` to Sadar Hospital Kishanganj (unless `referral` names another). */
export async function referOut(
  request: APIRequestContext,
  id: number,
  referral: OpInput<'recordOutcome'>['referral'],
  left_at: string,
) {
  const { record } = await call(request, 'getEpisode', { id });
  return call(request, 'recordOutcome', {
    id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: left_at },
    referral: { receiving_facility_name: 'Sadar Hospital Kishanganj', ...referral },
    acknowledge_warnings: true,
  });
}
