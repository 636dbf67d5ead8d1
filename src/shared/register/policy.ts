import { z } from 'zod';

/**
 * Register rules that docs/domain/register.md marks "(inferred)": our policy, not a source's, so they live in settings
 * (section `register_policy`) and the admin can change them when the district answers.
 */
export const registerPolicySchema = z
  .object({
    /** Serial numbers restart each calendar year (`2026/0154`) or each month (`2026-10/054`). */
    serial_reset: z.enum(['year', 'month']),
    future_tolerance_minutes: z.number().int().min(0).max(120),
    retrospective_warn_days: z.number().int().min(1).max(3650),
    age_warn_below: z.number().int().min(10).max(60),
    age_warn_above: z.number().int().min(10).max(60),
    birth_weight_warn_below_g: z.number().int().min(300).max(6000),
    birth_weight_warn_above_g: z.number().int().min(300).max(6000),
    severe_anaemia_hb_below: z.number().min(2).max(20),
    bp_warn_systolic: z.number().int().min(50).max(260),
    bp_warn_diastolic: z.number().int().min(30).max(160),
    baby_interval_warn_hours: z.number().min(0).max(24),
    edd_difference_warn_days: z.number().int().min(0).max(60),
    vaccine_late_warn_days: z.number().int().min(0).max(365),
    ppiucd_warn_hours: z.number().int().min(1).max(720),
    pp_sterilisation_warn_days: z.number().int().min(1).max(60),
    /** Stay after which a delivered woman shows as "awaiting discharge" on Today (normal / LSCS). */
    discharge_due_hours_vaginal: z.number().int().min(1).max(240),
    discharge_due_hours_lscs: z.number().int().min(1).max(480),
  })
  .strict();
export type RegisterPolicy = z.output<typeof registerPolicySchema>;

export const DEFAULT_REGISTER_POLICY: RegisterPolicy = {
  serial_reset: 'year',
  future_tolerance_minutes: 10,
  retrospective_warn_days: 90,
  age_warn_below: 13,
  age_warn_above: 50,
  birth_weight_warn_below_g: 500,
  birth_weight_warn_above_g: 5000,
  severe_anaemia_hb_below: 7,
  bp_warn_systolic: 160,
  bp_warn_diastolic: 110,
  baby_interval_warn_hours: 2,
  edd_difference_warn_days: 14,
  vaccine_late_warn_days: 14,
  ppiucd_warn_hours: 48,
  pp_sterilisation_warn_days: 7,
  discharge_due_hours_vaginal: 48,
  discharge_due_hours_lscs: 72,
};
