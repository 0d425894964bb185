/**
 * What a tokenizer needs to know about one character, packed in 16 bits: its kind (low 3 bits)
 * and a few flags. Computed from Unicode properties the first time a code unit is seen and cached
 * in a 128 KiB table, so the hot loop is one array load per character and regexes never touch the
 * text itself.
 */

/** Kinds (low 3 bits). */
export const UNKNOWN = 0;
/** White space other than a line break: exactly what `String.prototype.trim` removes, so the
 * white space left between sentences passes `checkArticle`. */
export const SPACE = 1;
/** LF or CR: the only line breaks unist (and `LineIndex`) count. */
export const LINE = 2;
/** Letters, digits, combining marks (harakat), tatweel: what words are made of. */
export const WORD = 3;
export const PUNCT = 4;
/** Symbols, controls, unassigned and lone surrogates. */
export const SYMBOL = 5;
/** Format controls (ZWNJ, ZWJ, LRM/RLM/ALM, soft hyphen): invisible, they stay with their word. */
export const FORMAT = 6;
/** A UTF-16 high surrogate: the kind is that of the whole code point (see `astralClass`). */
export const HIGH_SURROGATE = 7;

export const KIND_MASK = 7;

/** Flags. */
export const DIGIT = 8;
export const LATIN = 16;
/** Letters of the Arabic script, tatweel included. */
export const ARABIC = 32;
export const UPPER = 64;
export const LOWER = 128;
/** Letters (tatweel too): not digits, not marks. */
export const LETTER = 256;
/** Combining marks (harakat, accents). */
export const MARK = 512;

const table = new Uint16Array(0x10000);
const astral = new Map<number, number>();

const reLetter = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const reNumber = /^\p{N}$/u;
const reMark = /^\p{M}$/u;
const reLatin = /^\p{Script=Latin}$/u;
const reArabic = /^\p{Script_Extensions=Arabic}$/u;
const reUpper = /^[\p{Lu}\p{Lt}]$/u;
const reLower = /^\p{Ll}$/u;
const rePunct = /^\p{P}$/u;
const reFormat = /^\p{Cf}$/u;

function classify(s: string): number {
  if (s.trim() === '') return SPACE;
  if (reLetter.test(s)) {
    let flags = WORD | LETTER;
    if (reLatin.test(s)) flags |= LATIN;
    else if (reArabic.test(s)) flags |= ARABIC;
    if (reUpper.test(s)) flags |= UPPER;
    else if (reLower.test(s)) flags |= LOWER;
    return flags;
  }
  if (reDigit.test(s)) return WORD | DIGIT;
  if (reMark.test(s)) return WORD | MARK;
  if (reNumber.test(s)) return WORD;
  if (rePunct.test(s)) return PUNCT;
  if (reFormat.test(s)) return FORMAT;
  return SYMBOL;
}

/** Kind and flags of a UTF-16 code unit. */
export function charClass(code: number): number {
  const known = table[code] as number;
  if (known !== 0) return known;
  let value: number;
  if (code === 10 || code === 13) value = LINE;
  else if (code >= 0xd800 && code <= 0xdbff) value = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff) value = SYMBOL;
  else value = classify(String.fromCharCode(code));
  table[code] = value;
  return value;
}

/** `charClass` for the hot loops: the table, computing only on a first sight. */
export function classOf(code: number): number {
  return (table[code] as number) || charClass(code);
}

/** Kind and flags of a code point above U+FFFF (emoji, mathematical letters, rare CJK). */
export function astralClass(codePoint: number): number {
  let value = astral.get(codePoint);
  if (value === undefined) {
    value = classify(String.fromCodePoint(codePoint));
    astral.set(codePoint, value);
  }
  return value;
}

/**
 * Class of the character at `i`, reading a surrogate pair as one code point when both halves lie
 * before `end`. The caller advances by `codeUnits(text, i, end)`.
 */
export function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const k = classOf(c);
  if ((k & KIND_MASK) !== HIGH_SURROGATE) return k;
  const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  if (low >= 0xdc00 && low <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  return SYMBOL; // a lone high surrogate, or a pair the range cuts
}

/** 2 when a surrogate pair starts at `i` and ends before `end`, else 1. */
export function codeUnits(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
