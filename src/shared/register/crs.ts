import { STILL_BIRTHS } from './codes';
import type { BabyFields, EpisodeRecord } from './schema';

/*
 * Which CRS reports a record owes the registrar (RBD Act 1969 s.8; Model Rules 1999 r.5: Forms 1, 2 and 3 within
 * 21 days), one place for the slip catalog and the due list. The hospital reports what happens in it.
 */

/** RBD Act s.2(1)(g) and the state rules (r.3): a still birth is a foetal death of 28 weeks of gestation or more. */
export const RBD_STILL_BIRTH_WEEKS = 28;
/** A still birth with no gestation entered counts as ≥ 28 weeks from this weight (hmis.md §3.1 A2, the ICD criterion). */
export const STILL_BIRTH_WEIGHT_G = 1000;
/** Days the informant has to report a birth, death or still birth (Model Rules r.5(3)). */
export const CRS_REPORT_DAYS = 21;

export const CRS_REPORTS = ['birth_report', 'death_report', 'still_birth_report'] as const;
export type CrsReport = (typeof CRS_REPORTS)[number];

export interface CrsEvent {
  report: CrsReport;
  /** null = the mother (a maternal death); else the baby. */
  baby_order: number | null;
  /** When the event happened: the 21 days run from it. */
  at: string;
}

type Baby = Pick<
  BabyFields,
  'baby_order' | 'outcome' | 'born_at' | 'birth_weight_g' | 'neonatal_death' | 'neonatal_death_at' | 'neonatal_death_place'
>;

/** A still birth in law: 28 weeks or more (by weight when no gestation was entered). */
export function isStillBirthInLaw(gestWeeks: number | null, b: Pick<Baby, 'outcome' | 'birth_weight_g'>): boolean {
  if (!b.outcome || !STILL_BIRTHS.includes(b.outcome)) return false;
  if (gestWeeks !== null) return gestWeeks >= RBD_STILL_BIRTH_WEEKS;
  return b.birth_weight_g !== null && b.birth_weight_g >= STILL_BIRTH_WEIGHT_G;
}

/** A newborn who died in this hospital (a death after discharge is reported by the family where it happened). */
export const diedHere = (b: Baby): boolean =>
  b.neonatal_death === true && b.neonatal_death_place === 'in_facility' && b.neonatal_death_at !== null;

/** Every CRS report the record owes: Form 1 per live birth here, Form 3 per still birth in law, Form 2 per death here. */
export function crsEvents(
  r: Pick<EpisodeRecord, 'void' | 'place_of_delivery' | 'delivery_at' | 'gest_weeks' | 'outcome' | 'outcome_at'> & {
    babies: Baby[];
  },
): CrsEvent[] {
  if (r.void) return [];
  const events: CrsEvent[] = [];
  const here = r.place_of_delivery === 'this_facility';
  for (const b of r.babies) {
    const at = b.born_at ?? r.delivery_at;
    if (here && at && b.outcome === 'live') events.push({ report: 'birth_report', baby_order: b.baby_order, at });
    if (here && at && isStillBirthInLaw(r.gest_weeks, b))
      events.push({ report: 'still_birth_report', baby_order: b.baby_order, at });
    if (b.outcome === 'live' && diedHere(b))
      events.push({ report: 'death_report', baby_order: b.baby_order, at: b.neonatal_death_at! });
  }
  if (r.outcome === 'died' && r.outcome_at) events.push({ report: 'death_report', baby_order: null, at: r.outcome_at });
  return events;
}
