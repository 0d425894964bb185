/**
 * Pairs quotation marks over the whole document in one pass: « » ‹ › “ ” „ ‘ ’ ‚ and the
 * straight " and ', whose direction comes from the stack (and, for ', from the letters around it,
 * because it is also the apostrophe). A quote left open at a paragraph's end continues when the
 * next paragraph opens with the same mark (English convention for multi-paragraph quotes), and
 * runs on without a reopening mark when one of the next few paragraphs closes it before any other
 * mark (as Arabic papers often print a quotation over paragraphs); never from a title or heading.
 * Whatever stays unpaired is reported, never guessed.
 */
import type { Message } from '../../model/types.js';

/** The characters `markAt` reads (see isMarkCode in words.ts). */
const MARK_CHARS = /["'\u00ab\u00bb\u2018-\u201e\u2039\u203a]/g;

/** Offset of the first possible mark at or after `from`; the text's length when none. */
function nextMarkAt(text: string, from: number): number {
  MARK_CHARS.lastIndex = from;
  return MARK_CHARS.exec(text)?.index ?? text.length;
}

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark: the content is [open + 1, close). */
  close: number;
  openBlock: number;
  closeBlock: number;
  /** Blocks inside the quotation that hold none of its words: an embed or a caption between its paragraphs. */
  asides?: number[];
}

export type MarkRole = 'open' | 'close' | 'reopen';

export interface MarkPairs {
  spans: MarkedSpan[];
  /** Role of every paired mark by offset, and the span it belongs to. */
  roles: Map<number, { role: MarkRole; span: number }>;
  /** Per block: 1 when it holds a paired mark, a reopening one included (the quote stage skips blocks with neither marks nor cues). */
  marked: Uint8Array;
}

export interface BlockRange {
  start: number;
  end: number;
  /** A title or heading: a quotation left open in it is cut off there, never carried into the text below. */
  heading?: boolean;
}

type Family = 'guillemet' | 'angle' | 'curly' | 'single' | 'straight' | 'straight-single';

interface OpenMark {
  family: Family;
  offset: number;
  block: number;
  reopens: number[];
  reopenBlocks: number[];
  asides: number[];
}

const MAX_MESSAGES = 20;
/** How many paragraphs after its own a quote left open without a reopening mark may run on. */
const MAX_RUN_ON = 6;

const isLetterOrDigit = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && c !== 0x060c && c !== 0x061b && c !== 0x061f);
const isArabicLetter = (c: number) => c >= 0x0620 && c <= 0x064a;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || Number.isNaN(c);

/**
 * How the mark at `i` acts given what is open: 'open'/'close' of a family, or null for an
 * apostrophe or a character that is not a mark.
 */
