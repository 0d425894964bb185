import type { Direction } from '@maqal/core/structure';
import { bidi } from './bidi-js.js';
import { type Grapheme, graphemesOf } from './graphemes.js';
import { shapeGraphemes, shapingEnabled } from './shape.js';

/**
 * Resolved embedding levels (UAX #9, rules P–I) of a whole paragraph. Levels are resolved on the
 * paragraph, not on each wrapped line, because neutrals and numbers take their direction from
 * neighbours that may sit on the previous or next line.
 */
export function paragraphLevels(text: string, dir: Direction | 'auto'): { levels: Uint8Array; base: 0 | 1 } {
  // Most Arabic paragraphs hold only right-to-left letters, their marks, spaces and punctuation
  // that is neither a number nor a number separator: every level is then 1 (UAX #9: neutrals
  // between R resolve to R, and to the embedding direction at the edges), no algorithm needed.
  if (dir === 'rtl' && ONLY_RTL_AND_NEUTRALS.test(text)) return { levels: new Uint8Array(text.length).fill(1), base: 1 };
  const result = bidi.getEmbeddingLevels(text, dir);
  const base = (result.paragraphs[0]?.level ?? (dir === 'rtl' ? 1 : 0)) & 1 ? 1 : 0;
  return { levels: result.levels, base };
}

const ONLY_RTL_AND_NEUTRALS =
  /^[\u0606-\u065F\u066D-\u06DC\u06DE-\u06EF\u06FA-\u06FF\u0750-\u077F\u0870-\u088E\u0898-\u08E1\u08E3-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF \t!"&'()*,./:;<=>?@[\]^_`{|}~«»“”‘’…–—]*$/u;

const TRAILING = /^[\s\u2066-\u2069]+$/u;

/**
 * One wrapped line from logical to visual order (UAX #9 rules L1, L2, L4), by grapheme: a letter
 * and its marks move together, so a shadda stays on its letter after the line is reversed.
 * `levels[i]` is the level of the code unit at offset `levelsFrom + i`.
 */
export function reorderGraphemes<T extends Grapheme>(line: readonly T[], levels: Uint8Array, levelsFrom: number, base: 0 | 1): T[] {
  const n = line.length;
  const lineLevels = new Uint8Array(n);
  let max: number = base;
  for (let i = 0; i < n; i++) {
    const level = levels[(line[i] as T).offset - levelsFrom] ?? base;
    lineLevels[i] = level;
    if (level > max) max = level;
  }
  // L1: whitespace at the end of a line goes back to the paragraph level.
  for (let i = n - 1; i >= 0 && TRAILING.test((line[i] as T).text); i--) lineLevels[i] = base;
  let minOdd = 255;
  for (let i = 0; i < n; i++) {
    const level = lineLevels[i] as number;
    if (level & 1 && level < minOdd) minOdd = level;
  }
  const order = [...line];
  // L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < n; i++) {
      if ((lineLevels[i] as number) < level) continue;
      let j = i;
      while (j + 1 < n && (lineLevels[j + 1] as number) >= level) j++;
      reverseRange(order, lineLevels, i, j);
      i = j;
    }
  }
  // L4: a bracket in right-to-left text shows as its mirror image, so «(» still opens the aside.
  for (let i = 0; i < n; i++) {
    const g = order[i] as T;
    if (!((levels[g.offset - levelsFrom] ?? base) & 1)) continue;
    const mirror = bidi.getMirroredCharacter(g.text[0] as string);
    if (mirror) order[i] = { ...g, text: mirror + g.text.slice(1) };
  }
  return order;
}

function reverseRange<T>(items: T[], levels: Uint8Array, from: number, to: number): void {
  for (let a = from, b = to; a < b; a++, b--) {
    const item = items[a] as T;
    items[a] = items[b] as T;
    items[b] = item;
    const level = levels[a] as number;
    levels[a] = levels[b] as number;
    levels[b] = level;
  }
}

/** A short standalone string (a title in a list, a speaker's name) in visual order. */
export function visualString(text: string, dir: Direction | 'auto' = 'auto'): string {
  // Left-to-right text in a left-to-right (or undetermined) context needs no work.
  if (dir !== 'rtl' && !/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067]/u.test(text)) return text;
  const { levels, base } = paragraphLevels(text, dir);
  const graphemes = graphemesOf(text);
  if (shapingEnabled()) shapeGraphemes(graphemes);
  return reorderGraphemes(graphemes, levels, 0, base)
    .map((g) => g.text)
    .join('');
}
