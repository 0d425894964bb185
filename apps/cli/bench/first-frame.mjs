#!/usr/bin/env node
// Start to first frame of `maqal FILE` in a real pseudo-terminal (the first paint, before Ink is
// loaded), then to Ink's first frame (interactive), then to the frame with the annotations
// painted, and where the time goes.
//
//   node apps/cli/bench/first-frame.mjs [FILE] [--runs N] [--unbundled]
//
// FILE defaults to the 12 KB seed article (../shared/corpora/seed), else the Arabic test fixture.
// Each run spawns the CLI as shipped (bin/maqal.js, which runs the bundle) under script(1) (a pty,
// 100×30) with MAQAL_TRACE_FIRST_FRAME=1, so the reader reports, as each of those frames is
// written, the time since its process started (wall clock) and the CPU time it used to get
// there. CPU time is the number to compare across machines: on a busy machine the wall clock
// mostly measures waiting for a core. --unbundled runs tsc's dist/main.js
// instead. Needs a build: npm run build -w @maqal/core && npm run build -w @maqal/cli.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
const bundled = !args.includes('--unbundled');
if (!bundled) args.splice(args.indexOf('--unbundled'), 1);
const seed = here('../../../../shared/corpora/seed/erem-putin-tajikistan.ar.txt');
const file = args[0] ?? (existsSync(seed) ? seed : here('../test/fixtures/dushanbe.ar.txt'));
const main = here(bundled ? '../bin/maqal.js' : '../dist/main.js');
if (!existsSync(here(bundled ? '../dist/maqal.mjs' : '../dist/main.js'))) throw new Error('build the CLI first: npm run build -w @maqal/cli');

const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;

function once() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // env -u CI: Ink draws only the last frame when it thinks it runs in CI.
    const command = `stty cols 100 rows 30; exec env -u CI MAQAL_TRACE_FIRST_FRAME=1 node ${quote(main)} ${quote(file)}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
    let out = '';
    let spawned;
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
      const time = (name) => {
        const m = new RegExp(`${name} wall=([\\d.]+) cpu=([\\d.]+)`).exec(out);
        return m ? { wall: Number(m[1]), cpu: Number(m[2]) } : null;
      };
      const first = time('maqal-first-frame');
      if (first && spawned === undefined && out.includes('quit')) spawned = Number(process.hrtime.bigint() - started) / 1e6;
      const interactive = time('maqal-interactive');
      const annotated = time('maqal-annotated');
      if (first && interactive && annotated && spawned !== undefined) {
        finish(null, {
          spawn: spawned,
          wall: first.wall,
          cpu: first.cpu,
          interactiveWall: interactive.wall,
          interactiveCpu: interactive.cpu,
          annotatedWall: annotated.wall,
          annotatedCpu: annotated.cpu,
        });
      }
    });
  });
}

/**
 * Where the CPU time goes, phase by phase in the reader's order, in this process (CPU time: fair on
 * a busy machine). Imports here are tsc's separate modules, so they cost more than in the bundle.
 */
async function breakdown() {
  process.env.NODE_ENV ??= 'production'; // as the reader (and the bundle) has it before loading React
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const phases = {};
  let last = cpu();
  const mark = (name) => {
    const now = cpu();
    phases[name] = `${(now - last).toFixed(0)} ms CPU`;
    last = now;
  };
  const structure = await import('@maqal/core/structure');
  const { layoutArticle, layoutHead } = await import(here('../dist/reader/layout.js'));
  await import(here('../dist/reader/first-paint.js'));
  mark('import @maqal/core/structure and the layout');
  const doc = structure.parseStructure(readFileSync(file), { format: 'text' });
  mark('parseStructure');
  layoutHead(doc, 94, 'app', 30);
  mark('layout of the first screen (→ first frame)');
  await import('react');
  await import('ink');
  mark('import ink + react');
  await import(here('../dist/reader/app.js'));
  mark('import the reader app');
  layoutArticle(doc, 94, 'app');
  mark('layout of the rest');
  const core = await import('@maqal/core');
  mark('import @maqal/core (the annotator)');
  const annotated = { ...core.annotateArticle(doc) };
  mark('annotateArticle');
  const layout = layoutArticle(annotated, 94, 'app');
  mark('layout with annotations (→ annotated frame)');
  layoutArticle(annotated, 80, 'app');
  mark('re-wrap at 80 columns (a resize)');
  return { ...phases, lines: layout.lines.length, quotes: annotated.quotes.length, entities: annotated.entities.length };
}

const samples = [];
for (let i = 0; i < runs; i++) samples.push(await once());
const stats = (key) => {
  const xs = samples.map((s) => s[key]).sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(0);
  return `min ${at(0)} · median ${at(0.5)} · p90 ${at(0.9)} ms`;
};
const baseline = await new Promise((resolve) => {
  const started = process.hrtime.bigint();
  spawn(process.execPath, ['-e', '0']).on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
});
console.log(`file: ${file} (${statSync(file).size} bytes), ${bundled ? 'the CLI as shipped (bin/maqal.js → dist/maqal.mjs)' : 'unbundled (dist/main.js)'}`);
console.log(`start to first frame, ${runs} runs`);
console.log(`  CPU time (user+system):        ${stats('cpu')}`);
console.log(`  wall, process start → frame:   ${stats('wall')}`);
console.log(`  wall, spawn → frame seen:      ${stats('spawn')}`);
console.log("start to Ink's first frame (keys are read from here; typed earlier, they wait)");
console.log(`  CPU time (user+system):        ${stats('interactiveCpu')}`);
console.log(`  wall, process start → frame:   ${stats('interactiveWall')}`);
console.log('start to the frame with the annotations painted');
console.log(`  CPU time (user+system):        ${stats('annotatedCpu')}`);
console.log(`  wall, process start → frame:   ${stats('annotatedWall')}`);
console.log(`(a bare \`node -e 0\` takes ${baseline.toFixed(0)} ms wall here; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
// A folder opens the library (drawn by Ink, no first paint): the breakdown is per article.
if (statSync(file).isFile()) {
  console.log('where the CPU time goes (one process):');
  for (const [k, v] of Object.entries(await breakdown())) console.log(`  ${k}: ${v}`);
}
