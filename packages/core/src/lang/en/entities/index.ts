import { lazyModel } from '../../../annotate/entities/tagger-model.js';
import type { EntityLanguage, EntityToken } from '../../entity-language.js';
import { memoByWord } from '../../memo-by-word.js';
import { parseNamePrior, parseWordClusters } from '../../name-prior.js';
import { GIVEN_NAME_GENDER } from '../given-names.js';
import { WORD_CLUSTERS } from '../models/entity-clusters.js';
import { NAME_PRIOR } from '../models/entity-names.js';
import { ENTITY_TAGGER } from '../models/entity-tagger.js';
import { COMPANY_SHORT_FORMS, ENGLISH_COMPANIES } from './companies.js';
import { englishTemporalAndQuantities, isDateWord } from './dates.js';
import { createEnglishFeatures, isEnglishCountry, isEnglishTitle } from './features.js';
import {
  COMPANY_DESCRIPTORS,
  NEWS_AGENCIES,
  ORGANIZATION_APPOSITION_HEADS,
  ORGANIZATION_WORDS,
  PLACE_APPOSITION_HEADS,
  PLACE_TAILS,
  ROLE_HEADS,
  SPEECH_VERBS,
  STOP_NAMES,
} from './titles.js';

const roleHeads = new Set(ROLE_HEADS);
const placeTails = new Set(PLACE_TAILS);
const stopNames = new Set(STOP_NAMES);
const speechVerbs = new Set(SPEECH_VERBS);
/** Words allowed between the comma and the head of an apposition («, the former chief executive of …»). */
const ROLE_LEAD = new Set([
  'a',
  'an',
  'the',
  'former',
  'senior',
  'chief',
  'deputy',
  'executive',
  'vice',
  'assistant',
  'associate',
  'its',
  'their',
  'his',
  'her',
  'acting',
  'interim',
  'longtime',
  'managing',
  'general',
  'founding',
]);
const ROLE_END = new Set([',', '.', ':', ';', '"', '“', '”', '(', ')', 'said', 'says', 'told', 'added', 'who']);
/** Modifiers that may stand before a title (Russian President, former Prime Minister). */
const isModifier = (t: EntityToken) =>
  /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i)|U\.S\.|US|UN|EU|former|then|acting|interim|Vice|Deputy|Prime|General|Chief|Financial|Operating|Technology|Information|Marketing|Commercial|Legal|Medical)$/.test(
    t.text,
  );

