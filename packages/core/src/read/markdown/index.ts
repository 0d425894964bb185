import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toIsoDate } from '../html/dates.js';
import { collapse, parseHtml, textOf } from '../html/dom.js';
import type { ReadBlock, ReadMeta, ReadOptions, ReadResult } from '../types.js';
import { markdownPieces } from './chunks.js';
import { readFrontMatter } from './front-matter.js';

const gfmSyntax = gfm();
const gfmTree = gfmFromMarkdown();

type Role = ReadBlock['role'];

/**
 * Markdown → blocks, through mdast (micromark with GFM): headings, paragraphs, blockquotes
 * (role 'blockquote'), list items ('list-item'), code ('pre'), table rows; inline markup is
 * flattened to its text (a link reads as its words, an image as nothing). The first `#` heading,
 * when it opens the document, is the title; front matter `title:` stands in when there is none.
 * The canonical text is the blocks joined with blank lines, as for HTML. Input is parsed block by
 * block (chunks.ts), which keeps micromark's time linear on hostile input.
 */
export function readMarkdown(markdown: string, _options: ReadOptions = {}): ReadResult {
  const front = readFrontMatter(markdown);
  const raw: RawBlock[] = [];
  for (const piece of markdownPieces(markdown.slice(front.bodyStart))) {
    if (piece.plain) raw.push(...plainParagraphs(piece.text));
    else raw.push(...collect(fromMarkdown(piece.text, { extensions: [gfmSyntax], mdastExtensions: [gfmTree] }), piece.ownEnd));
  }

  const meta: ReadMeta = {};
  const f = front.fields;
  if (f.author) meta.byline = f.author;
  const published = toIsoDate(f.date ?? f.published);
  if (published) meta.published = published;
  if (f.lang ?? f.language) meta.lang = (f.lang ?? f.language) as string;
  if (f.description) meta.description = f.description;
  if (f.url ?? f.canonical) meta.url = (f.url ?? f.canonical) as string;
  if (f.site) meta.site = f.site;

  const first = raw[0];
  const titleFromHeading = first && first.kind === 'heading' && first.depth === 1;
  if (titleFromHeading) first.kind = 'title';
  else if (f.title) raw.unshift({ text: collapse(f.title), kind: 'title', depth: 1 });
  const title = raw[0]?.kind === 'title' ? raw[0].text : f.title;
  if (title) meta.title = title;

  let text = '';
  const blocks: ReadBlock[] = [];
  for (const b of raw) {
    if (!b.text) continue;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += b.text;
    const block: ReadBlock = { start, end: text.length, kind: b.kind };
    if (b.kind !== 'paragraph') block.depth = b.depth;
    if (b.role) block.role = b.role;
    blocks.push(block);
  }
  return { format: 'markdown', text, blocks, meta, messages: [] };
}

interface RawBlock {
  text: string;
  kind: NonNullable<ReadBlock['kind']>;
  depth: NonNullable<ReadBlock['depth']>;
  role?: Role;
}

/** Block nodes in document order, each with the role its nearest quote or list gives it. Iterative. */
function collect(tree: Root, ownEnd: number): RawBlock[] {
  const out: RawBlock[] = [];
  const push = (text: string, kind: RawBlock['kind'], depth: RawBlock['depth'], role: Role | undefined) => {
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
    out.push(role ? { text, kind, depth, role } : { text, kind, depth });
  };
  const stack: [Nodes, Role | undefined][] = [[tree, undefined]];
  while (stack.length > 0) {
    const [node, role] = stack.pop() as [Nodes, Role | undefined];
    // Definitions copied in from other pieces (footnotes among them) are said where they stand.
    if ((node.position?.start.offset ?? 0) >= ownEnd && node.type !== 'root') continue;
    switch (node.type) {
      case 'heading':
        push(inlineText(node), 'heading', node.depth, undefined);
        break;
      case 'paragraph':
        push(inlineText(node), 'paragraph', 2, role);
        break;
      case 'code':
        push(preText(node.value), 'paragraph', 2, 'pre');
        break;
      case 'html':
        push(textOf(parseHtml(node.value).root), 'paragraph', 2, role);
        break;
      case 'tableRow':
        // A row is data, not prose: never a heading (the header row is short and unpunctuated), never speech.
        push(node.children.map((cell) => inlineText(cell)).join(' | '), 'paragraph', 2, 'table-row');
        break;
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        if ('children' in node) {
          // A quote marks everything inside it; a list item inside a quote stays a quote.
          const inner: Role | undefined = node.type === 'blockquote' ? 'blockquote' : node.type === 'listItem' && role !== 'blockquote' ? 'list-item' : role;
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Nodes, inner]);
        }
    }
  }
  return out;
}

/** The words of inline content: emphasis, links, code spans flattened; images, HTML tags and footnote marks dropped. */
function inlineText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if (n.type === 'image' || n.type === 'imageReference' || n.type === 'footnoteReference' || n.type === 'html') continue;
    else if ('children' in n) {
      const children = n.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return collapse(out);
}

/** Text micromark is not given (chunks.ts): paragraphs at blank lines, white space collapsed. */
function plainParagraphs(text: string): RawBlock[] {
  const out: RawBlock[] = [];
  for (const part of text.split(/\n[ \t]*\n/)) {
    const t = collapse(part);
    if (t && /[\p{L}\p{N}]/u.test(t)) out.push({ text: t, kind: 'paragraph', depth: 2 });
  }
  return out;
}

/** Code keeps its lines; blank lines go (a block never holds the blank-line separator). */
function preText(value: string): string {
  const kept: string[] = [];
  for (const line of value.split('\n')) {
    const trimmed = line.replace(/\r$/, '').trimEnd();
    if (trimmed) kept.push(trimmed);
  }
  return kept.join('\n').trim();
}
