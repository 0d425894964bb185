// Data tables in Markdown and HTML articles: each row is one block marked `table-row`, never a
// heading (a header row is short and unpunctuated) and never read as speech by the quote stage.
import { describe, expect, it } from 'vitest';
import type { ArticleDocument, Paragraph } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

function blocks(doc: ArticleDocument) {
  return doc.children.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.children]);
}

function textOf(block: { children: Paragraph['children'] }): string {
  return block.children.map((s) => s.children.map((t) => ('value' in t ? t.value : t.children.map((c) => c.value).join(''))).join('')).join('');
}

const MARKDOWN = [
  '# Harbour votes on the sea wall',
  '',
  'The council met on Tuesday. "We will build it," Mayor Ruth Calder said.',
  '',
  '| ward | "yes" votes | what residents said |',
  '|---|---|---|',
  '| North | 412 | "Build it now," said a fisherman |',
  '| South | 198 | "Too costly" |',
  '',
  'The count ends on Friday.',
].join('\n');

const HTML = `<!doctype html><html><head><title>Harbour votes on the sea wall</title></head><body><article>
<h1>Harbour votes on the sea wall</h1>
<p>The council met on Tuesday. "We will build it," Mayor Ruth Calder said. The vote was close in every ward of the town and the count went on late into the night.</p>
<table><tr><th>ward</th><th>"yes" votes</th><th>what residents said</th></tr>
<tr><td>North</td><td>412</td><td>"Build it now," said a fisherman</td></tr>
<tr><td>South</td><td>198</td><td>"Too costly"</td></tr></table>
<p>The count ends on Friday, the clerk said, and the result will be posted at the town hall for every resident to read.</p>
</article></body></html>`;

describe('data tables', () => {
  for (const [format, input] of [
    ['markdown', MARKDOWN],
    ['html', HTML],
  ] as const) {
    it(`reads each row of a ${format} table as one table-row block, none a heading, none speech`, () => {
      const doc = parseArticle(input, { format });
      expectValid(doc);
      const rows = blocks(doc).filter((b) => b.data?.role === 'table-row');
      expect(rows.map((r) => textOf(r))).toEqual([
        'ward | "yes" votes | what residents said',
        'North | 412 | "Build it now," said a fisherman',
        'South | 198 | "Too costly"',
      ]);
      expect(rows.every((r) => r.type === 'paragraph')).toBe(true);
      expect(doc.children.every((s) => !s.heading || !textOf(s.heading).includes('|'))).toBe(true);
      // The prose around the table is still read: the mayor's quote, and nothing from the cells.
      expect(doc.quotes.map((q) => q.text)).toContain('We will build it,');
      expect(doc.quotes.some((q) => /Build it now|Too costly|yes/.test(q.text))).toBe(false);
    });
  }
});
