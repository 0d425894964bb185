// Arabic documents and outlets as sources: «جاء في X» and «حسب ما جاء في X», where «كما» opens them and where a bare
// «ما» makes them the object of another verb; «وعلمت X (من Y) أن», what an outlet learned.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('Arabic documents that say something', () => {
  it('reads «كما جاء في بيان لـX أن …» at the head of its sentence as X speaking', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقال رئيس الحكومة إن الانتخابات جرت بنزاهة.', 'كما جاء في بيان للمعارضة أن هناك حاجة لتجنب أي مواجهة مع قوات الأمن.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['رئيس الحكومة', 'الانتخابات جرت بنزاهة'],
      ['المعارضة', 'هناك حاجة لتجنب أي مواجهة مع قوات الأمن'],
    ]);
  });

  it('reads «…، وعلى حسب ما جاء في X، فإن …» as X saying what follows, without the preposition', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وفي القاعة نطالع لوحا حجريا نقشت عليه آيات، وعلى حسب ما جاء في سجل المتحف، فإنه يعود إلى القرن الثامن الهجري.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['سجل المتحف', 'يعود إلى القرن الثامن الهجري']]);
  });

  it('leaves «بما جاء في القرار» alone: what was complied with, not what the resolution said', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وجدد الوزيران التزام بلديهما بشروط الاتفاق في حين لم تلتزم الحكومة بما جاء في القرار الدولي خاصة ما يتعلق بالمعابر.',
        'وارتفعت الصادرات بنسبة عشرة بالمئة، وفق ما جاء في تقرير صادر عن معهد الدراسات.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['معهد الدراسات', 'وارتفعت الصادرات بنسبة عشرة بالمئة']]);
  });
});

describe('what an outlet learned', () => {
  it('reads «وعلمت X أن» as X reporting, and «من مصادرها» as whom it learned it from', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وعلمت وكالة الأنباء القطرية قنا أنه جرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين.',
        'وعلمت الراية من مصادرها أنه في حال عدم انضمام اللاعب فإن إدارة النادي ستطالب بتعويض.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وكالة الأنباء القطرية قنا', 'جرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين'],
      ['مصادرها', 'في حال عدم انضمام اللاعب فإن إدارة النادي ستطالب بتعويض'],
    ]);
  });

  it('leaves «علم» the science and the passive «وعلم أن» alone', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقال أستاذ علم الفلك عبد الكريم يلس إن قوة الزلزال بلغت ست درجات.', 'وعلم أن الوفد سيغادر غدا إلى العاصمة.'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['عبد الكريم يلس', 'قوة الزلزال بلغت ست درجات']]);
  });
});

describe('«وفقا لـ» meaning "in accordance with"', () => {
  it('names no source after a law, a plan or a picture, and still does after a report', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وأولى الأردن إعادة بناء المنبر جل اهتمامه ليماثل المنبر الأصل وفقا للصورة التي بني عليها قبل الحريق.',
        'وستجري الانتخابات في موعدها وفق القانون المعدل العام الماضي.',
        'وارتفعت الصادرات بنسبة عشرة بالمئة، وفقا لتقرير صادر عن البنك المركزي.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['البنك المركزي', 'وارتفعت الصادرات بنسبة عشرة بالمئة']]);
  });
});
