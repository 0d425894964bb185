// The whole plain-text pipeline against parse-latin, in one process on the same texts: the seed
// article (from ../shared when present), every bundled sample, and generated Arabic+English
// articles of 1 KB to 10 MB. For each text: Maqal's parseArticle with every stage on, its
// structure alone (parseStructure: read, segment, tokenize — the foundation's pipeline), its
// tokenizer alone (every block of the same document, re-tokenized), and parse-latin's
// `new ParseLatin().parse(text)` (tokenizing only). Each is warmed up, then run repeatedly; the
// median is printed, as wall-clock ms and as this process's CPU ms (steadier on a shared, loaded
// machine; it includes V8's GC helper threads). The tokenizer is timed twice: keeping its output
// for the run, as the pipeline does, and dropping each block's sentences at once. "tree only" builds
// the same token nodes from a precomputed list without scanning: the floor any nlcst tokenizer pays
// in V8 to hand back the tree. Its growth is the runtime's (the young generation and the caches
// are outgrown near 100 KB of text: every node survives, is copied and promoted), so read the
// structure's growth against it. Growth is time(10× the input) / time(input):
// linear work gives ~10. MAQAL_BENCH_MAX_MB (default 10) caps the generated sizes,
// MAQAL_BENCH_PIPELINE_S (default 120) the time spent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { blocksOf, LineIndex, parseArticle, parseStructure, tokenizeRange } from '@maqal/core';
import { ParseLatin } from 'parse-latin';
import { generatedArticle, paragraphsOf } from '../generated-article.mjs';

export const name = 'pipeline (plain text: parseArticle vs parse-latin, ms per run, median)';

const MAX_MB = Number(process.env.MAQAL_BENCH_MAX_MB ?? 10);
const DEADLINE_S = Number(process.env.MAQAL_BENCH_PIPELINE_S ?? 120);
const KB = 1024;

/**
 * Median wall-clock and CPU ms of `fn()`, after warm-up; runs until `budget` ms are spent (at
 * least 3 runs, at most 400).
 */
function median(fn, budget) {
  fn(); // the first call may load models or compile: the second says what a run costs
  const first = performance.now();
  fn();
  const once = performance.now() - first;
  // Warm up for up to 300 runs or two seconds: V8 optimises the hot functions only after many
  // calls, and a library parsing a stream of articles runs in that steady state. A new text
  // changes the feedback of many functions (the 10 KB article after the 1 KB one: ~50 deopts and
  // ~200 optimisations), and its first ~100 runs take 2–5× the steady time: a second was too
  // short for that, and a slow second run (over 50 ms, as often at 10 KB) skipped the warm-up
  // altogether. Only texts of about 1 MB and up (over 500 ms a run) warm up once.
  if (once < 500) {
    const until = performance.now() + 2000;
    for (let i = 1; i < 300 && performance.now() < until; i++) fn();
  }
  const walls = [];
  const cpus = [];
  const t0 = performance.now();
  while (walls.length < 3 || (walls.length < 400 && performance.now() - t0 < budget)) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return { wall: mid(walls), cpu: mid(cpus) };
}

const NOT_MEASURED = { wall: Number.NaN, cpu: Number.NaN };

/**
 * Every block of the document, re-tokenized: the tokenizer's share of the pipeline. `keep` holds
 * the output for the run (as `tokenizeDocument` does); without it each block's sentences are
 * dropped at once. Only the text and the block ranges are held, not the document, so a 10 MB run
 * does not carry a second tree through the GC.
 */
function tokenizeOnly(doc, keep) {
  const text = doc.text;
  const ranges = [];
  for (const block of blocksOf(doc)) ranges.push(block.position.start.offset, block.position.end.offset);
  const index = new LineIndex(text);
  return () => {
    const out = keep ? new Array(ranges.length / 2) : null;
    let sentences = 0;
    for (let n = 0; n < ranges.length; n += 2) {
      const result = tokenizeRange(text, ranges[n], ranges[n + 1], index);
      if (out) out[n / 2] = result;
      else sentences += result.length;
    }
    return out ?? sentences;
  };
}

