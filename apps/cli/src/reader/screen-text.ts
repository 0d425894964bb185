import type { ArticleDocument } from '@maqal/core/structure';
import { textWidth, truncateToWidth } from '../bidi/graphemes.js';
import type { ResolvedBidi } from '../bidi/mode.js';
import { visualString } from '../bidi/visual-line.js';
import type { ArticleLayout, Line } from './layout.js';
import type { Target } from './search.js';
import { type Hit, type Paint, paintFor, paintKey } from './theme.js';
import { labelFor } from './visual.js';

// What the article screen shows, as text and paints: the Ink components draw it, and so does the
// first paint (first-paint.ts), which runs before Ink is loaded. No Ink or React here.

export interface TerminalSize {
  columns: number;
  rows: number;
}

// Streams that are not terminals (tests, pipes) may report 0 or nothing: assume 80×24 then.
export const sizeOf = (stdout: NodeJS.WriteStream): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

/** A stretch of a screen row with one look. */
export interface Segment {
  text: string;
  paint: Paint;
}

/** Widest text column: long lines are hard to read, so wide terminals get margins. */
export const MAX_TEXT_WIDTH = 96;

export function textColumnWidth(columns: number): number {
  return Math.max(16, Math.min(MAX_TEXT_WIDTH, columns - 6));
}

/** Cells left of the text column: the column is centred, with room for the quote bar. */
export function marginFor(columns: number, textWidth: number): number {
  return Math.max(2, Math.floor((columns - textWidth) / 2));
}

/**
 * One screen row of the article: margin, quote bar, indent, the line's cells grouped by paint.
 * Cells arrive in display order, each still carrying its logical offset and annotation, so
 * colours and highlights follow the words wherever bidi moved them.
 */
export function rowSegments(line: Line, margin: number, width: number, hits: readonly Target[], current: Target | null, color: boolean): Segment[] {
  const text: Segment[] = [];
  let lastKey = '';
  for (const cell of line.cells) {
    const hit = line.synthetic ? 'none' : hitOf(cell.offset, hits, current);
    const paint = paintFor(line.kind, cell.mark, hit, color);
    const key = paintKey(paint);
    const last = text[text.length - 1];
    if (last && key === lastKey) last.text += cell.text;
    else text.push({ text: cell.text, paint });
    lastKey = key;
  }
  // The quote bar sits on the side the line starts from: right for right-aligned lines.
  const rtlBar = line.align === 'right';
  const bar = line.quote ? '┃' : ' ';
  const barPaint: Paint = color ? { color: 'yellow' } : { bold: true };
  let used = line.indent;
  for (const cell of line.cells) used += cell.width;
  const plain = (s: string): Segment => ({ text: s, paint: {} });
  return [
    plain(' '.repeat(Math.max(0, margin - 2))),
    rtlBar ? plain(' ') : { text: bar, paint: barPaint },
    plain(' '.repeat(1 + line.indent)),
    ...text,
    ...(rtlBar ? [plain(' '.repeat(Math.max(0, width - used) + 1)), { text: bar, paint: barPaint }] : []),
  ];
}

function hitOf(offset: number, hits: readonly Target[], current: Target | null): Hit {
  if (current && offset >= current.start && offset < current.end) return 'current';
  for (const hit of hits) if (offset >= hit.start && offset < hit.end) return 'match';
  return 'none';
}

/** The bottom bar, as in less: where you are on the left, what you can press on the right, `width` cells. */
export function statusBar(left: string, right: string, width: number): string {
  const rightShown = truncateToWidth(right, Math.max(0, width - 2));
  const room = Math.max(0, width - textWidth(rightShown) - 3);
  const leftShown = truncateToWidth(left, room);
  const gap = Math.max(1, width - textWidth(leftShown) - textWidth(rightShown) - 2);
  return ` ${leftShown}${' '.repeat(gap)}${rightShown} `;
}

export interface ArticleStatusInput {
  doc: ArticleDocument;
  layout: ArticleLayout;
  top: number;
  height: number;
  columns: number;
  bidi: ResolvedBidi;
  /** A passing message (wrapped, not found). */
  message: string;
  /** What n/N step through, and which one is current. */
  targets: { label: string; items: readonly Target[]; index: number } | null;
  annotating: boolean;
  /** q goes back to a library rather than quitting. */
  back: boolean;
}

/** The article's status bar: a message, what n/N step through, the section; then position and keys. */
export function articleStatus({ doc, layout, top, height, columns, bidi, message, targets, annotating, back }: ArticleStatusInput): {
  left: string;
  right: string;
} {
  const total = layout.lines.length;
  const percent = !layout.complete ? '…' : total === 0 ? '100' : String(Math.round((Math.min(total, top + height) / total) * 100));
  const sectionIndex = layout.lines[top]?.section ?? -1;
  const section = sectionIndex >= 0 ? layout.sections.find((s) => s.index === sectionIndex) : undefined;
  const where = section?.label ?? doc.title?.text ?? '';
  const parts: string[] = [];
  if (message) parts.push(message);
  if (annotating) parts.push('annotating…');
  if (targets) parts.push(`${bidi === 'app' ? visualString(targets.label) : targets.label} ${targets.index + 1}/${targets.items.length}`);
  parts.push(labelFor(where, targets || message ? 30 : Math.max(10, columns - 48), bidi, section?.dir ?? doc.dir));
  return { left: parts.join(' · '), right: `${percent}% · t s e / ? help · q ${back ? 'back' : 'quit'}` };
}
