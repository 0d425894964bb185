/**
 * The quote stage's own view of a block: words (with matching keys), punctuation and paired
 * quotation marks, plus sentence ranges that never end inside quotation marks. It needs only the
 * text and the mark pairs, so it works whether or not the tokenizer has run; when it has, the
 * tokenizer's words tell first whether a block can hold a quote at all (a block with no cue word
 * and no quotation mark is skipped), and lend their strings and keys, so no word is sliced and
 * looked up twice.
 */
import type { QuoteLanguage } from '../../lang/quote-language.js';
import type { Block } from '../../model/types.js';
import { opensSentence } from '../../tokenize/abbreviations.js';
import type { MarkPairs, MarkRole } from './quote-marks.js';

export interface Token {
  type: 'word' | 'punct' | 'mark';
  start: number;
  end: number;
  /** Matching key for words; the character(s) for punctuation and marks. */
  key: string;
  /**
   * The token as written (`text.slice(start, end)`): for a word, the cached string its keys were read from, so the
   * word tests the frames ask (each cached by the word) find it without slicing and hashing a new string each time.
   */
  written: string;
  /** The key without a conjunction proclitic (وقال → قال); the key itself when there is none. */
  bare: string;
  /** UTF-16 length of that conjunction in the text; 0 when none. */
  conjunction: number;
  /** A word that may start a frame: a cue or the first word of a source phrase (through a conjunction). */
  trigger: boolean;
  /** For marks: which marked span and which end of it. */
  span: number | undefined;
  role: MarkRole | undefined;
  /** Inside quotation marks (the speaker's own words), so not the article's attribution. */
  quoted: boolean;
  /** A word after the first of a person's name the entity stage found («ليلة» in «خليل ابو ليلة»). */
  inName?: boolean;
}

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** Holds a quotation mark or a word that may start a frame: without either, nothing in it is a quote. */
  busy: boolean;
  /**
   * The sentence's photo credits and the points where its narration resumes (index.ts), read when first asked. Kept on
   * the sentence, set in every literal so all sentences share one shape: a WeakMap insertion per sentence cost more.
   */
  credits: number[] | undefined;
  resumes: number[] | undefined;
  /** Its quotation marks opening right after a colon, not inside marks (index.ts), read when first asked. */
  colonQuotes: number[] | undefined;
}

/** Letters, digits, combining marks and tatweel: anything not punctuation, space or a symbol block. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false; // Latin-1 punctuation and symbols: « » · ¿ …
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  return c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x06d4 && !(c >= 0x066a && c <= 0x066d) && c !== 0xfd3e && c !== 0xfd3f;
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/** Words of a bare attribution after a quotation ('“…” Smith said.', '“…” said the mayor.'). */
const ATTRIBUTION_WORDS = 6;
/** Words of a subject before its cue in an attribution with a setting after the cue ('“…?” the former mayor asked on …'). */
const SUBJECT_WORDS = 3;
/** Words of such an attribution, setting included ('“…?” Brooke tearfully asked before apologizing to the actor.'). */
const SET_ATTRIBUTION_WORDS = 10;
/** Characters after a quotation read for its attribution. */
const ATTRIBUTION_CHARS = 160;

/**
 * Whether the words after `i`, up to the next stop, are a bare attribution of the quotation
 * before: a cue word first or last, within a few words; or a cue after a short subject with only
 * a setting after it.
 */
function attributionAfter(text: string, i: number, lang: QuoteLanguage): boolean {
  if (appositionAttribution(text, i, lang)) return true;
  const rest = text.slice(i, i + ATTRIBUTION_CHARS);
  const stop = sentenceStopIn(rest, lang);
  if (stop < 0) return false;
  const words = rest.slice(0, stop).trim().split(/\s+/);
  const isCue = (w: string | undefined) => w !== undefined && lang.cues.has(lang.key(w));
  // ('"…?" Justice Hartigan-Cole asked Solicitor General Kemper minutes into the argument.': a verb of asking after a
  // short subject, then whom it asked, capitalised.)
  const asked = words.findIndex((w, k) => k > 0 && k <= SUBJECT_WORDS && lang.cues.get(lang.key(w))?.asks === true);
  if (asked > 0 && /^\p{Lu}/u.test(words[asked + 1] ?? '') && !words.some((w) => lang.complementisers.has(lang.key(w)))) return true;
  if (words.length === 0 || words.length > SET_ATTRIBUTION_WORDS) return false;
  if (words.length <= ATTRIBUTION_WORDS && (isCue(words[0]) || isCue(words[words.length - 1]))) return true;
  // ('"…." Police said on Monday that …' is a sentence of its own: never a "that" clause.)
  const cue = words.findIndex((w, k) => k > 0 && k <= SUBJECT_WORDS && isCue(w));
  const next = words[cue + 1];
  return cue > 0 && next !== undefined && lang.settingPrepositions.has(lang.key(next)) && !words.some((w) => lang.complementisers.has(lang.key(w)));
}

