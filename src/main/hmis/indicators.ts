import type { CarePolicy } from '../../shared/care/policy';
import { riskReasons } from '../../shared/care/risk';
import type { ComputeKey } from '../../shared/hmis/keys';
import type { HmisSettings } from '../../shared/hmis/settings';
import { LSCS_MODES } from '../../shared/register/codes';
import { daysBetween, localDate, localHour } from '../../shared/time';
import type { BabyFact, EpisodeFact, LaterEventDate } from './facts';

/*
 * The logic of every computation key (docs/domain/hmis.md §2), once. An indicator counts facts of one unit (a woman's
 * episode or a baby) whose basis date falls in the month and that pass its test. Month and night are read from
 * the stored facility-local ISO text (first 7 characters, hour at 11–12); stays and ages from instants.
 */

export interface IndicatorEnv {
  /** "Now" for women still admitted: their stay so far counts once it meets the threshold. */
  nowMs: number;
  policy: HmisSettings;
  /** The high-risk rule's thresholds (care/risk.ts, the same rule the screens show). */
  care: CarePolicy;
  /**
   * The still-birth threshold of the format counted (hmis.md §3.1 A1): 24 weeks where the format has 4.1.3.c
   * (sub-version B), else 28, or 24 when the setting puts 24–27-week foetal deaths in the single 4.1.3.
   */
  stillBirthFromWeeks: number;
}

/** A1: the still-birth threshold for a format's sub-version under the settings. */
export function stillBirthFromWeeks(subVersion: string | null, policy: HmisSettings): number {
  return subVersion === 'B' || policy.still_birth_includes_24_27_weeks ? 24 : 28;
}

/**
 * The date that decides which month a fact counts in. Named, so that facts are grouped by month once per basis
 * and each indicator only tests the facts of the months asked for.
 */
export const EPISODE_BASES = {
  admission: (e: EpisodeFact) => e.admission_at,
  /** D(m): delivered in this facility (a foetal loss is not a delivery, A1). */
  delivery_here: (e: EpisodeFact, env: IndicatorEnv) => (deliveredHere(e, env) ? e.delivery_at : null),
  /** Delivery, or the exit of a woman who left undelivered ("woman · delivery/closure"). */
  delivery_or_closure: (e: EpisodeFact) => e.delivery_at ?? e.outcome_at,
  outcome: (e: EpisodeFact) => e.outcome_at,
  ppiucd: (e: EpisodeFact) => e.ppiucd_at,
  sterilisation: (e: EpisodeFact) => e.pp_sterilisation_at,
  fbmdr: (e: EpisodeFact) => e.fbmdr_date,
} satisfies Record<string, (e: EpisodeFact, env: IndicatorEnv) => string | null>;

export const BABY_BASES = {
  /** B(m): babies of the month's institutional deliveries, in their delivery's month (twins stay together). */
  birth_here: (b: BabyFact, env: IndicatorEnv) => (deliveredHere(b.episode, env) ? b.episode.delivery_at : null),
  /** Babies of any delivery of the register (also born before arrival), by the delivery's month. */
  birth_any: (b: BabyFact) => b.episode.delivery_at,
  mother_outcome: (b: BabyFact) => b.episode.outcome_at,
  vit_k: (b: BabyFact) => b.vit_k,
  bcg: (b: BabyFact) => b.bcg,
  opv0: (b: BabyFact) => b.opv0,
  hepb0: (b: BabyFact) => hepb0Given(b),
  neonatal_death: (b: BabyFact) => b.neonatal_death_at,
} satisfies Record<string, (b: BabyFact, env: IndicatorEnv) => string | null>;

/** The dates not bounded by the delivery (a birth dose, a death) each baby basis counts by. */
const LATER_EVENT_BASES = {
  vit_k: ['vit_k'],
  bcg: ['bcg'],
  opv0: ['opv0'],
  hepb0: ['hepb0', 'hepb0_at'],
  neonatal_death: ['neonatal_death_at'],
} as const satisfies Partial<Record<keyof typeof BABY_BASES, readonly LaterEventDate[]>>;

