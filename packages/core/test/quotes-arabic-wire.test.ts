// Arabic wire-copy attributions: who speaks when the verb's neighbours are not its subject (a
// prepositional phrase, a subject before «قد», «من جهته» before the verb), "by saying" (بقوله /
// بالقول), a sentence-final «كما أعلنت X», «وفقا لما ذكرته X», an unnamed official "in" a body,
// and a cue word that is a verbal noun («عدم نقل»).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf } from './helpers.js';

describe('Arabic wire attributions', () => {
  it('leaves out a subject when a prepositional phrase follows the verb, and carries the speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال المدرب سامي الحداد إن الفريق جاهز.\n\nوأكد في اتصال هاتفي مع رئيس النادي كمال يوسف مساء الأحد أنه سيبقى حتى نهاية الموسم.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي الحداد', 'سامي الحداد']);
    expect(quotes[1]?.speaker?.inferred).toBe(true);
    expect(quotes[1]?.text).toBe('سيبقى حتى نهاية الموسم');
  });

  it('takes the subject between «كان» and «قد» over a phrase after the verb', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوكان وزير المالية خالد منصور قد أعلن في وقت سابق أن الميزانية ستقر الشهر المقبل.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ name: 'خالد منصور', role: 'وزير المالية' });
  });

  it('gives a participle the subject of a verb opened by «من جهته», not a name in its object', () => {
    const quotes = quotesOf('عنوان الخبر\n\nمن جهته رفض المندوب الفرنسي في المنظمة اقتراح فيصل عيسى بتأجيل التصويت، قائلا إنه لا مبرر لأي تأخير.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).not.toContain('فيصل');
    expect(quotes[0]?.speaker?.name).toContain('المندوب الفرنسي');
  });

  it('ends a titled subject at the person named after the body and place it serves', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوانتقد سفير اليمن لدى الأردن نبيل عثمان القرار قائلا إنه لا يخدم أحدا.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('نبيل عثمان');
  });

  it('reads «بقوله إن» and «بالقول "…"» after the subject and its object', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوبررت شركة النفط الوطنية رفع الأسعار بقولها إن التكاليف تضاعفت خلال عام.\n\nوعلق المحلل هشام ناصر على ذلك بالقول "هذه خطوة متأخرة جدا ولن تكفي لسد العجز".',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.speaker?.name).toBe('شركة النفط الوطنية');
    expect(quotes[0]?.text).toBe('التكاليف تضاعفت خلال عام');
    expect(quotes[1]?.speaker?.name).toBe('هشام ناصر');
    expect(quotes[1]?.kind).toBe('direct');
  });

  it('reads «بقوله إن» after a verb with an object preposition as what was said, not the object', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوعلق النائب ماجد سليم على المشروع بقوله إنه لن يمر في البرلمان.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('لن يمر في البرلمان');
  });

  it('attributes the words before a sentence-final «كما أعلنت X» to X, but not «كما أعلنت X عن …»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوعقد الوزراء اجتماعا طارئا استمر ثلاث ساعات، كما أعلنت الرئاسة التونسية.\n\nوزار الوفد المصنع كما أعلنت الوزارة عن خطة جديدة للتشغيل.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('الرئاسة التونسية');
    expect(quotes[0]?.text).toBe('وعقد الوزراء اجتماعا طارئا استمر ثلاث ساعات');
  });

  it('lets a setting close the sentence after «كما أعلنت X» («أمس»، «في بيان لها»), but not an object after it', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأغلقت السلطات المعبر الحدودي أمام الشاحنات، كما أعلنت وزارة الداخلية أمس.\n\nوارتفع عدد الجرحى إلى عشرين، كما قالت الهيئة في بيان لها.\n\nوأغلقت الشرطة الطريق، كما أعلنت الوزارة أمس عن خطة جديدة.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وزارة الداخلية', 'وأغلقت السلطات المعبر الحدودي أمام الشاحنات'],
      ['الهيئة', 'وارتفع عدد الجرحى إلى عشرين'],
    ]);
  });

  it('reads a short name in marks closing a setting between commas («، في حوار مع «الشرق الأوسط»، إن») as no quote', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الزهراني، في حوار مع «الشرق الأوسط»، إن قطاع السياحة بات يسهم بخمسة في المائة من الناتج.\n\nوأكد رئيس المنظمة، عبر حسابه على «إكس»، أن الدعم لن يتوقف.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'الزهراني', 'قطاع السياحة بات يسهم بخمسة في المائة من الناتج'],
      ['indirect', 'رئيس المنظمة', 'الدعم لن يتوقف'],
    ]);
  });

  it('gives «قال فيه» / «قالت فيه» describing a statement or speech to the subject of the sentence', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الخارجية سامح شكري إن المفاوضات مستمرة.\n\nوأصدرت وزارة الدفاع بيانا قالت فيه إن القوات أنهت المناورات.\n\nوألقى رئيس الوزراء مصطفى مدبولي كلمة قال فيها إن الاقتصاد يتعافى.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['سامح شكري', 'وزير الخارجية', 'المفاوضات مستمرة'],
      ['وزارة الدفاع', undefined, 'القوات أنهت المناورات'],
      ['مصطفى مدبولي', 'رئيس الوزراء', 'الاقتصاد يتعافى'],
    ]);
  });

  it('goes on with a reported clause over paragraphs cut at a comma, each a quote of the same speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال النادي الأهلي إن اللاعب نقل إلى مستشفى مصر الدولي,\n\nحيث أجريت له الإسعافات الأولية,\n\nإلا أنه فارق الحياة.\n\nوتبع الجنازة حشود كبيرة من أهالي المدينة.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'النادي الأهلي', 'اللاعب نقل إلى مستشفى مصر الدولي'],
      ['indirect', 'النادي الأهلي', 'حيث أجريت له الإسعافات الأولية'],
      ['indirect', 'النادي الأهلي', 'إلا أنه فارق الحياة'],
    ]);
  });

  it('gives a verb after a relative pronoun to the title phrase the pronoun closes («بتصريحات المتحدثة باسم الخارجية التي قالت»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nورحب الوزير بتصريحات المتحدثة باسم الخارجية التي قالت إن الحوار مستمر.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['المتحدثة باسم الخارجية', 'الحوار مستمر']]);
  });

  it('reads the name in apposition right before the verb as its subject after «لكن» and a title phrase', () => {
    // The battery excerpt as written: a story that names other people first.
    const excerpts = JSON.parse(readFileSync(new URL('./fixtures/quotes/ar-battery-2.json', import.meta.url), 'utf8')) as { id: string; text: string }[];
    const text = excerpts.find((x) => x.id === 'ar-battery-37')?.text ?? '';
    const said = quotesOf(text).filter((q) => q.text.includes('تكرر الأخطاء نفسها') || q.text.includes('باختبارات مترجمة'));
    expect(said.map((q) => q.speaker?.name)).toEqual(['أمل الزواري', 'أمل الزواري']);
  });

  it('reads the source after «وفقا لما ذكرته», not the relative and its verb', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوارتفعت أسعار الخبز بنسبة عشرة في المئة وفقا لما ذكرته الوكالة الرسمية للأنباء.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('الوكالة الرسمية للأنباء');
  });

  it('keeps an unnamed official "in" a body whole, and names the person after it', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مسؤول في بلدية سيدي بوزيد الواقعة وسط البلاد إن المياه قطعت.\n\nوقال مسؤول في الحكومة المغربية يوسف العلمي إن الطريق فتحت.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مسؤول في بلدية سيدي بوزيد الواقعة وسط البلاد', 'يوسف العلمي']);
    expect(quotes[1]?.speaker?.role).toBe('مسؤول في الحكومة المغربية');
  });

  it('reads a cue word after «عدم» as a noun, not as a verb whose object speaks', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوسارعت الحركة الى تأكيد ان خطتها هي عدم نقل المعركة الى خارج البلاد، بينما ادان المتحدث باسم الجيش محمد داود ذلك قائلا انه كلام فارغ.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد داود']);
  });

  it('reads an accusative participle right after the verb as how it was said, and carries the speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الروائي سليم بركات إن الرواية تعيش أزمة.\n\nوأضاف متمنيا للكتاب الشباب أن يواصلوا الكتابة.\n\nوقال مجددا إن النشر الرقمي لن يلغي الكتاب.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سليم بركات', 'سليم بركات', 'سليم بركات']);
  });

  it('reads «بالقول "…"» after a verb with its object preposition spelt «علي»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوعلق المحلل هشام ناصر علي ذلك بالقول "هذه خطوة متأخرة جدا ولن تكفي لسد العجز في الميزانية".');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('هشام ناصر');
    expect(quotes[0]?.kind).toBe('direct');
  });

  it('reads a quoted description after «وصف … بأنه» as speech, but not an unmarked one or a single quoted word', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال النائب فارس الحلبي إن المشروع سيمر.\n\nووصف تأجيل التصويت بأنه "مناورة سياسية مكشوفة للجميع".\n\nووصفت الوزيرة سلمى عواد الخطة بأنها خطوة إلى الأمام.\n\nووصف رئيس الحزب الاتفاق بأنه "تاريخي".',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.kind])).toEqual([
      ['المشروع سيمر', 'فارس الحلبي', 'indirect'],
      ['مناورة سياسية مكشوفة للجميع', 'فارس الحلبي', 'direct'],
    ]);
  });

  it('ends reported speech at a photo credit run into the text, in Arabic and in English', () => {
    const ar = quotesOf('عنوان الخبر\n\nوقالت الشرطة إنها تراقب مئات المشتبه بهم (رويترز) وفي مدينة أخرى اعتقلت الشرطة شخصين.');
    expect(ar.map((q) => q.text)).toEqual(['تراقب مئات المشتبه بهم']);
    const en = quotesOf('Title\n\nThe mayor said the bridge would reopen in May (AP Photo) Crews worked through the night to clear the river.');
    expect(en.map((q) => q.text)).toEqual(['the bridge would reopen in May']);
    // A parenthesis that is no credit stays in what was said.
    const kept = quotesOf('عنوان الخبر\n\nوقالت الوزارة إن الاتفاق (الموقع أمس) سيدخل حيز التنفيذ قريبا.');
    expect(kept.map((q) => q.text)).toEqual(['الاتفاق (الموقع أمس) سيدخل حيز التنفيذ قريبا']);
  });

  it('keeps a speaker heard alone apart from a pair that names them later', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوكرر شيراك القول ان الحل سياسي.\n\nوقال شيراك وميركل ان اوروبا موحدة في هذا الملف.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['شيراك', 'شيراك وميركل']);
  });

  it('does not give an indefinite description the name of someone heard before', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير سالم داود إن الحرب مستمرة.\n\nونسبت وكالة الأنباء إلى وزير إسرائيلي قوله إن قيادة الجيش لم تطلع الحكومة على خططها.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سالم داود', 'وزير إسرائيلي']);
  });

  it('reads «لـ» on an outlet noun as the addressee, whatever the outlet is called', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال كمال يوسف لمحطة تلفزيون النهار المحلية إن الانتخابات ستجرى في موعدها.');
    expect(quotes[0]?.speaker?.name).toBe('كمال يوسف');
  });

  it('starts a new quote at a conjoined verb of saying with its complementiser, the subject shared', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير كمال يوسف إن الحكومة ستدرس الأمر واعتبر أن القرار سيصدر قبل نهاية الشهر.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['الحكومة ستدرس الأمر', 'كمال يوسف'],
      ['القرار سيصدر قبل نهاية الشهر', 'كمال يوسف'],
    ]);
  });

  it('reads no speech into «أعلن الحرب عليها … دون أن …» nor into a quoted title after «حول»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nفهذا الكاتب أعلن الحرب عليها منذ شبابه ومات دون ان ينهي هذه الحرب.\n\nوقدم الباحث دراسة حول «التحول من الريف إلى المدينة بين الشباب العرب».',
    );
    expect(quotes).toEqual([]);
  });

  it('reads the subject after «فيه» in a relative clause with no relative word («في وقت أعلن فيه X أن»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير كمال يوسف إن الحل سياسي.\n\nوتأتي هذه المواقف في وقت أعلن فيه هشام ناصر أن المفاوضات شاقة جدا.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['كمال يوسف', 'هشام ناصر']);
  });

  it('gives a verb conjoined after a comma the subject of the verb opening its sentence', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس الوزراء إن الحكومة ماضية.\n\nوانتقد رئيس البرلمان أداء الحكومة في الملف الاقتصادي، وقال إن الأزمة تتفاقم.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['رئيس الوزراء', 'رئيس البرلمان']);
  });

  it('carries «وقال» to the person a title opening the paragraph before means, not to a name in its object', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الرئيس الإيراني محمود أحمدي نجاد إن إيران لن تتراجع.\n\nواقترح الرئيس الإيراني إجراء مناظرة تلفزيونية مع الرئيس الأمريكي جورج بوش.\n\nوقال في المؤتمر الصحفي "اقترح أن نتحدث مع بوش في مناظرة مباشرة أمام العالم".',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمود أحمدي نجاد', 'محمود أحمدي نجاد']);
  });

  it('reads that title past a setting pointing back before the verb («وفي هذا السياق اكتفى الأمين العام …»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوصل الأمين العام للجامعة العربية عمرو موسى إلى بيروت أمس.\n\nوفي هذا السياق اكتفى الأمين العام في اتصال هاتفي مع رئيس الحكومة فؤاد السنيورة بإبلاغه أنه يتابع الأوضاع.\n\nكما أبلغه أنه أصبح أكثر اطمئنانا إلى قرب التوصل إلى اتفاق.',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['أصبح أكثر اطمئنانا إلى قرب التوصل إلى اتفاق', 'عمرو موسى']]);
  });

  it('reads a telling verb with "me" written on («وأخبرني الطبيب أن») as a cue, the verb\'s subject speaking', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوأخبرني الطبيب المناوب أن حالة المصابين مستقرة.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['حالة المصابين مستقرة', 'الطبيب المناوب']]);
  });

  it('reads a telling verb with its object pronoun written on («وأبلغه أن») as a cue', () => {
    const quotes = quotesOf('عنوان الخبر\n\nواتصل رئيس البرلمان نبيه بري بالسفير الأميركي وأبلغه أن ما حصل يشكل خطرا على الهدنة.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['ما حصل يشكل خطرا على الهدنة', 'نبيه بري']]);
  });

  it('ends the subject at a preposition of time or topic, whatever noun follows it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الرئيس التونسي خلال الحفل الختامي للمؤتمر "المدن هي أولى ضحايا الحروب في عالمنا المتوتر".');
    expect(quotes[0]?.speaker?.name).toBe('الرئيس التونسي');
  });

  it('reads the words after a photo credit run into the text as a sentence of their own when finding who «قال»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوشدد رئيس الحزب سامي الجميل على أن الحزب لن ينسى حلفاءه في هذه المعركة الطويلة رونالدو يهاجم الحكم (الفرنسية) شن البرتغالي كريستيانو رونالدو لاعب ريال مدريد هجوما حادا على الحكم وقال إنه أسوأ حكم في تاريخ البطولة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي الجميل', 'كريستيانو رونالدو']);
  });

  it("reads the speaker's own words, unmarked, from a first-person word after the subject", () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال المدرب سامي الحداد في المؤتمر الصحفي أمس لدينا فريق قادر على المنافسة حتى النهاية.');
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.kind])).toEqual([['لدينا فريق قادر على المنافسة حتى النهاية', 'سامي الحداد', 'direct']]);
  });

  it('reads «إلي» written with ي as the preposition, even in a text that keeps ى and ي apart, and «عاهل» as a title after a name', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الملك سلمان بن حمد آل زايد عاهل البلاد إن الزيارة ناجحة.\n\nوأشار إلي أن القمة بحثت التعاون بين البلدين في مجال الطاقة.\n\nوأكد على أن العلاقات متميزة.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['سلمان بن حمد آل زايد', 'عاهل البلاد'],
      ['سلمان بن حمد آل زايد', 'عاهل البلاد'],
      ['سلمان بن حمد آل زايد', 'عاهل البلاد'],
    ]);
  });

  it('carries a dual verb («وأكدا») to the pair named together, past a single speaker heard since', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الرئيس مبارك والملك حمد إن المنطقة تمر بظروف صعبة.\n\nوقال الوزير كمال يوسف إن الحوار مستمر.\n\nوأكدا أن العلاقات بين البلدين متميزة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مبارك والملك حمد', 'كمال يوسف', 'مبارك والملك حمد']);
  });

  it('reads «متحدثة» before a content word as the title, before «للصحفيين» as the participle', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت مصادر محلية إن الطريق أغلقت.\n\nوقالت متحدثة باسم الشرطة إن التحقيق مستمر.\n\nوقالت الوزيرة سلمى عواد متحدثة للصحفيين إن الخطة جاهزة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مصادر محلية', 'متحدثة باسم الشرطة', 'سلمى عواد']);
  });

  it('gives quotes heard before anyone is named to whom a named «وتابع X» goes on with', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأضاف أن المفاوضات مع النقابات ستستمر حتى نهاية الشهر.\n\nوتابع وزير العمل سمير الخطيب أن الحكومة لن تتراجع عن خطتها.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سمير الخطيب', 'سمير الخطيب']);
    expect(quotes[0]?.speaker?.inferred).toBe(true);
  });

  it('keeps a paragraph opened by a title the register does not know from passing «وقال» to a name in its object', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال كريم الراشد إن الوفد سيصل غدا.\n\nواقترح الوزير اللبناني عقد لقاء ثلاثي مع المبعوث الأممي يان كوبيش لبحث الأزمة.\n\nوقال إن اللقاء قد يعقد في بيروت الأسبوع المقبل.',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.speaker?.name).not.toBe('يان كوبيش');
  });

  it('gives «جلالته» to the person the text calls «جلالة», not to the last speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مدير الشركة أحمد سالم إن المبيعات ارتفعت هذا العام.\n\nيبدأ جلالة الملك محمد السادس اليوم زيارة رسمية إلى السنغال تستمر يومين.\n\nوأكد جلالته في خطاب أمس أن المغرب سيواصل دعم التنمية في إفريقيا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد سالم', 'محمد السادس']);
  });

  it('reads «وأضاف» with a description nobody was heard by as the speaker going on', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال المهاجم يوسف النصيري إن الفريق قادر على الفوز باللقب.\n\nوأضاف اللاعب المغربي أن المنافسة هذا الموسم ستكون صعبة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['يوسف النصيري', 'يوسف النصيري']);
  });

  it('finds the source after «عن» when a setting ends the relaying outlet («في عددها الصادر اليوم»), and only the first «عن»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nونقلت صحيفة الأهرام في عددها الصادر اليوم عن وزير الري هاني سويلم قوله إن منسوب النيل مستقر.\n\nونقلت الوكالة عن مصدر دبلوماسي طلب عدم الكشف عن هويته أن الاجتماع تأجل.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['هاني سويلم', 'مصدر دبلوماسي']);
  });

  it('gives a participle the subject after a lead verb with no «و», a country included', () => {
    const quotes = quotesOf('عنوان الخبر\n\nشنت كوريا الشمالية هجوما حادا على اليابان قائلة إنها تهدد أمن المنطقة.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['كوريا الشمالية']);
  });

  // One sentence each, written for these tests: the speaker and the role as a reader gives them.
  const sentences: [string, string, string, string][] = [
    [
      'a person in the apposition after a title whose complement names another',
      'وقال مستشار الرئيس محمود عباس، نبيل شعث، إن المفاوضات متوقفة.',
      'نبيل شعث',
      'المفاوضات متوقفة',
    ],
    [
      'a told verb whose addressee is a noun with its own pronoun',
      'وأبلغ وزير الخارجية سيرغي لافروف نظيره الأمريكي كوندوليزا رايس أن موسكو ترفض العقوبات.',
      'سيرغي لافروف',
      'موسكو ترفض العقوبات',
    ],
    [
      '«لـ» on a noun with its own pronoun as the addressee',
      'وقالت وزيرة الخارجية الإسرائيلية تسيبي ليفني لنظيرها الفرنسي فيليب دوست بلازي إن إسرائيل لن تنسحب.',
      'تسيبي ليفني',
      'إسرائيل لن تنسحب',
    ],
    [
      'a definite title after the name as its role',
      'وقال كوفي أنان الأمين العام للأمم المتحدة إن القوة الدولية ستنتشر خلال أسابيع.',
      'كوفي أنان',
      'القوة الدولية ستنتشر خلال أسابيع',
    ],
    [
      'the holder of a title with a «لـ» complement before an object',
      'وطالب الأمين العام لجامعة الدول العربية عمرو موسى مجلس الأمن بالتحرك، مؤكدا أن الصمت غير مقبول.',
      'عمرو موسى',
      'الصمت غير مقبول',
    ],
    [
      '«لدى» before a noun with its pronoun as a setting, not «لدي» "I have"',
      'وأكد وزير الخارجية الفرنسي فيليب دوست بلازي لدى وصوله إلى بيروت أن فرنسا تقف إلى جانب لبنان.',
      'فيليب دوست بلازي',
      'فرنسا تقف إلى جانب لبنان',
    ],
    [
      'whom a source spoke to before «فإن»',
      'وحسب ما قاله الرئيس الفنزويلي هوغو تشافيز للصحفيين فإن بلاده ستقطع النفط عن واشنطن.',
      'هوغو تشافيز',
      'بلاده ستقطع النفط عن واشنطن',
    ],
    ['«يوم» after the name ending it', 'وقال رئيس الوزراء البريطاني توني بلير يوم الجمعة ان القوات ستبقى.', 'توني بلير', 'القوات ستبقى'],
    [
      'a noun in construct after the person as an apposition',
      'وقال جورج قرداحي مقدم البرنامج الشهير ان الموسم الجديد سيكون مختلفا.',
      'جورج قرداحي',
      'الموسم الجديد سيكون مختلفا',
    ],
    [
      '«زعيم» after a name as its role',
      'واعتبر النائب وليد جنبلاط زعيم الحزب التقدمي الاشتراكي اليوم الاثنين أن سوريا تتدخل في لبنان.',
      'وليد جنبلاط',
      'سوريا تتدخل في لبنان',
    ],
    [
      '«قبيل» ending the subject',
      'وقال المدير الفني للمنتخب البرازيلي كارلوس ألبرتو باريرا قبيل المباراة إن فريقه جاهز.',
      'كارلوس ألبرتو باريرا',
      'فريقه جاهز',
    ],
    [
      'a definite title after a name the entity stage does not know',
      'وقال ابو عبيدة الناطق باسم الكتائب ان العملية رد علي جرائم الاحتلال.',
      'ابو عبيدة',
      'العملية رد علي جرائم الاحتلال',
    ],
    [
      'a cue word after «عدم» inside the subject',
      'وقال مسؤول في وزارة الخارجية طلب عدم ذكر اسمه إن الزيارة تأجلت.',
      'مسؤول في وزارة الخارجية',
      'الزيارة تأجلت',
    ],
  ];
  for (const [what, sentence, speaker, content] of sentences)
    it(`reads ${what}`, () => {
      const quotes = quotesOf(`عنوان الخبر\n\n${sentence}`);
      expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([[speaker, content]]);
    });

  it('keeps the object of a conjoined verb out of the role of the subject named before it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nواستقبل الرئيس السوري بشار الأسد المبعوث الأممي تيري رود لارسن، وأكد له أن سوريا تدعم القرار.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'بشار الأسد', role: 'الرئيس السوري' });
  });

  it('carries «وقال» to the person an unknown title opening the paragraph before names', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال المتحدث باسم وزارة الصحة أشرف القدرة إن عدد الضحايا ارتفع إلى عشرين.\n\nوكان الرئيس الفلسطيني محمود عباس قد دعا إلى وقف فوري لإطلاق النار.\n\nوقال إن الشعب الفلسطيني لن يستسلم.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أشرف القدرة', 'محمود عباس']);
  });

  it('finds whom «سموه» means through «صاحب السمو», and «الأمير» by the title after the name', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nترأس صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى اجتماع مجلس الوزراء أمس.\n\nوأكد سموه أن قطر ماضية في الإصلاح.\n\nوقال الأمير إن التعليم أولوية.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حمد بن خليفة آل ثاني', 'حمد بن خليفة آل ثاني']);
  });

  it('gives «سموه» to a person honoured otherwise («معالي») when nobody is called «سمو»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مدير المعرض سامي يوسف إن الزوار كثيرون.\n\nوافتتح معالي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية المعرض أمس.\n\nوقال سموه إن المعرض يعكس التنوع.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي يوسف', 'عبدالله بن زايد آل نهيان']);
  });

  it('reads «رئيس الحكومة» as the person introduced as «رئيس الوزراء»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nشارك رئيس الوزراء اللبناني فؤاد السنيورة في القمة العربية.\n\nوقال رئيس الحكومة إن لبنان يحتاج إلى الدعم.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['فؤاد السنيورة']);
  });

  it('keeps the quotation before «قال X، مؤكدا أن …» as well as the participle clause', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الرئيس التونسي قيس سعيد إن البلاد بخير.\n\n"نحن لا نخشى أحدا"، قال سعيد، مؤكدا أن الدولة قوية.');
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'قيس سعيد', 'البلاد بخير'],
      ['direct', 'قيس سعيد', 'نحن لا نخشى أحدا'],
      ['indirect', 'قيس سعيد', 'الدولة قوية'],
    ]);
  });

  it('reads definite words before a person as the role, and ends the name at a preposition after the person', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال المرشد العام للجماعة محمد مهدي عاكف في مؤتمر صحفي ان الجماعة ستنافس علي ثلث المقاعد.\n\nواعتبر رئيس الوزراء الفلسطيني اسماعيل هنية في خطبة الجمعة ان الحصار لن يكسر ارادة الشعب.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['محمد مهدي عاكف', 'المرشد العام للجماعة'],
      ['اسماعيل هنية', 'رئيس الوزراء الفلسطيني'],
    ]);
  });

  it('reads «التقرير الصادر عن X» as X speaking, and a one-word subject before «إن» whatever letter opens it', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأوضح التقرير الصادر عن وزارة الخارجية أن الزيارة كانت ناجحة.\n\nوقال بوين إن العراق يدفع مليارات الدولارات ثمنا للوقود.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['وزارة الخارجية', 'بوين']);
  });

  it('reads the present plural («يقولون», «يذكرون») and a contrast clause whose subject stands before its verb', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nويقول البعض ان معتنقي الاسلام الجدد يكونون اكثر قابلية للتطرف، الا ان متخصصين في الاسلام الاوروبي يذكرون ان الحياة المضطربة لا تعني التطرف.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['البعض', 'معتنقي الاسلام الجدد يكونون اكثر قابلية للتطرف'],
      ['متخصصين في الاسلام الاوروبي', 'الحياة المضطربة لا تعني التطرف'],
    ]);
  });

  it('carries «وأضاف» to the subject of narration that closes the paragraph after its quote', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال فؤاد السنيورة إن واشنطن أعطت فرصة لإسرائيل (الفرنسية) كما دعا مندوب فرنسا لدى الأمم المتحدة جان مارك دو لا سابليير مجلس الأمن إلى مناقشة عاجلة.\n\nوأضاف أن باريس لا تعتقد أن الحرب ستنتهي قريبا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['فؤاد السنيورة', 'جان مارك دو لا سابليير']);
  });

  it('ends the subject at how it was said after a definite title, not at a role linker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير بصوت عال إن الحكومة ستستقيل غدا.\n\nواعتبر المتحدث باسمها عبد الرحمن ديناري أن هذه المحاولة تسعى للقضاء على الحكومة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الوزير', 'عبد الرحمن ديناري']);
  });

  it('keeps a complementiser fused with a negation in the content and ends the clause at «وذلك في …»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nاعتبر الرئيس الإيراني محمود أحمدي نجاد أمس ألا أحد يستطيع أن يمنع إيران من استخدام التكنولوجيا النووية وذلك في مؤتمر صحفي أوضح فيه أن "الطاقة النووية السلمية حق للأمة الإيرانية".\n\nوقال الوزير إن الحكومة ستستقيل وذلك خلال لقائه بالصحفيين أمس.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['محمود أحمدي نجاد', 'ألا أحد يستطيع أن يمنع إيران من استخدام التكنولوجيا النووية'],
      ['محمود أحمدي نجاد', 'الطاقة النووية السلمية حق للأمة الإيرانية'],
      ['الوزير', 'الحكومة ستستقيل'],
    ]);
  });

  it('reads a question word after a verb of asking as the start of what was asked', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوتساءل الوزير كيف يمكن أن يحدث هذا في بلد ديمقراطي؟\n\nوكان رئيس مجلس النواب قد طلب أمس تفسيرا للاعتداء متسائلا لو أن لبنان قام بمثل هذا الأمر ألا ينعقد مجلس الأمن؟',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['الوزير', 'كيف يمكن أن يحدث هذا في بلد ديمقراطي'],
      ['رئيس مجلس النواب', 'لو أن لبنان قام بمثل هذا الأمر ألا ينعقد مجلس الأمن'],
    ]);
  });

  it('reads a name in marks after «صحيفة» as the paper, and the paper when the name comes back bare, though it reads as a title', () => {
    const doc = parseArticle(
      'عنوان الخبر\n\nوكتبت صحيفة "السفير" المقربة من القادة السوريين افتتاحية لناشرها طلال سلمان.\n\nوقالت السفير "كنا نتمنى لو ان الرئيس السوري قد تعالى على المرارات".',
    );
    expect(doc.entities.filter((e) => e.kind === 'organization').map((e) => e.mentions.length)).toEqual([2]);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['السفير']);
  });

  it('reads a verb right after a relative word with no complement soon as passive, but not one with its resumptive pronoun', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nفقدت الجماعة منبر المسجد، الذي كان يعتبر قبلة «لندنستان» لصالح جماعات اخرى توصف بانها اكثر اعتدالا.\n\nفي الوقت الذي اكد فيه مدافع المنتخب ماركو ماتيراتزي بانه يتطلع للثأر من فرنسا.\n\nوهاجم الحزب الوزير الذي قال إن الانتخابات مزورة.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['يتطلع للثأر من فرنسا', 'الانتخابات مزورة']);
    expect(quotes[0]?.speaker?.name).toBe('ماركو ماتيراتزي');
  });

  it('reads «الوزير الأردني» as no minister whose role closes on another adjective of origin', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الخارجية المصري أحمد أبو الغيط في مؤتمر صحفي مع نظيره الأردني إن القاهرة ترفض أي تدخل.\n\nمن جانبه، أكد الوزير الأردني أن بلاده تدعم الحكومة اللبنانية.\n\nوأضاف الوزير المصري أن الاتصالات مستمرة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد أبو الغيط', 'الوزير الأردني', 'أحمد أبو الغيط']);
  });

  it('gives a participle the unnamed source opening its sentence, and reads «القيادية» after a name as the role', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nواعتبر النائب عمار حوري أن الحكومة باقية.\n\nونفى مصدر في وزارة الداخلية ما تردد عن اعتقال قيادي في الحركة، مؤكدا أن الخبر عار من الصحة.\n\nوقالت ليلى خالد القيادية في الجبهة الشعبية إن المقاومة مستمرة.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role ?? null])).toEqual([
      ['عمار حوري', 'النائب'],
      ['مصدر في وزارة الداخلية', null],
      ['ليلى خالد', 'القيادية في الجبهة الشعبية'],
    ]);
  });

  it('reads a name after a parenthesised acronym in the subject as the speaker, the words before it as the role', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو إن البطولة ستكون الأفضل.\n\nوقالت وكالة الأنباء السعودية (واس) إن الملك استقبل الوفد.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role ?? null])).toEqual([
      ['جياني إنفانتينو', 'رئيس الاتحاد الدولي لكرة القدم'],
      ['وكالة الأنباء السعودية', null],
    ]);
  });

  it('splits a name the tagger ran from an organisation into the person after it', () => {
    const doc = parseArticle('عنوان الخبر\n\nقال المتحدث باسم حركة حماس سامي أبو زهري إن الحركة ترفض الشروط الإسرائيلية.');
    expect(doc.entities.map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:حماس', 'person:سامي أبو زهري']);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['سامي أبو زهري', 'المتحدث باسم حركة حماس']]);
    // («بن» links one name's parts: no split before it.)
    const club = parseArticle('عنوان الخبر\n\nونقل موقع النادي الرسمي عن رئيس النادي فهد بن نافل قوله إن الإدارة ستدعم الجهاز الفني.');
    expect(club.quotes.map((q) => q.speaker?.name)).toEqual(['فهد بن نافل']);
  });

  it('reads «صباح» after a title as a name, and «صباح اليوم» as the time', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوصرح نائب رئيس الوزراء وزير الخارجية الكويتي الشيخ صباح الخالد للصحفيين بأن الكويت تدعم الحوار.\n\nوقال المدرب صباح اليوم إن الفريق جاهز.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['صباح الخالد', 'المدرب']);
  });

  it("gives a description to a person named later only when it opens as the person's role does", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nونقلت وكالة الأنباء الرسمية عن الرئيس قوله إن البلاد تمر بمرحلة حساسة.\n\nوصرح نائب رئيس الوزراء وزير الخارجية الكويتي الشيخ صباح الخالد للصحفيين بأن الكويت تدعم الحوار.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الرئيس', 'صباح الخالد']);
  });

  it('reads a title written feminine as no man heard before with that title', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الخارجية المصري أحمد أبو الغيط إن القاهرة ترفض أي تدخل.\n\nوأشارت الوزيرة إلى أن الميزانية الجديدة ستركز على التعليم.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد أبو الغيط', 'الوزيرة']);
  });

  it('leaves the contrast word that opens the next attribution out of the quote before it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال شهود إن الشرطة فرقت المتظاهرين بالقوة، فيما نفت وزارة الداخلية ذلك، مؤكدة أن قواتها التزمت بضبط النفس.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['شهود', 'الشرطة فرقت المتظاهرين بالقوة'],
      ['وزارة الداخلية', 'قواتها التزمت بضبط النفس'],
    ]);
  });

  it('takes one bare word between a role and the person found after it as the first name left out', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مدير منظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن الجائحة لم تنته بعد.\n\nوقال الرئيس المصري حسني مبارك إن مصر لن تتخلى عن دورها.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['تيدروس أدهانوم غيبريسوس', 'مدير منظمة الصحة العالمية'],
      ['حسني مبارك', 'الرئيس المصري'],
    ]);
  });

  it('reads «مختار» as a title before a definite complement and as a name before a bare one, and «معاون» as a title', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مختار المحلة، خضر الملا، إن المبنى كان مصنفا آيلا للسقوط.\n\nوقال معاون محافظ نينوى لشؤون الإعمار، هشام عبد الجبار الصفار، إن الدفعات تصرف وفق نسب الإنجاز.\n\nوقال مختار جمعة وزير الأوقاف إن الخطبة موحدة.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['خضر الملا', 'مختار المحلة'],
      ['هشام عبد الجبار الصفار', 'معاون محافظ نينوى لشؤون الإعمار'],
      ['مختار جمعة', 'وزير الأوقاف'],
    ]);
  });

  it("reads «الأم» as the woman introduced as a child's «والدة»", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت نجلاء عبد الفتاح، والدة الطفل، إن ابنها دخل المستشفى لإجراء جراحة بسيطة.\n\nوقال المحامي شريف منصور إن موكله بريء.\n\nوأشارت الأم، التي حملت صورة طفلها، إلى أنها تقدمت ببلاغ للنائب العام.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نجلاء عبد الفتاح', 'شريف منصور', 'نجلاء عبد الفتاح']);
  });

  it('gives a statement «لـ» a body to that body, past a fronted setting too', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوذكر بيان للحكومة العراقية ان ثلاثة جنود قتلوا.\n\nمن جهة اخرى، ذكر بيان للجيش الاميركي ان دورية تعرضت لهجوم.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الحكومة العراقية', 'الجيش الاميركي']);
  });

  it('reads a profession and an adjective of origin as the person introduced with that origin, not a body so described', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكان المبعوث الفرنسي جان كلود بورسيه قد وصل الى بيروت مساء الاحد.\n\nوقال رئيس الحكومة فؤاد السنيورة ان لبنان ملتزم.\n\nوقال الدبلوماسي الفرنسي للصحافيين ان فرنسا لا تتدخل.\n\nوقال الجيش الفرنسي ان جنديين اصيبا.',
    );
    // (The entity stage may or may not take «بورسيه» into the name.)
    expect(quotes.map((q) => q.speaker?.name?.replace(' بورسيه', ''))).toEqual(['فؤاد السنيورة', 'جان كلود', 'الجيش الفرنسي']);
  });

  it('goes on with the last speaker past narration about two people named together, not with one of the pair', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس الوزراء العراقي عادل الحسناوي ان الخطة ستكون حاسمة.\n\nوحضر اللقاء وزير الدفاع قادر العبيدي والسفير الاميركي روبرت كينغستون، اللذان توجها بعد ذلك الى مقر القيادة.\n\nواضاف ان حكومته لن تسمح لاي جهة بتوفير الغطاء للمسلحين.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عادل الحسناوي', 'عادل الحسناوي']);
  });

  it('reads «نقيب» as a title, and ends a speaker at a word of manner after «حسبما» and at «ردا على»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nمن جهته، دان نقيب الصحافيين العراقيين شاكر الساعدي عملية الخطف، وقال ان العراق اصبح اخطر بلد في العالم.\n\nوتابع النقيب ان النقابة طالبت الحكومة بالحماية.\n\n"لسنا بنكا مركزيا للنفط"، حسبما قال الوزير ممازحا.\n\n" لا عودة عن الاستقالة "، قال الوزير المستقيل ردا على سؤال عن هذه المعلومات.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['شاكر الساعدي', 'شاكر الساعدي', 'الوزير', 'الوزير']);
  });

  it('reads a name after «أعلن» and its subject as the name, not as an announced noun with its own pronoun', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مصدر إن الأمر محسوم.\n\nاعلن رئيس مجلس النواب اللبناني نزيه حمادة امس ارجاء جلسة الانتخاب للمرة الخامسة.\n\nواكد رئيس المجلس ان ابواب البرلمان ستبقى مفتوحة.\n\nوأعلن نادي النسور نيته تقديم احتجاج رسمي.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مصدر', 'الأمر محسوم'],
      ['نزيه حمادة', 'ابواب البرلمان ستبقى مفتوحة'],
      ['نادي النسور', 'نيته تقديم احتجاج رسمي'],
    ]);
  });

  it('reads «رئيس الدبلوماسية» as the foreign minister, not as the head of government', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الخارجية السوداني عبد الرحيم الطيب ان بلاده لن تقبل بنشر قوات.\n\nوقال رئيس الحكومة السودانية احمد سعيد ان الوضع هادئ.\n\nواكد رئيس الدبلوماسية السودانية ان بلاده لن تقبل بنشر قوات غير أفريقية.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبد الرحيم الطيب', 'احمد سعيد', 'عبد الرحيم الطيب']);
  });

  it('does not carry a verb for a woman to a man the narration names with a masculine title', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الدكتورة هالة الشربيني إن المنظمة أرسلت عينات.\n\nويقوم وفد من خبراء المنظمة برئاسة الطبيب الهولندي يان فان دربرغ بجولة في محافظات الدلتا.\n\nوأضافت أن خطر انتقال الفيروس لا يزال محدودا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['هالة الشربيني', 'هالة الشربيني']);
  });

  it('reads «الشرطة» and «الجيش» as bodies, so a feminine title after the police is no policewoman heard before', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الشرطة في بيان إنها اعتقلت ثلاثة مشتبه بهم.\n\nوقالت الوزيرة إن الحكومة ستتحرك.\n\nوقال الجيش الإسرائيلي إن صاروخا أطلق من غزة.\n\nوأضاف الجيش أن الصاروخ سقط في منطقة مفتوحة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الشرطة', 'الوزيرة', 'الجيش الإسرائيلي', 'الجيش الإسرائيلي']);
  });

  it('reads «كتب:» after a dateline and its dash as a byline, no quote', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nالإسكندرية – كتب: محمود السيد\n\nوقالت نجلاء عبد الفتاح إن ابنها دخل المستشفى.\n\nالقاهرة – قال وزير الخارجية: "لن نتراجع".',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['نجلاء عبد الفتاح', 'ابنها دخل المستشفى'],
      ['وزير الخارجية', 'لن نتراجع'],
    ]);
  });

  it('reads an outlet in marks between a dateline and the writer as no quotation credited by the dash', () => {
    const quotes = quotesOf('عنوان الخبر\n\nبيروت – “المدن” – رامي حداد\n\nوقالت منى الخوري إن الاشتراك يلتهم نصف الراتب.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['منى الخوري', 'الاشتراك يلتهم نصف الراتب']]);
  });
});

