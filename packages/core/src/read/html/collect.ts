import type { ReadBlock } from '../types.js';
import { type HtmlElement, type HtmlNode, tokensOfElement } from './dom.js';
import { linkDensity, type Measures } from './measure.js';
import { classWeight, isChrome } from './score.js';
import { BLOCK_TAGS, CAPTION_TOKENS, HEADING_DEPTH, hasToken } from './vocabulary.js';

/** A block of article text before it is placed in the canonical text. */
export interface RawBlock {
  text: string;
  kind: NonNullable<ReadBlock['kind']>;
  depth: NonNullable<ReadBlock['depth']>;
  role?: ReadBlock['role'];
  /** Characters of the block inside links: a block that is all link is navigation. */
  linkChars: number;
  /** The element the block came from (its innermost block ancestor). */
  source: HtmlElement;
}

interface Context {
  el: HtmlElement;
  kind: RawBlock['kind'];
  depth: RawBlock['depth'];
  role?: ReadBlock['role'];
  /** Inside <pre>: line breaks are kept. */
  pre: boolean;
}

const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'menu']);
const CLUTTER_CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'header', 'figure', 'span', 'center', 'aside']);

/**
 * Walks the article's elements in document order (an explicit stack, no recursion) and cuts
 * their text into blocks at every block-level boundary. Chrome inside the article (share bars,
 * related links, ads) is pruned on the way down by tag, class vocabulary, link density and shape.
 */
export function collectBlocks(parts: HtmlElement[], m: Measures, articleChars: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let bufferLinks = 0;
  let brRun = 0;
  let hasText = false;
  const contexts: Context[] = [];

  // Text outside any block element (a page of bare inline markup) is a paragraph of the article.
  const outer: Context = { el: parts[0] as HtmlElement, kind: 'paragraph', depth: 2, pre: false };
  const flush = () => {
    const ctx = contexts[contexts.length - 1] ?? outer;
    if (buffer.length === 0) {
      buffer = '';
      bufferLinks = 0;
      return;
    }
    const text = ctx.pre ? normalisePre(buffer) : collapseSpaces(buffer);
    if (text && HAS_WORD.test(text)) {
      const block: RawBlock = { text, kind: ctx.kind, depth: ctx.depth, linkChars: bufferLinks, source: ctx.el };
      if (ctx.role) block.role = ctx.role;
      blocks.push(block);
    }
    buffer = '';
    bufferLinks = 0;
    brRun = 0;
    hasText = false;
  };

  // Stack entries: a node to enter, or (as a number) the order of an element being left.
  type Entry = HtmlNode | { leave: HtmlElement };
  const stack: Entry[] = [];
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i] as HtmlElement);
  let linkDepth = 0;
  // Cells of data-table rows: read inline, so a row is one block.
  const inlineCells = new Set<HtmlElement>();

  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    if (typeof entry === 'string') {
      buffer += entry;
      if (!hasText && HAS_WORD.test(entry)) hasText = true;
      if (linkDepth > 0) bufferLinks += entry.length;
      if (brRun > 0 && /\S/.test(entry)) brRun = 0;
      continue;
    }
    if ('leave' in entry) {
      const el = entry.leave;
      if (el.tag === 'a') linkDepth--;
      else if (el.tag === 'q') buffer += '”';
      if (BLOCK_TAGS.has(el.tag) && !inlineCells.has(el)) {
        flush();
        if (contexts[contexts.length - 1]?.el === el) contexts.pop();
      }
      continue;
    }
    const el = entry;
    if (el.tag === 'br') {
      brRun++;
      // Two line breaks in a row are how many sites separate paragraphs.
      if (brRun >= 2 && !contexts[contexts.length - 1]?.pre) flush();
      else buffer += contexts[contexts.length - 1]?.pre ? '\n' : ' ';
      continue;
    }
    if (el.tag === 'img' || el.tag === 'hr' || el.tag === 'picture') {
      continue;
    }
    if (isClutter(el, m, articleChars)) continue;
    if (el.tag === 'a') linkDepth++;
    // Browsers draw the marks of <q>; the text must keep them, or the quote is lost to the quote stage.
    else if (el.tag === 'q') buffer += '“';
    if (hasText && inlineCells.has(el)) buffer += ' | ';
    const dataRow = el.tag === 'tr' && isDataRow(el);
    if (BLOCK_TAGS.has(el.tag) && !inlineCells.has(el)) {
      flush();
      const context = contextFor(el, contexts[contexts.length - 1]);
      // A row of a data table is data, not prose: never a heading, never speech.
      contexts.push(dataRow && context.kind === 'paragraph' && context.role !== 'caption' ? { ...context, role: 'table-row' } : context);
    }
    stack.push({ leave: el });
    if (dataRow) {
      // A row of a data table reads as one line, cells apart: "Team | Played | Points".
      for (let i = el.children.length - 1; i >= 0; i--) {
        const cell = el.children[i] as HtmlNode;
        stack.push(cell);
        if (typeof cell !== 'string') inlineCells.add(cell);
      }
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as HtmlNode);
  }
  flush();
  return blocks;
}

