import type { ArticleDocument, Block, Quote } from './types.js';

/** Every block that holds sentences, in document order: title, then each section's heading and paragraphs. */
export function* blocksOf(doc: ArticleDocument): Generator<Block> {
  if (doc.title) yield doc.title;
  for (const section of doc.children) {
    if (section.heading) yield section.heading;
    yield* section.children;
  }
}

/** A quote's words paragraph by paragraph: its parts when it runs over several, else its text. */
export function quoteParagraphs(quote: Quote): string[] {
  return quote.parts ? quote.parts.map((part) => part.text) : [quote.text];
}
