import { z } from 'zod';

/*
 * Thresholds of docs/domain/care.md that it marks "(inferred)": the high-risk rule's derived reasons and the referral loop's
 * targets. Policy, not constants: settings section `care_policy`, edited by the admin (Settings → Care).
 */
export const carePolicySchema = z
  .object({
    /** High-risk by age: under `risk_age_below` or over `risk_age_above` completed years. */
    risk_age_below: z.number().int().min(10).max(60),
    risk_age_above: z.number().int().min(10).max(60),
    /** Severe anaemia: Hb below this (g/dL). */
    risk_hb_below: z.number().min(2).max(20),
    /** Hypertension: systolic or diastolic at or above these. */
    risk_bp_systolic: z.number().int().min(50).max(260),
    risk_bp_diastolic: z.number().int().min(30).max(160),
    /** Severe-range BP (urgent): systolic or diastolic at or above these. */
    urgent_bp_systolic: z.number().int().min(50).max(260),
    urgent_bp_diastolic: z.number().int().min(30).max(160),
    /** Preterm labour: undelivered below this many weeks. */
    risk_preterm_weeks_below: z.number().int().min(20).max(45),
    /** Grand multipara: para at or above this. */
    risk_para_from: z.number().int().min(1).max(19),
    /** Referral delay target (decision → departure), minutes: past it the pending timer turns red. */
    referral_target_minutes: z.number().int().min(1).max(1440),
    /** A referral without feedback this many days after departure goes on the follow-up list. */
    feedback_follow_up_days: z.number().int().min(1).max(90),
  })
  .strict();
export type CarePolicy = z.output<typeof carePolicySchema>;

/** docs/domain/care.md §1–§2 defaults. */
export const DEFAULT_CARE_POLICY: CarePolicy = {
  risk_age_below: 18,
  risk_age_above: 35,
  risk_hb_below: 7,
  risk_bp_systolic: 140,
  risk_bp_diastolic: 90,
  urgent_bp_systolic: 160,
  urgent_bp_diastolic: 110,
  risk_preterm_weeks_below: 37,
  risk_para_from: 4,
  referral_target_minutes: 30,
  feedback_follow_up_days: 7,
};

export const CARE_POLICY_NUMBERS = Object.keys(DEFAULT_CARE_POLICY) as (keyof CarePolicy)[];