/** Where the first sentence stop in `rest` is, past the stops of abbreviations and initials ("Sen. Naomi X. Smith asked."). */
function sentenceStopIn(rest: string, lang: QuoteLanguage): number {
  for (let k = 0; k < rest.length; k++) {
    const c = rest.charCodeAt(k);
    if (c === 33 || c === 63 || c === 10) return k;
    if (c !== 46) continue;
    let w = k;
    while (w > 0 && isWordCode(rest.charCodeAt(w - 1))) w--;
    const word = rest.slice(w, k);
    if (word.length === 1 ? isUpper(word.charCodeAt(0)) : lang.abbreviations.has(lang.key(word))) continue;
    return k;
  }
  return -1;
}

/** Words of a name, and of the apposition after it, in an attribution after a quotation. */
const NAME_WORDS = 4;
const APPOSITION_WORDS = 16;

/**
 * '“…?” He Jianxiong, the former executive director at the IMF, said at …': a name, an apposition between commas
 * and a cue right after it.
 */
function appositionAttribution(text: string, i: number, lang: QuoteLanguage): boolean {
  const rest = text.slice(i, i + 240);
  const first = rest.indexOf(',');
  if (first < 0) return false;
  const second = rest.indexOf(',', first + 1);
  if (second < 0) return false;
  const name = rest.slice(0, first).trim().split(/\s+/);
  const apposition = rest
    .slice(first + 1, second)
    .trim()
    .split(/\s+/);
  const cue = /^\s*([^\s,.;:!?]+)/.exec(rest.slice(second + 1))?.[1];
  // ('"…." Carrio, the delivery app, posted on X that …', '"…." Okafor, pressed on the point, said the company …': a
  // verb with a clause of its own starts a sentence; an attribution's verb ends it or takes a setting.)
  const after = rest.slice(second + 1);
  const stop = sentenceStopIn(after, lang);
  const tail = (stop < 0 ? after : after.slice(0, stop)).split(/\s+/).filter((w) => w !== '');
  const next = tail[1] === undefined ? undefined : lang.key(tail[1]);
  const clause =
    tail.some((w) => lang.complementisers.has(lang.key(w))) || (next !== undefined && !lang.settingPrepositions.has(next) && !/^[,;:]/.test(tail[1] as string));
  return (
    !clause &&
    name.length <= NAME_WORDS &&
    apposition.length <= APPOSITION_WORDS &&
    !/[!?\n]/.test(rest.slice(0, second)) &&
    [...name, ...apposition].every((w) => !w.endsWith('.') || w.length === 2 || lang.abbreviations.has(lang.key(w.slice(0, -1)))) &&
    cue !== undefined &&
    lang.cues.has(lang.key(cue))
  );
}

/** Whether a capital letter comes after the spaces at `i` (a space at least). */
function capitalAfter(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && k - i < 4 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  // ('… the back door." "If countries want …': a quotation opening the next sentence.)
  if (k > i && isMarkCode(text.charCodeAt(k)) && isUpper(text.charCodeAt(k + 1))) return true;
  return k > i && isUpper(text.charCodeAt(k));
}

/** Whether the apostrophe at `i` is the unpaired half of a doubled one whose other half, apart or together, is a mark. */
function otherHalf(text: string, roles: ReadonlyMap<number, unknown>, i: number): boolean {
  for (const k of [i + 2, i - 2, i + 1, i - 1]) if (roles.has(k) && text.charCodeAt(k) === 0x27) return true;
  return false;
}

/** Signs that belong to the number before them ("10%", «10٪»): part of what was said, not punctuation after it. */
const NUMBER_SIGNS = new Set(['%', '\u066a', '\u2030', '\u00b0']);

/** Punctuation that a quote's words do not end on: anything but a sign of the number before it. */
export const trailingPunct = (tok: Token | undefined): boolean => tok?.type === 'punct' && !NUMBER_SIGNS.has(tok.key);