describe('Arabic sentences cut at a comma into two paragraphs', () => {
  it('reads a paragraph ending on its cue and a comma with the next one when that opens on a complementiser', () => {
    const quotes = quotesOf(
      [
        'اشتباكات قرب الحدود',
        'وقال مسؤول محلي في البلدية,',
        'ان الطريق الرئيسي اغلق منذ صباح امس.',
        'واضاف المتحدث باسم الدفاع المدني سامر خليل,',
        'بأنه تم اجلاء عشرين عائلة من الحي.',
        'ووصل الوفد الى المدينة,',
        'ثم عقد اجتماعا مع المحافظ.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مسؤول محلي في البلدية', 'الطريق الرئيسي اغلق منذ صباح امس'],
      ['سامر خليل', 'تم اجلاء عشرين عائلة من الحي'],
    ]);
  });
});

describe('Arabic bodies described by their kind and origin', () => {
  it('reads «النادي الإسباني» as the club introduced with that adjective, and leaves «الجيش الفرنسي» a body of its own', () => {
    const quotes = quotesOf(
      [
        'صفقة جديدة في الدوري',
        'أعلن أتلتيكو مدريد الإسباني أنه تعاقد مع مدافع برازيلي لمدة موسمين.',
        'وأوضح النادي الإسباني على موقعه أن اللاعب سيخضع للفحص الطبي غدا.',
        'وقال الجيش الفرنسي إن قواته انسحبت من المنطقة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أتلتيكو مدريد الإسباني', 'أتلتيكو مدريد الإسباني', 'الجيش الفرنسي']);
  });
});

