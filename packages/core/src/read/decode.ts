import { MaqalError } from '../model/errors.js';
import type { Message } from '../model/types.js';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export interface Decoded {
  text: string;
  messages: Message[];
}

/**
 * Turns input into a string: bytes are decoded as UTF-8 (BOM dropped, invalid sequences become
 * U+FFFD with a message). Refuses what is not text at all (NUL bytes, mostly control characters)
 * and what is over the size limit, since no document could honestly be made of either.
 */
export function decodeInput(input: string | Uint8Array, maxSize = DEFAULT_MAX_SIZE): Decoded {
  const messages: Message[] = [];
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxSize) throw tooLarge(input.length, maxSize);
    text = input;
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > maxSize) throw tooLarge(input.byteLength, maxSize);
    if (looksBinary(input)) throw new MaqalError('not-text', 'The input is binary data, not text (it holds NUL bytes or mostly control characters).');
    const fatal = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
    text = fatal.decode(input);
    if (text.includes('\uFFFD') && !hasReplacementInSource(input)) {
      messages.push({
        reason: 'The input is not valid UTF-8; invalid byte sequences were replaced with U+FFFD.',
        ruleId: 'invalid-utf8',
        severity: 'warning',
        source: 'read',
      });
    }
  } else {
    throw new MaqalError('not-text', `Expected a string or bytes, got ${input === null ? 'null' : typeof input}.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (typeof input === 'string' && looksBinaryString(text)) {
    throw new MaqalError('not-text', 'The input is binary data, not text (it holds NUL characters or mostly control characters).');
  }
  return { text, messages };
}

function tooLarge(size: number, max: number): MaqalError {
  return new MaqalError('too-large', `The input is ${size} long, over the limit of ${max}; raise the maxSize option to read it.`);
}

/** U+FFFD encoded as UTF-8 in the source itself is text, not a decoding failure. */
function hasReplacementInSource(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

/** Control characters other than tab, LF, CR, FF: a few are noise, many mean binary. */
function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127;
}

const SNIFF = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === 0) return true;
    if (isControl(c)) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

function looksBinaryString(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) controls++;
  }
  return n > 0 && controls / n > 0.1;
}
