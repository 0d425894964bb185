import type { EntityLanguage, EntityToken, TokenFacts, TokenSpan } from '../../lang/entity-language.js';
import type { Block, EntityKind } from '../../model/types.js';
import { countBefore } from '../sorted.js';
import { descriptorOf, documentCodes, documentFeatures } from './document-pass.js';
import { SequenceTagger } from './sequence-tagger.js';

/** A mention before clustering: offsets into doc.text and what is known about it. */
export interface FoundMention {
  start: number;
  end: number;
  kind: EntityKind;
  /** The name as written, proclitics stripped, the article put back after «لل». */
  canonical: string;
  /** Matching key of `canonical` (normalised). */
  key: string;
  /** Matching keys of its words. */
  words: string[];
  blockId: string;
  /** Title before the name (الرئيس الروسي · Dr.) and apposition after it. */
  title?: string;
  role?: string;
  /** How it was found: the tagger, a rule, the gazetteer, or another mention of the same name. */
  source: 'model' | 'rule' | 'gazetteer' | 'propagated';
}

/** A sentence of a block with its tokens and the mentions found in it: what the document's passes over mentions read. */
export interface MentionSentence {
  block: Block;
  lang: EntityLanguage;
  tokens: EntityToken[];
  mentions: FoundMention[];
}

const KINDS: Record<string, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };

const taggers = new WeakMap<EntityLanguage, SequenceTagger>();
export function taggerFor(lang: EntityLanguage): SequenceTagger {
  let tagger = taggers.get(lang);
  if (!tagger) {
    tagger = new SequenceTagger(lang.model(), lang.wordFeatures, lang.wordFeatureHashes);
    taggers.set(lang, tagger);
  }
  return tagger;
}

const factMemos = new WeakMap<EntityLanguage, Map<string, TokenFacts>>();
/** Past this many word types a language's facts start afresh (bounded memory on endless input). */
const FACTS_LIMIT = 50_000;

/** The facts memo of a language (word → facts). */
function factMemoOf(lang: EntityLanguage): Map<string, TokenFacts> {
  let memo = factMemos.get(lang);
  if (!memo) factMemos.set(lang, (memo = new Map()));
  return memo;
}

/** The stage's facts about a token's word (one lookup per word type, then a property on the token). */
export function factsOf(lang: EntityLanguage, token: EntityToken): TokenFacts {
  return token.facts ?? factsFrom(factMemoOf(lang), lang, token);
}

/** `factsOf` with the language's memo at hand (the per-sentence pass asks it once). */
function factsFrom(memo: Map<string, TokenFacts>, lang: EntityLanguage, token: EntityToken): TokenFacts {
  let facts = token.facts;
  if (facts !== undefined) return facts;
  const word = token.text;
  facts = memo.get(word);
  if (facts === undefined) {
    facts = {
      key: lang.wordKey(word),
      match: lang.matchKey(word),
      stop: lang.isStopName(word),
      speech: lang.isSpeechVerb(word),
      common: lang.isCommonWord(word),
      canStart: lang.canStartName(word),
      nameStart: lang.nameStart(word),
      prior: lang.namePrior(word),
      definite: lang.isDefinite?.(word) ?? false,
      scores: undefined,
      own: lang.wordFacts?.(word),
    };
    if (memo.size >= FACTS_LIMIT) memo.clear();
    memo.set(word, facts);
  }
  token.facts = facts;
  return facts;
}

const keyMemos = new WeakMap<EntityLanguage, Map<string, string>>();
/** `lang.matchKey` remembered per string: mentions repeat names through a document and across documents. */
function matchKeyOf(lang: EntityLanguage, s: string): string {
  let memo = keyMemos.get(lang);
  if (!memo) keyMemos.set(lang, (memo = new Map()));
  let key = memo.get(s);
  if (key === undefined) {
    key = lang.matchKey(s);
    if (memo.size >= FACTS_LIMIT) memo.clear();
    memo.set(s, key);
  }
  return key;
}

/** The characters `/\s/` matches. */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** White space runs as one space (`s.replace(/\s+/g, ' ')`), with no regex when there is nothing to do. */
export function oneSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || isSpaceCode(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** BIO tag indices → [start, end, type] token spans. */
function spansOf(tags: readonly string[], tagged: Uint8Array): [number, number, string][] {
  const spans: [number, number, string][] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tagged.length; i++) {
    const tag = i < tagged.length ? (tags[tagged[i] as number] as string) : 'O';
    if (start >= 0 && !(tag.startsWith('I-') && tag.slice(2) === type)) {
      spans.push([start, i, type]);
      start = -1;
    }
    if (tag !== 'O' && start < 0) {
      start = i;
      type = tag.slice(2);
    }
  }
  return spans;
}

/** Opening quotation marks: « “ " ' (a straight mark glued to the word after it opens). */
const OPENING_MARKS = new Set([0xab, 0x201c, 0x22, 0x27]);

