import { type ArticleDocument, type InputFormat, MaqalError, parseArticle } from '@maqal/core';
import { MAX_BODY_BYTES } from './read-body';

export type ParseOutcome = { ok: true; doc: ArticleDocument } | { ok: false; status: 400 | 413 | 500; code: string; message: string };

/** The format a media type names; null for media types this reader does not take. */
export function formatOfMediaType(contentType: string | null): InputFormat | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/plain') return 'text';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  return null;
}

/** The format a file name implies, for uploads: .txt, .md, .html (and their usual variants). */
export function formatOfFileName(name: string): InputFormat | null {
  const lower = name.toLowerCase();
  if (/\.(txt|text)$/.test(lower)) return 'text';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.(html|htm|xhtml)$/.test(lower)) return 'html';
  return null;
}

/** Parses bytes someone sent: empty → 400 `empty`, binary → 400 `not-text`, too large → 413. */
export function parseInput(bytes: Uint8Array, format: InputFormat | 'auto'): ParseOutcome {
  if (bytes.byteLength > MAX_BODY_BYTES) {
    return {
      ok: false,
      status: 413,
      code: 'too-large',
      message: `The article is ${bytes.byteLength} bytes, over the limit of ${MAX_BODY_BYTES} bytes (5 MB).`,
    };
  }
  if (isBlank(bytes)) return { ok: false, status: 400, code: 'empty', message: 'The article is empty: there is no text to read.' };
  try {
    return { ok: true, doc: parseArticle(bytes, { format, maxSize: MAX_BODY_BYTES }) };
  } catch (error) {
    if (error instanceof MaqalError) {
      if (error.code === 'too-large') return { ok: false, status: 413, code: error.code, message: error.message };
      return { ok: false, status: 400, code: error.code, message: error.message };
    }
    return { ok: false, status: 500, code: 'internal', message: 'The article could not be parsed.' };
  }
}

/** Nothing but ASCII whitespace (and a BOM): nothing to parse. */
function isBlank(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}
