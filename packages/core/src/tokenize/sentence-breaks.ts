/**
 * Where the sentences of one block end, as token indices, given the terminators, quotation marks
 * and brackets the tokenizer reports in order.
 *
 * A terminator inside an open quote or bracket does not end the sentence («قال: "نعم. لا." ثم …»,
 * "(b. March 2009)"), but an unbalanced mark must not swallow a paragraph. So an end found inside
 * one is kept *pending*: dropped when the pair closes within `QUOTE_LIMIT` characters, kept when
 * it runs longer or never closes before the block (or a blank line) ends. Each end is pushed and settled once:
 * linear, no rescans.
 */

/** Characters after which an open quote or bracket no longer holds sentences together. */
export const QUOTE_LIMIT = 400;
/** Deeper nesting is not real quoting: extra openers are ignored (keeps memory bounded). */
const MAX_DEPTH = 32;

const QUOTATION_MARK = 0x22; // "
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE_GUILLEMET = 0x2039; // ‹
const RIGHT_SINGLE_GUILLEMET = 0x203a; // ›
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;

/** The guillemet pointing the other way: « ↔ », ‹ ↔ ›. */
function mirror(mark: number): number {
  switch (mark) {
    case LEFT_GUILLEMET:
      return RIGHT_GUILLEMET;
    case RIGHT_GUILLEMET:
      return LEFT_GUILLEMET;
    case LEFT_SINGLE_GUILLEMET:
      return RIGHT_SINGLE_GUILLEMET;
    default:
      return LEFT_SINGLE_GUILLEMET;
  }
}

export class SentenceBreaks {
  /** Token indices at which a sentence ends (exclusive), ascending. */
  readonly ends: number[] = [];
  private pending: number[] = [];
  /** Opening marks of the quotes and brackets open now, innermost last. */
  private open: number[] = [];
  /** Offset of the outermost open quote's mark. */
  private quoteStart = 0;
  /** The open quote ran past the limit: ends inside it count. */
  private long = false;

  /** A sentence may end before token `index`; `at` is the offset of its terminator. */
  end(index: number, at: number): void {
    if (this.open.length > 0 && !this.long) {
      if (at - this.quoteStart <= QUOTE_LIMIT) {
        this.pending.push(index);
        return;
      }
      this.long = true;
      this.commitPending();
    }
    this.ends.push(index);
  }

  /** A sentence must end before token `index` (a blank line): open quotes end there too. */
  hardEnd(index: number): void {
    this.commitPending();
    this.open.length = 0;
    this.long = false;
    this.ends.push(index);
  }

  /** The block ends: a quote still open was unbalanced, so the ends found inside it count. */
  finish(): void {
    this.commitPending();
  }

  /**
   * A quotation mark or bracket at offset `at`. `closing` tells what its neighbours suggest: true when it
   * follows a non-space and precedes a space, punctuation or the end (`word" `), the shape of a
   * closing mark; this decides the ambiguous `"` and `“ ”`. Returns whether it closed a quote.
   */
  pairMark(mark: number, at: number, closing: boolean): boolean {
    const depth = this.open.length;
    this.applyPairMark(mark, at, closing);
    return this.open.length < depth;
  }

  private applyPairMark(mark: number, at: number, closing: boolean): void {
    const top = this.open.length > 0 ? (this.open[this.open.length - 1] as number) : 0;
    switch (mark) {
      case LEFT_PAREN:
      case LEFT_BRACKET:
        this.push(mark, at);
        return;
      case RIGHT_PAREN:
        this.closeTo(LEFT_PAREN, at);
        return;
      case RIGHT_BRACKET:
        this.closeTo(LEFT_BRACKET, at);
        return;
      case LEFT_GUILLEMET:
      case LEFT_SINGLE_GUILLEMET:
        // »…« (Danish, German) closes with the left-pointing mark.
        if (closing && top === mirror(mark)) this.pop(at);
        else this.push(mark, at);
        return;
      case RIGHT_GUILLEMET:
      case RIGHT_SINGLE_GUILLEMET:
        if (this.open.includes(mirror(mark))) this.closeTo(mirror(mark), at);
        else if (!closing) this.push(mark, at);
        return;
      case LOW_DOUBLE:
        this.push(mark, at);
        return;
      case LEFT_DOUBLE:
        // „…“ (German) closes with “; so do a sloppy “…“ and a reversed ”…“.
        if (top === LOW_DOUBLE || top === RIGHT_DOUBLE || (top === LEFT_DOUBLE && closing)) this.pop(at);
        else this.push(mark, at);
        return;
      case RIGHT_DOUBLE:
        // ”…” (Swedish, sloppy typing) opens with ” when it stands before a word.
        if (top === LEFT_DOUBLE || top === RIGHT_DOUBLE) this.pop(at);
        else if (!closing) this.push(mark, at);
        return;
      case QUOTATION_MARK:
        if (top === QUOTATION_MARK) this.pop(at);
        else if (!closing) this.push(mark, at);
        return;
    }
  }

  private push(mark: number, at: number): void {
    if (this.open.length === 0) {
      this.quoteStart = at;
      this.long = false;
    }
    if (this.open.length < MAX_DEPTH) this.open.push(mark);
  }

  /** Closes the innermost quote opened by `opener` (and any left open inside it). */
  private closeTo(opener: number, at: number): void {
    const i = this.open.lastIndexOf(opener);
    if (i < 0) return;
    this.open.length = i + 1;
    this.pop(at);
  }

  private pop(at: number): void {
    this.open.pop();
    if (this.open.length > 0) return;
    if (at - this.quoteStart > QUOTE_LIMIT) this.commitPending();
    else this.pending.length = 0;
    this.long = false;
  }

  private commitPending(): void {
    for (const index of this.pending) this.ends.push(index);
    this.pending.length = 0;
  }
}