/** Builds a mention over tokens [s, e): the first word loses its proclitics, a possessive 's goes. */
export function mentionOf(
  text: string,
  lang: EntityLanguage,
  tokens: readonly EntityToken[],
  s: number,
  e: number,
  kind: EntityKind,
  blockId: string,
  source: FoundMention['source'],
  whole = false,
): FoundMention | undefined {
  const first = tokens[s] as EntityToken;
  const last = tokens[e - 1] as EntityToken;
  // A word right after an opening quotation mark starts the quoted name: its proclitics stand outside the marks
  // (لـ"إرم نيوز"), so «"فيتش ريتنغز"» keeps its «ف».
  const quoted = first.start > 0 && OPENING_MARKS.has(text.charCodeAt(first.start - 1));
  const nameStart = first.word && !whole && !quoted ? factsOf(lang, first).nameStart : { prefixLength: 0, article: false };
  const start = first.start + nameStart.prefixLength;
  let end = last.end;
  if (lang.code !== 'ar' && last.text.length > 2 && /[’']s$/.test(last.text)) end -= 2;
  if (end <= start) return undefined;
  const written = text.slice(start, end);
  const canonical = (nameStart.article ? 'ال' : '') + oneSpace(written);
  const key = matchKeyOf(lang, canonical);
  const words: string[] = [];
  for (let i = s; i < e; i++) {
    const t = tokens[i] as EntityToken;
    if (!t.word) continue;
    if (i === s) {
      const space = canonical.indexOf(' ');
      words.push(space < 0 ? key : matchKeyOf(lang, canonical.slice(0, space)));
    } else words.push(factsOf(lang, t).match);
  }
  return { start, end, kind, canonical, key, words, blockId, source };
}

const sentenceScores: Float32Array[] = [];
/** Longer sentences get their own score list, so that one huge paragraph leaves no huge list behind. */
const SCORES_KEPT = 4096;

/** The first-pass tags of a sentence (indices into the tagger's tags); gives every token its facts on the way. */
export function tagSentence(lang: EntityLanguage, tokens: readonly EntityToken[]): Uint8Array {
  const tagger = taggerFor(lang);
  // One pass gives every token its facts (and the tagger its cached scores) before the rules walk them.
  // The score list is reused from sentence to sentence (never shortened, so its store stays): the
  // tagger reads its first `tokens.length` entries and keeps nothing.
  const scores = tokens.length <= SCORES_KEPT ? sentenceScores : [];
  const memo = factMemoOf(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as EntityToken;
    const facts = factsFrom(memo, lang, t);
    const s = (facts.scores ??= tagger.scores(t.text));
    if (i < scores.length) scores[i] = s;
    else scores.push(s);
  }
  return tagger.tagScores(scores, tokens.length);
}

interface DocumentTagger {
  tagger: SequenceTagger;
  /** Scores of each descriptor code, filled on first use. */
  scores: (Float32Array | undefined)[];
}
const documentTaggers = new WeakMap<EntityLanguage, DocumentTagger | null>();
/** The second-pass tagger of a language, or null when it ships none. */
function documentTaggerFor(lang: EntityLanguage): DocumentTagger | null {
  let second = documentTaggers.get(lang);
  if (second === undefined) {
    const model = lang.documentModel?.();
    second = model ? { tagger: new SequenceTagger(model, documentFeatures, documentFeatures.hashes), scores: [] } : null;
    documentTaggers.set(lang, second);
  }
  return second;
}

/** 1 for a capital first letter, 2 for a lower-case one, 0 for none (digits, no case). */
function caseOf(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c < 128) return 0;
  const first = word.charAt(0);
  return first !== first.toLowerCase() ? 1 : first !== first.toUpperCase() ? 2 : 0;
}

/**
 * The second pass over a document's sentences of one language (`documentCodes`): first-pass
 * tags in place are replaced by the document tagger's where it has something to decide.
 */
export function retagDocument(lang: EntityLanguage, sentences: readonly { tokens: readonly EntityToken[]; tagged: Uint8Array }[]): void {
  const second = documentTaggerFor(lang);
  if (!second || sentences.length < 2) return;
  const tags = taggerFor(lang).tags;
  const { tagger, scores } = second;
  const cased = lang.code !== 'ar';
  const input = sentences.map(({ tokens, tagged }) => {
    const keys: string[] = new Array(tokens.length);
    const cases = cased ? new Uint8Array(tokens.length) : undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as EntityToken;
      keys[i] = t.word ? factsOf(lang, t).key : '';
      if (cases) cases[i] = caseOf(t.text);
    }
    return { keys, tagged, cases };
  });
  const codes = documentCodes(tags, input);
  // The two passes share one tag set; the second's indices map onto the first's.
  const same = tagger.tags.every((t, i) => t === tags[i]);
  const words: Float32Array[] = [];
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    if (!c) continue;
    words.length = 0;
    for (let i = 0; i < c.length; i++) {
      const code = c[i] as number;
      words.push((scores[code] ??= tagger.scores(descriptorOf(tags, code))));
    }
    const out = tagger.tagScores(words);
    const tagged = (sentences[k] as { tagged: Uint8Array }).tagged;
    for (let i = 0; i < out.length; i++) tagged[i] = same ? (out[i] as number) : tags.indexOf(tagger.tags[out[i] as number] as string);
  }
}

/**
 * Mentions of one sentence: the tagger's spans (titles moved out of person names, edges trimmed
 * of punctuation and stop words), dates and quantities by rule (they win where they overlap),
 * and countries the tagger missed.
 */
