import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { checkArticle } from '@maqal/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Server, startServer } from './harness';

let server: Server;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent byte for byte (fetch would normalise `..` away before it left). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: Buffer | ((write: (chunk: Buffer) => boolean) => Promise<void>) } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may answer 413 and close before a large body is fully sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const body = options.body;
    if (typeof body === 'function') {
      body((chunk) => req.write(chunk)).then(
        () => req.end(),
        () => req.end(),
      );
    } else {
      req.end(body);
    }
  });
}

describe('GET /api/articles', () => {
  it('lists every article of the library with exactly the documented fields', async () => {
    const response = await fetch(`${server.origin}/api/articles`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await response.json()) as Record<string, unknown>[];
    expect(list.map((a) => a.slug).sort()).toEqual(['ar-gas-pipeline', 'ar-water-summit', 'en-city-budget', 'en-markup-in-text']);
    for (const item of list) {
      expect(Object.keys(item).sort()).toEqual(['dir', 'entities', 'lang', 'quotes', 'slug', 'title']);
      expect(typeof item.quotes).toBe('number');
      expect(typeof item.entities).toBe('number');
    }
    const arabic = list.find((a) => a.slug === 'ar-gas-pipeline');
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl', title: 'روسيا تعرض على آسيا الوسطى خط غاز جديداً يمر عبر كازاخستان' });
    expect(list.find((a) => a.slug === 'en-city-budget')).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      title: 'Riverton council approves a budget built around buses and bridges',
    });
  });
});

