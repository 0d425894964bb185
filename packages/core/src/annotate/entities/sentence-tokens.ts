import type { Node, Parent } from 'unist';
import type { EntityToken } from '../../lang/entity-language.js';
import type { Block } from '../../model/types.js';

/** The text of an nlcst node: its value, or its children's joined. */
function nodeText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return ((node as Parent).children as Node[]).map(nodeText).join('');
  return '';
}

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
    current.push({ text: text.slice(i, j), start: offset + i, end: offset + j, word: j > i + 1 || WORD_CHAR.test(text[i]!) });
    if (j === i + 1 && SENTENCE_END.test(text[i]!)) {
      sentences.push(current);
      current = [];
    }
    i = j;
  }
  if (current.length > 0) sentences.push(current);
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
      if (/\s/.test(text)) {
        if (tokens.length > 0) out.push(tokens);
        tokens = [];
        splitLoose(text, start, out);
        continue;
      }
      const token: EntityToken = { text, start, end: child.position.end.offset as number, word: child.type === 'WordNode' };
      const last = tokens[tokens.length - 1];
      const beforeLast = tokens[tokens.length - 2];
      // «2» «,» «000» with nothing between: one number.
      if (
        last &&
        beforeLast &&
        token.word &&
        /^\d+$/.test(token.text) &&
        /^[,.٫٬]$/.test(last.text) &&
        /\d$/.test(beforeLast.text) &&
        beforeLast.end === last.start &&
        last.end === token.start
      ) {
        tokens.length -= 2;
        tokens.push({ text: beforeLast.text + last.text + token.text, start: beforeLast.start, end: token.end, word: true });
        continue;
      }
      tokens.push(token);
    }
    if (tokens.length > 0) out.push(tokens);
  }
  return out;
}