/** The later-event dates the compute keys `keys` count by. */
export function laterEventDatesOf(keys: readonly ComputeKey[]): LaterEventDate[] {
  const dates = new Set<LaterEventDate>();
  for (const key of keys) {
    const indicator = INDICATORS[key];
    if (indicator.unit === 'baby' && indicator.basis in LATER_EVENT_BASES)
      LATER_EVENT_BASES[indicator.basis as keyof typeof LATER_EVENT_BASES].forEach((d) => dates.add(d));
  }
  return [...dates];
}

export type EpisodeBasis = keyof typeof EPISODE_BASES;
export type BabyBasis = keyof typeof BABY_BASES;

export type Indicator =
  | { unit: 'episode'; basis: EpisodeBasis; test: (e: EpisodeFact, env: IndicatorEnv) => boolean }
  | { unit: 'baby'; basis: BabyBasis; test: (b: BabyFact, env: IndicatorEnv) => boolean }
  | { unit: 'fixed'; value: number };

const HOUR = 3_600_000;

const isStill = (b: Pick<BabyFact, 'outcome'>): boolean =>
  b.outcome === 'fresh_still_birth' || b.outcome === 'macerated_still_birth';

/** A2: a still birth with no gestation entered counts as ≥ 28 weeks from this birth weight (the ICD criterion). */
export const STILL_BIRTH_WEIGHT_G = 1000;

/**
 * The gestation a still birth is counted by (A2): the weeks entered, else 28 when it weighed ≥ 1000 g, else null
 * (below every threshold: a foetal loss).
 */
export function stillBirthWeeks(b: BabyFact): number | null {
  if (b.episode.gest_weeks !== null) return b.episode.gest_weeks;
  return b.birth_weight_g !== null && b.birth_weight_g >= STILL_BIRTH_WEIGHT_G ? 28 : null;
}

/** A still birth below the format's still-birth threshold (not a still birth in any 4.1.3 item). */
export const belowStillBirthThreshold = (b: BabyFact, env: IndicatorEnv): boolean => {
  if (!isStill(b)) return false;
  const weeks = stillBirthWeeks(b);
  return weeks === null || weeks < env.stillBirthFromWeeks;
};

/** A1: every baby still born below the threshold: a foetal loss, not a delivery (a live birth always counts). */
export const isFoetalLoss = (e: EpisodeFact, env: IndicatorEnv): boolean =>
  e.babies.length > 0 && e.babies.every((b) => belowStillBirthThreshold(b, env));

/** D(m): delivered in this facility (docs/domain/hmis.md §2); twins are one delivery; a foetal loss is none (A1). */
export const deliveredHere = (e: EpisodeFact, env: IndicatorEnv): boolean =>
  e.place_of_delivery === 'this_facility' && e.delivery_at !== null && !isFoetalLoss(e, env);
const isLscs = (e: EpisodeFact): boolean => e.mode !== null && LSCS_MODES.includes(e.mode);
/** Night = [20:00, 08:00) local: 20:00 exactly is night, 08:00 exactly is day. */
export const atNight = (iso: string): boolean => {
  const hour = localHour(iso);
  return hour >= 20 || hour < 8;
};
const hoursBetweenIso = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / HOUR;

/** Delivery → exit in hours; still admitted: delivery → now. null when the exit type does not count (setting). */
export function stayHours(e: EpisodeFact, env: IndicatorEnv): number | null {
  if (!e.delivery_at) return null;
  if (e.outcome_at) {
    if (!env.policy.stay_items_all_exits && e.outcome !== 'discharged') return null;
    return hoursBetweenIso(e.delivery_at, e.outcome_at);
  }
  return (env.nowMs - Date.parse(e.delivery_at)) / HOUR;
}

/** The sex a live birth is counted under (4.1.1.a/b), or null when it is not counted (ambiguous by setting, unknown). */
export function countedSex(b: BabyFact, policy: HmisSettings): 'M' | 'F' | null {
  if (b.sex === 'M' || b.sex === 'F') return b.sex;
  if (b.sex === 'ambiguous' && (policy.ambiguous_sex_counts_as === 'M' || policy.ambiguous_sex_counts_as === 'F'))
    return policy.ambiguous_sex_counts_as;
  return null;
}
/** A live birth that counts in LB = 4.1.1.a + 4.1.1.b; every other live-birth item counts the same babies. */
const countedLive = (b: BabyFact, env: IndicatorEnv): boolean => b.outcome === 'live' && countedSex(b, env.policy) !== null;
const gest = (b: BabyFact): number | null => b.episode.gest_weeks;
/** Still births of `from` completed weeks and more (gestation by A2), `to` included when given. */
const stillFrom = (b: BabyFact, from: number, to = Infinity): boolean => {
  const weeks = isStill(b) ? stillBirthWeeks(b) : null;
  return weeks !== null && weeks >= from && weeks <= to;
};