function markAt(text: string, i: number, topMark: OpenMark | undefined, curlyOpen = false, reversed = false): { act: 'open' | 'close'; family: Family } | null {
  const c = text.charCodeAt(i);
  const top = topMark?.family;
  switch (c) {
    case 0xab: // «
      return { act: reversed ? 'close' : 'open', family: 'guillemet' };
    case 0xbb: // »
      return { act: reversed ? 'open' : 'close', family: 'guillemet' };
    case 0x2039: // ‹
      return { act: 'open', family: 'angle' };
    case 0x203a: // ›
      return { act: 'close', family: 'angle' };
    case 0x201e: // „ opens; “ or ” closes it
      return { act: 'open', family: 'curly' };
    case 0x201c: // “ closes only a German „
      return topMark && text.charCodeAt(topMark.offset) === 0x201e ? { act: 'close', family: 'curly' } : { act: 'open', family: 'curly' };
    case 0x201d: // ”, which also closes a straight " opened with no curly mark open (mixed typography: "…”)
      return top === 'straight' && !curlyOpen ? { act: 'close', family: 'straight' } : { act: 'close', family: 'curly' };
    case 0x201a: // ‚
      return { act: 'open', family: 'single' };
    case 0x2018: // ‘
      return { act: 'open', family: 'single' };
    case 0x2019: {
      // ’ inside a word is an apostrophe (don’t); after a letter it closes an open ‘ or is a possessive.
      if (isLetterOrDigit(text.charCodeAt(i - 1)) && isLetterOrDigit(text.charCodeAt(i + 1))) return null;
      return top === 'single' ? { act: 'close', family: 'single' } : null;
    }
    case 0x22: {
      // "
      if (top === 'straight') return { act: 'close', family: 'straight' };
      // Mixed typography the other way, “…," she said: glued to the words before it and no letter after it, it closes
      // the curly mark open (a straight mark opening inside stands after a space).
      const closing = top === 'curly' && !isSpace(text.charCodeAt(i - 1)) && !isLetterOrDigit(text.charCodeAt(i + 1));
      return closing ? { act: 'close', family: 'curly' } : { act: 'open', family: 'straight' };
    }
    case 0x27: {
      // ' : an opening mark stands before a letter with no letter before it; anything else is an apostrophe unless it closes.
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (top === 'straight-single' && !isLetterOrDigit(after)) return { act: 'close', family: 'straight-single' };
      // "the U.K.'s University", "the 1990s' …": a possessive after a stop or a digit, not an opening mark.
      if ((after === 115 || after === 83) && !isSpace(before) && !isLetterOrDigit(text.charCodeAt(i + 2))) return null;
      if (!isLetterOrDigit(before) && isLetterOrDigit(after)) return { act: 'open', family: 'straight-single' };
      // Arabic has no apostrophe: a lone ' between spaces before Arabic words opens a quotation (typed «' لانس '»).
      // (So does the second of two typed together, «'' يطيب»: two apostrophes for a double mark.)
      // («لـ'' الايام ''»: a proclitic drawn out with a tatweel may be glued to the pair.)
      const doubled = before === 0x27 && (isSpace(text.charCodeAt(i - 2)) || text.charCodeAt(i - 2) === 0x640);
      if ((isSpace(before) || doubled) && isSpace(after) && isArabicLetter(text.charCodeAt(i + 2))) return { act: 'open', family: 'straight-single' };
      return null;
    }
    default:
      return null;
  }
}

/** Straight marks, '"' and "'": the same character opens and closes. */
const symmetricFamily = (family: Family) => family === 'straight' || family === 'straight-single';

/** Whether the mark at `i` opens a quotation of the same family as `open`, one whose marks tell opening from closing. */
function opensNested(text: string, i: number, open: OpenMark, reversed: boolean): boolean {
  if (symmetricFamily(open.family)) return false;
  const mark = markAt(text, i, undefined, false, reversed);
  return mark?.act === 'open' && mark.family === open.family;
}

/**
 * Whether the mark at `i`, the first of a paragraph after `open` was left open, closes it: a
 * closing mark of its family that reads as one — glued to the word before it, or a doubled
 * apostrophe typed apart («… ' '»), or typed apart before a stop, a comma or the paragraph's end
 * — and no letter after it. A straight mark opening a new quotation instead («"Yes," she said»)
 * stands before a letter.
 */
function closesRunOn(text: string, i: number, open: OpenMark, reversed: boolean): boolean {
  const mark = markAt(text, i, open, false, reversed);
  if (mark?.act !== 'close' || mark.family !== open.family) return false;
  if (isLetterOrDigit(text.charCodeAt(i + 1))) return false;
  if (!symmetricFamily(open.family)) return true;
  if (!isSpace(text.charCodeAt(i - 1))) return true;
  // «… في المئة ".»: typed apart but with a stop, a comma or the paragraph's end after it, it closes.
  // («… بالدبابات " .»: the stop typed apart too, one space after the mark.)
  const after = text.charCodeAt(i + 1) === 32 && text.charCodeAt(i + 2) !== 32 ? text.charCodeAt(i + 2) : text.charCodeAt(i + 1);
  if (
    Number.isNaN(after) ||
    after === 10 ||
    after === 13 ||
    (!isSpace(after) && !isLetterOrDigit(after) && markAt(text, i + 1, undefined, false, reversed) === null)
  )
    return true;
  return text.charCodeAt(i) === 0x27 && text.charCodeAt(i + 1) === 32 && text.charCodeAt(i + 2) === 0x27;
}

