import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useMemo } from 'react';
import { OUTCOMES, STATES } from '../../../../shared/register/codes';
import { useI18n } from '../../i18n/I18n';
import { monthRange, type BookFilters } from '../../register/book';
import { useRegister } from '../../register/RegisterContext';

/* The register book's month range (from, to, ‹ ›, this month, this year) and its filters. */

interface Props {
  filters: BookFilters;
  onChange: Dispatch<SetStateAction<BookFilters>>;
}

export function BookRange({ filters, onChange: setFilters }: Props) {
  const { t, tx } = useI18n();
  const { clock } = useRegister();
  const set = <K extends keyof BookFilters>(key: K, value: BookFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
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
            {tx(`month.${Number(m)}`)}
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
      <button type="button" onClick={() => setFilters((f) => ({ ...f, from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) }))}>
        {t('book.this_year')}
      </button>
    </div>
  );
}

export function BookFilterBar(props: Props & { text: string; onText: (text: string) => void; children: ReactNode }) {
  const { t } = useI18n();
  const { filters, onChange: setFilters } = props;
  const set = <K extends keyof BookFilters>(key: K, value: BookFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <div className="book-filters" role="search">
      <input
        type="search"
        value={props.text}
        onChange={(e) => props.onText(e.target.value)}
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
      {props.children}
    </div>
  );
}
