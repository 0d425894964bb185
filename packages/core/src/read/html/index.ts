import { readText } from '../text.js';
import type { ReadOptions, ReadResult } from '../types.js';

/** HTML → article text and blocks. PLACEHOLDER until the HTML reader lands: reads as text. */
export function readHtml(html: string, _options: ReadOptions = {}): ReadResult {
  return { ...readText(html), format: 'html' };
}
