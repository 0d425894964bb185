// Article extraction on the article-extraction-benchmark (181 real pages, ../shared/corpora):
// Maqal's HTML reader against the benchmark's ground truth, scored with the benchmark's own
// metric (../shared/tools/extraction-metric.mjs). Body text = headings and paragraphs after the
// title, captions left out. Tuning used the dev half only (even index in the sorted ids); the
// test half (odd index) is reported apart so over-fitting shows. Set MAQAL_EXTRACTION_DUMP=path
// to write the predictions (and per-page scores) for inspection.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { checkArticle, parseArticle } from '@maqal/core';

export const name = 'extraction (article-extraction-benchmark, F1 of 4-gram shingles)';

export async function run({ shared }) {
  if (!shared) return ['skipped: ../shared not found'];
  const corpus = join(shared, 'corpora/article-extraction-benchmark');
  const metric = await import(pathToFileURL(join(shared, 'tools/extraction-metric.mjs')).href);
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth).sort();
  const output = {};
  const rows = new Map();
  const invalid = [];
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
    // The whole pipeline, as `maqal parse` runs it: every document must also keep the model's invariants.
    const doc = parseArticle(html, { format: 'html', url: truth[id].url });
    if (checkArticle(doc).length > 0) invalid.push(id.slice(0, 10));
    const body = articleBody(doc);
    output[id] = { articleBody: body };
    rows.set(id, metric.stringShingleMatching(truth[id].articleBody ?? '', body));
  }
  const score = (subset) => metric.metricsFromTpFpFns(subset.map((id) => rows.get(id)));
  const dev = ids.filter((_, i) => i % 2 === 0);
  const test = ids.filter((_, i) => i % 2 === 1);
  const full = metric.evaluate(truth, output, 200);
  const line = (label, n, m) =>
    `${label.padEnd(14)} ${String(n).padStart(4)}  F1 ${m.f1.toFixed(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}`;
  if (process.env.MAQAL_EXTRACTION_DUMP) {
    const perPage = Object.fromEntries(ids.map((id) => [id, rows.get(id)]));
    writeFileSync(process.env.MAQAL_EXTRACTION_DUMP, JSON.stringify({ output, perPage }, null, 1));
  }
  return [
    line('dev (even)', dev.length, score(dev)),
    line('test (odd)', test.length, score(test)),
    `${line('total', ids.length, full)}  (± ${full.f1_std.toFixed(3)} bootstrap)  accuracy ${full.accuracy.toFixed(3)}`,
    'reference (same metric, published outputs): Readability+linkedom 0.947 · trafilatura (Rust port) 0.970',
    `documents keeping the model's invariants (checkArticle): ${ids.length - invalid.length}/${ids.length}${invalid.length ? ` — failing: ${invalid.join(', ')}` : ''}`,
  ];
}

/** Headings and paragraphs after the title; captions are not body text. */
function articleBody(doc) {
  const parts = [];
  for (const section of doc.children) {
    if (section.heading) parts.push(section.heading.text);
    for (const p of section.children) if (p.data?.role !== 'caption') parts.push(p.text);
  }
  return parts.join('\n\n');
}
