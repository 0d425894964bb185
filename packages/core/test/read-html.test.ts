import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { readHtml } from '../src/read/html/index.js';
import type { ReadResult } from '../src/read/types.js';
import { expectValid } from './helpers.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/html', name), 'utf8');

/** The blocks as [kind/role, text] pairs: what a reader of the article sees, in order. */
function shape(read: ReadResult): [string, string][] {
  return read.blocks.map((b) => [b.role ?? (b.kind === 'heading' ? `h${b.depth}` : (b.kind ?? '?')), read.text.slice(b.start, b.end)]);
}

/** Every block is a trimmed, non-empty range; blocks are joined by exactly one blank line. */
function expectCanonical(read: ReadResult): void {
  const parts = read.blocks.map((b) => read.text.slice(b.start, b.end));
  expect(parts.join('\n\n')).toBe(read.text);
  for (const part of parts) {
    expect(part.length).toBeGreaterThan(0);
    expect(part).toBe(part.trim());
    expect(part).not.toMatch(/\s{2,}/);
  }
}

describe('readHtml: an English news page', () => {
  const html = fixture('english-news.html');
  const read = readHtml(html, { url: 'https://www.coastalherald.example/some/path' });

  it('keeps the article in order: title first, section headings, lists, blockquote, caption apart', () => {
    const blocks = shape(read);
    expect(blocks[0]).toEqual(['title', 'Harbour town votes to rebuild sea wall']);
    expect(blocks.filter(([k]) => k === 'h2').map(([, t]) => t)).toEqual(['Who will pay', 'What happens next']);
    expect(blocks.filter(([k]) => k === 'list-item')).toHaveLength(2);
    expect(blocks.find(([k]) => k === 'blockquote')?.[1]).toMatch(/^We support the wall, but the fishermen/);
    expect(blocks.filter(([k]) => k === 'paragraph')).toHaveLength(7);
    // The lead picture's caption sits between headline and body, outside the body's wrapper.
    expect(blocks[1]).toEqual(['caption', 'The old sea wall at Eastcliff was breached twice last winter. Photo: Herald staff']);
    // A paragraph ending in a picture credit is a caption that escaped <figcaption>.
    expect(blocks[blocks.length - 1]).toEqual([
      'caption',
      'Engineers surveyed the breach in January and said the old wall could not be patched again. (Image: Herald staff)',
    ]);
    expect(blocks[blocks.length - 2]?.[1]).toMatch(/^Work is due to begin next spring/);
    expectCanonical(read);
  });

  it('decodes entities and leaves out chrome, ads, related links, comments and scripts', () => {
    expect(read.text).toContain('the town’s crumbling sea wall, backing a £40m plan');
    expect(read.text).toContain("Thursday's ballot");
    for (const junk of [
      'cookies',
      'Sport',
      'Share on',
      'Advertisement',
      'Floods: what went wrong',
      'About time too',
      'morning briefing',
      'Most read',
      'All rights reserved',
      'Injected by a script',
      'Read more',
      'Home',
      'Updated at',
      'Follow Jane Porter',
    ]) {
      expect(read.text).not.toContain(junk);
    }
    // The headline is the title once, not repeated in the body; the byline is metadata, not a paragraph.
    expect(read.text.split('Harbour town votes').length).toBe(2);
    expect(read.text).not.toMatch(/By Jane Porter/);
  });

  it('reads metadata from JSON-LD @graph, OpenGraph and the canonical link (resolved against the url)', () => {
    expect(read.meta).toMatchObject({
      title: 'Harbour town votes to rebuild sea wall',
      byline: 'Jane Porter, Sam Reyes',
      published: '2026-11-29T08:30:00+00:00',
      site: 'The Coastal Herald',
      url: 'https://www.coastalherald.example/news/2026/11/29/sea-wall-vote',
      description: "Residents backed a £40m plan after last winter's floods.",
      lang: 'en-GB',
    });
    expect(read.messages).toEqual([]);
  });

  it('gives a valid document through parseArticle', () => {
    const doc = parseArticle(html, { format: 'html' });
    expect(doc.meta.format).toBe('html');
    expect(doc.title?.text).toBe('Harbour town votes to rebuild sea wall');
    expect(doc.lang).toBe('en');
    expect(doc.dir).toBe('ltr');
    expect(doc.children.map((s) => s.heading?.text ?? null)).toEqual([null, 'Who will pay', 'What happens next']);
    expect(doc.meta.byline).toBe('Jane Porter, Sam Reyes');
    expectValid(doc);
  });
});

