import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { readMarkdown } from '../src/read/markdown.js';
import type { ReadResult } from '../src/read/types.js';
import { expectValid } from './helpers.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/markdown', name), 'utf8');

function shape(read: ReadResult): [string, string][] {
  return read.blocks.map((b) => [b.role ?? (b.kind === 'heading' ? `h${b.depth}` : (b.kind ?? '?')), read.text.slice(b.start, b.end)]);
}

describe('readMarkdown', () => {
  it('reads an English article: # title, ## sections, quotes, lists, code, HTML blocks, footnotes', () => {
    const read = readMarkdown(fixture('english-article.md'), {});
    expect(shape(read)).toEqual([
      ['title', 'Storm closes three ports'],
      ['paragraph', 'Heavy rain closed three ports on Tuesday, the coastguard said, and ferries were cancelled until further notice.'],
      ['h2', 'What officials said'],
      ['blockquote', '"We expect the ports to reopen on Thursday," said harbour master Ana Lopes.'],
      ['blockquote', 'Ferries: cancelled'],
      ['blockquote', 'Cargo: delayed'],
      ['list-item', 'Check the timetable before travelling.'],
      ['list-item', 'Use the ferry-status page for updates.'],
      ['pre', 'curl https://example.org/status\necho done'],
      ['paragraph', "Updated at 10:00 with the coastguard's figures."],
      ['paragraph', 'The page updates every ten minutes.'],
    ]);
    // Blocks are joined by blank lines; the code block keeps its single line break inside.
    expect(read.text.split('\n\n')).toHaveLength(read.blocks.length);
    expect(read.meta.title).toBe('Storm closes three ports');
  });

  it('reads an Arabic article with front matter: title, author, date, links and emphasis flattened, images dropped', () => {
    const read = readMarkdown(fixture('arabic-article.md'), {});
    const blocks = shape(read);
    expect(blocks[0]).toEqual(['title', 'ميناء العقبة يستقبل أول سفينة حاويات عملاقة']);
    expect(blocks[2]?.[1]).toBe('وقال مدير الميناء في تصريح لـوكالة الأنباء: "الرصيف الجديد جاهز لاستقبال سفن يصل طولها إلى 400 متر".');
    expect(blocks.filter(([k]) => k === 'list-item').map(([, t]) => t)).toEqual(['تبلغ كلفة توسعة الرصيف 120 مليون دينار.', 'وفرت التوسعة نحو 800 فرصة عمل.']);
    expect(blocks.filter(([k]) => k === 'blockquote')).toHaveLength(1);
    expect(read.text).not.toContain('صورة الرصيف');
    expect(read.text).not.toContain('---');
    expect(read.text).not.toContain('author');
    expect(read.meta).toMatchObject({ title: 'ميناء العقبة يستقبل أول سفينة حاويات عملاقة', byline: 'ليلى حداد', published: '2026-11-29', lang: 'ar' });
  });

  it('gives valid documents through parseArticle, Arabic RTL with its sections', () => {
    const doc = parseArticle(fixture('arabic-article.md'), { format: 'markdown' });
    expect(doc.meta.format).toBe('markdown');
    expect(doc.title?.text).toBe('ميناء العقبة يستقبل أول سفينة حاويات عملاقة');
    expect(doc.dir).toBe('rtl');
    expect(doc.meta.byline).toBe('ليلى حداد');
    expect(doc.children.map((s) => s.heading?.text ?? null)).toEqual([null, 'أرقام المشروع']);
    expectValid(doc);
    const en = parseArticle(fixture('english-article.md'), { format: 'markdown' });
    expect(en.children.flatMap((s) => s.children).find((p) => p.data?.role === 'pre')?.text).toBe('curl https://example.org/status\necho done');
    expectValid(en);
  });

  it('takes a leading # heading as title only when it opens the document', () => {
    const read = readMarkdown('Intro line before any heading, as some notes have.\n\n# Later heading\n\nMore text here.', {});
    expect(shape(read)).toEqual([
      ['paragraph', 'Intro line before any heading, as some notes have.'],
      ['h1', 'Later heading'],
      ['paragraph', 'More text here.'],
    ]);
  });

  it('treats a --- line without a closing fence as a thematic break, not front matter', () => {
    const read = readMarkdown('---\ntitle: not front matter\n\nA paragraph of text.', {});
    expect(read.meta.title).toBeUndefined();
    expect(read.text).toContain('A paragraph of text.');
  });

  it('reads empty and pathological input without throwing', () => {
    expect(readMarkdown('', {}).blocks).toEqual([]);
    const deepQuote = `${'>'.repeat(10_000)} deep\n`;
    const deepList = `${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
    for (const md of [deepQuote, deepList, '[['.repeat(20_000), '*'.repeat(50_000)]) {
      const read = readMarkdown(md, {});
      for (const b of read.blocks) expect(read.text.slice(b.start, b.end).trim()).toBe(read.text.slice(b.start, b.end));
      expectValid(parseArticle(md, { format: 'markdown' }));
    }
  });
});
