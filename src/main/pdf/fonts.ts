import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FACES = [
  {
    file: 'noto-sans-devanagari-devanagari-wght-normal.woff2',
    range: 'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+20F0, U+25CC, U+A830-A839, U+A8E0-A8FF',
  },
  {
    file: 'noto-sans-devanagari-latin-ext-wght-normal.woff2',
    range:
      'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1E9F, U+20A0-20AB, U+20AD-20C0, U+2113, U+A720-A7FF',
  },
  {
    file: 'noto-sans-devanagari-latin-wght-normal.woff2',
    range:
      'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212, U+FEFF, U+FFFD',
  },
];

const cache = new Map<string, string>();

/**
 * `@font-face` rules for the bundled Noto Sans Devanagari, embedded as data URLs so a printed document never
 * depends on the PC's fonts (a missing font prints Hindi as boxes) or on loading files. Family: 'Prasav Sans'.
 */
export function embeddedFontCss(resourcesDir: string): string {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const css = FACES.map(
    ({ file, range }) =>
      `@font-face{font-family:'Prasav Sans';font-style:normal;font-weight:100 900;font-display:block;` +
      `src:url(data:font/woff2;base64,${readFileSync(join(resourcesDir, 'fonts', file)).toString('base64')}) format('woff2');unicode-range:${range};}`,
  ).join('\n');
  cache.set(resourcesDir, css);
  return css;
}
