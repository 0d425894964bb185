import { AR_ABBREVIATIONS, AR_NUMBER_ABBREVIATIONS } from '../lang/ar/abbreviations.js';
import { EN_ABBREVIATIONS, EN_NUMBER_ABBREVIATIONS } from '../lang/en/abbreviations.js';

/** The word before a full stop is no abbreviation: the stop may end the sentence. */
export const NOT_ABBREVIATION = 0;
/** The stop never ends the sentence (Mr. · د. · J.). */
export const ABBREVIATION = 1;
/** The stop ends the sentence unless a number follows (No. 5 · رقم. 3). */
export const NUMBER_ABBREVIATION = 2;

// One table for every language: the lists do not overlap, and a sentence may mix scripts.
const always = new Set<string>([...EN_ABBREVIATIONS, ...AR_ABBREVIATIONS]);
const beforeNumber = new Set<string>([...EN_NUMBER_ABBREVIATIONS, ...AR_NUMBER_ABBREVIATIONS]);

/**
 * How the full stop after `word` behaves. `oneLetter` is true when the word is a single letter
 * that may stand for a name or title by shape: a Latin capital (J. Smith) or any Arabic letter
 * (د. م. ص., tatweel allowed: هـ.).
 */
export function abbreviationKind(word: string, oneLetter: boolean): number {
  if (oneLetter || always.has(word)) return ABBREVIATION;
  return beforeNumber.has(word) ? NUMBER_ABBREVIATION : NOT_ABBREVIATION;
}
