import { REGISTER_SORT_KEYS, type RegisterQuery } from '../../../shared/contract/register';
import { OUTCOMES, STATES } from '../../../shared/register/codes';
import { MONTH, nextMonth, previousMonth } from '../../../shared/time';

/** The register book's filters as the screen holds them (and this browser tab remembers). */
export interface BookFilters {
  from: string;
  to: string;
  text: string;
  state: '' | (typeof STATES)[number];
  mode: '' | 'lscs' | 'vaginal';
  outcome: '' | (typeof OUTCOMES)[number];
  risk: '' | 'yes' | 'no';
  voided: boolean;
  sort: (typeof REGISTER_SORT_KEYS)[number];
  descending: boolean;
}

export function defaultBookFilters(today: string): BookFilters {
  const month = today.slice(0, 7);
  return {
    from: month,
    to: month,
    text: '',
    state: '',
    mode: '',
    outcome: '',
    risk: '',
    voided: true,
    sort: 'serial',
    descending: false,
  };
}

/** Saved filters when they are still valid, else this month's register in serial order. */
export function initialBookFilters(today: string, saved: string | null | undefined): BookFilters {
  const base = defaultBookFilters(today);
  if (!saved) return base;
  try {
    const s = JSON.parse(saved) as Partial<BookFilters>;
    const pick = <K extends keyof BookFilters>(key: K, ok: (v: unknown) => boolean): BookFilters[K] =>
      ok(s[key]) ? (s[key] as BookFilters[K]) : base[key];
    const month = (v: unknown) => typeof v === 'string' && MONTH.test(v);
    const oneOf = (list: readonly string[]) => (v: unknown) => typeof v === 'string' && (v === '' || list.includes(v));
    const filters: BookFilters = {
      from: pick('from', month),
      to: pick('to', month),
      text: pick('text', (v) => typeof v === 'string'),
      state: pick('state', oneOf(STATES)),
      mode: pick('mode', oneOf(['lscs', 'vaginal'])),
      outcome: pick('outcome', oneOf(OUTCOMES)),
      risk: pick('risk', oneOf(['yes', 'no'])),
      voided: pick('voided', (v) => typeof v === 'boolean'),
      sort: pick('sort', (v) => typeof v === 'string' && (REGISTER_SORT_KEYS as readonly string[]).includes(v)),
      descending: pick('descending', (v) => typeof v === 'boolean'),
    };
    return filters.from <= filters.to ? filters : { ...filters, to: filters.from };
  } catch {
    return base;
  }
}

/** The listRegister query of the filters (a range given backwards is read forwards). */
export function bookQuery(f: BookFilters): RegisterQuery {
  const [from, to] = f.from <= f.to ? [f.from, f.to] : [f.to, f.from];
  return {
    from_month: from,
    to_month: to,
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.state ? { record_state: f.state } : {}),
    ...(f.mode ? { mode: f.mode } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.risk ? { high_risk: f.risk === 'yes' } : {}),
    include_voided: f.voided,
    sort: f.sort,
    descending: f.descending,
  };
}

/** One month before or after the range's first month (the ‹ › buttons show one month at a time). */
export function monthRange(from: string, delta: number): { from: string; to: string } {
  let month = from;
  for (let i = 0; i < Math.abs(delta); i++) month = delta < 0 ? previousMonth(month) : nextMonth(month);
  return { from: month, to: month };
}
