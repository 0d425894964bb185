import { annotateCoreference } from './annotate/coreference/index.js';
import { annotateEntities } from './annotate/entities/index.js';
import { annotateQuotes } from './annotate/quotes/index.js';
import type { ArticleDocument } from './model/types.js';
import type { ReadOptions } from './read/types.js';
import { parseStructure } from './structure.js';

// read → segment → tokenize lives in the light entry (`@maqal/core/structure`), which must not
// import the annotation stages; it is re-exported here for the full entry.
export { parseStructure };

export interface ParseOptions extends ReadOptions {
  /** Stages to run after tokenizing; all by default. */
  quotes?: boolean;
  entities?: boolean;
}

/**
 * Reads an article (plain text, HTML or Markdown; string or UTF-8 bytes) into an
 * `ArticleDocument`. Never throws on text: problems become `messages`. Throws `MaqalError` only
 * for input that is not text (`not-text`), over `maxSize` (`too-large`) or a bad option.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): ArticleDocument {
  return annotateArticle(parseStructure(input, options), options);
}

/**
 * The annotation stages on a document from `parseStructure`: entities, then quotes (which use the
 * person entities for speakers), then coreference (which links speakers to entities). Split out so
 * a reader can show the structure first and paint the annotations a moment later.
 */
export function annotateArticle(doc: ArticleDocument, options: Pick<ParseOptions, 'quotes' | 'entities'> = {}): ArticleDocument {
  if (options.entities !== false) annotateEntities(doc);
  if (options.quotes !== false) annotateQuotes(doc);
  annotateCoreference(doc);
  return doc;
}
