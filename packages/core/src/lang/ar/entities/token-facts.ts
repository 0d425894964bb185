import type { EntityToken } from '../../entity-language.js';
import { memoByWord } from '../../memo-by-word.js';
import { parseNamePrior } from '../../name-prior.js';
import { normalizeArabic, stripProclitics } from '../../normalize-arabic.js';
import { WORD_COUNTS } from '../models/entity-lexicon.js';
import { NAME_PRIOR } from '../models/entity-names.js';
import { arabicStemKey, isArabicTitle, withoutArticle } from './features.js';
import { parseLexicon } from './lexicon.js';
import { createNameStart } from './name-start.js';
import { PLACE_HEADS, ROLE_HEADS } from './titles.js';

export const frequency = parseLexicon(WORD_COUNTS);
export const nameStart = createNameStart(frequency);
/** Where a mention's name starts: as `nameStart`, but «كوفي» keeps its «ك» and «وفي» is no name. */
export const mentionStart = createNameStart(frequency, true);
export const prior = parseNamePrior(NAME_PRIOR);

const roleHeads = new Set(ROLE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const placeHeads = new Set(PLACE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
/** A definite relational adjective (الجنائية · الدولية · التركية): it continues an organisation's name. */
const NISBA = /^ال[^\s]{2,}(?:ي|يه)$/;

/**
 * What the Arabic rules ask of one word, answered once per word type and then kept on the token
 * for the parse: the rules walk the same tokens many times (titles back, roles forward, place
 * heads, dates), and a property read costs less than a Map lookup per question.
 */
export interface ArabicFacts {
  /** `normalizeArabic` of the word as written. */
  norm: string;
  /** Matching key after its proclitics, the article put back after «لل». */
  stem: string;
  /** Normalised stem after stripping proclitics by rule (the date rules' key: ومارس → مارس). */
  dateStem: string;
  title: boolean;
  /** Carries the article as written (the walk back from a title over adjectives). */
  definite: boolean;
  roleHead: boolean;
  placeHead: boolean;
  nisba: boolean;
  /** Whether the word may start a date or a quantity: filled in by the date rules on first ask. */
  dateStart: boolean | undefined;
}

export const stemOf = memoByWord((word) => arabicStemKey(word, nameStart(word)));

/** The facts of one word (the language's `wordFacts`). */
export function arabicWordFacts(word: string): ArabicFacts {
  const start = nameStart(word);
  const stem = stemOf(word);
  const bare = withoutArticle(stem);
  return {
    norm: normalizeArabic(word),
    stem,
    dateStem: normalizeArabic(stripProclitics(word).stem),
    title: isArabicTitle(stem),
    definite: word.slice(start.prefixLength).startsWith('ال') || start.article,
    roleHead: roleHeads.has(bare),
    placeHead: placeHeads.has(bare),
    nisba: NISBA.test(stem),
    dateStart: undefined,
  };
}

/** `arabicWordFacts` remembered per word, for the rules that ask by word rather than by token. */
export const factsOfWord = memoByWord(arabicWordFacts);

/** The facts of a token's word: from the stage's facts on the token when there, else by lookup. */
export function arabicFacts(token: EntityToken): ArabicFacts {
  const facts = token.facts;
  if (facts !== undefined && facts.own !== undefined) return facts.own as ArabicFacts;
  return factsOfWord(token.text);
}
