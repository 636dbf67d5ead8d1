import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/i18n/define';
import { translate, type MessageParams, type TranslationKey } from '../../../shared/i18n/translate';

interface I18nValue {
  lang: Language;
  setLang: (lang: Language) => void;
  /** Only known message keys compile (a typo is a type error); `isMessageKey` narrows a key that comes as data. */
  t: (key: TranslationKey, params?: MessageParams) => string;
  /**
   * A key that comes as data (a code's label `mode.${code}`, a field path, a service's error message): any string,
   * shown as is when it is not a message key. Literal keys go through `t`.
   */
  tx: (key: string, params?: MessageParams) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

const STORAGE_KEY = 'prasav.lang';

/** First paint uses the last language seen on this PC; the stored setting then wins. */
export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'hi' ? saved : 'hi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  }, [lang]);
  const setLang = useCallback((next: Language) => setLangState(next), []);
  const t = useCallback((key: TranslationKey, params?: MessageParams) => translate(lang, key, params), [lang]);
  const tx = useCallback((key: string, params?: MessageParams) => translate(lang, key, params), [lang]);
  const value = useMemo(() => ({ lang, setLang, t, tx }), [lang, setLang, t, tx]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
