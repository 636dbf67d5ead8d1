import { z } from 'zod';
import { MONTH } from './time';

/**
 * The boundary between the HMIS report (which computes a month's numbers from the register) and the channels
 * that send them elsewhere (DHIS2 push, ADX export). The HMIS module hands over one of these per month; the
 * channels never compute numbers themselves.
 */
export { MONTH as MONTH_PATTERN };
/** A month at every boundary (contract, settings, format files): `YYYY-MM`, 1900–2099. */
export const monthSchema = z.string().regex(MONTH, { error: 'v.month' });

export const reportItemValueSchema = z
  .object({
    /** As printed in the format, without a trailing dot: `4.1.3.a`. */
    item_no: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, { error: 'v.item_no' }),
    /** Stable computation key (`births.live.male`), when the item is computed. */
    item_key: z.string().trim().max(80).optional(),
    /** Official wording (English, verbatim), for display and name matching. */
    wording: z.string().trim().max(400).optional(),
    /** A count; null = not computed and not entered (nothing is sent for it). */
    value: z.number().int().min(0).max(10_000_000).nullable(),
  })
  .strict();
export type ReportItemValue = z.output<typeof reportItemValueSchema>;

export const monthlyReportValuesSchema = z
  .object({
    /** HMIS format version id, e.g. `hmis-2022-sb3`: item numbers mean something only within a format. */
    format_id: z.string().trim().min(1).max(60),
    month: monthSchema,
    facility: z
      .object({
        name: z.string().trim().min(1).max(120),
        hmis_facility_code: z.string().trim().max(30),
      })
      .strict(),
    items: z
      .array(reportItemValueSchema)
      .min(1)
      .max(2000)
      .refine((items) => new Set(items.map((i) => i.item_no)).size === items.length, { error: 'v.duplicate_item' }),
  })
  .strict();
export type MonthlyReportValues = z.output<typeof monthlyReportValuesSchema>;
