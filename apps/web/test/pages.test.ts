import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ArticleDocument } from '@maqal/core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, CHROMIUM, cpuMs, FIXTURES, RESULTS, type Server, stageLanded, startServer } from './harness';

let server: Server;
let browser: Browser;
let context: BrowserContext;
/** Requests that tried to leave the machine: there must be none. */
const outside: string[] = [];
/** Uncaught errors and console errors (hydration mismatches among them) on any page: there must be none. */
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return page;
}

/**
 * The document the server holds for a fixture, from its own API: the page must render exactly
 * what the model says (the server's core is the one built into the app, which may differ from the
 * core the test process would load while core is being worked on).
 */
async function served(slug: string): Promise<ArticleDocument> {
  const response = await fetch(`${server.origin}/api/articles/${slug}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ArticleDocument;
}

function speakerOf(doc: ArticleDocument, quote: ArticleDocument['quotes'][number]): string | null {
  if (!quote.speaker) return null;
  const entity = quote.speaker.entityId ? doc.entities.find((e) => e.id === quote.speaker?.entityId) : undefined;
  return (entity?.name ?? quote.speaker.name).trim() || null;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('library page', () => {
  it('lists every fixture with its title, language and counts, linking to the article', async () => {
    const page = await open('/');
    const items = page.locator('.library-item');
    expect(await items.count()).toBe(4);
    const titles = await page.locator('.library-title a').allTextContents();
    expect(titles.sort()).toEqual(
      [
        'Riverton council approves a budget built around buses and bridges',
        'Security researchers warn about pasted markup in comment boxes',
        'روسيا تعرض على آسيا الوسطى خط غاز جديداً يمر عبر كازاخستان',
        'قمة المياه في عمّان تبحث أزمة الجفاف وتعد بصندوق إقليمي جديد',
      ].sort(),
    );
    const arabic = page.locator('.library-item[data-slug="ar-gas-pipeline"]');
    expect(await arabic.locator('.library-title').getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('.library-meta').textContent()).toContain('Arabic');
    const doc = await served('ar-gas-pipeline');
    expect(await arabic.locator('[data-count="quotes"]').textContent()).toBe(doc.quotes.length === 1 ? '1 quote' : `${doc.quotes.length} quotes`);
    expect(await arabic.locator('[data-count="entities"]').textContent()).toBe(doc.entities.length === 1 ? '1 entity' : `${doc.entities.length} entities`);
    // The HTML article carries its publication date.
    expect(await page.locator('.library-item[data-slug="en-city-budget"] time').getAttribute('datetime')).toBe('2025-03-12T09:30:00Z');
    await page.locator('.library-item[data-slug="en-city-budget"] .library-title a').click();
    await page.waitForURL('**/articles/en-city-budget');
    expect(await page.locator('article h1').textContent()).toBe('Riverton council approves a budget built around buses and bridges');
    await page.close();
  });

  it('searches titles (Arabic letter variants folded), speakers and entities, and keeps the query in the address', async () => {
    const page = await open('/');
    const search = page.getByLabel('Search titles, speakers and entities');
    await search.fill('riverton');
    await expect.poll(() => page.locator('.library-item').count()).toBe(1);
    expect(await page.locator('.library-item').getAttribute('data-slug')).toBe('en-city-budget');
    expect(new URL(page.url()).searchParams.get('q')).toBe('riverton');
    // 'عمان' without the hamza-less alef variant and shadda still finds 'عمّان'.
    await search.fill('قمة المياه في عمان');
    await expect.poll(() => page.locator('.library-item').count()).toBe(1);
    expect(await page.locator('.library-item').getAttribute('data-slug')).toBe('ar-water-summit');
    await search.fill('zzzz-nothing');
    await expect.poll(() => page.locator('.library-item').count()).toBe(0);
    expect(await page.locator('.empty').textContent()).toContain('zzzz-nothing');
    // Speakers and entities: whatever core finds in the fixtures must be searchable.
    const doc = await served('en-city-budget');
    const names = [...doc.quotes.map((q) => speakerOf(doc, q)), ...doc.entities.map((e) => e.name)].filter(
      (n): n is string => Boolean(n) && !doc.title?.text.includes(n as string),
    );
    for (const name of names.slice(0, 5)) {
      await search.fill(name);
      await expect.poll(() => page.locator('.library-item[data-slug="en-city-budget"]').count()).toBe(1);
      expect(await page.locator('.library-item[data-slug="en-city-budget"] .library-via').textContent()).toContain(name);
    }
    if (stageLanded('quotes') || stageLanded('entities')) expect(names.length).toBeGreaterThan(0);
    await page.close();
    // The query in the address restores the search on load.
    const restored = await open('/?q=riverton');
    expect(await restored.locator('.library-item').count()).toBe(1);
    await restored.close();
  });
});

describe('Arabic article page', () => {
  it('is an rtl article with its subheadings, an outline that tracks the current section, and downloads', async () => {
    const page = await open('/articles/ar-gas-pipeline');
    const article = page.locator('article');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.locator('h1').textContent()).toBe('روسيا تعرض على آسيا الوسطى خط غاز جديداً يمر عبر كازاخستان');
    expect(await article.locator('h2').allTextContents()).toEqual(['عرض موسكو', 'مخاوف الجيران', 'ما التالي']);
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The outline sits on the inline-start side, which for Arabic is the right.
    const outlineBox = await page.locator('.reader-outline').boundingBox();
    const articleBox = await article.boundingBox();
    expect(outlineBox && articleBox && outlineBox.x > articleBox.x).toBe(true);
    const links = page.locator('.outline a');
    expect(await links.allTextContents()).toEqual(['عرض موسكو', 'مخاوف الجيران', 'ما التالي']);
    await page.setViewportSize({ width: 1280, height: 500 });
    await links.nth(1).click();
    await expect.poll(() => links.nth(1).getAttribute('aria-current')).toBe('location');
    expect(await links.nth(0).getAttribute('aria-current')).toBeNull();
    // Scrolling by hand (End) hands tracking back to the reading position.
    await page.locator('article h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
    await expect.poll(() => links.nth(2).getAttribute('aria-current')).toBe('location');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => links.nth(0).getAttribute('aria-current')).toBe('location');
    expect(await links.nth(2).getAttribute('aria-current')).toBeNull();
    // Downloads point at the API, as JSON and as Markdown.
    const hrefs = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/api/articles/ar-gas-pipeline?download=1', '/api/articles/ar-gas-pipeline?format=markdown&download=1']);
    const download = await Promise.all([page.waitForEvent('download'), page.locator('.downloads a').nth(1).click()]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe('ar-gas-pipeline.md');
    const saved = readFileSync((await download.path()) as string, 'utf8');
    expect(saved.startsWith('# روسيا تعرض')).toBe(true);
    await page.close();
  });

  it('marks every quote core finds in the text and lists it beside, under its speaker; a click scrolls to it', async () => {
    let total = 0;
    for (const slug of ['ar-gas-pipeline', 'ar-water-summit', 'en-city-budget']) {
      const doc = await served(slug);
      total += doc.quotes.length;
      const page = await open(`/articles/${slug}`);
      expect(await page.locator('.quotes-panel [data-quote-item]').count()).toBe(doc.quotes.length);
      for (const quote of doc.quotes) {
        const group = page.locator('.quotes-panel .speaker-group', { has: page.locator(`[data-quote-item="${quote.id}"]`) });
        expect(await group.count()).toBe(1);
        const speaker = speakerOf(doc, quote);
        const heading = group.locator('.speaker-name');
        expect(await heading.isVisible()).toBe(true);
        if (speaker) expect(await heading.getAttribute('data-speaker')).toBe(speaker);
        expect(await page.locator(`article [data-quote="${quote.id}"]`).count()).toBeGreaterThan(0);
        // The words naming the speaker are marked in the text, exactly the span the model gives.
        if (quote.speakerSpan) {
          const named = await page.locator(`article [data-speaker-of~="${quote.id}"]`).allTextContents();
          expect(named.join('')).toBe(quote.speakerSpan.text);
        }
      }
      const first = doc.quotes[0];
      if (first) {
        await page.locator(`.quotes-panel [data-quote-item="${first.id}"] a`).click();
        await page.waitForURL(`**#quote-${first.id}`);
        const target = page.locator(`#quote-${first.id}`);
        await expect.poll(() => target.evaluate((el) => el.classList.contains('is-focused'))).toBe(true);
        await expect
          .poll(async () => {
            const box = await target.boundingBox();
            return box !== null && box.y >= 0 && box.y < 900;
          })
          .toBe(true);
      } else {
        expect(await page.locator('.quotes-panel .empty').isVisible()).toBe(true);
      }
      await page.close();
    }
    // Once core's quote stage has landed, the fixtures (written with quotes and named speakers) must show some.
    if (stageLanded('quotes')) expect(total).toBeGreaterThan(0);
  });

  it('highlights entities by kind; a legend toggle hides that kind, another click brings it back', async () => {
    const page = await open('/articles/ar-gas-pipeline');
    const doc = await served('ar-gas-pipeline');
    const toggles = page.locator('.legend-toggle');
    expect(await toggles.count()).toBe(6);
    const marks = page.locator('article mark.ent');
    const mentions = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(await marks.count()).toBeGreaterThanOrEqual(Math.min(mentions, 1));
    if (stageLanded('entities')) expect(mentions).toBeGreaterThan(0);
    expect(await page.locator('.entities-panel [data-entity-item]').count()).toBe(doc.entities.length);
    const kind = doc.entities[0]?.kind ?? 'person';
    const toggle = page.locator(`.legend-toggle[data-kind="${kind}"]`);
    const ofKind = page.locator(`article mark.ent-${kind}`);
    // A highlight is the kind's tint and underline; a mark inside a quote keeps the quote's tint when hidden.
    const styles = () =>
      ofKind.evaluateAll((els) =>
        els.map((el) => ({ bg: getComputedStyle(el).backgroundColor, line: getComputedStyle(el).boxShadow, quote: el.classList.contains('quote') })),
      );
    const quoteBg = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'quote';
      document.querySelector('article')?.append(probe);
      const bg = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return bg;
    });
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const markCount = await ofKind.count();
    if (doc.entities.some((e) => e.kind === kind && e.mentions.length > 0)) expect(markCount).toBeGreaterThan(0);
    for (const style of await styles()) {
      expect(style.line).not.toBe('none');
      expect([transparent, quoteBg]).not.toContain(style.bg);
    }
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await page.locator('#reader').getAttribute('data-hide'))?.split(' ')).toContain(kind);
    for (const style of await styles()) {
      expect(style.line).toBe('none');
      expect(style.bg).toBe(style.quote ? quoteBg : transparent);
    }
    // Other kinds keep their highlights, and the text itself stays.
    const others = page.locator(`article mark.ent:not(.ent-${kind})`);
    for (const line of await others.evaluateAll((els) => els.map((el) => getComputedStyle(el).boxShadow))) expect(line).not.toBe('none');
    expect(await ofKind.count()).toBe(markCount);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#reader').getAttribute('data-hide')).toBeNull();
    for (const style of await styles()) expect(style.line).not.toBe('none');
    // Every entity in the index links to its mentions in the text.
    for (const entity of doc.entities) {
      const links = page.locator(`.entities-panel [data-entity-item="${entity.id}"] .mention-links a`);
      expect(await links.count()).toBe(entity.mentions.length);
      if (entity.mentions.length > 0) expect(await page.locator(`#mention-${entity.id}-0`).count()).toBe(1);
    }
    await page.close();
  });

  it('is reachable by keyboard: skip link, then the legend toggles work with the keyboard', async () => {
    const page = await open('/articles/ar-gas-pipeline');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('legend-toggle') ?? false);
    }
    expect(reached).toBe(true);
    const kind = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kind);
    await page.keyboard.press('Space');
    expect(await page.locator(`.legend-toggle[data-kind="${kind}"]`).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('writes a screenshot of the Arabic article (light and dark)', async () => {
    mkdirSync(RESULTS, { recursive: true });
    // A fresh context: no legend toggles remembered from the tests before.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await fresh.newPage();
    await page.goto(`${server.origin}/articles/ar-gas-pipeline`, { waitUntil: 'networkidle' });
    const file = join(RESULTS, 'arabic-article.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(20_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = join(RESULTS, 'arabic-article-dark.png');
    await page.screenshot({ path: dark, fullPage: false });
    expect(statSync(dark).size).toBeGreaterThan(20_000);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 27)');
    await fresh.close();
  });
});

