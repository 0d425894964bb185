import type { Sentence } from 'nlcst';
import type { LineIndex } from '../model/positions.js';
import type { ArticleDocument } from '../model/types.js';
import { blocksOf } from '../model/walk.js';
import { RangeTokenizer } from './tokenizer.js';

/**
 * Splits `text.slice(start, end)` into nlcst sentences whose tokens carry positions into `text`
 * (UTF-16 offsets, 1-based line and column). White space between sentences is left out of them.
 */
export function tokenizeRange(text: string, start: number, end: number, index: LineIndex): Sentence[] {
  // A range outside the text is cut to it: reading past either end would make NaN characters.
  start = Math.max(0, start);
  end = Math.min(end, text.length);
  if (!(start < end)) return [];
  const startPoint = index.point(start);
  return new RangeTokenizer(text, end, startPoint).run(start, startPoint);
}

/** Fills the sentences of the title, every heading and every paragraph. */
export function tokenizeDocument(doc: ArticleDocument, index: LineIndex): void {
  for (const block of blocksOf(doc)) {
    block.children = tokenizeRange(doc.text, block.position.start.offset as number, block.position.end.offset as number, index);
  }
}
