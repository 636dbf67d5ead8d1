import { z } from 'zod';
import { monthSchema } from '../report-values';

/*
 * Settings section `hmis`: which format version the facility reports in (from which month), and every rule
 * docs/domain/hmis.md marks "(inferred)" or "setting" — our policy until the district answers the open questions (§5),
 * changeable by the admin without a release.
 */

const month = monthSchema;

export const AMBIGUOUS_SEX_POLICIES = ['ask', 'M', 'F', 'exclude'] as const;
export const HRP_DEFINITIONS = ['risk_or_complication', 'intrapartum_complication'] as const;
export const HRP_REFERRED_IN_READINGS = ['referred_in_only', 'all_hrp_attended'] as const;
export const OUTREACH_VALUES = ['blank', 'zero'] as const;

export const formatPeriodSchema = z.object({ from_month: month, format_id: z.string().trim().min(1).max(60) }).strict();

export const hmisSettingsSchema = z
  .object({
    /** The format in force from each month on (docs/domain/hmis.md §1.2 `facility_format`); a past month uses its own. */
    formats: z
      .array(formatPeriodSchema)
      .min(1)
      .max(50)
      .refine((list) => new Set(list.map((p) => p.from_month)).size === list.length, { error: 'v.hmis_duplicate_month' }),
    /** Live births of ambiguous sex have no item (4.1.1.a/b): ask = block final export until decided. */
    ambiguous_sex_counts_as: z.enum(AMBIGUOUS_SEX_POLICIES),
    /** docs/domain/register.md §7 `absconded_counts_as`: count absconded women in the LAMA items 14.3.7.a/b. */
    absconded_counts_as_lama: z.boolean(),
    /** Sub-version A's single 4.1.3 "Still Birth": include foetal deaths of 24–27 completed weeks. */
    still_birth_includes_24_27_weeks: z.boolean(),
    /** "High-risk pregnancy" for 1.9.3.a / 1.9.4.a: any risk factor or complication, or an intrapartum complication only. */
    hrp_definition: z.enum(HRP_DEFINITIONS),
    /** 1.9.4.a: only HRP women referred in, or every HRP woman attended ("attended or referred in"). */
    hrp_referred_in: z.enum(HRP_REFERRED_IN_READINGS),
    /** Stay items (2.2.1, 3.1.2) count every exit (referral, LAMA, death), not only discharges. */
    stay_items_all_exits: z.boolean(),
    /** 1.9.1.d "obstructed labour" also counts prolonged labour. */
    prolonged_labour_as_obstructed: z.boolean(),
    /** 2.2.3: the facility has a Midwifery Led Care Unit (records flagged `mlcu` count). */
    has_mlcu: z.boolean(),
    /** The Outreach column: blank, or 0 where the portal requires a number. */
    outreach_value: z.enum(OUTREACH_VALUES),
    /** Day of the following month the report is due (the 2019 HSC format says the 5th; the state may differ). */
    due_day: z.number().int().min(1).max(28),
  })
  .strict();
export type HmisSettings = z.output<typeof hmisSettingsSchema>;

export const DEFAULT_HMIS_SETTINGS: HmisSettings = {
  // Inferred from docs/domain/hmis.md §1.1: 2017-18 formats to 2022-23, sub-version A from 2022-23, B in the FY 2026-27 list.
  formats: [
    { from_month: '2017-04', format_id: 'hmis-2017-chc-sdh-dh' },
    { from_month: '2022-04', format_id: 'hmis-2022-sb1' },
    { from_month: '2026-04', format_id: 'hmis-2022-sb3' },
  ],
  ambiguous_sex_counts_as: 'ask',
  absconded_counts_as_lama: true,
  still_birth_includes_24_27_weeks: false,
  hrp_definition: 'risk_or_complication',
  hrp_referred_in: 'referred_in_only',
  stay_items_all_exits: true,
  prolonged_labour_as_obstructed: false,
  has_mlcu: false,
  outreach_value: 'blank',
  due_day: 5,
};

export const hmisSettingsPatchSchema = hmisSettingsSchema.partial().strict();

/** The format in force for a month under the settings (the latest period starting on or before it). */
export function formatIdForMonth(settings: HmisSettings, month: string): string {
  const periods = [...settings.formats].sort((a, b) => a.from_month.localeCompare(b.from_month));
  let chosen = periods[0]!.format_id;
  for (const p of periods) if (p.from_month <= month) chosen = p.format_id;
  return chosen;
}
