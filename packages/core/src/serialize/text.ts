import type { ArticleDocument } from '../model/types.js';
import { blocksOf } from '../model/walk.js';

/** Plain text in logical order: title, headings and paragraphs, one blank line between blocks. */
export function toText(doc: ArticleDocument): string {
  const parts: string[] = [];
  for (const block of blocksOf(doc)) parts.push(block.text);
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