const prior = parseNamePrior(NAME_PRIOR);
/** Organisation words that are no one's surname (Court, Banks, Press are): they turn a «person» into an organisation. */
const NOT_SURNAMES = new Set([
  'court',
  'bank',
  'press',
  'trust',
  'fund',
  'times',
  'records',
  'network',
  'office',
  'service',
  'board',
  'police',
  'army',
  'navy',
  'church',
  'school',
  'united',
  'co.',
]);
const organizationWords = new Set(ORGANIZATION_WORDS.filter((w) => !NOT_SURNAMES.has(w)));
const matchKey = (s: string) => s.toLowerCase().replace(/[’']s$/, '');
const lower = (t: EntityToken | undefined) => (t ? t.text.toLowerCase() : '');
/** Nouns after a possessive that say the name before it is a company's («WeWork’s shares», «Pfizer’s spokesperson»). */
const COMPANY_AFTER = new Set([
  'shares',
  'stock',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ceo',
  'founder',
  'cofounder',
  'co-founder',
  'board',
  'employees',
  'investors',
  'shareholders',
  'headquarters',
  'products',
  'earnings',
  'revenue',
  'customers',
]);
/**
 * «Pfizer said», «WeWork’s chief executive», «a WeWork spokesperson», «Tesla Chief Executive Elon Musk», «Shares of
 * Boeing»: words around a name that a company's name has.
 */
function companyContext(tokens: readonly EntityToken[], s: number, e: number): boolean {
  const next = tokens[e];
  if (speechVerbs.has(lower(next))) return true;
  // («a WeWork spokesperson», «Pfizer CEO Albert Bourla»: the noun may follow the name bare.)
  const noun = /^[’']s$/.test(next?.text ?? '') ? tokens[e + 1] : next;
  if (roleHeads.has(lower(noun)) || COMPANY_AFTER.has(lower(noun))) return true;
  // «Tesla Chief Executive Elon Musk»: a capitalised title after the name, then the person holding it.
  if (next?.word && /^\p{Lu}/u.test(next.text) && isEnglishTitle(lower(next))) return true;
  return lower(tokens[s - 1]) === 'of' && lower(tokens[s - 2]) === 'shares';
}

/**
 * Apposition heads that also stand bare before a company's name («chipmaker Nvidia», «startup Parcelwise»); not those a
 * person's trade shares («producer», «publisher», «developer», «operator»).
 */
const COMPANY_BEFORE = new Set(
  ORGANIZATION_APPOSITION_HEADS.filter((w) => !['group', 'producer', 'publisher', 'developer', 'operator', 'carrier', 'supplier', 'agency'].includes(w)),
);

/** Points of the compass that open places' names, never people's. */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest)$/;

const PLACE_HEAD = /^(?:city|town|village|province|capital|region)$/;

const agencies = new Set(NEWS_AGENCIES);
const companies = new Set([...ENGLISH_COMPANIES, ...COMPANY_SHORT_FORMS.map(([short]) => short)].map(matchKey));
const shortForms = new Map(COMPANY_SHORT_FORMS.map(([short, full]) => [matchKey(short), matchKey(full)] as const));
const descriptors = new Set(COMPANY_DESCRIPTORS);
const appositionHeads = new Map<string, 'organization' | 'location'>([
  ...ORGANIZATION_APPOSITION_HEADS.map((w) => [w, 'organization'] as const),
  ...PLACE_APPOSITION_HEADS.map((w) => [w, 'location'] as const),
]);
const DASHES = new Set(['-', '–', '—', '--']);
/** Words that may stand between the article and the head of an apposition: lower case or «X-based». */
const isModifierWord = (t: EntityToken | undefined) => !!t?.word && (/^\p{Ll}/u.test(t.text) || /-based$/.test(t.text));

/**
 * The kind an apposition after a name gives it: «, a/an/the» then up to three modifiers, then a
 * head noun (town → location, company → organization), not a possessive (the company's chief).
 */
function appositionKind(tokens: readonly EntityToken[], e: number): 'organization' | 'location' | undefined {
  if (tokens[e]?.text !== ',') return undefined;
  let k = e + 1;
  if (!/^(?:a|an|the)$/.test(lower(tokens[k]))) return undefined;
  k++;
  for (let m = 0; m < 4; m++, k++) {
    const head = appositionHeads.get(lower(tokens[k]));
    if (head && !/^[’']s$/.test(tokens[k + 1]?.text ?? '')) return head;
    if (!isModifierWord(tokens[k])) return undefined;
  }
  return undefined;
}

const clusters = parseWordClusters(WORD_CLUSTERS);
const features = createEnglishFeatures(prior, clusters);

export const englishEntities: EntityLanguage = {
  code: 'en',
  casedNames: true,
  model: lazyModel(ENTITY_TAGGER, () => {
    prior('');
    clusters('');
  }),
  wordFeatures: features,
  wordFeatureHashes: features.hashes,
  nameStart: () => ({ prefixLength: 0, article: false }),
  matchKey,
  wordKey: memoByWord(matchKey),
  titleBefore(tokens, end) {
    let k = end;
    let titled = false;
    while (k > 0 && end - k < 5) {
      const token = tokens[k - 1] as EntityToken;
      if (token.text === '.' && k >= 2 && isEnglishTitle(lower(tokens[k - 2]))) {
        k -= 2;
        titled = true;
      } else if (token.word && isEnglishTitle(lower(token)) && /^[A-Z]/.test(token.text)) {
        k--;
        titled = true;
      } else if (titled && token.word && isModifier(token)) k--;
      else break;
    }
    return titled ? end - k : 0;
  },
  roleAfter(tokens, start) {
    if (tokens[start]?.text !== ',') return 0;
    // ("Sowerby, 47, a former barrister": past an age between commas.)
    const aged = /^\d{1,3}$/.test(tokens[start + 1]?.text ?? '') && tokens[start + 2]?.text === ',' ? 2 : 0;
    let k = start + 1 + aged;
    while (k < start + 4 && ROLE_LEAD.has(lower(tokens[k]))) k++;
    if (!roleHeads.has(lower(tokens[k]))) return 0;
    for (k++; k <= start + 15 + aged; k++) {
      const token = tokens[k];
      if (!token || ROLE_END.has(lower(token))) return k - start - 1;
    }
    return 0;
  },
  temporalAndQuantities: englishTemporalAndQuantities,
  shortForms,
  gazetteerKind: (key) => (isEnglishCountry(key) ? 'location' : agencies.has(key) || companies.has(key) ? 'organization' : undefined),
  contextKind(tokens, s, e, kind) {
    // A dateline's source: «CITY (Name) - …».
    if (tokens[s - 1]?.text === '(' && tokens[e]?.text === ')' && DASHES.has(tokens[e + 1]?.text ?? '')) return 'organization';
    // «Its main competitor, Corvane Devices,»: the noun before the comma says what the name is.
    const before = tokens[s - 1]?.text === ',' ? lower(tokens[s - 2]) : '';
    if (kind === 'misc' && (before === 'competitor' || before === 'rival' || appositionHeads.get(before) === 'organization')) return 'organization';
    // «Hancock Pond» · «Lincoln Reservoir»: a person's name never ends with a place's head word.
    if (kind === 'person' && e - s > 1 && placeTails.has(lower(tokens[e - 1]))) return 'location';
    // «North Wealdshire» · «South Ossetia»: nor does it open on a point of the compass.
    if (kind === 'person' && e - s > 1 && COMPASS.test((tokens[s] as EntityToken).text)) return 'location';
    // One word the tagger called a place but training never saw in a place's name, speaking or employing, is a company.
    if (kind === 'location' && e - s === 1 && !prior((tokens[s] as EntityToken).text)?.includes('L') && companyContext(tokens, s, e)) return 'organization';
    // «electric vehicle maker Qingfeng Auto», «retailer Brookline Home»: a noun for a company right before the name.
    if (kind === 'person' && COMPANY_BEFORE.has(lower(tokens[s - 1]))) return 'organization';
    const said = appositionKind(tokens, e);
    // Only where the tagger's kind is the weaker guess: people and misc become places or companies.
    return said && (kind === 'person' || kind === 'misc') ? said : undefined;
  },
  descriptorAt: (tokens, i) => descriptors.has(lower(tokens[i])),
  isSpeechVerb: (word) => speechVerbs.has(word.toLowerCase()),
  continuesName: () => false,
  isCommonWord: (word) => !/^\p{Lu}/u.test(word),
  namePrior: (word) => prior(word),
  // «of» asked first: it is two letters, and most words are not followed by it (no lower-cased copies then).
  placeHeadAt: (tokens, i) => (tokens[i + 1]?.text.length === 2 && lower(tokens[i + 1]) === 'of' && PLACE_HEAD.test(lower(tokens[i])) ? 2 : 0),
  canStartName: (word) => /^\p{Lu}/u.test(word),
  endsPersonName: (word) => word === 'of',
  isStopName: (word) => stopNames.has(word.toLowerCase()) || isDateWord(word.toLowerCase()),
  companyContext,
  isGivenName: (word) => GIVEN_NAME_GENDER.has(word.toLowerCase()) && !isEnglishCountry(word.toLowerCase()),
  // ("Ford Motor Co on Thursday": wire copy drops the period of "Co."; only so written, not Colorado's "CO".)
  organizationCue: (tokens, s, e) => organizationWords.has(lower(tokens[s])) || organizationWords.has(lower(tokens[e - 1])) || tokens[e - 1]?.text === 'Co',
};
