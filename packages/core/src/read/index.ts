import { MaqalError } from '../model/errors.js';
import { decodeInput } from './decode.js';
import { detectFormat } from './detect-format.js';
import { readHtml } from './html/index.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
import type { ReadOptions, ReadResult } from './types.js';

export type { ReadBlock, ReadMeta, ReadOptions, ReadResult } from './types.js';

const FORMATS = new Set(['auto', 'text', 'html', 'markdown']);

/** Input of any supported format → canonical text with block boundaries and metadata. */
export function readInput(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const requested = options.format ?? 'auto';
  if (!FORMATS.has(requested)) throw new MaqalError('bad-option', `Unknown format "${String(requested)}"; use auto, text, html or markdown.`);
  const { text, messages } = decodeInput(input, options.maxSize);
  const format = requested === 'auto' ? detectFormat(text) : requested;
  const result = format === 'html' ? readHtml(text, options) : format === 'markdown' ? readMarkdown(text, options) : readText(text);
  result.messages.unshift(...messages);
  if (options.url && !result.meta.url) result.meta.url = options.url;
  return result;
}
