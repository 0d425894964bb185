import { BYLINE_OPENERS_AR } from '../../lang/ar/bylines.js';
import { BYLINE_OPENERS_EN } from '../../lang/en/bylines.js';
import { collectBlocks, type RawBlock } from './collect.js';
import { findPrintedDate, toIsoDate } from './dates.js';
import { classAndId, collapse, type HtmlElement, type HtmlNode, type ParsedHtml, textOf } from './dom.js';
import { isInside, type Measures } from './measure.js';
import type { PageMeta } from './metadata.js';
import { findCandidate, isChrome } from './score.js';
import { chooseTitle, matchKey } from './title.js';
import { CAPTION_TOKENS, hasToken, tokensOf } from './vocabulary.js';

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
    if (strict ? isChrome(el, tokensOf(classAndId(el))) : isHiddenOrNav(el)) excluded[i] = 1;
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
  const byline = meta.byline ?? bylineInPage(parsed);
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
    if (el !== frame && (el.tag === 'figcaption' || hasToken(tokensOf(classAndId(el)), CAPTION_TOKENS))) {
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

/** A linked heading followed by its own prose is a section (a product, a chapter), not a link list. */
function headsProse(block: RawBlock, next: RawBlock | undefined): boolean {
  return (
    block.kind === 'heading' &&
    next !== undefined &&
    next.kind === 'paragraph' &&
    !next.role &&
    next.text.length >= 80 &&
    next.linkChars < 0.5 * next.text.length
  );
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

const BYLINE_TOKENS = new Set(['byline', 'author', 'authors', 'writer', 'reporter', 'contributor']);
const DATE_TOKENS = new Set(['date', 'time', 'published', 'timestamp', 'dateline', 'pubdate', 'posted']);

/** The page's printed byline: an author/byline element (or rel/itemprop author) with a short text. */
function bylineInPage(parsed: ParsedHtml): string | undefined {
  for (const el of parsed.all) {
    const marked = el.attrs.rel === 'author' || el.attrs.itemprop === 'author' || hasToken(tokensOf(classAndId(el)), BYLINE_TOKENS);
    if (!marked) continue;
    const text = textOf(el, 200);
    if (!text || text.length > 120) continue;
    const name = bylineName(text) ?? text;
    if (name.length >= 3 && /\p{L}/u.test(name)) return name;
  }
  return undefined;
}

/** A date printed in the page: <time datetime>, then elements named date/time, read to ISO. */
function dateInPage(parsed: ParsedHtml): string | undefined {
  for (const el of parsed.all) {
    if (el.tag === 'time') {
      const iso = toIsoDate(el.attrs.datetime) ?? findPrintedDate(textOf(el, 200));
      if (iso) return iso;
    }
  }
  for (const el of parsed.all) {
    if (!hasToken(tokensOf(classAndId(el)), DATE_TOKENS)) continue;
    const text = textOf(el, 200);
    if (text.length > 150) continue;
    const iso = findPrintedDate(text);
    if (iso) return iso;
  }
  return undefined;
}

/** Byline openers from lang/ (English and Arabic), longest first so "written by" beats "by". */
const OPENERS = [...BYLINE_OPENERS_AR, ...BYLINE_OPENERS_EN].sort((x, y) => y.length - x.length);
const AFTER_OPENER = /^[ \t\u00a0]*([:：\-–—])?[ \t\u00a0]*/;

/**
 * "By Jane Doe" / «كتب: محمد علي» → the name, cut before a date or time; undefined when the text
 * is prose that merely starts like a byline ("By the end of the day, …", «كتب الرئيس رسالة …»).
 */
export function bylineName(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 140) return undefined;
  const lower = t.toLowerCase();
  const opener = OPENERS.find((o) => lower.startsWith(o) && /^[\s:：\-–—]/.test(t.slice(o.length)));
  if (!opener) return undefined;
  const after = AFTER_OPENER.exec(t.slice(opener.length)) as RegExpExecArray;
  const rest = t.slice(opener.length + after[0].length);
  const name = cutBylineTail(rest);
  if (name.length < 2) return undefined;
  const words = name.split(/\s+/);
  if (/^[a-z]/.test(opener)) {
    // A byline is a few names, mostly capitalised.
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return words.length <= 12 && capitalised >= Math.ceil(words.length / 2) ? name : undefined;
  }
  // Arabic has no capitals: without a colon or dash after the opener, only a short name counts.
  return after[1] || (words.length <= 4 && !/[.؟!]$/.test(rest)) ? name : undefined;
}

/** Where a byline's name ends: a date, a time, a separator, "Updated …", an Arabic weekday. */
const BYLINE_TAIL =
  /\s*(?:[|•·–—]|\s-\s|\d|\b(?:updated|published|posted|on)\b|(?:يوم\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\p{L}])|في\s+\d)/iu;

function cutBylineTail(name: string): string {
  const m = BYLINE_TAIL.exec(name);
  const head = m ? name.slice(0, m.index) : name;
  return head.replace(/[\s,،:;-]+$/u, '').trim();
}

