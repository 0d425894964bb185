/**
 * The tokenizer: script-aware nlcst sentences for every block, in one pass over the characters.
 *
 * Tokens (each with a unist position into the whole text; joined, they give the text back):
 * - WordNode (one TextNode): letters, digits, harakat, tatweel, ZWNJ/ZWJ; joined across one
 *   character when a word character follows: hyphen (well-known, روسيا-آسيا), digit separators
 *   between digits (1,200.5 · ٥٫٢ · ١٬٠٠٠ · 10:30 · 29/11/2026 · 5+1), an apostrophe between Latin
 *   letters (don't), a full stop in a dotted initialism (U.S. · e.g. · ص.ب) or a lowercase domain
 *   (example.com). Tatweel ends a clitic before a quotation mark, a digit or Latin (لـ"إرم · بـ١٨٠).
 * - SourceNode: URLs (http://, https://, ftp://, www.) and e-mail addresses.
 * - PunctuationNode: one mark, or a run of one repeated mark (... !! ؟؟ --); quotation marks and
 *   brackets always alone. SymbolNode: symbols and emoji (with modifiers and ZWJ sequences).
 * - WhiteSpaceNode: a run of white space, line breaks included.
 *
 * Sentences end after . ! ? ؟ … (and runs of them) with the closing marks that follow, when white
 * space, the block's end or (no space) an Arabic word or a capital comes next. Not inside a
 * quotation (unless it runs past 400 characters or never closes in the block), not after an
 * abbreviation (Mr. · د. · J. · No. 5), not before a lowercase word, not at two dots (a pause).
 * A blank line always ends a sentence; a single line break does not. White space between
 * sentences belongs to none.
 */
import type { Sentence } from 'nlcst';
import type { LineIndex } from '../model/positions.js';
import type { ArticleDocument } from '../model/types.js';
import { blocksOf } from '../model/walk.js';
import { RangeTokenizer } from './tokenizer.js';

/**
 * Splits `text.slice(start, end)` into nlcst sentences whose tokens carry positions into `text`
 * (UTF-16 offsets, 1-based line and column). White space between sentences is left out of them.
 */
export function tokenizeRange(text: string, start: number, end: number, index: LineIndex): Sentence[] {
  return tokenizerFor(text, start, end, index)?.run() ?? [];
}

/** A tokenizer for the range cut to the text (reading past either end would make NaN characters); none when it is empty. */
function tokenizerFor(text: string, start: number, end: number, index: LineIndex): RangeTokenizer | undefined {
  start = Math.max(0, start);
  end = Math.min(end, text.length);
  if (!(start < end)) return undefined;
  return new RangeTokenizer(text, end, index.point(start));
}

/**
 * Fills the sentences of the title, every heading and every paragraph. Returns how many words
 * (WordNodes) they hold, counted as they are made: no second walk over the tokens.
 */
export function tokenizeDocument(doc: ArticleDocument, index: LineIndex): number {
  let words = 0;
  for (const block of blocksOf(doc)) {
    const tokenizer = tokenizerFor(doc.text, block.position.start.offset as number, block.position.end.offset as number, index);
    block.children = tokenizer ? tokenizer.run() : [];
    if (tokenizer) words += tokenizer.words;
  }
  return words;
}
