import type { AppContext } from '../../src/main/context';
import { insertEpisode } from '../../src/main/register/store';
import { BABY_FIELDS, type BabyFields, type EpisodeFields, type ReferralFields } from '../../src/shared/register/schema';

/*
 * Hand-built registers for report tests: records written through the register's own store (`insertEpisode`, the
 * same code the service and the importer use), with every field a test does not mention left empty.
 */

export type EpisodeDraft = Partial<EpisodeFields> & { record_state?: 'admitted' | 'delivered' | 'closed' };
export type BabyDraft = Partial<BabyFields> & { removed?: boolean };

export const emptyBaby = (): BabyFields => Object.fromEntries(BABY_FIELDS.map((f) => [f, null])) as unknown as BabyFields;

let serial = 0;

/** Inserts one record; returns its id and its babies' ids in baby order (removed ones included). */
export function addRecord(
  ctx: AppContext,
  fields: EpisodeDraft,
  babies: BabyDraft[] = [],
  options: { voided?: boolean; referrals?: (Partial<ReferralFields> & { slip_no: string })[] } = {},
): { id: number; babyIds: number[] } {
  serial += 1;
  const { record_state, ...rest } = fields;
  const state = record_state ?? (rest.outcome ? 'closed' : rest.delivery_at ? 'delivered' : 'admitted');
  const stamp = rest.admission_at ?? '2026-01-01T00:00:00+05:30';
  const id = insertEpisode(ctx, {
    uid: `test-${serial}`,
    serial: { period: 'T', seq: serial, serialNo: `T/${String(serial).padStart(4, '0')}` },
    record_state: state,
    void: options.voided ? { at: stamp, by: 'test', reason_code: 'duplicate', reason_text: null } : null,
    version: 1,
    created_at: stamp,
    created_by: 'test',
    updated_at: stamp,
    updated_by: 'test',
    fields: rest,
    babies: babies.map((b, i) => {
      const { removed: _removed, ...baby } = b;
      return { ...emptyBaby(), baby_order: i + 1, born_at: rest.delivery_at ?? null, ...baby };
    }),
    referrals: options.referrals ?? [],
  });
  const babyIds = ctx.sqlite.prepare('SELECT id FROM baby WHERE episode_id = ? ORDER BY baby_order').pluck().all(id) as number[];
  babies.forEach((b, i) => {
    // A baby entered in error is removed (never deleted), as the register service does it.
    if (b.removed) ctx.sqlite.prepare('UPDATE baby SET removed_at = ? WHERE id = ?').run(stamp, babyIds[i]);
  });
  return { id, babyIds };
}

/** A local date-time in Kishanganj: `ist('2026-10-10 06:00')` → `2026-10-10T06:00:00+05:30`. */
export const ist = (text: string) => `${text.replace(' ', 'T')}:00+05:30`;

/**
 * The reference record of the report tests: a normal delivery here on 10 October 2026, tested negative, discharged
 * the next day. A test changes only the fields its case is about.
 */
export const OCTOBER_DELIVERY: EpisodeDraft = {
  admission_at: ist('2026-10-10 06:00'),
  admission_category: 'labour_pains',
  mother_name: 'Test Devi',
  age_years: 25,
  place_of_delivery: 'this_facility',
  delivery_at: ist('2026-10-10 10:00'),
  mode: 'normal_vaginal',
  number_of_babies: 1,
  gest_weeks: 39,
  complications: [],
  hiv_status: 'non_reactive',
  syphilis_status: 'non_reactive',
  hbsag_status: 'negative',
  risk_factors: [],
  outcome: 'discharged',
  outcome_at: ist('2026-10-11 16:00'),
  discharge_condition: 'stable',
  ppfp_method: 'none_declined',
};

/** Its baby: a girl of 3 kg, breastfed within the hour, no resuscitation, gone home with her mother. */
export const OCTOBER_BABY: BabyDraft = {
  sex: 'F',
  outcome: 'live',
  birth_weight_g: 3000,
  bf_within_1h: true,
  resuscitation: 'none',
  baby_exit: 'with_mother',
};