export function findMentions(
  text: string,
  lang: EntityLanguage,
  tokens: readonly EntityToken[],
  blockId: string,
  countryIndex: NameIndex,
  tagged: Uint8Array = tagSentence(lang, tokens),
): FoundMention[] {
  const tagger = taggerFor(lang);
  const rules = lang.temporalAndQuantities(tokens);
  const covered = new Uint8Array(tokens.length);
  const out: FoundMention[] = [];
  const ruled = (s: number, e: number) => rules.some((r) => r.start < e && r.end > s);
  for (const r of rules) {
    const m = mentionOf(text, lang, tokens, r.start, r.end, r.kind, blockId, 'rule');
    if (!m) continue;
    covered.fill(1, r.start, r.end);
    out.push(m);
  }
  // A team in a row of results (: سلتيك ( اسكتلندا ) -), whatever the tagger made of its words.
  if (lang.teamBefore)
    for (let i = 1; i < tokens.length; i++) {
      const n = (tokens[i] as EntityToken).word ? 0 : lang.teamBefore(tokens, i);
      if (n === 0 || isCovered(covered, i - n, i)) continue;
      const m = mentionOf(text, lang, tokens, i - n, i, 'organization', blockId, 'rule');
      if (!m) continue;
      covered.fill(1, i - n, i);
      out.push(m);
    }
  for (const span of spansOf(tagger.tags, tagged)) {
    let [s, e] = cleanSpan(lang, tokens, span[0], span[1], KINDS[span[2]] ?? 'misc');
    let kind = KINDS[span[2]] ?? 'misc';
    // A word naming the kind of company before the name (Chipmaker Halvard): out of the span.
    if (e - s > 1 && lang.descriptorAt?.(tokens, s)) {
      s++;
      kind = 'organization';
    }
    if (s >= e || ruled(s, e) || isCovered(covered, s, e)) continue;
    if (kind === 'person' && lang.titleBefore(tokens, s + 1) > 0 && e - s === 1) continue;
    // One word that is never a name (an adverb with tanween, a common noun training never tagged).
    if (e - s === 1 && factsOf(lang, tokens[s] as EntityToken).common && !factsOf(lang, tokens[s] as EntityToken).prior) continue;
    // «البنك» alone is the bank the article speaks of, not a name (training tags it so 37 times in 823).
    if (e - s === 1 && lang.isGenericHead?.((tokens[s] as EntityToken).text)) continue;
    // «المتحدث باسم حركة حماس سامي أبو زهري»: an organisation's name the tagger ran into the person after it ends
    // where a word known only from people's names follows one known only from organisations'.
    // (The tagger may call the whole a person's name: the words before are then the organisation's.)
    const person = kind === 'organization' || kind === 'person' ? personAfterOrganization(lang, tokens, s, e) : -1;
    if (person > s) {
      const who = mentionOf(text, lang, tokens, person, e, 'person', blockId, 'model');
      if (who && !ruled(person, e) && !isCovered(covered, person, e)) {
        covered.fill(1, person, e);
        out.push(who);
      }
      e = person;
      kind = 'organization';
    }
    // «Tom Albers of Jefferies»: the person's name stops before the word that ties it to the firm.
    if (kind === 'person' && lang.endsPersonName)
      for (let k = s + 1; k < e - 1; k++)
        if (lang.endsPersonName((tokens[k] as EntityToken).text)) {
          e = k;
          break;
        }
    const m = mentionOf(text, lang, tokens, s, e, kind, blockId, 'model');
    if (!m || lang.isStopName(m.canonical)) continue;
    const listed = lang.gazetteerKind(m.key);
    const said = listed ? undefined : lang.contextKind?.(tokens, s, e, kind);
    if (listed) m.kind = listed;
    else if (said) m.kind = said;
    else if (kind !== 'organization' && lang.organizationCue?.(tokens, s, e)) m.kind = 'organization';
    covered.fill(1, s, e);
    out.push(m);
  }
  for (const m of out) if (m.kind === 'person' && m.source === 'model') widenPerson(text, lang, tokens, covered, m);
  for (const m of out) if (m.kind === 'person' && lang.incompleteName?.(m.words)) finishName(text, lang, tokens, covered, m);
  for (const [s, e, kind] of namesByPattern(lang, tokens, covered)) {
    const m = mentionOf(text, lang, tokens, s, e, kind, blockId, 'rule');
    if (!m) continue;
    covered.fill(1, s, e);
    out.push(m);
  }
  const joined = joinInstitutionNames(text, lang, tokens, covered, joinPersonNames(text, lang, tokens, covered, out));
  joined.push(...countryIndex.scan(text, lang, tokens, covered, blockId, 'gazetteer'));
  for (const m of joined) if (m.kind === 'person') addRoles(text, lang, tokens, m);
  // («Gen Z»: one letter, even after what reads as a title, names no one.)
  return joined.filter((m) => m.kind !== 'person' || m.canonical.length > 1);
}

/**
 * The token range [s, e) of a span of text (a mention): the tokens it overlaps, by binary search
 * (tokens are in text order and do not overlap), so a sentence of many names stays linear.
 */