/**
 * When Hep-B0 was given: the date-time, or an old record's date alone (`YYYY-MM-DD`, time not recorded). Counted
 * by the date it was given, like the other birth doses.
 */
export const hepb0Given = (b: Pick<BabyFact, 'hepb0' | 'hepb0_at'>): string | null => b.hepb0_at ?? b.hepb0;

/**
 * Hep-B0 is the birth dose "within 24 hours" (9.1.10, 14.20.3.e): a date-time within 24 h of birth; an old
 * date-only value counts when it is the day of birth or the next day (the time was not recorded, so it may be
 * within 24 h; inferred).
 */
export function hepb0Within24h(b: BabyFact): boolean {
  const born = b.born_at ?? b.episode.delivery_at;
  if (!born) return false;
  if (b.hepb0_at) {
    const hours = hoursBetweenIso(born, b.hepb0_at);
    return hours >= 0 && hours <= 24;
  }
  if (!b.hepb0) return false;
  const days = daysBetween(localDate(born), b.hepb0);
  return days >= 0 && days <= 1;
}

const INTRAPARTUM = ['pph', 'sepsis', 'eclampsia', 'obstructed_labour'] as const;
type Intrapartum = (typeof INTRAPARTUM)[number];

/** The four complications of 1.9.1 a woman had (prolonged labour counts as obstructed by setting). */
export function intrapartumComplications(e: EpisodeFact, policy: HmisSettings): Set<Intrapartum> {
  const found = new Set<Intrapartum>();
  for (const c of e.complications ?? []) {
    if ((INTRAPARTUM as readonly string[]).includes(c)) found.add(c as Intrapartum);
    else if (c === 'prolonged_labour' && policy.prolonged_labour_as_obstructed) found.add('obstructed_labour');
  }
  return found;
}
const onlyComplication =
  (which: Intrapartum) =>
  (e: EpisodeFact, env: IndicatorEnv): boolean => {
    const found = intrapartumComplications(e, env.policy);
    return found.size === 1 && found.has(which);
  };

/** High-risk pregnancy for 1.9.3.a / 1.9.4.a, by the setting's definition. */
export function isHighRisk(e: EpisodeFact, env: IndicatorEnv): boolean {
  if (env.policy.hrp_definition === 'intrapartum_complication') return intrapartumComplications(e, env.policy).size > 0;
  return riskReasons(e, env.care, new Date(env.nowMs)).length > 0;
}

type Band = (age: number) => boolean;
const lt15: Band = (a) => a < 15;
const from15to19: Band = (a) => a >= 15 && a <= 19;
const from20to49: Band = (a) => a >= 20 && a <= 49;
const gt49: Band = (a) => a >= 50;
const lt18: Band = (a) => a < 18;
const from18to59: Band = (a) => a >= 18 && a <= 59;
const inBand = (band: Band) => (e: EpisodeFact) => e.age !== null && band(e.age);

/** Neonatal deaths the 16.x items count: in the facility or in transit between facilities, within 28 completed days. */
export function neonatalDeathAgeHours(b: BabyFact): number | null {
  if (b.neonatal_death !== true || !b.neonatal_death_at) return null;
  if (b.neonatal_death_place !== 'in_facility' && b.neonatal_death_place !== 'in_transit_facility_to_facility') return null;
  const born = b.born_at ?? b.episode.delivery_at;
  if (!born) return null;
  const hours = hoursBetweenIso(born, b.neonatal_death_at);
  return hours >= 0 && hours < 29 * 24 ? hours : null;
}
const neonatalAge = (test: (hours: number) => boolean) => (b: BabyFact) => {
  const hours = neonatalDeathAgeHours(b);
  return hours !== null && test(hours);
};
const neonatalCause = (cause: NonNullable<BabyFact['neonatal_death_cause']>) => (b: BabyFact) =>
  neonatalDeathAgeHours(b) !== null && b.neonatal_death_cause === cause;

