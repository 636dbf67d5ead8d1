import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { MONTH } from '../../../../shared/time';
import { useOp } from '../../api/query';

/**
 * Which month and format the screen shows, and that report. The first visit asks for no month (the service picks the
 * last complete one and the format the settings give). Each choice is its own query, so an answer to a month asked
 * earlier never replaces the one asked last; while the new month loads the old one stays, marked `loading`.
 */
export function useReportView() {
  const [choice, setChoice] = useState<{ month?: string; format_id?: string }>({});
  const query = useOp('getHmisReport', choice, { placeholderData: keepPreviousData });
  const report = query.data;
  return {
    report,
    /** The figures shown are another month's, the one asked for is on its way. */
    loading: query.isPlaceholderData || query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
    /** The month asked for last (the picker shows it even before its figures arrive). */
    month: choice.month ?? report?.month ?? '',
    goTo: (month: string) => {
      if (MONTH.test(month)) setChoice((c) => ({ ...c, month }));
    },
    setFormat: (format_id: string) => setChoice((c) => ({ month: c.month ?? report?.month, format_id })),
  };
}
