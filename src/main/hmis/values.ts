import type { AppContext } from '../context';
import { facilitySettings } from '../register/context';
import { computeReport } from './report';
import { formatFor } from './service';

/**
 * A month's values for the channels that send them elsewhere (the DHIS2 push, ADX): the same numbers the Reports
 * screen shows — the frozen snapshot once the month is submitted, else today's figures with the clerk's entries.
 * `value` null = blank (a manual item not entered). The shape is the DHIS2 side's `MonthlyReportValues`
 * (issue 6, `src/shared/report-values.ts` on its branch), so it can be wired as `reportProvider` as it is.
 */
export interface HmisMonthValues {
  format_id: string;
  month: string;
  facility: { name: string; hmis_facility_code: string };
  items: { item_no: string; item_key: string; wording: string; value: number | null }[];
}

export function hmisMonthValues(ctx: AppContext, month: string, formatId?: string): HmisMonthValues {
  const format = formatFor(ctx, month, formatId);
  const { report } = computeReport(ctx, format, month);
  const facility = facilitySettings(ctx);
  return {
    format_id: format.id,
    month,
    facility: { name: facility.hospital_name, hmis_facility_code: facility.hmis_facility_code },
    items: report.items.map((i) => ({ item_no: i.item_no, item_key: i.compute, wording: i.wording_en, value: i.value })),
  };
}
