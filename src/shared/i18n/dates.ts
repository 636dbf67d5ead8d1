import { formatDMY, MONTH, toLocalIso, westernDigits } from '../time';
import type { Language } from './define';
import { translate } from './translate';

/*
 * How every screen writes a date, a time or a month: DD-MM-YYYY, 24-hour HH:mm, months by name in the screen's
 * language (नवंबर 2026). One module, so the header, the Users screen, the backups and the register agree; the
 * browser's locale (which names months in English on a Hindi screen) is never asked.
 */

/** A stored local date or date-time → `05-10-2026`. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatDMY(iso.slice(0, 10)) : '';
}

/** A stored local date-time (`2026-10-05T14:30:00+05:30`) → `05-10-2026 14:30`, as the register wrote it. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? `${formatDMY(iso.slice(0, 10))} ${iso.slice(11, 16)}` : '';
}

/** An instant in any offset (a backup's `…Z` time, a last login) → the facility's wall clock, `04-12-2026 00:13`. */
export function formatInstant(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDateTime(toLocalIso(ms, timeZone));
}

/** `11` → `नवंबर` / `November`. */
export function monthName(lang: Language, monthNumber: number): string {
  return translate(lang, `month.${monthNumber}`);
}

/** `2026-11` → `नवंबर 2026` / `November 2026`. */
export function formatMonth(lang: Language, month: string): string {
  return MONTH.test(month) ? `${monthName(lang, Number(month.slice(5, 7)))} ${month.slice(0, 4)}` : month;
}

/** `2026-11` → `11-2026`: the month as typed, in the DD-MM-YYYY order. */
export function formatMonthNumeric(month: string): string {
  return MONTH.test(month) ? `${month.slice(5, 7)}-${month.slice(0, 4)}` : month;
}

/** What a clerk types for a month (`11-2026`, `11/2026`, `2026-11`, Devanagari digits) → `2026-11`, or null. */
export function parseMonth(text: string): string | null {
  const s = westernDigits(text.trim());
  const mY = /^(\d{1,2})[-/. ](\d{4})$/.exec(s);
  const Ym = /^(\d{4})[-/. ](\d{1,2})$/.exec(s);
  const month = mY ? `${mY[2]}-${mY[1]!.padStart(2, '0')}` : Ym ? `${Ym[1]}-${Ym[2]!.padStart(2, '0')}` : null;
  return month && MONTH.test(month) ? month : null;
}