export function tokenRange(tokens: readonly EntityToken[], span: { start: number; end: number }): [number, number] {
  const s = countBefore(tokens, (t) => t.end <= span.start);
  return [
    s,
    Math.max(
      s,
      countBefore(tokens, (t) => t.start < span.end),
    ),
  ];
}

/** The longest a person's name grows by joining the words after it. */
const PERSON_WORDS = 4;

/**
 * A person's name the tagger ended early: the words right after it that training knew as parts
 * of people's names join it, and so does a one-word misc name the tagger put right after it
 * (الرئيس الأمريكي السابق بيل | كلينتون: a first name found by title, the surname tagged misc)
 * unless it carries the article (an adjective). Words with a proclitic (بانه), titles, stop words
 * and verbs of saying end it. Returns the mentions, the joined ones dropped.
 */
export function joinPersonNames(text: string, lang: EntityLanguage, tokens: readonly EntityToken[], covered: Uint8Array, out: FoundMention[]): FoundMention[] {
  let dropped: Set<FoundMention> | undefined;
  // The one-word names the tagger gave another kind than person, by the token they stand on (كلينتون as misc).
  const oneWordOther = new Map<number, FoundMention>();
  for (const o of out) {
    if (o.source !== 'model' || o.kind === 'person') continue;
    const [os, oe] = tokenRange(tokens, o);
    if (oe - os === 1) oneWordOther.set(os, o);
  }
  for (const m of out) {
    if (m.kind !== 'person' || dropped?.has(m)) continue;
    const [s, e] = tokenRange(tokens, m);
    let k = e;
    const absorbed: FoundMention[] = [];
    while (k < tokens.length && k - s < PERSON_WORDS) {
      const t = tokens[k] as EntityToken;
      if (!t.word) break;
      const f = factsOf(lang, t);
      if (f.stop || f.speech || f.nameStart.prefixLength > 0 || lang.titleBefore(tokens, k + 1) > 0) break;
      const known = f.prior?.includes('P') ?? false;
      if (covered[k]) {
        // Only a one-word name the tagger gave another kind (كلينتون as misc) is taken over.
        const other = oneWordOther.get(k);
        if (!other) break;
        // A word training knew as a person's, or a misc one without the article (not an adjective).
        if (!known && !(other.kind === 'misc' && !f.definite)) break;
        absorbed.push(other);
      } else if (!known) break;
      k++;
    }
    if (k === e) continue;
    const wider = mentionOf(text, lang, tokens, s, k, 'person', m.blockId, m.source);
    if (!wider) continue;
    covered.fill(1, e, k);
    Object.assign(m, { end: wider.end, canonical: wider.canonical, key: wider.key, words: wider.words });
    for (const o of absorbed) (dropped ??= new Set()).add(o);
  }
  return dropped ? out.filter((o) => !dropped.has(o)) : out;
}

function isCovered(covered: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (covered[i] === 1) return true;
  return false;
}

const OPENING = new Set(['"', '«', '“', '„']);
const CLOSING = new Set(['"', '»', '”']);
/** The longest run of words a quoted name may have («"منظمة الشعوب التركية"»). */
const QUOTED_WORDS = 6;

/**
 * Repairs a tagged span: punctuation and stop words off its edges; titles out of a person's name;
 * a person's name cut before a word with a proclitic (بوتين لطاجيكستان → بوتين: names do not
 * take prepositions inside); an organisation extended over relational adjectives the tagger left
 * (المحكمة الجنائية الدولية); a name inside short quotation marks extended to the whole quote.
 */
function cleanSpan(lang: EntityLanguage, tokens: readonly EntityToken[], s: number, e: number, kind: EntityKind): [number, number] {
  const edge = (t: EntityToken) => !t.word || factsOf(lang, t).stop;
  while (s < e && edge(tokens[s] as EntityToken)) s++;
  while (e > s && edge(tokens[e - 1] as EntityToken)) e--;
  if (s >= e) return [s, e];
  if (kind === 'person') {
    while (e - s > 1 && lang.titleBefore(tokens, s + 1) > 0) s++;
    // («خبير أرصاد»: one word left after a bare title is its complement, "a weather expert", and names nobody.)
    if (e - s === 1 && s > 0 && lang.complementOfTitle?.(tokens, s)) return [s, s];
    for (let k = s + 1; k < e; k++) {
      const word = (tokens[k] as EntityToken).text;
      const start = factsOf(lang, tokens[k] as EntityToken).nameStart;
      // Not before a stem of two letters (فان: «ف» + «ان» reads as a particle, but it is a name's «van»).
      // Nor does a known word with an attached pronoun (حلمه · مرماه) continue one.
      if ((start.attested && word.length - start.prefixLength >= 3) || lang.pronounSuffixed?.(word)) {
        e = k;
        break;
      }
    }
  }
  if (kind === 'location')
    while (e < tokens.length && e - s < 8 && (tokens[e] as EntityToken).word && lang.continuesName((tokens[e] as EntityToken).text, kind)) e++;
  // Inside quotation marks with only words between them: the quote is the name.
  let open = s - 1;
  while (open >= 0 && open >= s - QUOTED_WORDS && (tokens[open] as EntityToken).word) open--;
  let close = e;
  while (close < tokens.length && close <= e + QUOTED_WORDS && (tokens[close] as EntityToken).word) close++;
  const o = tokens[open];
  const c = tokens[close];
  // (A straight mark glued to the word before it and not to the one after closes, and one glued only to the word after
  // opens: 'of" Reid and that it was "a' is no quotation but the space between two.)
  const gluedOnlyBefore = (k: number) => (tokens[k] as EntityToken).start === tokens[k - 1]?.end && (tokens[k] as EntityToken).end !== tokens[k + 1]?.start;
  const gluedOnlyAfter = (k: number) => (tokens[k] as EntityToken).end === tokens[k + 1]?.start && (tokens[k] as EntityToken).start !== tokens[k - 1]?.end;
  const opens = o !== undefined && OPENING.has(o.text) && !(o.text === '"' && gluedOnlyBefore(open));
  const closes = c !== undefined && CLOSING.has(c.text) && !(c.text === '"' && gluedOnlyAfter(close));
  if (opens && closes && close - open - 1 <= QUOTED_WORDS) return [open + 1, close];
  return [s, e];
}

