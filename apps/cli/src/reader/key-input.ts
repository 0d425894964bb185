import type { Key } from 'ink';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const PLAIN: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * One Ink input event as the keys it holds. Ink hands over a chunk of plain characters as one
 * event ("G\r" when keys come faster than it reads, as from tmux send-keys, key repeat or a
 * paste); a reader acting on single letters must see them one by one, Enter included.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || key.ctrl || key.meta || key.escape || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return [[input, key]];
  const out: [string, Key][] = [];
  for (const { segment } of segmenter.segment(input)) {
    if (segment === '\r' || segment === '\n' || segment === '\r\n') out.push(['', { ...PLAIN, return: true }]);
    else if (segment === '\x7f' || segment === '\b') out.push(['', { ...PLAIN, backspace: true }]);
    else if (segment === '\t') out.push(['', { ...PLAIN, tab: true }]);
    else out.push([segment, { ...PLAIN, shift: /^[A-Z]$/u.test(segment) }]);
  }
  return out;
}

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

/** The text without its last grapheme: backspace removes a letter with its marks. */
export function dropLast(text: string): string {
  let last = 0;
  for (const { index } of segmenter.segment(text)) last = index;
  return text.slice(0, last);
}