/** Characters that can be quotation marks (see quote-marks.ts); only they need a look-up. */
export const isMarkCode = (c: number) => c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e) || c === 0x2039 || c === 0x203a;

/** What the stage knows of a word, cached by its text. */
interface WordKeys {
  /** The word itself (the cache's key). */
  word: string;
  key: string;
  bare: string;
  conjunction: number;
  trigger: boolean;
  /** UTF-16 length of the word. */
  size: number;
  /** Letters only (no inner hyphen, apostrophe or separator): the quote stage's scan keeps it whole. */
  plain: boolean;
  /** This word, or a word the quote stage may cut out of it (the tokenizer joins 10:30, ZWNJ …), is a trigger. */
  relevant: boolean;
}

interface LangCache {
  words: Map<string, WordKeys>;
  /** First words of source phrases: with the cues, the only words a frame starts at. */
  phraseFirst: Set<string>;
}

/** News repeats its words (في، أن، said, the): their keys are cached per language, the cache bounded. */
const KEY_CACHE = new WeakMap<QuoteLanguage, LangCache>();
const KEY_CACHE_SIZE = 50_000;

function cacheOf(lang: QuoteLanguage): LangCache {
  let cache = KEY_CACHE.get(lang);
  if (!cache) KEY_CACHE.set(lang, (cache = { words: new Map(), phraseFirst: new Set(lang.sourcePhrases.map((p) => p.words[0] as string)) }));
  return cache;
}

/**
 * «ليؤكد», «لتضيف»: «لـ» of purpose on a verb of saying in the present (verb-first languages), whose key without it is
 * a cue; that key, or undefined.
 */
export function purposeStem(lang: QuoteLanguage, key: string): string | undefined {
  if (!lang.verbFirst || key.length < 4 || key[0] !== 'ل' || (key[1] !== 'ي' && key[1] !== 'ت')) return undefined;
  const stem = key.slice(1);
  return lang.cues.has(stem) ? stem : undefined;
}

function keysOf(lang: QuoteLanguage, word: string): WordKeys {
  const cache = cacheOf(lang);
  const hit = cache.words.get(word);
  if (hit) return hit;
  const key = lang.key(word);
  const conjunction = lang.conjunctionLength(word);
  const bare = conjunction > 0 ? lang.key(word.slice(conjunction)) : key;
  // («وأبلغه»: a telling verb with its object pronoun starts a frame too, and «هذا ما قاله …» any cue; see `cueOf`.)
  const cueWithObject = (k: string) => {
    const stem = lang.objectPronounStem?.(k);
    return stem !== undefined && lang.cues.has(stem);
  };
  const starts = (k: string) => lang.cues.has(k) || cache.phraseFirst.has(k) || cueWithObject(k) || purposeStem(lang, k) !== undefined;
  const trigger = starts(key) || (conjunction > 0 && starts(bare));
  let plain = word.length > 0;
  for (let i = 0; i < word.length && plain; i++) plain = isWordCode(word.charCodeAt(i));
  const keys: WordKeys = { word, key, bare, conjunction, trigger, size: word.length, plain, relevant: trigger || (!plain && partsTrigger(lang, word)) };
  if (cache.words.size >= KEY_CACHE_SIZE) cache.words.clear();
  cache.words.set(word, keys);
  return keys;
}

/** Whether a run of word characters inside `word` (split where the quote stage may split it) is a trigger. */
function partsTrigger(lang: QuoteLanguage, word: string): boolean {
  let from = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && isWordCode(word.charCodeAt(i))) continue;
    if (i > from && (from > 0 || i < word.length) && keysOf(lang, word.slice(from, i)).trigger) return true;
    from = i + 1;
  }
  return false;
}

/**
 * The tokenizer's words of one block, for the quote stage to reuse: their strings (no slicing, and
 * their hashes already computed by earlier stages) and whether the block may hold a frame at all.
 * The arrays are reused from block to block.
 */
export interface BlockWords {
  starts: number[];
  keys: WordKeys[];
  count: number;
  /** Some word may start a frame, or the block holds something the check cannot see into. */
  relevant: boolean;
}

const NO_WORDS = newBlockWords();

export function newBlockWords(): BlockWords {
  return { starts: [], keys: [], count: 0, relevant: false };
}

/**
 * Reads the block's word nodes into `out`. Conservative: a block with symbols or sources (whose
 * characters the quote stage may read as words) or with no sentences yet counts as relevant.
 */
