#!/usr/bin/env node
// After tsc: the CLI as a few ES modules instead of hundreds, so starting does not resolve, read
// and compile file after file (Ink alone pulls in ~500, 416 of them from es-toolkit/compat).
//
//   dist/maqal.mjs          the entry: commander, the reader's start, @maqal/core/structure
//   dist/chunks/*.mjs       loaded when needed: Ink + React (a terminal), the annotator and its
//                           models (after the first frame), the parse command
//   dist/bundle.json        which modules went where (for tests and the licence notice)
//   dist/THIRD-PARTY-NOTICES.txt  the licence of every bundled package
//
// bin/maqal.js runs dist/maqal.mjs when it exists, else dist/main.js (tsc's output).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'main.js'))) throw new Error('bundle.mjs runs after tsc: dist/main.js is missing');
// A failed build must not leave a bundle behind (bin/maqal.js would run it): the old one goes first.
for (const old of ['maqal.mjs', 'chunks', 'bundle.json', 'THIRD-PARTY-NOTICES.txt']) rmSync(join(dist, old), { recursive: true, force: true });

const bundle = await rolldown({
  input: { maqal: join(dist, 'main.js') },
  platform: 'node',
  // React and Ink pick their production code by NODE_ENV; the development builds are several
  // times slower to load and to render. A shipped reader is production.
  transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  external: [/^node:/],
  plugins: [
    {
      // Ink imports react-devtools-core only when DEV=true, and says how to install it when the
      // import fails as not found: it is not a dependency of the reader, so it fails that way.
      name: 'no-ink-devtools',
      resolveId: (id) => (id === 'react-devtools-core' ? '\0devtools-stub' : null),
      load: (id) =>
        id === '\0devtools-stub'
          ? "throw Object.assign(new Error(\"Cannot find package 'react-devtools-core'\"), { code: 'ERR_MODULE_NOT_FOUND' });\nexport default null;"
          : null,
    },
    {
      // yoga-layout's wasm loader asks `typeof fetch` before decoding its inline base64 wasm; in
      // Node that first touch of `fetch` loads undici (~50 ms CPU) for nothing. The answer it
      // needs is "no fetch": it then decodes the inline wasm synchronously, as it does without fetch.
      name: 'yoga-without-fetch',
      transform(code, id) {
        if (!/yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/.test(id)) return null;
        if (!code.includes('typeof fetch')) this.error('yoga-without-fetch: yoga-layout changed; check its wasm loader');
        return { code: code.replaceAll('typeof fetch', '"undefined"'), map: null };
      },
    },
  ],
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: dist,
  format: 'esm',
  entryFileNames: '[name].mjs',
  chunkFileNames: 'chunks/[name]-[hash].mjs',
  // Not minified: measured, it made no difference to start-up CPU (interleaved runs), and stack
  // traces in bug reports stay readable. --minify to compare again.
  minify: process.argv.includes('--minify'),
  // Licence headers (/*! … */, @license) stay in the code they cover.
  comments: { legal: true, annotation: false, jsdoc: false },
  sourcemap: false,
});
await bundle.close();

// Which package each bundled module comes from: the nearest package.json above it.
const packageOf = new Map();
function findPackage(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (packageOf.has(dir)) return packageOf.get(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      // Nested package.json files that only set "type" are not packages.
      if (!json.name) continue;
      const info = { dir, name: json.name, version: json.version, license: json.license ?? json.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN' };
      packageOf.set(dir, info);
      return info;
    }
  }
  return null;
}

const chunks = output
  .filter((o) => o.type === 'chunk')
  .map((chunk) => ({
    file: chunk.fileName,
    entry: chunk.isEntry,
    imports: chunk.imports,
    dynamicImports: chunk.dynamicImports,
    bytes: Buffer.byteLength(chunk.code),
    modules: chunk.moduleIds.filter((id) => !id.startsWith('\0')).map((id) => relative(root, id)),
  }));
writeFileSync(join(dist, 'bundle.json'), `${JSON.stringify({ chunks }, null, 2)}\n`);

const packages = new Map();
for (const chunk of chunks) {
  for (const id of chunk.modules) {
    const info = findPackage(join(root, id));
    if (!info || info.name === '@maqal/cli') continue;
    packages.set(info.name, info);
    (info.modules ??= []).push(join(root, id));
  }
}

/** A package without a licence file: the copyright header of its bundled sources, where they carry one. */
function copyrightHeader(info) {
  for (const file of info.modules) {
    const header = /^\s*(\/\*[\s\S]*?\*\/)/.exec(readFileSync(file, 'utf8'))?.[1];
    if (header && /copyright/i.test(header)) return header;
  }
  return null;
}
const LICENCE_FILES = /^(licen[sc]e|copying|notice)(\.|-|$)/i;
const notices = [...packages.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((info) => {
    const { dir, name, version, license } = info;
    const texts = readdirSafe(dir)
      .filter((f) => LICENCE_FILES.test(f))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8').trim());
    const fallback = `(no licence file in the package; its package.json says ${license})`;
    return `${name}@${version} — ${license}\n\n${texts.join('\n\n') || [fallback, copyrightHeader(info)].filter(Boolean).join('\n\n')}`;
  });
writeFileSync(
  join(dist, 'THIRD-PARTY-NOTICES.txt'),
  `The maqal CLI bundle (dist/maqal.mjs, dist/chunks/) includes the following packages.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
);

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const total = chunks.reduce((n, c) => n + c.bytes, 0);
console.log(`bundle: ${chunks.length} files, ${(total / 1e6).toFixed(1)} MB, ${packages.size} packages (dist/THIRD-PARTY-NOTICES.txt)`);
