import { type ArticleDocument, type Block, type Direction, type InlineRun, inlineRuns, type Quote } from '@maqal/core/structure';
import { type Grapheme, graphemesOf } from '../bidi/graphemes.js';
import type { ResolvedBidi } from '../bidi/mode.js';
import { shapeGraphemes, shapingEnabled } from '../bidi/shape.js';
import { paragraphLevels, reorderGraphemes } from '../bidi/visual-line.js';
import { lineWidth, wrapGraphemes } from './wrap.js';

/** A grapheme on screen, with the annotation run (quote, cue, entity) that covers it. */
export interface Cell extends Grapheme {
  mark?: InlineRun;
}

export type LineKind = 'title' | 'meta' | 'rule' | 'heading' | 'paragraph' | 'attribution' | 'blank';

/** One screen line of the article: cells already in display order, styled after reordering. */
export interface Line {
  kind: LineKind;
  cells: Cell[];
  /** Blank cells before the first one: right-aligns right-to-left lines. */
  indent: number;
  /** The stretch of `doc.text` the line shows; for lines the reader adds, an empty stretch where they stand. */
  start: number;
  end: number;
  /** Added by the reader (meta, rule, speaker attribution): not article text, never a search hit. */
  synthetic: boolean;
  /** Index in `doc.children`; -1 for the title block. */
  section: number;
  /** Right for right-to-left lines the reader reorders itself. */
  align: 'left' | 'right';
  /** Holds quoted words: drawn with a bar in the margin. */
  quote: boolean;
  dir: Direction;
}

export interface SectionEntry {
  index: number;
  /** The heading, or the opening words of a section without one. */
  label: string;
  dir: Direction;
  line: number;
}

export interface ArticleLayout {
  width: number;
  lines: Line[];
  sections: SectionEntry[];
  /** False for a head-only layout (the first screen, drawn before the rest is laid out). */
  complete: boolean;
}

interface PreparedBlock {
  /** The document whose annotations were applied: a block is shared by its structure-only and annotated documents. */
  doc: ArticleDocument;
  bidi: ResolvedBidi;
  shaped: boolean;
  graphemes: Cell[];
  levels: { levels: Uint8Array; base: 0 | 1 } | null;
}

// Segmenting, annotating and resolving levels depend on the block only, not on the width: done
// once per block, so a resize only re-wraps.
const preparedBlocks = new WeakMap<Block, PreparedBlock>();
const layouts = new WeakMap<ArticleDocument, Map<string, ArticleLayout>>();

const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The document cut into screen lines for a text column `width` cells wide; memoized per width. */
export function layoutArticle(doc: ArticleDocument, width: number, bidi: ResolvedBidi): ArticleLayout {
  let byWidth = layouts.get(doc);
  if (!byWidth) layouts.set(doc, (byWidth = new Map()));
  const key = `${width}:${bidi}:${shapingEnabled()}`;
  const cached = byWidth.get(key);
  if (cached) return cached;
  const layout = buildLayout(doc, Math.max(8, width), bidi, Number.POSITIVE_INFINITY);
  byWidth.set(key, layout);
  return layout;
}

/** Whether the full layout for this width is already built (a resize back, a reopened article). */
export function hasLayout(doc: ArticleDocument, width: number, bidi: ResolvedBidi): boolean {
  return layouts.get(doc)?.has(`${width}:${bidi}:${shapingEnabled()}`) === true;
}

/**
 * The first `lines` lines only, the same as the full layout's first lines: enough for the first
 * frame, at the cost of the first few blocks instead of all of them. Only the last one is memoized.
 */
export function layoutHead(doc: ArticleDocument, width: number, bidi: ResolvedBidi, lines: number): ArticleLayout {
  if (hasLayout(doc, width, bidi)) return layoutArticle(doc, width, bidi);
  // The last one is kept: the first paint and Ink's first frame ask for the same head.
  const key = `${width}:${bidi}:${shapingEnabled()}:${lines}`;
  if (lastHead?.doc === doc && lastHead.key === key) return lastHead.layout;
  const layout = buildLayout(doc, Math.max(8, width), bidi, lines);
  lastHead = { doc, key, layout };
  return layout;
}

let lastHead: { doc: ArticleDocument; key: string; layout: ArticleLayout } | undefined;

