// Arabic verbal nouns of saying in construct with who spoke («مع إعلان الحزب أن …»), and a description named by the
// continuation verb after it («… قائلا إن … ¶ وأضاف جون بولتون …»).
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('Arabic verbal nouns of saying', () => {
  it('reads «مع إعلان X أن», «بعد تأكيد X أن» and «رغم تحذير X من أن» as X reporting the clause', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وتزامن ذلك مع إعلان حزب الله أن المقاومة ستبقى على مقاومتها ما دام هناك جندي واحد.',
        'وجاءت الخطوة بعد تأكيد وزارة الصحة أن الوضع تحت السيطرة.',
        'وعاد الصيادون إلى البحر رغم تحذير هيئة الأرصاد من أن العاصفة قد تشتد ليلا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['حزب الله', 'المقاومة ستبقى على مقاومتها ما دام هناك جندي واحد'],
      ['وزارة الصحة', 'الوضع تحت السيطرة'],
      ['هيئة الأرصاد', 'العاصفة قد تشتد ليلا'],
    ]);
  });

  it('leaves a verbal noun that reports nothing alone: a declaration, one with no agent, one inside another attribution', () => {
    // «إعلان الرياض» is a declaration; «سارعت الحركة إلى إعلان أن» has no agent of its own; «عند إعلان التقرير» is
    // when the president of the union spoke, and the clause after «إن» is his.
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وصدر في ختام القمة إعلان الرياض الذي يدعو إلى التضامن.',
        'وقال رئيس الاتحاد برند يوتشولك عند إعلان آخر تقرير سنوي للاتحاد إن مستقبل السوق ما زال غامضا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['برند يوتشولك', 'مستقبل السوق ما زال غامضا']]);
  });

  it('keeps the verb «نفى» written with ي a verb of denial, not the noun «نفي»', () => {
    const quotes = quotesOf(['عنوان الخبر', 'ونفي المتحدث باسم الحركة احمد يوسف ان يكون لحركته اي علاقة بالهجوم.'].join('\n\n'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('احمد يوسف');
  });
});

describe('Arabic description named by «وأضاف»', () => {
  it('gives a description’s quotes to the person named next with a verb that goes on, past a caption', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'من جهته رفض السفير الأميركي بمجلس الأمن اقتراح أنان بوقف فوري لإطلاق النار، قائلا إنه لا يمكن التوصل إلى ذلك مع مجموعة من الإرهابيين.',
        'جون بولتون: وقف إطلاق النار مع الإرهابيين مرفوض',
        'وأضاف جون بولتون "إن ما نسعى إليه هو وقف طويل للأعمال الحربية".',
      ].join('\n\n'),
    );
    expect(quotes[0]?.text).toBe('لا يمكن التوصل إلى ذلك مع مجموعة من الإرهابيين');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['جون بولتون', 'جون بولتون', 'جون بولتون']);
  });

  it('does not when the one who adds was named before the description spoke, nor when someone else spoke between', () => {
    const before = quotesOf(
      [
        'عنوان الخبر',
        'وقال الخطيب، المعروف بأبي رامي، إن الوفد لن يوقع أي اتفاق.',
        'وكان وزير الدفاع الإسرائيلي قد أعلن أمس أن إسرائيل ستزيل عشرين حاجزا.',
        'وأضاف أبو رامي أن إزالة الحواجز خطوة شكلية.',
      ].join('\n\n'),
    );
    expect(before[1]?.speaker?.name).toBe('وزير الدفاع الإسرائيلي');
    const between = quotesOf(
      ['عنوان الخبر', 'وقال المتحدث باسم الشرطة إن التحقيق مستمر.', 'وقالت وزارة الداخلية إن الحادث معزول.', 'وأضاف سامر الخوري أن المنطقة آمنة.'].join('\n\n'),
    );
    expect(between[0]?.speaker?.name).toBe('المتحدث باسم الشرطة');
  });
});

describe('Arabic nouns with «ها» that end as accusative participles do', () => {
  it('reads «مراسلها», «مصادرها», «مندوبها» as the subject, not as an adverb of manner («مستغربا»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقالت قناة الجزيرة نقلا عن مراسلها في القدس ان الجنود قتلوا في المواجهات.',
        'وقال مندوبها في الأمم المتحدة إن القرار لا يلبي المطالب.',
        'وقال النائب سامي الحداد مستغربا إن أحدا لم يتصل به.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مراسلها في القدس', 'مندوبها في الأمم المتحدة', 'سامي الحداد']);
  });
});

describe('Arabic words after the verb that are not its subject', () => {
  it('reads «لي» before what was said as whom it was said to, and «دائما» as an adverb', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقال المدرب سامي الحداد إن الفريق جاهز.', 'وقال لي: "لن نتراجع".', 'وكان الحداد يقول دائما: "الفوز يبدأ في التدريب".'].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي الحداد', 'سامي الحداد', 'سامي الحداد']);
    // («لي» opening a name is the name: «لي كه تشيانغ».)
    const li = quotesOf(['عنوان الخبر', 'وقال لي كه تشيانغ إن الصين ستواصل الإصلاح.'].join('\n\n'));
    expect(li[0]?.speaker?.name).toBe('لي كه تشيانغ');
  });
});

describe('Arabic descriptions read whole', () => {
  it('reads «مسؤولة أممية رفيعة» as an unnamed official (a feminine title without its article), not a woman named رفيعة', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وفي نيويورك، قالت مسؤولة أممية رفيعة، طلبت عدم ذكر اسمها، إن قوافل المساعدات تنتظر منذ ثلاثة أسابيع.'].join('\n\n'),
    );
    expect(quotes[0]?.speaker?.name).toBe('مسؤولة أممية رفيعة');
  });

  it('reads «بسرعة» after the verb as how it was said, not who said it', () => {
    const quotes = quotesOf(['عنوان الخبر', 'وأضاف بسرعة: "لا أعرف شيئا عن هذا الموضوع".'].join('\n\n'));
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('Arabic names with «عبد» and a title', () => {
  it('keeps «عبد الأمير» in the name, and still reads a title after a whole name as the role', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقال عضو اللجنة حيدر عبد الامير الساعدي ان العجز كبير.', 'وقال حسن نصر الله الأمين العام لحزب الله ان الحزب صامد.'].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حيدر عبد الامير الساعدي', 'حسن نصر الله']);
  });
});

describe('Arabic asides about the subject’s own', () => {
  it('reads «لجنة حماية الصحفيين، ومقرها نيويورك، قد ذكرت» as the committee, and a name in apposition still as the name', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وكانت لجنة حماية الصحفيين، ومقرها نيويورك، قد ذكرت في تقرير سابق أن السلطات تستخدم قوانين فضفاضة.',
        'وكان وزير الخارجية، سعود الفيصل، قد أعلن أن المملكة ترفض القرار.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['لجنة حماية الصحفيين', 'سعود الفيصل']);
  });
});
