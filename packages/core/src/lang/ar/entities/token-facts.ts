import type { EntityToken, NameStart } from '../../entity-language.js';
import { memoByWord } from '../../memo-by-word.js';
import { parseNamePrior } from '../../name-prior.js';
import { normalizeArabic, stripProclitics } from '../../normalize-arabic.js';
import { WORD_COUNTS } from '../models/entity-lexicon.js';
import { NAME_PRIOR } from '../models/entity-names.js';
import { arabicStemKey, isArabicCountry, isArabicTitle, withoutArticle } from './features.js';
import { parseLexicon } from './lexicon.js';
import { createNameStart } from './name-start.js';
import { NATIONALITY_ADJECTIVES, ORGANIZATION_HEADS, ORGANIZATION_KIND_NOUNS, PLACE_HEADS, ROLE_HEADS } from './titles.js';

export const frequency = parseLexicon(WORD_COUNTS);
export const nameStart = createNameStart(frequency);
export const prior = parseNamePrior(NAME_PRIOR);
/**
 * Where a mention's name starts: as `nameStart`, but «كوفي» keeps its «ك», «وفي» is no name, and «فيصل»
 * or «ليونيل» keep their first letter («ف» comes off only before a stem the name prior knows).
 */
export const mentionStart = createNameStart(frequency, (key) => prior(arabicStemKey(key, nameStart(key))) !== undefined);

const roleHeads = new Set(ROLE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const placeHeads = new Set(PLACE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const organizationHeads = new Set(ORGANIZATION_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const organizationKinds = new Set(ORGANIZATION_KIND_NOUNS.map(normalizeArabic));
const nationalities = new Set(NATIONALITY_ADJECTIVES.map(normalizeArabic));
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
  /** `nameStart` of the word: its proclitics as the tagger reads them (mentions cut by the stricter `mentionStart`). */
  start: NameStart;
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
  /** Its stem heads organisations' names, article or not (محكمة · البنك · الوزارة). */
  organizationHead: boolean;
  /** A noun naming a kind of organisation before its name, proclitics allowed (بشركة · لقناة · صحيفة). */
  organizationKind: boolean;
  /** A masculine nationality adjective with the article and no proclitic (الإيطالي · الفرنسي). */
  nationality: boolean;
  /** Whether the word may start a date or a quantity: filled in by the date rules on first ask. */
  dateStart: boolean | undefined;
}

export const stemOf = memoByWord((word) => arabicStemKey(word, nameStart(word)));

/** The facts of one word, computed (`factsOfWord` remembers them). */
function arabicWordFacts(word: string): ArabicFacts {
  const start = nameStart(word);
  const stem = stemOf(word);
  const bare = withoutArticle(stem);
  const dateStem = normalizeArabic(stripProclitics(word).stem);
  return {
    norm: normalizeArabic(word),
    start,
    stem,
    dateStem,
    title: isArabicTitle(stem),
    definite: word.slice(start.prefixLength).startsWith('ال') || start.article,
    roleHead: roleHeads.has(bare),
    placeHead: placeHeads.has(bare),
    nisba: NISBA.test(stem),
    organizationHead: organizationHeads.has(bare),
    organizationKind: organizationKinds.has(stem) || organizationKinds.has(dateStem),
    nationality: masculineNationality(word),
    dateStart: undefined,
  };
}

/**
 * A masculine nationality adjective with the article and no proclitic (الإيطالي · الفرنسي, not
 * الفرنسية nor والفرنسي): its stem is a country's name less its ending (فرنسا · إيطاليا · البرتغال)
 * or a listed one (الإنجليزي).
 */
function masculineNationality(word: string): boolean {
  // «اليمنى» (right, feminine) normalises to a nisba's ending: the ي must be written.
  if (!word.endsWith('ي')) return false;
  const n = normalizeArabic(word);
  if (n.length < 5 || !n.startsWith('ال') || !n.endsWith('ي') || n.endsWith('يي')) return false;
  const adjective = n.slice(2);
  if (nationalities.has(adjective)) return true;
  const base = adjective.slice(0, -1);
  return base.length >= 2 && [base, `${base}ا`, `${base}يا`, `${base}ه`, `${base}يه`].some(isArabicCountry);
}

/** The facts of one word (the language's `wordFacts`), once per word type: the stage keeps them on its tokens. */
export const factsOfWord = memoByWord(arabicWordFacts);

/** The facts of a token's word: from the stage's facts on the token when there, else by lookup. */
export function arabicFacts(token: EntityToken): ArabicFacts {
  const facts = token.facts;
  if (facts !== undefined && facts.own !== undefined) return facts.own as ArabicFacts;
  return factsOfWord(token.text);
}
