import { expect } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument, Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

/** Every document a test makes must keep the model's invariants. */
export function expectValid(doc: ArticleDocument): void {
  expect(checkArticle(doc)).toEqual([]);
}

/** The quotes of a parsed text, the document checked first. */
export function quotesOf(text: string): Quote[] {
  const doc = parseArticle(text);
  expectValid(doc);
  return doc.quotes;
}

/** Headings and paragraph counts per section: the shape a reader sees in the outline. */
export function outline(doc: ArticleDocument): [string | null, number][] {
  return doc.children.map((s) => [s.heading?.text ?? null, s.children.length]);
}
