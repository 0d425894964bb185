export { readMarkdown } from './markdown/index.js';
