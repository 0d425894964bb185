import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../src/annotate/quotes/index.js';
import { parseArticle, parseStructure } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

/** Milliseconds the quote stage alone takes on a parsed document (best of a few runs). */
function stageTime(text: string): number {
  const doc = parseStructure(text);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    annotateQuotes(doc);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Linear: eight times the input may cost up to 32× (slack for a loaded machine and for the
 * collector, whose work grows in steps as a document outgrows the young generation), never the
 * 64× (and more) a quadratic pass would take.
 */
function expectLinear(make: (n: number) => string, n: number): void {
  const small = stageTime(make(n));
  const large = stageTime(make(8 * n));
  expect(large).toBeLessThan(Math.max(small * 32, 80));
}

const SYLLABLES = ['كا', 'لو', 'مي', 'رو', 'سي', 'تا', 'في', 'نو'];

/** A made-up Arabic word, a different one for each `i` (no word list knows it). */
function madeUpWord(i: number): string {
  let w = '';
  for (let k = i + 8; k > 0; k >>= 3) w += SYLLABLES[k & 7];
  return w;
}

describe('adversarial input', () => {
  it('survives 100k quotation marks of every kind, reports them, and stays linear', () => {
    const marks = '«»“”"\'‘’„‹›';
    const make = (n: number) => {
      let s = 'عنوان\nوقال الوزير ';
      for (let i = 0; i < n; i++) s += marks[i % marks.length];
      return s;
    };
    const doc = parseArticle(make(100_000));
    expectValid(doc);
    const unbalanced = doc.messages.filter((m) => m.ruleId === 'unbalanced-quote');
    expect(unbalanced.length).toBeGreaterThan(0);
    expect(unbalanced.length).toBeLessThanOrEqual(21);
    expectLinear(make, 12_500);
  }, 120_000);

  it('stays linear on 100k nested opening marks and their closing marks', () => {
    const make = (n: number) => `Title\nHe said: ${'“a '.repeat(n)}${'b” '.repeat(n)}`;
    const doc = parseArticle(make(50_000));
    expectValid(doc);
    expectLinear(make, 6_250);
  }, 120_000);

  it('stays linear on a 1 MB paragraph full of cues and complementisers', () => {
    const unit = 'وقال الوزير إن «الاتفاق» قائم، مضيفًا أن ';
    const make = (chars: number) => `عنوان\n${unit.repeat(Math.ceil(chars / unit.length))}`;
    const doc = parseStructure(make(1_000_000));
    annotateQuotes(doc);
    expect(doc.quotes.length).toBeGreaterThan(20_000);
    expectValid(doc);
    // 125 KB against 1 MB: both past the size where the collector changes regime (a 50 KB document's quotes fit
    // the young generation and run many times faster per character, which made 50 KB → 400 KB read as 35×).
    expectLinear(make, 125_000);
  }, 120_000);

  it('stays linear on a long English paragraph of attributions and quotes', () => {
    const unit = '"We will win," said Smith, the mayor. He added that "it is done" and officials said so, according to reports. ';
    const make = (n: number) => `Title\n${unit.repeat(n)}`;
    const doc = parseStructure(make(4000));
    annotateQuotes(doc);
    expectValid(doc);
    expect(doc.quotes.length).toBeGreaterThan(5000);
    // 220 KB against 1.8 MB, both past the collector's change of regime (below ~200 KB this document's quotes run
    // up to twice as fast per unit, which made 55 KB → 440 KB read as 33× on a loaded CI machine).
    expectLinear(make, 2000);
  }, 120_000);

  it('stays linear when every sentence names a new speaker', () => {
    // Distinct made-up names (syllables from the index), so no speaker is ever heard twice.
    const syllables = ['ka', 'lo', 'mi', 'ru', 'se', 'ta', 'vi', 'no'];
    const nameOf = (i: number) => {
      let s = '';
      for (let k = i + 8; k > 0; k >>= 3) s += syllables[k & 7];
      return s.charAt(0).toUpperCase() + s.slice(1);
    };
    const make = (n: number) => {
      let s = 'Title\n';
      for (let i = 0; i < n; i++) s += `Minister ${nameOf(i)} ${nameOf(i + n)} said that the plan would work. `;
      return s;
    };
    const doc = parseArticle(make(4000));
    expectValid(doc);
    expect(doc.quotes.length).toBeGreaterThan(3000);
    // 110 KB against 880 KB: past the collector's change of regime, as above.
    expectLinear(make, 2000);
  }, 120_000);

  it('stays linear when a noun for a person speaks in every sentence', () => {
    // Each "the patient" asks whether the story has used the description before.
    const make = (n: number) => `Title\n${'The patient rested. "I feel better today," the patient said. '.repeat(n)}`;
    const doc = parseStructure(make(4000));
    annotateQuotes(doc);
    expectValid(doc);
    expect(doc.quotes.length).toBeGreaterThan(3000);
    expectLinear(make, 2000);
  }, 120_000);

  it('stays linear on a long paragraph of definite descriptions as speakers', () => {
    // Every description new (made-up adjectives), so each one looks back for the person it may stand for.
    const word = madeUpWord;
    const make = (n: number) => {
      let s = 'عنوان\n';
      for (let i = 0; i < n; i++) s += `واجتمع المزارعون أمس. وقال المسؤول ال${word(i)} إن الخطة ستنجح. `;
      return s;
    };
    const doc = parseStructure(make(2000));
    annotateQuotes(doc);
    expectValid(doc);
    expect(doc.quotes.length).toBeGreaterThan(1500);
    expectLinear(make, 1500);
  }, 120_000);

  it('stays linear on runs of verbal nouns of saying, and on descriptions each named by «وأضاف»', () => {
    // Each verbal noun looks back for a verb of saying whose clause is open; a run of them must not look back through each other.
    const nouns = (n: number) => `عنوان\n\n${'وقال مع إعلان إعلان تأكيد إعلان الحزب أن '.repeat(n)}الوضع جيد.`;
    const nounsDoc = parseStructure(nouns(4000));
    annotateQuotes(nounsDoc);
    expectValid(nounsDoc);
    expectLinear(nouns, 1000);
    // Every description followed by a new name with «وأضاف»: each is renamed once, in one pass.
    const name = madeUpWord;
    const adding = (n: number) => {
      let s = 'عنوان\n\n';
      for (let i = 0; i < n; i++) s += `وقال المتحدث باسم الشرطة إن التحقيق مستمر.\n\nوأضاف سامي ${name(i)} أن الوضع هادئ.\n\n`;
      return s;
    };
    const addingDoc = parseStructure(adding(1000));
    annotateQuotes(addingDoc);
    expectValid(addingDoc);
    expectLinear(adding, 300);
    // One description speaking in every sentence: its run of quotes is read once.
    const same = (n: number) => `عنوان\n\n${'وقال المتحدث باسم الشرطة إن التحقيق مستمر. '.repeat(n)}`;
    expectLinear(same, 1000);
  }, 120_000);

  it('never throws on odd input', () => {
    for (const text of ['', '"', '«', ':', 'قال', 'said', '" said "', 'وفقًا لـ', 'according to', '\n\n"\n"\n', 'قال: «', 'X: "']) {
      const doc = parseArticle(text);
      expectValid(doc);
    }
  });
});
