import { type NamePrior, priorFeatures } from '../../name-prior.js';
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

/**
 * Word features of the English tagger, all from the word alone (so scores cache per word type):
 * the form and its lower case, affixes, shape, list membership (countries, titles), and how the
 * training text tagged the word (the name prior, added by `createEnglishFeatures`).
 */
export function createEnglishFeatures(prior: NamePrior) {
  return (word: string, offset: number, out: string[]): void => {
    englishWordFeatures(word, offset, out);
    if (offset >= -1 && offset <= 1 && word !== '<s>' && word !== '</s>') priorFeatures(prior(word), offset === 0 ? '' : String(offset), out);
  };
}

function englishWordFeatures(word: string, offset: number, out: string[]): void {
  const o = offset === 0 ? '' : String(offset);
  if (word === '<s>' || word === '</s>') {
    out.push(o + 'B' + word);
    return;
  }
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  out.push(o + 'w' + lower, o + 'h' + shape);
  if (isEnglishTitle(lower)) out.push(o + 't');
  if (isEnglishCountry(lower)) out.push(o + 'zG');
  else if (countryTokens.has(lower)) out.push(o + 'zg');
  if (offset === 0) {
    out.push('W' + word, 'x', 'l' + Math.min(word.length, 9));
    for (let k = 1; k <= 4 && k < lower.length; k++) out.push('e' + k + lower.slice(-k), 'b' + k + lower.slice(0, k));
    if (word.includes('-')) out.push('hy');
    if (word.includes('.')) out.push('dot');
    if (word.length > 1 && shape === 'X') out.push('caps');
  } else if (offset === -1 || offset === 1) {
    out.push(o + 'e3' + lower.slice(-3));
  }
}
