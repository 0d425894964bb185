import { type ArticleDocument, blocksOf } from '@maqal/core/structure';

/** A stretch of `doc.text` to highlight and step through with n/N: a search hit, a mention, a quote. */
export interface Target {
  start: number;
  end: number;
}

// Matching ignores what Arabic readers do not see as a difference: harakat, tatweel, hamza on
// alef, alef maqsura / ya, ta marbuta / ha. The text shown is never changed.
const DROP = /[\u064B-\u065F\u0670\u0640\u200C-\u200F]/u;
const FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };

/** The folded text and, for each of its code units, the offset in the original it came from. */
export function foldForSearch(text: string, base = 0): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (DROP.test(c)) continue;
    const f = FOLD[c] ?? c.toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(base + i);
  }
  origin.push(base + text.length);
  return { folded, origin };
}

const foldedBlocks = new WeakMap<ArticleDocument, { folded: string; origin: number[] }[]>();

/** Every place the query occurs in the title, headings and paragraphs, in text order. */
export function findMatches(doc: ArticleDocument, query: string): Target[] {
  const needle = foldForSearch(query.trim()).folded;
  if (!needle) return [];
  let blocks = foldedBlocks.get(doc);
  if (!blocks) {
    blocks = [...blocksOf(doc)].map((block) => foldForSearch(block.text, block.position.start.offset as number));
    foldedBlocks.set(doc, blocks);
  }
  const out: Target[] = [];
  for (const { folded, origin } of blocks) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      out.push({ start: origin[at] as number, end: (origin[at + needle.length - 1] as number) + 1 });
    }
  }
  return out;
}

/** Whether `text` holds the folded query: for filtering lists (library, panels). */
export function matchesQuery(text: string, query: string): boolean {
  const needle = foldForSearch(query.trim()).folded;
  return needle === '' || foldForSearch(text).folded.includes(needle);
}
