// HTML speed on the article-extraction-benchmark pages, one process, same pages, same order:
// Maqal's HTML reader alone (readHtml, from the built dist: it is not a public export), the
// structure pipeline (read → segment → tokenize), the full parseArticle (quotes and entities on),
// and the anchor, Readability + linkedom. Each is warmed up on the whole set once, then timed over
// several interleaved rounds (MAQAL_BENCH_ROUNDS, default 3); ms/page is the median round.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArticle, parseStructure } from '@maqal/core';
import { readHtml } from '../../dist/read/html/index.js';

export const name = 'html (article-extraction-benchmark pages, ms/page, median of rounds)';

const ROUNDS = Number(process.env.MAQAL_BENCH_ROUNDS ?? 3);

export async function run({ shared }) {
  if (!shared) return ['skipped: ../shared not found'];
  const corpus = join(shared, 'corpora/article-extraction-benchmark');
  const ids = Object.keys(JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'))).sort();
  const pages = ids.map((id) => gunzipSync(readFileSync(join(corpus, 'html', `${id}.html.gz`))).toString('utf8'));
  let Readability;
  let parseHTML;
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ parseHTML } = await import('linkedom'));
  } catch {
    // The anchor is a root devDependency; without it only Maqal is timed.
  }

  const contenders = [
    ['maqal readHtml', (html) => readHtml(html, {})],
    ['maqal read+segment+tokenize', (html) => parseStructure(html, { format: 'html' })],
    ['maqal parseArticle (all stages)', (html) => parseArticle(html, { format: 'html' })],
  ];
  if (Readability) contenders.push(['readability + linkedom', (html) => new Readability(parseHTML(html).document).parse()]);

  // Rounds interleave the contenders, so a busy machine slows them all alike.
  for (const [, fn] of contenders) for (const html of pages) fn(html);
  const times = new Map(contenders.map(([label]) => [label, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [label, fn] of contenders) {
      const t0 = performance.now();
      for (const html of pages) fn(html);
      times.get(label).push((performance.now() - t0) / pages.length);
    }
  }
  const results = new Map();
  for (const [label, rounds] of times) {
    rounds.sort((a, b) => a - b);
    results.set(label, rounds[Math.floor(rounds.length / 2)]);
  }
  const anchor = results.get('readability + linkedom');
  const lines = [`${pages.length} pages, ${ROUNDS} rounds after one warm-up round`];
  for (const [label, ms] of results) {
    const ratio = anchor && label !== 'readability + linkedom' ? `  ${(anchor / ms).toFixed(1)}× faster than Readability+linkedom` : '';
    lines.push(`${label.padEnd(34)} ${ms.toFixed(2).padStart(7)} ms/page${ratio}`);
  }
  return lines;
}
