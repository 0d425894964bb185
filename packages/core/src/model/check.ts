import type { Node, Parent } from 'unist';
import type { ArticleDocument, Block, Position } from './types.js';
import { blocksOf } from './walk.js';

export interface Violation {
  /** Which invariant of document-model.md: 'unique-ids', 'text-slice', 'tokens-rebuild', 'order', 'mention-in-block', 'cue-outside-quote', 'position'. */
  rule: string;
  message: string;
}

const off = (p: Position, side: 'start' | 'end') => p[side].offset;

/**
 * The invariants of the model (document-model.md), checked on a finished document. Returns every
 * failure found; an empty list means the document keeps the contract. Linear in the document size.
 */
export function checkArticle(doc: ArticleDocument): Violation[] {
  const out: Violation[] = [];
  const fail = (rule: string, message: string) => {
    if (out.length < 200) out.push({ rule, message });
  };
  const text = doc.text;

  const validPosition = (what: string, p: Position | undefined): p is Position => {
    const s = p ? off(p, 'start') : undefined;
    const e = p ? off(p, 'end') : undefined;
    if (s === undefined || e === undefined || !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > text.length) {
      fail('position', `${what} has no valid offsets (${s}..${e}, text length ${text.length})`);
      return false;
    }
    return true;
  };
  const sliceEquals = (what: string, p: Position, expected: string) => {
    const got = text.slice(off(p, 'start'), off(p, 'end'));
    if (got !== expected) fail('text-slice', `${what}: text ${JSON.stringify(expected.slice(0, 40))} ≠ slice ${JSON.stringify(got.slice(0, 40))}`);
  };

  // 1. Unique ids.
  const ids = new Set<string>();
  const blockIds = new Set<string>();
  const addId = (id: string, what: string) => {
    if (ids.has(id)) fail('unique-ids', `id ${id} (${what}) is used twice`);
    ids.add(id);
  };
  for (const section of doc.children) addId(section.id, 'section');
  for (const block of blocksOf(doc)) {
    addId(block.id, block.type);
    blockIds.add(block.id);
  }
  for (const quote of doc.quotes) addId(quote.id, 'quote');
  for (const entity of doc.entities) addId(entity.id, 'entity');

  // 2–4. Blocks: slices, sentences, tokens, order.
  let lastEnd = 0;
  const blockRange = new Map<string, [number, number]>();
  for (const block of blocksOf(doc)) {
    if (!validPosition(block.id, block.position)) continue;
    const s = off(block.position, 'start') as number;
    const e = off(block.position, 'end') as number;
    blockRange.set(block.id, [s, e]);
    sliceEquals(block.id, block.position, block.text);
    if (s < lastEnd) fail('order', `${block.id} starts at ${s}, before the previous block ends at ${lastEnd}`);
    lastEnd = e;
    checkSentences(block, s, e);
  }
  for (const section of doc.children) {
    if (!validPosition(section.id, section.position)) continue;
    const first = section.heading ?? section.children[0];
    const last = section.children[section.children.length - 1] ?? section.heading;
    if (first && last && (off(section.position, 'start') !== off(first.position, 'start') || off(section.position, 'end') !== off(last.position, 'end'))) {
      fail('order', `${section.id} does not span its heading and paragraphs`);
    }
  }

  function checkSentences(block: Block, s: number, e: number): void {
    let cursor = s;
    for (const sentence of block.children) {
      if (!validPosition(`sentence in ${block.id}`, sentence.position)) return;
      const ss = off(sentence.position, 'start') as number;
      const se = off(sentence.position, 'end') as number;
      if (ss < cursor || se > e) fail('order', `a sentence of ${block.id} (${ss}..${se}) is out of order or outside the block`);
      // Between sentences only white space may be left out.
      if (text.slice(cursor, ss).trim() !== '')
        fail('tokens-rebuild', `${block.id}: text between sentences is lost: ${JSON.stringify(text.slice(cursor, ss).slice(0, 40))}`);
      cursor = se;
      let rebuilt = '';
      let tokenCursor = ss;
      for (const token of sentence.children) {
        if (!validPosition(`token in ${block.id}`, token.position)) return;
        const ts = off(token.position as Position, 'start') as number;
        const te = off(token.position as Position, 'end') as number;
        if (ts !== tokenCursor) fail('tokens-rebuild', `${block.id}: token at ${ts} does not follow the previous one at ${tokenCursor}`);
        tokenCursor = te;
        const value = nodeText(token);
        sliceEquals(`token in ${block.id}`, token.position as Position, value);
        rebuilt += value;
      }
      if (tokenCursor !== se) fail('tokens-rebuild', `${block.id}: tokens end at ${tokenCursor}, the sentence at ${se}`);
      const sentenceText = text.slice(ss, se);
      if (rebuilt !== sentenceText)
        fail('tokens-rebuild', `${block.id}: tokens give ${JSON.stringify(rebuilt.slice(0, 40))}, not ${JSON.stringify(sentenceText.slice(0, 40))}`);
    }
    if (block.children.length > 0 && text.slice(cursor, e).trim() !== '') fail('tokens-rebuild', `${block.id}: text after the last sentence is lost`);
    if (block.children.length === 0 && text.slice(s, e).trim() !== '') fail('tokens-rebuild', `${block.id} has text but no sentences`);
  }

  // 5. Quotes and mentions.
  for (const quote of doc.quotes) {
    if (!blockIds.has(quote.paragraphId)) fail('unique-ids', `${quote.id} points at missing block ${quote.paragraphId}`);
    if (!validPosition(quote.id, quote.position)) continue;
    sliceEquals(quote.id, quote.position, quote.text);
    if (!(quote.confidence >= 0 && quote.confidence <= 1)) fail('position', `${quote.id} confidence ${quote.confidence} is not in 0..1`);
    const qs = off(quote.position, 'start') as number;
    const qe = off(quote.position, 'end') as number;
    for (const [what, span] of [
      ['cue', quote.cue],
      ['speaker', quote.speakerSpan],
    ] as const) {
      if (!span || !validPosition(`${quote.id} ${what}`, span.position)) continue;
      sliceEquals(`${quote.id} ${what}`, span.position, span.text);
      const cs = off(span.position, 'start') as number;
      const ce = off(span.position, 'end') as number;
      if (cs < qe && ce > qs) fail('cue-outside-quote', `${quote.id}: its ${what} (${cs}..${ce}) lies inside the quote (${qs}..${qe})`);
    }
    if (quote.speaker?.entityId && !ids.has(quote.speaker.entityId))
      fail('unique-ids', `${quote.id} speaker points at missing entity ${quote.speaker.entityId}`);
    // A quote's parts: slices in order inside the quote, each within one block.
    let after = qs;
    for (const [n, part] of (quote.parts ?? []).entries()) {
      if (!validPosition(`${quote.id} part ${n + 1}`, part.position)) continue;
      sliceEquals(`${quote.id} part ${n + 1}`, part.position, part.text);
      const ps = off(part.position, 'start') as number;
      const pe = off(part.position, 'end') as number;
      if (ps < after || pe > qe) fail('order', `${quote.id} part ${n + 1} (${ps}..${pe}) is out of order or outside the quote (${qs}..${qe})`);
      if (![...blockRange.values()].some(([s, e]) => s <= ps && pe <= e))
        fail('mention-in-block', `${quote.id} part ${n + 1} (${ps}..${pe}) is not inside one block`);
      after = pe;
    }
  }
  for (const entity of doc.entities) {
    if (entity.mentions.length === 0) fail('mention-in-block', `${entity.id} has no mentions`);
    for (const mention of entity.mentions) {
      if (!validPosition(`${entity.id} mention`, mention.position)) continue;
      sliceEquals(`${entity.id} mention`, mention.position, mention.text);
      const range = blockRange.get(mention.paragraphId);
      if (!range) {
        fail('unique-ids', `${entity.id} mention points at missing block ${mention.paragraphId}`);
        continue;
      }
      const ms = off(mention.position, 'start') as number;
      const me = off(mention.position, 'end') as number;
      if (ms < range[0] || me > range[1]) fail('mention-in-block', `${entity.id} mention ${ms}..${me} is not inside ${mention.paragraphId}`);
    }
  }
  return out;
}

/** The text of an nlcst node: its value, or its children's joined. */
function nodeText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return ((node as Parent).children as Node[]).map(nodeText).join('');
  return '';
}