/** Words a block between a quotation's paragraphs may have to be an aside (an embed's credit line, a caption). */
const ASIDE_WORDS = 25;
/** Characters a word of an aside takes at most, on average: a bound on the block read before its words are counted. */
const ASIDE_WORD_CHARS = 12;
const STOP_AT_END = /[.!?\u061f\u2026]["'\u00bb\u201d\u2019)]*\s*$/u;

/**
 * Whether the quotation left open, running on through `between`, goes on at the mark at `i` that opens block `b`:
 * the mark reopens it as each paragraph of a quotation over several does, its paragraph before ended a sentence, and
 * every block between is an aside, a few words with no sentence ended (an embedded post's credit line, "Club
 * statement"), not narration.
 */
function resumesAfterAsides(text: string, i: number, open: OpenMark, between: readonly number[], blocks: readonly BlockRange[], reversed: boolean): boolean {
  if (between.length === 0) return false;
  const mark = markAt(text, i, undefined, false, reversed);
  if (mark?.act !== 'open' || mark.family !== open.family || !isLetterOrDigit(text.charCodeAt(i + 1))) return false;
  const last = blocks[(between[0] as number) - 1];
  if (!last || !STOP_AT_END.test(text.slice(Math.max(last.start, last.end - 8), last.end))) return false;
  return between.every((a) => {
    const block = blocks[a] as BlockRange;
    // (A long block is no aside: its words are not even counted.)
    if (block.end - block.start > ASIDE_WORDS * ASIDE_WORD_CHARS) return false;
    const words = text.slice(block.start, block.end);
    return !STOP_AT_END.test(words) && words.split(/\s+/u).length <= ASIDE_WORDS;
  });
}

/** Characters after a mark that may stand between it and its paragraph's end for it to end the paragraph («…».). */
const MARK_END_CHARS = 3;

/** Whether the mark at `i` opens its paragraph ('start'), ends it with at most a stop after it ('end'), or neither. */
function markPlace(text: string, i: number): 'start' | 'end' | null {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return 'start';
  for (let j = i + 1; j <= i + 1 + MARK_END_CHARS; j++) {
    const c = text.charCodeAt(j);
    if (Number.isNaN(c) || c === 10 || c === 13) return 'end';
    if (isLetterOrDigit(c) || c === 0xab || c === 0xbb) return null;
  }
  return null;
}

/** Whether the text's guillemets pair better read as »…« than as «…»: one pass counting the marks each reading leaves unpaired. */
function guillemetsReversed(text: string, from: number): boolean {
  let open = 0;
  let openReversed = 0;
  let unpaired = 0;
  let unpairedReversed = 0;
  let first = 0;
  // Where marks stand tells too: one that opens a paragraph opens, one that ends it (a stop at most after it) closes.
  let placedUsual = 0;
  let placedMirrored = 0;
  for (let i = text.indexOf('\u00ab') < 0 ? text.length : from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xab && c !== 0xbb) continue;
    if (first === 0) first = c;
    const place = markPlace(text, i);
    if ((place === 'start' && c === 0xab) || (place === 'end' && c === 0xbb)) placedUsual++;
    else if (place !== null) placedMirrored++;
    const opens = c === 0xab;
    if (opens) open++;
    else if (open > 0) open--;
    else unpaired++;
    if (!opens) openReversed++;
    else if (openReversed > 0) openReversed--;
    else unpairedReversed++;
  }
  // On a tie the first mark decides: a text seldom opens inside a quotation, so a » first is one that opens.
  const reversedLeft = unpairedReversed + openReversed;
  const left = unpaired + open;
  if (reversedLeft !== left) return reversedLeft < left;
  // (On a tie, where the marks stand: «… استقال». ¶ واضاف كينيون «لديا …»» is an excerpt cut inside a quotation, not
  // mirrored marks.)
  if (placedUsual !== placedMirrored) return placedMirrored > placedUsual;
  return first === 0xbb;
}