describe('Arabic wire: a relative cue with its addressee and setting, and an outlet in doubled apostrophes', () => {
  it('reads «الذي قال للصحافيين بعد اللقاء ان …» as the named antecedent speaking', () => {
    const quotes = quotesOf(
      'لقاء في بغداد\n\nوالتقى الوزير امس السفير الكندي في بغداد بيتر مارتن الذي قال للصحافيين بعد اللقاء ان بلاده تدعم الحوار بين الطرفين.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['بيتر مارتن', 'بلاده تدعم الحوار بين الطرفين']]);
  });

  it("reads «لـ'' الرياضية ''» as the outlet told, with the clause after it", () => {
    const quotes = quotesOf("استقالة المدرب\n\nوقال نائب رئيس النادي خالد العنزي لـ'' الرياضية '' ان الادارة قبلت استقالة المدرب بالتراضي.");
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['خالد العنزي', 'الادارة قبلت استقالة المدرب بالتراضي']]);
  });
});

describe('Arabic speech going on in the first person, its quotation marks lost', () => {
  it('gives a first-person paragraph with no cue to whom the paragraph before quoted, and leaves narration alone', () => {
    const quotes = quotesOf(
      [
        'مباراة الحسم',
        'وقال مدرب الفريق سامح الجندي في مؤتمر صحافي: الفريق جاهز بدنيا وذهنيا.',
        'نحن نحترم المنافس كثيرا, فهو يملك لاعبين اصحاب خبرة.',
        'وقال مدير المستشفى حسن الكردي ان المستشفى يعمل بنصف طاقته.',
        'لن نسمح بانهيار الخدمات الصحية مهما كان الثمن.',
        'وقال أنا فخور بالطواقم الطبية.',
        'وكانت الوزيرة قد التقت وفدا برئاسة آنا شتراوس لدى وصولها.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['سامح الجندي', 'الفريق جاهز بدنيا وذهنيا'],
      ['سامح الجندي', 'نحن نحترم المنافس كثيرا, فهو يملك لاعبين اصحاب خبرة'],
      ['حسن الكردي', 'المستشفى يعمل بنصف طاقته'],
      ['حسن الكردي', 'لن نسمح بانهيار الخدمات الصحية مهما كان الثمن'],
      ['حسن الكردي', 'أنا فخور بالطواقم الطبية'],
    ]);
  });

  it('hears the first person in «نا» on a word known alone («بلادنا», «يشغلنا»), not in «أحيانا»', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال وزير الخارجية إن الحكومة لن تتراجع عن قرارها.',
        'وهذا موقف بلادنا منذ البداية ولن يتغير مهما كانت الضغوط.',
        'وقال رئيس البلدية إن المشروع سينتهي قبل الصيف.',
        'واستمرت الاجتماعات أحيانا حتى الفجر دون نتيجة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وزير الخارجية', 'الحكومة لن تتراجع عن قرارها'],
      ['وزير الخارجية', 'وهذا موقف بلادنا منذ البداية ولن يتغير مهما كانت الضغوط'],
      ['رئيس البلدية', 'المشروع سينتهي قبل الصيف'],
    ]);
  });
});

