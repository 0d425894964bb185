import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './fixtures/documents.js';
import { importsOf, moduleGraph } from './fixtures/import-graph.js';

// What the reader loads before its first frame must not include the annotation stages and their
// multi-megabyte models: checked on the built import graph (core's light entry, then the bundle),
// and on a real start, by what Node loads before the first frame is written.
const ANNOTATOR = /packages\/core\/dist\/(annotate\/|lang\/[a-z]+\/models\/)/;
const CLI = new URL('..', import.meta.url).pathname;
const DIST = join(CLI, 'dist');
const built = existsSync(join(DIST, 'maqal.mjs')) && existsSync(join(DIST, 'bundle.json'));
const require = createRequire(import.meta.url);

describe('@maqal/core/structure (built)', () => {
  const structure = require.resolve('@maqal/core/structure');
  const core = require.resolve('@maqal/core');

  it('reaches neither the annotation stages nor the models', () => {
    const files = [...moduleGraph(structure, { dynamic: true })];
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => ANNOTATOR.test(f))).toEqual([]);
  });

  it('while @maqal/core itself does (the check can fail)', () => {
    const files = [...moduleGraph(core)];
    expect(files.some((f) => /packages\/core\/dist\/annotate\//.test(f))).toBe(true);
    expect(files.some((f) => /packages\/core\/dist\/lang\/[a-z]+\/models\//.test(f))).toBe(true);
  });
});

describe.skipIf(!built)('the bundle (dist/maqal.mjs)', () => {
  interface Chunk {
    file: string;
    modules: string[];
  }
  const chunks: Chunk[] = built ? JSON.parse(readFileSync(join(DIST, 'bundle.json'), 'utf8')).chunks : [];
  const modulesOf = (file: string) => chunks.find((c) => resolve(DIST, c.file) === file)?.modules.map((m) => resolve(CLI, m)) ?? [];
  const entry = join(DIST, 'maqal.mjs');

  it('loads the annotator only lazily, never on the way to the first frame', () => {
    // The first frame needs the entry's static imports, then what the reader imports for a
    // terminal (Ink, React and the app): those chunks' static imports too.
    const start = moduleGraph(entry);
    const reader = importsOf(entry)
      .dynamic.map((spec) => moduleGraph(resolve(DIST, spec)))
      .filter((graph) => [...graph].flatMap(modulesOf).some((m) => /node_modules\/(ink|react)\/|dist\/reader\/app\.js$/.test(m)));
    expect(reader.length).toBeGreaterThan(0);
    for (const graph of reader) for (const f of graph) start.add(f);
    const loadedFirst = [...start].flatMap(modulesOf);
    expect(loadedFirst.some((m) => m.endsWith('dist/reader/app.js'))).toBe(true);
    expect(loadedFirst.filter((m) => ANNOTATOR.test(m))).toEqual([]);

    // …and it is in the bundle, reachable by a dynamic import.
    const everything = [...moduleGraph(entry, { dynamic: true })].flatMap(modulesOf);
    expect(everything.some((m) => ANNOTATOR.test(m))).toBe(true);
  });
});

/**
 * Starts `node [nodeArgs] script <fixture>` in a pseudo-terminal (script(1)) with the reader's
 * trace on, and returns its stderr once the annotated frame is out (or after 45 s).
 */
async function startInTerminal(script: string, nodeArgs: string[] = [], cwd = CLI): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'maqal-start-'));
  const log = join(scratch, 'stderr.log');
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const command = `stty cols 100 rows 30; exec env -u CI MAQAL_TRACE_FIRST_FRAME=1 node ${nodeArgs.map(quote).join(' ')} ${quote(script)} ${quote(fixturePath('dushanbe.ar.txt'))} 2>${quote(log)}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  const read = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  try {
    for (let waited = 0; !read().includes('maqal-annotated') && waited < 45000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    return read();
  } finally {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {}
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe.skipIf(!built)('a real start in a terminal', () => {
  it("paints the first frame before loading Ink, Ink's before loading the annotator, then the annotations", async () => {
    const log = await startInTerminal(join(CLI, 'bin/maqal.js'), ['--import', fixturePath('trace-loads.mjs')]);
    const lines = log.split('\n');
    const chunks: { file: string; modules: string[] }[] = JSON.parse(readFileSync(join(DIST, 'bundle.json'), 'utf8')).chunks;
    const firstFrame = lines.findIndex((l) => l.startsWith('maqal-first-frame'));
    const interactive = lines.findIndex((l) => l.startsWith('maqal-interactive'));
    const annotated = lines.findIndex((l) => l.startsWith('maqal-annotated'));
    expect(firstFrame, log).toBeGreaterThan(0);
    expect(interactive).toBeGreaterThan(firstFrame);
    expect(annotated).toBeGreaterThan(interactive);
    // Where each chunk was loaded (line numbers in the log), and which chunks hold what, by the bundler's own account.
    const loads = lines.map((l, i) => ({ i, file: l.startsWith('maqal-load file://') ? decodeURIComponent(l.slice('maqal-load file://'.length)) : '' }));
    const firstLoadOf = (module: RegExp) => {
      const files = chunks.filter((c) => c.modules.some((m) => module.test(resolve(CLI, m)))).map((c) => resolve(DIST, c.file));
      expect(files.length, `no chunk holds ${module}`).toBeGreaterThan(0);
      return Math.min(...loads.filter((l) => files.includes(l.file)).map((l) => l.i));
    };
    // The bundle ran, not tsc's modules.
    expect(loads.some((l) => l.file === join(DIST, 'maqal.mjs'))).toBe(true);
    expect(loads.some((l) => l.file.startsWith(dirname(require.resolve('@maqal/core'))))).toBe(false);
    // The first frame is painted before Ink is even loaded; the annotator is loaded after Ink's
    // first frame and before the annotated one. (Infinity: never loaded, and the checks fail.)
    const ink = firstLoadOf(/node_modules\/ink\/build\/ink\.js$/);
    expect(ink).toBeGreaterThan(firstFrame);
    expect(ink).toBeLessThan(interactive);
    const annotator = firstLoadOf(ANNOTATOR);
    expect(annotator).toBeGreaterThan(interactive);
    expect(annotator).toBeLessThan(annotated);
  });
});

describe.skipIf(!built)('the bundle’s licence notice', () => {
  it('names every bundled package, each with its licence text', () => {
    const chunks: { modules: string[] }[] = JSON.parse(readFileSync(join(DIST, 'bundle.json'), 'utf8')).chunks;
    const bundled = new Set(
      chunks
        .flatMap((c) => c.modules)
        .flatMap((m) => {
          const name = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1];
          return name ? [name] : [];
        }),
    );
    bundled.add('@maqal/core');
    expect(bundled.has('ink') && bundled.has('react') && bundled.has('bidi-js')).toBe(true);
    const notice = readFileSync(join(DIST, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const entries = notice.split(/\n-{72}\n/);
    for (const name of bundled) {
      const entry = entries.find((e) => e.split('\n').some((line) => line.startsWith(`${name}@`)));
      expect(entry, `${name} is not in the notice`).toBeDefined();
      expect(entry, `${name} has no licence text`).toMatch(/copyright|permission|licen[cs]e/i);
    }
    expect(notice).toContain('Creative Commons'); // core's models (LICENSE-MODELS.md)
  });
});

describe.skipIf(!built)('the bundle on its own', () => {
  it('runs every path (terminal, plain text, parse) with no node_modules to fall back on', async () => {
    // A copy of what the package ships, in a folder with no node_modules above it.
    const copy = mkdtempSync(join(tmpdir(), 'maqal-bundle-'));
    try {
      mkdirSync(join(copy, 'dist'));
      cpSync(join(DIST, 'maqal.mjs'), join(copy, 'dist/maqal.mjs'));
      cpSync(join(DIST, 'chunks'), join(copy, 'dist/chunks'), { recursive: true });
      cpSync(join(CLI, 'package.json'), join(copy, 'package.json'));
      const entry = join(copy, 'dist/maqal.mjs');
      const fixture = fixturePath('dushanbe.ar.txt');
      const title = readFileSync(fixture, 'utf8').split('\n')[0] as string;

      const plain = spawnSync(process.execPath, [entry, fixture], { cwd: copy, encoding: 'utf8' });
      expect(plain.stderr).toBe('');
      expect(plain.stdout.split('\n')[0]).toBe(title);
      const parsed = spawnSync(process.execPath, [entry, 'parse', fixture], { cwd: copy, encoding: 'utf8' });
      expect(parsed.status, parsed.stderr).toBe(0);
      expect(JSON.parse(parsed.stdout).title.text).toBe(title);
      const log = await startInTerminal(entry, [], copy);
      expect(log).toMatch(/maqal-interactive[\s\S]*maqal-annotated/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
