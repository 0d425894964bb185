import { Text } from 'ink';
import { statusBar } from './screen-text.js';

export interface StatusLineProps {
  /** Already in display order (callers reorder right-to-left parts first). */
  left: string;
  right: string;
  width: number;
}

/** The bottom bar, as in less: where you are on the left, what you can press on the right. */
export default function StatusLine({ left, right, width }: StatusLineProps) {
  return (
    <Text inverse wrap="truncate">
      {statusBar(left, right, width)}
    </Text>
  );
}