/**
 * A person's name the tagger cut short on the left: words known as people's between a title and
 * the name (الرئيس الأذربيجاني إلهام علييف), or any words between a verb of saying and a name
 * followed by an apposition (وقال آصف ملحم، مدير …), belong to it. At most two words.
 */
function widenPerson(text: string, lang: EntityLanguage, tokens: readonly EntityToken[], covered: Uint8Array, m: FoundMention): void {
  const [s, e] = tokenRange(tokens, m);
  if (s <= 0 || s === tokens.length) return;
  const free = (k: number) => {
    const t = tokens[k];
    if (!t?.word || covered[k]) return false;
    const f = factsOf(lang, t);
    return !f.stop && !f.speech && !f.common && lang.titleBefore(tokens, k + 1) === 0;
  };
  // («Ana Lúcia Ferraz» tagged from «Lúcia»: a given name right before a name the tagger began later opens it.)
  const before = tokens[s - 1] as EntityToken;
  if (free(s - 1) && lang.canStartName(before.text) && lang.isGivenName?.(before.text) === true) {
    const given = mentionOf(text, lang, tokens, s - 1, e, 'person', m.blockId, 'model');
    if (given) {
      covered[s - 1] = 1;
      Object.assign(m, given);
      return;
    }
  }
  let k = s;
  while (k > 0 && s - k < 2 && free(k - 1)) k--;
  if (k === s) return;
  const said = tokens[k - 1] !== undefined && factsOf(lang, tokens[k - 1] as EntityToken).speech && lang.roleAfter(tokens, e) > 0;
  // After a title only words training knew as people's (وزير خارجيتها سيرغي لافروف keeps خارجيتها out).
  let titled = lang.titleBefore(tokens, k) > 0;
  for (let j = k; titled && j < s; j++) if (!factsOf(lang, tokens[j] as EntityToken).prior?.includes('P')) titled = false;
  if (!titled && !said) return;
  const wider = mentionOf(text, lang, tokens, k, e, 'person', m.blockId, 'model');
  if (!wider) return;
  covered.fill(1, k, s);
  Object.assign(m, wider);
}

/**
 * A person's name the tagger ended on words that never end one («بوزير الإعلام عبد الباسط الزين» tagged «عبد الباسط»):
 * the free word after it joins it.
 */
function finishName(text: string, lang: EntityLanguage, tokens: readonly EntityToken[], covered: Uint8Array, m: FoundMention): void {
  const [s, e] = tokenRange(tokens, m);
  const t = tokens[e];
  if (!t?.word || covered[e]) return;
  const f = factsOf(lang, t);
  // (After a link of a lineage the word is the name's whatever else it reads as: «ولد بابا», «بابا» a title elsewhere.)
  const linked = lang.endsOnNameLink?.(m.words) === true;
  if (f.stop || f.speech || (!linked && (f.common || lang.titleBefore(tokens, e + 1) > 0))) return;
  const wider = mentionOf(text, lang, tokens, s, e + 1, 'person', m.blockId, m.source);
  if (!wider) return;
  covered[e] = 1;
  Object.assign(m, wider);
}

/**
 * Names the tagger missed but the sentence's shape gives: the words between a verb of saying or a
 * title and an apposition (وقال آصف ملحم، مدير مركز … · said Marcela Ibarra, director of …); the
 * words after an abbreviated title up to punctuation (د. ملحم:); after a title, a run of words one
 * of which training knew as a person's (الرئيس إمام علي رحمون); a word after «العاصمة» (a place).
 */
