import type { Language } from '../../../shared/i18n/define';

/** An instant as the clerk reads it: the facility's own time zone, the screen's language. */
export function formatWhen(iso: string, lang: Language, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timeZone ?? 'Asia/Kolkata',
  }).format(new Date(iso));
}

/** A month (`YYYY-MM`) in words, in the screen's language: "November 2026", "नवंबर 2026". */
export function formatMonth(month: string, lang: Language, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