describe('Arabic descriptions by profession and origin for a speaker the entity stage missed', () => {
  it('reads «الدبلوماسي الإسرائيلي» as the spokesman of the Israeli ministry heard before', () => {
    const quotes = quotesOf(
      'تسوية\n\nفي المقابل، قال المتحدث باسم وزارة الخارجية الإسرائيلية آرييه شاليف لوكالة فرانس برس إن إسرائيل جادة في التوصل إلى تسوية.\n\nوأوضح الدبلوماسي الإسرائيلي أن رئيس الوزراء سيلتقي الرئيس الفلسطيني.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['آرييه شاليف', 'آرييه شاليف']);
  });
});

describe('Arabic trades with an adjective of origin', () => {
  it('reads «الشاعر السوري» as the poet introduced with that origin', () => {
    const quotes = quotesOf(
      'معرض الكتاب\n\nوشارك في الامسية الشاعر السوري أيمن الحداد والروائية المصرية منى فهمي.\n\nوقال الشاعر السوري إن المعرض يشكل متنفسا حقيقيا للمثقفين العرب.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أيمن الحداد']);
  });
});

describe('Arabic titles whose complement holds another title', () => {
  it("reads «مساعد وزيرة الخارجية» as a man's title, so «وتابع» goes on with him", () => {
    const quotes = quotesOf(
      'نفط العراق\n\nقال مساعد وزيرة الخارجية الأميركية ريتشارد كولمان إن واشنطن تأمل في إقرار القانون.\n\nوتابع: لا نريد أن نملي على العراقيين ما يجب أن يفعلوه.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ريتشارد كولمان', 'ريتشارد كولمان']);
  });
});

