/**
 * Search keys that let a name typed in either script find a name entered in the other: सुनीता and "Sunita",
 * "Suneeta" all become `sunita`. Both scripts are reduced to one loose Latin spelling: aspiration dropped
 * (kh→k, bh→b), long vowels folded (ee→i, oo→u), s/sh/ṣ merged, doubled letters collapsed, z→j, w→v, x→ks,
 * and Hindi's silent inherent vowel (schwa) deleted at word end and in the V C _ C V position (कमला → kamla).
 * It is a search key, not a transliteration to show anyone.
 */

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const ANUSVARA = '\u0902';
const CHANDRABINDU = '\u0901';
const VISARGA = '\u0903';
const MATRA_AA = '\u093E';

const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'k',
  ग: 'g',
  घ: 'g',
  ङ: 'n',
  च: 'c',
  छ: 'c',
  ज: 'j',
  झ: 'j',
  ञ: 'n',
  ट: 't',
  ठ: 't',
  ड: 'd',
  ढ: 'd',
  ण: 'n',
  त: 't',
  थ: 't',
  द: 'd',
  ध: 'd',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'b',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  ळ: 'l',
  श: 's',
  ष: 's',
  स: 's',
  ह: 'h',
  क़: 'k',
  ख़: 'k',
  ग़: 'g',
  ज़: 'j',
  ड़: 'd',
  ढ़: 'd',
  फ़: 'f',
  य़: 'y',
};
/** Nukta forms: the base consonant plus U+093C. */
const NUKTA_FORMS: Record<string, string> = { क: 'k', ख: 'k', ग: 'g', ज: 'j', ड: 'd', ढ: 'd', फ: 'f', य: 'y' };

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
};
const MATRAS: Record<string, string> = {
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
};

interface Syllable {
  consonant: string;
  /** The vowel sound after the consonant; 'a?' marks an inherent schwa that may be silent. */
  vowel: string;
}

/** One Devanagari word → loose Latin with schwa deletion. */
function devanagariWord(word: string): string {
  const units: (Syllable | string)[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (CONSONANTS[ch] !== undefined) {
      let consonant = CONSONANTS[ch]!;
      if (chars[i + 1] === NUKTA) {
        consonant = NUKTA_FORMS[ch] ?? consonant;
        i++;
      }
      const next = chars[i + 1];
      if (next === VIRAMA) {
        units.push({ consonant, vowel: '' });
        i++;
      } else if (next !== undefined && MATRAS[next] !== undefined) {
        units.push({ consonant, vowel: MATRAS[next]! });
        i++;
      } else {
        units.push({ consonant, vowel: 'a?' });
      }
    } else if (INDEPENDENT_VOWELS[ch] !== undefined) {
      units.push(INDEPENDENT_VOWELS[ch]!);
    } else if (ch === ANUSVARA || ch === CHANDRABINDU) {
      units.push('n');
    } else if (ch === VISARGA) {
      units.push('h');
    } else if (/[a-z0-9]/i.test(ch)) {
      units.push(ch.toLowerCase());
    }
  }
  // Schwa deletion: the last consonant's inherent vowel is silent; medially, in V C _ C V.
  const hasVowel = (u: Syllable | string | undefined) =>
    u !== undefined && (typeof u === 'string' ? /[aeiou]/.test(u) : u.vowel !== '' && u.vowel !== 'a?');
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (typeof u === 'string' || u?.vowel !== 'a?') continue;
    const isLast = i === units.length - 1 || units.slice(i + 1).every((x) => x === 'n' || x === 'h');
    if (isLast && i > 0) {
      u.vowel = '';
      continue;
    }
    const prev = units[i - 1];
    const next = units[i + 1];
    const prevHasVowel = prev !== undefined && (typeof prev === 'string' ? /[aeiou]/.test(prev) : prev.vowel !== '');
    if (prevHasVowel && next !== undefined && typeof next !== 'string' && hasVowel(next)) u.vowel = '';
    else u.vowel = 'a';
  }
  return units.map((u) => (typeof u === 'string' ? u : u.consonant + u.vowel.replace('?', ''))).join('');
}

/** Folds spelling variants of romanised Indian names onto one form. Applied to both scripts' output. */
function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/([kgcjtdpb])h/g, '$1')
    .replace(/ee|ii/g, 'i')
    .replace(/oo|uu/g, 'u')
    .replace(/aa/g, 'a')
    .replace(/y$/g, 'i')
    .replace(/iy(?=[aeiou])/g, 'i')
    .replace(/m(?=[pb])/g, 'n')
    .replace(/ng(?![aeiou])/g, 'n')
    .replace(/([^aeiou])h$/, '$1')
    .replace(/(.)\1+/g, '$1');
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** Whether a text is (at least partly) in Devanagari. */
export const isDevanagari = (text: string) => DEVANAGARI.test(text);

/** The search key of one word in either script. */
export function romanizeWord(word: string): string {
  return foldLatin(isDevanagari(word) ? devanagariWord(word) : word);
}

/**
 * A looser key for vowels English spellings do not agree on (बेगम "Begum", रौशन "Roshan"): the first letter
 * and the consonants after it.
 */
export function skeletonKey(key: string): string {
  return key.length <= 1 ? key : key[0] + key.slice(1).replace(/[aeiouy]/g, '');
}

/** Words of a name or a query, split on anything that is neither a letter, a Devanagari sign nor a digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Keys of every word of a text (empty words dropped). */
export function nameKeys(text: string | null | undefined): string[] {
  if (!text) return [];
  return words(text)
    .map(romanizeWord)
    .filter((k) => k.length > 0);
}

/** The key of a whole text (a village, a name): its words' keys, space-separated. */
export function textKey(text: string): string {
  return nameKeys(text).join(' ');
}

/**
 * The keys a typed beginning may have, for prefix matching against `textKey`s. A Devanagari beginning that ends
 * on a bare consonant may be read two ways, since whether a schwa is spoken depends on what follows: बेलव alone
 * is "belav", but as the start of बेलवा it is "belv…".
 */
export function prefixKeys(typed: string): string[] {
  const parts = words(typed);
  const last = parts.pop();
  if (last === undefined) return [];
  const head = parts.map(romanizeWord).filter((k) => k.length > 0);
  const lastKeys = [romanizeWord(last)];
  const lastChar = [...last].at(-1)!;
  if (CONSONANTS[lastChar] !== undefined || lastChar === NUKTA) {
    const open = romanizeWord(last + MATRA_AA);
    if (open.endsWith('a')) lastKeys.push(open.slice(0, -1));
  }
  const keys = lastKeys.filter((k) => k.length > 0).map((k) => [...head, k].join(' '));
  return [...new Set(keys)];
}