export function readBlockWords(block: Block, lang: QuoteLanguage, out: BlockWords): void {
  const words = cacheOf(lang).words;
  const { starts, keys } = out;
  let count = 0;
  let relevant = block.children.length === 0 && block.position.end.offset !== block.position.start.offset;
  // Indexed loops and few property reads: this walk touches every word of the article.
  const sentences = block.children;
  for (let s = 0; s < sentences.length; s++) {
    const nodes = (sentences[s] as (typeof sentences)[number]).children;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n] as (typeof nodes)[number];
      const type = node.type;
      if (type === 'WordNode') {
        const value = node.children.length === 1 ? (node.children[0] as { value?: unknown }).value : undefined;
        const start = node.position?.start.offset;
        if (typeof value !== 'string' || start === undefined) {
          relevant = true;
          continue;
        }
        const known = words.get(value) ?? keysOf(lang, value);
        starts[count] = start;
        keys[count] = known;
        count++;
        if (known.relevant) relevant = true;
      } else if (type === 'SymbolNode' || type === 'SourceNode') relevant = true;
    }
  }
  out.count = count;
  out.relevant = relevant;
}

/**
 * One pass over a block's tokens: its sentences (a stop, ! ? ؟ … outside quotation marks ends
 * one, with the run of stops after it), the marks and the words that may start a frame (so later
 * steps visit them, not every token), and for blocks with marks each mark's partner and the word
 * counts that keep the stage linear however many marks a block holds.
 */
export interface BlockIndex {
  sentences: Sentence[];
  /** Token indices of marks, in order. */
  marks: number[];
  /** Token indices of unquoted words that may start a frame, in order. */
  triggers: number[];
  /** For a mark token, the token index of its partner in the same block; -1 when it lies in another block. Empty without marks. */
  partner: readonly number[];
  /** Number of word tokens before each token index (length tokens + 1). Empty without marks. */
  wordsBefore: readonly number[];
}

const EMPTY: readonly number[] = [];

/** Whether what follows a full stop at `at` - 1 says it ends an abbreviation: a comma, a closing parenthesis, a space and a lowercase Latin letter. */
function abbreviationAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 44 || c === 41) return true;
  const next = text.charCodeAt(at + 1);
  return c === 32 && next >= 97 && next <= 122;
}

/** Words one part of a dateline may have («الدوحة», «ا ف ب»), and the dashes between its parts it needs. */
const DATELINE_PART_WORDS = 3;
const DATELINE_DASHES = 2;
/** Tokens a dateline may span: the look back stays short whatever the paragraph holds. */
const DATELINE_TOKENS = 24;
const isDashKey = (key: string) => key === '-' || key === '\u2013' || key === '\u2014';

/**
 * The first token of a dateline that the colon at `colon` closes, places and credits between dashes
 * («الدوحة - بيروت - الراية - وكالات:»); -1 when the words before the colon are no such run. Looks
 * back a few tokens only. The dateline's first part is taken as one word: the words before it are
 * the story's before.
 */
function datelineStart(tokens: readonly Token[], colon: number, first: number): number {
  let dashes = 0;
  let words = 0;
  let k = colon - 1;
  for (; k >= first; k--) {
    if (colon - k > DATELINE_TOKENS) return -1;
    const tok = tokens[k] as Token;
    if (tok.type === 'word') {
      if (++words > DATELINE_PART_WORDS) break;
      continue;
    }
    if (tok.type !== 'punct' || !isDashKey(tok.key) || words === 0) return -1;
    dashes++;
    words = 0;
  }
  if (dashes < DATELINE_DASHES || words === 0) return -1;
  // The part before the first dash: its last word (the place), when more words stand before it.
  let dash = k + 1;
  while ((tokens[dash] as Token).type === 'word') dash++;
  return dash - 1;
}

/** Whether a punctuation character ends a sentence: . ! ? ؟ … */
const isStopCode = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x061f || c === 0x2026;

/**
 * The tokens of `text[start, end)` and their index, made in the same pass. Words the tokenizer
 * cut as this scan would (`words`, from readBlockWords) lend their keys; the rest are read here.
 * `marked` says whether the block holds quotation marks (then partners and word counts are kept).
 */