describe('Arabic speech over paragraphs that ANERcorp-style splitting broke up', () => {
  it('reads «قائلا في كتاب وجهه الى …» and the quotation after the setting as the words said', () => {
    const quotes = quotesOf(
      "منبر الاقصى\n\nوكان جلالة المغفور له الملك الحسين قد أمر باعادة صنع المنبر عام 1993 قائلا في كتاب وجهه الى رئيس الوزراء ' ' لقد صممنا على ان نحافظ على المقدسات ' '.",
    );
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'لقد صممنا على ان نحافظ على المقدسات']]);
    // «المغفور له» ("the late") belongs to the honorific, not to the name.
    expect(quotes[0]?.speaker?.name?.startsWith('له')).toBe(false);
    expect(quotes[0]?.speaker?.name).toContain('الملك الحسين');
  });

  it('goes on with first-person speech past paragraphs of a lone stop', () => {
    const quotes = quotesOf(
      [
        'زيارة دولة',
        'وقال الرئيس الفنزويلي اوغو شافيز في المطار ان هناك افاقا جديدة بين الشعبين.',
        '.',
        '.',
        'أريد ان انوه بعظمة الحضور العربي في فنزويلا.',
        '.',
        'ما يربط بيننا وبين شعبينا هي علاقات اخوة.',
        'وكان الرئيس السوري في مقدمة مستقبليه في المطار.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['اوغو شافيز', 'هناك افاقا جديدة بين الشعبين'],
      ['اوغو شافيز', 'أريد ان انوه بعظمة الحضور العربي في فنزويلا'],
      ['اوغو شافيز', 'ما يربط بيننا وبين شعبينا هي علاقات اخوة'],
    ]);
  });
});

