// A quotation printed over several paragraphs without a reopening mark (as Arabic papers and wire
// copy do) is one quote with a part per paragraph; a stray mark is not carried into a paragraph that
// opens a quotation of its own. A title after an Arabic name, with no comma, opens the speaker's
// role; a nationality before the name describes it.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { quotesOf } from './helpers.js';

describe('quotations running over paragraphs without a reopening mark', () => {
  it('pairs an Arabic quotation closed two paragraphs later, with one part per paragraph', () => {
    const doc = parseArticle(
      'عنوان الخبر\n\nوقال المدرب سامر خليل للصحفيين «إن أهم ما يشغلني الآن هو خط الوسط.\n\nلا نفكر في شيء آخر هذا الموسم.\n\nوسنعود أقوى في الموسم المقبل».\n\nوانتهت المباراة بالتعادل.',
    );
    expect(doc.quotes).toHaveLength(1);
    const quote = doc.quotes[0];
    expect(quote?.speaker?.name).toBe('سامر خليل');
    expect(quote?.parts?.map((p) => p.text)).toEqual(['إن أهم ما يشغلني الآن هو خط الوسط.', 'لا نفكر في شيء آخر هذا الموسم.', 'وسنعود أقوى في الموسم المقبل']);
    expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote')).toEqual([]);
  });

  it("pairs doubled apostrophes typed apart across paragraphs (wire spelling « ' ' »)", () => {
    const quotes = quotesOf(
      "عنوان الخبر\n\nوقال فيرجسون ' ' لقد طلب اللاعب الرحيل قبل النهائي.\n\nثم طلب الرحيل مجددا من خلال ممثله ' '.\n\nوغادر المدرب القاعة.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.parts?.map((p) => p.text)).toEqual(['لقد طلب اللاعب الرحيل قبل النهائي.', 'ثم طلب الرحيل مجددا من خلال ممثله']);
  });

  it('does not carry a stray mark into a paragraph that opens a quotation of its own', () => {
    const doc = parseArticle('Title\n\nThe mayor said the plan was "ready and funded.\n\nThe council met on Monday. "We will start in May," she told it.');
    expect(doc.quotes.map((q) => q.text)).toContain('We will start in May,');
    expect(doc.messages.some((m) => m.ruleId === 'unbalanced-quote')).toBe(true);
    const carried = parseArticle('عنوان الخبر\n\nوقال حسن البناء إن الفريق جاهز.\n\nوتابع "لعبنا جيدا واستحققنا الفوز.\n\nوتقام المباراة المقبلة الأحد.');
    expect(carried.quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'حسن البناء', 'الفريق جاهز'],
      ['direct', 'حسن البناء', 'لعبنا جيدا واستحققنا الفوز'],
    ]);
  });

  it('gives up after a bounded number of paragraphs and reports the mark', () => {
    const filler = Array.from({ length: 8 }, (_, n) => `وهذه فقرة رقم ${n + 1} من التقرير.`).join('\n\n');
    const doc = parseArticle(`عنوان الخبر\n\nوقال الوزير «إن الخطة جاهزة.\n\n${filler}\n\nوانتهى الأمر».`);
    expect(doc.quotes.every((q) => !q.parts || q.parts.length <= 7)).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === 'unbalanced-quote')).toBe(true);
    const carried = parseArticle('عنوان الخبر\n\nوقال حسن البناء إن الفريق جاهز.\n\nوتابع "لعبنا جيدا واستحققنا الفوز.\n\nوتقام المباراة المقبلة الأحد.');
    expect(carried.quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'حسن البناء', 'الفريق جاهز'],
      ['direct', 'حسن البناء', 'لعبنا جيدا واستحققنا الفوز'],
    ]);
  });
});

