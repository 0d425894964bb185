import { type FeatureName, type FeatureSink, featureExtractor, featureName, namesByOffset } from '../../../annotate/entities/feature-hash.js';
import { clusterFeaturesTo, type NamePrior, priorFeaturesTo } from '../../name-prior.js';
import { wordShape } from '../../word-shape.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import { ORGANIZATION_WORDS, PLACE_WORDS, TITLE_WORDS } from './titles.js';

const countries = new Set<string>();
const countryTokens = new Set<string>();
for (const name of COUNTRY_NAMES) {
  const key = name.toLowerCase();
  countries.add(key);
  for (const token of key.split(' ')) if (token.length > 2 && token !== 'and' && token !== 'the') countryTokens.add(token);
}
const titles = new Set(TITLE_WORDS);
/** Head words as a class (o organisation, q place): rare heads share what frequent ones taught. */
const heads = new Map<string, string>([...PLACE_WORDS.map((w) => [w, 'q'] as const), ...ORGANIZATION_WORDS.map((w) => [w, 'o'] as const)]);

export const isEnglishCountry = (key: string): boolean => countries.has(key);
export const isEnglishTitle = (key: string): boolean => titles.has(key.endsWith('.') ? key.slice(0, -1) : key);

const names = namesByOffset(['B', 'w', 'h', 't', 'zG', 'zg', 'e3', 'n', 'k', 'K', 'o'] as const);
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
export function createEnglishFeatures(prior: NamePrior, clusters: NamePrior) {
  const featuresTo = (word: string, offset: number, sink: FeatureSink): void => {
    englishWordFeatures(word, offset, sink);
    if (word === '<s>' || word === '</s>') return;
    const at = names(offset);
    if (offset >= -1 && offset <= 1) priorFeaturesTo(prior(word), at.n, sink);
    clusterFeaturesTo(clusters(word.toLowerCase()), at.k, at.K, sink);
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
  const head = heads.get(lower);
  if (head !== undefined) sink.add(at.o, head);
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
