import type { ArticleDocument } from '@maqal/core/structure';
import type { ResolvedBidi } from '../bidi/mode.js';
import { layoutHead } from './layout.js';
import { articleStatus, marginFor, rowSegments, type Segment, statusBar, type TerminalSize, textColumnWidth } from './screen-text.js';

// The article's first screen written straight to the terminal, before Ink and React are loaded
// (they take longer to load and to render their first frame than everything else the reader
// does before it). Ink's first frame then draws the same rows over it, from the same functions
// (screen-text.ts), and from then on Ink owns the screen. Keys typed in between wait in the
// terminal until Ink reads them.

const HIDE_CURSOR = '\x1b[?25l';
const HOME = '\x1b[H';
const RESET = '\x1b[0m';

// SGR codes for the Paint attributes and colour names the reader uses (Ink's names, from chalk).
const COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

function colorCode(name: string | undefined, background: boolean): string | null {
  if (!name) return null;
  const bright = name.endsWith('Bright');
  const at = COLORS.indexOf(bright ? name.slice(0, -'Bright'.length) : name);
  if (at === -1) return null;
  return String((background ? 40 : 30) + (bright ? 60 : 0) + at);
}

function sgr({ text, paint }: Segment): string {
  const codes = [
    paint.bold ? '1' : null,
    paint.dimColor ? '2' : null,
    paint.italic ? '3' : null,
    paint.underline ? '4' : null,
    paint.inverse ? '7' : null,
    colorCode(paint.color, false),
    colorCode(paint.backgroundColor, true),
  ].filter((c) => c !== null);
  return codes.length === 0 ? text : `\x1b[${codes.join(';')}m${text}${RESET}`;
}

/**
 * The escape sequence that draws the first screen of a single article as `ArticleScreen` draws
 * it on its first frame (top of the article, no search, nothing to go back to), leaving the
 * cursor home for Ink. Null when there is nothing to lay out: Ink's frame says why.
 */
export function firstPaint(doc: ArticleDocument, size: TerminalSize, bidi: ResolvedBidi, color: boolean, annotating: boolean): string | null {
  const layout = layoutHead(doc, textColumnWidth(size.columns), bidi, size.rows);
  if (layout.lines.length === 0) return null;
  const height = Math.max(1, size.rows - 1);
  const margin = marginFor(size.columns, layout.width);
  const rows = layout.lines.slice(0, height).map((line) => rowSegments(line, margin, layout.width, [], null, color).map(sgr).join('').trimEnd());
  while (rows.length < height) rows.push('');
  const status = articleStatus({ doc, layout, top: 0, height, columns: size.columns, bidi, message: '', targets: null, annotating, back: false });
  rows.push(sgr({ text: statusBar(status.left, status.right, size.columns), paint: { inverse: true } }));
  return `${HIDE_CURSOR}${HOME}${rows.join('\n')}${HOME}`;
}
