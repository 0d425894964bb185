import type { Direction } from '@maqal/core/structure';
import { textWidth, truncateToWidth } from '../bidi/graphemes.js';
import type { ResolvedBidi } from '../bidi/mode.js';
import { visualString } from '../bidi/visual-line.js';

/**
 * A one-line label (a title in a list, a heading in the outline) cut to `width` in logical order,
 * then put in display order when the reader does bidi. Cutting first keeps the words the text
 * starts with, whichever side they end up on.
 */
export function labelFor(text: string, width: number, bidi: ResolvedBidi, dir: Direction | 'auto' = 'auto'): string {
  const cut = truncateToWidth(text.replace(/\s+/gu, ' ').trim(), width);
  return bidi === 'app' ? visualString(cut, dir) : cut;
}

/** `text` padded to `width` cells on the side its direction ends on. */
export function alignTo(text: string, width: number, align: 'left' | 'right'): string {
  const pad = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? pad + text : text + pad;
}