/**
 * The floor: the same nlcst tokens as the document (same kinds, values and positions per block),
 * built from a precomputed list with no scanning at all, and kept for the run like the
 * tokenizer's. What any tokenizer pays in V8 just to hand back this tree; its growth is the
 * runtime's, whoever builds it.
 */
function treeOnly(doc) {
  const text = doc.text;
  const blocks = [];
  for (const block of blocksOf(doc)) {
    const spans = [];
    for (const sentence of block.children)
      for (const token of sentence.children) {
        const { start, end } = token.position;
        spans.push(token.type === 'WordNode' ? 1 : 0, start.offset, start.line, start.column, end.offset, end.line, end.column);
      }
    blocks.push(spans);
  }
  return () => {
    const out = new Array(blocks.length);
    for (let b = 0; b < blocks.length; b++) {
      const spans = blocks[b];
      const tokens = [];
      let last = { line: spans[2], column: spans[3], offset: spans[1] };
      for (let n = 0; n < spans.length; n += 7) {
        const point = { line: spans[n + 5], column: spans[n + 6], offset: spans[n + 4] };
        const position = { start: last, end: point };
        const value = text.slice(spans[n + 1], spans[n + 4]);
        tokens.push(
          spans[n] === 1 ? { type: 'WordNode', position, children: [{ type: 'TextNode', value, position }] } : { type: 'PunctuationNode', value, position },
        );
        last = point;
      }
      out[b] = [{ type: 'SentenceNode', position: { start: tokens[0]?.position.start, end: last }, children: tokens }];
    }
    return out;
  };
}

/** A number for the table, or — when it was not measured. */
function cell(value, digits, width) {
  return (Number.isNaN(value) ? '—' : value.toFixed(digits)).padStart(width);
}

