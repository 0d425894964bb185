import fc from 'fast-check';
import { toString as nlcstToString } from 'nlcst-to-string';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/index.js';
import { MaqalError } from '../src/model/errors.js';
import { LineIndex } from '../src/model/positions.js';
import type { ArticleDocument } from '../src/model/types.js';
import { blocksOf } from '../src/model/walk.js';
import { parseArticle } from '../src/parse-article.js';
import { checkSentences } from '../src/tokenize/check-range.js';
import { tokenizeRange } from '../src/tokenize/index.js';

// MAQAL_PROPERTY_RUNS=5000 for a longer hunt.
const RUNS = Number(process.env.MAQAL_PROPERTY_RUNS ?? 300);

/** Pieces of news prose in both scripts, and the characters that make tokenizing hard. */
const pieces = [
  'وقال',
  'د.',
  'بوتين',
  'لـ',
  'إرم نيوز',
  'بـ١٨٠',
  'طابعًا',
  'می‌خواهم',
  '٣٫٥',
  '١٬٢٠٠',
  'روسيا-آسيا',
  'Mr.',
  'U.S.',
  'U.S. The',
  'e.g.',
  "don't",
  'Putin’s',
  'well-known',
  '1,200.5',
  '5+1',
  '10:40',
  'https://example.org/a_(b)?c=1',
  'www.eremnews.com',
  'info@erem.net',
  '$',
  '%',
  '👍🏽',
  '👨‍👩‍👧',
  '𝐀',
  '.',
  '...',
  '…',
  '!',
  '?',
  '؟',
  '?!',
  '،',
  '؛',
  ':',
  ';',
  ',',
  '-',
  '–',
  'ـ',
  '«',
  '»',
  '“',
  '”',
  '„',
  '"',
  "'",
  '(',
  ')',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u200f',
  '\ufeff',
  '# ',
  '## ',
];

const newsLike = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  newsLike,
);

/** Parses, accepting only the documented refusal of binary-looking input. */
function parseOrRefuse(text: string): ArticleDocument | null {
  try {
    return parseArticle(text);
  } catch (error) {
    if (error instanceof MaqalError && error.code === 'not-text') return null;
    throw error;
  }
}

describe('property: any string', () => {
  it('parseArticle never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseOrRefuse(text);
        if (!doc) return;
        expect(checkArticle(doc)).toEqual([]);
        let last = 0;
        for (const block of blocksOf(doc)) {
          for (const sentence of block.children) {
            const start = sentence.position?.start.offset as number;
            const end = sentence.position?.end.offset as number;
            expect(start).toBeGreaterThanOrEqual(last);
            expect(end).toBeGreaterThan(start);
            // Rebuilt by an independent nlcst utility.
            expect(nlcstToString(sentence)).toBe(doc.text.slice(start, end));
            last = end;
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('tokenizeRange covers the range, keeps surrogate pairs whole and positions exact', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const index = new LineIndex(text);
        const sentences = tokenizeRange(text, start, end, index);
        expect(checkSentences(text, start, end, sentences, index)).toEqual([]);
        for (const sentence of sentences)
          for (const token of sentence.children) expect(nlcstToString(token)).toBe(text.slice(token.position?.start.offset, token.position?.end.offset));
      }),
      { numRuns: RUNS },
    );
  });

  it('a sentence ends only at a terminator, a closing mark after one, a blank line or the range end', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const sentences = tokenizeRange(text, 0, text.length, new LineIndex(text));
        for (let n = 0; n < sentences.length - 1; n++) {
          const sentence = sentences[n];
          const last = nlcstToString(sentence?.children.at(-1) as never);
          const next = sentences[n + 1]?.position?.start.offset as number;
          const gap = text.slice(sentence?.position?.end.offset, next);
          const endsAtMark = /^[.!?؟…۔‼⁇⁈⁉。！？．"'»”“’›)\]}﴾«‹]+$/u.test(last);
          // A dotted initialism keeps its stop (U.S.) and may end a sentence with it.
          const endsAtInitialism = sentence?.children.at(-1)?.type === 'WordNode' && last.endsWith('.');
          const blankLine = /(\r?\n|\r)[^\S\r\n]*(\r?\n|\r)/u.test(gap);
          expect(endsAtMark || endsAtInitialism || blankLine).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
