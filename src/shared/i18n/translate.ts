import type { Bilingual, Language } from './define';
import { catalog, type MessageKey } from './catalog';

export type MessageParams = Record<string, string | number>;

/** A key `t()` takes: a message key, or the base of a plural pair (`x` for `x_one` / `x_other`, chosen by `count`). */
type PluralBase<K> = K extends `${infer Base}_one` ? Base : never;
export type TranslationKey = MessageKey | PluralBase<MessageKey>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function interpolate(template: string, params: MessageParams | undefined, lang: Language): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A parameter may itself be a message key (a field name, a code); translate it when it is one.
    if (typeof value === 'string' && value in catalog) return catalog[value as MessageKey][lang];
    return String(value);
  });
}

/** True when `key` is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

// Built once: a PluralRules costs far more to build than to ask, and screens ask it for every count they show.
const plurals: Record<Language, Intl.PluralRules> = {
  en: new Intl.PluralRules('en-IN'),
  hi: new Intl.PluralRules('hi-IN'),
};

/**
 * Translate a key. `_one`/`_other` plural variants are chosen from `params.count`; an unknown key is
 * returned as is, so a missing translation shows up on screen instead of hiding the text.
 */
export function translate(lang: Language, key: string, params?: MessageParams): string {
  let entry: Bilingual | undefined;
  if (params && typeof params.count === 'number') {
    const form = plurals[lang].select(params.count);
    const pluralKey = `${key}_${form === 'one' ? 'one' : 'other'}`;
    if (isMessageKey(pluralKey)) entry = catalog[pluralKey];
  }
  if (!entry && isMessageKey(key)) entry = catalog[key];
  if (!entry) return key;
  return interpolate(entry[lang], params, lang);
}

/** Both languages at once, for bilingual print: "हिन्दी / English". */
export function bilingual(key: string, params?: MessageParams, separator = ' / '): string {
  return `${translate('hi', key, params)}${separator}${translate('en', key, params)}`;
}
