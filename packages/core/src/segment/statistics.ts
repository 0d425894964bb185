import type { ArticleDocument } from '../model/types.js';
import { blocksOf } from '../model/walk.js';

/** Words in the title, headings and paragraphs: the WordNodes the tokenizer made. */
export function countWords(doc: ArticleDocument): number {
  let words = 0;
  for (const block of blocksOf(doc)) {
    for (const sentence of block.children) for (const token of sentence.children) if (token.type === 'WordNode') words++;
  }
  return words;
}
