export { toHast, toHTML } from './html.js';
export { toJSON } from './json.js';
export { toMarkdown } from './markdown.js';
export { toText } from './text.js';
