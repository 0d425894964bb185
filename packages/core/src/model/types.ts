/**
 * The document model, version 1: a unist tree for structure (article → section → paragraph →
 * nlcst sentence) plus stand-off annotations (quotes, entities) that may cross those borders.
 * Every offset is a UTF-16 offset into `ArticleDocument.text`.
 */
import type { Sentence } from 'nlcst';
import type { Point, Position } from 'unist';

export type { Point, Position, Sentence };

export type Direction = 'rtl' | 'ltr';
export type InputFormat = 'text' | 'html' | 'markdown';

/** Per-node extras that do not belong in the core contract (direction of a paragraph, its role). */
export interface BlockData {
  /** Set when a block's direction differs from the document's (an English paragraph in Arabic). */
  dir?: Direction;
  lang?: string;
  /** How the source marked the block: a blockquote, a list item, a figure caption, a preformatted block. */
  role?: 'blockquote' | 'list-item' | 'caption' | 'pre' | 'table-row';
}

export interface Heading {
  type: 'heading';
  id: string;
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  children: Sentence[];
  position: Position;
  data?: BlockData;
}

export interface Paragraph {
  type: 'paragraph';
  id: string;
  text: string;
  children: Sentence[];
  position: Position;
  data?: BlockData;
}

export interface Section {
  type: 'section';
  id: string;
  heading: Heading | null;
  children: Paragraph[];
  position: Position;
}

export interface Span {
  text: string;
  position: Position;
}

export interface Speaker {
  /** The speaker as the article names them at their fullest. */
  name: string;
  entityId?: string;
  /** Description given in apposition ("director of …"). */
  role?: string;
  /** True when carried over from an earlier sentence (implicit subject, pronoun, "he added"). */
  inferred: boolean;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** The quoted content, without marks or cue. */
  text: string;
  position: Position;
  /** Where the quote starts ('title' for a headline quote). */
  paragraphId: string;
  cue: Span | null;
  speaker: Speaker | null;
  /** The span in the text that names the speaker, when the sentence names them (not inferred). */
  speakerSpan?: Span;
  /**
   * For a quote running over several paragraphs only: its words paragraph by paragraph, each
   * part inside one block and without the quotation mark that reopens a later paragraph. `text`
   * stays one slice of `doc.text` (breaks and reopening marks included); join the parts' texts
   * for the words alone.
   */
  parts?: Span[];
  confidence: number;
}

export type EntityKind = 'person' | 'organization' | 'location' | 'date' | 'quantity' | 'misc';

export interface Mention extends Span {
  paragraphId: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Canonical, fullest form. */
  name: string;
  /** Other surface forms, clitics stripped. */
  aliases: string[];
  /** Descriptions found in apposition or before the name. */
  roles: string[];
  mentions: Mention[];
}

export type Severity = 'info' | 'warning' | 'error';

export interface Message {
  reason: string;
  /** Stable, kebab-case id of the rule that produced it ('empty-input', 'unbalanced-quote', …). */
  ruleId: string;
  severity: Severity;
  /** The stage that spoke: 'read', 'segment', 'tokenize', 'quotes', 'entities'. */
  source?: string;
  position?: Position;
}

export interface ArticleMeta {
  format: InputFormat;
  url?: string;
  site?: string;
  byline?: string;
  /** ISO 8601 when known. */
  published?: string;
  description?: string;
  wordCount: number;
  readingMinutes: number;
}

export interface ArticleDocument {
  type: 'article';
  version: 1;
  text: string;
  lang: string;
  dir: Direction;
  title: Heading | null;
  meta: ArticleMeta;
  children: Section[];
  quotes: Quote[];
  entities: Entity[];
  messages: Message[];
  position: Position;
}

/** Any block that holds sentences: the title, a section heading, or a paragraph. */
export type Block = Heading | Paragraph;
