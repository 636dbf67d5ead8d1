import { describe, expect, it } from 'vitest';
import { call } from '../helpers/api';
import { fixedClock, testContext } from '../helpers/context';
import { addRecord, type EpisodeDraft } from '../helpers/register';

/* The CRS due list through the contract: what is owed, days left of 21, overdue, maternal death follow-up. */

const T = (text: string) => `${text.replace(' ', 'T')}:00+05:30`;
const BASE: EpisodeDraft = {
  admission_at: T('2026-10-01 06:00'),
  mother_name: 'Due Devi',
  age_years: 25,
  place_of_delivery: 'this_facility',
  delivery_at: T('2026-10-01 10:00'),
  mode: 'normal_vaginal',
  number_of_babies: 1,
  gest_weeks: 38,
  outcome: 'discharged',
  outcome_at: T('2026-10-02 10:00'),
  discharge_condition: 'stable',
};

describe('crsDue (care.md §4)', () => {
  it('lists Forms 1, 2 and 3 not yet submitted with the days left of 21, overdue first; maternal deaths to notify', async () => {
    const ctx = testContext({ clock: fixedClock('2026-10-25T12:00:00+05:30') });
    const live = addRecord(ctx, BASE, [{ sex: 'F', outcome: 'live' }]).id; // born 1 Oct: due 22 Oct, overdue
    const done = addRecord(ctx, BASE, [{ sex: 'M', outcome: 'live', crs_form1_status: 'submitted' }]).id;
    const still = addRecord(
      ctx,
      {
        ...BASE,
        delivery_at: T('2026-10-20 10:00'),
        admission_at: T('2026-10-20 06:00'),
        outcome_at: T('2026-10-21 10:00'),
        gest_weeks: 30,
      },
      [{ sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 1400 }],
    ).id;
    addRecord(ctx, { ...BASE, gest_weeks: 22 }, [{ sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 500 }]); // no Form 3
    const died = addRecord(
      ctx,
      {
        ...BASE,
        delivery_at: T('2026-10-24 08:00'),
        admission_at: T('2026-10-24 06:00'),
        outcome: 'died',
        outcome_at: T('2026-10-24 11:00'),
        discharge_condition: null,
        maternal_death_cause: 'pph',
      },
      [{ sex: 'F', outcome: 'live', crs_form1_status: 'submitted' }],
    ).id;
    const due = await call(ctx, 'crsDue', {});
    expect(due.reports.map((r) => [r.episode_id, r.report, r.baby_order, r.days_left, r.overdue])).toEqual([
      [live, 'birth_report', 1, -3, true],
      [still, 'still_birth_report', 1, 16, false],
      [died, 'death_report', null, 20, false],
    ]);
    expect(due.reports.some((r) => r.episode_id === done)).toBe(false);
    expect(due.maternal_deaths).toEqual([
      expect.objectContaining({
        episode_id: died,
        notify_by: '2026-10-25T11:00:00+05:30',
        notified_at: null,
        notify_overdue: true,
        fbmdr_due: true,
      }),
    ]);
  });

  it('a submitted Form 2 and a notified, reviewed maternal death leave the list', async () => {
    const ctx = testContext({ clock: fixedClock('2026-10-25T12:00:00+05:30') });
    addRecord(
      ctx,
      {
        ...BASE,
        outcome: 'died',
        discharge_condition: null,
        maternal_death_cause: 'pph',
        crs_form2_submitted_at: '2026-10-05',
        maternal_death_notified_at: T('2026-10-02 12:00'),
        fbmdr_done: true,
        fbmdr_date: '2026-10-20',
      },
      [{ sex: 'F', outcome: 'live', crs_form1_status: 'registered' }],
    );
    expect(await call(ctx, 'crsDue', {})).toEqual({ reports: [], maternal_deaths: [] });
  });
});
