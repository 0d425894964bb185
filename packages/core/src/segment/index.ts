import { bylineOf } from '../lang/bylines.js';
import { addCounts, countLetters, directionOf, emptyCounts, guessFromCounts, type LanguageGuess, type LetterCounts, primaryLanguage } from '../lang/detect.js';
import type { LineIndex } from '../model/positions.js';
import type { ArticleDocument, Direction, Heading, Paragraph, Section } from '../model/types.js';
import type { ReadBlock, ReadResult } from '../read/types.js';
import { endsWithClosingPunctuation, looksLikeHeading, startsWithListMarker } from './heading-rules.js';

export interface SegmentOptions {
  lang?: string;
}

interface Unit {
  start: number;
  end: number;
  kind: 'title' | 'heading' | 'paragraph';
  depth: Heading['depth'];
  role?: ReadBlock['role'];
}

/**
 * Builds the tree (title, sections, headings, paragraphs) from the reader's blocks. Blocks whose
 * kind the reader left open (plain text) are decided here by shape: the first line is the title,
 * a short line without closing punctuation that opens a run of paragraphs is a heading, and in
 * blank-line-separated text the lines of one block are one (hard-wrapped) paragraph.
 * Sentences are left empty for `tokenize/`.
 */
export function segmentArticle(read: ReadResult, index: LineIndex, options: SegmentOptions = {}): ArticleDocument {
  const { text } = read;
  const found: { byline?: string } = {};
  const units = classify(read, found);
  const letters = lettersOf(text, units);
  const guess = documentLanguage(units, letters);
  const given = options.lang ? primaryLanguage(options.lang) : undefined;
  const declared = read.meta.lang ? primaryLanguage(read.meta.lang) : undefined;
  const lang = given ?? (guess.lang !== 'und' ? guess.lang : (declared ?? 'und'));
  const dir: Direction = given ? directionOf(given) : guess.lang !== 'und' ? guess.dir : (read.meta.dir ?? directionOf(lang));

  let title: Heading | null = null;
  const sections: Section[] = [];
  let current: Section | null = null;
  let headingCount = 0;
  let paragraphCount = 0;

  const openSection = (heading: Heading | null, start: number, end: number): Section => {
    const section: Section = { type: 'section', id: `s${sections.length + 1}`, heading, children: [], position: index.position(start, end) };
    sections.push(section);
    return section;
  };

  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    const position = index.position(unit.start, unit.end);
    const blockText = text.slice(unit.start, unit.end);
    const data = blockData(unit, letters[u] as LetterCounts, dir);
    if (unit.kind === 'title' && !title) {
      title = { type: 'heading', id: 'title', depth: 1, text: blockText, children: [], position, ...(data ? { data } : {}) };
      continue;
    }
    if (unit.kind === 'heading' || unit.kind === 'title') {
      headingCount++;
      const heading: Heading = {
        type: 'heading',
        id: `h${headingCount}`,
        depth: unit.depth,
        text: blockText,
        children: [],
        position,
        ...(data ? { data } : {}),
      };
      current = openSection(heading, unit.start, unit.end);
      continue;
    }
    if (!current) current = openSection(null, unit.start, unit.end);
    paragraphCount++;
    const paragraph: Paragraph = { type: 'paragraph', id: `p${paragraphCount}`, text: blockText, children: [], position, ...(data ? { data } : {}) };
    current.children.push(paragraph);
    current.position = index.position(current.position.start.offset as number, unit.end);
  }

  const doc: ArticleDocument = {
    type: 'article',
    version: 1,
    text,
    lang,
    dir,
    title,
    meta: { format: read.format, wordCount: 0, readingMinutes: 0 },
    children: sections,
    quotes: [],
    entities: [],
    messages: [...read.messages],
    position: index.position(0, text.length),
  };
  copyMeta(read, doc);
  if (found.byline && !doc.meta.byline) doc.meta.byline = found.byline;
  if (units.length === 0) {
    doc.messages.push({ reason: 'The input holds no text to read.', ruleId: 'empty-input', severity: 'warning', source: 'segment' });
  }
  return doc;
}

/**
 * Each block's letters, counted once: the block's own language comes from them, and the
 * document's from their sum. A block is read in full while the document's first 20,000
 * characters last, and its first 2,000 after that.
 */
function lettersOf(text: string, units: Unit[]): LetterCounts[] {
  let budget = 20000;
  return units.map((unit) => {
    const limit = Math.max(2000, budget);
    budget -= Math.min(limit, unit.end - unit.start);
    return countLetters(text, unit.start, unit.end, limit);
  });
}

