import { translate, type MessageParams } from '../../shared/i18n/translate';

/** A message key in both languages, for texts that travel with the report (checks, exports). */
export function bothLanguages(key: string, params?: MessageParams): { en: string; hi: string } {
  return { en: translate('en', key, params), hi: translate('hi', key, params) };
}
