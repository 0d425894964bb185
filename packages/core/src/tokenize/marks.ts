/** Punctuation the tokenizer treats specially, by UTF-16 code. */

export const FULL_STOP = 0x2e; // .
export const HYPHEN_MINUS = 0x2d; // -
export const APOSTROPHE = 0x27; // '
export const RIGHT_SINGLE_QUOTE = 0x2019; // ’ (also the typographic apostrophe: don’t)
export const QUOTATION_MARK = 0x22; // "
export const AT_SIGN = 0x40;
export const LOW_LINE = 0x5f; // _
export const TATWEEL = 0x640;

/** Sentence terminators: . ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉ and the CJK/full-width forms. */
export function isTerminator(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x61f: // ؟
    case 0x2026: // …
    case 0x6d4: // ۔ Urdu full stop
    case 0x203c:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x3002:
    case 0xff01:
    case 0xff0e:
    case 0xff1f:
      return true;
    default:
      return false;
  }
}

/** Terminators after which a lowercase word means the sentence goes on ("approx. five", "wait… what"). */
export function isDotLike(c: number): boolean {
  return c === 0x2e || c === 0x2026;
}

/** Quotation marks. Single quotes are left out: in English they are mostly apostrophes. */
export function isQuoteMark(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x2039: // ‹
    case 0x203a: // ›
      return true;
    default:
      return false;
  }
}

/** Quotation marks and the round and square brackets: pairs that hold a sentence together. */
export function isPairMark(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || isQuoteMark(c);
}

/** Marks that may follow a terminator and still belong to its sentence: `."` `؟»` `!)` `.”` `?’`. */
export function isCloser(c: number): boolean {
  switch (c) {
    case 0x22:
    case 0x27:
    case 0xbb:
    case 0x201d:
    case 0x201c: // closes a German „…“ quote
    case 0x2019:
    case 0x203a:
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xfd3e: // ﴾ closes (﴿…﴾): the ornate parentheses are named the other way round
      return true;
    default:
      return false;
  }
}

/** Closing marks that French and some Arabic typesetting put after a space: `Jamais. »`. */
export function isSpacedCloser(c: number): boolean {
  return c === 0xbb || c === 0x203a || c === 0x201d;
}

/**
 * Punctuation kept as one node when repeated (`...`, `!!`, `؟؟`, `--`, `،،`). Quotation marks and
 * brackets never merge: each one opens or closes something.
 */
export function mergesWhenRepeated(c: number): boolean {
  return !isQuoteMark(c) && !isCloser(c) && c !== 0x28 && c !== 0x5b && c !== 0x7b;
}

/** Characters that join two digits into one number: 1,200.5 · ٥٫٢ · ١٬٠٠٠ · 10:30 · 29/11 · 5+1. */
export function joinsDigits(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c || c === 0x3a || c === 0x2f || c === 0x2b;
}

/** Hyphens that join two words into one (well-known, روسيا-آسيا, COVID-19). */
export function isWordHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Characters a URL cannot end with or run through in prose: white space is checked apart. */
export function stopsUrl(c: number): boolean {
  switch (c) {
    case 0x22:
    case 0x3c: // <
    case 0x3e: // >
    case 0xab:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x2018:
    case 0x2019:
    case 0x60c: // ،
    case 0x61b: // ؛
    case 0x61f: // ؟
      return true;
    default:
      return false;
  }
}

/** Characters trimmed from the end of a URL: they belong to the sentence around it. */
export function trailsUrl(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a;
}