/**
 * The language of the text by its letters; when the body is mixed (no script holds two thirds of
 * the letters), a title clearly in one language decides, as a reader would.
 */
function documentLanguage(units: Unit[], letters: LetterCounts[]): LanguageGuess {
  const sum = emptyCounts();
  for (const counts of letters) addCounts(sum, counts);
  const guess = guessFromCounts(sum);
  if (guess.confidence >= 0.65 || units[0]?.kind !== 'title') return guess;
  const byTitle = guessFromCounts(letters[0] as LetterCounts);
  return byTitle.lang !== 'und' && byTitle.confidence >= 0.8 ? byTitle : guess;
}

function copyMeta(read: ReadResult, doc: ArticleDocument): void {
  const { url, site, byline, published, description } = read.meta;
  if (url) doc.meta.url = url;
  if (site) doc.meta.site = site;
  if (byline) doc.meta.byline = byline;
  if (published) doc.meta.published = published;
  if (description) doc.meta.description = description;
}

/** A block's own direction and language, recorded only where it differs from the document's. */
function blockData(unit: Unit, letters: LetterCounts, docDir: Direction): Paragraph['data'] | undefined {
  const data: NonNullable<Paragraph['data']> = {};
  if (unit.role) data.role = unit.role;
  const guess = guessFromCounts(letters);
  if (guess.dir !== docDir && guess.confidence >= 0.6 && guess.lang !== 'und') {
    data.dir = guess.dir;
    data.lang = guess.lang;
  }
  return Object.keys(data).length > 0 ? data : undefined;
}

/** Decides each block's kind; joins the lines of hard-wrapped paragraphs. */
function classify(read: ReadResult, found: { byline?: string }): Unit[] {
  const { text, blocks } = read;
  const blankSeparated = blocks.filter((b) => (b as { blankBefore?: boolean }).blankBefore).length >= 2;
  const units: Unit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as ReadBlock & { blankBefore?: boolean };
    if (block.kind) {
      const isTitle = block.kind === 'title' || (block.kind === 'heading' && block.depth === 1 && units.length === 0);
      units.push({
        start: block.start,
        end: block.end,
        kind: isTitle ? 'title' : block.kind,
        depth: block.depth ?? 2,
        ...(block.role ? { role: block.role } : {}),
      });
      continue;
    }
    const prev = units[units.length - 1];
    const joinable =
      blankSeparated &&
      prev !== undefined &&
      prev.kind === 'paragraph' &&
      !block.blankBefore &&
      !block.role &&
      !startsWithListMarker(text, block.start, block.end) &&
      !startsWithListMarker(text, prev.start, prev.end);
    if (joinable) {
      prev.end = block.end;
      continue;
    }
    const byline = units.length === 1 && units[0]?.kind === 'title' && !found.byline ? bylineOf(text.slice(block.start, block.end)) : undefined;
    if (byline) {
      // A byline under the title is metadata, not a paragraph of the story.
      found.byline = byline;
      continue;
    }
    if (units.length === 0 && read.format === 'text' && looksLikeTitle(text, block, blocks.length)) {
      units.push({ start: block.start, end: block.end, kind: 'title', depth: 1 });
      continue;
    }
    units.push({ start: block.start, end: block.end, kind: 'paragraph', depth: 2 });
  }
  markHeadings(text, units);
  return units;
}

/**
 * The first line of a text is its title when it reads like a headline: not too long, not closed
 * by a full stop. A lone line must look like a heading outright, or it is just a paragraph.
 */
function looksLikeTitle(text: string, block: ReadBlock, blockCount: number): boolean {
  if (blockCount === 1) return looksLikeHeading(text, block.start, block.end);
  if (block.end - block.start > 300 || startsWithListMarker(text, block.start, block.end)) return false;
  const last = text[block.end - 1];
  return last !== '.' && last !== '،' && last !== ',' && last !== ';' && last !== '؛';
}

/** A short, unpunctuated paragraph followed by a longer paragraph opens a section. */
function markHeadings(text: string, units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const unit = units[i] as Unit;
    const next = units[i + 1] as Unit;
    if (unit.kind !== 'paragraph' || unit.role || next.kind !== 'paragraph') continue;
    if (!looksLikeHeading(text, unit.start, unit.end)) continue;
    if (text.slice(unit.start, unit.end).includes('\n')) continue;
    const nextIsProse = endsWithClosingPunctuation(text, next.start, next.end) || next.end - next.start > 2 * (unit.end - unit.start);
    if (nextIsProse) unit.kind = 'heading';
  }
}
