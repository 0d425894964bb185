// Quote stage on real English news that none of us wrote: pages of the article-extraction
// benchmark (their ground-truth article text, from ../shared), with quotes and speakers annotated
// by hand in eval/gold/real-news-quotes.en.json without looking at Maqal's output. Scored as the
// dev set is (quotes.mjs): span overlap, speaker by name words. Pages alternate between `dev`
// (errors may be read, with MAQAL_EVAL_VERBOSE=1) and `held out` (only its numbers are printed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { add, HEADER, row, scoreDoc } from './quotes.mjs';

export const name = 'quotes on real English news (extraction-benchmark pages, hand gold)';

export async function run({ shared, root }) {
  const goldPath = join(root, 'packages/core/eval/gold/real-news-quotes.en.json');
  if (!shared) return ['(../shared not found: skipped)'];
  if (!existsSync(goldPath)) return ['(no gold file yet: skipped)'];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const pages = JSON.parse(readFileSync(join(shared, 'corpora/article-extraction-benchmark/ground-truth.json'), 'utf8'));
  const splits = { dev: {}, 'held out': {} };
  const counts = { dev: 0, 'held out': 0 };
  for (const [n, page] of gold.pages.entries()) {
    const body = pages[page.id]?.articleBody;
    if (body === undefined) throw new Error(`page ${page.id} not in ground-truth.json`);
    const s = scoreDoc(body, page.quotes, page.notQuotes);
    s.errors = s.errors.map((e) => `${page.id.slice(0, 8)}: ${e}`);
    const split = n % 2 === 0 ? 'dev' : 'held out';
    add(splits[split], s);
    counts[split]++;
  }
  const all = add(add({}, splits.dev), splits['held out']);
  const lines = [...HEADER];
  for (const split of ['dev', 'held out']) lines.push(row(`en real news, ${split} (${counts[split]} pages)`, splits[split]));
  lines.push(row(`en real news, all (${gold.pages.length} pages)`, all));
  if (process.env.MAQAL_EVAL_VERBOSE) for (const e of splits.dev.errors) lines.push(`  - ${e}`);
  return lines;
}
