import { describe, expect, it } from 'vitest';
import { MaqalError } from '../src/model/errors.js';
import { parseArticle } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('read: bytes and bad input', () => {
  it('decodes UTF-8 bytes and drops the BOM', () => {
    const doc = parseArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('عنوان\nنص الخبر هنا.')]));
    expect(doc.text.startsWith('عنوان')).toBe(true);
    expect(doc.title?.text).toBe('عنوان');
    expectValid(doc);
  });

  it('replaces invalid UTF-8 with U+FFFD and says so', () => {
    const bytes = new Uint8Array([...utf8('Headline\nA broken '), 0xc3, 0x28, ...utf8(' byte here.')]);
    const doc = parseArticle(bytes);
    expect(doc.text).toContain('\uFFFD');
    expect(doc.messages.find((m) => m.ruleId === 'invalid-utf8')?.severity).toBe('warning');
    expectValid(doc);
  });

  it('refuses binary data with not-text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(() => parseArticle(png)).toThrow(MaqalError);
    try {
      parseArticle(png);
    } catch (error) {
      expect((error as MaqalError).code).toBe('not-text');
    }
    expect(() => parseArticle('abc\u0000def')).toThrow(/binary/);
  });

  it('refuses input over the size limit with too-large', () => {
    const text = 'word '.repeat(300);
    expect(() => parseArticle(text, { maxSize: 1000 })).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(() => parseArticle(utf8(text), { maxSize: 1000 })).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(parseArticle(text, { maxSize: 2000 }).children).toHaveLength(1);
  });

  it('refuses an unknown format option', () => {
    expect(() => parseArticle('x', { format: 'pdf' as 'text' })).toThrow(expect.objectContaining({ code: 'bad-option' }));
  });

  it('stays fast on a 1 MB single line and on 100k quotation marks', () => {
    const line = 'كلمة '.repeat(200_000);
    let start = performance.now();
    const doc = parseArticle(line);
    expect(performance.now() - start).toBeLessThan(15_000);
    expectValid(doc);
    const quotes = `Title\n${'"'.repeat(100_000)}`;
    start = performance.now();
    const doc2 = parseArticle(quotes);
    expect(performance.now() - start).toBeLessThan(15_000);
    expectValid(doc2);
  });
});

describe('read: charsets', () => {
  // "مرحبا بكم" in windows-1256.
  const cp1256 = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xdf, 0xe3];

  it('decodes a page in the charset it declares when it is not UTF-8', () => {
    const head = utf8('<html><head><meta charset="windows-1256"><title>t</title></head><body><p>');
    const bytes = new Uint8Array([...head, ...cp1256, ...utf8('</p></body></html>')]);
    const doc = parseArticle(bytes, { format: 'text' });
    expect(doc.text).toContain('مرحبا بكم');
    expect(doc.messages.map((m) => m.ruleId)).toContain('declared-charset');
  });

  it('keeps valid UTF-8 even when the page declares another charset', () => {
    const bytes = utf8(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>قال الوزير إن الخطة جاهزة.</p></body></html>',
    );
    const doc = parseArticle(bytes, { format: 'text' });
    expect(doc.text).toContain('قال الوزير إن الخطة جاهزة.');
    expect(doc.messages).toEqual([]);
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = 'عنوان\nنص الخبر.';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(parseArticle(le).text).toBe(text);
  });
});