describe('readHtml: an Arabic news page (RTL template, <br> paragraphs, printed byline and date)', () => {
  const html = fixture('arabic-news.html');
  const read = readHtml(html, {});

  it('finds the article in a div of <br><br>-separated text and keeps the caption apart', () => {
    const blocks = shape(read);
    expect(blocks[0]).toEqual(['title', 'وزير الطاقة: محطة الرياح الجديدة تغطي ربع حاجة المدينة']);
    expect(blocks.find(([k]) => k === 'caption')?.[1]).toBe('توربينات الرياح في المحطة الجديدة قرب الساحل الغربي');
    expect(blocks.filter(([k]) => k === 'h2').map(([, t]) => t)).toEqual(['ترحيب من المستثمرين']);
    const paragraphs = blocks.filter(([k]) => k === 'paragraph').map(([, t]) => t);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^أعلن وزير الطاقة، اليوم الأحد،/);
    expect(paragraphs[1]).toContain('«هذه خطوة أولى نحو خفض اعتمادنا على الوقود المستورد');
    expect(paragraphs[4]).toMatch(/بحلول عام 2030\.$/);
    expectCanonical(read);
  });

  it('leaves out menus, share links, «اقرأ أيضا», related news, tags and the footer', () => {
    for (const junk of ['الرئيسية', 'فيسبوك', 'اقرأ أيضا', 'مناقصة لمحطة شمسية', 'أخبار ذات صلة', 'الأكثر قراءة', 'جميع الحقوق محفوظة', 'الرياح</a>']) {
      expect(read.text).not.toContain(junk);
    }
  });

  it('reads the printed byline «كتب: …» and the date «الأحد 29 نوفمبر 2026»', () => {
    expect(read.meta.byline).toBe('أحمد سمير');
    expect(read.meta.published).toBe('2026-11-29');
    expect(read.meta.site).toBe('الجريدة اليومية');
    expect(read.meta.url).toBe('https://www.aljarida.example/economy/2026/11/29/wind-farm');
    expect(read.text).not.toContain('كتب:');
  });

  it('gives an Arabic RTL document with the caption as a caption paragraph', () => {
    const doc = parseArticle(html, { format: 'auto' });
    expect(doc.meta.format).toBe('html');
    expect(doc.lang).toBe('ar');
    expect(doc.dir).toBe('rtl');
    const paragraphs = doc.children.flatMap((s) => s.children);
    expect(paragraphs.filter((p) => p.data?.role === 'caption').map((p) => p.text)).toEqual(['توربينات الرياح في المحطة الجديدة قرب الساحل الغربي']);
    expectValid(doc);
  });
});