describe('Arabic titled phrases closing on a place, and a topic taken up by «فإنه»', () => {
  it('reads «ممثل وزارة الخارجية في مدينة مشهد» as an unnamed officer, not a person named Mashhad', () => {
    const quotes = quotesOf('زوار مشهد\n\nويقول ممثل وزارة الخارجية الإيرانية في مدينة مشهد إن المدينة يزورها سنويا أكثر من 14 مليون شخص.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ممثل وزارة الخارجية الإيرانية في مدينة مشهد']);
  });

  it('reads «أما X فأنه يقول إن» with X as the speaker', () => {
    const quotes = quotesOf(
      'السياحة في خراسان\n\nأما نائب محافظ خراسان للشؤون السياحية السيد فريدون بامتد فأنه يقول إن موقع المحافظة جعلها ممرا طبيعيا لصادرات جيرانها.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['فريدون بامتد']);
  });
});

describe('Arabic titles and trades describing whom the sentence before quoted', () => {
  it('reads «واكد المسؤول التركي» right after a named speaker as that speaker', () => {
    const quotes = quotesOf(
      ['مفاوضات الانضمام', 'في انقرة, قال محمد علي اوزتورك ان بلاده لن تقبل بشروط جديدة.', 'واكد المسؤول التركي ان الحكومة ماضية في الاصلاحات.'].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد علي اوزتورك', 'محمد علي اوزتورك']);
  });

  it('leaves a description alone when the speaker before holds another title, or the narration used the noun since', () => {
    const quotes = quotesOf(
      [
        'قناة السويس',
        'وقال وزير النقل المصري حسن فؤاد ان العائدات ارتفعت.',
        'وقال الخبير الاقتصادي ان شركات التأمين رفعت اقساطها.',
        'وقال سامي النجار ان الحركة في القناة تراجعت.',
        'والتقى الوفد امس الخبير الدولي في الشحن.',
        'واكد الخبير ان المسار البديل اطول بكثير.',
      ].join('\n\n'),
    );
    const names = quotes.map((q) => q.speaker?.name);
    expect(names[1]).not.toBe('حسن فؤاد');
    expect(names[3]).not.toBe('سامي النجار');
  });
});

describe('Arabic titles whose complement opens on a preposition written onto a noun', () => {
  it('reads «المدير الفني لمنتخب مصر لكرة القدم» as a description, not a person named «لمنتخب مصر»', () => {
    const quotes = quotesOf('كأس الامم\n\nاكد المدير الفني لمنتخب مصر لكرة القدم امس ان الفريق جاهز لمواجهة الكاميرون.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['المدير الفني لمنتخب مصر لكرة القدم']);
  });
});

describe('Arabic officers of a body joined by «في»', () => {
  it('reads «القيادي في حركة فتح» as an officer, and as the man the sentence before quoted', () => {
    const quotes = quotesOf(
      'الحوار الفلسطيني\n\nمن جهته، اعرب رياض الجعبري عن امله في ان تتدخل القاهرة لاقناع الطرفين.\n\nوقال القيادي في حركة فتح ان الجانب المصري مصمم على انجاح الحوار.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['رياض الجعبري', 'رياض الجعبري']);
    const alone = quotesOf('الحوار الفلسطيني\n\nوقال القيادي في حركة فتح ان الجانب المصري مصمم على انجاح الحوار.');
    expect(alone[0]?.speaker?.name).toBe('القيادي في حركة فتح');
  });
});

describe('Arabic bodies speaking by their head noun after their spokesman', () => {
  it('reads «واكدت الوزارة» as the ministry, not the spokesman whose role names it', () => {
    const quotes = quotesOf(
      [
        'انفلونزا الطيور',
        'اعلنت وزارة الصحة المصرية امس وفاة امرأة متأثرة باصابتها بالفيروس.',
        'وقال المتحدث باسم الوزارة هشام عبد الباقي ان المريضة نقلت الى المستشفى قبل اسبوع.',
        'واكدت الوزارة ان جميع المخالطين يخضعون للمراقبة.',
      ].join('\n\n'),
    );
    const names = quotes.map((q) => q.speaker?.name ?? '');
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('هشام عبد الباقي');
    expect(names[1]).not.toContain('هشام');
  });
});

describe('Arabic bodies described by kind and origin', () => {
  it("does not read the words of a clause after a paper's name as describing the paper («الجيش الاسرائيلي» is not «هآرتس»)", () => {
    const quotes = quotesOf(
      'التأهب على الحدود\n\nوذكرت صحيفة "هآرتس" الاسرائيلية امس ان الجيش الاسرائيلي رفع حالة التأهب على الحدود.\n\nوقال الجيش الاسرائيلي ردا على اسئلة وكالة فرانس برس ان هذه الاجراءات روتينية.',
    );
    expect(quotes[1]?.speaker?.name).toBe('الجيش الاسرائيلي');
  });
});

describe('Arabic relays naming their outlet in quotation marks', () => {
  it('reads «ونقلت "بترا" عن مصدر حكومي قوله ان» with the source speaking, the outlet no quotation', () => {
    const quotes = quotesOf(
      'الانتخابات\n\nوقالت النائبة ريم العزام ان المعارضة لا تقدم بدائل.\n\nونقلت "بترا" عن مصدر حكومي قوله ان مجلس الوزراء سيعقد جلسة استثنائية.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['ريم العزام', 'المعارضة لا تقدم بدائل'],
      ['مصدر حكومي', 'مجلس الوزراء سيعقد جلسة استثنائية'],
    ]);
  });
});

describe('Arabic appositions naming a body in quotation marks', () => {
  it('reads «احد قادة تنظيم "الشباب المؤمن"،» as part of the apposition, and the clause after «ان» as what was said', () => {
    const quotes = quotesOf(
      'اليمن\n\nفي المقابل، قال فيصل الشرفي، احد قادة تنظيم "الشباب المؤمن"، في بيان ارسله الى وسائل الاعلام ان انصار الحوثي صدوا هجوما واسعا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['فيصل الشرفي', 'انصار الحوثي صدوا هجوما واسعا']]);
  });
});

describe('Arabic relays: the verb agrees with the outlet, not the source', () => {
  it('carries «واضاف» to the source a feminine outlet relayed', () => {
    const quotes = quotesOf(
      'الصحافيون المخطوفون\n\nونقلت قناة "الشرقية" الفضائية عن مسؤول امني قوله ان العائلة لم تتلق اي اتصال.\n\nواضاف ان الخاطفين هددوا بقتل الصحافيين.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مسؤول امني', 'مسؤول امني']);
  });
});

describe('Arabic relays: «قولها» gives the source its gender', () => {
  it('carries «واضافت» to a woman relayed and «واضاف» past her to the man heard before', () => {
    const quotes = quotesOf(
      'المفاوضات\n\nوقال الوزير خالد منصور ان الوضع هادئ.\n\nونقلت الوكالة عن مسؤولة في الوزارة قولها ان المفاوضات مستمرة.\n\nواضاف ان الاتفاق قريب.\n\nواضافت ان الوفد سيعود غدا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['خالد منصور', 'مسؤولة في الوزارة', 'خالد منصور', 'مسؤولة في الوزارة']);
  });
});

describe('Arabic spokesmen named in apposition', () => {
  it('reads «المتحدثة باسم يونيسف في اليمن، صوفي لامبير، إن» with the name in apposition speaking, not a setting there', () => {
    const named = quotesOf('الكوليرا\n\nوقالت المتحدثة باسم يونيسف في اليمن، صوفي لامبير، إن الأطفال دون سن الخامسة يمثلون ربع الحالات.');
    expect(named.map((q) => q.speaker?.name)).toEqual(['صوفي لامبير']);
    const setting = quotesOf('الكرملين\n\nوقال المتحدث باسم الرئاسة الروسية، في إفادته اليومية، إن موسكو أبلغت شركاءها بموقفها.');
    expect(setting.map((q) => q.speaker?.name)).toEqual(['المتحدث باسم الرئاسة الروسية']);
  });
});

describe('Arabic objects with their own pronoun after a subject joined by «و»', () => {
  it('reads «وختم وزير التربية والتعليم حديثه بالقول:» with the minister speaking, «حديثه» his talk', () => {
    const quotes = quotesOf('نتائج التوجيهي\n\nوختم وزير التربية والتعليم حديثه بالقول: التوجيهي ليس نهاية الطريق.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['وزير التربية والتعليم', 'التوجيهي ليس نهاية الطريق']]);
  });

  it('reads a setting noun with its pronoun after a title («وختم نائب الوزير كلمته») as the object, not a name', () => {
    const first = quotesOf('عنوان الخبر\n\nوختم نائب الوزير كلمته بالقول: «السياحة لم تعد خيارا ثانويا».');
    const second = quotesOf('عنوان الخبر\n\nوختم المدير الإقليمي تصريحاته أمام الصحافيين بالقول: «الأرقام تتحدث عن نفسها».');
    expect([...first, ...second].map((q) => q.speaker?.name)).toEqual(['نائب الوزير', 'المدير الإقليمي']);
  });
});

describe("Arabic kunyas tell their bearer's gender", () => {
  it('carries «وأضاف» past «أم سمير», a woman though no verb said so, to the man heard before', () => {
    const quotes = quotesOf(
      'المحاصيل\n\nوقال المزارع سامي داود إن المحصول تراجع هذا العام.\n\nوبحسب أم سمير، فإن الأسعار تضاعفت في السوق.\n\nوأضاف أن المزارعين لم يتلقوا أي دعم.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي داود', 'أم سمير', 'سامي داود']);
  });

  it('goes on past a paragraph break a sentence splitter made inside a decimal number', () => {
    const doc = parseArticle(
      'عنوان الخبر\n\nوقالت مؤسسة الابحاث ان الصين انتجت خلال العام الماضي 5.\n\n9 مليون سيارة مقابل 5.\n\n38 مليون سيارة انتجتها المانيا.\n\nوفي سياق آخر ارتفعت اسعار النفط امس.',
    );
    expect(doc.quotes).toHaveLength(1);
    const [quote] = doc.quotes;
    expect(quote?.speaker?.name).toBe('مؤسسة الابحاث');
    expect(quote?.parts?.map((p) => p.text)).toEqual(['الصين انتجت خلال العام الماضي 5.', '9 مليون سيارة مقابل 5.', '38 مليون سيارة انتجتها المانيا']);
    expect(checkArticle(doc)).toEqual([]);
    // A paragraph that ends a sentence on a number, then one that opens on another, is left alone when the quote ends before it.
    const apart = parseArticle('عنوان الخبر\n\nوقال الوزير ان الخطة ستنفذ على مراحل. وبلغ عدد المشاريع 12.\n\n3 مشاريع منها في الجنوب.');
    expect(apart.quotes.map((q) => q.text)).toEqual(['الخطة ستنفذ على مراحل']);
  });

  it('ends the source at the agency it told, past the condition it spoke on («شريطة عدم الكشف عن هويته»)', () => {
    const said = (t: string) => quotesOf(`عنوان الخبر\n\n${t}`).map((q) => [q.speaker?.name, q.text]);
    expect(said('وقال مسؤول في الحزب لرويترز شريطة عدم الكشف عن هويته إن الرد سيكون قريبا.')).toEqual([['مسؤول في الحزب', 'الرد سيكون قريبا']]);
    expect(said('وقال مسؤول لرويترز طالبا عدم نشر اسمه إن الرد سيكون قريبا.')).toEqual([['مسؤول', 'الرد سيكون قريبا']]);
    // A name opening on «ل» is no agency: «ليلى البدر» speaks.
    expect(said('ورأت الناشطة الحقوقية ليلى البدر أن الحملات تعاني من ضعف التمويل.')).toEqual([['ليلى البدر', 'الحملات تعاني من ضعف التمويل']]);
  });
  it("reads a word of saying inside a person's name as part of the name («حسب الله» is no «according to»)", () => {
    const quotes = quotesOf(
      'دراسة جديدة\n\nهذا ما أثبتته دراسة علمية للدكتور محمود حسب الله أستاذ التاريخ بجامعة القاهرة،\n\nوالتي قال فيها إن المدينة تأسست قبل ألف عام.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['محمود حسب الله', 'المدينة تأسست قبل ألف عام']]);
  });
  it('reads a long run in marks after «قال فيها» as what was said, even with words after it', () => {
    const quotes = quotesOf(
      "زيارة\n\nوصل الشيخ حمد بن سالم رئيس المجلس ظهر أمس إلى الرباط.\n\nوقد سجل الشيخ حمد في نهاية الجولة كلمة في السجل الذهبي للمسجد قال فيها '' يسعدني بعد هذه الجولة المباركة في المسجد العامر بالله '' محمد الخامس '' ان أعرب عن بالغ التقدير.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toContain('يسعدني بعد هذه الجولة المباركة');
    expect(quotes[0]?.speaker?.name).toBe('حمد بن سالم');
  });
  it('reads a cue word after «لا» that is no present verb as a noun («لا رأي لهن»), and «لا يرى» as a verb', () => {
    const quotes = quotesOf(
      'عنوان\n\nوكان زواج الفتيات مسألة لا رأي لهن فيها، وقد قال كونفوشيوس: يستطيع الرجل أن يطلق زوجته لأي سبب.\n\nوقال الباحث سامر خليل إن الكتاب لا يرى أن المرأة أقل شأنا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['كونفوشيوس', 'يستطيع الرجل أن يطلق زوجته لأي سبب'],
      ['سامر خليل', 'الكتاب لا يرى أن المرأة أقل شأنا'],
    ]);
  });
  it('ends a sentence-final «كما قالت X» subject before «دون» (without), and reads «الوكالة» as the agency named before', () => {
    const quotes = quotesOf(
      'عنوان\n\nأوقفت الشرطة عشرات الأشخاص خلال تظاهرات في عدة مدن، كما ذكرت وكالة أنباء الأناضول.\n\nوطاردت الشرطة المتظاهرين في الشوارع المحيطة بالحديقة واعتقلت العشرات منهم، كما قالت الوكالة دون توضيحات إضافية.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['وكالة أنباء الأناضول', 'وكالة أنباء الأناضول']);
  });
  it("reads a participle's complement past an honorific pronoun and a setting («مؤكدا سموه خلال حديثه مع المفتشين أن»)", () => {
    const quotes = quotesOf(
      'عنوان\n\nوالتقى الشيخ محمد بن راشد المفتشين الجدد، ووجههم بأن يلتزموا بالقانون مؤكدا سموه خلال حديثه مع المفتشين أن لا أحد عندنا فوق القانون.\n\nواستقبل الوزير سامي يوسف الوفد مشيرا في الوقت نفسه إلى أن التعاون مستمر.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['محمد بن راشد', 'لا أحد عندنا فوق القانون'],
      ['سامي يوسف', 'التعاون مستمر'],
    ]);
  });
  it('gives a text that opens on a verb going on with nobody named to the person it names next as a subject, not to a new speaker', () => {
    const opening = quotesOf(
      'عنوان\n\nالا انه يقول ان الصدامات مع الشرطة كانت ستتحول الى مواجهات دامية.\n\nويؤكد انه ليس لديه ما يخفيه عن الشرطة.\n\nويشعر ابو عبد الله بحزن شديد لان جماعته فقدت منبرها.',
    );
    expect(opening.map((q) => q.speaker?.name)).toEqual(['ابو عبد الله', 'ابو عبد الله']);
    const newSpeaker = quotesOf(
      'عنوان\n\nواضاف ان حركته لن تشارك في المفاوضات ما لم تتوحد الفصائل.\n\nوقال الوسيط الدولي بيتر ساندبرغ في مؤتمر صحافي ان جميع الحركات تلقت دعوات للمشاركة.',
    );
    expect(newSpeaker.map((q) => q.speaker?.name ?? null)).toEqual([null, 'بيتر ساندبرغ']);
  });
  it("ends a reported clause before «لكنه» opening the next verb's clause, with no comma before it", () => {
    const quotes = quotesOf('عنوان\n\nوأكد المتحدث باسم الخارجية ناميك تان ان بلاده عمدت الى تفتيش الطائرتين لكنه قال ان ذلك جرى وفقا للقانون.');
    expect(quotes.map((q) => q.text)).toEqual(['بلاده عمدت الى تفتيش الطائرتين', 'ذلك جرى وفقا للقانون']);
  });
  it('reads «غير انه» far after a verb as "however", no complement of that verb', () => {
    const quotes = quotesOf(
      'عنوان\n\nوهبط السهم إلى أدنى مستوى خلال الجلسة غير أنه اظهر تماسكا ملحوظا عند هذه المستويات وقاتل بقوة للوصول إلى مستوى الإغلاق السابق غير انه وفيما كان الجميع يترقب استقرار السهم أدت صفقات في اللحظات الأخيرة إلى تراجعه.',
    );
    expect(quotes).toEqual([]);
  });
  it('reads a name the entity stage took for a place after a title as the titled person, without linking the place', () => {
    const doc = parseArticle(
      'عنوان\n\nواتهم رئيس مجلس محافظة صلاح الدين أحمد ناجي جبارة الجبوري تنظيم القاعدة بعدم التمييز بين العراقيين والقوات الأجنبية في عملياته, وقال إن الصراع معه بات مفتوحا.',
    );
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['أحمد ناجي جبارة الجبوري', 'رئيس مجلس محافظة صلاح الدين', 'الصراع معه بات مفتوحا'],
    ]);
    const linked = doc.entities.find((e) => e.id === doc.quotes[0]?.speaker?.entityId);
    expect(linked === undefined || linked.kind === 'person').toBe(true);
  });
});

describe('Arabic headline speakers with the outlet they told', () => {
  it('reads «مصادر وزارية لـ“النهار”: …» as the sources speaking, the outlet left out, and no complement in marks as an outlet', () => {
    const told = quotesOf('مصادر وزارية لـ“النهار”: لا جلسة للحكومة قبل حسم ملف الكهرباء\n\nنص الخبر هنا.');
    expect(told.map((q) => [q.speaker?.name, q.text])).toEqual([['مصادر وزارية', 'لا جلسة للحكومة قبل حسم ملف الكهرباء']]);
    // «الأمين العام لـ"حزب الله"»: «لـ» after a title leads to the body the title belongs to, whom nobody told.
    expect(quotesOf('الأمين العام لـ"حزب الله": لا حرب قريبا في الجنوب\n\nنص الخبر هنا.').map((q) => q.speaker?.name)).not.toContain('لـ"حزب الله"');
  });
});

describe('Names closing on a plus sign', () => {
  it('keeps «أوبك+» and "OPEC+" inside the speaker, where the plus ended it before', () => {
    const quotes = quotesOf(
      'عنوان\n\nقالت أربعة مصادر في أوبك+ يوم الأحد إن المجموعة اتفقت على زيادة الإنتاج.\n\nOPEC+ said on Sunday that the group would raise output.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أربعة مصادر في أوبك+', 'OPEC+']);
  });
});

describe('Arabic outlets told by name, and someone unnamed "one of" a group', () => {
  it('leaves «لهسبريس», «لبي بي سي», «للجزيرة» out of the speaker, and keeps «الوزير» apart from «أحد الناجين» just quoted', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقال نقابي لهسبريس إن الإضراب مستمر.',
        'وقال أحد الناجين لبي بي سي إن زوجته ما زالت تحت الركام.',
        'وقال الوزير للجزيرة إن الحكومة ستتحرك.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نقابي', 'أحد الناجين', 'الوزير']);
  });
});