describe('Arabic speaker phrases: a role after the name, a nationality before it', () => {
  it('reads a title after a person’s name as the role', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوقال سيرغي لافروف وزير الخارجية الروسي إن المحادثات كانت مفيدة.');
    expect(quote?.speaker).toMatchObject({ name: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' });
  });

  it('leaves a nationality before the name out of the name', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوأكد الفرنسي زين الدين زيدان مدرب ريال مدريد أن الفريق جاهز للمباراة.');
    expect(quote?.speaker).toMatchObject({ name: 'زين الدين زيدان', role: 'مدرب ريال مدريد' });
  });

  it('keeps a description whole when no name stands before the title', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوقال مصدر مسؤول في الوزارة إن القرار نهائي.');
    expect(quote?.speaker?.name).toBe('مصدر مسؤول في الوزارة');
  });

  it('reads a definite title after a person’s name as the role, after a title before it too', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوقال السيد حسين الفردان العضو المنتدب للبنك التجاري إن القانون يقضي بذلك.');
    expect(quote?.speaker).toMatchObject({ name: 'حسين الفردان', role: 'العضو المنتدب للبنك التجاري' });
    const [plain] = quotesOf('عنوان الخبر\n\nوقال الوزير مصدر مسؤول في الوزارة إن القرار نهائي.');
    expect(plain?.speaker?.role).toBe('الوزير');
  });

  it('closes a quotation running on when its mark is typed apart before a stop', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nواعتبر المدرب سامي العلوي ان الفريقين متكافئان، وقال "لا أحب التوقعات.\n\nبالنسبة لي الفرص متساوية بين الفريقين ".\n\nوتقام المباراة مساء الأحد.',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['indirect', 'direct']);
    expect(quotes[0]?.text).toBe('الفريقين متكافئان');
    expect(quotes[1]?.text).toBe('لا أحب التوقعات.\n\nبالنسبة لي الفرص متساوية بين الفريقين');
    expect(quotes[1]?.speaker?.name).toBe('سامي العلوي');
  });

  it('closes a quotation running on when its mark and the stop after it are both typed apart («… بالدبابات " .»)', () => {
    const doc = parseArticle(
      'عنوان الخبر\n\nوقال المتحدث باسم المحاكم محمد عثمان فارح : " لن نسمح بدخول قوات اجنبية الي الصومال\n\nالشعب الصومالي قادر علي حل مشاكله بنفسه\n\nومن يريد مساعدتنا فليساعدنا بالغذاء والدواء لا بالدبابات " .\n\nوتقام المفاوضات الأحد .',
    );
    expect(doc.quotes.map((q) => [q.speaker?.name, q.text.split('\n\n').length])).toEqual([['محمد عثمان فارح', 3]]);
    expect(doc.messages.some((m) => m.ruleId === 'unbalanced-quote')).toBe(false);
  });

  it('takes the words after a mark never closed, right after the speaker, as theirs to the sentence end', () => {
    const doc = parseArticle('عنوان الخبر\n\nوقال حسن البناء مدرب المنتخب "لعبنا جيدا واستحققنا الفوز.\n\nوتقام المباراة المقبلة الأحد.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ kind: 'direct', text: 'لعبنا جيدا واستحققنا الفوز' });
    expect(doc.quotes[0]?.speaker).toMatchObject({ name: 'حسن البناء', role: 'مدرب المنتخب' });
    expect(doc.messages.some((m) => m.ruleId === 'unbalanced-quote')).toBe(true);
    const carried = parseArticle('عنوان الخبر\n\nوقال حسن البناء إن الفريق جاهز.\n\nوتابع "لعبنا جيدا واستحققنا الفوز.\n\nوتقام المباراة المقبلة الأحد.');
    expect(carried.quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'حسن البناء', 'الفريق جاهز'],
      ['direct', 'حسن البناء', 'لعبنا جيدا واستحققنا الفوز'],
    ]);
  });
  it('cuts a quotation left open in the title off there, never pairing its mark with one in the text below', () => {
    const doc = parseArticle(
      'Mayor vows "we will rebuild\n\nThe storm destroyed forty homes on the coast road and the old pier," residents said.\n\nThe mayor said the town would rebuild.',
    );
    // (The old pairing made one quote of the title's words and the next paragraph, said by "Mayor".)
    expect(doc.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['The mayor', 'the town would rebuild']]);
    expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote').length).toBeGreaterThanOrEqual(1);
  });
});
