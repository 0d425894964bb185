#!/usr/bin/env node
// The bundle (npm run build: tsc, then scripts/bundle.mjs) starts in a fraction of the time of
// tsc's hundreds of modules; dist/main.js is the fallback for a tsc-only build.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/maqal.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
