import type { Direction } from '../../model/types.js';
import { toIsoDate } from './dates.js';
import type { ParsedHtml } from './dom.js';
import { collapse } from './dom.js';

/**
 * What the page says about itself, from the most to the least deliberate source: JSON-LD
 * (NewsArticle and kin, also inside @graph), OpenGraph and article:* properties, plain <meta>,
 * then <link rel=canonical> and <html lang/dir>. Bylines and dates printed in the page are found
 * by the extractor, which sees the article's blocks.
 */
export interface PageMeta {
  title?: string;
  headline?: string;
  ogTitle?: string;
  byline?: string;
  published?: string;
  site?: string;
  url?: string;
  /** Other declared URLs (og:url, JSON-LD), for when the canonical one is relative and no base is known. */
  urls?: string[];
  description?: string;
  lang?: string;
  dir?: Direction;
  /** JSON-LD articleBody: the publisher's own copy of the text, used to check the extraction. */
  articleBody?: string;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|AskPublicEditor|Satirical|Scholarly|Tech|Social|Advertiser|Report)?Article$|^(?:BlogPosting|LiveBlogPosting|Posting|Report|NewsArticle)$/;
/** JSON-LD nodes visited at most: a bound on hostile or huge graphs. */
const MAX_NODES = 2000;

export function pageMeta(parsed: ParsedHtml): PageMeta {
  const meta: PageMeta = {};
  const named = new Map<string, string>();
  for (const attrs of parsed.metas) {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase().trim();
    const content = attrs.content;
    if (!key || content === undefined || named.has(key)) continue;
    const value = collapse(content);
    if (value) named.set(key, value);
  }
  const ld = articleFromJsonLd(parsed.jsonLd);

  meta.headline = str(ld?.headline) ?? str(ld?.name);
  meta.ogTitle = named.get('og:title') ?? named.get('twitter:title');
  meta.title = collapse(parsed.title) || undefined;
  meta.byline =
    authorsOf(ld?.author) ?? named.get('author') ?? named.get('article:author') ?? named.get('byl') ?? named.get('dc.creator') ?? named.get('sailthru.author');
  if (meta.byline && /^https?:\/\//.test(meta.byline)) meta.byline = undefined;
  meta.published = firstDate(
    str(ld?.datePublished),
    str(ld?.dateCreated),
    named.get('article:published_time'),
    named.get('og:article:published_time'),
    named.get('datepublished'),
    named.get('pubdate'),
    named.get('publishdate'),
    named.get('publish-date'),
    named.get('date'),
    named.get('dc.date'),
    named.get('dc.date.issued'),
    named.get('dcterms.created'),
    named.get('sailthru.date'),
    named.get('parsely-pub-date'),
    str(ld?.dateModified),
  );
  meta.site = named.get('og:site_name') ?? nameOf(ld?.publisher) ?? named.get('application-name') ?? named.get('twitter:site')?.replace(/^@/, '');
  meta.description = named.get('og:description') ?? named.get('description') ?? str(ld?.description) ?? named.get('twitter:description');
  const canonical = parsed.links.find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.rel ?? '') && l.href)?.href;
  const urls = [canonical, named.get('og:url'), idOf(ld?.mainEntityOfPage), str(ld?.url)].filter((u): u is string => !!u);
  meta.url = urls[0];
  meta.urls = urls;
  const lang = parsed.htmlAttrs.lang ?? parsed.htmlAttrs['xml:lang'] ?? str(ld?.inLanguage) ?? named.get('og:locale') ?? named.get('content-language');
  if (lang) meta.lang = lang.trim().replace(/_/g, '-');
  // Many Arabic templates set dir on <body> rather than <html>.
  const body = parsed.all.find((el) => el.tag === 'body' || el.depth > 2);
  const dir = (parsed.htmlAttrs.dir ?? (body?.tag === 'body' ? body.attrs.dir : undefined) ?? '').toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  // Kept as written: its line breaks are the only paragraph breaks it has.
  const articleBody = ld?.articleBody;
  if (typeof articleBody === 'string' && articleBody.trim()) meta.articleBody = articleBody;
  return meta;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const s = collapse(value);
    return s || undefined;
  }
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return str((value as Json).name);
  return undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (value && typeof value === 'object') return str((value as Json)['@id']) ?? str((value as Json).url);
  return undefined;
}

function authorsOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const a of list.slice(0, 10)) {
    const name = nameOf(a);
    if (name && !names.includes(name) && !/^https?:\/\//.test(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const iso = toIsoDate(v);
    if (iso) return iso;
  }
  return undefined;
}

/** The article node of the page's JSON-LD: the first *Article / *Posting, through arrays and @graph. */
function articleFromJsonLd(scripts: string[]): Json | undefined {
  let fallback: Json | undefined;
  for (const raw of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let seen = 0;
    while (queue.length > 0 && seen < MAX_NODES) {
      const node = queue.shift();
      seen++;
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, 200));
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const obj = node as Json;
      const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
      if (!fallback && types.includes('WebPage') && (obj.headline || obj.datePublished)) fallback = obj;
      if (obj['@graph']) queue.push(obj['@graph']);
      if (obj.mainEntity && typeof obj.mainEntity === 'object') queue.push(obj.mainEntity);
    }
  }
  return fallback;
}
