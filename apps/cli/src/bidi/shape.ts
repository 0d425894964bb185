import type { Grapheme } from './graphemes.js';

/**
 * `--shape`: Arabic letters in their contextual presentation forms (isolated, final, initial,
 * medial; lam-alef ligatures), for terminals that draw every letter isolated. Done in logical
 * order, before wrapping and reordering, since a letter's form depends on its logical neighbours.
 */

// Per letter: its first presentation form and how many it has, in the order isolated, final,
// initial, medial (consecutive in Unicode's Arabic Presentation Forms-A and -B). Two forms: the
// letter joins only to the letter before it (alef, dal, ra, waw …); one: it never joins (hamza).
const FORM_RANGES: [string, number, number][] = [
  ['ء', 0xfe80, 1],
  ['آ', 0xfe81, 2],
  ['أ', 0xfe83, 2],
  ['ؤ', 0xfe85, 2],
  ['إ', 0xfe87, 2],
  ['ئ', 0xfe89, 4],
  ['ا', 0xfe8d, 2],
  ['ب', 0xfe8f, 4],
  ['ة', 0xfe93, 2],
  ['ت', 0xfe95, 4],
  ['ث', 0xfe99, 4],
  ['ج', 0xfe9d, 4],
  ['ح', 0xfea1, 4],
  ['خ', 0xfea5, 4],
  ['د', 0xfea9, 2],
  ['ذ', 0xfeab, 2],
  ['ر', 0xfead, 2],
  ['ز', 0xfeaf, 2],
  ['س', 0xfeb1, 4],
  ['ش', 0xfeb5, 4],
  ['ص', 0xfeb9, 4],
  ['ض', 0xfebd, 4],
  ['ط', 0xfec1, 4],
  ['ظ', 0xfec5, 4],
  ['ع', 0xfec9, 4],
  ['غ', 0xfecd, 4],
  ['ف', 0xfed1, 4],
  ['ق', 0xfed5, 4],
  ['ك', 0xfed9, 4],
  ['ل', 0xfedd, 4],
  ['م', 0xfee1, 4],
  ['ن', 0xfee5, 4],
  ['ه', 0xfee9, 4],
  ['و', 0xfeed, 2],
  ['ى', 0xfeef, 2],
  ['ي', 0xfef1, 4],
  ['پ', 0xfb56, 4],
  ['چ', 0xfb7a, 4],
  ['ژ', 0xfb8a, 2],
  ['ک', 0xfb8e, 4],
  ['گ', 0xfb92, 4],
  ['ی', 0xfbfc, 4],
];
const FORMS: Record<string, readonly number[]> = Object.fromEntries(
  FORM_RANGES.map(([letter, first, count]) => [letter, Array.from({ length: count }, (_, i) => first + i)]),
);
// Lam followed by an alef: one ligature glyph, [isolated, final].
const LAM_ALEF: Record<string, readonly number[]> = {
  آ: [0xfef5, 0xfef6],
  أ: [0xfef7, 0xfef8],
  إ: [0xfef9, 0xfefa],
  ا: [0xfefb, 0xfefc],
};
const TATWEEL = 'ـ';

/** Joins on both sides (dual-joining letters, tatweel). */
const joinsBoth = (c: string) => c === TATWEEL || (FORMS[c]?.length ?? 0) === 4;
/** Takes a join from the letter before it. */
const joinsBefore = (c: string) => c === TATWEEL || (FORMS[c]?.length ?? 0) >= 2;

let enabled = false;

/** Turns shaping on for the whole reader (once, from `--shape`). */
export function setShaping(on: boolean): void {
  enabled = on;
}

export function shapingEnabled(): boolean {
  return enabled;
}

/**
 * Replaces, in place, each Arabic letter of `graphemes` (in logical order) by its contextual
 * form; marks stay after their letter. A lam-alef pair becomes the ligature on the lam's cell and
 * an empty cell (width 0) for the alef, so every grapheme keeps its offset.
 */
export function shapeGraphemes<T extends Grapheme>(graphemes: T[]): void {
  const base = (g: T | undefined) => (g ? (g.text.codePointAt(0) === undefined ? '' : String.fromCodePoint(g.text.codePointAt(0) as number)) : '');
  // Letters only: marks-only graphemes are transparent to joining.
  const letters: number[] = [];
  for (let i = 0; i < graphemes.length; i++) if (!/^\p{M}/u.test((graphemes[i] as T).text)) letters.push(i);
  // Joining is decided on the letters as written, before any of them is replaced.
  const bases = letters.map((i) => base(graphemes[i]));
  for (let k = 0; k < letters.length; k++) {
    const g = graphemes[letters[k] as number] as T;
    const c = bases[k] as string;
    const forms = FORMS[c];
    if (!forms) continue;
    const prev = k > 0 ? (bases[k - 1] as string) : '';
    const nextIndex = letters[k + 1];
    const next = nextIndex === undefined ? '' : (bases[k + 1] as string);
    const afterPrev = prev !== '' && joinsBoth(prev);
    const marks = g.text.slice(c.length);
    const ligature = c === 'ل' ? LAM_ALEF[next] : undefined;
    if (ligature && nextIndex !== undefined) {
      const alef = graphemes[nextIndex] as T;
      g.text = String.fromCodePoint(ligature[afterPrev ? 1 : 0] as number) + marks + alef.text.slice(next.length);
      alef.text = '';
      alef.width = 0;
      k++;
      continue;
    }
    const beforeNext = forms.length === 4 && next !== '' && joinsBefore(next);
    const form = afterPrev && beforeNext ? 3 : afterPrev ? 1 : beforeNext ? 2 : 0;
    g.text = String.fromCodePoint((forms[Math.min(form, forms.length - 1)] ?? forms[0]) as number) + marks;
  }
}
