import type { OpOutput } from '../../../shared/contract';
import { useOp } from '../api/query';

/** The month before today's (reports are made for the month just ended), as `YYYY-MM`. */
export function previousMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The month's values as the DHIS2 side sends them (`dhis2Report`: the HMIS report's figures). Saving the report's
 * inputs, exporting or signing off invalidates `dhis2Report`, so a saved entry shows here too.
 */
export function useMonthReport(month: string): { data: OpOutput<'dhis2Report'> | null; error: unknown } {
  const { data, error } = useOp('dhis2Report', { month });
  return { data: data ?? null, error };
}