describe('readHtml: direction, structure and shapes of markup', () => {
  it('keeps an Arabic paragraph that opens with a Latin word right-to-left, whatever <html> says', () => {
    const html = `<html lang="en" dir="ltr"><body><article><h1>آبل تطلق هاتفا جديدا في الأسواق العربية</h1>
      <p>Apple أعلنت اليوم عن هاتفها الجديد، وقالت إنه سيصل إلى الأسواق العربية الشهر المقبل بسعر يبدأ من ألف دولار.</p>
      <p>وأضافت الشركة في بيان أن الهاتف يدعم اللغة العربية بالكامل، بما في ذلك التعرف على الصوت والكتابة اليدوية.</p>
      <p>iPhone هو الهاتف الأكثر مبيعا في المنطقة منذ سنوات، بحسب تقديرات شركات الأبحاث المستقلة في السوق.</p></article></body></html>`;
    const doc = parseArticle(html, { format: 'html' });
    expect(doc.dir).toBe('rtl');
    expect(doc.lang).toBe('ar');
    for (const p of doc.children.flatMap((s) => s.children)) expect(p.data?.dir).not.toBe('ltr');
    expectValid(doc);
  });

  it('reads malformed markup: unclosed tags, stray closers, unquoted attributes, entities', () => {
    const html = `<html><body><div class=content><h1>Broken page still reads</h1></section>
      <p>First paragraph of the story is here, with an unclosed paragraph tag and a stray closer.</span></div>
      <p>Second paragraph &amp; more text &mdash; still part of the same story, said the editor on Monday.
      <p>Third paragraph<b> with bold that never closes, and the story continues to its end here.`;
    const read = readHtml(html, {});
    const blocks = shape(read);
    expect(blocks[0]).toEqual(['title', 'Broken page still reads']);
    expect(blocks.slice(1).map(([, t]) => t)).toEqual([
      'First paragraph of the story is here, with an unclosed paragraph tag and a stray closer.',
      'Second paragraph & more text — still part of the same story, said the editor on Monday.',
      'Third paragraph with bold that never closes, and the story continues to its end here.',
    ]);
    expectCanonical(read);
  });

  it('keeps an embedded post as a blockquote, though its wrapper is named "social", and drops the share bar', () => {
    const html = `<article><h1>Governor defends campaign</h1><p>The governor defended the campaign on Monday, saying the attention was the point of it.</p>
      <div class="social-share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The whole point of this campaign is to raise awareness, and that is working.</p>— Governor (@governor) <a href="https://x.example/1">November 18, 2019</a></blockquote></div>
      <p>Critics said the slogan had become a joke far beyond the state, and asked what it had cost.</p></article>`;
    const read = readHtml(html, {});
    expect(shape(read).find(([k]) => k === 'blockquote')?.[1]).toBe('The whole point of this campaign is to raise awareness, and that is working.');
    expect(read.text).not.toContain('Facebook');
  });

  it('keeps the quotation marks browsers draw for <q>', () => {
    const read = readHtml('<article><p>The minister said <q>the port will reopen on Thursday</q> after talks with the unions ended.</p></article>', {});
    expect(read.text).toBe('The minister said “the port will reopen on Thursday” after talks with the unions ended.');
  });

  it('keeps <pre> lines and marks the block as preformatted', () => {
    const html = `<article><h1>How to install</h1><p>Run the installer from a terminal, then check the version it prints, as shown below.</p>
      <pre>npm install maqal\n\n\nmaqal --version</pre><p>The second command prints the version that was installed on the machine.</p></article>`;
    const read = readHtml(html, {});
    const pre = read.blocks.find((b) => b.role === 'pre');
    expect(pre && read.text.slice(pre.start, pre.end)).toBe('npm install maqal\nmaqal --version');
    expectCanonical(read);
  });

  it('reads a data-table row as one block, cells apart, and a layout table cell by cell', () => {
    const html = `<article><h1>League table</h1><p>The standings after the final round of the season, as published by the league on Sunday evening.</p>
      <table><tr><th>Team</th><th>Played</th><th>Points</th></tr><tr><td>Al Ahly</td><td>30</td><td>71</td></tr></table>
      <table><tr><td><p>A layout cell holds a paragraph of prose, and it stays a paragraph of its own.</p></td><td><p>So does its neighbour.</p></td></tr></table></article>`;
    const read = readHtml(html, {});
    expect(shape(read).slice(2)).toEqual([
      ['table-row', 'Team | Played | Points'],
      ['table-row', 'Al Ahly | 30 | 71'],
      ['paragraph', 'A layout cell holds a paragraph of prose, and it stays a paragraph of its own.'],
      ['paragraph', 'So does its neighbour.'],
    ]);
  });

  it('takes the title from og:title when the page has no heading, and strips the site from <title>', () => {
    const body =
      '<p>The bridge will close for repairs from Monday, the transport agency said on Friday evening.</p><p>Drivers should use the ring road, which will add about ten minutes to most journeys.</p>';
    const withOg = readHtml(
      `<head><meta property="og:title" content="Bridge to close for repairs"><title>Ignored | Daily</title></head><body>${body}</body>`,
      {},
    );
    expect(shape(withOg)[0]).toEqual(['title', 'Bridge to close for repairs']);
    const titleOnly = readHtml(`<head><title>Bridge to close for two weeks of repairs | The Daily Example</title></head><body>${body}</body>`, {});
    expect(shape(titleOnly)[0]).toEqual(['title', 'Bridge to close for two weeks of repairs']);
    expect(shape(titleOnly)).toHaveLength(3);
  });

  it('reads JSON-LD given as an array, ignores broken JSON-LD, and normalises dates to ISO', () => {
    const html = `<head><script type="application/ld+json">{ broken json </script>
      <script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":["NewsArticle"],"headline":"Port reopens","datePublished":"2026-03-05","author":"Lina Haddad","inLanguage":"ar"}]</script></head>
      <body><article><p>The port reopened on Thursday after a week of strikes, the harbour authority said in a statement.</p></article></body>`;
    const read = readHtml(html, {});
    expect(read.meta).toMatchObject({ title: 'Port reopens', published: '2026-03-05', byline: 'Lina Haddad', lang: 'ar' });
  });
});

describe('readHtml: pages with no article', () => {
  it('falls back to JSON-LD articleBody when the page is an app shell rendered by script', () => {
    const body =
      'The central bank raised its main rate by half a point on Thursday, its third rise this year.\nThe governor said inflation had not yet peaked and that further rises were possible in the spring, when the next forecast is due.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Central bank raises rates again', articleBody: body })}</script></head>
      <body><div id="root"></div><script src="/app.js"></script></body></html>`;
    const read = readHtml(html, {});
    expect(shape(read)).toEqual([
      ['title', 'Central bank raises rates again'],
      ['paragraph', 'The central bank raised its main rate by half a point on Thursday, its third rise this year.'],
      ['paragraph', 'The governor said inflation had not yet peaked and that further rises were possible in the spring, when the next forecast is due.'],
    ]);
    expect(read.messages).toEqual([]);
  });

  it('gives empty text and a no-article-content warning for a page of navigation only', () => {
    const html = '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2026</footer></body></html>';
    const read = readHtml(html, {});
    expect(read.text).toBe('');
    expect(read.blocks).toEqual([]);
    expect(read.messages).toEqual([expect.objectContaining({ ruleId: 'no-article-content', severity: 'warning', source: 'read' })]);
    const doc = parseArticle(html, { format: 'html' });
    expect(doc.messages.map((m) => m.ruleId)).toContain('no-article-content');
    expectValid(doc);
  });

  it('handles an empty document and one of scripts and styles only', () => {
    for (const html of ['', '<html></html>', '<script>alert(1)</script><style>p{}</style>', '<p>   &nbsp; </p>']) {
      const read = readHtml(html, {});
      expect(read.text).toBe('');
      expect(read.messages.map((m) => m.ruleId)).toEqual(['no-article-content']);
      expectValid(parseArticle(html, { format: 'html' }));
    }
  });
});