/** Whole blocks that are page furniture, in the languages of the web's templates. */
const FURNITURE =
  /^(?:advertisement|advertisements|advert|ad|ads|anzeige|publicidad|publicité|iklan|sponsored|sponsored content|caption|close|read more|read next|more|also|related|related (?:articles|stories|content|coverage)|see also|you may also like|you might also like|don'?t miss|most read|share|sharing is caring|share this(?: article| story)?|share on \w+|follow us(?: on \w+)?|sign up|subscribe|subscribe now|click here|continue reading|comments?|loading|image|photo|video|watch|listen|this slideshow requires javascript|filed under:?.*|(?:reading time|tempo de leitura|lesezeit|temps de lecture)\s*:?.*|\d+ min(?:ute)?s? read|إعلان|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|شارك|شارك الخبر|تابعونا|مواضيع ذات صلة|أخبار ذات صلة|اشترك|طالع أيضا)\s*[:.!…]*$/iu;

/** A photo credit or caption line that escaped <figcaption>: "(Image: GETTY)", "Name | Getty Images". */
const CREDIT =
  /(?:\((?:image|photo|picture|pic|video|credit|source)s?(?: credit)?\s*:[^)]{0,80}\)|\b(?:getty images|reuters|afp|ap photo|associated press|shutterstock|epa|alamy)\b\.?|©[^.]{0,60})\s*$/iu;

/** What an article's last lines say when they are the site talking, not the story. */
const TAIL_PROMO =
  /\b(?:follow (?:us|him|her|them|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?) (?:on|at)|subscribe (?:to (?:our|the)|now|today|for|here)|newsletters?|sign up (?:for|to|here|now)|join (?:our|us)|if you enjoyed|copyright|all rights reserved|may be reached at|can be reached at|contact (?:us|him|her|the author)|chat with us|listen (?:to|live|back)|full coverage|download (?:our|the) app|additional reporting|get access to|click here)\b|©|تابعونا|اشترك|جميع الحقوق محفوظة/iu;

/** A line that only stamps the time: "Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …". */
const DATELINE =
  /^(?:published|updated|posted|last updated|modified|publicado|atualizado|aktualisiert|veröffentlicht|publié|mis à jour|نشر|تحديث|آخر تحديث)(?:\s+(?:on|at|em|am|le|في))?\s*[:：]?\s*[\p{L}\p{N}][^!?؟]{0,100}$/iu;

/** A pointer to another article: "Read more: <link>", «اقرأ أيضا: <link>». */
const FURNITURE_LEAD =
  /^(?:read more|read next|more|related|see also|also read|recommended|watch|listen|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|طالع أيضا|شاهد|اقرأ كذلك)\s*[:：\-–—|»]/iu;

/**
 * The article's blocks as the reader should see them: no title repeated, no byline or date line,
 * no furniture ("Advertisement", «اقرأ أيضا»), no block that is one short link, no heading left
 * dangling at the end.
 */
function cleanBlocks(blocks: RawBlock[], title: string | null, titleEl: HtmlElement | undefined, found: Extraction, m: Measures): RawBlock[] {
  const titleKey = title ? matchKey(title) : '';
  const out: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    const text = block.text;
    if (titleEl && (block.source === titleEl || isInside(m, block.source, titleEl))) continue;
    if (titleKey && block.kind === 'heading' && matchKey(text) === titleKey) continue;
    if (titleKey && out.length < 3 && matchKey(text) === titleKey) continue;
    if (text.length <= 80 && FURNITURE.test(text)) continue;
    if (out.length < 6 && text.length <= 140) {
      const name = bylineName(text);
      if (name) {
        found.byline ??= name;
        continue;
      }
      if (text.length <= 60 && findPrintedDate(text) && !/[.!?؟]$/.test(text)) {
        found.published ??= findPrintedDate(text);
        continue;
      }
    }
    if (text.length <= 200 && block.linkChars > 0 && FURNITURE_LEAD.test(text)) continue;
    if (text.length <= 120 && block.kind === 'paragraph' && DATELINE.test(text) && /\d/.test(text)) continue;
    if (block.role === undefined && block.kind === 'paragraph' && text.length <= 160 && CREDIT.test(text)) {
      out.push({ ...block, role: 'caption' });
      continue;
    }
    // One short link on its own: "Read the full report", a related headline.
    const words = text.split(' ').length;
    if (block.role !== 'caption' && block.linkChars >= 0.85 * text.length && words <= 15 && !headsProse(block, blocks[i + 1])) continue;
    out.push(block);
  }
  // The site's own closing lines: newsletter, follow-us, copyright, contact the author.
  let tail = out.length;
  for (let i = out.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const b = out[i] as RawBlock;
    if (b.role === 'caption') continue;
    seen++;
    if (b.text.length <= 400 && TAIL_PROMO.test(b.text)) tail = i;
    else if (b.kind !== 'heading') break;
  }
  out.length = tail;
  while (out.length > 0 && (out[out.length - 1] as RawBlock).kind === 'heading') out.pop();
  return out;
}
