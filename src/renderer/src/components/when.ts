import type { Language } from '../../../shared/i18n/define';

/** An instant as the clerk reads it: the facility's own time zone, the screen's language. */
export function formatWhen(iso: string, lang: Language, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timeZone ?? 'Asia/Kolkata',
  }).format(new Date(iso));
}
