import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { toHTML, toJSON, toMarkdown, toText } from '../src/serialize/index.js';

const ARABIC = readFileSync(new URL('./fixtures/text/minister-budget.ar.txt', import.meta.url), 'utf8');
const ENGLISH = readFileSync(new URL('./fixtures/text/harbour-storm.en.txt', import.meta.url), 'utf8');

/** A quote added by hand, so the serializers' quote output is tested apart from the quote stage. */
function withQuote(doc: ArticleDocument, quoted: string, speaker: string): ArticleDocument {
  const start = doc.text.indexOf(quoted);
  const end = start + quoted.length;
  const point = (offset: number) => ({ line: 1, column: 1, offset });
  const paragraph = doc.children
    .flatMap((s) => s.children)
    .find((p) => (p.position.start.offset as number) <= start && (p.position.end.offset as number) >= end);
  doc.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      text: quoted,
      position: { start: point(start), end: point(end) },
      paragraphId: paragraph?.id ?? 'p1',
      cue: null,
      speaker: { name: speaker, role: 'the regional harbour master', inferred: false },
      confidence: 0.9,
    },
  ];
  return doc;
}

describe('serializers', () => {
  it('toJSON round-trips the document', () => {
    const doc = parseArticle(ARABIC);
    expect(JSON.parse(toJSON(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('toText gives title, headings and paragraphs in logical order', () => {
    const doc = parseArticle(ARABIC);
    const text = toText(doc);
    const lines = text.split('\n\n');
    expect(lines[0]).toBe('وزير المالية: الموازنة الجديدة "تحمي الفقراء"');
    expect(lines).toContain('أرقام الموازنة');
    expect(text.endsWith('"متفائلة أكثر من اللازم".\n')).toBe(true);
  });

  it('toMarkdown writes headings at their depth and lists quotes with speakers', () => {
    const doc = withQuote(parseArticle(ENGLISH, { quotes: false }), 'Some piers are simply gone.', 'Marcela Ibarra');
    const md = toMarkdown(doc);
    expect(md.startsWith('# Storm shuts three harbours')).toBe(true);
    expect(md).toContain('\n## What comes next\n');
    expect(md).toContain('- **Marcela Ibarra** (the regional harbour master): \u201cSome piers are simply gone.\u201d');
  });

  it('toMarkdown lists aliases with the comma of the article language', () => {
    const doc = parseArticle(ENGLISH);
    const entity = doc.entities.find((e) => e.kind === 'person') ?? doc.entities[0];
    expect(entity).toBeDefined();
    if (!entity) return;
    entity.aliases = ['Ibarra', 'Ms Ibarra'];
    const md = toMarkdown(doc);
    expect(md).toContain(': Ibarra, Ms Ibarra\n');
    expect(md).not.toContain('،');
  });

  it('toMarkdown escapes text that would become markup', () => {
    const doc = parseArticle('Title\n# not a heading? no: this line is a heading\n* starred words and [a](link) in prose, with <b>tags</b>.', {
      format: 'text',
    });
    const md = toMarkdown(doc);
    expect(md).toContain('\\* starred words and \\[a\\](link) in prose, with \\<b\\>tags\\</b\\>.');
  });

  it('toHTML puts lang and dir on the article and escapes everything', () => {
    const doc = parseArticle(
      'عنوان الخبر الرئيسي اليوم <script>alert(1)</script>\nنص الخبر الذي يحتوي على وسم <img src=x onerror=alert(1)> وعلامات & أخرى كثيرة في هذه الفقرة الطويلة.',
    );
    const html = toHTML(doc);
    expect(html.startsWith('<article lang="ar" dir="rtl">')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('toHTML marks the quote in the text and names its speaker', () => {
    const doc = withQuote(parseArticle(ENGLISH, { quotes: false }), 'Some piers are simply gone.', 'Marcela Ibarra');
    const html = toHTML(doc);
    expect(html).toContain('<span class="quote" data-quote="q1" title="Marcela Ibarra">Some piers are simply gone.</span>');
    expect(html).toContain('<cite>Marcela Ibarra</cite>, <span class="role">the regional harbour master</span>');
  });

  it('toHTML gives an English paragraph inside Arabic its own dir', () => {
    const doc = parseArticle('قمة المناخ\nاختتمت القمة أعمالها أمس بعد مفاوضات طويلة.\nThe statement was published in English only, delegates said.');
    expect(toHTML(doc)).toContain('<p id="p2" dir="ltr" lang="en">');
  });
});
