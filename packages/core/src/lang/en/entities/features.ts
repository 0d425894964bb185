import { type FeatureName, type FeatureSink, featureExtractor, featureName, namesByOffset } from '../../../annotate/entities/feature-hash.js';
import { type NamePrior, priorFeaturesTo } from '../../name-prior.js';
import { wordShape } from '../../word-shape.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import { TITLE_WORDS } from './titles.js';

const countries = new Set<string>();
const countryTokens = new Set<string>();
for (const name of COUNTRY_NAMES) {
  const key = name.toLowerCase();
  countries.add(key);
  for (const token of key.split(' ')) if (token.length > 2 && token !== 'and' && token !== 'the') countryTokens.add(token);
}
const titles = new Set(TITLE_WORDS);

export const isEnglishCountry = (key: string): boolean => countries.has(key);
export const isEnglishTitle = (key: string): boolean => titles.has(key.endsWith('.') ? key.slice(0, -1) : key);

const names = namesByOffset(['B', 'w', 'h', 't', 'zG', 'zg', 'e3', 'n'] as const);
const W = featureName('W');
const X = featureName('x');
const L = featureName('l');
const E = [1, 2, 3, 4].map((k) => featureName(`e${k}`));
const B = [1, 2, 3, 4].map((k) => featureName(`b${k}`));
const HY = featureName('hy');
const DOT = featureName('dot');
const CAPS = featureName('caps');
const DIGITS = '0123456789';

/**
 * Word features of the English tagger, all from the word alone (so scores cache per word type):
 * the form and its lower case, affixes, shape, list membership (countries, titles), and how the
 * training text tagged the word (the name prior). Strings to train; `.hashes` gives the same
 * features as their hashes for the tagger, building no strings.
 */
export function createEnglishFeatures(prior: NamePrior) {
  const featuresTo = (word: string, offset: number, sink: FeatureSink): void => {
    englishWordFeatures(word, offset, sink);
    if (offset >= -1 && offset <= 1 && word !== '<s>' && word !== '</s>') priorFeaturesTo(prior(word), names(offset).n, sink);
  };
  return featureExtractor(featuresTo);
}

function englishWordFeatures(word: string, offset: number, sink: FeatureSink): void {
  const at = names(offset);
  if (word === '<s>' || word === '</s>') {
    sink.add(at.B, word);
    return;
  }
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  sink.add(at.w, lower);
  sink.add(at.h, shape);
  if (isEnglishTitle(lower)) sink.add(at.t);
  if (isEnglishCountry(lower)) sink.add(at.zG);
  else if (countryTokens.has(lower)) sink.add(at.zg);
  const len = lower.length;
  if (offset === 0) {
    sink.add(W, word);
    sink.add(X);
    const l = Math.min(word.length, 9);
    sink.add(L, DIGITS, l, l + 1);
    for (let k = 1; k <= 4 && k < len; k++) {
      sink.add(E[k - 1] as FeatureName, lower, len - k, len);
      sink.add(B[k - 1] as FeatureName, lower, 0, k);
    }
    if (word.includes('-')) sink.add(HY);
    if (word.includes('.')) sink.add(DOT);
    if (word.length > 1 && shape === 'X') sink.add(CAPS);
  } else if (offset === -1 || offset === 1) {
    sink.add(at.e3, lower, Math.max(0, len - 3), len);
  }
}