/** First non-space offset of a block, or -1. */
function firstVisible(text: string, block: BlockRange): number {
  for (let i = block.start; i < block.end; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

export function pairQuoteMarks(
  text: string,
  blocks: readonly BlockRange[],
  messages: Message[],
  position: (s: number, e: number) => Message['position'],
): MarkPairs {
  const spans: MarkedSpan[] = [];
  const roles = new Map<number, { role: MarkRole; span: number }>();
  const stack: OpenMark[] = [];
  // Open marks per family, so a closing mark searches the stack only when its opener is there: keeps the pass linear.
  const openCount = new Map<Family, number>();
  let unbalanced = 0;
  const report = (offset: number, why: string) => {
    unbalanced++;
    if (unbalanced <= MAX_MESSAGES)
      messages.push({ reason: why, ruleId: 'unbalanced-quote', severity: 'warning', source: 'quotes', position: position(offset, offset + 1) });
  };
  const pop = (): OpenMark => {
    const m = stack.pop() as OpenMark;
    openCount.set(m.family, (openCount.get(m.family) ?? 1) - 1);
    return m;
  };

  // »…« (German print, and Arabic text whose marks were mirrored on the way): read that way when it leaves fewer marks
  // unpaired than «…» does (a text cut inside a quotation also opens on a »).
  // (Judged on the body: a headline cut from the lead may hold half a pair.)
  const reversed = guillemetsReversed(text, blocks.length > 1 ? (blocks[1] as BlockRange).start : 0);
  const marked = new Uint8Array(blocks.length);
  // A quote left open at a paragraph's end with no reopening mark after it: it waits for the next
  // mark, which must close it (see closesRunOn), through at most MAX_RUN_ON paragraphs.
  let runOn: OpenMark | null = null;
  // How many blocks it had reopened in before it ran on: the blocks after are the ones it ran on through.
  let runOnFrom = 0;
  let skipReopen = -1;
  let lastClose = -3;
  // The next character that may be a mark, found by a regex scan (far faster than testing each character).
  let cursor = nextMarkAt(text, 0);
  blocks.forEach((block, b) => {
    if (cursor < block.start) cursor = nextMarkAt(text, block.start);
    if (runOn) {
      if (cursor < block.end && closesRunOn(text, cursor, runOn, reversed)) {
        stack.push(runOn);
        openCount.set(runOn.family, 1);
        runOn = null;
      } else if (cursor >= block.end && b - runOn.block < MAX_RUN_ON) runOn.reopenBlocks.push(b);
      else if (
        b - runOn.block < MAX_RUN_ON &&
        cursor === firstVisible(text, block) &&
        resumesAfterAsides(text, cursor, runOn, runOn.reopenBlocks.slice(runOnFrom), blocks, reversed)
      ) {
        // ('… said in a statement: "Jose is one of …. ¶ Club statement ¶ — Tottenham Hotspur (@SpursOfficial) … ¶ "He
        // has won …."': an embed between the paragraphs of a quotation; the quotation goes on past it.)
        runOn.asides.push(...runOn.reopenBlocks.splice(runOnFrom));
        runOn.reopens.push(cursor);
        runOn.reopenBlocks.push(b);
        skipReopen = cursor;
        stack.push(runOn);
        openCount.set(runOn.family, 1);
        runOn = null;
      } else if (b - runOn.block < MAX_RUN_ON && opensNested(text, cursor, runOn, reversed)) {
        // («» هذا … ¶ … كما يقول» بريجنسكي «لكي … ¶ … للأدمغة! «.»: a quotation inside the one running on, in marks that
        // tell opening from closing, nests in it; the outer one goes on waiting for its close.)
        stack.push(runOn);
        openCount.set(runOn.family, 1);
        runOn = null;
      } else {
        report(runOn.offset, 'Quotation mark opened but never closed');
        runOn = null;
      }
    }
    for (; cursor < block.end; cursor = nextMarkAt(text, cursor + 1)) {
      const i = cursor;
      if (i === skipReopen) continue;
      // «… ' ' …»: the second apostrophe of a doubled closing mark, typed apart, closes nothing more and opens nothing.
      // («… بالله ''»: typed together, likewise.)
      if (
        text.charCodeAt(i) === 0x27 &&
        text.charCodeAt(lastClose) === 0x27 &&
        (i === lastClose + 1 || (i === lastClose + 2 && isSpace(text.charCodeAt(i - 1))))
      )
        continue;
      const mark = markAt(text, i, stack[stack.length - 1], (openCount.get('curly') ?? 0) > 0, reversed);
      if (!mark) continue;
      if (mark.act === 'open') {
        stack.push({ family: mark.family, offset: i, block: b, reopens: [], reopenBlocks: [], asides: [] });
        openCount.set(mark.family, (openCount.get(mark.family) ?? 0) + 1);
        continue;
      }
      if ((openCount.get(mark.family) ?? 0) === 0) {
        report(i, 'Closing quotation mark without an opening one');
        continue;
      }
      while (stack[stack.length - 1]?.family !== mark.family) report(pop().offset, 'Quotation mark opened but never closed');
      const opened = pop();
      const index = spans.length;
      spans.push({ open: opened.offset, close: i, openBlock: opened.block, closeBlock: b, ...(opened.asides.length > 0 ? { asides: opened.asides } : {}) });
      marked[opened.block] = 1;
      marked[b] = 1;
      roles.set(opened.offset, { role: 'open', span: index });
      for (const r of opened.reopens) roles.set(r, { role: 'reopen', span: index });
      for (const r of opened.reopenBlocks) marked[r] = 1;
      roles.set(i, { role: 'close', span: index });
      lastClose = i;
    }
    if (stack.length === 0) return;
    // ('واضاف "' as a title cut from the lead's first words: its mark pairs with nothing below.)
    if (block.heading) {
      while (stack.length > 0) report(pop().offset, 'Quotation mark opened but never closed');
      return;
    }
    // A quote running on: the next paragraph opens with the same family of mark.
    const next = blocks[b + 1];
    const at = next ? firstVisible(text, next) : -1;
    const outer = stack[0] as OpenMark;
    const reopening = at >= 0 ? markAt(text, at, undefined, false, reversed) : null;
    const continues = reopening?.act === 'open' && reopening.family === outer.family;
    if (!continues && stack.length === 1 && next) {
      runOn = pop();
      runOnFrom = runOn.reopenBlocks.length;
      return;
    }
    while (stack.length > (continues ? 1 : 0)) report(pop().offset, 'Quotation mark opened but never closed');
    if (continues) {
      outer.reopens.push(at);
      outer.reopenBlocks.push(b + 1);
      skipReopen = at;
    }
  });
  // (set inside the callback above, which the compiler's narrowing does not follow)
  const leftOpen = runOn as OpenMark | null;
  if (leftOpen) report(leftOpen.offset, 'Quotation mark opened but never closed');
  if (unbalanced > MAX_MESSAGES)
    messages.push({
      reason: `${unbalanced - MAX_MESSAGES} more unbalanced quotation marks`,
      ruleId: 'unbalanced-quote',
      severity: 'warning',
      source: 'quotes',
    });
  return { spans, roles, marked };
}
