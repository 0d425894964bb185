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
    text = decodeBytes(input, messages);
  } else {
    throw new MaqalError('not-text', `Expected a string or bytes, got ${input === null ? 'null' : typeof input}.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (typeof input === 'string' && looksBinary(text)) {
    throw new MaqalError('not-text', 'The input is binary data, not text (it holds NUL characters or mostly control characters).');
  }
  return { text, messages };
}

/**
 * Bytes → string. A BOM decides first (UTF-8, UTF-16). Valid UTF-8 is taken as UTF-8 whatever a
 * page declares, since pages often mislabel it and valid UTF-8 is almost never another charset by
 * accident. Otherwise the charset a page declares (`<meta charset>`, `http-equiv`, XML
 * declaration) is used, with a message; failing that, UTF-8 with U+FFFD and a message.
 */
function decodeBytes(input: Uint8Array, messages: Message[]): string {
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input);
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input);
  if (looksBinary(input)) throw new MaqalError('not-text', 'The input is binary data, not text (it holds NUL bytes or mostly control characters).');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const declared = declaredCharset(input);
  if (declared) {
    messages.push({
      reason: `The input is not UTF-8; decoded as ${declared}, the charset it declares.`,
      ruleId: 'declared-charset',
      severity: 'info',
      source: 'read',
    });
    return new TextDecoder(declared).decode(input);
  }
  const text = new TextDecoder('utf-8').decode(input);
  if (!hasReplacementInSource(input)) {
    messages.push({
      reason: 'The input is not valid UTF-8 and declares no charset; invalid byte sequences were replaced with U+FFFD.',
      ruleId: 'invalid-utf8',
      severity: 'warning',
      source: 'read',
    });
  }
  return text;
}

// Bounded quantifiers only: the scan is linear and looks at the first 4 KB.
const CHARSET =
  /<meta[^>]{0,300}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([a-zA-Z0-9_:.-]{1,40})|<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([a-zA-Z0-9_:.-]{1,40})/i;

/** The charset a page declares in its first 4 KB, when TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = CHARSET.exec(head);
  const label = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
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

// Control characters other than tab, LF, CR, FF (and NUL, which is checked first).
const CONTROLS = /[\x01-\x08\x0b\x0e-\x1f\x7f]/g;

/**
 * NUL, or more than a tenth control characters, in the first 8 KB: bytes and strings alike. A
 * string is checked by the engine's own scans (no per-character callback): it is the common input.
 */
function looksBinary(input: Uint8Array | string): boolean {
  const n = Math.min(input.length, SNIFF);
  if (n === 0) return false;
  let controls = 0;
  if (typeof input === 'string') {
    const head = input.length > n ? input.slice(0, n) : input;
    if (head.includes('\0')) return true;
    controls = head.match(CONTROLS)?.length ?? 0;
  } else {
    for (let i = 0; i < n; i++) {
      const c = input[i] as number;
      if (c === 0) return true;
      if (isControl(c)) controls++;
    }
  }
  return controls / n > 0.1;
}
