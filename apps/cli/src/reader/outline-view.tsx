import type { ArticleDocument } from '@maqal/core/structure';
import type { ResolvedBidi } from '../bidi/mode.js';
import type { ArticleLayout } from './layout.js';
import SelectList, { type ListRow } from './select-list.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface OutlineViewProps {
  doc: ArticleDocument;
  layout: ArticleLayout;
  /** The section being read: selected when the outline opens. */
  currentSection: number;
  size: TerminalSize;
  bidi: ResolvedBidi;
  onJump: (line: number) => void;
  onClose: () => void;
}

/** `t`: the title and every section heading; Enter puts that heading at the top of the screen. */
export default function OutlineView({ doc, layout, currentSection, size, bidi, onJump, onClose }: OutlineViewProps) {
  const rows: ListRow[] = [];
  const lines: number[] = [];
  if (doc.title) {
    rows.push({ key: 'title', label: doc.title.text, dir: doc.title.data?.dir ?? doc.dir, aside: 'title', paint: { bold: true } });
    lines.push(0);
  }
  for (const entry of layout.sections) {
    const section = doc.children[entry.index];
    const depth = section?.heading?.depth ?? 2;
    rows.push({
      key: `s${entry.index}`,
      label: `${'  '.repeat(Math.max(0, depth - 2))}${entry.label}`,
      dir: entry.dir,
      aside: `${section?.children.length ?? 0} ¶`,
      ...(section?.heading ? {} : { paint: { dimColor: true } }),
    });
    lines.push(entry.line);
  }
  const initial = Math.max(
    0,
    rows.findIndex((row) => row.key === `s${currentSection}`),
  );
  return (
    <SelectList
      title="Outline"
      rows={rows}
      initial={currentSection < 0 ? 0 : initial}
      size={size}
      bidi={bidi}
      empty="This article has no sections."
      onPick={(_row, index) => onJump(lines[index] ?? 0)}
      onClose={onClose}
    />
  );
}
