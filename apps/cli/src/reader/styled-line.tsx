import { Text } from 'ink';
import type { Line } from './layout.js';
import type { Target } from './search.js';
import { type Hit, type Paint, paintFor, paintKey } from './theme.js';

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

interface Segment {
  text: string;
  paint: Paint;
}

/**
 * One screen line. Cells arrive in display order, each still carrying its logical offset and
 * annotation, so colours and highlights follow the words wherever bidi moved them.
 */
export default function StyledLine({ line, margin, width, hits, current, color }: StyledLineProps) {
  const segments: Segment[] = [];
  let lastKey = '';
  for (const cell of line.cells) {
    const hit = line.synthetic ? 'none' : hitOf(cell.offset, hits, current);
    const paint = paintFor(line.kind, cell.mark, hit, color);
    const key = paintKey(paint);
    const last = segments[segments.length - 1];
    if (last && key === lastKey) last.text += cell.text;
    else segments.push({ text: cell.text, paint });
    lastKey = key;
  }
  // The quote bar sits on the side the line starts from: right for right-aligned lines.
  const rtlBar = line.align === 'right';
  const bar = line.quote ? '┃' : ' ';
  const barPaint: Paint = color ? { color: 'yellow' } : { bold: true };
  const left = ' '.repeat(Math.max(0, margin - 2));
  let used = line.indent;
  for (const cell of line.cells) used += cell.width;
  return (
    <Text wrap="truncate">
      {left}
      <Text {...(rtlBar ? {} : barPaint)}>{rtlBar ? ' ' : bar}</Text>
      {' '.repeat(1 + line.indent)}
      {segments.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
        <Text key={i} {...segment.paint}>
          {segment.text}
        </Text>
      ))}
      {rtlBar ? (
        <>
          {' '.repeat(Math.max(0, width - used) + 1)}
          <Text {...barPaint}>{bar}</Text>
        </>
      ) : null}
    </Text>
  );
}

function hitOf(offset: number, hits: readonly Target[], current: Target | null): Hit {
  if (current && offset >= current.start && offset < current.end) return 'current';
  for (const hit of hits) if (offset >= hit.start && offset < hit.end) return 'match';
  return 'none';
}
