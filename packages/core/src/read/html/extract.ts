import { bylineInPage, cleanByline } from './byline.js';
import { cleanBlocks } from './clean.js';
import { collectBlocks, type RawBlock } from './collect.js';
import { dateInPage } from './dates.js';
import { collapse, type HtmlElement, type HtmlNode, type ParsedHtml, textOf, tokensOfElement } from './dom.js';
import { isInside, type Measures } from './measure.js';
import type { PageMeta } from './metadata.js';
import { findCandidate, isChrome } from './score.js';
import { chooseTitle } from './title.js';
import { CAPTION_TOKENS, hasToken } from './vocabulary.js';

export interface Extraction {
  title: string | null;
  blocks: RawBlock[];
  byline?: string;
  published?: string;
}

/**
 * Elements left out before scoring: chrome by tag, role, visibility and class vocabulary, with
 * everything below them. `strict: false` keeps the class vocabulary out of it, for pages whose
 * templates name the article's own wrapper like chrome.
 */
function excludeChrome(parsed: ParsedHtml, m: Measures, strict: boolean): Uint8Array {
  const { all } = parsed;
  const excluded = new Uint8Array(all.length);
  const bodyChars = m.text[0] as number;
  for (let i = 1; i < all.length; i++) {
    const el = all[i] as HtmlElement;
    if (el.parent && excluded[el.parent.order]) {
      excluded[i] = 1;
      continue;
    }
    // What holds most of the page's text is never chrome, whatever its name (ASP.NET's page-wide <form>).
    if ((m.text[i] as number) > 0.5 * bodyChars) continue;
    if (strict ? isChrome(el, tokensOfElement(el)) : isHiddenOrNav(el)) excluded[i] = 1;
  }
  return excluded;
}

function isHiddenOrNav(el: HtmlElement): boolean {
  return el.tag === 'nav' || 'hidden' in el.attrs || el.attrs['aria-hidden'] === 'true';
}

const MIN_ARTICLE_CHARS = 200;

export function extractArticle(parsed: ParsedHtml, m: Measures, meta: PageMeta): Extraction {
  let excluded = excludeChrome(parsed, m, true);
  let candidate = findCandidate(parsed, m, excluded);
  let blocks = candidate ? collectBlocks(candidate.parts, m, partsChars(candidate.parts, m)) : [];
  if (bodyChars(blocks) < MIN_ARTICLE_CHARS && (m.text[0] as number) > MIN_ARTICLE_CHARS * 2) {
    // Too little: the template may name the article like chrome. Try again without the vocabulary.
    const looseExcluded = excludeChrome(parsed, m, false);
    const loose = findCandidate(parsed, m, looseExcluded);
    const looseBlocks = loose ? collectBlocks(loose.parts, m, partsChars(loose.parts, m)) : [];
    if (bodyChars(looseBlocks) > bodyChars(blocks)) {
      candidate = loose;
      blocks = looseBlocks;
      excluded = looseExcluded;
    }
  }
  if (bodyChars(blocks) < MIN_ARTICLE_CHARS && meta.articleBody && meta.articleBody.length >= MIN_ARTICLE_CHARS) {
    // An app shell whose text is rendered by script: the publisher's JSON-LD copy is the article.
    blocks = paragraphsOf(meta.articleBody, parsed.root);
  }
  const title = chooseTitle(parsed, m, meta, candidate?.root ?? null, excluded);
  const result: Extraction = { title: title?.text ?? null, blocks: [] };
  const byline = cleanByline(meta.byline) ?? bylineInPage(parsed);
  if (byline) result.byline = byline;
  const published = meta.published ?? dateInPage(parsed);
  if (published) result.published = published;
  if (candidate) blocks = withFrameCaptions(blocks, candidate.parts, title?.element, m, excluded);
  result.blocks = cleanBlocks(blocks, title?.text ?? null, title?.element, result, m);
  return result;
}

/**
 * Captions of the article's pictures that sit outside the body, between the headline and the text
 * (a lead image): taken from the article's frame — the nearest element holding both the title and
 * the body, or the body's <article> — when that frame is little more than the article itself.
 */
function withFrameCaptions(blocks: RawBlock[], parts: HtmlElement[], titleEl: HtmlElement | undefined, m: Measures, excluded: Uint8Array): RawBlock[] {
  const first = parts[0] as HtmlElement;
  const last = parts[parts.length - 1] as HtmlElement;
  let frame: HtmlElement | null = null;
  if (titleEl) {
    for (let p = first.parent; p && p.order > 0; p = p.parent) {
      if (isInside(m, titleEl, p)) {
        frame = p;
        break;
      }
    }
  }
  if (!frame) for (let p = first.parent; p && p.order > 0 && !frame; p = p.parent) if (p.tag === 'article') frame = p;
  if (!frame || frame.tag === 'body') return blocks;
  const own = partsChars(parts, m);
  if ((m.text[frame.order] as number) > 1.5 * own + 1500) return blocks;
  const before: RawBlock[] = [];
  const after: RawBlock[] = [];
  const end = m.end[last.order] as number;
  const stack: HtmlElement[] = [frame];
  while (stack.length > 0) {
    const el = stack.pop() as HtmlElement;
    if (excluded[el.order] || parts.includes(el)) continue;
    if (el !== frame && (el.tag === 'figcaption' || hasToken(tokensOfElement(el), CAPTION_TOKENS))) {
      const text = textOf(el, 500);
      if (text && text.length <= 400 && /[\p{L}\p{N}]/u.test(text)) {
        const block: RawBlock = { text, kind: 'paragraph', depth: 2, role: 'caption', linkChars: 0, source: el };
        if (el.order < first.order) before.push(block);
        else if (el.order > end) after.push(block);
      }
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i] as HtmlNode;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return before.length + after.length === 0 ? blocks : [...before, ...blocks, ...after];
}

/** Plain text to paragraph blocks: one per non-blank line. */
function paragraphsOf(text: string, source: HtmlElement): RawBlock[] {
  const out: RawBlock[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = collapse(line);
    if (t && /[\p{L}\p{N}]/u.test(t)) out.push({ text: t, kind: 'paragraph', depth: 2, linkChars: 0, source });
  }
  return out;
}

function partsChars(parts: HtmlElement[], m: Measures): number {
  let total = 0;
  for (const p of parts) total += m.text[p.order] as number;
  return total;
}

function bodyChars(blocks: RawBlock[]): number {
  let total = 0;
  for (const b of blocks) if (b.role !== 'caption') total += b.text.length;
  return total;
}
