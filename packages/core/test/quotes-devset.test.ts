import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: 'direct' | 'indirect' | 'mixed';
}
interface Excerpt {
  id: string;
  split: 'dev' | 'heldout';
  text: string;
  quotes: GoldQuote[];
  notQuotes: string[];
}

const load = (lang: string): Excerpt[] => JSON.parse(readFileSync(new URL(`./fixtures/quotes/${lang}.json`, import.meta.url), 'utf8'));

/** Name words with Arabic letter variants, diacritics, articles and marks folded, as eval/tasks/quotes.mjs does. */
function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[«»"“”'‘’.,،()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w));
}

function sameSpeaker(gold: string | null, found: string | null): boolean {
  if (gold === null || found === null) return gold === found;
  const g = nameWords(gold);
  const f = nameWords(found);
  return g.length > 0 && f.length > 0 && (g.every((w) => f.includes(w)) || f.every((w) => g.includes(w)));
}

/** Matches found quotes to gold ones by overlapping spans, one to one. */
function score(excerpts: Excerpt[]) {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let speakers = 0;
  let termsAsQuotes = 0;
  for (const excerpt of excerpts) {
    const doc = parseArticle(excerpt.text);
    expectValid(doc);
    const spans = doc.quotes.map((q) => ({ start: q.position.start.offset as number, end: q.position.end.offset as number, speaker: q.speaker?.name ?? null }));
    const used = new Set<number>();
    for (const g of excerpt.quotes) {
      const start = doc.text.indexOf(g.text);
      const end = start + g.text.length;
      const hit = spans.findIndex((s, i) => !used.has(i) && s.start < end && start < s.end);
      if (hit < 0) continue;
      used.add(hit);
      matched++;
      if (sameSpeaker(g.speaker, spans[hit]?.speaker ?? null)) speakers++;
    }
    for (const term of excerpt.notQuotes) {
      const at = doc.text.indexOf(term);
      if (spans.some((s) => s.start >= at - 1 && s.end <= at + term.length + 1)) termsAsQuotes++;
    }
    gold += excerpt.quotes.length;
    found += spans.length;
  }
  return { precision: matched / found, recall: matched / gold, speakerAccuracy: speakers / matched, termsAsQuotes };
}

describe.each(['ar', 'en'])('annotated dev set (%s)', (lang) => {
  const dev = load(lang).filter((e) => e.split === 'dev');

  it('has enough varied excerpts', () => {
    expect(load(lang).length).toBeGreaterThanOrEqual(15);
    expect(dev.length).toBeGreaterThanOrEqual(10);
  });

  it('finds the quotes with their speakers and takes no name or term for a quote', () => {
    const s = score(dev);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.termsAsQuotes).toBe(0);
  });
});
