import { type FeatureSink, featureExtractor, featureName, namesByOffset } from '../../../annotate/entities/feature-hash.js';
import type { NameStart } from '../../entity-language.js';
import { clusterFeaturesTo, type NamePrior, priorFeaturesTo } from '../../name-prior.js';
import { normalizeArabic } from '../../normalize-arabic.js';
import { wordShape } from '../../word-shape.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import { ORGANIZATION_HEADS, PLACE_HEADS, TITLE_WORDS } from './titles.js';

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
/** Head words as a class (o organisation, q place): rare heads share what frequent ones taught. */
const heads = new Map<string, string>([
  ...ORGANIZATION_HEADS.map((w) => [withoutArticle(normalizeArabic(w)), 'o'] as const),
  ...PLACE_HEADS.map((w) => [withoutArticle(normalizeArabic(w)), 'q'] as const),
]);

export const isArabicCountry = (key: string): boolean => countries.has(key) || countries.has(withoutArticle(key));
export const isArabicTitle = (key: string): boolean => titles.has(withoutArticle(key));

/**
 * Word features of the Arabic tagger. Everything depends on the word alone (so scores cache per
 * word type): the normalised form, the stem after proclitics and its affixes, the proclitics
 * themselves, the shape, whether lists know the stem as a country or a title, and how the
 * training text tagged the stem (the name prior).
 */
export function createArabicFeatures(nameStart: (word: string) => NameStart, prior: NamePrior, clusters: NamePrior) {
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
    return { word, n, prefix, stem, written, article, bare, shape: wordShape(word), gz, ti: isArabicTitle(stem), cl: clusters(stem), hd: heads.get(bare) };
  };
  let last = analyse('');
  const names = namesByOffset(['B', 's', 'h', 'z', 't', 'n', 'w', 'p', 'e2', 'c', 'k', 'K', 'o'] as const);
  const at0 = names(0);
  const A = featureName('a');
  const O1 = featureName('o1');
  const E1 = featureName('e1');
  const E3 = featureName('e3');
  const B2 = featureName('b2');
  const B3 = featureName('b3');
  const L = featureName('l');
  const X = featureName('x');
  const G = featureName('g');
  const W = featureName('W');
  const DIGITS = '0123456789';
  /** The features of `word` seen `offset` tokens away, into a sink (strings to train, hashes to tag). */
  function featuresTo(word: string, offset: number, sink: FeatureSink): void {
    const at = names(offset);
    if (word === '<s>' || word === '</s>') {
      sink.add(at.B, word);
      return;
    }
    // The tagger asks for the five offsets of a word in a row: analyse it once.
    if (word !== last.word) last = analyse(word);
    const { n, prefix, stem, written, article, bare, shape, gz, ti, cl, hd } = last;
    sink.add(at.s, stem);
    if (hd !== undefined) sink.add(at.o, hd);
    clusterFeaturesTo(cl, at.k, at.K, sink);
    sink.add(at.h, shape);
    if (gz) sink.add(at.z, gz);
    if (ti) sink.add(at.t);
    if (offset >= -1 && offset <= 1) priorFeaturesTo(prior(stem), at.n, sink);
    const len = bare.length;
    if (offset === 0) {
      sink.add(at0.w, n);
      sink.add(at0.p, prefix);
      sink.add(A, article ? '1' : '0');
      sink.add(at0.c, bare);
      sink.add(O1, written, 0, Math.min(1, written.length));
      // e1…e3: the last letters (slice(-k)); b2, b3: the first (slice(0, k)).
      sink.add(E1, bare, Math.max(0, len - 1), len);
      sink.add(at0.e2, bare, Math.max(0, len - 2), len);
      sink.add(E3, bare, Math.max(0, len - 3), len);
      sink.add(B2, bare, 0, Math.min(2, len));
      sink.add(B3, bare, 0, Math.min(3, len));
      const l = Math.min(len, 9);
      sink.add(L, DIGITS, l, l + 1);
      sink.add(X);
      // Letter trigrams: transliterated foreign names share them (…سكي, …ستان, …فيتش) wherever they fall.
      // (Not for run-on strings: no name is longer than 40 letters.)
      const padded = len <= 40 ? `^${bare}$` : '';
      for (let i = 0; i + 3 <= padded.length; i++) sink.add(G, padded, i, i + 3);
      if (shape !== 'A') sink.add(W, word.toLowerCase());
    } else if (offset === -1 || offset === 1) {
      sink.add(at.w, n);
      sink.add(at.p, prefix);
      sink.add(at.e2, bare, Math.max(0, len - 2), len);
      sink.add(at.c, bare);
    }
  }
  /** Features as strings (training); `.hashes` gives the same features as their hashes (the tagger). */
  return featureExtractor(featuresTo);
}
