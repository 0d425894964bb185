import { Box, Text } from 'ink';
import type { ArticleLayout, Line } from './layout.js';
import { marginFor } from './screen-text.js';
import type { Target } from './search.js';
import StyledLine from './styled-line.js';

export interface ArticleViewProps {
  layout: ArticleLayout;
  /** First line shown. */
  top: number;
  height: number;
  columns: number;
  /** Highlights (search hits, an entity's mentions, a speaker's quotes), in text order. */
  targets: readonly Target[];
  current: Target | null;
  color: boolean;
  /** Said when the article has no text at all (why, if the parser told). */
  empty?: string;
}

/** The visible window of the article: only these lines are drawn, the layout is never rebuilt to scroll. */
export default function ArticleView({ layout, top, height, columns, targets, current, color, empty }: ArticleViewProps) {
  if (layout.lines.length === 0) {
    return (
      <Box flexDirection="column" height={height}>
        <Text dimColor>{`  Nothing to read in this article${empty ? `: ${empty}` : '.'}`}</Text>
      </Box>
    );
  }
  const visible = layout.lines.slice(top, top + height);
  const margin = marginFor(columns, layout.width);
  const first = visible.find((l) => !l.synthetic);
  const last = visible.findLast((l) => !l.synthetic);
  const hits = first && last ? overlapping(targets, first.start, last.end) : [];
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((line: Line, i) => (
        <StyledLine
          // biome-ignore lint/suspicious/noArrayIndexKey: a screen row is its identity while scrolling
          key={i}
          line={line}
          margin={margin}
          width={layout.width}
          hits={hits.filter((t) => t.end > line.start && t.start < line.end)}
          current={current}
          color={color}
        />
      ))}
    </Box>
  );
}

/** Targets that touch [start, end): binary search to the first, since an article may hold thousands. */
function overlapping(targets: readonly Target[], start: number, end: number): Target[] {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((targets[mid] as Target).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Target[] = [];
  for (let i = lo; i < targets.length && (targets[i] as Target).start < end; i++) out.push(targets[i] as Target);
  return out;
}
