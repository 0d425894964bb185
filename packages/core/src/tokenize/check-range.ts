import type { Sentence, SentenceContent } from 'nlcst';
import type { Point } from 'unist';
import type { LineIndex } from '../model/positions.js';

/**
 * The tokenizer's own contract, checked on the output of `tokenizeRange(text, start, end)`:
 * sentences in order inside the range with only white space between and around them, no white
 * space at a sentence's edges, tokens contiguous and non-empty, each token's text equal to its
 * slice, no token border inside a surrogate pair, and (given `index`) every point's line and
 * column as `LineIndex` computes them. Returns the failures (at most 20); linear.
 */
export function checkSentences(text: string, start: number, end: number, sentences: Sentence[], index?: LineIndex): string[] {
  const out: string[] = [];
  const fail = (message: string) => {
    if (out.length < 20) out.push(message);
  };
  const samePoint = (what: string, point: Point | undefined, offset: number) => {
    if (!index || !point) return;
    const expected = index.point(offset);
    if (point.line !== expected.line || point.column !== expected.column || point.offset !== offset)
      fail(`${what} at ${offset} is ${point.line}:${point.column}, not ${expected.line}:${expected.column}`);
  };
  let cursor = start;
  for (const sentence of sentences) {
    const s = sentence.position?.start.offset as number;
    const e = sentence.position?.end.offset as number;
    if (!(s >= cursor && e > s && e <= end)) fail(`sentence ${s}..${e} is out of order or outside ${start}..${end}`);
    if (text.slice(cursor, s).trim() !== '') fail(`text lost before the sentence at ${s}`);
    const first = sentence.children[0];
    const last = sentence.children[sentence.children.length - 1];
    if (first?.type === 'WhiteSpaceNode' || last?.type === 'WhiteSpaceNode') fail(`the sentence at ${s} has white space at an edge`);
    let at = s;
    for (const token of sentence.children) {
      const ts = token.position?.start.offset;
      const te = token.position?.end.offset as number;
      if (ts !== at || !(te > at)) fail(`token ${ts}..${te} does not follow ${at}`);
      samePoint('token start', token.position?.start, at);
      samePoint('token end', token.position?.end, te);
      if (text.slice(at, te) !== textOf(token)) fail(`token at ${at} does not match its slice`);
      if (te < end && isPairInside(text, te)) fail(`a token border at ${te} cuts a surrogate pair`);
      at = te;
    }
    if (at !== e) fail(`the tokens of the sentence at ${s} end at ${at}, the sentence at ${e}`);
    cursor = Math.max(cursor, e);
  }
  if (text.slice(cursor, end).trim() !== '') fail(`text lost after ${cursor}`);
  return out;
}

function textOf(token: SentenceContent): string {
  if ('value' in token) return token.value;
  let value = '';
  for (const child of token.children) if ('value' in child) value += child.value;
  return value;
}

function isPairInside(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
