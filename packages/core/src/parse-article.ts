import { annotateCoreference } from './annotate/coreference/index.js';
import { annotateEntities } from './annotate/entities/index.js';
import { annotateQuotes } from './annotate/quotes/index.js';
import { LineIndex } from './model/positions.js';
import type { ArticleDocument } from './model/types.js';
import { readInput } from './read/index.js';
import type { ReadOptions } from './read/types.js';
import { segmentArticle } from './segment/index.js';
import { countWords } from './segment/statistics.js';
import { tokenizeDocument } from './tokenize/index.js';

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

/** read → segment → tokenize: the document with structure and sentences, no annotations yet. */
export function parseStructure(input: string | Uint8Array, options: ParseOptions = {}): ArticleDocument {
  const read = readInput(input, options);
  const index = new LineIndex(read.text);
  const doc = segmentArticle(read, index, options.lang ? { lang: options.lang } : {});
  tokenizeDocument(doc, index);
  const words = countWords(doc);
  doc.meta.wordCount = words;
  doc.meta.readingMinutes = words === 0 ? 0 : Math.max(1, Math.round(words / (doc.dir === 'rtl' ? 180 : 230)));
  return doc;
}
