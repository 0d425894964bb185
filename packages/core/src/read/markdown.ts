import { readText } from './text.js';
import type { ReadOptions, ReadResult } from './types.js';

/** Markdown → text and blocks. PLACEHOLDER until the Markdown reader lands: reads as text. */
export function readMarkdown(markdown: string, _options: ReadOptions = {}): ReadResult {
  return { ...readText(markdown), format: 'markdown' };
}
