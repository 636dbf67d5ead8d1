import { useCallback, useMemo, useState } from 'react';
import type { RegisterQuery } from '../../../../shared/contract/register';
import { useOps } from '../../api/query';

const PAGE = 100;

/**
 * The pages of the register in view for one query, read through the data layer (`useOps`): each page is cached
 * under its own key, so scrolling back shows it at once, and a new query never shows an older query's rows.
 */
export function usePagedRegister(query: RegisterQuery) {
  const key = useMemo(() => JSON.stringify(query), [query]);
  const [view, setView] = useState({ key, first: 0, last: 0 });
  const range = view.key === key ? view : { key, first: 0, last: 0 };
  const pageNumbers = useMemo(() => {
    const numbers = [0];
    for (let page = Math.max(1, range.first); page <= range.last; page++) numbers.push(page);
    return numbers;
  }, [range.first, range.last]);
  const results = useOps(
    'listRegister',
    pageNumbers.map((page) => ({ ...query, offset: page * PAGE, limit: PAGE })),
  );
  const ensure = useCallback(
    (first: number, last: number) => {
      const next = { key, first: Math.floor(first / PAGE), last: Math.floor(last / PAGE) };
      setView((v) => (v.key === next.key && v.first === next.first && v.last === next.last ? v : next));
    },
    [key],
  );
  const rowAt = (index: number) => {
    const at = pageNumbers.indexOf(Math.floor(index / PAGE));
    return at < 0 ? undefined : results[at]?.data?.rows[index % PAGE];
  };
  const total = results.find((r) => r.data)?.data?.total ?? null;
  const error = results.find((r) => r.error)?.error ?? null;
  return { key, total, rowAt, ensure, error };
}
