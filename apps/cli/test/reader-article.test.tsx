import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Colours are decided when chalk loads: force them, as a colour terminal would, before the imports below run.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

import { type ArticleDocument, annotateArticle, parseArticle, parseStructure } from '@maqal/core';
import App from '../src/reader/app.js';
import ArticleScreen, { textColumnWidth } from '../src/reader/article-screen.js';
import { layoutArticle, layoutHead } from '../src/reader/layout.js';
import { type ArticleEntry, entryOfFile, loadEntry } from '../src/reader/sources.js';
import { council, dushanbe, fixturePath, parseFixture } from './fixtures/documents.js';
import { ANSI, ENTER, ESC, plain, press, type Rendered, reversedByGrapheme, tick } from './fixtures/terminal.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

/** The reader on one document; resolves once Ink listens for keys (it subscribes after the first frame). */
async function open(doc = dushanbe(), color = true): Promise<Rendered> {
  const entry: ArticleEntry = { path: 'fixture.txt', name: 'fixture.txt', state: 'ready', doc };
  app = render(<App entries={[entry]} bidi="app" color={color} />);
  await tick(100);
  return app;
}
const lines = (r: Rendered) => plain(r).split('\n');
const statusOf = (r: Rendered) => lines(r).at(-1) ?? '';

describe('article view (Arabic)', () => {
  it('shows the title in visual order, right-aligned like its paragraphs', async () => {
    const r = await open();
    const doc = dushanbe();
    const title = doc.title!.text;
    const first = lines(r)[0] as string;
    expect(first.trim()).toBe(reversedByGrapheme(title));
    // Right-aligned: the title ends in the same column as the full lines of the paragraph below.
    const paragraphLine = lines(r).find((l) => l.includes(reversedByGrapheme('وصل الرئيس')));
    expect(paragraphLine).toBeDefined();
    const cells = (line: string) => line.replace(/\p{M}/gu, '').trimEnd().length; // marks take no cell
    expect(cells(first)).toBe(cells(paragraphLine!));
  });

  it('colours an entity where bidi put it: the colour follows the reordered words', async () => {
    const frame = (await open()).lastFrame() ?? '';
    // cyan (person) around "فلاديمير بوتين" as it reads on screen, last word first.
    expect(frame).toMatch(new RegExp(`\\x1b\\[36m${reversedByGrapheme('فلاديمير بوتين')}\\x1b\\[39m`));
    // green (location) around دوشنبه.
    expect(frame).toMatch(new RegExp(`\\x1b\\[32m${reversedByGrapheme('دوشنبه')}\\x1b\\[39m`));
  });

  it('marks quoted lines with a bar on the right and names the speaker', async () => {
    const r = await open();
    await press(r, 'd');
    const quoted = lines(r).filter((l) => l.trimEnd().endsWith('┃'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(plain(r)).toContain(reversedByGrapheme('— آصف ملحم، مدير مركز GSM للأبحاث في موسكو').replace(reversedByGrapheme('GSM'), 'GSM'));
  });

  it('shows a status line with the section, position and keys', async () => {
    const r = await open();
    expect(statusOf(r)).toMatch(/\d+% · .*\? help · q quit/);
    await press(r, 'G');
    expect(statusOf(r)).toContain('100%');
    // The section shown is the one at the top of the screen.
    expect(statusOf(r)).toMatch(new RegExp(`${reversedByGrapheme('ملفات الأمن والحدود')}|${reversedByGrapheme('العلاقات الاقتصادية')}`));
    await press(r, 'g');
    expect(lines(r)[0]?.trim()).toBe(reversedByGrapheme(dushanbe().title!.text));
  });

  it('scrolls by line, page and half page, and back', async () => {
    const r = await open();
    const top0 = lines(r)[0];
    await press(r, 'j');
    const top1 = lines(r)[0];
    expect(top1).not.toBe(top0);
    expect(lines(r)[0]).toBe(top1);
    await press(r, 'k');
    expect(lines(r)[0]).toBe(top0);
    await press(r, ' ');
    const paged = lines(r)[0];
    expect(paged).not.toBe(top0);
    await press(r, 'b');
    expect(lines(r)[0]).toBe(top0);
    await press(r, 'd', 'u');
    expect(lines(r)[0]).toBe(top0);
    await press(r, '\x1b[B'); // arrow down
    expect(lines(r)[0]).toBe(top1);
  });

  it('acts on every key of a burst (keys faster than Ink reads arrive as one chunk)', async () => {
    const one = await open();
    await press(one, 'j', 'j', 'j');
    const expected = lines(one)[0];
    one.unmount();
    const burst = await open();
    await press(burst, 'jjj');
    expect(lines(burst)[0]).toBe(expected);
    await press(burst, '/موسكو\rn');
    expect(statusOf(burst)).toMatch(/ 2\/\d/);
  });

  it('searches with /, steps with n and N, and highlights the hit', async () => {
    const r = await open();
    const doc = dushanbe();
    const count = doc.text.split('موسكو').length - 1;
    expect(count).toBeGreaterThan(1);
    await press(r, '/', 'موسكو', ENTER);
    expect(statusOf(r)).toContain(`1/${count}`);
    await press(r, 'n');
    expect(statusOf(r)).toContain(`2/${count}`);
    await press(r, 'N', 'N');
    expect(statusOf(r)).toContain(`${count}/${count}`);
    // The current hit is painted black on yellow.
    expect(r.lastFrame()).toMatch(/\x1b\[43m/);
  });

  it('search ignores harakat and hamza forms', async () => {
    const r = await open();
    await press(r, '/', 'اسيا', ENTER);
    expect(statusOf(r)).toMatch(/ 1\/\d/);
  });

  it('says so when nothing matches', async () => {
    const r = await open();
    await press(r, '/', 'zzzz', ENTER);
    expect(statusOf(r)).toContain('Not found: zzzz');
  });

  it('t lists both subheadings and jumps to one', async () => {
    const r = await open();
    await press(r, 't');
    const outline = plain(r);
    expect(outline).toContain('Outline');
    expect(outline).toContain(reversedByGrapheme('ملفات الأمن والحدود'));
    expect(outline).toContain(reversedByGrapheme('العلاقات الاقتصادية'));
    await press(r, 'G', ENTER);
    // The last section is near the end, so the view scrolls as far as it can: the heading is on screen, the title is not.
    expect(lines(r).map((l) => l.trim())).toContain(reversedByGrapheme('العلاقات الاقتصادية'));
    expect(plain(r)).not.toContain(reversedByGrapheme(dushanbe().title!.text));
    await press(r, 't', 'g', 'j', 'j', ENTER);
    expect(lines(r)[0]?.trim()).toBe(reversedByGrapheme('ملفات الأمن والحدود'));
  });

  it('s groups quotes by speaker and jumps to one; n goes to the same speaker’s next quote', async () => {
    const r = await open();
    await press(r, 's');
    const panel = plain(r);
    expect(panel).toContain('Quotes (4) by speaker');
    expect(panel).toContain(reversedByGrapheme('آصف ملحم'));
    expect(panel).toContain(reversedByGrapheme('رامي القليوبي'));
    await press(r, 'G', ENTER); // the last quote: القليوبي's second
    expect(statusOf(r)).toContain('2/2');
    expect(statusOf(r)).toContain(reversedByGrapheme('رامي القليوبي'));
    await press(r, 'n');
    expect(statusOf(r)).toContain('1/2');
  });

  it('e lists entities by kind with mention counts and steps through mentions', async () => {
    const r = await open();
    const doc = dushanbe();
    const moscow = doc.entities.find((e) => e.name === 'موسكو')!;
    await press(r, 'e');
    const panel = plain(r);
    expect(panel).toContain('People');
    expect(panel).toContain('Places');
    expect(panel).toContain(`${moscow.mentions.length}×`);
    await press(r, '/', 'موسكو');
    expect(plain(r)).not.toContain(reversedByGrapheme('دوشنبه'));
    await press(r, ENTER);
    await press(r, ENTER);
    expect(statusOf(r)).toContain(`1/${moscow.mentions.length}`);
    await press(r, 'n');
    expect(statusOf(r)).toContain(`2/${moscow.mentions.length}`);
    await press(r, ESC);
    expect(statusOf(r)).not.toContain(`/${moscow.mentions.length}`);
  });

  it('? lists every key, q among them as quit; Esc goes back', async () => {
    const r = await open();
    await press(r, '?');
    const help = plain(r);
    for (const key of ['j', 'space', 'PgDn', 'd  /  u', 'G', '/', 'n  /  N', 't', 's', 'e', 'Esc', 'q']) expect(help).toContain(key);
    expect(help).toMatch(/q\s+.*quit/);
    await press(r, ESC);
    expect(statusOf(r)).toContain('% ·');
  });

  it('re-wraps to a new width on resize', async () => {
    const r = await open();
    const wide = lines(r).length;
    Object.defineProperty(r.stdout, 'columns', { configurable: true, get: () => 50 });
    r.stdout.emit('resize');
    await tick();
    const narrow = lines(r);
    expect(narrow.length).toBe(wide); // the screen height does not change …
    for (const line of narrow.slice(0, -1)) expect(line.trimEnd().length).toBeLessThanOrEqual(50);
    // … but the text does: the first paragraph now takes more lines.
    const first = narrow.findIndex((l) => l.includes(reversedByGrapheme('وصل')));
    expect(narrow[first + 2]?.trim()).not.toBe('');
  });

  it('without colour (NO_COLOR) keeps emphasis and drops every colour code', async () => {
    const frame = (await open(dushanbe(), false)).lastFrame() ?? '';
    expect(frame).not.toMatch(/\x1b\[(3[0-7]|9[0-7]|4[0-7])m/);
    expect(frame).toMatch(/\x1b\[1m/);
  });
});

describe('--bidi terminal and off', () => {
  it('writes logical order, left-aligned, for a terminal that reorders by itself', async () => {
    for (const bidi of ['terminal', 'off'] as const) {
      const doc = dushanbe();
      app = render(<App entries={[{ path: 'f.txt', name: 'f.txt', state: 'ready', doc }]} bidi={bidi} color={false} />);
      await tick(100);
      const first = lines(app)[0] as string;
      expect(first.trim()).toBe(doc.title!.text);
      expect(first.indexOf(doc.title!.text)).toBeLessThan(6);
      app.unmount();
    }
  });
});

describe('article view (English)', () => {
  it('is left-aligned in reading order, quotes attributed', async () => {
    const r = await open(council());
    const first = lines(r)[0] as string;
    expect(first.trim()).toBe('City Council Approves New Library Budget After Long Debate');
    expect(first.indexOf('City')).toBeLessThan(6);
    expect(plain(r)).toContain('— Laura Chen, Mayor');
    await press(r, 't');
    expect(plain(r)).toContain('Opposition on the council');
    expect(plain(r)).toContain('What happens next');
  });
});

describe('edge cases and costs', () => {
  it('says so when an article has nothing to read', async () => {
    const r = await open(parseArticle(''));
    expect(plain(r)).toContain('Nothing to read in this article: ');
    expect(statusOf(r)).toContain('q quit');
  });

  it('lays an article out once per width: scrolling reuses it, a resize re-wraps only', async () => {
    const doc = dushanbe();
    const wide = layoutArticle(doc, 80, 'app');
    expect(layoutArticle(doc, 80, 'app')).toBe(wide);
    const narrow = layoutArticle(doc, 40, 'app');
    expect(narrow).not.toBe(wide);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    // Every text line of the narrow layout fits, and no letter was lost in re-wrapping (only breaking spaces go).
    for (const line of narrow.lines) expect(line.indent + line.cells.reduce((w, c) => w + c.width, 0)).toBeLessThanOrEqual(40);
    // The head drawn for the first frame is exactly the start of the full layout.
    const fresh = dushanbe();
    const head = layoutHead(fresh, 80, 'app', 6);
    expect(head.complete).toBe(false);
    expect(head.lines.length).toBeLessThan(layoutArticle(fresh, 80, 'app').lines.length);
    const text = (l: typeof wide) => l.lines.map((x) => `${x.indent}|${x.cells.map((c) => c.text).join('')}`);
    expect(text(head)).toEqual(text(layoutArticle(fresh, 80, 'app')).slice(0, head.lines.length));
    const shown = (l: typeof wide) =>
      l.lines.filter((x) => x.kind === 'paragraph').flatMap((x) => x.cells.filter((c) => c.text.trim() !== '').map((c) => c.offset));
    expect(new Set(shown(narrow))).toEqual(new Set(shown(wide)));
  });
});

describe('an article as core parses it today', () => {
  it('renders whatever annotations exist, and the panels say when there are none', async () => {
    const doc = parseFixture('council.en.txt');
    const r = await open(doc);
    expect(lines(r)[0]?.trim()).toBe('City Council Approves New Library Budget After Long Debate');
    await press(r, 's');
    expect(plain(r)).toContain(doc.quotes.length === 0 ? 'No quotes found' : doc.quotes[0]!.text.slice(0, 10));
    await press(r, 'q', 'e');
    expect(plain(r)).toContain(doc.entities.length === 0 ? 'No entities found' : `Entities (${doc.entities.length})`);
  });
});

describe('structure first, annotations after', () => {
  it('draws the structure in the first frame, then paints the annotations when the annotator has loaded', async () => {
    const entry = loadEntry(entryOfFile(fixturePath('dushanbe.ar.txt')));
    expect(entry.annotations).toBe('pending');
    expect(entry.doc?.quotes).toEqual([]);
    const r = render(<App entries={[entry]} bidi="app" color={false} />);
    app = r;
    const first = (r.frames[0] ?? '').replace(ANSI, '');
    expect(first).toContain(reversedByGrapheme(entry.doc!.title!.text));
    expect(first.split('\n').at(-1)).toContain('annotating…');
    for (let waited = 0; statusOf(r).includes('annotating') && waited < 20000; waited += 50) await tick(50);
    expect(statusOf(r)).not.toContain('annotating');
    // What core's full parse finds is now on screen.
    const full = parseFixture('dushanbe.ar.txt');
    expect(entry.annotations).toBe('done');
    expect(entry.doc?.quotes.length).toBe(full.quotes.length);
    expect(entry.doc?.entities.length).toBe(full.entities.length);
    await press(r, 's');
    expect(plain(r)).toContain(full.quotes.length === 0 ? 'No quotes found' : `Quotes (${full.quotes.length})`);
  });

  it('keeps the same words at the top when the annotated document replaces the structure', async () => {
    const read = () => parseStructure(readFileSync(fixturePath('dushanbe.ar.txt')), { format: 'text' });
    const structure = read();
    const annotated = { ...annotateArticle(read()) };
    expect(annotated.quotes.length).toBeGreaterThan(0);
    // A top line after the first quoted paragraph: the speaker line the annotations add above it
    // would move it if the place were kept by line number.
    const quoted = annotated.children.flatMap((s) => s.children).find((p) => p.id === annotated.quotes[0]?.paragraphId);
    const lines0 = layoutArticle(structure, textColumnWidth(80), 'app').lines;
    const initialTop = lines0.findIndex((l) => l.kind === 'paragraph' && l.start > (quoted?.position.end.offset as number));
    const rows = 10;
    expect(initialTop).toBeGreaterThan(0);
    expect(initialTop).toBeLessThanOrEqual(lines0.length - (rows - 1));
    const screen = (doc: ArticleDocument, annotating: boolean) => (
      <ArticleScreen doc={doc} annotating={annotating} size={{ columns: 80, rows }} bidi="app" color={false} initialTop={initialTop} onQuit={() => {}} />
    );
    const r = render(screen(structure, true));
    app = r;
    await tick(100);
    await press(r, 's');
    expect(plain(r)).toContain('Still annotating');
    await press(r, ESC);
    const top = lines(r)[0];
    expect(top?.trim()).not.toBe('');
    r.rerender(screen(annotated, false));
    await tick(100);
    // The same words (the line may now carry a quote bar).
    expect(lines(r)[0]?.replace('┃', ' ')).toBe(top);
    expect(statusOf(r)).not.toContain('annotating');
  });
});
