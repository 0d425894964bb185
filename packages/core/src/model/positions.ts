import type { Point, Position } from 'unist';

/**
 * Maps UTF-16 offsets in a text to unist points (1-based line and column). Built once per
 * document; lookups are a binary search over line starts, so a stage can ask for any offset
 * without scanning the text again.
 */
export class LineIndex {
  /** Offsets at which each line starts. Lines end at LF, CR or CRLF. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - (this.lineStarts[line] as number) + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/**
 * Offsets at which each line of `text` starts. Its own function, not the constructor's loop: a
 * constructor called once per parse was only ever optimised on stack replacement, and that code
 * left the loop for a store it had no feedback for, deoptimising on every document.
 */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** A unist position for [start, end) when line/column are already known from a cursor. */
export function positionFrom(start: Point, end: Point): Position {
  return { start, end };
}

export function startOffset(node: { position: Position }): number {
  return node.position.start.offset as number;
}

export function endOffset(node: { position: Position }): number {
  return node.position.end.offset as number;
}
