import type { ArticleMeta, BlockData, Direction, InputFormat, Message } from '../model/types.js';

/**
 * A block boundary found by a reader, as offsets into `ReadResult.text`. Readers that know the
 * structure (HTML, Markdown) set `kind`; the plain-text reader leaves it for `segment/` to infer.
 */
export interface ReadBlock {
  start: number;
  end: number;
  kind?: 'title' | 'heading' | 'paragraph';
  depth?: 1 | 2 | 3 | 4 | 5 | 6;
  role?: BlockData['role'];
}

/** What a reader found besides the text: metadata, hints for language and direction. */
export interface ReadMeta extends Partial<Omit<ArticleMeta, 'format' | 'wordCount' | 'readingMinutes'>> {
  /** Title from metadata (HTML <title>, og:title, Markdown front matter), used when no title block. */
  title?: string;
  /** Declared language (html lang, JSON-LD inLanguage); a hint, checked against the text. */
  lang?: string;
  dir?: Direction;
}

export interface ReadResult {
  format: InputFormat;
  /** The canonical text: every offset of the document points into it. */
  text: string;
  /** Blocks in document order, not overlapping, each a non-empty trimmed range of `text`. */
  blocks: ReadBlock[];
  meta: ReadMeta;
  messages: Message[];
}

export interface ReadOptions {
  format?: 'auto' | InputFormat;
  lang?: string;
  url?: string;
  /** Bytes (UTF-8) or UTF-16 code units over which input is refused with `too-large`. Default 50 MB. */
  maxSize?: number;
}
