import { describe, expect, expectTypeOf, it } from 'vitest';
import { translate, type TranslationKey } from '../../src/shared/i18n/translate';

/*
 * The screens' `t()` takes a TranslationKey: a message key, or the base of a plural pair. A typo is a compile error
 * (`npm run typecheck` checks this file); keys that come as data go through `tx()`.
 */
describe('translation keys are checked at compile time', () => {
  it('accepts message keys and plural bases, and refuses a typo', () => {
    expectTypeOf<'nav.register'>().toExtend<TranslationKey>();
    expectTypeOf<'missing.more'>().toExtend<TranslationKey>();
    // @ts-expect-error a misspelt key does not compile
    const typo: TranslationKey = 'nav.registr';
    expect(translate('en', typo)).toBe('nav.registr');
    expect(translate('en', 'missing.more', { count: 2 })).toBe('and 2 more');
  });
});
