/** A message in both UI languages. `{{name}}` marks an interpolated parameter. */
export interface Bilingual {
  en: string;
  hi: string;
}

export const LANGUAGES = ['hi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Each feature keeps its messages in one module, both languages side by side, so a key cannot exist
 * in one language only. Keys are dotted: `nav.register`, `field.mother_name`, `v.too_small`.
 */
export function defineMessages<K extends string>(messages: Record<K, Bilingual>): Record<K, Bilingual> {
  return messages;
}
