import { useEffect, useState } from 'react';
import type { OpOutput } from '../../../shared/contract';
import { api } from '../api/client';

/** The month before today's (reports are made for the month just ended), as `YYYY-MM`. */
export function previousMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The month's values as the DHIS2 side sends them (`dhis2Report`: the HMIS report's figures), reloaded when the month
 * changes or `revision` does (the Reports screen passes its report's version and time, so a saved entry shows).
 */
export function useMonthReport(month: string, revision = ''): { data: OpOutput<'dhis2Report'> | null; error: unknown } {
  // Keyed by month, so a change of month shows nothing stale while the new one loads.
  const [loaded, setLoaded] = useState<{ month: string; data: OpOutput<'dhis2Report'> | null; error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    api.dhis2Report({ month }).then(
      (data) => live && setLoaded({ month, data, error: null }),
      (error: unknown) => live && setLoaded({ month, data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [month, revision]);
  return loaded?.month === month ? { data: loaded.data, error: loaded.error } : { data: null, error: null };
}
