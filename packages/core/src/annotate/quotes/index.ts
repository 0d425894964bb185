import type { ArticleDocument } from '../../model/types.js';

/** Finds direct, indirect and mixed quotes and their speakers. PLACEHOLDER until the quote stage lands. */
export function annotateQuotes(doc: ArticleDocument): void {
  doc.quotes = [];
}
