import { lazyModel } from '../../../annotate/entities/tagger-model.js';
import type { EntityLanguage, EntityToken } from '../../entity-language.js';
import { memoByWord } from '../../memo-by-word.js';
import { parseWordClusters } from '../../name-prior.js';
import { normalizeArabic, stripProclitics } from '../../normalize-arabic.js';
import { AR_GIVEN_NAME_GENDER } from '../given-names.js';
import { WORD_CLUSTERS } from '../models/entity-clusters.js';
import { ENTITY_DOCUMENT } from '../models/entity-document.js';
import { ENTITY_TAGGER } from '../models/entity-tagger.js';
import { arabicTemporalAndQuantities } from './dates.js';
import { createArabicFeatures, isArabicCountry, withoutArticle } from './features.js';
import { FACILITY_HEADS, ORGANIZATION_TAILS, PLACE_ADJECTIVES, PLACE_HEADS, SPEECH_VERBS, STOP_NAMES } from './titles.js';
import { arabicFacts, factsOfWord, frequency, mentionStart, nameStart, prior, stemOf } from './token-facts.js';

/** Stop words compare as written (marks off, alef forms kept apart from ى): «على» is a stop word, «علي» a name. */
const asWritten = (w: string) => w.replace(/[\u0640\u064b-\u065f\u0670]/g, '');
const stopNames = new Set(STOP_NAMES.map(asWritten));
const organizationTails = new Set(ORGANIZATION_TAILS.map(normalizeArabic));
const speechVerbs = new Set(SPEECH_VERBS.map(normalizeArabic));
const placeAdjectives = new Set(PLACE_ADJECTIVES.map(normalizeArabic));
/** Where an apposition ends: punctuation, or the complementiser of the speech verb (قال …، مدير …، إن). */
const ROLE_END = new Set(['،', ',', '.', ':', '؛', ';', '"', '«', '»', '“', '”', '(', ')', 'إن', 'ان', 'أن', 'انه', 'إنه', 'أنه']);

const speechVerb = memoByWord((word) => speechVerbs.has(normalizeArabic(word)) || speechVerbs.has(normalizeArabic(stripProclitics(word).stem)));
const commonWord = memoByWord((word) => {
  // Tanween marks an indefinite noun or an adverb (برنامجًا · عمومًا), never a name.
  if (/[\u064b-\u064d]/.test(word)) return true;
  const key = stemOf(word);
  return frequency(key) >= 3 && prior(key) === undefined;
});
const stopName = memoByWord((word) => stopNames.has(asWritten(word)));
/** A pronoun suffix after a stem of two letters or more (حلم|ه · كتاب|ها · رفاق|هم). */
const PRONOUN_SUFFIX = /^([\u0621-\u063a\u0641-\u064a]{2,}?)(?:ه|ها|هم|هما|هن)$/;
const pronounSuffixed = memoByWord((word) => {
  const m = PRONOUN_SUFFIX.exec(word);
  if (!m || frequency(normalizeArabic(word)) > 0) return false;
  const base = normalizeArabic(m[1] as string);
  // A final alef before the suffix is the stem's «ى» (مرماه ← مرمى; normalised, ى and ي are one).
  return frequency(base) > 0 || (base.endsWith('ا') && frequency(`${base.slice(0, -1)}ي`) > 0);
});
/** A definite organisation head standing alone (البنك · للوزارة · والمحكمة). */
const genericHead = memoByWord((word) => {
  const facts = factsOfWord(word);
  return facts.definite && facts.organizationHead;
});

const isWord = (t: EntityToken | undefined): t is EntityToken => !!t && t.word;
/** «و»/«ف» and «بـ»/«كـ» before the article, or «لـ» eating its alef (للعدالة), on a stem of three letters or more. */
const JOINED_DEFINITE = /^(?:[وف][بك]?ال|[بك]ال|[وف]?لل)[\u0621-\u064a]{3}/u;

