import type { ArticleDocument } from '../model/types.js';

/** The document as JSON: the contract itself, indented by default. */
export function toJSON(doc: ArticleDocument, options: { indent?: number } = {}): string {
  return JSON.stringify(doc, null, options.indent ?? 2);
}