describe('Arabic speech going on in the first person, and a name that opens like a first-person verb', () => {
  it('goes on through first-person paragraphs with a list after a colon, and keeps them when «قائلا:» quotes again', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'ويروي سامر خليل رحلته فيقول: بدأت الفكرة عندما قررت أن أعود من بلدي إلى عمّان على دراجتي.',
        'وبالفعل انطلقت صباح الأحد، وكنت أشعر ببعض الرهبة في بلدان كثيرة عبرتها هي: تركيا، سوريا، الأردن.',
        'ولم أكن أحمل خلال الرحلة سوى خريطة وسكين صغير.',
        'ويكمل خليل حديثه قائلا: أهم ما تعلمته أن الإرادة تقهر المستحيل.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text.slice(0, 16)])).toEqual([
      ['سامر خليل', 'بدأت الفكرة عندم'],
      ['سامر خليل', 'وبالفعل انطلقت ص'],
      ['سامر خليل', 'ولم أكن أحمل خلا'],
      ['سامر خليل', 'أهم ما تعلمته أن'],
    ]);
  });

  it('reads «أمل» before another given name as a name in apposition, not «آمل» (I hope) opening her words', () => {
    const quotes = quotesOf('عنوان الخبر\n\nحذرت مديرة المستشفى، أمل عثمان بركات، من أن مخزون الأدوية لن يكفي أكثر من أسبوع.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'indirect', text: 'مخزون الأدوية لن يكفي أكثر من أسبوع' });
    expect(quotes[0]?.speaker).toMatchObject({ name: 'أمل عثمان بركات', role: 'مديرة المستشفى' });
  });
});

