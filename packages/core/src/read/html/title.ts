import { classAndId, type HtmlElement, type ParsedHtml, textOf } from './dom.js';
import { isInside, type Measures } from './measure.js';
import type { PageMeta } from './metadata.js';

/**
 * The article's title: the page heading that agrees with what the page declares (JSON-LD
 * headline, og:title, <title>), else the h1 nearest the article, else the declared title itself
 * (a <title> loses its " | Site" tail). `element` is set when the title is a heading of the page,
 * so the extractor can keep it out of the body.
 */
export interface TitleChoice {
  text: string;
  element?: HtmlElement;
}

const BRANDING = /\blogo\b|site-?(?:title|name)|brand|masthead/;

const SEPARATOR = /\s+[|\-–—:·•»«]\s+|\s+::\s+/;

export function chooseTitle(parsed: ParsedHtml, m: Measures, meta: PageMeta, articleRoot: HtmlElement | null, excluded: Uint8Array): TitleChoice | null {
  const declared = [meta.headline, meta.ogTitle, meta.title].filter((t): t is string => !!t);
  const keys = declared.map(matchKey);
  const headings: HtmlElement[] = [];
  for (const el of parsed.all) {
    if (el.tag === 'h1' || el.tag === 'h2' || el.tag === 'h3') headings.push(el);
    if (headings.length > 400) break;
  }
  let fallbackH1: HtmlElement | undefined;
  let nearestH1: HtmlElement | undefined;
  let partial: TitleChoice | undefined;
  for (const el of headings) {
    const text = textOf(el, 600);
    if (!text || text.length > 500) continue;
    const branded = BRANDING.test(classAndId(el));
    const key = matchKey(text);
    if (key.length >= 3 && !branded) {
      // An exact match wins at once (an h2/h3 only then: sites without an h1 still mark their headline).
      if (keys.includes(key)) return { text, element: el };
      // A heading that is most of a declared title ("Headline | Site") or the other way round.
      if (!partial && el.tag === 'h1' && keys.some((k) => overlaps(k, key))) partial = { text, element: el };
    }
    if (el.tag !== 'h1' || excluded[el.order] || branded) continue;
    fallbackH1 ??= el;
    if (articleRoot && (el.order < articleRoot.order || isInside(m, el, articleRoot))) nearestH1 = el;
  }
  if (partial) return partial;
  const h1 = nearestH1 ?? (declared.length === 0 ? fallbackH1 : undefined);
  if (h1) return { text: textOf(h1, 600), element: h1 };
  const fromMeta = meta.headline ?? meta.ogTitle ?? (meta.title ? stripSiteName(meta.title, meta.site) : undefined);
  return fromMeta ? { text: fromMeta } : null;
}

function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 15 && short.length >= 0.5 * long.length && long.includes(short);
}

/** "Headline | Site" → "Headline": drop the part naming the site, or the last part when the rest is a real title. */
export function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  if (site) {
    const siteKey = matchKey(site);
    const kept = parts.filter((p) => matchKey(p) !== siteKey);
    if (kept.length < parts.length && kept.length > 0) return kept.join(' - ');
  }
  const head = parts.slice(0, -1).join(' - ');
  return head.split(/\s+/).length >= 3 ? head : title;
}

/** Comparison form: lower case, letters and digits only (so quotes and dashes do not matter). */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
