import type { ArticleDocument } from '../../model/types.js';

/**
 * Points each quote's speaker at the person entity it names, once both stages have run.
 * PLACEHOLDER until the entity stage lands.
 */
export function annotateCoreference(_doc: ArticleDocument): void {}
