import { describe, expect, it } from 'vitest';
import { prefixKeys, textKey } from '../../src/shared/romanize';
import { completionOf } from '../../src/renderer/src/register/entryChoices';

describe('completion across scripts', () => {
  it('a Devanagari beginning offers a value stored in Latin, whole, in its stored spelling', () => {
    expect(completionOf(['Kishanganj', 'Belwa'], 'बेल')).toEqual({ value: 'Belwa', from: 0 });
    // On through the word, including a consonant whose schwa the next letter decides (बेलव → "belv…").
    expect(completionOf(['Belwa'], 'बेलव')).toEqual({ value: 'Belwa', from: 0 });
    expect(completionOf(['Kamla Devi'], 'कमल')).toEqual({ value: 'Kamla Devi', from: 0 });
    expect(completionOf(['Rita Devi'], 'रीता दे')).toEqual({ value: 'Rita Devi', from: 0 });
    // The whole name typed in Hindi still offers the register's spelling.
    expect(completionOf(['Belwa'], 'बेलवा')).toEqual({ value: 'Belwa', from: 0 });
  });

  it('a Latin beginning offers a value stored in Devanagari', () => {
    expect(completionOf(['बेलवा'], 'Bel')).toEqual({ value: 'बेलवा', from: 0 });
    expect(completionOf(['सुनीता देवी'], 'suneeta d')).toEqual({ value: 'सुनीता देवी', from: 0 });
  });

  it('prefers a value in the typed script, completed after the typed letters', () => {
    expect(completionOf(['Belwa', 'बेलवा'], 'बेल')).toEqual({ value: 'बेलवा', from: 3 });
    expect(completionOf(['बेलवा', 'Belwa'], 'Bel')).toEqual({ value: 'Belwa', from: 3 });
    // Most used first among other-script matches, as among same-script ones.
    expect(completionOf(['Belwari', 'Belwa'], 'बेल')?.value).toBe('Belwari');
  });

  it('offers nothing when no value begins that way in either script', () => {
    expect(completionOf(['Belwa', 'Thakurganj'], 'राम')).toBeNull();
    expect(completionOf(['बेलवा'], 'Ram')).toBeNull();
    expect(completionOf(['Belwa'], ' ')).toBeNull();
    expect(completionOf([], 'बेल')).toBeNull();
    // A same-script value is completed only when longer than the typed text.
    expect(completionOf(['Belwa'], 'belwa')).toBeNull();
  });

  it('reads a typed beginning both ways when a bare consonant ends it', () => {
    expect(prefixKeys('बेलव')).toEqual(['belav', 'belv']);
    expect(prefixKeys('बेलवा')).toEqual(['belva']);
    expect(prefixKeys('Bel')).toEqual(['bel']);
    expect(prefixKeys('')).toEqual([]);
    expect(textKey('Rita  Devi')).toBe('rita devi');
  });
});
