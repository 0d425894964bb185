import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@maqal/core';
import { describe, expect, it } from 'vitest';
import { startServer } from './harness';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

/** The text of an HTML page with tags dropped and the few entities React writes decoded. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('a quote running over several paragraphs', () => {
  it('is listed beside the article and on the speakers page as its words, without the marks that reopen its paragraphs', async () => {
    // A bundled sample whose quote runs over two paragraphs (English convention: no closing mark until the last).
    const doc = parseArticle(readFileSync(`${SAMPLES}halvard-chip-plant.en.txt`, 'utf8'));
    const quote = doc.quotes.find((q) => q.parts);
    expect(quote?.parts?.length).toBeGreaterThanOrEqual(2);
    const [first, second] = quote?.parts ?? [];
    // The seam as the lists must show it (within their excerpt length): the first paragraph ends, the second goes on, no mark between.
    const seam = `${first?.text.slice(-12)} ${second?.text.slice(0, 5)}`;
    expect(quote?.text).not.toContain(seam);

    const server = await startServer({ libraryEnv: null });
    try {
      for (const path of ['/articles/halvard-chip-plant-en', '/speakers']) {
        const response = await fetch(`${server.origin}${path}`);
        expect(response.status).toBe(200);
        expect(pageText(await response.text())).toContain(seam);
      }
    } finally {
      await server.stop();
    }
  });
});
