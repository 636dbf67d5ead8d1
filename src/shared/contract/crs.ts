import { z } from 'zod';
import { CRS_REPORTS } from '../register/crs';
import { op } from './define';

/* The CRS due list (care.md §4): reports to the registrar not yet submitted, and what a maternal death still needs. */

export const crsDueReportSchema = z.object({
  episode_id: z.number().int(),
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  report: z.enum(CRS_REPORTS),
  /** null = the mother (a maternal death). */
  baby_order: z.number().int().nullable(),
  /** Birth, still birth or death: the 21 days run from it. */
  event_at: z.string(),
  due_date: z.string(),
  /** Negative when overdue. */
  days_left: z.number().int(),
  overdue: z.boolean(),
});
export type CrsDueReport = z.output<typeof crsDueReportSchema>;

export const maternalDeathDueSchema = z.object({
  episode_id: z.number().int(),
  serial_no: z.string(),
  mother_name: z.string().nullable(),
  died_at: z.string(),
  /** The district is told within 24 hours of the death. */
  notify_by: z.string(),
  notified_at: z.string().nullable(),
  notify_overdue: z.boolean(),
  /** Facility Based Maternal Death Review not yet recorded as done. */
  fbmdr_due: z.boolean(),
});
export type MaternalDeathDue = z.output<typeof maternalDeathDueSchema>;

export const crsDueSchema = z.object({
  reports: z.array(crsDueReportSchema),
  maternal_deaths: z.array(maternalDeathDueSchema),
});
export type CrsDue = z.output<typeof crsDueSchema>;

export const crsOps = {
  /** For the home screen: CRS Forms 1, 2 and 3 not yet submitted (soonest due first), and maternal deaths' notification and FBMDR. */
  crsDue: op({
    input: z.object({ since_days: z.number().int().min(1).max(730).optional() }).strict(),
    output: crsDueSchema,
    permission: 'user',
    mutates: false,
  }),
};
