import { Parser } from 'htmlparser2';

/**
 * A compact element tree built straight from htmlparser2's events: only what content scoring and
 * block collection need. Text nodes are plain strings. `all` lists every element in document
 * (pre-)order, so a reverse loop over it visits children before parents: every later pass is a
 * loop over that array, never a recursion, so 10,000-deep nesting cannot overflow the stack.
 */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  parent: HtmlElement | null;
  children: HtmlNode[];
  /** Position in `ParsedHtml.all`. */
  order: number;
  /** Nesting depth below the root. */
  depth: number;
  /** Class and id tokens, computed once on first use (see `tokensOfElement`). */
  tokens?: string[];
}

export type HtmlNode = HtmlElement | string;

export interface ParsedHtml {
  root: HtmlElement;
  all: HtmlElement[];
  /** Attributes of every <meta>, wherever it sits (some sites put them in <body>). */
  metas: Record<string, string>[];
  /** Attributes of every <link>. */
  links: Record<string, string>[];
  /** Raw text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** Text of the first <title>. */
  title: string;
  /** Attributes of <html>. */
  htmlAttrs: Record<string, string>;
}

/**
 * Elements dropped while parsing, content and all: never text of the article, and scripts and
 * styles are never run. JSON-LD scripts are read for metadata, then dropped too.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'input',
  'video',
  'audio',
  'map',
  'dialog',
]);

/** Parses HTML into the compact tree; linear in the input, tolerant of any malformed markup. */
export function parseHtml(html: string): ParsedHtml {
  const root: HtmlElement = { tag: '#root', attrs: {}, parent: null, children: [], order: 0, depth: 0 };
  const all: HtmlElement[] = [root];
  const metas: Record<string, string>[] = [];
  const links: Record<string, string>[] = [];
  const jsonLd: string[] = [];
  let title = '';
  let titleDone = false;
  let htmlAttrs: Record<string, string> = {};

  let current = root;
  // Depth of skipped elements we are inside; their opens and closes are counted, not built.
  let skipDepth = 0;
  let capture: 'title' | 'json' | null = null;
  let captured = '';

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') metas.push(attribs);
        else if (name === 'link') links.push(attribs);
        else if (name === 'html') htmlAttrs = attribs;
        else if (name === 'title' && !titleDone && capture === null) {
          capture = 'title';
          captured = '';
        } else if (name === 'script' && capture === null && /ld\+json/i.test(attribs.type ?? '')) {
          capture = 'json';
          captured = '';
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth = 1;
          return;
        }
        // <html> and <title> add nothing to the tree; <body> stays for its attributes (dir, class).
        if (name === 'html' || name === 'title') return;
        const el: HtmlElement = { tag: name, attrs: attribs, parent: current, children: [], order: all.length, depth: current.depth + 1 };
        all.push(el);
        current.children.push(el);
        current = el;
      },
      onclosetag(name) {
        if (name === 'title' && capture === 'title') {
          title = captured;
          titleDone = true;
          capture = null;
        } else if (name === 'script' && capture === 'json') {
          if (captured.trim()) jsonLd.push(captured);
          capture = null;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'html' || name === 'title') return;
        if (current.parent && current.tag === name) current = current.parent;
      },
      ontext(data) {
        if (capture) {
          captured += data;
          return;
        }
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + data;
        else current.children.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, all, metas, links, jsonLd, title, htmlAttrs };
}

/** The concatenated text of an element, whitespace collapsed. Iterative. */
export function textOf(el: HtmlElement, limit = Number.POSITIVE_INFINITY): string {
  let out = '';
  const stack: HtmlNode[] = [el];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as HtmlNode;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.tag === 'br') out += ' ';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return collapse(out);
}

const SPACES = /\s+/g;

export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

const TOKEN_SPLIT = /[^a-z0-9]+/;

/** The class and id of an element as lower-case tokens (split at `-`, `_`, spaces), cached on it. */
export function tokensOfElement(el: HtmlElement): string[] {
  if (el.tokens) return el.tokens;
  const both = classAndId(el);
  el.tokens = both ? both.split(TOKEN_SPLIT).filter((t) => t.length > 0) : [];
  return el.tokens;
}

/** Class and id of an element, lower-cased, as one string of tokens. */
export function classAndId(el: HtmlElement): string {
  const cls = el.attrs.class;
  const id = el.attrs.id;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}