export function readBlock(
  text: string,
  start: number,
  end: number,
  marks: MarkPairs,
  lang: QuoteLanguage,
  marked: boolean,
  words: BlockWords = NO_WORDS,
): { tokens: Token[]; index: BlockIndex } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const markList: number[] = [];
  const triggers: number[] = [];
  // Plain arrays grown token by token: a typed array per block costs more to allocate than it saves.
  const partner: number[] = [];
  const wordsBefore: number[] = marked ? [0] : [];
  const openAt = marked ? new Map<number, number>() : undefined;
  const roles = marks.roles;
  const abbreviations = lang.abbreviations;
  let depth = 0;
  let wordCount = 0;
  let first = 0;
  let busy = false;
  // After an unquoted stop: the sentence ends when the run of stops does.
  let stopped = false;
  // A stop inside quotation marks, right before the closing one: the sentence ends after the mark when a capital
  // follows ('… said that “it endangers lives.” She said …').
  let quotedStop = -2;
  // Cursor into the tokenizer's words: a word that spans exactly what this scan cut reuses its keys.
  let w = 0;
  const count = words.count;
  const starts = words.starts;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const mark = isMarkCode(c) ? roles.get(i) : undefined;
    let tok: Token;
    if (mark) {
      if (mark.role === 'close') depth = Math.max(0, depth - 1);
      const key = text[i] as string;
      tok = {
        type: 'mark',
        start: i,
        end: i + 1,
        key,
        written: key,
        bare: key,
        conjunction: 0,
        trigger: false,
        span: mark.span,
        role: mark.role,
        quoted: depth > 0,
      };
      if (mark.role !== 'close') depth++;
      i++;
    } else if (!isWordCode(c) && !(c === 64 && isWordCode(text.charCodeAt(i + 1)))) {
      // (A handle, "@POTUS", is one word: "tweeted using his @POTUS account:".)
      i++;
      if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f)) continue;
      // The other half of an apostrophe mark typed doubled, apart or together («' ' …», «'' …»): part of the mark, not
      // punctuation.
      if (c === 0x27 && otherHalf(text, roles, i - 1)) continue;
      const key = text[i - 1] as string;
      tok = {
        type: 'punct',
        start: i - 1,
        end: i,
        key,
        written: key,
        bare: key,
        conjunction: 0,
        trigger: false,
        span: undefined,
        role: undefined,
        quoted: depth > 0,
      };
    } else {
      // The tokenizer's word at i, when the scan would end where it ends, saves reading its letters again.
      while (w < count && (starts[w] as number) < i) w++;
      const reused = w < count && starts[w] === i ? (words.keys[w] as WordKeys) : undefined;
      const reusedEnd = reused ? i + reused.size : -1;
      let j = reused?.plain && endsAt(text, reusedEnd, end) ? reusedEnd : wordEnd(text, i, end, marks);
      const known = reused && reusedEnd === j ? reused : keysOf(lang, text.slice(i, j));
      const key = known.key;
      // A full stop that belongs to the word: an abbreviation (د. Dr.), an initial (J.), an initialism (U.S.).
      // A full stop with a capital right after it, no space, is inside an abbreviation too («R-S.C.»); so is one before
      // a comma or a closing parenthesis («D-Mass.,», «Inc.)») or before a lowercase word («Acme Corp. said»), as the
      // tokenizer reads them.
      if (
        text.charCodeAt(j) === 46 &&
        (abbreviations.has(key) ||
          // (An initial's stop ends the sentence before a word that opens one, as the tokenizer reads it: "on X. The …".)
          (j - i === 1 && isUpper(c) && !(text.charCodeAt(j + 1) === 32 && opensSentence(text, j + 2, end))) ||
          (j - i >= 3 && text.charCodeAt(j - 2) === 46) ||
          isUpper(text.charCodeAt(j + 1)) ||
          abbreviationAfter(text, j + 1))
      )
        j++;
      // "OPEC+", «أوبك+», "Disney+": a plus closing a word is part of its name, not punctuation ending the speaker.
      if (j < end && text.charCodeAt(j) === 43 && !isWordCode(text.charCodeAt(j + 1)) && text.charCodeAt(j + 1) !== 43) j++;
      // Every token has the same fields in the same order, so the frames read one object shape.
      tok = {
        type: 'word',
        start: i,
        end: j,
        key,
        // (Past an abbreviation's stop the token is longer than the word whose keys it took.)
        written: j - i === known.size ? known.word : text.slice(i, j),
        bare: known.bare,
        conjunction: known.conjunction,
        trigger: known.trigger,
        span: undefined,
        role: undefined,
        quoted: depth > 0,
      };
      i = j;
    }
    // The index, as each token is made.
    const t = tokens.length;
    if (marked) partner.push(-1);
    const type = tok.type;
    const stop = type === 'punct' && isStopCode(tok.key.charCodeAt(0));
    if (stopped && !stop) {
      sentences.push({ first, last: t, busy, credits: undefined, resumes: undefined, colonQuotes: undefined });
      first = t;
      busy = false;
      stopped = false;
    }
    if (type === 'word') {
      if (tok.trigger) {
        if (!tok.quoted) triggers.push(t);
        busy = true;
      }
      wordCount++;
    } else if (type === 'mark') {
      markList.push(t);
      busy = true;
      if (tok.role === 'close' && quotedStop === t - 1 && capitalAfter(text, tok.end) && !attributionAfter(text, tok.end, lang)) stopped = true;
      if (openAt && tok.span !== undefined) {
        if (tok.role === 'close') {
          const open = openAt.get(tok.span);
          if (open !== undefined) {
            partner[open] = t;
            partner[t] = open;
          }
        } else openAt.set(tok.span, t);
      }
    } else if (stop && tok.quoted) quotedStop = t;
    else if (stop && !tok.quoted) {
      // «(D-Calif.)», «Inc., said»: a stop right before a closing parenthesis or a comma ends an abbreviation, not a sentence.
      const after = text.charCodeAt(tok.end);
      if (after !== 41 && after !== 44) stopped = true;
    }
    if (marked) wordsBefore.push(wordCount);
    tokens.push(tok);
    // «… في غوانتانامو الدوحة - بيروت - الراية - وكالات: في نبرة …»: a dateline run into the paragraph (stories pasted
    // together) opens another story: what was said before it ends there, and a sentence starts after its colon.
    if (type === 'punct' && (tok.key === ':' || tok.key === '\uff1a') && depth === 0) {
      const dated = datelineStart(tokens, t, first);
      if (dated >= 0) {
        if (dated > first) {
          sentences.push({ first, last: dated, busy, credits: undefined, resumes: undefined, colonQuotes: undefined });
          first = dated;
        }
        stopped = true;
      }
    }
  }
  const n = tokens.length;
  if (first < n) sentences.push({ first, last: n, busy, credits: undefined, resumes: undefined, colonQuotes: undefined });
  const index: BlockIndex = {
    sentences,
    marks: markList,
    triggers,
    partner: marked ? partner : EMPTY,
    wordsBefore: marked ? wordsBefore : EMPTY,
  };
  return { tokens, index };
}

