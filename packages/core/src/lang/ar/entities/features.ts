import type { NameStart } from '../../entity-language.js';
import { type NamePrior, priorFeatures } from '../../name-prior.js';
import { normalizeArabic } from '../../normalize-arabic.js';
import { wordShape } from '../../word-shape.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import { TITLE_WORDS } from './titles.js';

/** The matching key of a word's stem: proclitics off, the article put back after «لل». */
export function arabicStemKey(word: string, start: NameStart): string {
  const stem = normalizeArabic(word.slice(start.prefixLength));
  return start.article ? 'ال' + stem : stem;
}

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
 * themselves, the shape, whether lists know the stem as a country or a title, and how the
 * training text tagged the stem (the name prior).
 */
export function createArabicFeatures(nameStart: (word: string) => NameStart, prior: NamePrior) {
  const analyse = (word: string) => {
    const n = normalizeArabic(word);
    const start = nameStart(word);
    const prefix = normalizeArabic(word.slice(0, start.prefixLength));
    const stem = arabicStemKey(word, start);
    // The article is «ال» with a bare alef as written: «ألونسو» (hamza) is a name, not al- + ونسو.
    const written = word.slice(start.prefixLength);
    const article = start.article || (written.startsWith('ال') && stem.length > 3);
    const bare = article ? stem.slice(2) : stem;
    const gz = isArabicCountry(stem) ? 'G' : countryTokens.has(bare) ? 'g' : '';
    return { word, n, prefix, stem, written, article, bare, shape: wordShape(word), gz, ti: isArabicTitle(stem) };
  };
  let last = analyse('');
  return function wordFeatures(word: string, offset: number, out: string[]): void {
    const o = offset === 0 ? '' : String(offset);
    if (word === '<s>' || word === '</s>') {
      out.push(o + 'B' + word);
      return;
    }
    // The tagger asks for the five offsets of a word in a row: analyse it once.
    if (word !== last.word) last = analyse(word);
    const { n, prefix, stem, written, article, bare, shape, gz, ti } = last;
    out.push(o + 's' + stem, o + 'h' + shape);
    if (gz) out.push(o + 'z' + gz);
    if (ti) out.push(o + 't');
    if (offset >= -1 && offset <= 1) priorFeatures(prior(stem), o, out);
    if (offset === 0) {
      out.push('w' + n, 'p' + prefix, 'a' + (article ? '1' : '0'), 'c' + bare, 'o1' + written.slice(0, 1));
      out.push('e1' + bare.slice(-1), 'e2' + bare.slice(-2), 'e3' + bare.slice(-3), 'b2' + bare.slice(0, 2), 'b3' + bare.slice(0, 3));
      out.push('l' + Math.min(bare.length, 9), 'x');
      // Letter trigrams: transliterated foreign names share them (…سكي, …ستان, …فيتش) wherever they fall.
      // (Not for run-on strings: no name is longer than 40 letters.)
      const padded = bare.length <= 40 ? `^${bare}$` : '';
      for (let i = 0; i + 3 <= padded.length; i++) out.push('g' + padded.slice(i, i + 3));
      if (shape !== 'A') out.push('W' + word.toLowerCase());
    } else if (offset === -1 || offset === 1) {
      out.push(o + 'w' + n, o + 'p' + prefix, o + 'e2' + bare.slice(-2), o + 'c' + bare);
    }
  };
}
