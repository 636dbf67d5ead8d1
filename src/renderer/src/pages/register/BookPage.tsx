import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EpisodeSummary, REGISTER_SORT_KEYS, RegisterQuery } from '../../../../shared/contract/register';
import { OUTCOMES, STATES } from '../../../../shared/register/codes';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorText';
import { BabiesText } from '../../components/register-bits';
import { useI18n } from '../../i18n/I18n';
import { bookQuery, initialBookFilters, monthRange, type BookFilters } from '../../register/book';
import { codeLabel, formatDate, formatDateTime } from '../../register/format';
import { useRegister } from '../../register/RegisterContext';
import { navigate } from '../../router';

/*
 * The register as the paper book looks: one line per woman in serial order, the columns a clerk knows. Any
 * month or range of months (years of data): the list is virtualised and fetched from listRegister a page at a
 * time as it scrolls. Headers sort, the bar above filters; voided lines stay, struck through.
 */

const PAGE = 100;
const ROW_HEIGHT = 50;
const STORAGE_KEY = 'prasav.book';

type SortKey = (typeof REGISTER_SORT_KEYS)[number];

interface Column {
  id: string;
  label: string;
  sort?: SortKey;
}

const COLUMNS: Column[] = [
  { id: 'serial', label: 'col.serial', sort: 'serial' },
  { id: 'admitted', label: 'col.admitted', sort: 'admission_at' },
  { id: 'name', label: 'col.name', sort: 'mother_name' },
  { id: 'age', label: 'col.age', sort: 'age_years' },
  { id: 'relative', label: 'col.relative' },
  { id: 'address', label: 'col.address' },
  { id: 'contact', label: 'col.contact' },
  { id: 'gp', label: 'col.gp' },
  { id: 'delivery', label: 'col.delivery', sort: 'delivery_at' },
  { id: 'mode', label: 'col.mode' },
  { id: 'babies', label: 'col.babies' },
  { id: 'outcome', label: 'col.outcome', sort: 'outcome_at' },
];

