import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/shared/i18n/catalog';
import { bilingual, translate } from '../../src/shared/i18n/translate';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('messages', () => {
  it('has every key in both languages, non-empty, with the same parameters', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(entry.en.trim(), key).not.toBe('');
      expect(entry.hi.trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect(params(entry.hi), key).toEqual(params(entry.en));
    }
  });

  it('writes Hindi in Devanagari (apart from codes and names that stay in Latin)', () => {
    const latinOnly = Object.entries(catalog).filter(([key, entry]) => !DEVANAGARI.test(entry.hi) && key !== 'lang.switch');
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });

  it('interpolates parameters and translates parameters that are keys', () => {
    expect(translate('en', 'v.too_small', { field: 'field.hospital_name', min: 3 })).toBe('Hospital name must be at least 3.');
    expect(translate('hi', 'v.blank', { field: 'field.hospital_name' })).toBe('अस्पताल का नाम खाली नहीं हो सकता।');
    expect(bilingual('nav.register')).toBe('रजिस्टर / Register');
  });

  it('returns an unknown key as is, so a missing message is visible', () => {
    expect(translate('hi', 'no.such.key')).toBe('no.such.key');
  });
});
