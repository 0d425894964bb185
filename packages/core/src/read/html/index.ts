import type { ReadBlock, ReadMeta, ReadOptions, ReadResult } from '../types.js';
import { parseHtml } from './dom.js';
import { extractArticle } from './extract.js';
import { measure } from './measure.js';
import { pageMeta } from './metadata.js';

/**
 * HTML → the article's text and blocks, and the page's metadata. The page is parsed by
 * htmlparser2 (scripts and styles dropped, never run); the article is found by content scoring
 * (extract.ts); its blocks are joined with blank lines into the canonical text, the title first.
 * A page with no article gives empty text and a `no-article-content` warning, never an exception.
 */
export function readHtml(html: string, options: ReadOptions = {}): ReadResult {
  const parsed = parseHtml(html);
  const page = pageMeta(parsed);
  const measures = measure(parsed);
  const article = extractArticle(parsed, measures, page);

  const meta: ReadMeta = {};
  const title = article.title ?? page.headline ?? page.ogTitle ?? page.title;
  if (title) meta.title = title;
  if (article.byline) meta.byline = article.byline;
  if (article.published) meta.published = article.published;
  if (page.site) meta.site = page.site;
  const url = resolveUrl(page.urls ?? [], options.url);
  if (url) meta.url = url;
  if (page.description) meta.description = page.description;
  if (page.lang) meta.lang = page.lang;
  if (page.dir) meta.dir = page.dir;

  const body = article.blocks.filter((b) => b.role !== 'caption');
  if (body.length === 0) {
    return {
      format: 'html',
      text: '',
      blocks: [],
      meta,
      messages: [{ reason: 'No article text was found in the page.', ruleId: 'no-article-content', severity: 'warning', source: 'read' }],
    };
  }

  let text = '';
  const blocks: ReadBlock[] = [];
  const push = (blockText: string, block: Omit<ReadBlock, 'start' | 'end'>) => {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += blockText;
    blocks.push({ start, end: text.length, ...block });
  };
  if (article.title) push(article.title, { kind: 'title', depth: 1 });
  for (const b of article.blocks) {
    const block: Omit<ReadBlock, 'start' | 'end'> = { kind: b.kind, depth: b.kind === 'paragraph' ? 2 : b.depth };
    if (b.kind === 'heading' && b.depth === 1) block.depth = 2;
    if (b.kind === 'paragraph') delete block.depth;
    if (b.role) block.role = b.role;
    push(b.text, block);
  }
  return { format: 'html', text, blocks, meta, messages: [] };
}

/** The first declared URL that is absolute, or resolves against the URL the page came from. */
function resolveUrl(declared: string[], base: string | undefined): string | undefined {
  for (const candidate of declared) {
    try {
      return new URL(candidate, base).href;
    } catch {
      // Relative with no base: try the next declaration.
    }
  }
  return base;
}
