import type { Sentence, SentenceContent } from 'nlcst';
import type { Point } from 'unist';
import { ABBREVIATION, abbreviationKind, INITIAL, initialismMayEnd, NOT_ABBREVIATION, NUMBER_ABBREVIATION, opensSentence } from './abbreviations.js';
import {
  ARABIC,
  charClass,
  classAt,
  classOf,
  codeUnits,
  DIGIT,
  FORMAT,
  HIGH_SURROGATE,
  KIND_MASK,
  LATIN,
  LETTER,
  LINE,
  LOWER,
  MARK,
  PUNCT,
  SPACE,
  SYMBOL,
  UPPER,
  WORD,
} from './char-class.js';
import {
  APOSTROPHE,
  AT_SIGN,
  FULL_STOP,
  isCloser,
  isPairMark,
  isSpacedCloser,
  isTerminator,
  isWordHyphen,
  joinsDigits,
  LOW_LINE,
  mergesWhenRepeated,
  RIGHT_SINGLE_QUOTE,
  stopsUrl,
  TATWEEL,
  trailsUrl,
} from './marks.js';
import { SentenceBreaks } from './sentence-breaks.js';

const ZWJ = 0x200d;

/**
 * One pass over the characters of a block: small scanning states (white space, word, URL,
 * punctuation, symbol), each returning where its token ends, and one loop that makes the token
 * node and tells `SentenceBreaks` about terminators and quotation marks. Every character is read
 * a bounded number of times (a URL's tail twice, one character of lookahead at joiners), so time
 * is linear on any input. Line and column are tracked as the cursor moves: only white space holds
 * line breaks.
 */