/** End of the word that starts at `i`: letters, and inner hyphens, apostrophes, digit separators and initialism stops. */
function wordEnd(text: string, i: number, end: number, marks: MarkPairs): number {
  let j = i + 1;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (isWordCode(d)) continue;
    // Inner hyphen, apostrophe or digit separator: al-Sisi, ministry's, 2.75, 1,000.
    const next = text.charCodeAt(j + 1);
    // Plural possessive: teachers' unions.
    if ((d === 0x27 || d === 0x2019) && (text.charCodeAt(j - 1) | 32) === 115 && !isWordCode(next) && !marks.roles.has(j)) {
      j++;
      break;
    }
    // "the U.K.'s University": an initialism's last stop and a possessive.
    if (d === 46 && (next === 0x27 || next === 0x2019) && text.charCodeAt(j - 2) === 46 && (text.charCodeAt(j + 2) | 32) === 115) {
      if (!isWordCode(text.charCodeAt(j + 3)) && !marks.roles.has(j + 1)) return j + 3;
    }
    if (!isWordCode(next) || (isMarkCode(d) && marks.roles.has(j))) break;
    const prev = text.charCodeAt(j - 1);
    const digits = prev >= 48 && prev <= 57 && next >= 48 && next <= 57;
    if (d === 45 || d === 0x27 || d === 0x2019 || ((d === 46 || d === 44) && digits)) continue;
    // Dotted initialism: U.S., e.g.
    if (d === 46 && j - i === 1) continue;
    // A web address: Amazon.com, alt.religion.scientology (a stop between letters, a lowercase one after, ends no sentence).
    if (d === 46 && next >= 97 && next <= 122 && (prev | 32) >= 97 && (prev | 32) <= 122) continue;
    break;
  }
  return j;
}

/**
 * Whether `wordEnd` stops at `j` after a run of letters: the block ends there, or a character
 * follows that never joins two words (not a hyphen, apostrophe, stop or comma).
 */
function endsAt(text: string, j: number, end: number): boolean {
  if (j >= end) return j === end;
  const d = text.charCodeAt(j);
  return !isWordCode(d) && d !== 45 && d !== 0x27 && d !== 0x2019 && d !== 46 && d !== 44;
}
