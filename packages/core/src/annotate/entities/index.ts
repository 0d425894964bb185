import type { ArticleDocument } from '../../model/types.js';

/** Finds named entities and groups their mentions. PLACEHOLDER until the entity stage lands. */
export function annotateEntities(doc: ArticleDocument): void {
  doc.entities = [];
}
