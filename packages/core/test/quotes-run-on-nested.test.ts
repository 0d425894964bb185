// A quotation running over several paragraphs with no reopening marks, which holds a quotation of its own: the inner
// pair nests in it, and the outer one still closes at its last paragraph (»…« mirrored marks, as a tokenised corpus
// rebuilds them, and «…» alike).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf } from './helpers.js';

const paragraphs = (open: string, close: string) =>
  [
    'عنوان الخبر',
    'ويؤكد الكاتب نعوم شومسكي ان الإدارة الامريكية تستخف بذلك.',
    'وكانت الحرب قد بدأت قبل أعوام.',
    `${open} هذا هو أقل هموم الإدارة الأمريكية.`,
    'إذ لما اكتسحت العراق، كانت تتوقع المقاومة.',
    `لا لأنها في حاجة اليه بل كما يقول${open} زبيغنيو بريجنسكي ${close}لكي يكون لديها${open} وسيلة ضغط حاسمة ${close}.`,
    `وهذا امر نراه هنا، وهو شيء مقلق للعلماء! ${close}.`,
  ].join('\n\n');

describe('a quotation nested in one running over paragraphs', () => {
  for (const [name, open, close] of [
    ['mirrored »…«', '»', '«'],
    ['«…»', '«', '»'],
  ] as const) {
    it(`pairs the outer marks across four paragraphs past a nested pair (${name}), and gives it to whoever was heard last`, () => {
      const text = paragraphs(open, close);
      const doc = parseArticle(text);
      expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote')).toEqual([]);
      const quotes = quotesOf(text);
      const long = quotes.find((q) => q.text.startsWith('هذا هو أقل'));
      expect(long?.parts?.length).toBe(4);
      expect(long?.text.endsWith('مقلق للعلماء!')).toBe(true);
      expect(long?.speaker?.name).toBe('نعوم شومسكي');
    });
  }

  it('still reports a quotation left open when a new one opens later and nothing closes the first', () => {
    const doc = parseArticle(['عنوان', 'وقال الوزير: «لن نتراجع عن القرار.', 'وكانت الحكومة قد أعلنت الخطة.', 'وقال النائب: «الخطة فاشلة».'].join('\n\n'));
    expect(doc.messages.some((m) => m.reason === 'Quotation mark opened but never closed')).toBe(true);
    expect(doc.quotes.map((q) => q.text)).toContain('الخطة فاشلة');
  });
});

describe('an excerpt cut inside a quotation', () => {
  it('reads «…» as written when the text opens on a closing mark that ends its paragraph (not as mirrored marks)', () => {
    const text = [
      '.',
      'لكن هذه فرصة نادرة فعندما تستبدل مديرا فنيا فان ذلك يكون لانه استبدل او استقال».',
      'واضاف كينيون «لديا مدير فني يتمتع بخبرة عظيمة في العمل.',
      '.',
      'ولن نتخل عن هذه الخبرة لكن سنستفيد منها».',
      'ورفض كينيون التطرق الى اي اسماء محتملة.',
    ].join('\n\n');
    const quote = quotesOf(text).find((q) => q.text.startsWith('لديا'));
    expect(quote?.speaker?.name).toBe('كينيون');
    expect(quote?.text.endsWith('سنستفيد منها')).toBe(true);
  });

  it('still reads mirrored marks as mirrored when each one opens or ends its paragraph that way', () => {
    const text = ['عنوان', 'وقال الوزير:', '» لن نتراجع عن القرار مهما كانت الضغوط «.', 'وأضاف أن الحكومة ستواصل العمل.'].join('\n\n');
    expect(quotesOf(text).map((q) => q.text)).toContain('لن نتراجع عن القرار مهما كانت الضغوط');
  });
});

describe('a quotation over several paragraphs with an embed between them', () => {
  const text = (open: string, close: string, between: string[]) =>
    [
      'Title',
      `The club said in a statement: ${open}Maria is one of the most successful coaches in the country, with 14 titles.`,
      `${open}She is known for her attacking style and has coached in Spain, Portugal and Brazil.`,
      ...between,
      `${open}She has won the league in three different countries and is the only coach to win the cup twice.${close}`,
      'The appointment was announced on Friday.',
    ].join('\n\n');
  const embed = ['Club statement', '— Rovers FC (@RoversOfficial) March 4, 2024'];

  it('goes on past the embed in straight and curly marks: all three paragraphs are the club statement, the embed in none', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ] as const) {
      const quotes = quotesOf(text(open, close, embed));
      expect(quotes).toHaveLength(1);
      expect(quotes[0]?.speaker?.name).toBe('The club');
      expect(quotes[0]?.parts?.map((p) => p.text.slice(0, 12))).toEqual(['Maria is one', 'She is known', 'She has won ']);
    }
  });

  it('does not go on past narration, a sentence ended: the quotation left open is reported', () => {
    const doc = parseArticle(text('"', '"', ['The coach arrived in the city on Thursday.']));
    expect(doc.quotes.map((q) => q.text.slice(0, 12))).not.toContain('Maria is one');
    expect(doc.messages.some((m) => m.ruleId === 'unbalanced-quote')).toBe(true);
  });
});

describe('a reported clause holding a quotation that runs on over paragraphs', () => {
  it('goes on to the closing mark in a later paragraph, in Arabic and in English, each paragraph a part', () => {
    const ar = quotesOf(
      'عنوان\n\nوأضاف الكاتب متمنيا للادب أن يقاوم "وأن يستكشف سبلا جديدة ليصل الى أكبر دائرة من القراء.\n\nفحتى الذين يبحثون الآن في الانترنت يبحثون عن الكتابة ".\n\nوعمل الكاتب موظفا في وزارة الثقافة.',
    );
    expect(ar).toHaveLength(1);
    expect(ar[0]?.parts?.map((p) => p.text.slice(0, 14))).toEqual(['يقاوم "وأن يست', 'فحتى الذين يبح']);
    const en = quotesOf(
      'Title\n\nThe author said literature must resist "and find new ways to reach the widest circle of readers.\n\n"Even those searching the internet today are searching for writing."\n\nShe worked as a civil servant for decades.',
    );
    expect(en).toHaveLength(1);
    expect(en[0]?.parts?.map((p) => p.text.slice(0, 14))).toEqual(['literature mus', 'Even those sea']);
  });
});