const died = (e: EpisodeFact): boolean => e.outcome === 'died';
const maternalCause = (cause: NonNullable<EpisodeFact['maternal_death_cause']>) => (e: EpisodeFact) =>
  e.maternal_death_cause === cause;

const exited = (outcome: NonNullable<EpisodeFact['outcome']>, band: Band) => (e: EpisodeFact) =>
  e.outcome === outcome && e.age !== null && band(e.age);
const isLama = (e: EpisodeFact, env: IndicatorEnv): boolean =>
  e.outcome === 'lama' || (e.outcome === 'absconded' && env.policy.absconded_counts_as_lama);

const episode = (basis: EpisodeBasis, test: (e: EpisodeFact, env: IndicatorEnv) => boolean = () => true): Indicator => ({
  unit: 'episode',
  basis,
  test,
});
const baby = (basis: BabyBasis, test: (b: BabyFact, env: IndicatorEnv) => boolean): Indicator => ({ unit: 'baby', basis, test });
const dose = (field: 'vit_k' | 'bcg' | 'opv0'): Indicator => baby(field, () => true);
const deathOf = (test: (e: EpisodeFact) => boolean) => (e: EpisodeFact) => died(e) && test(e);

export const INDICATORS: Record<ComputeKey, Indicator> = {
  'anc.corticosteroids_preterm': episode(
    'delivery_or_closure',
    (e) => e.gest_weeks !== null && e.gest_weeks < 37 && e.antenatal_corticosteroids === 'yes',
  ),
  'complications.eclampsia_managed': episode(
    'delivery_here',
    (e) => (e.complications ?? []).includes('eclampsia') && e.mgso4_given === true,
  ),
  'complications.attended': episode('delivery_or_closure', (e) => (e.complications ?? []).length > 0),
  'complications.blood_transfusion': episode(
    'delivery_or_closure',
    (e) => (e.complications ?? []).length > 0 && e.blood_transfusion === true,
  ),
  'screening.syphilis_tested': episode('admission', (e) => e.syphilis_tested_here === true),
  'screening.hiv_dil': episode('admission', (e) => e.direct_in_labour === true && e.hiv_tested_here === true),
  'births.live.syphilis_reactive_mother': baby(
    'birth_here',
    (b, env) => countedLive(b, env) && b.episode.syphilis_status === 'reactive',
  ),
  'hrp.intrapartum.total': episode('delivery_or_closure', (e, env) => intrapartumComplications(e, env.policy).size > 0),
  'hrp.intrapartum.pph_only': episode('delivery_or_closure', onlyComplication('pph')),
  'hrp.intrapartum.sepsis_only': episode('delivery_or_closure', onlyComplication('sepsis')),
  'hrp.intrapartum.eclampsia_only': episode('delivery_or_closure', onlyComplication('eclampsia')),
  'hrp.intrapartum.obstructed_only': episode('delivery_or_closure', onlyComplication('obstructed_labour')),
  'hrp.intrapartum.multiple': episode('delivery_or_closure', (e, env) => intrapartumComplications(e, env.policy).size >= 2),
  'hrp.referred_out': episode('outcome', (e, env) => e.outcome === 'referred_out' && isHighRisk(e, env)),
  'hrp.referred_in': episode(
    'admission',
    (e, env) =>
      (env.policy.hrp_referred_in === 'all_hrp_attended' || e.admission_category === 'referred_in') && isHighRisk(e, env),
  ),

  'deliveries.institutional': episode('delivery_here'),
  'deliveries.vaginal.stay_48h': episode('delivery_here', (e, env) => !isLscs(e) && (stayHours(e, env) ?? -1) >= 48),
  // A4: discharges only (LAMA / absconded when the setting counts them); referred out and died are not discharges.
  'deliveries.discharged_within_48h': episode('delivery_here', (e, env) => {
    if (!e.delivery_at || !e.outcome_at) return false;
    const discharge = e.outcome === 'discharged' || (env.policy.lama_counts_as_discharge_48h && isLama(e, env));
    return discharge && hoursBetweenIso(e.delivery_at, e.outcome_at) < 48;
  }),
  'deliveries.vaginal.night': episode('delivery_here', (e) => !isLscs(e) && atNight(e.delivery_at!)),
  'deliveries.mlcu': episode('delivery_here', (e, env) => env.policy.has_mlcu && e.mlcu === true),
  'deliveries.age.lt15': episode('delivery_here', inBand(lt15)),
  'deliveries.age.15_19': episode('delivery_here', inBand(from15to19)),
  'deliveries.age.20_49': episode('delivery_here', inBand(from20to49)),
  'deliveries.age.gt49': episode('delivery_here', inBand(gt49)),
  'deliveries.lscs': episode('delivery_here', isLscs),
  'deliveries.lscs.night': episode('delivery_here', (e) => isLscs(e) && atNight(e.delivery_at!)),
  'deliveries.lscs.stay_72h': episode('delivery_here', (e, env) => isLscs(e) && (stayHours(e, env) ?? -1) >= 72),
  'deliveries.hbsag_positive': episode('delivery_here', (e) => e.hbsag_status === 'positive'),

  'births.live': baby('birth_here', countedLive),
  'births.live.male': baby('birth_here', (b, env) => b.outcome === 'live' && countedSex(b, env.policy) === 'M'),
  'births.live.female': baby('birth_here', (b, env) => b.outcome === 'live' && countedSex(b, env.policy) === 'F'),
  'births.live.ambiguous_sex': baby('birth_here', (b) => b.outcome === 'live' && b.sex === 'ambiguous'),
  'births.live.preterm': baby('birth_here', (b, env) => countedLive(b, env) && gest(b) !== null && gest(b)! < 37),
  'births.still': baby('birth_here', (b, env) => stillFrom(b, env.stillBirthFromWeeks)),
  'births.still.fresh_28plus': baby('birth_here', (b) => b.outcome === 'fresh_still_birth' && stillFrom(b, 28)),
  'births.still.macerated_28plus': baby('birth_here', (b) => b.outcome === 'macerated_still_birth' && stillFrom(b, 28)),
  'births.still.24_27': baby('birth_here', (b) => stillFrom(b, 24, 27)),
  'births.live.weighed': baby('birth_here', (b, env) => countedLive(b, env) && b.birth_weight_g !== null),
  'births.live.lbw_2500': baby(
    'birth_here',
    (b, env) => countedLive(b, env) && b.birth_weight_g !== null && b.birth_weight_g < 2500,
  ),
  'births.live.lbw_1800': baby(
    'birth_here',
    (b, env) => countedLive(b, env) && b.birth_weight_g !== null && b.birth_weight_g < 1800,
  ),
  'births.live.bf_1h': baby('birth_here', (b, env) => countedLive(b, env) && b.bf_within_1h === true),
  'births.live.exclusive_bf_discharge': baby(
    'mother_outcome',
    (b) =>
      b.episode.outcome === 'discharged' &&
      b.outcome === 'live' &&
      b.baby_exit === 'with_mother' &&
      b.exclusive_bf_till_discharge === true,
  ),
  // A3: an anomaly found is a screening.
  'births.live.screened_defects': baby(
    'birth_here',
    (b, env) => countedLive(b, env) && (b.screened_for_defects === true || (b.congenital_anomaly ?? []).length > 0),
  ),
  'births.live.visible_defects': baby('birth_here', (b, env) => countedLive(b, env) && (b.congenital_anomaly ?? []).length > 0),
  'births.live.hbsag_positive_mother': baby(
    'birth_here',
    (b, env) => countedLive(b, env) && b.episode.hbsag_status === 'positive',
  ),
  'births.hbsag.hepb0': baby('hepb0', (b) => b.outcome === 'live' && b.episode.hbsag_status === 'positive' && hepb0Within24h(b)),
  'births.hbsag.hbig_24h': baby('birth_here', (b, env) => {
    const born = b.born_at ?? b.episode.delivery_at;
    if (!countedLive(b, env) || b.episode.hbsag_status !== 'positive' || !b.hbig_given_at || !born) return false;
    const hours = hoursBetweenIso(born, b.hbig_given_at);
    return hours >= 0 && hours <= 24;
  }),

  'postpartum.ifa_180': episode('delivery_here', (e) => e.ifa_180_given === true),
  'postpartum.calcium_360': episode('delivery_here', (e) => e.calcium_360_given === true),
  'ppfp.sterilisation_7d': episode('sterilisation', (e) => {
    if (!e.delivery_at || !e.pp_sterilisation_at) return false;
    const days = daysBetween(localDate(e.delivery_at), e.pp_sterilisation_at);
    return days >= 0 && days <= 7;
  }),
  'ppfp.ppiucd_48h': episode('ppiucd', (e) => {
    if (!e.delivery_at || !e.ppiucd_at) return false;
    const hours = hoursBetweenIso(e.delivery_at, e.ppiucd_at);
    return hours >= 0 && hours <= 48;
  }),

  'immunisation.vit_k': dose('vit_k'),
  'immunisation.bcg': dose('bcg'),
  'immunisation.opv0': dose('opv0'),
  'immunisation.hepb0': baby('hepb0', hepb0Within24h),

  'ipd.admission.lt18': episode('admission', inBand(lt18)),
  'ipd.admission.18_59': episode('admission', inBand(from18to59)),
  'ipd.discharge.lt18': episode('outcome', exited('discharged', lt18)),
  'ipd.discharge.18_59': episode('outcome', exited('discharged', from18to59)),
  'ipd.referred.lt18': episode('outcome', exited('referred_out', lt18)),
  'ipd.referred.18_59': episode('outcome', exited('referred_out', from18to59)),
  'ipd.death.lt18': episode('outcome', exited('died', lt18)),
  'ipd.death.18_59': episode('outcome', exited('died', from18to59)),
  'ipd.lama.total': episode('outcome', isLama),
  'ipd.lama.delivery': episode('outcome', (e, env) => isLama(e, env) && e.delivery_at !== null),
  'newborn.nbsu_here': baby('birth_any', (b) => b.newborn_unit === 'nbsu_here'),
  'newborn.sncu_here': baby('birth_any', (b) => b.newborn_unit === 'sncu_here'),

  'neonatal_deaths.lt24h': baby(
    'neonatal_death',
    neonatalAge((h) => h < 24),
  ),
  'neonatal_deaths.1_7d': baby(
    'neonatal_death',
    neonatalAge((h) => h >= 24 && h < 8 * 24),
  ),
  'neonatal_deaths.8_28d': baby(
    'neonatal_death',
    neonatalAge((h) => h >= 8 * 24),
  ),
  'neonatal_deaths.sepsis': baby('neonatal_death', neonatalCause('sepsis')),
  'neonatal_deaths.asphyxia': baby('neonatal_death', neonatalCause('asphyxia')),
  'neonatal_deaths.prematurity': baby('neonatal_death', neonatalCause('prematurity')),
  'neonatal_deaths.other': baby('neonatal_death', neonatalCause('other')),

  'maternal_deaths.aph': episode('outcome', deathOf(maternalCause('aph'))),
  'maternal_deaths.pph': episode('outcome', deathOf(maternalCause('pph'))),
  'maternal_deaths.sepsis': episode('outcome', deathOf(maternalCause('sepsis_infection_fever'))),
  'maternal_deaths.abortion': episode('outcome', deathOf(maternalCause('abortion_related'))),
  'maternal_deaths.obstructed': episode('outcome', deathOf(maternalCause('obstructed_prolonged_labour'))),
  'maternal_deaths.hypertensive': episode('outcome', deathOf(maternalCause('hypertensive_disorder'))),
  'maternal_deaths.other': episode('outcome', deathOf(maternalCause('other_unknown'))),
  'maternal_deaths.total': episode('outcome', died),
  'maternal_deaths.age.lt15': episode('outcome', deathOf(inBand(lt15))),
  'maternal_deaths.age.15_19': episode('outcome', deathOf(inBand(from15to19))),
  'maternal_deaths.age.20_49': episode('outcome', deathOf(inBand(from20to49))),
  'maternal_deaths.age.gt49': episode('outcome', deathOf(inBand(gt49))),
  'fbmdr.done': episode('fbmdr', (e) => e.fbmdr_done === true),

  'fixed.not_applicable': { unit: 'fixed', value: 0 },
};
