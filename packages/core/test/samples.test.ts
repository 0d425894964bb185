import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { toHTML, toMarkdown, toText } from '../src/serialize/index.js';
import { expectValid, outline } from './helpers.js';

const SAMPLES = new URL('../../../samples/', import.meta.url).pathname;

/** The structure each sample was written with (samples/README.md, "Expected structure"). */
const EXPECTED: Record<string, { lang: string; outline: [string | null, number][] }> = {
  'morocco-wheat-reserve.ar.txt': {
    lang: 'ar',
    outline: [
      [null, 5],
      ['موانئ جديدة للتخزين', 6],
      ['المخاوف من التضخم', 8],
    ],
  },
  'gabes-oasis-drought.ar.txt': {
    lang: 'ar',
    outline: [
      [null, 3],
      ['موسم بلا مطر', 5],
      ['حلول من الأرض نفسها', 8],
      ['ذاكرة لا تريد أن تجف', 3],
    ],
  },
  'shorouq-league-title.ar.txt': {
    lang: 'ar',
    outline: [
      [null, 3],
      ['هدف في الوقت القاتل', 7],
      ['احتجاج واستئناف', 8],
    ],
  },
  'halvard-chip-plant.en.txt': {
    lang: 'en',
    outline: [
      [null, 4],
      ['Subsidy talks', 6],
      ['Local reaction', 6],
      ['What comes next', 4],
    ],
  },
  'chest-pain-blood-test.en.txt': {
    lang: 'en',
    outline: [
      [null, 4],
      ['How the test works', 5],
      ['Cost and rollout', 6],
    ],
  },
  'port-ellery-sea-wall.en.txt': {
    lang: 'en',
    outline: [
      [null, 3],
      ['A town divided', 5],
      ['The cost of waiting', 7],
      ['What the sea decides', 2],
    ],
  },
  'lakeside-marathon.en.md': {
    lang: 'en',
    outline: [
      [null, 3],
      ['A record nobody wanted', 4],
      ['Questions about the start time', 5],
      ['Refunds and a second chance', 4],
    ],
  },
};

const files = readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');

describe('the bundled samples', () => {
  it('are all described here', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`${file}: structure, language, invariants`, () => {
      const expected = EXPECTED[file];
      if (!expected) throw new Error(`no expectation for ${file}`);
      const source = readFileSync(join(SAMPLES, file), 'utf8');
      const doc = parseArticle(source, { format: file.endsWith('.md') ? 'markdown' : 'text' });
      expect(doc.lang).toBe(expected.lang);
      expect(doc.dir).toBe(expected.lang === 'ar' ? 'rtl' : 'ltr');
      const firstLine = source.split('\n', 1)[0]?.replace(/^#\s+/, '').trim();
      expect(doc.title?.text).toBe(firstLine);
      expect(outline(doc)).toEqual(expected.outline);
      expect(doc.meta.wordCount).toBeGreaterThan(300);
      expectValid(doc);
      // Every serializer handles every sample; text output holds every paragraph.
      const text = toText(doc);
      for (const section of doc.children) for (const p of section.children) expect(text).toContain(p.text);
      expect(toMarkdown(doc).length).toBeGreaterThan(source.length * 0.9);
      expect(toHTML(doc)).toContain(`<article lang="${expected.lang}"`);
    });
  }
});
