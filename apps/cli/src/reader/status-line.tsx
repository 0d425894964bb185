import { Text } from 'ink';
import { textWidth, truncateToWidth } from '../bidi/graphemes.js';

export interface StatusLineProps {
  /** Already in display order (callers reorder right-to-left parts first). */
  left: string;
  right: string;
  width: number;
}

/** The bottom bar, as in less: where you are on the left, what you can press on the right. */
export default function StatusLine({ left, right, width }: StatusLineProps) {
  const rightShown = truncateToWidth(right, Math.max(0, width - 2));
  const room = Math.max(0, width - textWidth(rightShown) - 3);
  const leftShown = truncateToWidth(left, room);
  const gap = Math.max(1, width - textWidth(leftShown) - textWidth(rightShown) - 2);
  return (
    <Text inverse wrap="truncate">
      {` ${leftShown}${' '.repeat(gap)}${rightShown} `}
    </Text>
  );
}