function buildLayout(doc: ArticleDocument, width: number, bidi: ResolvedBidi, maxLines: number): ArticleLayout {
  const lines: Line[] = [];
  const sections: SectionEntry[] = [];
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const quote of doc.quotes) {
    const list = quotesByParagraph.get(quote.paragraphId);
    if (list) list.push(quote);
    else quotesByParagraph.set(quote.paragraphId, [quote]);
  }
  const ctx: Ctx = { doc, width, bidi, lines };
  const blank = (section: number, at: number) => {
    if (lines.length > 0 && lines[lines.length - 1]?.kind !== 'blank') lines.push(emptyLine('blank', section, at, doc.dir));
  };
  const attributions = (id: string, section: number, at: number) => {
    for (const text of attributionTexts(quotesByParagraph.get(id), doc.lang)) pushText(ctx, text, 'attribution', section, at, doc.dir);
  };

  if (doc.title) {
    pushBlock(ctx, doc.title, 'title', -1);
    const end = doc.title.position.end.offset as number;
    attributions('title', -1, end);
    const meta = metaText(doc);
    if (meta) pushText(ctx, meta, 'meta', -1, end, doc.dir);
    lines.push({ ...emptyLine('rule', -1, end, doc.dir), cells: graphemesOf('─'.repeat(width)) });
  } else {
    const meta = metaText(doc);
    if (meta) pushText(ctx, meta, 'meta', -1, 0, doc.dir);
  }
  let complete = true;
  doc.children.forEach((section, index) => {
    if (lines.length >= maxLines) {
      complete = false;
      return;
    }
    const at = section.position.start.offset as number;
    blank(index, at);
    const first = section.heading ?? section.children[0];
    sections.push({
      index,
      label: section.heading?.text ?? openingWords(section.children[0]?.text ?? ''),
      dir: first?.data?.dir ?? doc.dir,
      line: lines.length,
    });
    if (section.heading) {
      pushBlock(ctx, section.heading, 'heading', index);
      blank(index, section.heading.position.end.offset as number);
    }
    for (const paragraph of section.children) {
      if (lines.length >= maxLines) {
        complete = false;
        return;
      }
      pushBlock(ctx, paragraph, 'paragraph', index);
      const end = paragraph.position.end.offset as number;
      attributions(paragraph.id, index, end);
      blank(index, end);
    }
  });
  if (complete) while (lines.length > 0 && lines[lines.length - 1]?.kind === 'blank') lines.pop();
  return { width, lines, sections, complete };
}

interface Ctx {
  doc: ArticleDocument;
  width: number;
  bidi: ResolvedBidi;
  lines: Line[];
}

function emptyLine(kind: LineKind, section: number, at: number, dir: Direction): Line {
  return { kind, cells: [], indent: 0, start: at, end: at, synthetic: true, section, align: 'left', quote: false, dir };
}

function prepare(doc: ArticleDocument, block: Block, bidi: ResolvedBidi): PreparedBlock {
  const cached = preparedBlocks.get(block);
  const shaped = shapingEnabled();
  if (cached && cached.doc === doc && cached.bidi === bidi && cached.shaped === shaped) return cached;
  const start = block.position.start.offset as number;
  const graphemes: Cell[] = graphemesOf(block.text, start);
  if (shaped) shapeGraphemes(graphemes);
  if (doc.quotes.length > 0 || doc.entities.length > 0) {
    // Runs and graphemes are both in text order: one sweep hands each grapheme its run.
    const runs = inlineRuns(doc, block);
    let r = 0;
    for (const g of graphemes) {
      while (r < runs.length && (runs[r] as InlineRun).end <= g.offset) r++;
      const run = runs[r];
      if (run && run.start <= g.offset && (run.quoteId || run.entityId || run.cue)) g.mark = run;
    }
  }
  const dir = block.data?.dir ?? doc.dir;
  // Bidi levels depend on the text alone: the annotated document reuses the structure's.
  const levels =
    cached && cached.bidi === bidi ? cached.levels : bidi === 'app' && (dir === 'rtl' || RTL_CHARS.test(block.text)) ? paragraphLevels(block.text, dir) : null;
  const prepared = { doc, bidi, shaped, graphemes, levels };
  preparedBlocks.set(block, prepared);
  return prepared;
}

function pushBlock(ctx: Ctx, block: Block, kind: LineKind, section: number): void {
  const { graphemes, levels } = prepare(ctx.doc, block, ctx.bidi);
  const dir = block.data?.dir ?? ctx.doc.dir;
  const from = block.position.start.offset as number;
  pushGraphemes(ctx, graphemes, levels, from, kind, section, dir, false);
}

