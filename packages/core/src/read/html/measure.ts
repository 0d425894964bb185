import type { HtmlElement, ParsedHtml } from './dom.js';
import { BLOCK_TAGS } from './vocabulary.js';

/**
 * Text statistics of every element, indexed by `HtmlElement.order`, computed in one bottom-up
 * pass (a reverse loop over the pre-order list). Lengths count non-white-space characters, so
 * indentation and templates' blank runs weigh nothing.
 */
export interface Measures {
  /** Characters of text inside the element. */
  text: Float64Array;
  /** Characters of text inside links. */
  link: Float64Array;
  /** Commas (Latin, Arabic, CJK) inside the element: a sign of prose. */
  commas: Float64Array;
  /** Characters of the element's own inline text (text children and inline descendants), not in child blocks. */
  inline: Float64Array;
  inlineCommas: Float64Array;
  /** Paragraph-like descendants (p, and blocks with their own prose). */
  paragraphs: Float64Array;
  /** List items and images below, for the list- and gallery-shaped clutter tests. */
  items: Float64Array;
  images: Float64Array;
  /** The order of the last element inside each element: its subtree is [order, end]. */
  end: Int32Array;
}

export function measure(parsed: ParsedHtml): Measures {
  const n = parsed.all.length;
  const m: Measures = {
    text: new Float64Array(n),
    link: new Float64Array(n),
    commas: new Float64Array(n),
    inline: new Float64Array(n),
    inlineCommas: new Float64Array(n),
    paragraphs: new Float64Array(n),
    items: new Float64Array(n),
    images: new Float64Array(n),
    end: new Int32Array(n),
  };
  const { all } = parsed;
  for (let i = n - 1; i >= 0; i--) {
    const el = all[i] as HtmlElement;
    let text = 0;
    let link = 0;
    let commas = 0;
    let inline = 0;
    let inlineCommas = 0;
    let paragraphs = 0;
    let items = 0;
    let images = 0;
    let end = i;
    for (const child of el.children) {
      if (typeof child === 'string') {
        const [chars, c] = countText(child);
        text += chars;
        commas += c;
        inline += chars;
        inlineCommas += c;
        continue;
      }
      const o = child.order;
      end = m.end[o] as number;
      text += m.text[o] as number;
      link += m.link[o] as number;
      commas += m.commas[o] as number;
      paragraphs += m.paragraphs[o] as number;
      items += m.items[o] as number;
      images += m.images[o] as number;
      if (!BLOCK_TAGS.has(child.tag)) {
        inline += m.inline[o] as number;
        inlineCommas += m.inlineCommas[o] as number;
      }
    }
    if (el.tag === 'a') link = text;
    else if (el.tag === 'li') items++;
    else if (el.tag === 'img') images++;
    if (el.tag === 'p' || (inline >= 40 && BLOCK_TAGS.has(el.tag))) paragraphs++;
    m.text[i] = text;
    m.link[i] = link;
    m.commas[i] = commas;
    m.inline[i] = inline;
    m.inlineCommas[i] = inlineCommas;
    m.paragraphs[i] = paragraphs;
    m.items[i] = items;
    m.images[i] = images;
    m.end[i] = end;
  }
  return m;
}

/** Non-white-space characters and commas of a text node. */
function countText(s: string): [number, number] {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)) continue;
    chars++;
    if (c === 44 || c === 0x60c || c === 0xff0c || c === 0x3001) commas++;
  }
  return [chars, commas];
}

/** Whether `el` lies inside `ancestor` (not itself): one comparison of pre-order ranges. */
export function isInside(m: Measures, el: HtmlElement, ancestor: HtmlElement): boolean {
  return el.order > ancestor.order && el.order <= (m.end[ancestor.order] as number);
}

export function linkDensity(m: Measures, el: HtmlElement): number {
  const t = m.text[el.order] as number;
  return t === 0 ? 0 : (m.link[el.order] as number) / t;
}
