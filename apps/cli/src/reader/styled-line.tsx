import { Text } from 'ink';
import type { Line } from './layout.js';
import { rowSegments } from './screen-text.js';
import type { Target } from './search.js';

export interface StyledLineProps {
  line: Line;
  /** Cells left of the text column (the quote bar of a left-to-right line sits here). */
  margin: number;
  /** Width of the text column. */
  width: number;
  /** Highlighted stretches overlapping this line, and the one n/N stands on. */
  hits: readonly Target[];
  current: Target | null;
  color: boolean;
}

/** One screen line, as `rowSegments` cuts it (the first paint draws the same segments without Ink). */
export default function StyledLine({ line, margin, width, hits, current, color }: StyledLineProps) {
  return (
    <Text wrap="truncate">
      {rowSegments(line, margin, width, hits, current, color).map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
        <Text key={i} {...segment.paint}>
          {segment.text}
        </Text>
      ))}
    </Text>
  );
}
