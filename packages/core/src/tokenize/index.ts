import type { Sentence } from 'nlcst';
import type { LineIndex } from '../model/positions.js';
import type { ArticleDocument } from '../model/types.js';
import { blocksOf } from '../model/walk.js';

/**
 * Splits `text.slice(start, end)` into nlcst sentences whose tokens carry positions into `text`.
 * PLACEHOLDER until the tokenizer lands: one sentence of one word.
 */
export function tokenizeRange(text: string, start: number, end: number, index: LineIndex): Sentence[] {
  if (start >= end) return [];
  const position = index.position(start, end);
  return [
    {
      type: 'SentenceNode',
      position,
      children: [{ type: 'WordNode', position, children: [{ type: 'TextNode', value: text.slice(start, end), position }] }],
    },
  ];
}

/** Fills the sentences of the title, every heading and every paragraph. */
export function tokenizeDocument(doc: ArticleDocument, index: LineIndex): void {
  for (const block of blocksOf(doc)) {
    block.children = tokenizeRange(doc.text, block.position.start.offset as number, block.position.end.offset as number, index);
  }
}
