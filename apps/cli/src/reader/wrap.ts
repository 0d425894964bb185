import type { Grapheme } from '../bidi/graphemes.js';

const SPACE = /^\s+$/u;

/**
 * Greedy word wrap in logical order: lines break at whitespace (the breaking spaces are dropped)
 * and a word wider than the line is cut by grapheme. Wrapping before reordering keeps every
 * line a contiguous stretch of the text, which is what bidi's line rules expect.
 */
export function wrapGraphemes<T extends Grapheme>(graphemes: readonly T[], width: number): T[][] {
  const lines: T[][] = [];
  const max = Math.max(1, width);
  let line: T[] = [];
  let used = 0;
  let i = 0;
  const n = graphemes.length;
  while (i < n) {
    if (SPACE.test((graphemes[i] as T).text)) {
      let j = i;
      let spaceWidth = 0;
      while (j < n && SPACE.test((graphemes[j] as T).text)) spaceWidth += (graphemes[j++] as T).width;
      // Spaces inside a line are kept (as one stretch); at a break or at the start they are not.
      const nextWord = wordWidth(graphemes, j);
      if (line.length > 0 && j < n && used + spaceWidth + nextWord <= max) {
        for (let k = i; k < j; k++) line.push(graphemes[k] as T);
        used += spaceWidth;
      } else if (line.length > 0 && j < n) {
        lines.push(line);
        line = [];
        used = 0;
      }
      i = j;
      continue;
    }
    let j = i;
    while (j < n && !SPACE.test((graphemes[j] as T).text)) j++;
    const width = wordWidth(graphemes, i);
    if (used + width > max && line.length > 0) {
      lines.push(line);
      line = [];
      used = 0;
    }
    for (let k = i; k < j; k++) {
      const g = graphemes[k] as T;
      // A word longer than a whole line: cut it where it overflows.
      if (used + g.width > max && line.length > 0) {
        lines.push(line);
        line = [];
        used = 0;
      }
      line.push(g);
      used += g.width;
    }
    i = j;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function wordWidth(graphemes: readonly Grapheme[], from: number): number {
  let width = 0;
  for (let k = from; k < graphemes.length && !SPACE.test((graphemes[k] as Grapheme).text); k++) width += (graphemes[k] as Grapheme).width;
  return width;
}

export function lineWidth(line: readonly Grapheme[]): number {
  let width = 0;
  for (const g of line) width += g.width;
  return width;
}
