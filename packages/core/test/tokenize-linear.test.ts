import type { Sentence } from 'nlcst';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/positions.js';
import { parseStructure } from '../src/parse-article.js';
import { checkSentences } from '../src/tokenize/check-range.js';
import { tokenizeRange } from '../src/tokenize/index.js';
import { expectValid } from './helpers.js';

// Generous bounds: linear work takes well under a second here, a quadratic slip on these inputs
// takes minutes; the slack is for loaded CI machines (building ~10^6 nodes is GC-heavy).
const BOUND_MS = 5000;
const MB = 1 << 20;

/** Tokenizes `text` whole within the time bound, holding the output to the tokenizer's contract. */
function timedTokenize(text: string): Sentence[] {
  const index = new LineIndex(text);
  const t0 = performance.now();
  const sentences = tokenizeRange(text, 0, text.length, index);
  expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  expect(checkSentences(text, 0, text.length, sentences, index)).toEqual([]);
  return sentences;
}

const ARABIC = 'وقال د. ملحم لـ"إرم نيوز" إن زيارة بوتين، التي تستمر ٣ أيام، تحمل طابعًا استراتيجيًا عبر منصة 5+1. ';
const ENGLISH = 'Mr. Smith told Reuters the U.S. plan costs $1,200.5 million, see https://example.org/a. ';

describe('tokenize: linear time on hostile input', () => {
  it('splits a 1 MB single line of mixed prose into its sentences', () => {
    const unit = ARABIC + ENGLISH;
    const copies = Math.ceil(MB / unit.length);
    const sentences = timedTokenize(unit.repeat(copies));
    expect(sentences).toHaveLength(2 * copies);
  });

  it('copes with 100k quotation marks of every kind', () => {
    for (const mark of ['"', '«', '»', '“', '”', '„']) {
      const sentences = timedTokenize(mark.repeat(100_000));
      expect(sentences).toHaveLength(1);
      expect(sentences[0]?.children).toHaveLength(100_000);
    }
    // Quotes that open and hold terminators, never closing: each pending end is settled once.
    expect(timedTokenize('«نعم. '.repeat(100_000))).toHaveLength(100_000);
    expect(timedTokenize('He said "yes. '.repeat(50_000)).length).toBeGreaterThan(1);
    expect(timedTokenize('"a." "b." '.repeat(50_000))).toHaveLength(100_000);
  });

  it('takes 1 MB of one character in one pass', () => {
    for (const c of ['a', 'ب', 'ـ', '١', ' ', '\n', '.', '؟', '-', '@', '*', '\u200c', '\u064e', '😀']) {
      const text = c.repeat(MB / c.length);
      timedTokenize(text);
    }
  });

  it('takes repeated near-patterns (URLs, e-mails, initialisms, numbers) in one pass', () => {
    for (const unit of ['http://', 'www.', 'a@', 'a.', 'U.S', '1,', '١٫', "a'", 'a-', 'x_', 'https://a.b/(', ').', 'لـ"']) {
      timedTokenize(unit.repeat(Math.ceil(MB / 2 / unit.length)));
    }
  });

  it('parses a 1 MB single-line article through read, segment and tokenize', () => {
    const text = `A title\n${(ENGLISH + ARABIC).repeat(Math.ceil(MB / (ENGLISH.length + ARABIC.length)))}`;
    const t0 = performance.now();
    const doc = parseStructure(text);
    expect(performance.now() - t0).toBeLessThan(3 * BOUND_MS);
    expectValid(doc);
  });
});
