import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { annotateCoreference } from './annotate/coreference/index.js';
import { annotateEntities } from './annotate/entities/index.js';
import { annotateQuotes } from './annotate/quotes/index.js';
import type { ArticleDocument } from './model/types.js';
import { type ParseOptions, parseStructure } from './parse-article.js';
import { toHTML, toJSON, toMarkdown, toText } from './serialize/index.js';

/** Messages of the document also go on the file, as every unified user expects. */
function reportOnFile(doc: ArticleDocument, file: VFile, source: string): void {
  for (const message of doc.messages) {
    if (message.source !== source && source !== '*') continue;
    const m = file.message(message.reason, { ...(message.position ? { place: message.position } : {}), ruleId: message.ruleId, source: 'maqal' });
    m.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined;
  }
}

/**
 * Parser: text, HTML or Markdown → `ArticleDocument` with structure and sentences. A file holding
 * bytes is decoded by Maqal, not by vfile: a declared charset, UTF-16 and invalid UTF-8 then give
 * the same text and messages as `parseArticle`.
 */
export const articleParse: Plugin<[ParseOptions?], string, ArticleDocument> = function (options = {}) {
  const self = this as unknown as Processor<ArticleDocument>;
  self.parser = (document: string, file: VFile) => {
    const doc = parseStructure(file.value instanceof Uint8Array ? file.value : document, options);
    reportOnFile(doc, file, '*');
    return doc;
  };
};

/** Transformer: fills `quotes`. */
export const articleQuotes: Plugin<[], ArticleDocument> = () => (tree, file) => {
  annotateQuotes(tree);
  annotateCoreference(tree);
  reportOnFile(tree, file, 'quotes');
};

/** Transformer: fills `entities` (and links quote speakers to them). */
export const articleEntities: Plugin<[], ArticleDocument> = () => (tree, file) => {
  annotateEntities(tree);
  annotateCoreference(tree);
  reportOnFile(tree, file, 'entities');
};

export type StringifyFormat = 'json' | 'md' | 'html' | 'text';

/** Compiler: the document as JSON, Markdown, HTML or text. */
export const articleStringify: Plugin<[{ format?: StringifyFormat }?], ArticleDocument, string> = function (options = {}) {
  const self = this as unknown as Processor<undefined, undefined, undefined, ArticleDocument, string>;
  const format = options.format ?? 'json';
  self.compiler = (tree) => {
    const doc = tree as ArticleDocument;
    return format === 'md' ? toMarkdown(doc) : format === 'html' ? toHTML(doc) : format === 'text' ? toText(doc) : toJSON(doc);
  };
};
