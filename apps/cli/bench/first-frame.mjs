#!/usr/bin/env node
// Start to first frame of `maqal FILE` in a real pseudo-terminal, and where the time goes.
//
//   node apps/cli/bench/first-frame.mjs [FILE] [--runs N]
//
// FILE defaults to the 12 KB seed article (../shared/corpora/seed), else the Arabic test fixture.
// Each run spawns the built CLI under script(1) (a pty, 100×30), starts a clock at spawn and
// stops it when the first complete frame (the status bar, "quit") has been written. Needs a
// build: npm run build -w @maqal/core && npm run build -w @maqal/cli.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
const seed = here('../../../../shared/corpora/seed/erem-putin-tajikistan.ar.txt');
const file = args[0] ?? (existsSync(seed) ? seed : here('../test/fixtures/dushanbe.ar.txt'));
const main = here('../dist/main.js');
if (!existsSync(main)) throw new Error('build the CLI first: npm run build -w @maqal/cli');

const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;

function once() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // env -u CI: Ink draws only the last frame when it thinks it runs in CI.
    const command = `stty cols 100 rows 30; exec env -u CI node ${quote(main)} ${quote(file)}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
    let out = '';
    const timer = setTimeout(() => finish(new Error(`no frame after 20 s; got ${JSON.stringify(out.slice(0, 200))}`)), 20000);
    const finish = (error, ms) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      if (error) reject(error);
      else resolve(ms);
    };
    child.stdout.on('data', (chunk) => {
      out += chunk.toString('utf8');
      if (out.includes('quit')) finish(null, Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
}

async function breakdown() {
  const t0 = performance.now();
  const core = await import('@maqal/core');
  const t1 = performance.now();
  await import('ink');
  await import('react');
  const t2 = performance.now();
  const { layoutArticle } = await import(here('../dist/reader/layout.js'));
  const t3 = performance.now();
  const doc = core.parseArticle(readFileSync(file), { format: 'text' });
  const t4 = performance.now();
  const layout = layoutArticle(doc, 94, 'app');
  const t5 = performance.now();
  layoutArticle(doc, 80, 'app');
  const t6 = performance.now();
  return {
    'import @maqal/core': t1 - t0,
    'import ink + react': t2 - t1,
    'import reader (bidi-js tables)': t3 - t2,
    'parseArticle (once)': t4 - t3,
    'layout at 94 columns (first)': t5 - t4,
    're-wrap at 80 columns (resize)': t6 - t5,
    lines: layout.lines.length,
    quotes: doc.quotes.length,
    entities: doc.entities.length,
  };
}

const times = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const baseline = await new Promise((resolve) => {
  const started = process.hrtime.bigint();
  spawn(process.execPath, ['-e', '0']).on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
});
console.log(`file: ${file} (${statSync(file).size} bytes)`);
console.log(`start to first frame, ${runs} runs: min ${pick(0).toFixed(0)} ms · median ${pick(0.5).toFixed(0)} ms · p90 ${pick(0.9).toFixed(0)} ms`);
console.log(`(a bare \`node -e 0\` takes ${baseline.toFixed(0)} ms here)`);
for (const [k, v] of Object.entries(await breakdown())) console.log(`  ${k}: ${typeof v === 'number' && !Number.isInteger(v) ? `${v.toFixed(1)} ms` : v}`);
