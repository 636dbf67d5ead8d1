import { addDays, isValidIsoDate, parseDateDMY, parseTime, toLocalIso, westernDigits } from '../../../shared/time';

/*
 * What a clerk types into a date or time box, as the register stores it. Dates are DD-MM-YYYY (also `/` or `.`,
 * Devanagari digits, `05102026`, `5-10` for this year), or a word for today / yesterday; times are 24-hour or
 * AM/PM (`14:30`, `2:30 pm`, `1430`), or a word for now. The screen echoes the parsed value back.
 */

export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'error' };

const EMPTY = { kind: 'empty' } as const;
const ERROR = { kind: 'error' } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });

const TODAY_WORDS = new Set(['t', 'today', 'aaj', 'आज']);
const YESTERDAY_WORDS = new Set(['y', 'yesterday', 'kal', 'कल']);
const NOW_WORDS = new Set(['n', 'now', 'abhi', 'अभी']);

/** "Now" in the facility's zone: today's date and the time, as the forms' defaults and words use them. */
export interface InputClock {
  timeZone: string;
  /** `YYYY-MM-DD` */
  today: string;
  /** `HH:mm` */
  nowTime: string;
}

export function inputClock(timeZone: string, nowMs: number = Date.now()): InputClock {
  const iso = toLocalIso(nowMs, timeZone);
  return { timeZone, today: iso.slice(0, 10), nowTime: iso.slice(11, 16) };
}

/**
 * A typed date → `YYYY-MM-DD`. Without a year the date is this year's; for dates in the past (most of the
 * register) a `DD-MM` that would be after today is last year's (typing `28-12` on 2 January).
 */
export function parseDateInput(text: string, today: string, options: { future?: boolean } = {}): Parsed<string> {
  const raw = westernDigits(text).trim().toLowerCase();
  if (raw === '') return EMPTY;
  if (TODAY_WORDS.has(raw)) return ok(today);
  if (YESTERDAY_WORDS.has(raw)) return ok(addDays(today, -1));
  if (isValidIsoDate(raw)) return ok(raw);
  let spaced = raw;
  if (/^\d{8}$/.test(raw) || /^\d{6}$/.test(raw)) spaced = `${raw.slice(0, 2)}-${raw.slice(2, 4)}-${raw.slice(4)}`;
  const noYear = /^(\d{1,2})[-/.](\d{1,2})$/.exec(spaced);
  if (noYear) {
    const year = Number(today.slice(0, 4));
    const thisYear = parseDateDMY(`${noYear[1]}-${noYear[2]}-${year}`);
    if (thisYear && !options.future && thisYear > today) {
      const lastYear = parseDateDMY(`${noYear[1]}-${noYear[2]}-${year - 1}`);
      return lastYear ? ok(lastYear) : ERROR;
    }
    return thisYear ? ok(thisYear) : ERROR;
  }
  const iso = parseDateDMY(spaced);
  return iso ? ok(iso) : ERROR;
}

/** A typed time → `HH:mm` (24-hour). */
export function parseTimeInput(text: string, nowTime: string): Parsed<string> {
  const raw = westernDigits(text).trim().toLowerCase();
  if (raw === '') return EMPTY;
  if (NOW_WORDS.has(raw)) return ok(nowTime);
  const time = parseTime(raw);
  return time ? ok(time) : ERROR;
}

/** Parts of a 24-hour time for a 12-hour echo: `14:30` → 2:30, pm, afternoon. */
export function twelveHour(hhmm: string): { text: string; pm: boolean; part: 'night' | 'morning' | 'afternoon' | 'evening' } {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const part = h < 4 || h >= 20 ? 'night' : h < 12 ? 'morning' : h < 16 ? 'afternoon' : 'evening';
  return { text: `${h12}:${String(m).padStart(2, '0')}`, pm: h >= 12, part };
}

/** Day of the week of an ISO date, 0 = Sunday (for the echo "Wednesday"). */
export function weekday(isoDate: string): number {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).getUTCDay();
}
