import { AR_ABBREVIATIONS, AR_ERA_MARKERS, AR_NUMBER_ABBREVIATIONS } from '../lang/ar/abbreviations.js';
import { EN_ABBREVIATIONS, EN_NUMBER_ABBREVIATIONS, EN_SENTENCE_STARTERS } from '../lang/en/abbreviations.js';
import { ARABIC, classOf, DIGIT, KIND_MASK, LATIN, LETTER, MARK, UPPER, WORD } from './char-class.js';
import { TATWEEL } from './marks.js';

/** The word before a full stop is no abbreviation: the stop may end the sentence. */
export const NOT_ABBREVIATION = 0;
/** The stop never ends the sentence (Mr. · Jan. · د. · أ.). */
export const ABBREVIATION = 1;
/** The stop ends the sentence unless a number follows (No. 5 · رقم. 3). */
export const NUMBER_ABBREVIATION = 2;
/** An initial (J. · U.S.): the stop ends the sentence only before a sentence opener (The, He…). */
export const INITIAL = 3;

// One table for every language: the lists do not overlap, and a sentence may mix scripts.
const always = new Set<string>([...EN_ABBREVIATIONS, ...AR_ABBREVIATIONS]);
const beforeNumber = new Set<string>([...EN_NUMBER_ABBREVIATIONS, ...AR_NUMBER_ABBREVIATIONS]);
const starters = new Set<string>(EN_SENTENCE_STARTERS);
const eraMarkers = new Set<string>(AR_ERA_MARKERS);
/** Longest starter: how far to look ahead. */
const STARTER_MAX = 9;

/**
 * Whether the word at `i` (up to `end`) is one that opens sentences (The, He, However…): after an
 * initial (G. · U.S. · p.m.) it tells that the initial's stop ended the sentence too. Reads at most a
 * few letters ahead, so the pass stays linear.
 */
export function opensSentence(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j - i <= STARTER_MAX) {
    const c = text.charCodeAt(j);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
    j++;
  }
  if (j === i || j - i > STARTER_MAX) return false;
  // The word must end there: "Theory" is no "The".
  if (j < end && (classOf(text.charCodeAt(j)) & KIND_MASK) === WORD) return false;
  return starters.has(text.slice(i, j));
}

/**
 * How the full stop after `word` behaves. `blockStart` when the word opens its block;
 * `previous` is the word before it (a year before an era marker: 193 هـ.).
 */
export function abbreviationKind(word: string, blockStart: boolean, previous: string): number {
  if (eraMarkers.has(word) && (isNumber(previous) || previous === 'ق')) return NOT_ABBREVIATION;
  if (isOneLetter(word)) return (classOf(word.charCodeAt(0)) & LATIN) !== 0 ? INITIAL : ABBREVIATION;
  if (always.has(word) || (blockStart && isNumber(word) && word.length <= 2)) return ABBREVIATION;
  return beforeNumber.has(word) ? NUMBER_ABBREVIATION : NOT_ABBREVIATION;
}

/**
 * Whether a dotted initialism (its stop included) may end a sentence before an opener: capitals
 * (U.S. · D.C.) and a.m./p.m. do; e.g. and i.e. never end one ("(e.g. The Guardian)").
 */
export function initialismMayEnd(word: string): boolean {
  if ((classOf(word.charCodeAt(0)) & UPPER) !== 0) return true;
  const lower = word.toLowerCase();
  return lower === 'a.m.' || lower === 'p.m.';
}

/** Digits only (a year, a list number). */
function isNumber(word: string): boolean {
  if (word.length === 0) return false;
  for (let n = 0; n < word.length; n++) if ((classOf(word.charCodeAt(n)) & DIGIT) === 0) return false;
  return true;
}

/**
 * A single letter that stands for a name or title by its shape: a Latin capital (J. Smith) or
 * any Arabic letter (د. م. ص.), with marks or a tatweel after it (هـ.). Arabic has no
 * one-letter words that end a sentence (era markers after a year aside, see above).
 */
function isOneLetter(word: string): boolean {
  const first = word.charCodeAt(0);
  const k = classOf(first);
  if ((k & LETTER) === 0 || first === TATWEEL) return false;
  if ((k & (UPPER | LATIN)) !== (UPPER | LATIN) && (k & ARABIC) === 0) return false;
  for (let n = 1; n < word.length; n++) {
    const c = word.charCodeAt(n);
    if (c !== TATWEEL && (classOf(c) & MARK) === 0) return false;
  }
  return true;
}