export class RangeTokenizer {
  private line: number;
  private lineStart: number;
  /** Line breaks in the white space just scanned (a blank line is two). */
  private breaks = 0;
  /** Facts about the word just scanned, read by the loop. */
  private wordIsSource = false;
  /** WordNodes made by `run`. */
  words = 0;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly startPoint: Point,
  ) {
    this.line = startPoint.line;
    this.lineStart = (startPoint.offset as number) - startPoint.column + 1;
  }

  /** The sentences of the range, from the start point to `end`. */
  run(): Sentence[] {
    const start = this.startPoint.offset as number;
    const text = this.text;
    const end = this.end;
    const tokens: SentenceContent[] = [];
    const breaks = new SentenceBreaks();
    let last = this.startPoint;
    let words = 0;
    // A terminator was seen and only closing marks followed: the sentence may end at the next
    // white space. `abbreviation` is what the word before a full stop says about it.
    let candidate = false;
    let candidateAt = 0;
    let abbreviation = NOT_ABBREVIATION;
    // What `abbreviationKind` said of the last word, valid when a full stop follows it directly.
    let wordEnd = -1;
    let wordAbbreviation = NOT_ABBREVIATION;
    // Index of the token after the white space that followed a terminator: a closing guillemet
    // there still belongs to the sentence (French spacing: « Non. Jamais. » Puis…).
    let spaced = -1;
    // End of the last word that is a dotted initialism with its stop (U.S. · p.m.).
    let initialismEnd = -1;
    // The last word's text (a year before an era marker: 193 هـ.).
    let previousWord = '';

    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      let k = classOf(c);
      let kind = k & KIND_MASK;
      if (kind === HIGH_SURROGATE) {
        k = classAt(text, i, end);
        kind = k & KIND_MASK;
      }
      let j: number;

      if (kind === SPACE || kind === LINE) {
        // Most white space is one space between words.
        if (c === 32 && (i + 1 === end || (classOf(text.charCodeAt(i + 1)) & KIND_MASK) > LINE)) {
          j = i + 1;
          this.breaks = 0;
        } else j = this.scanWhiteSpace(i);
        if (candidate) {
          candidate = false;
          const next = j < end ? classAt(text, j, end) : 0;
          // A lowercase word after the stop, or a number after "No.", continues the sentence; an
          // initial (J.) ends it only before a sentence opener.
          const ends =
            abbreviation !== ABBREVIATION &&
            (abbreviation !== INITIAL || opensSentence(text, j, end)) &&
            !(abbreviation === NUMBER_ABBREVIATION && (next & DIGIT) !== 0) &&
            !((next & LOWER) !== 0 && startsLowercaseWord(text, j, end));
          if (ends) {
            breaks.end(tokens.length, candidateAt);
            spaced = tokens.length + 1;
          }
        } else if (initialismEnd === i && opensSentence(text, j, end)) breaks.end(tokens.length, i);
        const point = this.point(j);
        tokens.push({ type: 'WhiteSpaceNode', value: j === i + 1 && c === 32 ? ' ' : text.slice(i, j), position: { start: last, end: point } });
        last = point;
        if (this.breaks >= 2) breaks.hardEnd(tokens.length);
        i = j;
        continue;
      }

      if (kind === WORD || (kind === FORMAT && i + 1 < end && (classAt(text, i + codeUnits(text, i, end), end) & KIND_MASK) === WORD)) {
        j = this.scanSource(i);
        if (j < 0) j = this.scanWord(i);
        else this.wordIsSource = true;
        if (candidate) {
          // No space after the stop: "بوتين.وقال" still ends a sentence before an Arabic word or a
          // capital ("Putin.He"); "e.g" and "5.2" never get here, they are one word.
          candidate = false;
          if (abbreviation === NOT_ABBREVIATION && (k & LETTER) !== 0 && (k & (ARABIC | UPPER)) !== 0) breaks.end(tokens.length, candidateAt);
        }
        const point = this.point(j);
        const position = { start: last, end: point };
        const value = text.slice(i, j);
        if (this.wordIsSource) tokens.push({ type: 'SourceNode', value, position });
        else {
          if (text.charCodeAt(j) === FULL_STOP) {
            wordEnd = j;
            wordAbbreviation = abbreviationKind(value, tokens.length === 0, previousWord);
          }
          if (text.charCodeAt(j - 1) === FULL_STOP && initialismMayEnd(value)) initialismEnd = j;
          previousWord = value;
          words++;
          tokens.push({ type: 'WordNode', position, children: [{ type: 'TextNode', value, position }] });
        }
        last = point;
        i = j;
        continue;
      }

      if (kind === PUNCT) {
        j = i + codeUnits(text, i, end);
        if (j === i + 1 && mergesWhenRepeated(c)) while (j < end && text.charCodeAt(j) === c) j++;
        const point = this.point(j);
        tokens.push({ type: 'PunctuationNode', value: text.slice(i, j), position: { start: last, end: point } });
        last = point;
        const closedPair = isPairMark(c) && breaks.pairMark(c, i, this.closesHere(i, start));
        // Two dots are a pause in Arabic headlines and prose (في واحات الجنوب.. النخيل يقاوم), not an end.
        if (isTerminator(c) && !(c === FULL_STOP && j - i === 2)) {
          if (!candidate) {
            candidate = true;
            candidateAt = i;
            abbreviation = c === FULL_STOP && wordEnd === i ? wordAbbreviation : NOT_ABBREVIATION;
          }
        } else if (spaced === tokens.length - 1 && isSpacedCloser(c)) {
          candidate = true;
          candidateAt = i;
          abbreviation = NOT_ABBREVIATION;
        } else if (!isCloser(c) && !closedPair) candidate = false;
        i = j;
        continue;
      }

      // Symbols, controls, lone format characters.
      j = this.scanSymbol(i);
      candidate = false;
      const point = this.point(j);
      tokens.push({ type: 'SymbolNode', value: text.slice(i, j), position: { start: last, end: point } });
      last = point;
      i = j;
    }
    breaks.finish();
    this.words = words;
    return sentencesOf(tokens, breaks.ends);
  }

  private point(offset: number): Point {
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  /**
   * > | word ␣␣\n␣word
   *         ^ a run of white space; counts line breaks (CRLF is one) and moves the line cursor.
   */
  private scanWhiteSpace(i: number): number {
    const text = this.text;
    const end = this.end;
    let breaks = 0;
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      const kind = charClass(c) & KIND_MASK;
      if (kind === LINE) {
        // As LineIndex counts: LF, lone CR, CRLF once (at its LF).
        if (c === 10 || text.charCodeAt(j + 1) !== 10) {
          breaks++;
          this.line++;
          this.lineStart = j + 1;
        }
      } else if (kind !== SPACE) break;
      j++;
    }
    this.breaks = breaks;
    return j;
  }

  /**
   * > | see https://example.com/a?b=1. Then
   *         ^ a URL (http://, https://, ftp://, www.) runs to white space or a quotation mark;
   *           trailing . , ; : ! ? ' * and unbalanced ) belong to the sentence. -1 when there is
   *           no URL here.
   */
  private scanSource(i: number): number {
    const text = this.text;
    const end = this.end;
    const lead = text.charCodeAt(i) | 0x20;
    if (lead !== 0x68 && lead !== 0x77 && lead !== 0x66) return -1;
    const prefix = urlPrefix(text, i, end);
    if (prefix === 0) return -1;
    let j = i + prefix;
    let opens = 0;
    let closes = 0;
    while (j < end) {
      const c = text.charCodeAt(j);
      const kind = charClass(c) & KIND_MASK;
      if (kind === SPACE || kind === LINE || stopsUrl(c)) break;
      if (c === 0x28) opens++;
      else if (c === 0x29) closes++;
      j++;
    }
    const min = i + prefix;
    while (j > min) {
      const c = text.charCodeAt(j - 1);
      if (trailsUrl(c)) j--;
      else if (c === 0x29 && closes > opens) {
        closes--;
        j--;
      } else break;
    }
    return j > min ? j : -1;
  }

  /**
   * > | well-known U.S. ٥٫٢ don't info@x.org لـ"إرم
   *     ^ letters, digits, marks, tatweel and ZWNJ, joined across one character when a word
   *       character follows: a hyphen or _ (well-known), a digit separator between digits
   *       (1,200.5 ٥٫٢ 10:30 5+1), an apostrophe between Latin letters (don't), a full stop in a
   *       dotted initialism (U.S, e.g, ص.ب) or a lowercase domain (example.com), an @ (e-mail:
   *       the word becomes a source). A dotted initialism keeps its final stop (U.S.).
   */
  private scanWord(i: number): number {
    const text = this.text;
    const end = this.end;
    let j = i;
    let segmentStart = i; // where the text after the last joining full stop starts
    let initialism = true; // every stop-separated segment so far is one character
    let dots = 0;
    let prev = 0;
    let source = false;
    while (j < end) {
      let c = text.charCodeAt(j);
      let k = classOf(c);
      // The hot path: a run of plain word characters.
      while ((k & KIND_MASK) === WORD && c !== TATWEEL) {
        prev = k;
        if (++j === end) break;
        c = text.charCodeAt(j);
        k = classOf(c);
      }
      if (j === end) break;
      const kind = k & KIND_MASK;
      if (kind === HIGH_SURROGATE) {
        k = classAt(text, j, end);
        if ((k & KIND_MASK) !== WORD && (k & KIND_MASK) !== FORMAT) break;
        prev = k;
        j += codeUnits(text, j, end);
        continue;
      }
      if (kind === FORMAT || c === TATWEEL) {
        prev = k;
        j++;
        // Tatweel ties a clitic to what follows; before a digit or a Latin word it ends the
        // clitic (بـ١٨٠ · لـGSM), as before a quotation mark (لـ"إرم).
        if (c === TATWEEL && j < end && (classAt(text, j, end) & (ARABIC | MARK)) === 0) break;
        continue;
      }
      // A joiner: between two word characters only.
      if ((prev & KIND_MASK) !== WORD || j + 1 >= end) break;
      const next = classAt(text, j + 1, end);
      if ((next & KIND_MASK) !== WORD || (next & MARK) !== 0) break;
      if (c === FULL_STOP) {
        const segment = j - segmentStart;
        if ((prev & DIGIT) !== 0 && (next & DIGIT) !== 0) {
          // 5.2
        } else if ((prev & next & LATIN) !== 0 && ((next & LOWER) !== 0 || (segment === 1 && (next & UPPER) !== 0))) {
          if (segment !== 1) initialism = false;
          dots++;
          segmentStart = j + 1;
        } else if ((prev & next & ARABIC) !== 0 && segment === 1 && (classAt(text, j + 2, end) & LETTER) === 0) {
          dots++;
          segmentStart = j + 1;
        } else if (!source) break;
      } else if (joinsDigits(c)) {
        if ((prev & DIGIT) === 0 || (next & DIGIT) === 0) break;
      } else if (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) {
        if ((prev & next & LATIN) === 0) break;
      } else if (c === AT_SIGN && !source) {
        source = true;
      } else if (!isWordHyphen(c) && c !== LOW_LINE) break;
      j++;
    }
    if (dots > 0 && initialism && j - segmentStart === 1 && !source && j < end && text.charCodeAt(j) === FULL_STOP) j++;
    this.wordIsSource = source;
    return j;
  }

  /**
   * > | 5 € ★ 👍🏽 @
   *       ^ one symbol (a run of the same one: *** ===), with the marks and format characters
   *         that follow it; a ZWJ joins the next symbol (emoji sequences).
   */
  private scanSymbol(i: number): number {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(i);
    let j = i + codeUnits(text, i, end);
    // Runs of one BMP symbol merge; never a surrogate, or a pair could be cut in two.
    if (j === i + 1 && (c < 0xd800 || c > 0xdfff) && (charClass(c) & KIND_MASK) !== FORMAT) while (j < end && text.charCodeAt(j) === c) j++;
    while (j < end) {
      const k = classAt(text, j, end);
      if (j + 1 < end && isSkinTone(text, j)) {
        j += 2;
        continue;
      }
      if ((k & MARK) === 0 && (k & KIND_MASK) !== FORMAT) break;
      const joiner = text.charCodeAt(j) === ZWJ;
      j += codeUnits(text, j, end);
      if (joiner && j < end && (classAt(text, j, end) & KIND_MASK) === SYMBOL) j += codeUnits(text, j, end);
    }
    return j;
  }

  /** Whether the quotation mark at `i` has the shape of a closing one: `word" ` `word".` `word"` at the end. */
  private closesHere(i: number, start: number): boolean {
    if (i === start) return false;
    const before = classAt(this.text, i - 1, this.end) & KIND_MASK;
    if (before === SPACE || before === LINE) return false;
    if (i + 1 >= this.end) return true;
    const after = charClass(this.text.charCodeAt(i + 1)) & KIND_MASK;
    return after === SPACE || after === LINE || after === PUNCT;
  }
}

