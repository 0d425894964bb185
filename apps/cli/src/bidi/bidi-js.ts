import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';

// bidi-js ships CommonJS (a factory); NodeNext cannot import it as ESM, so it is required.
const require = createRequire(import.meta.url);
const bidiFactory = require('bidi-js') as () => Bidi;

/** The one bidi-js instance: building it parses its Unicode tables, so it is done once. */
export const bidi: Bidi = bidiFactory();
