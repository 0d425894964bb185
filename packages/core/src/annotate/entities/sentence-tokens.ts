import type { Node } from 'unist';
import type { EntityToken } from '../../lang/entity-language.js';
import type { Block } from '../../model/types.js';

/** The text of an nlcst node: its value, or its children's joined. */
function nodeText(node: Node): string {
  // Property reads, not `in`: the node shapes vary, and `in` on them is a slow generic lookup.
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  const children = (node as { children?: Node[] }).children;
  if (children === undefined) return '';
  // Most words are one text node: no array, no join.
  if (children.length === 1) return nodeText(children[0] as Node);
  let text = '';
  for (const child of children) text += nodeText(child);
  return text;
}

/** `/\s/` as a scan (the same characters), no regex per token. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      if (c === 32 || (c >= 9 && c <= 13)) return true;
      continue;
    }
    // Latin and Arabic letters, the common case, in one comparison or two.
    if (c < 0xa0 || (c > 0xa0 && c < 0x1680)) continue;
    if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      return true;
  }
  return false;
}

const isDigits = (text: string): boolean => {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200f || c === 0x200e || (c >= 0x2000 && c <= 0x200b);
/** Letters, marks and digits of any script, plus the joiners that live inside words. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’_]/u;
const SENTENCE_END = /[.!?؟…]/;

/**
 * Splits text the tokenizer left whole (a word holding spaces) into words and punctuation, and
 * into sentences at . ! ? ؟ … — a linear scan, used only when sentences arrive untokenized.
 */
function splitLoose(text: string, offset: number, sentences: EntityToken[][]): void {
  let current: EntityToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (WORD_CHAR.test(text[i]!)) while (j < text.length && WORD_CHAR.test(text[j]!)) j++;
    current.push({
      text: text.slice(i, j),
      start: offset + i,
      end: offset + j,
      word: j > i + 1 || WORD_CHAR.test(text[i]!),
      facts: undefined,
    });
    if (j === i + 1 && SENTENCE_END.test(text[i]!)) {
      sentences.push(current);
      current = [];
    }
    i = j;
  }
  if (current.length > 0) sentences.push(current);
}

/** A short capitalised Latin word that may be an abbreviation with its period (St. · Mr. · Corp.). */
const ABBREVIATION = /^[A-Z][a-z]{0,3}$/;
/** English clitics after an apostrophe: 's, 're, 'd, 've, 'll, 'm. */
const CLITIC = /^(?:s|re|d|ve|ll|m)$/;

/** «'» «s» written apart from the word before (Hawaii 's): the one clitic token «'s» the corpora have. */
function cliticAt(tokens: readonly EntityToken[], i: number): boolean {
  const t = tokens[i] as EntityToken;
  const next = tokens[i + 1];
  return !!next && (t.text === "'" || t.text === '’') && t.end === next.start && CLITIC.test(next.text);
}

/** A short capitalised word and its period with a word after them (St. Louis). */
function abbreviationAt(tokens: readonly EntityToken[], i: number): boolean {
  const t = tokens[i] as EntityToken;
  const dot = tokens[i + 1];
  return (
    !!dot && i + 2 < tokens.length && dot.text === '.' && t.end === dot.start && t.word && ABBREVIATION.test(t.text) && (tokens[i + 2] as EntityToken).word
  );
}

/**
 * Joins each token where `joinsNext` holds with the one after it, in place: the tokens kept are
 * written back as it goes, so a sentence of many joins stays linear, and a sentence with none
 * (most) is only read.
 */
function joinWhere(
  tokens: EntityToken[],
  joinsNext: (tokens: readonly EntityToken[], i: number) => boolean,
  join: (t: EntityToken, next: EntityToken) => EntityToken,
): void {
  let i = 0;
  while (i < tokens.length && !joinsNext(tokens, i)) i++;
  if (i === tokens.length) return;
  let n = i;
  for (; i < tokens.length; i++) {
    if (joinsNext(tokens, i)) {
      tokens[n++] = join(tokens[i] as EntityToken, tokens[i + 1] as EntityToken);
      i++;
    } else tokens[n++] = tokens[i] as EntityToken;
  }
  tokens.length = n;
}

/**
 * «St» «.» inside a sentence (a word follows) as one token «St.», as the training corpora write
 * abbreviations: the tagger reads «St. Louis» as it learned it, not «St» then a new name.
 */
function joinAbbreviations(tokens: EntityToken[]): EntityToken[] {
  joinWhere(tokens, cliticAt, (t, next) => ({ text: t.text + next.text, start: t.start, end: next.end, word: false, facts: undefined }));
  joinWhere(tokens, abbreviationAt, (t, dot) => ({ text: `${t.text}.`, start: t.start, end: dot.end, word: true, facts: undefined }));
  return tokens;
}

/**
 * The sentences of a block as token lists for the tagger: words, numbers and punctuation with
 * their offsets, white space left out. A number split at its separators (2 , 000) is joined back.
 */
export function sentenceTokens(block: Block): EntityToken[][] {
  const out: EntityToken[][] = [];
  for (const sentence of block.children) {
    let tokens: EntityToken[] = [];
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode' || !child.position) continue;
      const text = nodeText(child);
      const start = child.position.start.offset as number;
      if (hasSpace(text)) {
        if (tokens.length > 0) out.push(tokens);
        tokens = [];
        splitLoose(text, start, out);
        continue;
      }
      // Every token has the same shape (the fact slots too), so the code reading them stays monomorphic.
      const token: EntityToken = {
        text,
        start,
        end: child.position.end.offset as number,
        word: child.type === 'WordNode',
        facts: undefined,
      };
      // «2» «,» «000» with nothing between: one number (most tokens are no digits: asked first).
      const last = tokens[tokens.length - 1];
      const beforeLast = tokens[tokens.length - 2];
      if (
        token.word &&
        isDigits(token.text) &&
        last &&
        beforeLast &&
        /^[,.٫٬]$/.test(last.text) &&
        /\d$/.test(beforeLast.text) &&
        beforeLast.end === last.start &&
        last.end === token.start
      ) {
        tokens.length -= 2;
        tokens.push({
          text: beforeLast.text + last.text + token.text,
          start: beforeLast.start,
          end: token.end,
          word: true,
          facts: undefined,
        });
        continue;
      }
      tokens.push(token);
    }
    if (tokens.length > 0) out.push(joinAbbreviations(tokens));
  }
  return out;
}