function namesByPattern(lang: EntityLanguage, tokens: readonly EntityToken[], covered: Uint8Array): [number, number, EntityKind][] {
  const out: [number, number, EntityKind][] = [];
  const taken = (a: number, b: number) => out.some(([x, y]) => x < b && y > a);
  const free = (k: number) => {
    const t = tokens[k];
    if (!t?.word || covered[k]) return false;
    const f = factsOf(lang, t);
    return !f.stop && !f.speech;
  };
  /** A free word that may be part of a name: no proclitic, not a common word, no title. */
  const nameWord = (k: number) => {
    const t = tokens[k] as EntityToken;
    return free(k) && !factsOf(lang, t).common && factsOf(lang, t).nameStart.prefixLength === 0 && lang.titleBefore(tokens, k + 1) === 0;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as EntityToken;
    if (!t.word && lang.roleAfter(tokens, i) > 0) {
      let k = i;
      while (k > 0 && i - k < 4 && free(k - 1)) k--;
      const before = tokens[k - 1];
      // (Not a definite word with «و» or a preposition on it, «… للعدالة والتنمية، النائبة …»: the title's complement goes on.)
      const glued = (at: number) => lang.isJoinedDefinite?.((tokens[at] as EntityToken).text) === true;
      if (k < i && (!before || factsOf(lang, before).speech || lang.titleBefore(tokens, k) > 0)) {
        while (k < i && lang.titleBefore(tokens, k + 1) > 0) k++;
        if (k < i && !glued(k) && !taken(k, i)) out.push([k, i, 'person']);
      }
      continue;
    }
    // A name in quotation marks after a noun naming a kind of organisation (صحيفة "السفير" · وكالة «معا»), whatever
    // its words: the marks say it is a name.
    if (OPENING.has(t.text) && lang.organizationHeadAt?.(tokens, i - 1)) {
      let close = i + 1;
      while (close < tokens.length && close - i <= QUOTED_WORDS && (tokens[close] as EntityToken).word && !covered[close]) close++;
      if (close > i + 1 && CLOSING.has(tokens[close]?.text ?? '') && !taken(i + 1, close)) {
        out.push([i + 1, close, 'organization']);
        i = close;
        continue;
      }
    }
    if (!free(i)) continue;
    // A verb of saying, one to three words, and a role head with no comma (وقال ريناتو سوليدام رئيس
    // المعهد): the words are the speaker's name (in the Arabic training corpora a person 19 times in 20).
    if (lang.bareRoleAt && factsOf(lang, tokens[i - 1] as EntityToken).speech) {
      // No proclitic by any reading (بالأمس is no name).
      const bare = (k: number) => nameWord(k) && factsOf(lang, tokens[k] as EntityToken).key === factsOf(lang, tokens[k] as EntityToken).match;
      let e = i;
      while (e < tokens.length && e - i < 3 && bare(e)) e++;
      if (e > i && lang.bareRoleAt(tokens, e) && !taken(i, e)) {
        out.push([i, e, 'person']);
        i = e - 1;
        continue;
      }
    }
    // «د.» + name: the title is an abbreviation, so what follows up to punctuation is the name.
    const title = lang.titleBefore(tokens, i);
    if (title > 0) {
      let e = i;
      while (e < tokens.length && e - i < 3 && free(e) && lang.titleBefore(tokens, e + 1) === 0) e++;
      const abbreviated = tokens[i - 1]?.text === '.';
      let known = false;
      for (let k = i; k < e; k++) {
        const token = tokens[k] as EntityToken;
        if (factsOf(lang, token).prior?.includes('P')) known = true;
        else if (factsOf(lang, token).common) e = k;
      }
      if (e > i && (abbreviated || known) && !taken(i, e)) {
        out.push([i, e, 'person']);
        continue;
      }
    }
    // Each place head asked once (a head one or two tokens back).
    const head1 = lang.placeHeadAt(tokens, i - 1);
    const head2 = head1 === 1 ? 0 : lang.placeHeadAt(tokens, i - 2);
    if ((head1 === 1 || head2 === 2) && !factsOf(lang, tokens[i] as EntityToken).common && !taken(i, i + 1)) {
      out.push([i, i + 1, 'location']);
      continue;
    }
    // An organisation's name by its shape (المحكمة الجنائية الدولية), on words the tagger left.
    const phrase = lang.organizationPhraseAt?.(tokens, i) ?? 0;
    if (phrase > 0) {
      let e = i + 1;
      while (e < i + phrase && free(e)) e++;
      if (e === i + phrase && !taken(i, e)) {
        out.push([i, e, 'organization']);
        i = e - 1;
        continue;
      }
    }
    // One untagged word a following cue marks as an organisation (ليون الفرنسي: a club), unless
    // the cue stands as a noun before a tagged name (إقالة الألماني بيرند شوستر: the German).
    if (nameWord(i) && !factsOf(lang, tokens[i] as EntityToken).definite && !covered[i + 2] && lang.organizationAfter?.(tokens, i + 1) && !taken(i, i + 1)) {
      out.push([i, i + 1, 'organization']);
      continue;
    }
    // A name after a noun naming a kind of organisation (شركة مايكروسوفت · صحيفة يديعوت أحرونوت).
    if (lang.organizationHeadAt?.(tokens, i - 1) && nameWord(i)) {
      let e = i + 1;
      while (e < tokens.length && e - i < 3 && nameWord(e)) e++;
      if (!taken(i, e)) out.push([i, e, 'organization']);
      i = e - 1;
    }
  }
  // (Words are cut as a mention is, «بنكيران» whole: the tagger's reading strips «ب»; a given name the list knows
  // may also spell a common word: «نادية», «his club».)
  const mentionWord = (k: number, common: boolean) => {
    const t = tokens[k] as EntityToken;
    return free(k) && (common || !factsOf(lang, t).common) && lang.nameStart(t.text).prefixLength === 0 && lang.titleBefore(tokens, k + 1) === 0;
  };
  if (lang.isGivenName) givenNames(lang, tokens, mentionWord, taken, out);
  return out;
}