export function BookPage() {
  const { t } = useI18n();
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

  const set = <K extends keyof BookFilters>(key: K, value: BookFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
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

  const years = useMemo(() => {
    const now = Number(clock().today.slice(0, 4));
    return Array.from({ length: 12 }, (_, i) => now - i);
  }, [clock]);
  const [fromYear, fromMonth] = filters.from.split('-');
  const [toYear, toMonth] = filters.to.split('-');
  const monthSelect = (which: 'from' | 'to', year: string, month: string) => (
    <span className="month-pick" role="group" aria-label={t(`book.${which}`)}>
      <span className="month-pick-label">{t(`book.${which}`)}</span>
      <select
        aria-label={`${t(`book.${which}`)}: ${t('book.month')}`}
        value={month}
        onChange={(e) => set(which, `${year}-${e.target.value}`)}
      >
        {Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => (
          <option key={m} value={m}>
            {t(`month.${Number(m)}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={`${t(`book.${which}`)}: ${t('book.year')}`}
        value={year}
        onChange={(e) => set(which, `${e.target.value}-${month}`)}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
  const shift = (delta: number) => setFilters((f) => ({ ...f, ...monthRange(f.from, delta) }));
  const today = clock().today;

  return (
    <section className="page book" aria-labelledby="book-title">
      <div className="page-head book-head">
        <h1 id="book-title">{t('book.title')}</h1>
        <div className="book-range">
          <button type="button" onClick={() => shift(-1)} aria-label={t('book.previous_month')}>
            ‹
          </button>
          {monthSelect('from', fromYear!, fromMonth!)}
          {monthSelect('to', toYear!, toMonth!)}
          <button type="button" onClick={() => shift(1)} aria-label={t('book.next_month')}>
            ›
          </button>
          <button type="button" onClick={() => setFilters((f) => ({ ...f, from: today.slice(0, 7), to: today.slice(0, 7) }))}>
            {t('book.this_month')}
          </button>
          <button
            type="button"
            onClick={() => setFilters((f) => ({ ...f, from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) }))}
          >
            {t('book.this_year')}
          </button>
        </div>
      </div>
      <div className="book-filters" role="search">
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('book.text_placeholder')}
          aria-label={t('book.text')}
          className="book-text"
        />
        <select
          aria-label={t('book.state')}
          value={filters.state}
          onChange={(e) => set('state', e.target.value as BookFilters['state'])}
        >
          <option value="">{t('book.any_state')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`record_state.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('field.mode')}
          value={filters.mode}
          onChange={(e) => set('mode', e.target.value as BookFilters['mode'])}
        >
          <option value="">{t('book.any_mode')}</option>
          <option value="vaginal">{t('book.mode_vaginal')}</option>
          <option value="lscs">{t('book.mode_lscs')}</option>
        </select>
        <select
          aria-label={t('field.outcome')}
          value={filters.outcome}
          onChange={(e) => set('outcome', e.target.value as BookFilters['outcome'])}
        >
          <option value="">{t('book.any_outcome')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('risk.high')}
          value={filters.risk}
          onChange={(e) => set('risk', e.target.value as BookFilters['risk'])}
        >
          <option value="">{t('book.any_risk')}</option>
          <option value="yes">{t('book.risk_yes')}</option>
          <option value="no">{t('book.risk_no')}</option>
        </select>
        <label className="inline-check">
          <input type="checkbox" checked={filters.voided} onChange={(e) => set('voided', e.target.checked)} />
          {t('book.include_voided')}
        </label>
        <span className="book-total" role="status" data-testid="book-total">
          {total === null ? t('status.loading') : t('book.total', { count: total })}
        </span>
      </div>
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
                  {t(col.label)}
                  <span className="sort-mark" aria-hidden="true">
                    {filters.sort === col.sort ? (filters.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              ) : (
                t(col.label)
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

function BookRow(props: {
  index: number;
  row: EpisodeSummary | undefined;
  active: boolean;
  top: number;
  onOpen: (row: EpisodeSummary) => void;
  onPick: () => void;
}) {
  const { t } = useI18n();
  const { row } = props;
  const style = { transform: `translateY(${props.top}px)`, height: ROW_HEIGHT };
  if (!row) {
    return (
      <div className="book-row loading" role="row" style={style} id={`book-row-${props.index}`} aria-rowindex={props.index + 2}>
        <div className="cell" role="cell">
          …
        </div>
      </div>
    );
  }
  const cls = ['book-row', row.voided ? 'voided' : '', props.active ? 'active' : '', row.high_risk ? 'row-risk' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={cls}
      role="row"
      style={style}
      id={`book-row-${props.index}`}
      aria-rowindex={props.index + 2}
      aria-selected={props.active}
      data-testid="book-row"
      onClick={() => {
        props.onPick();
        props.onOpen(row);
      }}
    >
      <div role="cell" className="cell cell-serial">
        {row.serial_no}
        {row.voided && <span className="badge badge-void">{t('state.voided')}</span>}
      </div>
      <div role="cell" className="cell cell-admitted">
        {formatDate(row.admission_at)}
        <span className="sub">{row.admission_at?.slice(11, 16)}</span>
      </div>
      <div role="cell" className="cell cell-name">
        <span className="strike">{row.mother_name ?? '—'}</span>
        {row.high_risk && <span className="risk-dot" title={t('risk.high')} aria-label={t('risk.high')} />}
      </div>
      <div role="cell" className="cell cell-age">
        {row.age_years ?? ''}
      </div>
      <div role="cell" className="cell cell-relative">
        {row.relative_name
          ? `${row.relation_type ? t(`relation_type.${row.relation_type}`) : ''} ${row.relative_name}`.trim()
          : ''}
      </div>
      <div role="cell" className="cell cell-address">
        {row.village_ward ?? ''}
        <span className="sub">{row.block ?? ''}</span>
      </div>
      <div role="cell" className="cell cell-contact">
        {row.mobile ?? ''}
        <span className="sub">{row.rch_id ?? ''}</span>
      </div>
      <div role="cell" className="cell cell-gp">
        {row.gravida != null ? `G${row.gravida} P${row.para ?? '?'}` : ''}
      </div>
      <div role="cell" className="cell cell-delivery">
        {formatDate(row.delivery_at)}
        <span className="sub">{row.delivery_at?.slice(11, 16)}</span>
      </div>
      <div role="cell" className="cell cell-mode">
        {row.mode ? codeLabel(t, 'mode', row.mode) : ''}
      </div>
      <div role="cell" className="cell cell-babies">
        <BabiesText babies={row.babies} />
      </div>
      <div role="cell" className="cell cell-outcome">
        {row.outcome
          ? codeLabel(t, 'outcome', row.outcome)
          : row.record_state !== 'closed'
            ? t(`record_state.${row.record_state}`)
            : ''}
        <span className="sub">{formatDateTime(row.outcome_at)}</span>
        {row.referral_delay_minutes !== null && (
          <span className="sub" data-testid="book-referral-delay">
            {t('col.referral_delay')}: {t('care.delay_minutes', { minutes: row.referral_delay_minutes })}
          </span>
        )}
      </div>
    </div>
  );
}

/** Pages of the register for one query, fetched when first shown; answers for an older query are dropped. */
function usePagedRegister(query: RegisterQuery) {
  const key = useMemo(() => JSON.stringify(query), [query]);
  const [state, setState] = useState<PagedState>(() => emptyPaged(''));
  /** Pages asked for, for the current query only. */
  const requested = useRef<{ key: string; pages: Set<number> }>({ key: '', pages: new Set() });

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      if (requested.current.pages.has(page)) return;
      requested.current.pages.add(page);
      const current = () => requested.current.key === key;
      api
        .listRegister({ ...query, offset: page * PAGE, limit: PAGE })
        .then((result) => {
          if (!current()) return;
          setState((s) => {
            const base = s.key === key ? s : emptyPaged(key);
            return { ...base, total: result.total, pages: new Map(base.pages).set(page, result.rows), error: null };
          });
        })
        .catch((error: unknown) => {
          if (!current()) return;
          requested.current.pages.delete(page);
          setState((s) => ({ ...(s.key === key ? s : emptyPaged(key)), error }));
        });
    },
    [key, query],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const shown = state.key === key ? state : emptyPaged(key);
  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) fetchPage(page);
    },
    [fetchPage],
  );
  const { pages } = shown;
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE], [pages]);
  return { key, total: shown.total, rowAt, ensure, error: shown.error };
}

interface PagedState {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, EpisodeSummary[]>;
  error: unknown;
}

const emptyPaged = (key: string): PagedState => ({ key, total: null, pages: new Map(), error: null });
