import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import { parseArticle } from '../src/parse-article.js';
import { expectValid, quotesOf } from './helpers.js';

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

  it('reads words of emphasis and «بدوره» with the subject, neither as content nor as its name', () => {
    const quotes = quotesOf(['تصريحات', 'وأكد الوزير نفسه أن الاتفاق سيوقع الأسبوع المقبل.', 'وأكد المدير بدوره أن العمل سيستمر.'].join('\n'));
    expect(quotes.map((q) => q.speakerSpan?.text)).toEqual(['الوزير', 'المدير']);
    expect(quotes.map((q) => q.text)).toEqual(['الاتفاق سيوقع الأسبوع المقبل', 'العمل سيستمر']);
  });

  it('leaves a feminine noun after the subject alone (ة is no pronoun)', () => {
    const quotes = quotesOf(['بيان', 'وأعلن الاتحاد الرياضي رسميًا أن البطولة ستقام في موعدها.'].join('\n'));
    expect(quotes[0]?.text).toBe('البطولة ستقام في موعدها');
  });
});

describe('a quote over several paragraphs', () => {
  it('gives its paragraphs as parts, without the mark that reopens the later one', () => {
    const doc = parseArticle(
      [
        'Mayor backs plan',
        '',
        '“We will rebuild the wall this year. The money is there and the contractors are ready.',
        '',
        '“Nobody in this town will lose a home to the sea,” the mayor said.',
      ].join('\n'),
    );
    expectValid(doc);
    const quote = doc.quotes[0];
    expect(quote?.speaker?.name).toBe('the mayor');
    expect(quote?.text).toContain('\n\n“Nobody');
    expect(quote?.parts?.map((p) => p.text)).toEqual([
      'We will rebuild the wall this year. The money is there and the contractors are ready.',
      'Nobody in this town will lose a home to the sea,',
    ]);
    expect(quote?.parts?.[1]?.position.start.line).toBe(5);
  });

  it('leaves a paragraph of punctuation alone out of the parts of a quote over several paragraphs', () => {
    const doc = parseArticle('عنوان\n\nوقال المدرب محمود سعيد: «لدينا مدير فني يتمتع بخبرة عظيمة في العمل.\n\n.\n\nولن نتخلى عن هذه الخبرة لكن سنستفيد منها».');
    expectValid(doc);
    expect(doc.quotes[0]?.parts?.map((p) => p.text)).toEqual(['لدينا مدير فني يتمتع بخبرة عظيمة في العمل.', 'ولن نتخلى عن هذه الخبرة لكن سنستفيد منها']);
  });

  it('has no parts when it stays in one paragraph', () => {
    const doc = parseArticle('Plan\n\n“We will rebuild the wall,” the mayor said.');
    expect(doc.quotes[0]?.parts).toBeUndefined();
  });
});

describe('checkArticle on quote parts', () => {
  it('finds a part that runs over two blocks or is not its slice', () => {
    const doc = parseArticle('Plan\n\n“We will rebuild the wall.\n\n“Nobody will lose a home,” the mayor said.');
    const quote = doc.quotes[0];
    const [first, second] = quote?.parts ?? [];
    if (!quote || !first || !second) throw new Error('fixture changed');
    expect(checkArticle(doc)).toEqual([]);
    first.position = { start: first.position.start, end: second.position.end };
    first.text = doc.text.slice(first.position.start.offset, first.position.end.offset);
    expect(checkArticle(doc).map((v) => v.rule)).toContain('mention-in-block');
    second.text = `${second.text} `;
    expect(checkArticle(doc).map((v) => v.rule)).toContain('text-slice');
  });
});

describe('«لل» before a stem that starts with ل (Arabic)', () => {
  it('keeps the stem whole where the word list knows it (للجنة = لـ + اللجنة)', () => {
    const quotes = quotesOf(['نتائج', 'ووفقًا للجنة الانتخابات، فإن النتائج ستعلن غدًا.'].join('\n'));
    expect(quotes[0]?.speakerSpan?.text).toBe('لجنة الانتخابات');
    expect(quotes[0]?.speaker?.name).toBe('اللجنة الانتخابات');
  });

  it('still reads the article in «لل» elsewhere (للكرملين = لـ + الكرملين)', () => {
    const quotes = quotesOf(['زيارة', 'ووفقًا للكرملين، فإن الزيارة ستتم الشهر المقبل.'].join('\n'));
    expect(quotes[0]?.speaker?.name).toBe('الكرملين');
  });
});