function sizeOf(chars) {
  const kb = chars / KB;
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb.toFixed(1)} KB`;
}

/** The table of one clock ('wall' or 'cpu') over measured rows. */
function table(rows, clock) {
  const lines = [
    `${'text'.padEnd(34)} ${'size'.padStart(8)}  ${'maqal ms'.padStart(10)}  ${'structure'.padStart(10)}  ${'tokenize'.padStart(10)}  ${'(dropped)'.padStart(10)}  ${'tree only'.padStart(10)}  ${'latin ms'.padStart(10)}  latin/maqal  latin/structure`,
  ];
  for (const { label, chars, maqal, struct, tok, tokDrop, tree, latin } of rows) {
    const m = maqal[clock];
    const l = latin[clock];
    lines.push(
      `${label.padEnd(34)} ${sizeOf(chars).padStart(8)}  ${cell(m, 3, 10)}  ${cell(struct[clock], 3, 10)}  ${cell(tok[clock], 3, 10)}  ${cell(tokDrop[clock], 3, 10)}  ${cell(tree[clock], 3, 10)}  ${cell(l, 3, 10)}  ${cell(l / m, 2, 10)}×  ${cell(l / struct[clock], 2, 14)}×`,
    );
  }
  return lines;
}

/** time(10×)/time(×) between consecutive generated sizes. */
function growth(rows, clock) {
  const lines = [
    `${'step'.padEnd(34)} ${'maqal'.padStart(8)}  ${'structure'.padStart(10)}  ${'tokenize'.padStart(10)}  ${'(dropped)'.padStart(10)}  ${'tree only'.padStart(10)}  ${'latin'.padStart(10)}`,
  ];
  for (let n = 1; n < rows.length; n++) {
    const a = rows[n - 1];
    const b = rows[n];
    const step = `${a.label.replace('generated ', '')} → ${b.label.replace('generated ', '')}`;
    const ratio = (key) => b[key][clock] / a[key][clock];
    lines.push(
      `${step.padEnd(34)} ${cell(ratio('maqal'), 2, 8)}  ${cell(ratio('struct'), 2, 10)}  ${cell(ratio('tok'), 2, 10)}  ${cell(ratio('tokDrop'), 2, 10)}  ${cell(ratio('tree'), 2, 10)}  ${cell(ratio('latin'), 2, 10)}`,
    );
  }
  return lines;
}

export async function run({ shared, root }) {
  const deadline = performance.now() + DEADLINE_S * 1000;
  const texts = [];
  const seedPath = shared && join(shared, 'corpora/seed/erem-putin-tajikistan.ar.txt');
  if (seedPath && existsSync(seedPath)) texts.push(['seed erem-putin-tajikistan.ar', readFileSync(seedPath, 'utf8')]);
  const samplesDir = join(root, 'samples');
  const samples = existsSync(samplesDir)
    ? readdirSync(samplesDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  for (const file of samples) texts.push([basename(file, '.txt'), readFileSync(join(samplesDir, file), 'utf8')]);

  const articles = [];
  for (const [label, text] of texts) {
    const maqal = median(() => parseArticle(text), 400);
    const struct = median(() => parseStructure(text), 300);
    const structure = parseStructure(text);
    const tok = median(tokenizeOnly(structure, true), 300);
    const tokDrop = median(tokenizeOnly(structure, false), 300);
    const tree = median(treeOnly(structure), 300);
    const latin = median(() => new ParseLatin().parse(text), 400);
    articles.push({ label, chars: text.length, maqal, struct, tok, tokDrop, tree, latin });
  }

  // Generated articles from the samples' paragraphs (the seed's too when present).
  const arabic = [];
  const english = [];
  for (const [, text] of texts) {
    let ar = 0;
    for (const c of text.slice(0, 2000)) if (c >= '\u0600' && c <= '\u06ff') ar++;
    (ar > 200 ? arabic : english).push(...paragraphsOf(text));
  }
  const generated = [];
  if (arabic.length > 0 && english.length > 0) {
    // The bench must stay under ~3 minutes: a contender whose next size would not fit the time
    // left (estimated as 10× its last median, warm-up plus 3 runs) is skipped there and shown as —.
    const last = { maqal: 0, struct: 0, tok: 0, tokDrop: 0, tree: 0, latin: 0 };
    const timed = (key, fn, budget) => {
      if (Number.isNaN(last[key]) || performance.now() + 40 * last[key] > deadline) {
        last[key] = Number.NaN;
        return NOT_MEASURED;
      }
      const result = median(fn, budget);
      last[key] = result.wall;
      return result;
    };
    for (const kb of [1, 10, 100, 1000, 10000]) {
      if (kb > MAX_MB * KB) break;
      const text = generatedArticle(kb * KB, arabic, english);
      const budget = kb >= 1000 ? 1 : 600; // large texts: the 3-run minimum decides
      const maqal = timed('maqal', () => parseArticle(text), budget);
      const struct = timed('struct', () => parseStructure(text), budget);
      let structure = parseStructure(text);
      const tok = timed('tok', tokenizeOnly(structure, true), budget);
      const tokDrop = timed('tokDrop', tokenizeOnly(structure, false), budget);
      const tree = timed('tree', treeOnly(structure), budget);
      structure = null;
      const latin = timed('latin', () => new ParseLatin().parse(text), budget);
      generated.push({ label: `generated ${kb} KB`, chars: text.length, maqal, struct, tok, tokDrop, tree, latin });
    }
  }

  const lines = [];
  for (const [clock, title] of [
    ['wall', 'wall-clock ms per run (median)'],
    ['cpu', 'CPU ms per run (median; steadier when the machine is shared)'],
  ]) {
    lines.push(`### ${title}`);
    lines.push(...table(articles, clock));
    if (generated.length > 0) {
      lines.push('', 'generated Arabic+English articles', ...table(generated, clock));
      lines.push('', 'growth factor time(10×)/time(×), target ≤ 11', ...growth(generated, clock));
    } else lines.push('generated texts skipped: need Arabic and English samples');
    lines.push('');
  }
  return lines;
}
