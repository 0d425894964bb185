/** A user-perceived character (base letter plus its marks), where it sits in the text and how many cells it takes. */
export interface Grapheme {
  text: string;
  /** UTF-16 offset of its first code unit, in whatever text the caller counts from. */
  offset: number;
  width: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Intl.Segmenter costs ~5 µs a grapheme (ICU); an article is thousands. For text whose clusters
// are a base plus combining marks (Arabic, Latin, Cyrillic, Greek, Hebrew…) one regex gives the
// same clusters ~20× faster; scripts with other cluster rules (emoji sequences, Hangul jamo,
// Indic and Southeast Asian scripts) still go to the segmenter.
const NEEDS_SEGMENTER =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists code points to detect, joiners and selectors among them on purpose
  /[\u200D\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\uA960-\uA97F\uAC00-\uD7FF\uFE00-\uFE0F\u{1F000}-\u{1FFFF}\u{E0000}-\u{E007F}]/u;
const SIMPLE_CLUSTER = /\r\n|\P{M}\p{M}*|\p{M}+/gsu;

function* segments(text: string): Generator<{ segment: string; index: number }> {
  if (NEEDS_SEGMENTER.test(text)) {
    yield* segmenter.segment(text);
    return;
  }
  SIMPLE_CLUSTER.lastIndex = 0;
  for (let m = SIMPLE_CLUSTER.exec(text); m !== null; m = SIMPLE_CLUSTER.exec(text)) yield { segment: m[0], index: m.index };
}

// Marks, format characters and controls take no cell of their own: the terminal draws a
// harakah on its letter, and bidi controls (RLM, LRI…) are invisible.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]*$/u;
// East Asian wide and emoji presentation: two cells, as terminals and Ink's string-width count them.
const WIDE =
  /^(?:[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]|\p{Extended_Pictographic}\uFE0F)/u;

export function graphemeWidth(text: string): number {
  const code = text.charCodeAt(0);
  if (text.length === 1 && code >= 0x20 && code < 0x300) return code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xad ? 0 : 1;
  if (ZERO_WIDTH.test(text)) return 0;
  return WIDE.test(text) ? 2 : 1;
}

/** The graphemes of `text`, with offsets counted from `base`. */
export function graphemesOf(text: string, base = 0): Grapheme[] {
  const out: Grapheme[] = [];
  for (const { segment, index } of segments(text)) {
    // Tabs and stray controls would move the terminal cursor: draw them as a space.
    const shown = segment === '\t' ? ' ' : segment;
    out.push({ text: shown, offset: base + index, width: graphemeWidth(shown) });
  }
  return out;
}

/** Cells a string takes in the terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const { segment } of segments(text)) width += graphemeWidth(segment);
  return width;
}

/** The longest prefix of `text` that fits `width` cells, with `…` when something was cut (logical order). */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  let used = 0;
  let out = '';
  for (const { segment } of segments(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}
