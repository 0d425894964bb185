import { describe, expect, it } from 'vitest';
import { hashFeature } from '../src/annotate/entities/feature-hash.js';
import { factsOf } from '../src/annotate/entities/find-mentions.js';
import { SequenceTagger } from '../src/annotate/entities/sequence-tagger.js';
import { arabicEntities } from '../src/lang/ar/entities/index.js';
import { englishEntities } from '../src/lang/en/entities/index.js';
import type { EntityLanguage, EntityToken } from '../src/lang/entity-language.js';
import { parseArticle } from '../src/parse-article.js';

const WORDS = [
  '<s>',
  '</s>',
  '',
  'و',
  'بوتين',
  'لطاجيكستان',
  'بموسكو',
  'للرئيس',
  'الرئيس',
  'ألونسو',
  'برنامجًا',
  'إيمانويل',
  'ماكرون',
  'والمحكمة',
  'الجنائية',
  '2023',
  '١٩٤٨',
  '٪',
  '،',
  'GSM',
  'Putin',
  "Putin's",
  'U.S.',
  'İstanbul',
  'well-known',
  'Dr.',
  'a',
  'ab',
  'abc',
  'x'.repeat(45),
  'ا'.repeat(45),
  'ا'.repeat(38),
];

describe('entities: features as hashes', () => {
  for (const lang of [arabicEntities, englishEntities]) {
    it(`${lang.code}: hashes built from templates equal the hashes of the feature strings`, () => {
      expect(lang.wordFeatureHashes).toBeDefined();
      for (const word of WORDS) {
        for (let offset = -2; offset <= 2; offset++) {
          const strings: string[] = [];
          lang.wordFeatures(word, offset, strings);
          const hashes: number[] = [];
          lang.wordFeatureHashes!(word, offset, hashes);
          expect(hashes, `${word} @ ${offset}`).toEqual(strings.map(hashFeature));
        }
      }
    });
  }
});

describe('entities: work done once per word type', () => {
  it('the tagger computes the features of a word once however often it appears', () => {
    const calls = new Map<string, number>();
    const count = (word: string) => calls.set(word, (calls.get(word) ?? 0) + 1);
    const tagger = new SequenceTagger(arabicEntities.model(), arabicEntities.wordFeatures, (word, offset, out) => {
      if (offset === 0) count(word);
      arabicEntities.wordFeatureHashes!(word, offset, out);
    });
    const sentence = 'قال الرئيس بوتين إن بوتين سيزور موسكو ثم موسكو'.split(' ');
    const first = tagger.tag(sentence);
    expect(tagger.tag(sentence)).toEqual(first);
    for (const word of new Set(sentence)) expect(calls.get(word), word).toBe(1);
  });

  it('the tagger gives the same tags from hashes as from strings', () => {
    const sentence = 'وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة في زيارة تستمر يومين'.split(' ');
    const fromStrings = new SequenceTagger(arabicEntities.model(), arabicEntities.wordFeatures);
    const fromHashes = new SequenceTagger(arabicEntities.model(), arabicEntities.wordFeatures, arabicEntities.wordFeatureHashes);
    expect(fromHashes.tag(sentence)).toEqual(fromStrings.tag(sentence));
  });

  it('asks the language about a word once, then reads the answer from the token', () => {
    let asked = 0;
    const lang: EntityLanguage = {
      ...englishEntities,
      isStopName: (word) => {
        asked++;
        return englishEntities.isStopName(word);
      },
    };
    const token = (text: string): EntityToken => ({ text, start: 0, end: text.length, word: true, facts: undefined });
    const tokens = ['Zorblatt', 'Zorblatt', 'Zorblatt'].map(token);
    for (let round = 0; round < 3; round++) for (const t of tokens) expect(factsOf(lang, t).stop).toBe(false);
    expect(asked).toBe(1);
  });
});

