import { formatInstant, formatMonth as monthInWords } from '../../../shared/i18n/dates';
import type { Language } from '../../../shared/i18n/define';
import { DEFAULT_FACILITY_SETTINGS } from '../../../shared/settings';
import { useAppState } from '../state';

/** Writes an instant as the clerk reads it: the facility's own time zone, DD-MM-YYYY HH:mm (shared/i18n/dates.ts). */
export function useWhen(): (iso: string) => string {
  const { settings } = useAppState();
  const zone = settings?.time_zone ?? DEFAULT_FACILITY_SETTINGS.time_zone;
  return (iso) => formatInstant(iso, zone);
}

// Built once per language: an Intl formatter costs far more to build than to use (chart labels ask for twelve).
const shortMonths: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  hi: new Intl.DateTimeFormat('hi-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A month (`YYYY-MM`) in words, in the screen's language: "November 2026", "नवंबर 2026" (short: chart labels). */
export function formatMonth(month: string, lang: Language, style: 'long' | 'short' = 'long'): string {
  if (style === 'long') return monthInWords(lang, month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return shortMonths[lang].format(new Date(Date.UTC(y, m - 1, 1)));
}
