import type { NameStart } from '../../entity-language.js';
import { normalizeArabic } from '../../normalize-arabic.js';
import { wordShape } from '../../word-shape.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import { TITLE_WORDS } from './titles.js';

/** Drops a leading article so «الرئيس» and «رئيس» share a key. */
export function withoutArticle(key: string): string {
  return key.length > 3 && key.startsWith('ال') ? key.slice(2) : key;
}

const countries = new Set<string>();
const countryTokens = new Set<string>();
for (const name of COUNTRY_NAMES) {
  const key = normalizeArabic(name);
  countries.add(key);
  countries.add(withoutArticle(key));
  for (const token of key.split(' ')) if (token.length > 2) countryTokens.add(withoutArticle(token));
}
const titles = new Set(TITLE_WORDS.map((w) => withoutArticle(normalizeArabic(w))));

export const isArabicCountry = (key: string): boolean => countries.has(key) || countries.has(withoutArticle(key));
export const isArabicTitle = (key: string): boolean => titles.has(withoutArticle(key));

/**
 * Word features of the Arabic tagger. Everything depends on the word alone (so scores cache per
 * word type): the normalised form, the stem after proclitics and its affixes, the proclitics
 * themselves, the shape, and whether lists know the stem as a country or a title.
 */
export function createArabicFeatures(nameStart: (word: string) => NameStart) {
  return function wordFeatures(word: string, offset: number, out: string[]): void {
    const o = offset === 0 ? '' : String(offset);
    if (word === '<s>' || word === '</s>') {
      out.push(o + 'B' + word);
      return;
    }
    const n = normalizeArabic(word);
    const start = nameStart(word);
    const prefix = normalizeArabic(word.slice(0, start.prefixLength));
    const stem = start.article ? 'ال' + normalizeArabic(word.slice(start.prefixLength)) : normalizeArabic(word.slice(start.prefixLength));
    const bare = withoutArticle(stem);
    const shape = wordShape(word);
    const gz = isArabicCountry(stem) ? 'G' : countryTokens.has(bare) ? 'g' : '';
    const ti = isArabicTitle(stem);
    out.push(o + 's' + stem, o + 'h' + shape);
    if (gz) out.push(o + 'z' + gz);
    if (ti) out.push(o + 't');
    if (offset === 0) {
      out.push('w' + n, 'p' + prefix, 'a' + (stem.length > bare.length ? '1' : '0'), 'c' + bare);
      out.push('e1' + bare.slice(-1), 'e2' + bare.slice(-2), 'e3' + bare.slice(-3), 'b2' + bare.slice(0, 2), 'b3' + bare.slice(0, 3));
      out.push('l' + Math.min(bare.length, 9), 'x');
      if (shape !== 'A') out.push('W' + word.toLowerCase());
    } else if (offset === -1 || offset === 1) {
      out.push(o + 'w' + n, o + 'p' + prefix, o + 'e2' + bare.slice(-2), o + 'c' + bare);
    }
  };
}
