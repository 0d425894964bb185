import { isArabicLetter, isArabicMark } from './normalize-arabic.js';

/**
 * The shape of a token with runs collapsed: A Arabic letters, X upper-case Latin, x lower-case
 * Latin, d digits (any script), p punctuation or symbols. «Putin» → Xx, «GSM» → X, «2023» → d,
 * «بوتين» → A, «U.S.» → XpXp. Capped at six classes so the feature space stays small.
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  // The first 64 characters tell the shape; a run-on string need not be read to its end.
  for (let i = 0; i < word.length && i < 64 && out.length < 6; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (isArabicMark(code)) continue;
    if (isArabicLetter(code)) c = 'A';
    else if (code >= 48 && code <= 57) c = 'd';
    else if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else {
      const ch = word[i]!;
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : 'p';
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