describe('entities: BILOU models read as BIO', () => {
  it('decodes a BILOU model within its transitions and answers BIO tags', async () => {
    const { decodeModel, encodeModel } = await import('../src/annotate/entities/tagger-model.js');
    const { allowedTransition } = await import('../src/annotate/entities/sequence-tagger.js');
    const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];
    // One feature per word: «ann» scores U-PER, «lee» B-PER, «kim» L-PER; every other word O.
    const wordTag: Record<string, number> = { ann: 4, lee: 1, kim: 3 };
    const weights = new Float32Array(3 * tags.length);
    Object.values(wordTag).forEach((t, i) => {
      weights[i * tags.length + t] = 5;
    });
    const hashes = Uint32Array.from(Object.keys(wordTag), (w) => hashFeature(`x=${w}`));
    const model = decodeModel(encodeModel({ tags, hashes, weights, transitions: new Float32Array((tags.length + 1) * tags.length) }));
    const tagger = new SequenceTagger(model, (word, offset, out) => {
      if (offset === 0) out.push(`x=${word}`);
    });
    expect(tagger.tags).toEqual(['O', 'B-PER', 'I-PER']);
    const read = (words: string[]) => [...tagger.tag(words)].map((t) => tagger.tags[t]);
    expect(read(['ann', 'met', 'lee', 'kim'])).toEqual(['B-PER', 'O', 'B-PER', 'I-PER']);
    // «lee» alone cannot end a sentence inside a name: BILOU forces it closed.
    expect(read(['met', 'lee'])).not.toContain('I-PER');
    expect(allowedTransition('B-PER', 'O', true)).toBe(false);
    expect(allowedTransition('B-PER', 'O', false)).toBe(true);
    expect(allowedTransition('U-PER', 'B-PER', true)).toBe(true);
    expect(allowedTransition('O', 'L-PER', true)).toBe(false);
  });
});

describe('entities: the Viterbi cut is exact', () => {
  it('gives the best BIO path on random scores, weak first names before strong surnames included', async () => {
    const { decodeModel, encodeModel } = await import('../src/annotate/entities/tagger-model.js');
    const { allowedTransition } = await import('../src/annotate/entities/sequence-tagger.js');
    const tags = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG'];
    const T = tags.length;
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const transitions = Float32Array.from({ length: (T + 1) * T }, () => rand() * 4 - 2);
    const model = decodeModel(encodeModel({ tags, hashes: new Uint32Array(0), weights: new Float32Array(0), transitions }));
    const tagger = new SequenceTagger(model, () => {});
    const edge = tagger.scores('</s>');
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rand() * 8);
      // Mostly O far ahead; now and then a name tag close or far ahead of it.
      const words = Array.from({ length: n }, () =>
        Float32Array.from({ length: 5 * T }, (_, k) => (k % T === 0 ? 6 : rand() < 0.15 ? 10 + rand() * 10 : rand() * 3)),
      );
      const local = (i: number, t: number) => {
        let s = 0;
        for (let o = -2; o <= 2; o++) {
          const j = i + o;
          const w = j < 0 ? tagger.scores('<s>') : j >= n ? edge : (words[j] as Float32Array);
          s += w[(o + 2) * T + t] as number;
        }
        return s;
      };
      // Brute force over every BIO sequence.
      let bestScore = -Infinity;
      let bestPath: number[] = [];
      const walk = (i: number, prev: number, score: number, path: number[]) => {
        if (i === n) {
          if (score > bestScore) [bestScore, bestPath] = [score, [...path]];
          return;
        }
        for (let t = 0; t < T; t++) {
          if (!allowedTransition(prev < T ? (tags[prev] as string) : 'O', tags[t] as string, false)) continue;
          path.push(t);
          walk(i + 1, t, score + Math.fround(transitions[prev * T + t] as number) + local(i, t), path);
          path.pop();
        }
      };
      walk(0, T, 0, []);
      expect([...tagger.tagScores(words)]).toEqual(bestPath);
    }
  });
});

describe('entities: linear in a long sentence of names', () => {
  /** Milliseconds of the whole pipeline on a text (best of three runs). */
  function best(text: string): number {
    let t = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      parseArticle(text);
      t = Math.min(t, performance.now() - t0);
    }
    return t;
  }

  // One sentence (commas only) naming people with titles, and clitics written apart: every mention's
  // tokens are found by binary search and every join is written in place, so 8× the input stays near 8× the time.
  for (const unit of ['والتقى الرئيس محمد علي مع الوزير أحمد حسن، ', "Mr. John Smith of Hawaii ' s council met St. Louis officials, "]) {
    it(`8× the names cost well under 64× the time: ${unit.slice(0, 24)}…`, () => {
      const make = (n: number) => `Title\n\n${unit.repeat(n)}end.`;
      best(make(200));
      const small = best(make(2_000));
      const large = best(make(16_000));
      expect(large).toBeLessThan(Math.max(small * 32, 80));
    }, 120_000);
  }
});
