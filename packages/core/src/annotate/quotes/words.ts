/**
 * The quote stage's own view of a block: words (with matching keys), punctuation and paired
 * quotation marks, plus sentence ranges that never end inside quotation marks. One pass over the
 * block's characters; it needs only the text and the mark pairs, so it works whether or not the
 * tokenizer has run.
 */
import type { QuoteLanguage } from '../../lang/quote-language.js';
import type { MarkPairs, MarkRole } from './quote-marks.js';

export interface Token {
  type: 'word' | 'punct' | 'mark';
  start: number;
  end: number;
  /** Matching key for words; the character(s) for punctuation and marks. */
  key: string;
  /** The key without a conjunction proclitic (وقال → قال); the key itself when there is none. */
  bare: string;
  /** UTF-16 length of that conjunction in the text; 0 when none. */
  conjunction: number;
  /** For marks: which marked span and which end of it. */
  span?: number;
  role?: MarkRole;
  /** Inside quotation marks (the speaker's own words), so not the article's attribution. */
  quoted: boolean;
}

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
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
/** Characters that can be quotation marks (see quote-marks.ts); only they need a look-up. */
export const isMarkCode = (c: number) => c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e) || c === 0x2039 || c === 0x203a;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

interface WordKeys {
  key: string;
  bare: string;
  conjunction: number;
}

/** News repeats its words (في، أن، said, the): their keys are cached per language, the cache bounded. */
const KEY_CACHE = new WeakMap<QuoteLanguage, Map<string, WordKeys>>();
const KEY_CACHE_SIZE = 50_000;

function keysOf(lang: QuoteLanguage, word: string): WordKeys {
  let cache = KEY_CACHE.get(lang);
  if (!cache) KEY_CACHE.set(lang, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  const key = lang.key(word);
  const conjunction = lang.conjunctionLength(word);
  const keys: WordKeys = { key, bare: conjunction > 0 ? lang.key(word.slice(conjunction)) : key, conjunction };
  if (cache.size >= KEY_CACHE_SIZE) cache.clear();
  cache.set(word, keys);
  return keys;
}

/**
 * Tokens of `text[start, end)`. `depth` is how many marked spans are open when the block starts
 * (a quote running on from the previous paragraph).
 */
export function scanTokens(text: string, start: number, end: number, marks: MarkPairs, lang: QuoteLanguage, depth: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const mark = isMarkCode(c) ? marks.roles.get(i) : undefined;
    if (mark) {
      if (mark.role === 'close') depth = Math.max(0, depth - 1);
      const key = text[i] as string;
      out.push({ type: 'mark', start: i, end: i + 1, key, bare: key, conjunction: 0, span: mark.span, role: mark.role, quoted: depth > 0 });
      if (mark.role !== 'close') depth++;
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      if (c > 32 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f)) {
        const key = text[i] as string;
        out.push({ type: 'punct', start: i, end: i + 1, key, bare: key, conjunction: 0, quoted: depth > 0 });
      }
      i++;
      continue;
    }
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
      if (!isWordCode(next) || (isMarkCode(d) && marks.roles.has(j))) break;
      const prev = text.charCodeAt(j - 1);
      const digits = prev >= 48 && prev <= 57 && next >= 48 && next <= 57;
      if (d === 45 || d === 0x27 || d === 0x2019 || ((d === 46 || d === 44) && digits)) continue;
      // Dotted initialism: U.S., e.g.
      if (d === 46 && j - i === 1) continue;
      break;
    }
    const word = text.slice(i, j);
    const known = keysOf(lang, word);
    let key = known.key;
    const { bare, conjunction } = known;
    // A full stop that belongs to the word: an abbreviation (د. Dr.), an initial (J.), an initialism (U.S.).
    if (text.charCodeAt(j) === 46 && (lang.abbreviations.has(key) || (j - i === 1 && isUpper(c)) || (j - i >= 3 && text.charCodeAt(j - 2) === 46))) {
      j++;
      key = lang.key(text.slice(i, j - 1));
    }
    out.push({ type: 'word', start: i, end: j, key, bare, conjunction, quoted: depth > 0 });
    i = j;
  }
  return out;
}

/** Sentence ranges over `tokens`: a stop, ! ? ؟ … outside quotation marks ends one. */
export function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.type !== 'punct' || tok.quoted || !SENTENCE_END.has(tok.key)) continue;
    // Keep a run of stops (...) and a closing mark right after the stop in the sentence.
    let last = t + 1;
    while (last < tokens.length && (tokens[last] as Token).type === 'punct' && SENTENCE_END.has((tokens[last] as Token).key)) last++;
    out.push({ first, last });
    first = last;
    t = last - 1;
  }
  if (first < tokens.length) out.push({ first, last: tokens.length });
  return out;
}

/** Per-block lookups that keep the quote stage linear however many marks a block holds. */
export interface TokenIndex {
  /** For a mark token, the token index of its partner in the same block; -1 when it lies in another block. */
  partner: Int32Array;
  /** Number of word tokens before each token index (length tokens + 1). */
  wordsBefore: Int32Array;
}

const NO_MARKS: TokenIndex = { partner: new Int32Array(0), wordsBefore: new Int32Array(0) };

export function indexTokens(tokens: readonly Token[]): TokenIndex {
  // Only marks ask for partners and word counts: most blocks have none.
  if (!tokens.some((t) => t.type === 'mark')) return NO_MARKS;
  const partner = new Int32Array(tokens.length).fill(-1);
  const wordsBefore = new Int32Array(tokens.length + 1);
  const openAt = new Map<number, number>();
  tokens.forEach((tok, i) => {
    wordsBefore[i + 1] = (wordsBefore[i] as number) + (tok.type === 'word' ? 1 : 0);
    if (tok.type !== 'mark' || tok.span === undefined) return;
    if (tok.role === 'close') {
      const open = openAt.get(tok.span);
      if (open !== undefined) {
        partner[open] = i;
        partner[i] = open;
      }
    } else openAt.set(tok.span, i);
  });
  return { partner, wordsBefore };
}