describe('safety', () => {
  it('shows <script> and onerror= from an article as text and runs nothing', async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.origin}/articles/en-markup-in-text`, { waitUntil: 'networkidle' });
    const text = await page.locator('article').textContent();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('article script, article img').count()).toBe(0);
    // No script element came from the article (the RSC data carries the text, escaped, as data).
    expect(await page.evaluate(() => [...document.scripts].some((s) => /^\s*alert\(/.test(s.textContent ?? '')))).toBe(false);
    const html = await (await fetch(`${server.origin}/articles/en-markup-in-text`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('read your own', () => {
  it('parses pasted text and shows it without adding it to the library', async () => {
    const page = await open('/read');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const pasted =
      'وزير المالية يعرض الموازنة\n\nالأرقام\n\nقال وزير المالية محمد العسعس إن العجز سينخفض هذا العام. وأضاف أن "الإصلاح مستمر" <script>alert(1)</script>.\n';
    await page.getByLabel('Paste an article').fill(pasted);
    await page.getByRole('button', { name: 'Read' }).click();
    const article = page.locator('.read-result article');
    await article.waitFor();
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.locator('h1').textContent()).toBe('وزير المالية يعرض الموازنة');
    expect(await article.locator('h2').allTextContents()).toEqual(['الأرقام']);
    expect(await article.textContent()).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    // Download of the pasted article goes back through /api/parse.
    const download = await Promise.all([page.waitForEvent('download'), page.locator('.downloads button', { hasText: 'JSON' }).click()]).then(([d]) => d);
    const saved = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(saved.title.text).toBe('وزير المالية يعرض الموازنة');
    const list = (await (await fetch(`${server.origin}/api/articles`)).json()) as unknown[];
    expect(list).toHaveLength(4);
    await page.close();
  });

  it('parses an uploaded .html file by its extension, and says why an empty paste cannot be read', async () => {
    const page = await open('/read');
    await page
      .getByLabel('or upload a file')
      .setInputFiles({ name: 'budget.html', mimeType: 'text/html', buffer: readFileSync(join(FIXTURES, 'en-city-budget.html')) });
    await page.getByRole('button', { name: 'Read' }).click();
    const article = page.locator('.read-result article');
    await article.waitFor();
    expect(await article.getAttribute('lang')).toBe('en');
    expect(await article.getAttribute('dir')).toBe('ltr');
    expect(await article.locator('h2').allTextContents()).toEqual(['What changes for riders', 'The bridges', 'What happens next']);
    expect(await article.textContent()).not.toContain('© Riverton Ledger');
    await page.close();
    const empty = await open('/read');
    await empty.getByRole('button', { name: 'Read' }).click();
    const error = empty.locator('.read-result [role="alert"]');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('empty');
    await empty.close();
  });
});

describe('who said what', () => {
  it('lists every speaker across the library with their quotes, linking into the articles', async () => {
    const page = await open('/speakers');
    const expected = new Map<string, number>();
    for (const slug of ['ar-gas-pipeline', 'ar-water-summit', 'en-city-budget', 'en-markup-in-text']) {
      const doc = await served(slug);
      for (const quote of doc.quotes) {
        const speaker = speakerOf(doc, quote);
        if (speaker) expected.set(speaker, (expected.get(speaker) ?? 0) + 1);
      }
    }
    const shown = await page
      .locator('.speakers-list .speaker')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-speaker'), el.querySelectorAll('.speaker-quotes > li').length]));
    // Names that differ only by Arabic letter variants are one speaker on the page.
    expect(shown.reduce((n, [, count]) => n + (count as number), 0)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    for (const name of expected.keys()) {
      expect(await page.locator('.speakers-list .speaker-name', { hasText: name }).count()).toBeGreaterThan(0);
    }
    const firstLink = page.locator('.quote-source a').first();
    if ((await firstLink.count()) > 0) {
      const href = (await firstLink.getAttribute('href')) as string;
      expect(href).toMatch(/^\/articles\/[^/]+#quote-q\d+$/);
      await firstLink.click();
      await page.waitForURL(`**${href}`);
      expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
    } else {
      expect(await page.locator('.lede').textContent()).toContain('No speakers found yet');
    }
    if (stageLanded('quotes')) expect(expected.size).toBeGreaterThan(0);
    await page.close();
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violations (${scheme})`, async () => {
      const found: string[] = [];
      for (const path of ['/', '/articles/ar-gas-pipeline', '/articles/en-city-budget', '/articles/ar-water-summit', '/speakers', '/read']) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        for (const violation of await seriousViolations(page)) found.push(`${path}: ${violation}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('budgets', () => {
  it('renders a 12 KB article on the server within 100 ms', async () => {
    const size = statSync(join(FIXTURES, 'ar-water-summit.txt')).size;
    expect(size).toBeGreaterThanOrEqual(12 * 1024);
    const url = `${server.origin}/articles/ar-water-summit`;
    const cold = performance.now();
    await (await fetch(url)).text();
    const coldMs = performance.now() - cold;
    for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    // Render cost is the CPU the server spends per request, measured from /proc: wall time on a
    // shared CI machine also counts other jobs' turns on the CPU. Both are reported.
    const runs = 20;
    const times: number[] = [];
    const cpuBefore = cpuMs(server.pid);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const response = await fetch(url);
      expect(response.status).toBe(200);
      await response.text();
      times.push(performance.now() - start);
    }
    const cpuPerRender = (cpuMs(server.pid) - cpuBefore) / runs;
    times.sort((a, b) => a - b);
    const median = times[runs / 2] as number;
    console.log(
      `article page server render, ${size} bytes: first fetch in this test ${coldMs.toFixed(0)} ms; warm: ${cpuPerRender.toFixed(1)} ms CPU per render, wall median ${median.toFixed(1)} ms, min ${(times[0] as number).toFixed(1)} ms`,
    );
    expect(cpuPerRender).toBeLessThanOrEqual(100);
    // Wall time may exceed the CPU time only by waiting, never by a slow path of our own: keep it within reach.
    expect(times[0] as number).toBeLessThanOrEqual(250);
  });

  it('ships at most 150 KB of JavaScript (gzipped) on the article page, as the browser loads it', async () => {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
    });
    await page.goto(`${server.origin}/articles/ar-water-summit`, { waitUntil: 'networkidle' });
    // Interacting must not pull in more code than the budget either.
    await page.locator('.legend-toggle').first().click();
    await page.locator('.outline a').last().click();
    await page.waitForLoadState('networkidle');
    expect(scripts.size).toBeGreaterThan(0);
    let raw = 0;
    let gzipped = 0;
    for (const body of scripts.values()) {
      const bytes = await body;
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    const html = await (await fetch(`${server.origin}/articles/ar-water-summit`)).text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1] as string), 0);
    console.log(
      `article page JS: ${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (plus ${(inline / 1024).toFixed(1)} KB inline RSC data in the HTML)`,
    );
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);
    await page.close();
  });

  it('sent no request off the machine (fonts are local)', () => {
    expect(outside).toEqual([]);
  });

  it('logged no script error or console error on any page it opened', () => {
    expect(pageErrors).toEqual([]);
  });
});