/**
 * "Kristi Noem said", "Jose Mourinho has agreed", «نادية بنكيران»: a given name and one or two name-like words the tagger
 * left, none of them known from training only as a place's or an organisation's ("Charlotte Hornets", "Virginia Tech").
 */
function givenNames(
  lang: EntityLanguage,
  tokens: readonly EntityToken[],
  mentionWord: (k: number, common: boolean) => boolean,
  taken: (a: number, b: number) => boolean,
  out: [number, number, EntityKind][],
): void {
  const surname = (k: number) => {
    const t = tokens[k] as EntityToken;
    const prior = factsOf(lang, t).prior;
    return mentionWord(k, false) && lang.canStartName(t.text) && !lang.isGivenName?.(t.text) && (prior === undefined || prior.includes('P'));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as EntityToken;
    if (!t.word || !lang.isGivenName?.(t.text) || !lang.canStartName(t.text) || !mentionWord(i, true)) continue;
    let e = i + 1;
    while (e < tokens.length && e - i < 3 && surname(e)) e++;
    if (e > i + 1 && lang.organizationCue?.(tokens, i, e) !== true && !taken(i, e)) {
      out.push([i, e, 'person']);
      i = e - 1;
    }
  }
}

/**
 * Where a person's name starts inside a span tagged as an organisation: the first word, two words or more into the span,
 * that training saw only in people's names right after one it saw only in organisations'; -1 when none does.
 */
function personAfterOrganization(lang: EntityLanguage, tokens: readonly EntityToken[], s: number, e: number): number {
  const only = (k: number, c: string) => {
    const prior = factsOf(lang, tokens[k] as EntityToken).prior;
    return prior?.includes(c) === true && !/[PLOM]/.test(prior.replaceAll(c, ''));
  };
  // (A name's own links, «فهد بن نافل», join it; they never open one.)
  for (let k = s + 1; k < e - 1; k++) if (only(k, 'P') && only(k - 1, 'O') && !NAME_LINKS.has((tokens[k] as EntityToken).text)) return k;
  return -1;
}

/** Words that link the parts of one person's name («بن», «ابن», «بنت», «آل»). */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'آل']);

/** Title before and apposition after a person mention, as written. */
export function addRoles(text: string, lang: EntityLanguage, tokens: readonly EntityToken[], m: FoundMention): void {
  const [s, e] = tokenRange(tokens, m);
  if (s === tokens.length) return;
  const t = lang.titleBefore(tokens, s);
  if (t > 0) {
    const first = tokens[s - t] as EntityToken;
    const start = first.start + (first.word ? factsOf(lang, first).nameStart.prefixLength : 0);
    const title = oneSpace(text.slice(start, (tokens[s - 1] as EntityToken).end));
    if (title.length > 0) m.title = (first.word && factsOf(lang, first).nameStart.article ? 'ال' : '') + title;
  }
  const r = lang.roleAfter(tokens, e);
  // (An age the role was read past is no part of it: «Sowerby, 47, a former barrister».)
  if (r > 0) m.role = oneSpace(text.slice((tokens[e + 1] as EntityToken).start, (tokens[e + r] as EntityToken).end)).replace(/^\d{1,3}, /, '');
}

/** The longest name `completeName` looks at, in words. */
const COMPLETE_WORDS = 6;

/**
 * A mention the tagger cut short where the document writes the same name in full (طلعت زكريا
 * found once, then only «زكريا» tagged in «وكان طلعت زكريا يتقمص»): the free words around it that
 * make the longer name of the same kind join it. `longer` holds the document's names of two words
 * or more by each of their words. Returns whether the mention grew.
 */
export function completeName(
  text: string,
  lang: EntityLanguage,
  tokens: readonly EntityToken[],
  covered: Uint8Array,
  m: FoundMention,
  longer: ReadonlyMap<string, readonly FoundMention[]>,
): boolean {
  const n = m.words.length;
  const candidates = longer.get(m.words[0] as string);
  if (!candidates) return false;
  const [s, e] = tokenRange(tokens, m);
  for (const full of candidates) {
    const words = full.words;
    if (full.kind !== m.kind || words.length <= n || words.length > COMPLETE_WORDS) continue;
    for (let p = 0; p + n <= words.length; p++) {
      let same = true;
      for (let k = 0; same && k < n; k++) same = words[p + k] === m.words[k];
      if (!same) continue;
      const a = s - p;
      const b = e + (words.length - p - n);
      if (a < 0 || b > tokens.length) continue;
      let free = true;
      for (let k = a; free && k < b; k++) free = (k >= s && k < e) || ((tokens[k] as EntityToken).word && !covered[k]);
      if (!free) continue;
      const wider = mentionOf(text, lang, tokens, a, b, m.kind, m.blockId, m.source);
      if (!wider || wider.words.length !== words.length || !wider.words.every((w, k) => w === words[k])) continue;
      covered.fill(1, a, b);
      Object.assign(m, { start: wider.start, end: wider.end, canonical: wider.canonical, key: wider.key, words: wider.words });
      return true;
    }
  }
  return false;
}

