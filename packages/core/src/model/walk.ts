import type { ArticleDocument, Block } from './types.js';

/** Every block that holds sentences, in document order: title, then each section's heading and paragraphs. */
export function* blocksOf(doc: ArticleDocument): Generator<Block> {
  if (doc.title) yield doc.title;
  for (const section of doc.children) {
    if (section.heading) yield section.heading;
    yield* section.children;
  }
}
