import { expect } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument } from '../src/model/types.js';

/** Every document a test makes must keep the model's invariants. */
export function expectValid(doc: ArticleDocument): void {
  expect(checkArticle(doc)).toEqual([]);
}

/** Headings and paragraph counts per section: the shape a reader sees in the outline. */
export function outline(doc: ArticleDocument): [string | null, number][] {
  return doc.children.map((s) => [s.heading?.text ?? null, s.children.length]);
}