/** Names known in a document (or a list), indexed by the key of their first word, for scanning. */
export class NameIndex {
  private readonly byFirst = new Map<string, { words: string[]; kind: EntityKind }[]>();

  add(words: readonly string[], kind: EntityKind): void {
    if (words.length === 0) return;
    const first = words[0] as string;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    if (!list.some((n) => n.words.length === words.length && n.words.every((w, i) => w === words[i]))) list.push({ words: [...words], kind });
    // Longest names first, so «الولايات المتحدة» wins over «الولايات».
    list.sort((a, b) => b.words.length - a.words.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Mentions of known names over tokens not yet covered (marks what it takes). */
  scan(
    text: string,
    lang: EntityLanguage,
    tokens: readonly EntityToken[],
    covered: Uint8Array,
    blockId: string,
    source: FoundMention['source'],
  ): FoundMention[] {
    const out: FoundMention[] = [];
    if (this.byFirst.size === 0) return out;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !(tokens[i] as EntityToken).word) continue;
      const facts = factsOf(lang, tokens[i] as EntityToken);
      if (!facts.canStart) continue;
      // A name whose first letter reads as a proclitic (فينغر: «ف» + «ينغر») is matched as written.
      let whole = false;
      let candidates = this.byFirst.get(facts.key);
      if (!candidates && facts.match !== facts.key) {
        candidates = this.byFirst.get(facts.match);
        whole = true;
      }
      if (!candidates) continue;
      for (const name of candidates) {
        const n = name.words.length;
        let ok = i + n <= tokens.length;
        for (let k = 1; ok && k < n; k++) ok = !covered[i + k] && factsOf(lang, tokens[i + k] as EntityToken).match === name.words[k];
        if (!ok) continue;
        const m = mentionOf(text, lang, tokens, i, i + n, name.kind, blockId, source, whole);
        if (!m) continue;
        covered.fill(1, i, i + n);
        out.push(m);
        i += n - 1;
        break;
      }
    }
    return out;
  }
}

export type { TokenSpan };

/** Capitalised words a name may take after its "and" ("Human Services", "Urban Development"). */
const AND_NAME_WORDS = 4;

/**
 * One institution's name with "and" in it, which the tagger reads as two or half: "Food and Drug Administration",
 * "Rail and Signal Workers Union" (a name closing on an organisation's word takes the one capitalised word before its
 * "and"); "Department of Health and Human Services", "Centers for Disease Control and Prevention" (an organisation named
 * with "of" or "for" takes the capitalised words after it). Scripts with capitals only.
 */
function joinInstitutionNames(
  text: string,
  lang: EntityLanguage,
  tokens: readonly EntityToken[],
  covered: Uint8Array,
  mentions: FoundMention[],
): FoundMention[] {
  if (!lang.casedNames || !lang.organizationCue) return mentions;
  const word = (i: number, w: string) => tokens[i]?.word === true && (tokens[i] as EntityToken).text === w;
  // (A capitalised word that is never a name, "The" opening the sentence, is no part of one.)
  const capital = (i: number) => {
    const t = tokens[i];
    const c = t?.word ? t.text.charCodeAt(0) : 0;
    return c >= 65 && c <= 90 && !lang.isStopName((t as EntityToken).text);
  };
  // (Mentions a joined name swallowed, set aside once: a sentence of a thousand names stays linear.)
  const swallowed = new Set<FoundMention>();
  const joined: FoundMention[] = [];
  // (In text order, where the mentions a joined name covers stand next to it.)
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const [at, m] of sorted.entries()) {
    if (m.kind === 'date' || m.kind === 'quantity' || swallowed.has(m)) continue;
    const [s, e] = tokenRange(tokens, m);
    let from = s;
    let to = e;
    // (One word before "and": "The United Nations and European Union" are two.)
    if (word(s - 1, 'and') && capital(s - 2) && !capital(s - 3) && lang.organizationCue(tokens, e - 1, e)) from = s - 2;
    const institution = m.kind === 'organization' && (m.words.includes('of') || m.words.includes('for'));
    if (institution && word(e, 'and') && capital(e + 1)) {
      to = e + 1;
      while (to < tokens.length && to - e < AND_NAME_WORDS && capital(to)) to++;
    }
    if (from === s && to === e) continue;
    const whole = mentionOf(text, lang, tokens, from, to, 'organization', m.blockId, m.source);
    if (!whole) continue;
    const start = (tokens[from] as EntityToken).start;
    const end = (tokens[to - 1] as EntityToken).end;
    for (let k = at; k >= 0 && (sorted[k] as FoundMention).end > start; k--)
      if ((sorted[k] as FoundMention).start < end) swallowed.add(sorted[k] as FoundMention);
    for (let k = at + 1; k < sorted.length && (sorted[k] as FoundMention).start < end; k++)
      if ((sorted[k] as FoundMention).end > start) swallowed.add(sorted[k] as FoundMention);
    covered.fill(1, from, to);
    joined.push(whole);
  }
  if (joined.length === 0) return mentions;
  return [...sorted.filter((m) => !swallowed.has(m)), ...joined].sort((a, b) => a.start - b.start);
}
