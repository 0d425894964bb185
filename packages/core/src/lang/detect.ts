import type { Direction } from '../model/types.js';

export interface LanguageGuess {
  /** BCP 47 primary tag, 'und' when the text gives no clear answer. */
  lang: string;
  dir: Direction;
  /** Share of letters in the winning script, 0..1. */
  confidence: number;
}

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The primary subtag of a BCP 47 tag, lower-cased ('ar-EG' → 'ar'); undefined when it is not one. */
export function primaryLanguage(tag: string): string | undefined {
  const primary = tag.trim().split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

export function directionOf(lang: string): Direction {
  return RTL_LANGS.has(primaryLanguage(lang) ?? '') ? 'rtl' : 'ltr';
}

// Frequent English function words: their share tells English from other Latin-script text. Each
// is kept as its letters in base 32 (a=1 … z=26; five letters fit in 25 bits, exactly), so a word
// is checked while it is scanned, without slicing or lower-casing it.
const EN_WORDS = new Set(
  'the of and to in a is that for it was on with as he she said by at from his her be have are were has had not this but they an which will would who their its or been after'
    .split(' ')
    .filter((word) => word.length <= 5)
    .map((word) => [...word].reduce((code, ch) => code * 32 + ch.charCodeAt(0) - 96, 0)),
);

/** Letters counted by script over a stretch of text, and how many Latin words are English function words. */
export interface LetterCounts {
  arabic: number;
  hebrew: number;
  latin: number;
  cyrillic: number;
  other: number;
  latinWords: number;
  enHits: number;
}

export function emptyCounts(): LetterCounts {
  return { arabic: 0, hebrew: 0, latin: 0, cyrillic: 0, other: 0, latinWords: 0, enHits: 0 };
}

/** Adds `part` into `sum`: a document's letters are the sum of its blocks' letters. */
export function addCounts(sum: LetterCounts, part: LetterCounts): void {
  sum.arabic += part.arabic;
  sum.hebrew += part.hebrew;
  sum.latin += part.latin;
  sum.cyrillic += part.cyrillic;
  sum.other += part.other;
  sum.latinWords += part.latinWords;
  sum.enHits += part.enHits;
}

/** One pass over at most `limit` characters from `start`, no regex. */
export function countLetters(text: string, start = 0, end = text.length, limit = 20000): LetterCounts {
  let arabic = 0;
  let hebrew = 0;
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  const stop = Math.min(end, start + limit);
  let enHits = 0;
  let latinWords = 0;
  let wordLength = 0;
  // The word's letters in base 32 while it is short and plain ASCII; -1 once it is neither.
  let code = 0;
  for (let i = start; i <= stop; i++) {
    const c = i < stop ? text.charCodeAt(i) : 32;
    // Arabic first: it is the common case in the texts Maqal exists for.
    if (c >= 0x0620 && c <= 0x064a) {
      arabic++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      wordLength++;
      if (code >= 0) code = wordLength <= 5 && c <= 122 ? code * 32 + (c | 0x20) - 96 : -1;
      continue;
    } else if ((c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) arabic++;
    else if (c >= 0x05d0 && c <= 0x05ea) hebrew++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c > 0x2e80 && c < 0xd7a4) other++;
    if (wordLength > 0) {
      latinWords++;
      if (code > 0 && EN_WORDS.has(code)) enHits++;
      wordLength = 0;
      code = 0;
    }
  }
  return { arabic, hebrew, latin, cyrillic, other, latinWords, enHits };
}

/** The language the counts point to, with the share of letters in the winning script. */
export function guessFromCounts(counts: LetterCounts): LanguageGuess {
  const { arabic, hebrew, latin, cyrillic, other, latinWords, enHits } = counts;
  const letters = arabic + hebrew + latin + cyrillic + other;
  if (letters === 0) return { lang: 'und', dir: 'ltr', confidence: 0 };
  const top = Math.max(arabic, hebrew, latin, cyrillic, other);
  const confidence = top / letters;
  if (top === arabic) return { lang: 'ar', dir: 'rtl', confidence };
  if (top === hebrew) return { lang: 'he', dir: 'rtl', confidence };
  if (top === cyrillic) return { lang: 'ru', dir: 'ltr', confidence };
  if (top === latin) {
    const english = latinWords > 0 && (enHits / latinWords > 0.08 || (latinWords < 8 && enHits > 0));
    return { lang: english ? 'en' : 'und', dir: 'ltr', confidence };
  }
  return { lang: 'und', dir: 'ltr', confidence };
}

/**
 * Guesses language and direction from the letters themselves: counts letters by script over at
 * most `limit` characters, then checks English by its function words. Many Arabic pages declare
 * no language or a wrong one, so the text decides.
 */
export function detectLanguage(text: string, start = 0, end = text.length, limit = 20000): LanguageGuess {
  return guessFromCounts(countLetters(text, start, end, limit));
}
