import type { Direction } from '@maqal/core/structure';
import { Box, type Key, Text, useInput, useStdin } from 'ink';
import { useMemo } from 'react';
import { textWidth } from '../bidi/graphemes.js';
import type { ResolvedBidi } from '../bidi/mode.js';
import { visualString } from '../bidi/visual-line.js';
import { editFilter, splitKeys } from './key-input.js';
import { matchesQuery } from './search.js';
import StatusLine from './status-line.js';
import type { Paint } from './theme.js';
import { useLatest, useModel } from './use-model.js';
import type { TerminalSize } from './use-terminal-size.js';
import { alignTo, labelFor } from './visual.js';

export interface ListRow {
  key: string;
  /** Logical text; put in display order when drawn. */
  label: string;
  dir: Direction;
  /** Shown at the other end of the row: a count, a kind. */
  aside?: string;
  /** A group heading (a speaker, an entity kind): drawn, never selected. */
  header?: boolean;
  paint?: Paint;
  /** More text the filter looks at (aliases, roles). */
  search?: string;
}

export interface SelectListProps {
  title: string;
  rows: ListRow[];
  /** The row selected at first (index in `rows`). */
  initial?: number;
  size: TerminalSize;
  bidi: ResolvedBidi;
  /** Said when there is nothing to list. */
  empty: string;
  onPick: (row: ListRow, index: number) => void;
  onClose: () => void;
}

/** The panels' shared list: a cursor, paging, type-to-filter, Enter to pick, Esc/q to go back. */
export default function SelectList({ title, rows, initial = 0, size, bidi, empty, onPick, onClose }: SelectListProps) {
  const { isRawModeSupported } = useStdin();
  const [model, update] = useModel(() => ({ filter: '', selected: Math.max(0, initial), scroll: 0 }));
  const { filter, selected } = model;
  const shown = useMemo(() => visibleRows(rows, filter), [rows, filter]);
  const selectable = shown.filter(({ row }) => !row.header).map(({ index }) => index);
  const current = selectable.includes(selected) ? selected : (selectable.find((i) => i >= selected) ?? selectable[selectable.length - 1] ?? -1);
  const height = Math.max(1, size.rows - 2);
  const position = shown.findIndex(({ index }) => index === current);
  let top = Math.min(model.scroll, Math.max(0, shown.length - height));
  if (position >= 0 && position < top) top = Math.max(0, position - (shown[position - 1]?.row.header ? 1 : 0));
  if (position >= top + height) top = position - height + 1;
  model.scroll = top;
  // Keys read the selection as last drawn; a burst of keys between frames moves from there on.
  model.selected = current;
  const live = useLatest({ selectable, rows, onPick, onClose });

  const move = (by: number) =>
    update((m) => {
      const { selectable } = live.current;
      if (selectable.length === 0) return;
      const at = Math.max(0, selectable.indexOf(m.selected));
      m.selected = selectable[Math.min(selectable.length - 1, Math.max(0, at + by))] as number;
    });

  /** One key; false when it left the list (picked, closed), so the rest of a burst is dropped. */
  const handleKey = (input: string, key: Key): boolean => {
    const next = editFilter(model.filter, input, key, 'jkgGq');
    if (next !== null) {
      update((m) => void (m.filter = next));
      return true;
    }
    const { rows, onPick, onClose, selectable } = live.current;
    if (key.escape) {
      if (!model.filter) {
        onClose();
        return false;
      }
      update((m) => void (m.filter = ''));
    } else if (input === 'q' && !key.ctrl) {
      onClose();
      return false;
    } else if (key.return) {
      const row = rows[model.selected];
      if (row && selectable.includes(model.selected)) {
        onPick(row, model.selected);
        return false;
      }
    } else if (key.downArrow || input === 'j' || (key.ctrl && input === 'n')) move(1);
    else if (key.upArrow || input === 'k' || (key.ctrl && input === 'p')) move(-1);
    else if (key.pageDown || (key.ctrl && input === 'f')) move(height - 1);
    else if (key.pageUp || (key.ctrl && input === 'b')) move(-(height - 1));
    else if (key.home || input === 'g') move(-selectable.length);
    else if (key.end || input === 'G') move(selectable.length);
    return true;
  };

  useInput(
    (input, key) => {
      for (const [one, oneKey] of splitKeys(input, key)) if (!handleKey(one, oneKey)) break;
    },
    { isActive: isRawModeSupported === true },
  );

  const width = Math.max(10, size.columns - 4);
  const asideWidth = Math.max(0, ...shown.map(({ row }) => (row.aside ? textWidth(row.aside) : 0)));
  const labelWidth = Math.max(4, width - 2 - (asideWidth > 0 ? asideWidth + 2 : 0));
  const header = filter ? `${title}  ·  filter: ${bidi === 'app' ? visualString(filter) : filter}▏` : title;
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">
        {'  '}
        {header}
      </Text>
      <Box flexDirection="column" height={height}>
        {shown.length === 0 ? (
          <Text dimColor>{`  ${rows.length === 0 ? empty : 'Nothing matches the filter.'}`}</Text>
        ) : (
          shown.slice(top, top + height).map(({ row, index }) => {
            const rightAligned = bidi === 'app' && row.dir === 'rtl';
            const label = alignTo(labelFor(row.label, labelWidth, bidi, row.dir), labelWidth, rightAligned ? 'right' : 'left');
            const aside = row.aside ? alignTo(row.aside, asideWidth, rightAligned ? 'left' : 'right') : '';
            const isCurrent = index === current;
            const body = asideWidth === 0 ? label : rightAligned ? `${aside}  ${label}` : `${label}  ${aside}`;
            return (
              <Text key={row.key} wrap="truncate">
                {row.header ? '  ' : isCurrent ? '› ' : '  '}
                <Text {...(row.header ? { bold: true, dimColor: !row.paint } : {})} {...row.paint} inverse={isCurrent}>
                  {row.header ? alignTo(labelFor(row.label, width - 2, bidi, row.dir), width - 2, rightAligned ? 'right' : 'left') : body}
                </Text>
              </Text>
            );
          })
        )}
      </Box>
      <StatusLine
        left={selectable.length > 0 ? `${Math.max(1, selectable.indexOf(current) + 1)}/${selectable.length}` : '0/0'}
        right="↑↓ move · Enter jump · type to filter · Esc back"
        width={size.columns}
      />
    </Box>
  );
}

function visibleRows(rows: ListRow[], filter: string): { row: ListRow; index: number }[] {
  if (!filter) return rows.map((row, index) => ({ row, index }));
  const out: { row: ListRow; index: number }[] = [];
  let pending: { row: ListRow; index: number } | null = null;
  let groupMatches = false;
  rows.forEach((row, index) => {
    const matches = matchesQuery(`${row.label} ${row.search ?? ''}`, filter);
    if (row.header) {
      // A group stays whole when its heading matches (a speaker's name); otherwise only its matching rows do.
      groupMatches = matches;
      pending = { row, index };
      if (matches) {
        out.push(pending);
        pending = null;
      }
      return;
    }
    if (!matches && !groupMatches) return;
    if (pending) {
      out.push(pending);
      pending = null;
    }
    out.push({ row, index });
  });
  return out;
}
