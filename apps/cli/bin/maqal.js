#!/usr/bin/env node
// The bundle (npm run build: tsc, then scripts/bundle.mjs) starts in a fraction of the time of
// tsc's hundreds of modules; dist/main.js is the fallback for a tsc-only build.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps the compiled code of what follows between runs (in the OS temp folder, as
// TypeScript's tsc does), so a start does not compile the bundle again. Older Node: nothing.
module.enableCompileCache?.();

const bundle = new URL('../dist/maqal.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
