import type { Message } from '../../model/types.js';

/**
 * Bytes of an HTML page → text, honouring the charset the page declares. Decoding belongs before
 * parsing (bytes are not HTML yet), so this is what `read/decode.ts` should call for bytes that
 * look like HTML; it lives here because only HTML declares its charset inside itself.
 *
 * Declarations lie: many Arabic pages say windows-1256 or iso-8859-1 and are UTF-8. Valid UTF-8
 * with non-ASCII bytes is almost never an accident, so when the bytes decode as UTF-8 without
 * error they are read as UTF-8 whatever the label, with a `charset-mismatch` message; only bytes
 * that are not UTF-8 are decoded by the declared label (TextDecoder knows the WHATWG labels).
 */
export interface DecodedHtml {
  text: string;
  charset: string;
  messages: Message[];
}

const PRESCAN = 1024;

/** The charset a page declares: BOM, then <meta charset> or <meta http-equiv content="…charset=…"> in the first 1024 bytes. */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let head = '';
  const n = Math.min(bytes.length, PRESCAN);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i] as number);
  const m = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return m ? (m[1] as string).toLowerCase() : undefined;
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const messages: Message[] = [];
  const declared = sniffCharset(bytes);
  if (declared && /^utf-?16/.test(declared) && (bytes[0] === 0xfe || bytes[0] === 0xff)) {
    return { text: new TextDecoder(declared).decode(bytes), charset: declared, messages };
  }
  if (!declared || /^(?:utf-?8|unicode-1-1-utf-8)$/.test(declared) || /^utf-?16/.test(declared)) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', messages };
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    messages.push({
      reason: `The page declares an unknown charset "${declared}"; it was read as UTF-8.`,
      ruleId: 'unknown-charset',
      severity: 'warning',
      source: 'read',
    });
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', messages };
  }
  if (hasNonAscii(bytes)) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      messages.push({
        reason: `The page declares charset "${declared}" but its bytes are valid UTF-8; it was read as UTF-8.`,
        ruleId: 'charset-mismatch',
        severity: 'info',
        source: 'read',
      });
      return { text, charset: 'utf-8', messages };
    } catch {
      // Not UTF-8: the declaration is believed.
    }
  }
  return { text: decoder.decode(bytes), charset: decoder.encoding, messages };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}
