import type { EntityKind, InlineRun } from '@maqal/core/structure';
import type { LineKind } from './layout.js';

/** The attributes one painted stretch gets; the same names as Ink's `<Text>` props. */
export interface Paint {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export const ENTITY_COLORS: Record<EntityKind, string> = {
  person: 'cyan',
  organization: 'magenta',
  location: 'green',
  date: 'yellow',
  quantity: 'blue',
  misc: 'red',
};

/** NO_COLOR (https://no-color.org) turns colours off, not emphasis: bold and inverse still show. */
export function colorsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

const LINE_PAINT: Record<LineKind, Paint> = {
  title: { bold: true },
  meta: { dimColor: true },
  rule: { dimColor: true },
  heading: { bold: true, color: 'blueBright' },
  paragraph: {},
  attribution: { dimColor: true, italic: true },
  blank: {},
};

export type Hit = 'none' | 'match' | 'current';

/** What a cell looks like: its line's style, then its annotation, then a search or mention hit on top. */
export function paintFor(kind: LineKind, mark: InlineRun | undefined, hit: Hit, color: boolean): Paint {
  const paint: Paint = { ...LINE_PAINT[kind] };
  if (mark?.quoteId && !mark.cue) paint.italic = true;
  if (mark?.cue) paint.underline = true;
  if (mark?.entityKind) {
    if (color) paint.color = ENTITY_COLORS[mark.entityKind];
    else paint.bold = true;
  }
  if (hit === 'match') paint.inverse = true;
  if (hit === 'current') {
    if (color) {
      paint.backgroundColor = 'yellow';
      paint.color = 'black';
    } else paint.inverse = true;
    paint.bold = true;
  }
  if (!color) {
    delete paint.color;
    delete paint.backgroundColor;
  }
  return paint;
}

export function paintKey(paint: Paint): string {
  return `${paint.color ?? ''}|${paint.backgroundColor ?? ''}|${paint.bold ? 1 : 0}${paint.italic ? 1 : 0}${paint.underline ? 1 : 0}${paint.inverse ? 1 : 0}${paint.dimColor ? 1 : 0}`;
}