/** Text the reader writes itself (meta line, speakers): laid out like a paragraph, marked synthetic. */
function pushText(ctx: Ctx, text: string, kind: LineKind, section: number, at: number, dir: Direction): void {
  const graphemes = graphemesOf(text);
  if (shapingEnabled()) shapeGraphemes(graphemes);
  const levels = ctx.bidi === 'app' && RTL_CHARS.test(text) ? paragraphLevels(text, dir) : null;
  const before = ctx.lines.length;
  pushGraphemes(ctx, graphemes, levels, 0, kind, section, dir, true);
  for (let i = before; i < ctx.lines.length; i++) {
    const line = ctx.lines[i] as Line;
    line.start = at;
    line.end = at;
  }
}

function pushGraphemes(
  ctx: Ctx,
  graphemes: Cell[],
  levels: PreparedBlock['levels'],
  levelsFrom: number,
  kind: LineKind,
  section: number,
  dir: Direction,
  synthetic: boolean,
): void {
  // Hard line breaks inside a block (preformatted text, <br>) start a new line before wrapping.
  let from = 0;
  for (let i = 0; i <= graphemes.length; i++) {
    const g = graphemes[i];
    if (g && g.text !== '\n' && g.text !== '\r\n' && g.text !== '\r') continue;
    for (const logical of wrapGraphemes(graphemes.slice(from, i), ctx.width)) {
      const cells = levels ? reorderGraphemes(logical, levels.levels, levelsFrom, levels.base) : logical;
      const first = logical[0];
      const last = logical[logical.length - 1];
      const start = first ? first.offset : (graphemes[from]?.offset ?? levelsFrom);
      ctx.lines.push({
        kind,
        cells,
        // Only the reader's own reordering right-aligns: a terminal doing bidi places lines itself.
        indent: ctx.bidi === 'app' && dir === 'rtl' ? Math.max(0, ctx.width - lineWidth(logical)) : 0,
        start,
        end: last ? last.offset + last.text.length : start,
        synthetic,
        section,
        align: ctx.bidi === 'app' && dir === 'rtl' ? 'right' : 'left',
        quote: logical.some((c) => c.mark?.quoteId !== undefined && !c.mark.cue),
        dir,
      });
    }
    from = i + 1;
  }
}

const LABELS: Record<string, { unknown: string; inferred: string; sep: string; words: string; minutes: string }> = {
  ar: { unknown: 'متحدث غير معروف', inferred: 'مستنتج', sep: '، ', words: 'كلمة', minutes: 'دقيقة' },
  en: { unknown: 'unknown speaker', inferred: 'inferred', sep: ', ', words: 'words', minutes: 'min' },
};

export function labelsFor(lang: string) {
  return LABELS[lang] ?? (LABELS.en as NonNullable<(typeof LABELS)[string]>);
}

/** "— name, role" once per speaker of the quotes that start in a paragraph. */
function attributionTexts(quotes: Quote[] | undefined, lang: string): string[] {
  if (!quotes) return [];
  const labels = labelsFor(lang);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const quote of quotes) {
    const speaker = quote.speaker;
    const name = speaker?.name ?? labels.unknown;
    if (seen.has(name)) continue;
    seen.add(name);
    let text = `— ${name}`;
    if (speaker?.role) text += `${labels.sep}${speaker.role}`;
    if (speaker?.inferred) text += ` (${labels.inferred})`;
    out.push(text);
  }
  return out;
}

function metaText(doc: ArticleDocument): string {
  const labels = labelsFor(doc.lang);
  const parts: string[] = [];
  if (doc.meta.site) parts.push(doc.meta.site);
  if (doc.meta.byline) parts.push(doc.meta.byline);
  if (doc.meta.published) parts.push(doc.meta.published.slice(0, 10));
  if (doc.meta.wordCount > 0) parts.push(`${doc.meta.wordCount} ${labels.words}`);
  if (doc.meta.readingMinutes > 0) parts.push(`${doc.meta.readingMinutes} ${labels.minutes}`);
  return parts.join(' · ');
}

function openingWords(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/** The index of the line that shows `offset` (the last line starting at or before it). */
export function lineAt(layout: ArticleLayout, offset: number): number {
  const { lines } = layout;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Reader-added lines share their offset with the text before them: prefer the text line.
  while (lo > 0 && (lines[lo] as Line).synthetic && (lines[lo - 1] as Line).start <= offset && (lines[lo - 1] as Line).end >= offset) lo--;
  return Math.max(0, lo);
}
