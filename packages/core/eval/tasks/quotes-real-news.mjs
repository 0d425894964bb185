// Quote stage on real news that none of us wrote, annotated by hand without looking at Maqal's
// output: English pages of the article-extraction benchmark (their ground-truth article text,
// from ../shared; gold in eval/gold/real-news-quotes.en.json) and Arabic newswire excerpts of
// ANERcorp (consecutive sentences rebuilt as text, kept in eval/gold/real-news-quotes.ar.json), and the
// Wikinews articles of the GUM corpus (text rebuilt from ../shared by gum-text.mjs; gold in gum-news-quotes.en.json).
// Scored as the dev set is (quotes.mjs): span overlap, speaker by name words. Pages are `dev`
// (errors may be read, with MAQAL_EVAL_VERBOSE=1) or `held out` (only its numbers are printed):
// a page's own `split`, else alternating by index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gumDocuments } from '../gum-text.mjs';
import { add, HEADER, row, scoreDoc } from './quotes.mjs';

export const name = 'quotes on real news (English benchmark pages, Arabic newswire; hand gold)';

/** The gold sets: where each page's text comes from. */
const SETS = [
  {
    label: 'en real news',
    file: 'real-news-quotes.en.json',
    texts: (shared) => {
      const pages = JSON.parse(readFileSync(join(shared, 'corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));
      return (page) => pages[page.id]?.articleBody;
    },
  },
  // The benchmark's other English pages that mention speech, annotated blind in session 14 (its own row).
  {
    label: 'en real news, batch 2',
    file: 'real-news-batch2-quotes.en.json',
    texts: (shared) => {
      const pages = JSON.parse(readFileSync(join(shared, 'corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));
      return (page) => pages[page.id]?.articleBody;
    },
  },
  // Wikinews articles of the GUM corpus, rebuilt from its tokens (one sentence per paragraph, the headline first).
  {
    label: 'en Wikinews (GUM)',
    file: 'gum-news-quotes.en.json',
    texts: (shared, gold) => {
      const conll = readFileSync(join(shared, 'corpora/gum-ner/news.conll'), 'utf8');
      const docs = new Map(
        gumDocuments(
          conll,
          gold.pages.map((p) => p.id.replace(/^gum-news-/, '')),
        ).map((d) => [d.id, d.text]),
      );
      return (page) => docs.get(page.id);
    },
  },
  // Each excerpt's title is the builder's (its lead's first words, repeated), not the outlet's: not scored.
  { label: 'ar real news', file: 'real-news-quotes.ar.json', texts: () => (page) => page.text, ignoreTitle: true },
  // A third batch of ANERcorp excerpts, annotated blind in session 13 (its own row: the first two sets' numbers stay comparable).
  { label: 'ar real news, batch 3', file: 'anercorp-batch3-quotes.ar.json', texts: () => (page) => page.text, ignoreTitle: true },
  { label: 'ar real news, batch 4', file: 'anercorp-batch4-quotes.ar.json', texts: () => (page) => page.text, ignoreTitle: true },
  // A fifth batch (session 29), all dev: the last runs of ANERcorp with speech in them, many with one quote.
  { label: 'ar real news, batch 5', file: 'anercorp-batch5-quotes.ar.json', texts: () => (page) => page.text, ignoreTitle: true },
];

export async function run({ shared, root }) {
  if (!shared) return ['(../shared not found: skipped)'];
  const lines = [...HEADER];
  const errors = [];
  const shapeLines = [];
  for (const set of SETS) {
    const goldPath = join(root, 'packages/core/eval/gold', set.file);
    if (!existsSync(goldPath)) {
      lines.push(`| ${set.label} | (no gold file: skipped) |`);
      continue;
    }
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const textOf = set.texts(shared, gold);
    const splits = { dev: {}, 'held out': {} };
    const shapes = new Map();
    const counts = { dev: 0, 'held out': 0 };
    for (const [n, page] of gold.pages.entries()) {
      const body = textOf(page);
      if (body === undefined) throw new Error(`${set.file}: no text for page ${page.id}`);
      const s = scoreDoc(body, page.quotes, page.notQuotes, { ignoreTitle: set.ignoreTitle === true });
      // Pages added after the first sets (24 English, 32 Arabic) say their split; those alternate.
      const split = page.split ?? (n % 2 === 0 ? 'dev' : 'held out');
      if (split !== 'dev' && split !== 'held out') throw new Error(`${set.file}: page ${page.id} has split ${split}`);
      if (split === 'dev') errors.push(...s.errors.map((e) => `${page.id.slice(0, 16)}: ${e}`));
      else for (const shape of s.shapes) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      add(splits[split], s);
      counts[split]++;
    }
    for (const split of ['dev', 'held out']) if (counts[split] > 0) lines.push(row(`${set.label}, ${split} (${counts[split]} pages)`, splits[split]));
    if (counts.dev > 0 && counts['held out'] > 0)
      lines.push(row(`${set.label}, all (${gold.pages.length} pages)`, add(add({}, splits.dev), splits['held out'])));
    // Held-out errors by shape alone: counts that quote no text (see `errorShapes`).
    if (process.env.MAQAL_EVAL_VERBOSE === 'shapes')
      for (const [shape, n] of [...shapes].sort((a, b) => b[1] - a[1])) shapeLines.push(`  - ${set.label}, held out: ${n} × ${shape}`);
  }
  if (process.env.MAQAL_EVAL_VERBOSE === 'shapes') lines.push(...shapeLines);
  else if (process.env.MAQAL_EVAL_VERBOSE) for (const e of errors) lines.push(`  - ${e}`);
  return lines;
}
