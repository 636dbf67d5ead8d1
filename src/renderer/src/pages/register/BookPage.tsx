import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';
import { bookQuery, initialBookFilters, type BookFilters } from '../../register/book';
import { useRegister } from '../../register/RegisterContext';
import { navigate } from '../../router';
import { BookFilterBar, BookRange } from './BookFilterBar';
import { BookRow, COLUMNS, ROW_HEIGHT, type SortKey } from './BookRow';
import { usePagedRegister } from './useBookPages';

/*
 * The register as the paper book looks: one line per woman in serial order, the columns a clerk knows. Any
 * month or range of months (years of data): the list is virtualised and fetched from listRegister a page at a
 * time as it scrolls. Headers sort, the bar above filters; voided lines stay, struck through.
 */

const STORAGE_KEY = 'prasav.book';

export function BookPage() {
  const { t, tx } = useI18n();
  const { clock } = useRegister();
  const [filters, setFilters] = useState<BookFilters>(() => {
    const saved = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    return initialBookFilters(clock().today, saved);
  });
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(filters));
  }, [filters]);
  // The text filter waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.text === text ? f : { ...f, text })), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const query = useMemo(() => bookQuery(filters), [filters]);
  const { key, total, rowAt, ensure, error } = usePagedRegister(query);
  const scroller = useRef<HTMLDivElement>(null);
  // useVirtualizer returns functions whose results change without a new object: React Compiler cannot memoise
  // this component, which is fine (it re-renders on scroll by design).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total) ensure(first, last);
  }, [first, last, total, ensure]);

  // The highlighted row, for the query it was chosen in (a new query starts at the top again).
  const [picked, setPicked] = useState({ key, index: 0 });
  const active = picked.key === key ? picked.index : 0;
  const setActive = (index: number) => setPicked({ key, index });
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [key]);

  const sortBy = (key: SortKey) => setFilters((f) => ({ ...f, sort: key, descending: f.sort === key ? !f.descending : false }));

  const move = (index: number) => {
    if (!total) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 500) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) {
      e.preventDefault();
      move(active + moves[e.key]!);
    } else if (e.key === 'Home') {
      e.preventDefault();
      move(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      move((total ?? 1) - 1);
    } else if (e.key === 'Enter') {
      const row = rowAt(active);
      if (row) navigate(`register/record/${row.id}`);
    }
  };

  return (
    <section className="page book" aria-labelledby="book-title">
      <div className="page-head book-head">
        <h1 id="book-title">{t('book.title')}</h1>
        <BookRange filters={filters} onChange={setFilters} />
      </div>
      <BookFilterBar filters={filters} onChange={setFilters} text={text} onText={setText}>
        <span className="book-total" role="status" data-testid="book-total">
          {total === null ? t('status.loading') : t('book.total', { count: total })}
        </span>
      </BookFilterBar>
      <ErrorBanner error={error} />
      <div className="book-table" role="table" aria-label={t('book.title')} aria-rowcount={(total ?? 0) + 1}>
        <div className="book-row book-header" role="row">
          {COLUMNS.map((col) => (
            <div
              key={col.id}
              role="columnheader"
              className={`cell cell-${col.id}`}
              aria-sort={col.sort && filters.sort === col.sort ? (filters.descending ? 'descending' : 'ascending') : undefined}
            >
              {col.sort ? (
                <button type="button" className="sort" onClick={() => sortBy(col.sort!)}>
                  {tx(col.label)}
                  <span className="sort-mark" aria-hidden="true">
                    {filters.sort === col.sort ? (filters.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              ) : (
                tx(col.label)
              )}
            </div>
          ))}
        </div>
        <div
          ref={scroller}
          className="book-body"
          tabIndex={0}
          onKeyDown={onKeyDown}
          role="rowgroup"
          aria-label={t('book.rows')}
          aria-activedescendant={total ? `book-row-${active}` : undefined}
          data-testid="book-body"
        >
          {total === 0 && <p className="empty">{t('book.empty')}</p>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => (
              <BookRow
                key={item.key}
                index={item.index}
                row={rowAt(item.index)}
                active={item.index === active}
                top={item.start}
                onOpen={(row) => navigate(`register/record/${row.id}`)}
                onPick={() => setActive(item.index)}
              />
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