/**
 * Whether a lowercase word starts at `i`: not a brand in camel case (eBay, iPhone, wikiHow), which
 * may open a sentence. Looks at most 8 characters ahead.
 */
function startsLowercaseWord(text: string, i: number, end: number): boolean {
  const stop = Math.min(end, i + 8);
  for (let j = i + 1; j < stop; j++) {
    const k = classOf(text.charCodeAt(j));
    if ((k & KIND_MASK) !== WORD) return true;
    if ((k & UPPER) !== 0) return false;
  }
  return true;
}

/** Emoji skin-tone modifiers (U+1F3FB–U+1F3FF) belong to the emoji before them. */
function isSkinTone(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0xd83c) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdffb && low <= 0xdfff;
}

/** Length of a URL scheme or `www.` at `i` (ASCII, any case), when a word character follows it. */
function urlPrefix(text: string, i: number, end: number): number {
  let n = 0;
  if (asciiAt(text, i, end, 'https://')) n = 8;
  else if (asciiAt(text, i, end, 'http://')) n = 7;
  else if (asciiAt(text, i, end, 'ftp://')) n = 6;
  else if (asciiAt(text, i, end, 'www.')) n = 4;
  if (n === 0 || i + n >= end) return 0;
  return (charClass(text.charCodeAt(i + n)) & KIND_MASK) === WORD ? n : 0;
}

