import type { Key } from 'ink';

/**
 * Type-to-filter without losing the single-letter keys: while the filter is empty, `reserved`
 * letters act as keys (j, k, q …) and `/` opens the filter; any other printable text starts it;
 * once it holds something, every printable key goes into it. Returns the new filter, or null
 * when the key is not for the filter.
 */
export function editFilter(filter: string, input: string, key: Key, reserved: string): string | null {
  if (key.backspace || key.delete) return filter.length > 0 ? dropLast(filter) : null;
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return null;
  if (!input || /[\x00-\x1f\x7f]/u.test(input)) return null;
  if (filter === '') {
    if (input === '/') return '';
    if (input.length === 1 && reserved.includes(input)) return null;
  }
  return filter + input;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text without its last grapheme: backspace removes a letter with its marks. */
export function dropLast(text: string): string {
  let last = 0;
  for (const { index } of segmenter.segment(text)) last = index;
  return text.slice(0, last);
}
