import { z } from 'zod';
import type { EpisodeFields, ReferralFields } from '../register/schema';
import { ageOn } from '../time';
import type { CarePolicy } from './policy';

/*
 * The high-risk (HRP) rule of docs/domain/care.md §1, in one place: Today, the ward board, the record, the slips, the register
 * filter and HMIS 1.9.3.a / 1.9.4.a all call `riskReasons`, so a screen and the report cannot disagree. Every reason
 * is named (a message key with its values); "urgent" reasons put her at the top of the ward board.
 */

export const riskReasonSchema = z.object({
  /** Stable code: `risk_factor.eclampsia`, `complication.pph`, `referral_reason.aph`, `derived.bp_severe`. */
  code: z.string(),
  /** Message key of the reason's name; `params` fill it (the values that made it). */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  urgent: z.boolean(),
});
export type RiskReason = z.output<typeof riskReasonSchema>;

type RiskFields = Pick<
  EpisodeFields,
  | 'risk_factors'
  | 'complications'
  | 'age_years'
  | 'dob'
  | 'admission_at'
  | 'delivery_at'
  | 'hb_g_dl'
  | 'bp_systolic'
  | 'bp_diastolic'
  | 'gest_weeks'
  | 'para'
  | 'number_of_babies'
>;

/** What the rule reads: the record's fields (any may be missing) and the reasons of the mother's referrals out. */
export interface RiskSubject extends Partial<RiskFields> {
  referrals?: readonly Pick<Partial<ReferralFields>, 'baby_order' | 'reasons'>[] | null;
  /** Reasons of the mother's referrals, when the caller loaded them flat (HMIS facts, the register filter). */
  referral_reasons?: readonly string[] | null;
}

/** docs/domain/care.md: severe-range BP, eclampsia, APH, PPH, obstructed labour and sepsis are urgent, whatever recorded them. */
const URGENT = new Set([
  'risk_factor.eclampsia',
  'risk_factor.aph',
  'complication.pph',
  'complication.aph',
  'complication.eclampsia',
  'complication.obstructed_labour',
  'complication.sepsis',
  'complication.ruptured_uterus',
  'referral_reason.pph',
  'referral_reason.aph',
  'referral_reason.eclampsia_severe_pre_eclampsia',
  'referral_reason.obstructed_prolonged_labour',
  'referral_reason.sepsis',
  'referral_reason.ruptured_uterus',
  'derived.bp_severe',
]);

/** A ticked risk factor that a derived reason states with its value: the derived one is shown instead. */
const SAME_AS_DERIVED: Record<string, string> = {
  'derived.age_below': 'risk_factor.age_lt_18',
  'derived.age_above': 'risk_factor.age_gt_35',
  'derived.hb': 'risk_factor.severe_anaemia',
  'derived.bp_severe': 'risk_factor.hypertension',
  'derived.bp_high': 'risk_factor.hypertension',
  'derived.preterm': 'risk_factor.preterm_labour',
  'derived.grand_multipara': 'risk_factor.grand_multipara',
  'derived.multiple': 'risk_factor.multiple_pregnancy',
};

/** Completed years: as recorded, else from the date of birth on the delivery (admission, today). */
function ageOf(s: RiskSubject, now: Date): number | null {
  if (s.age_years != null) return s.age_years;
  if (!s.dob) return null;
  const on = (s.delivery_at ?? s.admission_at ?? now.toISOString()).slice(0, 10);
  return ageOn(s.dob, on);
}

function motherReferralReasons(s: RiskSubject): readonly string[] {
  if (s.referral_reasons) return s.referral_reasons;
  return (s.referrals ?? []).filter((r) => r.baby_order == null).flatMap((r) => r.reasons ?? []);
}

/** Every reason she is high-risk, urgent ones first; empty when she is not. */
export function riskReasons(s: RiskSubject, policy: CarePolicy, now: Date): RiskReason[] {
  const found = new Map<string, RiskReason>();
  const add = (code: string, key: string, params?: RiskReason['params']) => {
    if (!found.has(code)) found.set(code, { code, key, ...(params ? { params } : {}), urgent: URGENT.has(code) });
  };
  const derived = (name: string, params: RiskReason['params']) => add(`derived.${name}`, `care.risk.${name}`, params);

  const age = ageOf(s, now);
  if (age != null && age < policy.risk_age_below) derived('age_below', { age, limit: policy.risk_age_below });
  if (age != null && age > policy.risk_age_above) derived('age_above', { age, limit: policy.risk_age_above });
  if (s.hb_g_dl != null && s.hb_g_dl < policy.risk_hb_below) derived('hb', { hb: s.hb_g_dl, limit: policy.risk_hb_below });
  const sys = s.bp_systolic ?? null;
  const dia = s.bp_diastolic ?? null;
  const bp = { sys: sys ?? '?', dia: dia ?? '?' };
  if ((sys ?? 0) >= policy.urgent_bp_systolic || (dia ?? 0) >= policy.urgent_bp_diastolic) derived('bp_severe', bp);
  else if ((sys ?? 0) >= policy.risk_bp_systolic || (dia ?? 0) >= policy.risk_bp_diastolic) derived('bp_high', bp);
  if (!s.delivery_at && s.gest_weeks != null && s.gest_weeks < policy.risk_preterm_weeks_below)
    derived('preterm', { weeks: s.gest_weeks, limit: policy.risk_preterm_weeks_below });
  if (s.para != null && s.para >= policy.risk_para_from) derived('grand_multipara', { para: s.para });
  if ((s.number_of_babies ?? 0) > 1) derived('multiple', { count: s.number_of_babies! });

  const shownAsDerived = new Set([...found.keys()].map((code) => SAME_AS_DERIVED[code]));
  for (const c of s.risk_factors ?? []) if (!shownAsDerived.has(`risk_factor.${c}`)) add(`risk_factor.${c}`, `risk_factor.${c}`);
  for (const c of s.complications ?? []) add(`complication.${c}`, `complication.${c}`);
  for (const r of motherReferralReasons(s)) {
    // A newborn's reason on the mother's slip, and "no blood / OT here", say nothing about her own risk.
    if (r === 'sick_newborn' || r === 'no_blood_ot_specialist') continue;
    add(`referral_reason.${r}`, 'care.risk.referred_for', { reason: `referral_reason.${r}` });
  }
  const reasons = [...found.values()];
  return [...reasons.filter((r) => r.urgent), ...reasons.filter((r) => !r.urgent)];
}

export const isUrgent = (reasons: readonly RiskReason[]): boolean => reasons.some((r) => r.urgent);