/** Whether `literal` (lowercase ASCII) is at `i`, ignoring case. */
function asciiAt(text: string, i: number, end: number, literal: string): boolean {
  if (i + literal.length > end) return false;
  for (let n = 0; n < literal.length; n++) {
    let c = text.charCodeAt(i + n);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== literal.charCodeAt(n)) return false;
  }
  return true;
}

/** Cuts the token list at the sentence ends; white space at the edges stays out of sentences. */
function sentencesOf(tokens: SentenceContent[], ends: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const count = ends.length;
  for (let n = 0; n <= count; n++) {
    const to = n < count ? (ends[n] as number) : tokens.length;
    if (to <= from) continue;
    let a = from;
    let b = to;
    while (a < b && (tokens[a] as SentenceContent).type === 'WhiteSpaceNode') a++;
    while (b > a && (tokens[b - 1] as SentenceContent).type === 'WhiteSpaceNode') b--;
    from = to;
    if (a === b) continue;
    const first = tokens[a] as SentenceContent;
    const lastToken = tokens[b - 1] as SentenceContent;
    sentences.push({
      type: 'SentenceNode',
      position: { start: (first.position as { start: Point }).start, end: (lastToken.position as { end: Point }).end },
      // A block that is one sentence (most paragraphs of news) keeps the token list as it is.
      children: a === 0 && b === tokens.length ? tokens : tokens.slice(a, b),
    });
  }
  return sentences;
}