describe('An Arabic headline whose speaker is a description, in no marks', () => {
  it('gives «مسؤولة أممية: …» and a later «وتابعت المسؤولة الأممية» to the woman the story quotes with those words', () => {
    const quotes = quotesOf(
      [
        'مسؤولة أممية: نصف مليون طفل في الإقليم مهددون بسوء التغذية',
        'قالت ممثلة منظمة الصحة العالمية في اليمن، ليلى حسن المرزوقي، إن نصف مليون طفل في الإقليم «مهددون بسوء التغذية الحاد».',
        'وقال محافظ الإقليم، سالم ناصر، إن السلطات المحلية فتحت ثلاثة مراكز جديدة للعلاج.',
        'وتابعت المسؤولة الأممية أن المنظمة تحتاج إلى 40 مليون دولار لتغطية احتياجات العام المقبل.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ليلى حسن المرزوقي', 'ليلى حسن المرزوقي', 'سالم ناصر', 'ليلى حسن المرزوقي']);
  });
});

describe('A dateline run into a paragraph', () => {
  it("ends what was said before «المدينة - المدينة - الوكالة:» and reads the next story's attribution after it", () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وكانت المحكمة الدستورية اعتبرت أمس أن الحكومة تجاوزت صلاحياتها في قانون الانتخابات عمان - القدس - وكالات: في أول ظهور له منذ أسابيع أكد رئيس الوزراء سمير الخطيب أن حكومته لن تستقيل.',
        'وقال إن هذا كلام لا أساس له.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['المحكمة الدستورية', 'الحكومة تجاوزت صلاحياتها في قانون الانتخابات'],
      ['سمير الخطيب', 'حكومته لن تستقيل'],
      ['سمير الخطيب', 'هذا كلام لا أساس له'],
    ]);
  });
});

describe('Unmarked speech going on over a paragraph with no first person of its own', () => {
  const story = (middle: string) =>
    [
      'عنوان',
      'وقال الوزير خالد منصور إن الحكومة ستواصل الإصلاحات.',
      'وتابع هذا ليس مجرد قرار اقتصادي.',
      'انه امر يشغلنا جميعا.',
      middle,
      'اظن ان من المهم ان نعمل معا في هذه المرحلة.',
    ].join('\n\n');

  it('goes on through it when the paragraph after it speaks in the first person again', () => {
    const quotes = quotesOf(story('ولابد ان يكون الشغل الشاغل لكل القوى السياسية.'));
    expect(quotes.map((q) => q.text.slice(0, 12))).toEqual(['الحكومة ستوا', 'هذا ليس مجرد', 'انه امر يشغل', 'ولابد ان يكو', 'اظن ان من ال']);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['خالد منصور']));
  });

  it('does not go on through narration that names someone', () => {
    const quotes = quotesOf(story('ويواجه سامي الحداد انتقادات من أعضاء البرلمان.'));
    expect(quotes.map((q) => q.text.slice(0, 12))).toEqual(['الحكومة ستوا', 'هذا ليس مجرد', 'انه امر يشغل']);
  });
});

describe('A sentence cut at its commas over several paragraphs', () => {
  it('reads «وقال مدير الشركة, / المهندس سمير حداد, / إن …» as one attribution, through two paragraphs ending on commas', () => {
    const quotes = quotesOf('عنوان\n\nوقال مدير الشركة,\n\nالمهندس سمير حداد,\n\nإن المشروع سينجز خلال ثمانية عشر شهرا.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['سمير حداد', 'المشروع سينجز خلال ثمانية عشر شهرا']]);
  });

  it('does not join paragraphs ending on commas when none opens on a complementiser', () => {
    const quotes = quotesOf('عنوان\n\nوزار الوزير المدينة,\n\nوالتقى سكانها,\n\nثم عاد الى العاصمة.');
    expect(quotes).toEqual([]);
  });
});

describe('A semicolon typed for the comma of an apposition', () => {
  it('reads «وقال سامي حداد ; المتحدث باسم الوزارة: إن …» as the name and its role', () => {
    const quotes = quotesOf('عنوان\n\nوقال سامي حداد ; المتحدث باسم وزارة الخارجية: إن الحكومة لم تتلق أي طلب رسمي حتى الآن.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['سامي حداد', 'المتحدث باسم وزارة الخارجية', 'الحكومة لم تتلق أي طلب رسمي حتى الآن'],
    ]);
  });
});

describe('Another attribution after a comma inside a reported clause', () => {
  it('ends the clause at «، وقالت <subject>» even when the words after it cannot be read, but not at «، ويدعى <name>»', () => {
    const quotes = quotesOf('عنوان\n\nوأفاد مراسل الوكالة بأن الجيش قصف مواقع في البلدة، وقالت الحركة الشعبية ألحق مقاتلونا خسائر كبيرة بالقوة المتقدمة.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['مراسل الوكالة', 'الجيش قصف مواقع في البلدة']]);
    const named = quotesOf('عنوان\n\nوأفاد مصدر أمني بأن المودع، ويدعى سامي الحاج، دخل الفرع حاملا مسدسا بلاستيكيا.');
    expect(named.map((q) => q.text)).toEqual(['المودع، ويدعى سامي الحاج، دخل الفرع حاملا مسدسا بلاستيكيا']);
  });
});
