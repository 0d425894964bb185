// Where the time goes: each stage of parseArticle on the seed and on every sample, CPU time per
// run (median of rounds), so a stage that outgrows the pipeline budget shows by name. Each
// annotator is held to a floor in words per second on one core (docs/architecture.md, "Speed
// budget"): the foundation's "3× parse-latin" holds for the structure (pipeline task), while a
// trained tagger and the quote grammar are held to their own throughput.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateCoreference } from '../../dist/annotate/coreference/index.js';
import { annotateEntities } from '../../dist/annotate/entities/index.js';
import { annotateQuotes } from '../../dist/annotate/quotes/index.js';
import { blocksOf } from '../../dist/model/walk.js';
import { parseStructure } from '../../dist/parse-article.js';

export const name = 'stages: CPU ms per stage (median)';

// Rounds of BATCH documents: each stage is timed over the whole batch (CPU time has a coarse
// grain; a stage of 0.03 ms cannot be timed alone), after a warm-up to V8's steady state. The
// batch is small so that, as in a stream of articles, few documents are alive at once: forty
// retained seed documents already push the collector into its old-generation regime.
const ROUNDS = 120;
/** Words per second (one core, steady state) each annotator must keep. */
const BUDGET = { entities: 400_000, quotes: 1_000_000, coreference: 5_000_000 };
const BATCH = 5;
const WARM_UP = 300;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function stagesOf(text) {
  for (let i = 0; i < WARM_UP; i++) {
    const doc = parseStructure(text);
    annotateEntities(doc);
    annotateQuotes(doc);
    annotateCoreference(doc);
  }
  const times = { structure: [], entities: [], quotes: [], coreference: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const docs = new Array(BATCH);
    times.structure.push(
      cpuMs(() => {
        for (let i = 0; i < BATCH; i++) docs[i] = parseStructure(text);
      }) / BATCH,
    );
    times.entities.push(
      cpuMs(() => {
        for (const doc of docs) annotateEntities(doc);
      }) / BATCH,
    );
    times.quotes.push(
      cpuMs(() => {
        for (const doc of docs) annotateQuotes(doc);
      }) / BATCH,
    );
    times.coreference.push(
      cpuMs(() => {
        for (const doc of docs) annotateCoreference(doc);
      }) / BATCH,
    );
  }
  const row = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  row.total = row.structure + row.entities + row.quotes + row.coreference;
  row.words = wordsOf(parseStructure(text));
  return row;
}

/** Word tokens of a document's blocks (title, headings, paragraphs). */
function wordsOf(doc) {
  let n = 0;
  for (const block of blocksOf(doc)) for (const sentence of block.children) for (const token of sentence.children) if (token.type === 'WordNode') n++;
  return n;
}

export async function run({ shared, root }) {
  const inputs = [];
  if (shared) inputs.push(['seed (ar, 12 KB)', readFileSync(join(shared, 'corpora/seed/erem-putin-tajikistan.ar.txt'), 'utf8')]);
  const samples = join(root, 'samples');
  for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) inputs.push([file, readFileSync(join(samples, file), 'utf8')]);
  const lines = [
    '| input | chars | words | structure | entities | quotes | coreference | total | entities words/s | quotes words/s | coreference words/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const misses = [];
  for (const [label, text] of inputs) {
    const r = stagesOf(text);
    const f = (v) => v.toFixed(3);
    const rate = (stage) => {
      const perSecond = r.words / (r[stage] / 1000);
      if (perSecond < BUDGET[stage]) misses.push(`${label}: ${stage} ${Math.round(perSecond / 1000)}k words/s`);
      return `${Math.round(perSecond / 1000)}k`;
    };
    lines.push(
      `| ${label} | ${text.length} | ${r.words} | ${f(r.structure)} | ${f(r.entities)} | ${f(r.quotes)} | ${f(r.coreference)} | ${f(r.total)} | ${rate('entities')} | ${rate('quotes')} | ${rate('coreference')} |`,
    );
  }
  const budget = Object.entries(BUDGET)
    .map(([stage, floor]) => `${stage} ≥ ${floor / 1000}k`)
    .join(', ');
  lines.push('', `budget per annotator (words/s, one core): ${budget} — ${misses.length === 0 ? 'kept on every input' : `MISSED: ${misses.join('; ')}`}`);
  return lines;
}
