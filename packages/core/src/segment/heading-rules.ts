/** Shape tests for lines of plain text: is this a heading, does it end a sentence. */

const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 14;

/** Characters that close a sentence or a clause; a line ending in one reads as prose, not a heading. */
const CLOSING = new Set(['.', '!', '?', '؟', '…', ':', '،', ',', ';', '؛', '۔']);
const QUOTE_CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']']);

/** The last character that is not a closing quote or bracket. */
function lastMeaningful(text: string, start: number, end: number): string {
  let i = end - 1;
  while (i >= start && QUOTE_CLOSERS.has(text[i] as string)) i--;
  return i >= start ? (text[i] as string) : '';
}

export function endsWithClosingPunctuation(text: string, start: number, end: number): boolean {
  return CLOSING.has(lastMeaningful(text, start, end));
}

export function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A short line without closing punctuation: the shape of a subheading. */
export function looksLikeHeading(text: string, start: number, end: number): boolean {
  if (end - start > MAX_HEADING_CHARS) return false;
  if (endsWithClosingPunctuation(text, start, end)) return false;
  const words = wordCount(text, start, end);
  if (words < 1 || words > MAX_HEADING_WORDS) return false;
  return !startsWithListMarker(text, start, end);
}

/** A line of a list (`- `, `* `, `• `, `1. `, `1) `): never joined into prose, never a heading. */
export function startsWithListMarker(text: string, start: number, end: number): boolean {
  const c = text[start];
  if ((c === '-' || c === '*' || c === '•' || c === '–' || c === '+') && start + 1 < end && text[start + 1] === ' ') return true;
  let i = start;
  while (i < end && i - start < 4 && isDigit(text.charCodeAt(i))) i++;
  return i > start && i + 1 < end && (text[i] === '.' || text[i] === ')') && text[i + 1] === ' ';
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669);
}