const placeHeads = new Set(PLACE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const facilityHeads = new Set(FACILITY_HEADS.map(normalizeArabic));
const OPENING_QUOTES = new Set(['"', '«', '“']);
/**
 * A place noun as a whole token (no proclitic): «العاصمة», «مدينة», or a facility's noun in the
 * construct state, without the article (قاعدة … · مطار …; «القاعدة» before a name is the group).
 */
const isPlaceNoun = (t: EntityToken | undefined): boolean => {
  if (!isWord(t)) return false;
  const facts = arabicFacts(t);
  return facts.start.prefixLength === 0 && (facilityHeads.has(facts.norm) || placeHeads.has(withoutArticle(facts.norm)));
};

/** A noun naming a kind of organisation in the construct state (no article), proclitics allowed: بشركة · لقناة · صحيفة. */
function organizationHeadAt(tokens: readonly EntityToken[], i: number): boolean {
  const t = tokens[i];
  return isWord(t) && arabicFacts(t).organizationKind;
}

/**
 * A name right after a place or facility noun (قاعدة «بايكونور» · قاعة العروض "كروكوس …"), with
 * an opening quotation mark or one definite word between them at most: the place itself.
 */
function afterPlaceNoun(tokens: readonly EntityToken[], s: number): boolean {
  let k = s - 1;
  if (OPENING_QUOTES.has(tokens[k]?.text ?? '')) k--;
  if (isPlaceNoun(tokens[k])) return true;
  const between = tokens[k];
  return isWord(between) && arabicFacts(between).definite && isPlaceNoun(tokens[k - 1]);
}

/** An ordinal adjective (الأول · الأولى · الثاني · الثالثة …), normalised, by its stem. */
const ORDINAL = /^ال(?:اول|ثان|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اخير)/;
const ordinal = memoByWord((word) => ORDINAL.test(normalizeArabic(word)));

/** Whether a masculine nationality adjective follows tokens ending at `e` (… ليون الفرنسي). */
function nationalityAfter(tokens: readonly EntityToken[], e: number): boolean {
  const next = tokens[e];
  return isWord(next) && arabicFacts(next).nationality;
}

/** Marks that open or close a row of a results table (: سلتيك ( اسكتلندا ) - ليل ( فرنسا ) 1 - 1). */
const ROW_MARKS = new Set(['-', ':', ')', 'ـ', '–']);

/** The words in parentheses from `open`: a country, or words training knew as places' (اسكتلندا); the index of «)», or -1. */
function placeInParentheses(tokens: readonly EntityToken[], open: number): number {
  let close = open + 1;
  while (close < tokens.length && close - open <= 3 && isWord(tokens[close])) close++;
  if (close === open + 1 || tokens[close]?.text !== ')') return -1;
  let key = '';
  let known = true;
  for (let k = open + 1; k < close; k++) {
    const word = (tokens[k] as EntityToken).text;
    key += (k > open + 1 ? ' ' : '') + word;
    if (!prior(stemOf(word))?.includes('L')) known = false;
  }
  return known || isArabicCountry(normalizeArabic(key)) ? close : -1;
}

const clusters = parseWordClusters(WORD_CLUSTERS);
const features = createArabicFeatures(nameStart, prior, clusters);

/** The key of «عبد» opening a compound given name, and of «الله», after which «عبد الله» stands alone as often. */
const COMPOUND_HEAD = normalizeArabic('عبد');
const ALLAH = normalizeArabic('الله');

/** Keys of the links of a lineage («بن», «بنت», «آل», the Mauritanian «ولد»): a name never ends on one. */
const NAME_LINK_KEYS = new Set(['بن', 'ابن', 'بنت', 'آل', 'ولد'].map(normalizeArabic));
const endsOnLink = (words: readonly string[]) => words.length >= 2 && NAME_LINK_KEYS.has(words[words.length - 1] as string);

export const arabicEntities: EntityLanguage = {
  code: 'ar',
  // «عبد الباسط», «عبد الرحيم»: a servant-of compound is a given name; the press writes a family name after it.
  incompleteName: (words) => (words.length === 2 && words[0] === COMPOUND_HEAD && words[1] !== ALLAH) || endsOnLink(words),
  endsOnNameLink: endsOnLink,
  model: lazyModel(ENTITY_TAGGER, () => {
    prior('');
    clusters('');
  }),
  ...(ENTITY_DOCUMENT ? { documentModel: lazyModel(ENTITY_DOCUMENT, () => {}) } : {}),
  wordFeatures: features,
  wordFeatureHashes: features.hashes,
  wordFacts: factsOfWord,
  nameStart: mentionStart,
  matchKey: normalizeArabic,
  wordKey: stemOf,
  titleBefore(tokens, end) {
    // «د.» and «أ.» as abbreviations: the letter and its period.
    if (tokens[end - 1]?.text === '.' && /^[دأا]$/.test(normalizeArabic(tokens[end - 2]?.text ?? '').slice(-1)) && (tokens[end - 2]?.text.length ?? 0) <= 2)
      return 2;
    // A title, then only words with the article (الرئيس الروسي · وزير الخارجية الروسي).
    for (let k = end - 1; k >= 0 && k >= end - 4; k--) {
      const token = tokens[k];
      if (!isWord(token)) return 0;
      const info = arabicFacts(token);
      if (info.title) return end - k;
      // Only the article as written (bare alef): «إلهام» is a name, not al- + هام.
      if (!info.definite) return 0;
    }
    return 0;
  },
  complementOfTitle(tokens, k) {
    const title = tokens[k - 1];
    const word = tokens[k];
    if (!isWord(title) || !isWord(word)) return false;
    const facts = arabicFacts(title);
    // (Not a title that is also a given name, «سيد قطب», nor a given name after it.)
    const named = (t: EntityToken) => AR_GIVEN_NAME_GENDER.has(normalizeArabic(t.text));
    return facts.title && !facts.definite && !arabicFacts(word).definite && !named(title) && !named(word);
  },
  roleAfter(tokens, start) {
    if (tokens[start]?.text !== '،' && tokens[start]?.text !== ',') return 0;
    const head = tokens[start + 1];
    if (!isWord(head) || !arabicFacts(head).roleHead) return 0;
    for (let k = start + 2; k <= start + 15; k++) {
      const token = tokens[k];
      if (!token || ROLE_END.has(token.text)) return k - start - 1;
    }
    return 0;
  },
  bareRoleAt(tokens, i) {
    const head = tokens[i];
    if (!isWord(head)) return false;
    const facts = arabicFacts(head);
    return facts.start.prefixLength === 0 && facts.roleHead && !facts.definite;
  },
  temporalAndQuantities: arabicTemporalAndQuantities,
  gazetteerKind: (key) => (isArabicCountry(key) ? 'location' : undefined),
  // Verbs keep their conjunction in the word list's counts (وقال is commoner than قال): try both.
  isSpeechVerb: speechVerb,
  continuesName: (word) => nameStart(word).prefixLength === 0 && placeAdjectives.has(normalizeArabic(word)),
  isCommonWord: commonWord,
  pronounSuffixed,
  namePrior: (word) => prior(stemOf(word)),
  placeHeadAt(tokens, i) {
    const head = tokens[i];
    if (!isWord(head) || !arabicFacts(head).placeHead) return 0;
    // «العاصمة الطاجيكية دوشنبه»: one relational adjective may stand between.
    const next = tokens[i + 1];
    return isWord(next) && arabicFacts(next).nisba ? 2 : 1;
  },
  canStartName: () => true,
  // Women's names only: the tagger already knows the men's that newswire quotes.
  isGivenName: (word) => AR_GIVEN_NAME_GENDER.get(normalizeArabic(word)) === 'f',
  organizationHeadAt,
  isDefinite: (word) => factsOfWord(word).definite,
  isJoinedDefinite: (word) => JOINED_DEFINITE.test(word),
  isGenericHead: genericHead,
  contextKind(tokens, s, e, kind) {
    if (kind !== 'location' && afterPlaceNoun(tokens, s)) return 'location';
    // «مخيم أدري», «مدينة حلب»: a name opening on a place's or facility's noun is that place, never a person.
    if (kind === 'person' && e - s >= 2 && isPlaceNoun(tokens[s])) return 'location';
    // شركة فورد · فريق رينو · لمجلة «…»: the organisation's own name.
    const k = OPENING_QUOTES.has(tokens[s - 1]?.text ?? '') ? s - 2 : s - 1;
    if (kind !== 'organization' && organizationHeadAt(tokens, k)) return 'organization';
    // A city's name with a masculine nationality adjective is its club (ميلان الإيطالي; the city is feminine: ميلانو الإيطالية).
    if (kind === 'location' && nationalityAfter(tokens, e)) return 'organization';
    return undefined;
  },
  teamBefore(tokens, open) {
    // In the training corpora the words of such a row are an organisation 7 times in 9.
    if (tokens[open]?.text !== '(') return 0;
    const close = placeInParentheses(tokens, open);
    if (close < 0) return 0;
    // After it a score, or a row mark and the next team with its country (a dateline «ساو باولو
    // ( البرازيل ) -» is followed by its story).
    const after = tokens[close + 1];
    let row = !!after && /^[0-9\u0660-\u0669]/.test(after.text);
    if (after && ROW_MARKS.has(after.text))
      for (let k = close + 3; !row && k < tokens.length && k <= close + 5; k++) row = tokens[k]?.text === '(' && placeInParentheses(tokens, k) > 0;
    if (!row) return 0;
    // The name: up to three words back to a row mark, or to a common word (a heading: المجموعة السادسة).
    const nameWord = (t: EntityToken | undefined): t is EntityToken => isWord(t) && !/^[0-9\u0660-\u0669]/.test(t.text) && !commonWord(t.text);
    let k = open;
    while (k > 0 && open - k < 3 && nameWord(tokens[k - 1])) k--;
    const before = tokens[k - 1];
    return k < open && (!before || ROW_MARKS.has(before.text) || (isWord(before) && commonWord(before.text))) ? open - k : 0;
  },
  organizationPhraseAt(tokens, i) {
    // A definite organisation head and two or three relational adjectives (المحكمة الجنائية الدولية ·
    // اللجنة القومية العربية): in the training corpora the exact span is an organisation 67 times in 91.
    // The head without a proclitic (والقوات النظامية … is a list's next item, not a name's start).
    const head = tokens[i];
    if (!isWord(head)) return 0;
    const facts = arabicFacts(head);
    if (facts.start.prefixLength !== 0 || !facts.definite || !facts.organizationHead) return 0;
    let e = i + 1;
    while (e < tokens.length && e - i <= 3) {
      const t = tokens[e];
      // Ordinals end like relational adjectives (الأولى · الثاني): «الشركة القطرية الأولى» is no name.
      if (!isWord(t)) break;
      const adjective = arabicFacts(t);
      if (adjective.start.prefixLength !== 0 || !adjective.nisba || ordinal(t.text)) break;
      e++;
    }
    return e - i >= 3 ? e - i : 0;
  },
  organizationAfter: (tokens, e) => {
    // An untagged word: four letters at least and no attached pronoun (ركبته اليمنى · نظيرها الروماني · يمررها الإسباني).
    const word = tokens[e - 1];
    return isWord(word) && word.text.length >= 4 && !/(?:ه|ها|هم|هما|كم|نا)$/.test(word.text) && nationalityAfter(tokens, e);
  },
  isStopName: stopName,
  // A person's name never starts with «وزارة» or «شركة», and no name but a company's or an outlet's ends with «نيوز» or «موتورز».
  organizationCue: (tokens, s, e) => {
    const first = tokens[s];
    if (isWord(first) && arabicFacts(first).organizationHead) return true;
    const last = tokens[e - 1];
    return e - s > 1 && isWord(last) && organizationTails.has(arabicFacts(last).norm);
  },
};
