import type { MonthlyReportValues } from '../../shared/report-values';
import type { DbHandle } from '../db/handle';
import type { FormatDirs } from './formats';
import { getReport } from './service';

/**
 * A month's values for the channels that send them elsewhere (the DHIS2 push, ADX): the same numbers the Reports
 * screen shows — the frozen snapshot once the month is submitted, else today's figures with the clerk's entries.
 * `value` null = blank (a manual item not entered). This is the app's `ctx.reportProvider` (bootstrap), which the
 * Reports screen's DHIS2 panel and the CLI's `push` read.
 */
export function hmisMonthValues(ctx: DbHandle & FormatDirs, month: string, formatId?: string): MonthlyReportValues {
  const report = getReport(ctx, { month, ...(formatId ? { format_id: formatId } : {}) });
  return {
    format_id: report.format.id,
    month,
    facility: { name: report.header.hospital_name, hmis_facility_code: report.header.hmis_facility_code },
    items: report.items.map((i) => ({ item_no: i.item_no, item_key: i.compute, wording: i.wording_en, value: i.value })),
  };
}
