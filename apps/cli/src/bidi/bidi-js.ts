import type { Bidi } from 'bidi-js';
import bidiModule from 'bidi-js';

// bidi-js is CommonJS whose types declare `export default`: Node (and the bundler) hand over the
// factory itself as the default import, where TypeScript (NodeNext) expects it one level down.
// An import, not require(), so the bundle includes it.
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;

/** The one bidi-js instance: building it parses its Unicode tables, so it is done once. */
export const bidi: Bidi = bidiFactory();
