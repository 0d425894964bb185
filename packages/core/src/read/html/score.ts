import { type HtmlElement, type ParsedHtml, textOf, tokensOfElement } from './dom.js';
import { isInside, linkDensity, type Measures } from './measure.js';
import { ALWAYS_DROPPED_TAGS, DROPPED_ROLES, EMBED_TOKENS, hasToken, NEGATIVE_TOKENS, POSITIVE_TOKENS, UNLIKELY_TOKENS } from './vocabulary.js';

/**
 * Finds the element that holds the article. Each prose block (a paragraph, or a block with prose
 * of its own) gives its parent a score for its length and commas, and a falling share to its
 * ancestors; containers are weighted by tag and class vocabulary and discounted by link density.
 * The best container wins, then climbs while its ancestors hold comparable prose, so an article
 * split across sibling wrappers is taken whole.
 */
export interface Candidate {
  root: HtmlElement;
  /** Siblings of `root` (with `root` itself, in order) that belong to the article too. */
  parts: HtmlElement[];
  scores: Float64Array;
}

const TAG_BONUS: Record<string, number> = {
  div: 5,
  article: 10,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Class/id weight: +25 for the body vocabulary, −25 for the chrome vocabulary; itemprop counts most. */
export function classWeight(el: HtmlElement): number {
  let w = 0;
  const prop = el.attrs.itemprop;
  if (prop && /articlebody|\btext\b/i.test(prop)) w += 40;
  const tokens = tokensOfElement(el);
  if (tokens.length === 0) return w;
  if (hasToken(tokens, POSITIVE_TOKENS)) w += 25;
  if (hasToken(tokens, NEGATIVE_TOKENS) && !hasToken(tokens, EMBED_TOKENS)) w -= 25;
  return w;
}

/** Chrome that is never part of the article: navigation, asides, forms, and the unlikely vocabulary. */
export function isChrome(el: HtmlElement, tokens: string[]): boolean {
  if (ALWAYS_DROPPED_TAGS.has(el.tag)) return true;
  const role = el.attrs.role;
  if (role && DROPPED_ROLES.has(role)) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  // An embedded post (a tweet, a "social-media-embed") inside the article is what someone said.
  if (hasToken(tokens, EMBED_TOKENS)) return false;
  return hasToken(tokens, UNLIKELY_TOKENS) && !hasToken(tokens, POSITIVE_TOKENS);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PROSE_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);

export function findCandidate(parsed: ParsedHtml, m: Measures, excluded: Uint8Array): Candidate | null {
  const { all } = parsed;
  const n = all.length;
  const scores = new Float64Array(n);
  const scored = new Uint8Array(n);

  const init = (el: HtmlElement) => {
    scored[el.order] = 1;
    // A name like `text` or `content` on a box of two lines (a sign-up form) is not an article:
    // the name's bonus grows with the text it holds, full at 500 characters.
    const weight = classWeight(el);
    const share = weight > 0 ? Math.min(1, (m.text[el.order] as number) / 500) : 1;
    scores[el.order] = (TAG_BONUS[el.tag] ?? 0) + weight * share;
  };

  for (let i = 1; i < n; i++) {
    const el = all[i] as HtmlElement;
    if (excluded[i]) continue;
    const len = m.inline[i] as number;
    if (len < 25 || HEADINGS.has(el.tag)) continue;
    if (!PROSE_TAGS.has(el.tag) && (m.inline[i] as number) < 0.5 * (m.text[i] as number)) {
      // A wrapper whose own loose text is a small part of it: its paragraphs score it instead.
      if (len < 80) continue;
    }
    if (el.tag === 'li' && len < 80) continue;
    if (el.tag === 'a' || el.tag === 'span' || el.tag === 'b' || el.tag === 'strong' || el.tag === 'em' || el.tag === 'i') continue;
    const ownLinks = linkDensity(m, el);
    if (ownLinks > 0.6) continue;
    const score = 1 + (m.inlineCommas[i] as number) + Math.min(Math.floor(len / 100), 3);
    // A block with its own prose scores its parent and itself; ancestors get a falling share.
    let ancestor: HtmlElement | null = PROSE_TAGS.has(el.tag) ? el.parent : el;
    for (let level = 0; ancestor && ancestor.order > 0 && level < 5; level++) {
      if (!scored[ancestor.order]) init(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores[ancestor.order] = (scores[ancestor.order] as number) + score / divider;
      ancestor = ancestor.parent;
    }
  }

  let best: HtmlElement | null = null;
  let bestScore = 0;
  const top: HtmlElement[] = [];
  for (let i = 1; i < n; i++) {
    if (!scored[i] || excluded[i]) continue;
    const el = all[i] as HtmlElement;
    const s = (scores[i] as number) * (1 - linkDensity(m, el));
    scores[i] = s;
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) {
    // No block holds prose of its own (text in bare inline markup): the whole body is the candidate.
    if ((m.text[0] as number) === 0) return null;
    const body = all.find((el) => el.tag === 'body') ?? (all[0] as HtmlElement);
    return { root: body, parts: [body], scores };
  }
  for (let i = 1; i < n; i++) if (scored[i] && !excluded[i] && (scores[i] as number) >= 0.75 * bestScore && all[i] !== best) top.push(all[i] as HtmlElement);
  if (top.length > 5) top.length = 5;

  // Several near-best candidates under one ancestor: the article is split, take the ancestor.
  if (top.length >= 2) {
    let ancestor = best.parent;
    while (ancestor && ancestor.order > 0 && ancestor.tag !== 'body') {
      let inside = 0;
      for (const t of top) if (isInside(m, t, ancestor)) inside++;
      if (inside >= Math.min(top.length, 3)) {
        best = ancestor;
        break;
      }
      ancestor = ancestor.parent;
    }
  }

  // Climb while the parent holds comparable prose: a wrapper split in sibling parts.
  let last = scores[best.order] as number;
  const threshold = last / 3;
  let parent = best.parent;
  while (parent && parent.order > 0 && parent.tag !== 'body') {
    if (!scored[parent.order]) {
      parent = parent.parent;
      continue;
    }
    const ps = scores[parent.order] as number;
    if (ps < threshold) break;
    if (ps > last) {
      best = parent;
      break;
    }
    last = ps;
    parent = parent.parent;
  }
  // A lone child carries nothing of its own: its parent is the same article with its frame.
  while (best.parent && best.parent.order > 0 && best.parent.tag !== 'body' && elementChildren(best.parent) === 1 && !excluded[best.parent.order])
    best = best.parent;

  return { root: best, parts: siblingsOf(best, scores, scored, m, excluded), scores };
}

function elementChildren(el: HtmlElement): number {
  let count = 0;
  for (const c of el.children) if (typeof c !== 'string') count++;
  return count;
}

/** The winner's siblings that continue the article: scored alike, or paragraphs of prose. */
function siblingsOf(best: HtmlElement, scores: Float64Array, scored: Uint8Array, m: Measures, excluded: Uint8Array): HtmlElement[] {
  const parent = best.parent;
  if (!parent || parent.order === 0) return [best];
  const bestScore = scores[best.order] as number;
  const threshold = Math.max(10, bestScore * 0.2);
  const parts: HtmlElement[] = [];
  const bestClass = best.attrs.class ?? '';
  for (const sib of parent.children) {
    if (typeof sib === 'string') continue;
    if (sib === best) {
      parts.push(sib);
      continue;
    }
    if (excluded[sib.order]) continue;
    let bonus = 0;
    if (bestClass && sib.attrs.class === bestClass) bonus += bestScore * 0.2;
    if (scored[sib.order] && (scores[sib.order] as number) + bonus >= threshold) {
      parts.push(sib);
      continue;
    }
    if (sib.tag === 'p' || (m.inline[sib.order] as number) >= 0.8 * (m.text[sib.order] as number)) {
      // Lengths here count letters, not spaces: 65 is about Readability's 80 characters.
      const len = m.text[sib.order] as number;
      const ld = linkDensity(m, sib);
      if (len > 65 && ld < 0.25) parts.push(sib);
      else if (len > 0 && ld === 0 && /[.!?؟。]$/.test(textOf(sib, 400))) parts.push(sib);
    }
  }
  return parts;
}
