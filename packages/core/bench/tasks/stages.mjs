// Where the time goes: each stage of parseArticle on the seed and on every sample, CPU time per
// run (median of rounds), so a stage that outgrows the pipeline budget shows by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateCoreference } from '../../dist/annotate/coreference/index.js';
import { annotateEntities } from '../../dist/annotate/entities/index.js';
import { annotateQuotes } from '../../dist/annotate/quotes/index.js';
import { parseStructure } from '../../dist/parse-article.js';

export const name = 'stages: CPU ms per stage (median)';

const ROUNDS = 40;

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
  const times = { structure: [], entities: [], quotes: [], coreference: [] };
  for (let round = 0; round < ROUNDS + 5; round++) {
    let doc;
    const structure = cpuMs(() => {
      doc = parseStructure(text);
    });
    const entities = cpuMs(() => annotateEntities(doc));
    const quotes = cpuMs(() => annotateQuotes(doc));
    const coreference = cpuMs(() => annotateCoreference(doc));
    if (round < 5) continue; // warm-up: model decoding and JIT
    times.structure.push(structure);
    times.entities.push(entities);
    times.quotes.push(quotes);
    times.coreference.push(coreference);
  }
  const row = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  row.total = row.structure + row.entities + row.quotes + row.coreference;
  return row;
}

export async function run({ shared, root }) {
  const inputs = [];
  if (shared) inputs.push(['seed (ar, 12 KB)', readFileSync(join(shared, 'corpora/seed/erem-putin-tajikistan.ar.txt'), 'utf8')]);
  const samples = join(root, 'samples');
  for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) inputs.push([file, readFileSync(join(samples, file), 'utf8')]);
  const lines = ['| input | chars | structure | entities | quotes | coreference | total |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [label, text] of inputs) {
    const r = stagesOf(text);
    const f = (v) => v.toFixed(3);
    lines.push(`| ${label} | ${text.length} | ${f(r.structure)} | ${f(r.entities)} | ${f(r.quotes)} | ${f(r.coreference)} | ${f(r.total)} |`);
  }
  return lines;
}
