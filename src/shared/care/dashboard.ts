import { z } from 'zod';
import { rowLookupSchema } from '../hmis/report';
import { monthSchema } from '../report-values';

/*
 * The month at a glance (docs/domain/care.md §3): the figures the hospital's owner and doctor look at, for one month
 * and as a 12-month trend. Counts that are also HMIS items come from the HMIS engine's own computation keys, so the
 * dashboard and the monthly report can never disagree.
 */

export const DASHBOARD_SECTIONS = ['deliveries', 'births', 'referrals', 'deaths', 'risk', 'services'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** How a figure's value reads: a count, a share (%), a rate per 1,000, minutes, or days. */
export const FIGURE_UNITS = ['count', 'percent', 'per_1000', 'minutes', 'days'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * Every figure, in screen order, with its section and unit; `part_of`: a breakdown of the figure above it (indented).
 * The label is the message key `dash.fig.<id>`.
 */
export const DASHBOARD_FIGURES = {
  deliveries: { section: 'deliveries', unit: 'count' },
  'deliveries.normal': { section: 'deliveries', unit: 'count', part_of: true },
  'deliveries.assisted': { section: 'deliveries', unit: 'count', part_of: true },
  'deliveries.lscs': { section: 'deliveries', unit: 'count', part_of: true },
  lscs_rate: { section: 'deliveries', unit: 'percent' },
  'births.live': { section: 'births', unit: 'count' },
  lbw_rate: { section: 'births', unit: 'percent' },
  still_birth_rate: { section: 'births', unit: 'per_1000' },
  'births.still.fresh': { section: 'births', unit: 'count', part_of: true },
  'births.still.macerated': { section: 'births', unit: 'count', part_of: true },
  referrals_out: { section: 'referrals', unit: 'count' },
  'referrals_out.before_delivery': { section: 'referrals', unit: 'count', part_of: true },
  'referrals_out.after_delivery': { section: 'referrals', unit: 'count', part_of: true },
  'referral_delay.median': { section: 'referrals', unit: 'minutes' },
  'referral_delay.longest': { section: 'referrals', unit: 'minutes' },
  'referral_delay.over_target': { section: 'referrals', unit: 'percent' },
  referrals_in: { section: 'referrals', unit: 'count' },
  maternal_deaths: { section: 'deaths', unit: 'count' },
  'neonatal_deaths.lt24h': { section: 'deaths', unit: 'count' },
  'neonatal_deaths.1_7d': { section: 'deaths', unit: 'count' },
  hrp_women: { section: 'risk', unit: 'count' },
  'hrp.discharged': { section: 'risk', unit: 'count', part_of: true },
  'hrp.referred_out': { section: 'risk', unit: 'count', part_of: true },
  'hrp.died': { section: 'risk', unit: 'count', part_of: true },
  'hrp.other_exit': { section: 'risk', unit: 'count', part_of: true },
  ppiucd_rate: { section: 'services', unit: 'percent' },
  form1_on_time: { section: 'services', unit: 'percent' },
  report_days_late: { section: 'services', unit: 'days' },
} as const satisfies Record<string, { section: DashboardSection; unit: FigureUnit; part_of?: true }>;
export type DashboardFigureId = keyof typeof DASHBOARD_FIGURES;
export const DASHBOARD_FIGURE_IDS = Object.keys(DASHBOARD_FIGURES) as DashboardFigureId[];

/** The headline figures drawn as 12-month trend charts (care.md §3); the rest are shown as numbers. */
export const TREND_FIGURES: readonly DashboardFigureId[] = [
  'deliveries',
  'lscs_rate',
  'lbw_rate',
  'still_birth_rate',
  'referrals_out',
  'referral_delay.median',
  'maternal_deaths',
  'neonatal_deaths.lt24h',
  'hrp_women',
  'ppiucd_rate',
  'form1_on_time',
  'report_days_late',
];

const ids = z.array(z.number().int());

export const figureValueSchema = z
  .object({
    /** null: nothing to divide by (a month with no deliveries), or not yet due: shown as "—", never 0 or NaN. */
    value: z.number().nullable(),
    /** For shares and rates: what was counted over what. */
    numerator: z.number().int().optional(),
    denominator: z.number().int().optional(),
  })
  .strict();
export type FigureValue = z.output<typeof figureValueSchema>;

/** "—" for a figure with nothing to divide by (or not yet due): never 0, NaN or a division by zero. */
export const NO_VALUE = '—';

/**
 * A figure's number with its unit, `number` already formatted for the language: counts bare, shares with "%", the
 * other units through their message (`dash.unit.<unit>`).
 */
export function unitText(
  unit: FigureUnit,
  number: string,
  translate: (key: string, params: { value: string; count: number }) => string,
) {
  if (unit === 'count') return number;
  if (unit === 'percent') return `${number} %`;
  // `count` picks "1 day" over "1 days" (a number written in other digits reads as "other").
  return translate(`dash.unit.${unit}`, { value: number, count: Number(number) });
}

const figureIdSchema = z.enum(DASHBOARD_FIGURE_IDS as [DashboardFigureId, ...DashboardFigureId[]]);

export const dashboardSchema = z
  .object({
    month: monthSchema,
    /** The 12 months of the trends, oldest first; the last is `month`. */
    months: z.array(monthSchema),
    hospital_name: z.string(),
    /** The policy the referral figures were measured against (care settings). */
    referral_target_minutes: z.number().int(),
    /** `series[figure][i]` is the figure's value in `months[i]`. */
    series: z.record(figureIdSchema, z.array(figureValueSchema)),
    /** The register rows behind each figure in `month`: what a click on the figure opens. */
    rows: z.record(figureIdSchema, z.object({ episode_ids: ids, baby_ids: ids }).strict()),
    /** Serial number, name and delivery of every row named in `rows` (the HMIS drill-down's lookup). */
    lookup: rowLookupSchema,
  })
  .strict();
export type Dashboard = z.output<typeof dashboardSchema>;
