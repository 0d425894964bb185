import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

function quotesOf(text: string): Quote[] {
  const doc = parseArticle(text);
  expectValid(doc);
  return doc.quotes;
}

describe('a verb whose object is what was said (Arabic)', () => {
  it('ends the subject at a noun with its own pronoun after a definite word («أعلن نادي النسور نيته …»)', () => {
    const quotes = quotesOf(
      ['احتجاج على ركلة جزاء', 'في المقابل، أعلن نادي الصقور نيته تقديم احتجاج رسمي إلى الاتحاد، معتبرًا أن اللمسة كانت خارج المنطقة.'].join('\n'),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('نادي الصقور');
    expect(quotes[0]?.text.startsWith('نيته تقديم احتجاج')).toBe(true);
    expect(quotes[0]?.text.endsWith('خارج المنطقة')).toBe(true);
  });

  it('keeps words of emphasis and «بدوره» in the subject', () => {
    const quotes = quotesOf(['تصريحات', 'وأكد الوزير نفسه أن الاتفاق سيوقع الأسبوع المقبل.', 'وأكد المدير بدوره أن العمل سيستمر.'].join('\n'));
    expect(quotes.map((q) => q.speakerSpan?.text)).toEqual(['الوزير نفسه', 'المدير']);
    expect(quotes.map((q) => q.text)).toEqual(['الاتفاق سيوقع الأسبوع المقبل', 'العمل سيستمر']);
  });

  it('leaves a feminine noun after the subject alone (ة is no pronoun)', () => {
    const quotes = quotesOf(['بيان', 'وأعلن الاتحاد الرياضي رسميًا أن البطولة ستقام في موعدها.'].join('\n'));
    expect(quotes[0]?.text).toBe('البطولة ستقام في موعدها');
  });
});
