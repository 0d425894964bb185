/**
 * `@maqal/core/structure`: the light entry. Reading, segmenting and tokenizing, and the helpers a
 * renderer needs, without the annotation stages and their multi-megabyte models, so a reader can
 * draw the structure at once and load `annotateArticle` (from `@maqal/core`) afterwards.
 * Nothing imported here may reach src/annotate or src/lang/<language>/models: apps/cli tests it
 * on the built import graph.
 */
import { LineIndex } from './model/positions.js';
import type { ArticleDocument } from './model/types.js';
import { readInput } from './read/index.js';
import type { ReadOptions } from './read/types.js';
import { segmentArticle } from './segment/index.js';
import { tokenizeDocument } from './tokenize/index.js';

export { detectLanguage, directionOf, type LanguageGuess, primaryLanguage } from './lang/detect.js';
export { MaqalError, type MaqalErrorCode } from './model/errors.js';
export { LineIndex } from './model/positions.js';
export { type InlineRun, inlineRuns } from './model/runs.js';
export type * from './model/types.js';
export { blocksOf, quoteParagraphs } from './model/walk.js';
export type { ReadOptions } from './read/types.js';

/** read → segment → tokenize: the document with structure and sentences, no annotations yet. */
export function parseStructure(input: string | Uint8Array, options: ReadOptions = {}): ArticleDocument {
  const read = readInput(input, options);
  const index = new LineIndex(read.text);
  const doc = segmentArticle(read, index, options.lang ? { lang: options.lang } : {});
  const words = tokenizeDocument(doc, index);
  doc.meta.wordCount = words;
  doc.meta.readingMinutes = words === 0 ? 0 : Math.max(1, Math.round(words / (doc.dir === 'rtl' ? 180 : 230)));
  return doc;
}