describe('GET /api/articles/{slug}', () => {
  it('answers the ArticleDocument, valid against the model invariants', async () => {
    const response = await fetch(`${server.origin}/api/articles/ar-gas-pipeline`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.type).toBe('article');
    expect(doc.version).toBe(1);
    expect(doc.lang).toBe('ar');
    expect(doc.meta.format).toBe('markdown');
    expect(doc.children.map((s: { heading: { text: string } | null }) => s.heading?.text ?? null)).toEqual(['عرض موسكو', 'مخاوف الجيران', 'ما التالي']);
    expect(checkArticle(doc)).toEqual([]);
  });

  it('answers Markdown with ?format=markdown and offers a file with ?download', async () => {
    const response = await fetch(`${server.origin}/api/articles/en-city-budget?format=markdown&download=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(response.headers.get('content-disposition')).toContain('en-city-budget.md');
    expect((await response.text()).startsWith('# Riverton council approves')).toBe(true);
  });

  it('answers 404 with an error body for an unknown slug', async () => {
    const response = await fetch(`${server.origin}/api/articles/no-such-article`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
  });

  it('never lets a slug reach outside the library: encoded dots and slashes, absolute paths → 404', async () => {
    // secret.txt sits in the library's parent folder; package.json and /etc/hostname exist too.
    const attempts = [
      '/api/articles/..%2Fsecret',
      '/api/articles/..%2fsecret.txt',
      '/api/articles/%2E%2E%2Fsecret',
      '/api/articles/..%5Csecret',
      '/api/articles/ar-gas-pipeline%2F..%2F..%2Fsecret',
      `/api/articles/${encodeURIComponent(join(server.parent, 'secret'))}`,
      `/api/articles/${encodeURIComponent(join(server.parent, 'secret.txt'))}`,
      '/api/articles/%2Fetc%2Fhostname',
      '/api/articles/..%2F..%2F..%2F..%2Fpackage',
      '/api/articles/ar-gas-pipeline.md',
      '/api/articles/%00',
      '/articles/..%2Fsecret',
      '/articles/%2Fetc%2Fhostname',
      `/articles/${encodeURIComponent(join(server.parent, 'secret'))}`,
    ];
    for (const path of attempts) {
      const response = await raw(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).not.toContain('never in it');
    }
  });

  it('answers 404 for dot segments as browsers send them, and never a document when sent raw', async () => {
    // Clients resolve `..` before sending (RFC 3986) and follow Next's slash-collapsing redirect,
    // so what a browser ends on is 404.
    for (const path of [
      '/api/articles/..',
      '/api/articles/%2e%2e',
      '/api/articles/../../secret',
      '/api/articles//etc/hostname',
      '/api/articles/%2F%2Fetc%2Fhostname',
    ]) {
      const response = await fetch(`${server.origin}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain('never in it');
    }
    // Sent byte for byte, Next resolves the dot segment itself before routing (a redirect to /api, or
    // the page the path resolves to): the slug '..' never reaches the app, and no file is read.
    for (const path of ['/api/articles/..', '/api/articles/%2e%2e', '/api/articles/../../secret', '/api/articles/./../secret']) {
      const response = await raw(path);
      expect([404, 308]).toContain(response.status);
      expect(response.body).not.toContain('never in it');
      expect(response.body).not.toContain('"type":"article"');
    }
  });

  it('parses each file once and again only when it changes (cache by mtime)', async () => {
    const { writeFileSync, utimesSync } = await import('node:fs');
    const file = join(server.library, 'en-markup-in-text.txt');
    const before = await (await fetch(`${server.origin}/api/articles/en-markup-in-text`)).json();
    const again = await (await fetch(`${server.origin}/api/articles/en-markup-in-text`)).json();
    expect(again).toEqual(before);
    writeFileSync(file, 'A changed headline for the cache test\n\nThe body changed too, and the server must notice.\n');
    const future = new Date(Date.now() + 5000);
    utimesSync(file, future, future);
    const after = await (await fetch(`${server.origin}/api/articles/en-markup-in-text`)).json();
    expect(after.title.text).toBe('A changed headline for the cache test');
    const list = (await (await fetch(`${server.origin}/api/articles`)).json()) as { slug: string; title: string }[];
    expect(list.find((a) => a.slug === 'en-markup-in-text')?.title).toBe('A changed headline for the cache test');
    writeFileSync(file, readFileSync(join(FIXTURES, 'en-markup-in-text.txt')));
  });

  it('serves a file named in Arabic, with spaces, under a URL-safe slug', async () => {
    const { writeFileSync, rmSync } = await import('node:fs');
    const file = join(server.library, 'خبر عاجل (نسخة 2).txt');
    writeFileSync(file, 'خبر عاجل عن الطقس\n\nتوقعت الأرصاد أمطاراً غزيرة غداً.\n');
    try {
      const list = (await (await fetch(`${server.origin}/api/articles`)).json()) as { slug: string }[];
      expect(list.map((a) => a.slug)).toContain('خبر-عاجل-نسخة-2');
      const api = await fetch(`${server.origin}/api/articles/${encodeURIComponent('خبر-عاجل-نسخة-2')}`);
      expect(api.status).toBe(200);
      expect((await api.json()).title.text).toBe('خبر عاجل عن الطقس');
      const page = await fetch(`${server.origin}/articles/${encodeURIComponent('خبر-عاجل-نسخة-2')}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('توقعت الأرصاد أمطاراً غزيرة غداً.');
      // The file's own name is not a slug.
      expect((await fetch(`${server.origin}/api/articles/${encodeURIComponent('خبر عاجل (نسخة 2).txt')}`)).status).toBe(404);
    } finally {
      rmSync(file);
    }
  });

  it('lists a file added to the folder without a restart', async () => {
    const { writeFileSync, rmSync } = await import('node:fs');
    const file = join(server.library, 'late-arrival.md');
    writeFileSync(file, '# A late arrival\n\nAdded while the server runs.\n');
    try {
      const list = (await (await fetch(`${server.origin}/api/articles`)).json()) as { slug: string }[];
      expect(list.map((a) => a.slug)).toContain('late-arrival');
      expect((await fetch(`${server.origin}/api/articles/late-arrival`)).status).toBe(200);
    } finally {
      rmSync(file);
    }
    expect((await fetch(`${server.origin}/api/articles/late-arrival`)).status).toBe(404);
  });
});

describe('POST /api/parse', () => {
  const post = (body: BodyInit, contentType: string, query = '') =>
    fetch(`${server.origin}/api/parse${query}`, { method: 'POST', headers: { 'Content-Type': contentType }, body });

  it('parses text/plain into an ArticleDocument', async () => {
    const response = await post('عنوان الخبر هنا\n\nقال الوزير إن الحكومة ستنشر الأرقام غداً.', 'text/plain; charset=utf-8');
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.type).toBe('article');
    expect(doc.lang).toBe('ar');
    expect(doc.dir).toBe('rtl');
    expect(doc.meta.format).toBe('text');
    expect(doc.title.text).toBe('عنوان الخبر هنا');
    expect(checkArticle(doc)).toEqual([]);
  });

  it('parses text/html and text/markdown by their media type', async () => {
    const html = await post(readFileSync(join(FIXTURES, 'en-city-budget.html')), 'text/html');
    expect(html.status).toBe(200);
    const htmlDoc = await html.json();
    expect(htmlDoc.meta.format).toBe('html');
    expect(htmlDoc.title.text).toBe('Riverton council approves a budget built around buses and bridges');
    const markdown = await post('# Heading one\n\n## Part two\n\nSome *text* here.', 'text/markdown');
    expect(markdown.status).toBe(200);
    const mdDoc = await markdown.json();
    expect(mdDoc.meta.format).toBe('markdown');
    expect(mdDoc.children.map((s: { heading: { text: string } | null }) => s.heading?.text ?? null)).toContain('Part two');
  });

  it('answers Markdown with ?output=markdown', async () => {
    const response = await post('# Heading one\n\nBody text.', 'text/markdown', '?output=markdown');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await response.text()).toContain('# Heading one');
  });

  it('answers 400 with {error: {code, message}} for an empty body', async () => {
    for (const body of ['', '   \n\t  ']) {
      const response = await post(body, 'text/plain');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'empty', message: expect.any(String) } });
    }
  });

  it('answers 400 not-text for binary data', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const response = await post(png, 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'not-text', message: expect.any(String) } });
  });

  it('answers 413 when Content-Length says over 5 MB, before reading the body', async () => {
    const response = await raw('/api/parse', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Content-Length': 6 * 1024 * 1024 },
      body: async (write) => {
        write(Buffer.alloc(1024, 0x61));
        await new Promise((r) => setTimeout(r, 200));
      },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'too-large', message: expect.any(String) } });
  });

  it('answers 413 when a chunked body without Content-Length grows past 5 MB', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const response = await raw('/api/parse', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' },
      body: async (write) => {
        for (let i = 0; i < 24; i++) {
          write(chunk);
          await new Promise((r) => setImmediate(r));
        }
      },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('too-large');
  });

  it('accepts a body of exactly 5 MB', async () => {
    // Mostly spaces, so the test measures the limit, not how fast core reads 5 MB of prose.
    const head = Buffer.from('Exactly at the limit\n\nThe body is padded with spaces to 5 MB.\n');
    const body = Buffer.concat([head, Buffer.alloc(5 * 1024 * 1024 - head.length, 0x20)]);
    expect(body.length).toBe(5 * 1024 * 1024);
    const response = await post(body, 'text/plain');
    expect(response.status).toBe(200);
    expect((await response.json()).title.text).toBe('Exactly at the limit');
  });

  it('answers 413 for one byte over 5 MB sent with its Content-Length', async () => {
    const response = await post(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), 'text/plain');
    expect(response.status).toBe(413);
  });

  it('answers 415 for a media type it does not read', async () => {
    const response = await post('{"a":1}', 'application/json');
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported-media-type');
  });
});
