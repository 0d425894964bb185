// One hash of the output per input text, for speed work that must not change output:
// `node scripts/output-hashes.mjs > before.txt`, change, rebuild, run again, `diff` the two files.
// Hashes JSON.stringify of parseArticle and of parseStructure for every text under samples/ and
// test/fixtures/ (.txt .md .html, and the texts of the quote fixtures), the eval gold texts, and,
// when ../shared is there (MAQAL_SHARED overrides), the seed corpus and the
// article-extraction-benchmark pages; then generated Arabic+English articles of 1 KB to 1 MB (as
// the bench makes them) and one 200 KB paragraph. Reads the built dist: run `npm run build` first.
// An argument filters the texts by label.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generatedArticle, paragraphsOf } from '../bench/generated-article.mjs';
import { parseArticle, parseStructure } from '../dist/index.js';

const core = resolve(import.meta.dirname, '..');
const root = resolve(core, '../..');
const sharedCandidate = resolve(root, '../shared');
const shared = process.env.MAQAL_SHARED ?? (existsSync(sharedCandidate) ? sharedCandidate : undefined);
const FORMATS = { '.txt': 'text', '.md': 'markdown', '.html': 'html' };

/** [label, text, format] for every input. */
const items = [];

function walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (FORMATS[extname(name)]) items.push([path.slice(root.length + 1), readFileSync(path, 'utf8'), FORMATS[extname(name)]]);
    else if (extname(name) === '.json' && path.includes('/quotes/'))
      for (const entry of JSON.parse(readFileSync(path, 'utf8')))
        if (typeof entry.text === 'string') items.push([`${name}#${entry.id}`, entry.text, undefined]);
  }
}

walk(join(root, 'samples'));
walk(join(core, 'test/fixtures'));
const gold = join(core, 'eval/gold');
for (const name of readdirSync(gold).sort()) {
  const data = JSON.parse(readFileSync(join(gold, name), 'utf8'));
  const entries = Array.isArray(data) ? data : (data.pages ?? []);
  for (const [n, entry] of entries.entries()) if (typeof entry?.text === 'string') items.push([`gold/${name}#${entry.id ?? n}`, entry.text, undefined]);
}
if (shared) {
  walk(join(shared, 'corpora/seed'));
  const pages = join(shared, 'corpora/article-extraction-benchmark/html');
  if (existsSync(pages))
    for (const name of readdirSync(pages).sort()) items.push([`aeb/${name}`, gunzipSync(readFileSync(join(pages, name))).toString('utf8'), 'html']);
}

// Generated articles, as bench/tasks/pipeline.mjs makes them: paragraphs of the plain-text inputs.
const arabic = [];
const english = [];
for (const [label, text, format] of items) {
  if (format !== 'text' || !(label.startsWith('samples/') || label.includes('corpora/seed'))) continue;
  let letters = 0;
  for (const c of text.slice(0, 2000)) if (c >= '\u0600' && c <= '\u06ff') letters++;
  (letters > 200 ? arabic : english).push(...paragraphsOf(text));
}
if (arabic.length > 0 && english.length > 0) {
  for (const kb of [1, 10, 100, 1000]) items.push([`generated ${kb} KB`, generatedArticle(kb * 1024, arabic, english), undefined]);
  items.push(['generated 200 KB, one paragraph', generatedArticle(200 * 1024, arabic, english).replace(/\n/g, ' '), undefined]);
}

const only = process.argv[2];
for (const [label, text, format] of items) {
  if (only && !label.includes(only)) continue;
  const options = format ? { format } : {};
  const hash = createHash('sha256');
  hash.update(JSON.stringify(parseArticle(text, options)));
  hash.update(JSON.stringify(parseStructure(text, options)));
  console.log(`${hash.digest('hex').slice(0, 16)} ${label}`);
}
