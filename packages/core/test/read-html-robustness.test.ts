import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { readHtml } from '../src/read/html/index.js';
import { expectValid } from './helpers.js';

const PARAGRAPH = 'The committee met on Tuesday to discuss the budget, and its members agreed to publish the figures next week.';

/** windows-1256 bytes of a string, from the decoder's own table (TextEncoder writes UTF-8 only). */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 63));
}

describe('readHtml on hostile input', () => {
  it('reads 10,000-deep nesting without overflowing the stack', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<h1>Deep page</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;
    const t0 = performance.now();
    const read = readHtml(html, {});
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(read.text).toBe(`Deep page\n\n${PARAGRAPH}\n\n${PARAGRAPH}`);
    const unclosed = readHtml(`${'<span><b>'.repeat(depth)}${PARAGRAPH}`, {});
    expect(unclosed.text).toContain(PARAGRAPH);
    expectValid(parseArticle(html, { format: 'html' }));
  });

  it('stays linear when every one of 10,000 nested levels holds a paragraph', () => {
    const depth = 10_000;
    const html = `<h1>Nested story</h1>${`<div class="level"><p>${PARAGRAPH}</p>`.repeat(depth)}${'</div>'.repeat(depth)}`;
    const t0 = performance.now();
    const read = readHtml(html, {});
    // Quadratic work (each block walking its ancestors) would take minutes here.
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(read.blocks[0]?.kind).toBe('title');
    expect(read.blocks.length).toBeGreaterThan(depth / 2);
  });

  it('reads a 20 MB page in linear time and keeps the article', () => {
    const article = `<article><h1>Budget talks</h1>${`<p>${PARAGRAPH}</p>`.repeat(40)}</article>`;
    const chrome = '<div class="related"><a href="/x">Another story somewhere else on the site</a></div>';
    const filler = chrome.repeat(Math.ceil((20 * 1024 * 1024) / chrome.length));
    const html = `<html><body>${filler}${article}</body></html>`;
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const t0 = performance.now();
    const read = readHtml(html, {});
    const ms = performance.now() - t0;
    expect(read.blocks).toHaveLength(41);
    expect(read.text).not.toContain('Another story');
    // About 7 s here; the bound leaves room for loaded machines and still catches quadratic time (hours).
    expect(ms).toBeLessThan(60_000);
  });

  it('never hangs on pathological markup: unterminated comments, attributes, scripts, entities', () => {
    const cases = [
      `<p>${PARAGRAPH}<!-- ${'x'.repeat(100_000)}`,
      `<p title="${'"'.repeat(50_000)}>${PARAGRAPH}`,
      `<script>${'<p>'.repeat(50_000)}`,
      `<p>${'&amp;'.repeat(50_000)}${'&#x;'.repeat(50_000)}</p>`,
      `${'<p>'.repeat(50_000)}${PARAGRAPH}`,
      `<table>${'<tr><td>'.repeat(20_000)}${PARAGRAPH}`,
      `<p>${' '.repeat(200_000)}${PARAGRAPH}${'\n'.repeat(200_000)}</p>`,
      `<div class="${'a-'.repeat(50_000)}">${PARAGRAPH}</div>`,
    ];
    for (const html of cases) {
      const t0 = performance.now();
      const read = readHtml(html, {});
      expect(performance.now() - t0).toBeLessThan(5000);
      for (const b of read.blocks) expect(read.text.slice(b.start, b.end)).toBe(read.text.slice(b.start, b.end).trim());
    }
  });

  it('reads bytes in the charset the page declares, and UTF-8 mislabelled as windows-1256 as UTF-8', () => {
    const arabic = 'قال وزير المالية إن الموازنة الجديدة تركز على الإنفاق الاجتماعي، وإن العجز سينخفض العام المقبل.';
    const page = (charset: string) =>
      `<html><head><meta charset="${charset}"><title>الموازنة</title></head><body><article><h1>الموازنة الجديدة</h1><p>${arabic}</p></article></body></html>`;
    const legacy = parseArticle(windows1256(page('windows-1256')), { format: 'html' });
    expect(legacy.title?.text).toBe('الموازنة الجديدة');
    expect(legacy.children[0]?.children[0]?.text).toBe(arabic);
    expect(legacy.dir).toBe('rtl');
    expectValid(legacy);
    const mislabelled = parseArticle(new TextEncoder().encode(page('windows-1256')), { format: 'html' });
    expect(mislabelled.children[0]?.children[0]?.text).toBe(arabic);
    expectValid(mislabelled);
    const latin1 = parseArticle(
      Uint8Array.from(
        [...page('iso-8859-1').replace(arabic, 'Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9 of the year, and more text.')].map(
          (c) => c.charCodeAt(0) & 0xff,
        ),
      ),
      { format: 'html' },
    );
    expect(latin1.text).toContain('Café crème, naïve résumé');
  });
});
