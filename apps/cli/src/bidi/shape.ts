import type { Grapheme } from './graphemes.js';

/**
 * `--shape`: Arabic letters in their contextual presentation forms (isolated, final, initial,
 * medial; lam-alef ligatures), for terminals that draw every letter isolated. Done in logical
 * order, before wrapping and reordering, since a letter's form depends on its logical neighbours.
 */

// Per letter: [isolated, final, initial, medial]; two forms for letters that join only to the
// letter before them (alef, dal, ra, waw …). Unicode Arabic Presentation Forms-A and -B.
const FORMS: Record<string, readonly number[]> = {
  ء: [0xfe80],
  آ: [0xfe81, 0xfe82],
  أ: [0xfe83, 0xfe84],
  ؤ: [0xfe85, 0xfe86],
  إ: [0xfe87, 0xfe88],
  ئ: [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c],
  ا: [0xfe8d, 0xfe8e],
  ب: [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  ة: [0xfe93, 0xfe94],
  ت: [0xfe95, 0xfe96, 0xfe97, 0xfe98],
  ث: [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c],
  ج: [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0],
  ح: [0xfea1, 0xfea2, 0xfea3, 0xfea4],
  خ: [0xfea5, 0xfea6, 0xfea7, 0xfea8],
  د: [0xfea9, 0xfeaa],
  ذ: [0xfeab, 0xfeac],
  ر: [0xfead, 0xfeae],
  ز: [0xfeaf, 0xfeb0],
  س: [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4],
  ش: [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8],
  ص: [0xfeb9, 0xfeba, 0xfebb, 0xfebc],
  ض: [0xfebd, 0xfebe, 0xfebf, 0xfec0],
  ط: [0xfec1, 0xfec2, 0xfec3, 0xfec4],
  ظ: [0xfec5, 0xfec6, 0xfec7, 0xfec8],
  ع: [0xfec9, 0xfeca, 0xfecb, 0xfecc],
  غ: [0xfecd, 0xfece, 0xfecf, 0xfed0],
  ف: [0xfed1, 0xfed2, 0xfed3, 0xfed4],
  ق: [0xfed5, 0xfed6, 0xfed7, 0xfed8],
  ك: [0xfed9, 0xfeda, 0xfedb, 0xfedc],
  ل: [0xfedd, 0xfede, 0xfedf, 0xfee0],
  م: [0xfee1, 0xfee2, 0xfee3, 0xfee4],
  ن: [0xfee5, 0xfee6, 0xfee7, 0xfee8],
  ه: [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
  و: [0xfeed, 0xfeee],
  ى: [0xfeef, 0xfef0],
  ي: [0xfef1, 0xfef2, 0xfef3, 0xfef4],
  پ: [0xfb56, 0xfb57, 0xfb58, 0xfb59],
  چ: [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d],
  ژ: [0xfb8a, 0xfb8b],
  ک: [0xfb8e, 0xfb8f, 0xfb90, 0xfb91],
  گ: [0xfb92, 0xfb93, 0xfb94, 0xfb95],
  ی: [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff],
};
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
