#!/usr/bin/env node
// Experiment: the CLI as one ES module (dist/main.bundle.mjs), to measure what bundling saves at
// start-up. Most of the time to first frame is Node opening and compiling modules one file at a
// time (Ink alone pulls in ~500 files, 416 of them from es-toolkit/compat for one `throttle`).
//
//   node apps/cli/bench/bundle.mjs && node apps/cli/bench/first-frame.mjs --bundle
//
// Uses rolldown (already installed with vite). React is bundled in production mode; Ink's
// optional devtools import is stubbed (it is only reached with DEV=true).
import { rolldown } from 'rolldown';

const here = (p) => new URL(p, import.meta.url).pathname;
const bundle = await rolldown({
  input: here('../dist/main.js'),
  platform: 'node',
  transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  external: [/^node:/],
  plugins: [
    {
      name: 'no-ink-devtools',
      resolveId: (id) => (id === 'react-devtools-core' ? '\0devtools-stub' : null),
      load: (id) => (id === '\0devtools-stub' ? 'export default { connectToDevTools() {} };' : null),
    },
  ],
  logLevel: 'silent',
});
// dist/, next to main.js, so main.js's `new URL('../package.json', import.meta.url)` still finds the package.
await bundle.write({ file: here('../dist/main.bundle.mjs'), format: 'esm', codeSplitting: false });
console.log(`wrote ${here('../dist/main.bundle.mjs')}`);