/** A table row whose cells hold only inline content (a data table, not a layout grid). */
function isDataRow(tr: HtmlElement): boolean {
  let cells = 0;
  for (const cell of tr.children) {
    if (typeof cell === 'string') continue;
    if (cell.tag !== 'td' && cell.tag !== 'th') return false;
    for (const c of cell.children) if (typeof c !== 'string' && BLOCK_TAGS.has(c.tag) && c.tag !== 'img') return false;
    cells++;
  }
  return cells > 1;
}

function contextFor(el: HtmlElement, outer: Context | undefined): Context {
  const depth = HEADING_DEPTH[el.tag];
  const pre = el.tag === 'pre' || (outer?.pre ?? false);
  if (depth) return { el, kind: 'heading', depth, pre, ...(outer?.role === 'caption' ? { role: 'caption' as const } : {}) };
  let role = outer?.role;
  if (el.tag === 'figcaption' || el.tag === 'caption' || hasToken(tokensOfElement(el), CAPTION_TOKENS)) role = 'caption';
  else if (role !== 'caption') {
    if (el.tag === 'blockquote') role = 'blockquote';
    else if (el.tag === 'li' || el.tag === 'dd' || el.tag === 'dt') role = role === 'blockquote' ? role : 'list-item';
    else if (el.tag === 'pre') role = 'pre';
  }
  return { el, kind: 'paragraph', depth: 2, pre, ...(role ? { role } : {}) };
}

/**
 * Chrome inside the article: dropped whole. Besides the vocabulary, Readability's shape tests:
 * a container mostly of links, a list of links, a gallery of images with little text.
 */
function isClutter(el: HtmlElement, m: Measures, articleChars: number): boolean {
  const o = el.order;
  const chars = m.text[o] as number;
  // Never drop what holds most of the article: a wrapper misnamed `page-sidebar` or a form page.
  if (chars > 0.5 * articleChars) return false;
  const tokens = tokensOfElement(el);
  if (isChrome(el, tokens)) return true;
  if (!CLUTTER_CONTAINERS.has(el.tag)) return false;
  const weight = classWeight(el);
  if ((m.commas[o] as number) >= 10) return false;
  const ld = linkDensity(m, el);
  if (weight < 25 && ld > 0.33 && chars < 1500) return true;
  if (ld > 0.5) return true;
  const paragraphs = m.paragraphs[o] as number;
  const items = m.items[o] as number;
  const images = m.images[o] as number;
  if (!LIST_TAGS.has(el.tag) && items > paragraphs + 2 && ld > 0.2) return true;
  if (images > 2 && paragraphs < images / 2 && chars < 200 && el.tag !== 'figure') return true;
  if (weight < 0 && chars < 600) return true;
  return false;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const SPACE_RUN = /\s+/g;

function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Preformatted text keeps its lines; blank-line runs shrink to one line break (never the block separator). */
function normalisePre(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed.length > 0) kept.push(trimmed);
  }
  return kept.join('\n').trim();
}
