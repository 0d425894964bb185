// Arabic subjects as wire copy writes them: a subject between «كان» and its verb without «قد»,
// and time phrases («منذ …», «عند …») after the verb that are no part of the speaker.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('Arabic subjects', () => {
  it('reads a short subject between an auxiliary and its verb without «قد»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوكانت تقارير صحفية ذكرت منذ نهاية البطولة الشهر الماضي ان اللاعب سينتقل الى احد الاندية الاوروبية.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('تقارير صحفية');
    expect(quotes[0]?.text.startsWith('اللاعب سينتقل')).toBe(true);
  });

  it('ends the speaker before a time phrase with «عند»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال رئيس الاتحاد كارل فيبر عند إعلان آخر تقرير سنوي للاتحاد إن مستقبل السوق مازال غامضا.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('كارل فيبر');
  });

  it('reads «ألمح إلى أن» as reported speech', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال سامر خليل، المتحدث باسم الوفد، إن الوفد سيعود غدا.\n\nوألمح إلى أن المفاوضات قد تستمر أسبوعا آخر.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامر خليل', 'سامر خليل']);
    expect(quotes[1]?.text.startsWith('المفاوضات قد تستمر')).toBe(true);
  });

  it('ends a relayed source before the clause that keeps it anonymous', () => {
    const quotes = quotesOf('عنوان الخبر\n\nونقلت وكالة الأنباء عن مصدر دولي فضل عدم الإفصاح عن هويته أن عشرة مراقبين أصيبوا منذ بدء الهجوم.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('مصدر دولي');
  });

  it('gives a title directly before a name the whole name the entity stage found, and keeps the title as the role', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال المتحدث سامر خليل إن الوفد سيعود غدا.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'سامر خليل', role: 'المتحدث' });
  });

  it('reads nisbas and adjectives after an indefinite title as its description, not as a name', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مسؤول فلسطيني إن اللقاء لم يتحدد بعد.\n\nوقال متحدث عسكري إسرائيلي إن الجيش سيرد.\n\nوقال مسؤول أمريكي كبير إن واشنطن تتابع.\n\nوقال د. علي حسن إن الوضع هادئ.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مسؤول فلسطيني', 'متحدث عسكري إسرائيلي', 'مسؤول أمريكي كبير', 'علي حسن']);
    expect(quotes.slice(0, 3).map((q) => q.speaker?.role)).toEqual([undefined, undefined, undefined]);
  });

  it('reads «بـ» + a common noun right after the verb as how it was said, not who said it', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال حسن نصر الله إن الحزب لن يرد.\n\nوأشار بلهجة مليئة بالسخرية إلى أن الإعلام أنصف الحزب أكثر من خصومه.\n\nوقال بوتين إن الزيارة ناجحة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حسن نصر الله', 'حسن نصر الله', 'بوتين']);
  });

  it('reads «جلالة الملك» and «جلالته» as the king named before, and a name ending in «الله» as a name', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوصل جلالة الملك عبدالله الثاني إلى باكو مساء أمس في زيارة رسمية.\n\nوأكد جلالة الملك عبدالله الثاني خلال لقائه الرئيس أن الأزمة تبرز ضرورة الحل الشامل.\n\nولفت جلالته النظر إلى أن الحلول المجزأة لم تعد ممكنة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبدالله الثاني', 'عبدالله الثاني']);
    expect(quotes[0]?.text.startsWith('الأزمة تبرز')).toBe(true);
  });

  it('reads the subject before its verb after a contrastive opener, indefinite or not', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nولكن متحدثة باسم الجيش قالت إن الجنود ردوا على إطلاق النار.\n\nغير أن مسؤولا في الوزارة قال إن القرار نهائي.\n\nلكنه قال إن الباب مفتوح.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['متحدثة باسم الجيش', 'مسؤولا في الوزارة', 'مسؤولا في الوزارة']);
    expect(quotes[1]?.text).toBe('القرار نهائي');
  });

  it('reads a topic fronted by «أما» as the subject of the verb «ف» joins to it, not the object after the verb', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nأما وزير الخارجية فقال إن المفاوضات مستمرة.\n\nاما الرئيس فؤاد السنيورة فقد اعتبر الغارة الاسرائيلية بمثابة «خرق فاضح لاتفاق وقف الاعمال العدائية».',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['وزير الخارجية', 'فؤاد السنيورة']);
  });

  it('skips the pronoun that points back from a relative clause to find the subject after it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nتستعد الفرق للمباراة في الوقت الذي أكد فيه مهاجم المنتخب الدولي خالد المنصوري بأنه جاهز للقاء.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toContain('خالد المنصوري');
    expect(quotes[0]?.text).toBe('جاهز للقاء');
  });

  it('gives «البيان» alone to whoever issued the statement, and lets a body take either gender', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الشركة الوطنية للكهرباء في بيان لها إن الإمدادات ستعود خلال يومين.\n\nوأضاف البيان أن فرق الصيانة تعمل في ثلاث مناطق.\n\nوقال إن الأسعار لن تتغير.',
    );
    expect(quotes).toHaveLength(3);
    const [first, second, third] = quotes;
    expect(second?.speaker?.name).toBe(first?.speaker?.name);
    expect(second?.speaker?.name).not.toBe('البيان');
    expect(third?.speaker?.name).toBe(first?.speaker?.name);
  });

  it('reads a sports role after a name with no comma as the role, and gives the fullest name', () => {
    const quotes = quotesOf('عنوان الخبر\n\nفاز الإسباني كارلوس سانز بالمرحلة الخامسة من الرالي.\n\nوقال سانز متسابق فريق أودي إن السيارة كانت ممتازة.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatchObject({ name: 'كارلوس سانز', role: 'متسابق فريق أودي' });
  });

  it('reads «زعيم» as a title, so the name in apposition after it is the speaker', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوأشار زعيم المعارضة في البرلمان، سليم حداد، أنه سيقدم مشروع قانون جديدا.');
    expect(quote?.speaker).toMatchObject({ name: 'سليم حداد', role: 'زعيم المعارضة في البرلمان' });
  });

  it('skips «من جهتهم» after the verb, and reads «لاحظ» as reporting only in the past', () => {
    const [part] = quotesOf('عنوان الخبر\n\nوقال الوزير سالم الهاشمي إن الخطة جاهزة.\n\nوأكد من جهته أن التنفيذ يبدأ الشهر المقبل.');
    expect(part?.speaker?.name).toBe('سالم الهاشمي');
    const noted = quotesOf('عنوان الخبر\n\nولاحظ محللون في الرياض أن التداولات تراجعت أمس.\n\nوبإمكانك أن تلاحظ أن الأسعار ارتفعت.');
    expect(noted.map((q) => q.speaker?.name)).toEqual(['محللون في الرياض']);
  });

  it('keeps two groups apart that share only their head noun', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال محللون ماليون إن السوق مستقرة.\n\nولاحظ محللون في دبي أن التداولات تراجعت.\n\nوأضاف المحللون الماليون أن الأسهم القيادية صعدت.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محللون ماليون', 'محللون في دبي', 'محللون ماليون']);
  });

  it('gives «ولكنه أضاف» to the body named right after the verb opening its sentence', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مكتب الإحصاء الوطني إن الدخل ارتفع.\n\nويخشى البنك المركزي الأوروبي أن ترتفع الأسعار ولكنه أضاف أن التضخم ما زال تحت السيطرة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مكتب الإحصاء الوطني', 'البنك المركزي الأوروبي']);
  });

  it('ends a bare name before «بالإنجليزية», not a title before «بالخارجية»', () => {
    const [language] = quotesOf('عنوان الخبر\n\nوقال كارتر بالإنجليزية "نحن نريد السلام للجميع في المنطقة".');
    expect(language?.speaker?.name).toBe('كارتر');
    const [office] = quotesOf('عنوان الخبر\n\nوقال مسؤول بالخارجية الأمريكية إن الخطر قائم.');
    expect(office?.speaker?.name).toBe('مسؤول بالخارجية الأمريكية');
  });

  it('reads «ويبلغ من العمر» as age, not a verb of telling, so «ويقول» after it goes on with the subject', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوالمهندس سامي خليل من مواليد بيروت ويبلغ من العمر 42 عاما، ويقول إنه بدأ العمل في سن مبكرة.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('بدأ العمل في سن مبكرة');
  });

  it('does not take a name governed by a preposition for the subject of «قال» after it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال رئيس الوزراء نبيل فارس إن المفاوضات مستمرة.\n\nوفي رسالة إلى الرئيس الأمريكي جورج بوش، قال إن الاتفاق قريب.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نبيل فارس', 'نبيل فارس']);
  });

  it('gives a dual («الرجلان», «الزعيمان») to the pair named together before, and keeps each of the two apart', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكرر بوتين وأردوغان خلال لقاء استغرق ساعتين انهما متفقان على الخطة.\n\nوقال أردوغان "نحن متفقون على كل شيء".\n\nواكد الرئيسان ان الوضع الحالي لا يمكن ان يستمر.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['بوتين وأردوغان', 'أردوغان', 'بوتين وأردوغان']);
  });

  it('goes on with two described by an indefinite dual («مصدران»), and not with them after a verb for one', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nقال مسؤولون في الاتحاد إن الاجتماع انتهى مساء الأحد.\n\nوقال مصدران مطلعان إن الخلاف ما زال قائما حول الميزانية.\n\nوأضافا أن التصويت تأجل إلى الشهر المقبل.\n\nوقالت سلوى حداد، الباحثة في مركز الدراسات، إن الأسواق تراقب.\n\nوتابعت أن الأسعار قد ترتفع.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مسؤولون في الاتحاد', 'مصدران مطلعان', 'مصدران مطلعان', 'سلوى حداد', 'سلوى حداد']);
    expect(quotes[2]?.speaker?.inferred).toBe(true);
  });

  it("names a pair by the two names, leaving the second one's title out", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الخارجية أيمن الصفدي ونظيره الفرنسي جان إيف لودريان في مؤتمر صحفي إن المحادثات كانت مثمرة.\n\nوأكد الوزيران أن اللجنة المشتركة ستجتمع قريبا.\n\nوقال لودريان إن باريس تدعم الاتفاق.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أيمن الصفدي وجان إيف لودريان', 'أيمن الصفدي وجان إيف لودريان', 'جان إيف لودريان']);
  });

  it('reads the subject past a preposition with its pronoun after the verb («فرد عليه النائب …»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال النائب سعيد الخالدي: «الحكومة تخفي الأرقام الحقيقية عن المواطنين».\n\nفرد عليه وزير المالية ماهر الصباغ، في الجلسة نفسها، قائلا: «الأرقام منشورة على موقع الوزارة».\n\nوردت عليه النائبة هدى القاسم بأن الموقع لا يحدّث منذ أشهر.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سعيد الخالدي', 'ماهر الصباغ', 'هدى القاسم']);
  });

  it('reads a body named in marks right after the verb, a setting after it, as the subject', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الداخلية إن الانتخابات جرت بهدوء.\n\nوقالت «الشبكة العربية لمراقبة الانتخابات» في بيان مساء الاثنين إن المراقبين منعوا من دخول عشرين مركزا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وزير الداخلية', 'الانتخابات جرت بهدوء'],
      ['الشبكة العربية لمراقبة الانتخابات', 'المراقبين منعوا من دخول عشرين مركزا'],
    ]);
  });

  it('reads «وكان X قد …» past a relative aside, marks and a time phrase, and gives «قد نقلت عن» to the source', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكان المركز الوطني للرصد، الذي تأسس قبل عامين، قد أعلن أن الزلزال بلغت قوته خمس درجات.\n\nوكان تقرير صادر عن منظمة " أطباء العالم " الشهر الماضي قد أفاد بأن المستشفيات تعمل بنصف طاقتها.\n\nوكانت صحيفة الرأي قد نقلت أمس عن مصدر حكومي قوله إن الحكومة ستستقيل.',
    );
    expect(quotes.map((q) => q.speaker?.name.replace(/[\s"]+/g, ' ').trim())).toEqual(['المركز الوطني للرصد', 'منظمة أطباء العالم', 'مصدر حكومي']);
  });

  it('reads «بان» before «كي» as the name «بان كي مون», not as «بأن»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الامين العام للامم المتحدة بان كي مون امس ان الحل السياسي هو الوحيد الممكن.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['بان كي مون', 'الحل السياسي هو الوحيد الممكن']]);
  });

  it("gives a description's quotes to the person the narration later names right after the same words", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nقالت وزيرة الصحة في تصريح للصحافيين إن اللقاح سيصل الأسبوع المقبل.\n\nوأضافت أن الأولوية لكبار السن.\n\nوكانت وزيرة الصحة ليلى الحسن قد زارت المستشفى الجامعي أمس.\n\nوقال مدير المستشفى إن الأسرّة ممتلئة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ليلى الحسن', 'ليلى الحسن', 'مدير المستشفى']);
  });

  it('gives words to the person whose surname a verb stands before, not to a name the verb was read into', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت وزيرة التربية سعاد بن عمارة إن الامتحانات ستجرى في موعدها.\n\nوسئل المدير العام كمال ولد بابه عن التسريبات فقال: «هذا كذب».\n\nواكتفت بن عمارة بالقول إن «التحقيق جار».\n\nوسئل ولد بابه عن موعد النتائج فقال: «بعد أسبوعين».',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سعاد بن عمارة', 'كمال ولد بابه', 'سعاد بن عمارة', 'كمال ولد بابه']);
  });

  it('gives relayed words to the source after «نقلا عن» or before «حسبما نقلت عنه», not to who relays them', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوذكرت وكالة الأنباء الرسمية نقلا عن مصدر مسؤول أن الحكومة ستستقيل.\n\nوأكد مصدر في الشرطة حسبما نقلت عنه وكالة الأنباء أن المتهمين اعتقلوا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مصدر مسؤول', 'الحكومة ستستقيل'],
      ['مصدر في الشرطة', 'المتهمين اعتقلوا'],
    ]);
  });

  it('gives a statement or report its issuer after «وفقا لـ» and in a construct chain', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nووفقا لبيان صادر عن الجيش، فقد قتل ثلاثة مسلحين.\n\nووفقا لتقرير منظمة العفو الدولية، فإن السجناء تعرضوا للتعذيب.\n\nوحسب تقرير لوزارة الطاقة والمعادن، فإن المتأخرات كبيرة.\n\nووفقا لتقرير صحفي أمريكي، فإن السجن أغلق.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الجيش', 'منظمة العفو الدولية', 'وزارة الطاقة والمعادن', 'تقرير صحفي أمريكي']);
  });

  it('reads «لـ» on a definite name before the complementiser as whom an untitled subject told', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقالت مصادر مطلعة للجزيرة نت إن الاجتماع فشل.\n\nوقال الأمين العام للأمم المتحدة إن الاجتماع فشل.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مصادر مطلعة', 'الأمين العام للأمم المتحدة']);
  });

  it('reads «هكذا» between a quotation and the verb after it as pointing back at the quotation', () => {
    const quotes = quotesOf('عنوان الخبر\n\n«لن نسمح بذلك»، هكذا قال الوزير.\n\n«القرار ظالم»، هكذا علق الوزير على القرار.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['الوزير', 'لن نسمح بذلك'],
      ['الوزير', 'القرار ظالم'],
    ]);
  });

  it('reads «المتحدث» as the spokesman the story named «الناطق», and «رئيس المجلس» as the speaker of the parliament', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nأعلن الناطق باسم الجيش اللبناني صالح حاج سليمان أن الجيش انتشر في الجنوب.\n\nوقال المتحدث إن الانتشار سيكتمل خلال أيام.\n\nوقال رئيس البرلمان اللبناني نبيه بري إن الحوار مستمر.\n\nوأكد رئيس المجلس أن الجلسة ستعقد الأسبوع المقبل.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['صالح حاج سليمان', 'صالح حاج سليمان', 'نبيه بري', 'نبيه بري']);
  });

  it('keeps a preposition on a noun in construct inside the role before the name («لإعادة إعمار العراق»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوأوضح المفتش العام الأميركي لإعادة إعمار العراق ستيوارت بوين أن الخسائر كبيرة.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'ستيوارت بوين', role: 'المفتش العام الأميركي لإعادة إعمار العراق' });
  });

  it('ends a titled name before «لـ» on a definite word: whom the person told', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال المحلل السياسي اللبناني سركيس نعوم للجزيرة نت إن الأزمة طويلة.\n\nوقال الخبير الاقتصادي محمد العيسى للجزيرة إن النمو سيتباطأ.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سركيس نعوم', 'محمد العيسى']);
  });

  it('keeps «فضل» in a name before «الله» («حسن فضل الله»), while «فضل عدم …» still ends an unnamed source', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nواعتبر النائب عن حزب الله حسن فضل الله أن الحكومة فقدت شرعيتها.\n\nوقال مصدر أمني فضل عدم الكشف عن هويته إن المهاجمين فروا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حسن فضل الله', 'مصدر أمني']);
  });

  it("reads a title in construct after a two-word name as its role («مجذوب الخليفة مستشار الرئيس»), not an unnamed source's", () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال مجذوب الخليفة مستشار الرئيس السوداني إن السودان يقبل بتسوية.\n\nوقال مصدر مسؤول في الوزارة إن الوفد سيعود.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'مجذوب الخليفة', role: 'مستشار الرئيس السوداني' });
    expect(quotes[1]?.speaker?.name).toBe('مصدر مسؤول في الوزارة');
  });

  it('ends a quote at «، غير أن X، apposition، قال» and «، لكن X، …، قال»: a subject with its apposition before a new verb', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال عباس إن الاتفاق قريب، غير أن الدكتور صلاح البردويل، المتحدث باسم كتلة «حماس» في المجلس التشريعي قال لـ«الشرق الأوسط» أمس إنه «لم يجر التوصل الى اتفاق».\n\nوقال هنية إن الحوار مستمر، لكن سامي أبو زهري، المتحدث باسم الحركة، قال إن الحوار متوقف.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['عباس', 'الاتفاق قريب'],
      ['صلاح البردويل', 'لم يجر التوصل الى اتفاق'],
      ['هنية', 'الحوار مستمر'],
      ['سامي أبو زهري', 'الحوار متوقف'],
    ]);
  });

  it('reads no subject of a participle from a quotation closing before it («… لكن عقدا لا تزال قائمة»، مؤكدا»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال موسى للصحافيين إن «هناك تقدما في بعض النقاط، لكن عقدا لا تزال قائمة»، مؤكدا أنه سيعود إلى بيروت قريبا.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['موسى', 'هناك تقدما في بعض النقاط، لكن عقدا لا تزال قائمة'],
      ['موسى', 'سيعود إلى بيروت قريبا'],
    ]);
  });

  it('ends a quote before «، في حين قال Y» and «، في حين أن Y قال»: whereas opens a clause of its own', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال عباس إن الاتفاق قريب، في حين قال صلاح البردويل إن الاتفاق لم يتم.\n\nوقال هنية إن الحوار مستمر، في حين أن سامي أبو زهري قال إن الحوار متوقف.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['عباس', 'الاتفاق قريب'],
      ['صلاح البردويل', 'الاتفاق لم يتم'],
      ['هنية', 'الحوار مستمر'],
      ['سامي أبو زهري', 'الحوار متوقف'],
    ]);
  });

  it('reads «يتوقع أن» describing the indefinite noun before it ("a visit expected to") as nobody\'s speech', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال المالكي إن الزيارة مهمة.\n\nوسيزور المالكي واشنطن في زيارة يتوقع أن يتصدرها موضوع القوات.');
    expect(quotes.map((q) => q.text)).toEqual(['الزيارة مهمة']);
  });

  it('reads a report «صادر عن» its issuer through «لـ» on a definite word, after «كشف» too, and «أظهر» a report as a cue', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكشف تقرير صادر عن الاتحاد الوطني للجان السياحية أن فرنسا استقبلت 76 مليون سائح.\n\nوأظهر تقرير أميركي أن العراق خسر 16 مليار دولار.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['الاتحاد الوطني للجان السياحية', 'فرنسا استقبلت 76 مليون سائح'],
      ['تقرير أميركي', 'العراق خسر 16 مليار دولار'],
    ]);
  });

  it('gives a quotation to whom «هذا ما قاله X» after it names, not to the last speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال ليوناردو إنه يحب الورود.\n\n«إن النقطة المسؤولة عن الذاكرة قد تأذت»، هذا ما قاله الدكتور جيلبرتو بونر.\n\n"الوضع خطير جدا"، هذا ما أكده وزير الخارجية سامح شكري في تصريحات صحفية.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['ليوناردو', 'يحب الورود'],
      ['جيلبرتو بونر', 'إن النقطة المسؤولة عن الذاكرة قد تأذت'],
      ['سامح شكري', 'الوضع خطير جدا'],
    ]);
  });

  it('reads «وتبين من حديثه أن» ("it turned out") as nobody\'s speech', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال ليوناردو إنه يحب الورود.\n\nوتبين من حديثه أنه لا يشعر بالمسؤولية.');
    expect(quotes.map((q) => q.text)).toEqual(['يحب الورود']);
  });

  it('reads the phrase opening the sentence as the subject past a relative clause between commas («الوزير، الذي …، قال»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال ليوناردو إنه يحب الورود.\n\nالوزير، الذي كان يتحدث في مؤتمر صحفي، قال إن الحكومة ستستقيل.\n\nأحد الأطباء النفسيين، الذي سألته جوليانا عن ذلك، قال إن هناك علاقة خفية بين المهنتين.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['ليوناردو', 'الوزير', 'أحد الأطباء النفسيين']);
  });

  it("keeps a body's name in marks in the subject when a parenthesis or a quotation follows it", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأعلنت مؤسسة "سيمبيوسيس" (Symbiosis) عن تعاونها مع المركز الطبي الجديد.\n\nوقالت شركة "أرامكو" "سنواصل الاستثمار في الطاقة النظيفة".',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text, q.kind])).toEqual([['شركة "أرامكو"', 'سنواصل الاستثمار في الطاقة النظيفة', 'direct']]);
  });

  it('reads «أوردت» (reported) and «يقدرون أن» (estimate that) as cues, and «تقدر قيمته بـ» as none', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nأوردت وكالة يونهاب الكورية الجنوبية ان الزعيم الكوري الشمالي تزوج.\n\nوكان خبراء الطاقة يقدرون أن العراق كان ينتج مليوني برميل.\n\nوتقدر قيمته بمليون دولار.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وكالة يونهاب الكورية الجنوبية', 'الزعيم الكوري الشمالي تزوج'],
      ['خبراء الطاقة', 'العراق كان ينتج مليوني برميل'],
    ]);
  });

  it("reads a paragraph opening on a person's name and a colon as that person's words, and a dateline as none", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال أنان إن الحرب يجب أن تتوقف.\n\nجون بولتون: وقف إطلاق النار مع الإرهابيين غير ممكن.\n\nلندن: تباينت أمس المواقف بين الفصائل.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text, q.kind])).toEqual([
      ['أنان', 'الحرب يجب أن تتوقف', 'indirect'],
      ['جون بولتون', 'وقف إطلاق النار مع الإرهابيين غير ممكن', 'direct'],
    ]);
  });

  it('reads a marked name right after the verb as its subject with a day before the complementiser, and «كما أن X قال» as X speaking', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\n(بيروت) - قالت "هيومن رايتس ووتش" اليوم إن إنشاء فريق عمل جديد خطوة مهمة.\n\nوقال الوزير إن الحكومة ستتحرك.\n\nكما أن الرئيس قال إن الانتخابات ستجري في موعدها.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['هيومن رايتس ووتش', 'إنشاء فريق عمل جديد خطوة مهمة'],
      ['الوزير', 'الحكومة ستتحرك'],
      ['الرئيس', 'الانتخابات ستجري في موعدها'],
    ]);
  });

  it('gives a title written feminine to the woman the story named before, in narration or as a speaker', () => {
    const narrated = quotesOf(
      'عنوان الخبر\n\nشهدت الجلسة نقاشا حادا بين وزيرة الإدماج الاقتصادي والتشغيل نادية بنكيران وعدد من نواب المعارضة.\n\nوأكدت الوزيرة أن الحكومة منفتحة على كل التعديلات.',
    );
    expect(narrated.map((q) => q.speaker?.name)).toEqual(['نادية بنكيران']);
    const heard = quotesOf(
      'عنوان الخبر\n\nودعا الوزير الأردني ونظيرته الألمانية كاترينا فولمر إلى فتح ممرات إنسانية.\n\nوقال الروسان إن المملكة ستواصل العمل.\n\nمن جهتها، أعلنت فولمر أن حكومة بلادها قررت تخصيص مساعدات إضافية.\n\nوقالت الوزيرة إن بلادها تراجع كل طلب على حدة.',
    );
    expect(heard.map((q) => q.speaker?.name)).toEqual(['الروسان', 'كاترينا فولمر', 'كاترينا فولمر']);
  });

  it('gives the verb opening a sentence the person a description names in apposition, for a verb conjoined later', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nودعت المبعوثة الأممية بالإنابة إلى ليبيا، الأمريكية جوليا ستيوارت-هانت، جميع الأطراف إلى وقف فوري لإطلاق النار، وقالت في تدوينة: «لا يمكن أن يبقى سكان طرابلس رهائن».\n\nوقالت الممثلة السامية للاتحاد الأوروبي للشؤون الخارجية كاثرين أشتون إن الاتحاد قلق.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['جوليا ستيوارت-هانت', 'المبعوثة الأممية بالإنابة إلى ليبيا'],
      ['كاثرين أشتون', 'الممثلة السامية للاتحاد الأوروبي للشؤون الخارجية'],
    ]);
  });

  it('gives the person named in apposition the words when the description before names nobody', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nمن جهتها، قالت المديرة الإقليمية لبرنامج الأغذية العالمي في الشرق الأوسط وشمال أفريقيا، الإيطالية كيارا بيانكي، إن البرنامج اضطر إلى خفض حصصه.',
    );
    expect(quotes[0]?.speaker).toMatchObject({ name: 'كيارا بيانكي', role: 'المديرة الإقليمية لبرنامج الأغذية العالمي في الشرق الأوسط وشمال أفريقيا' });
  });

  it('reads «لـ» on a definite word right after the verb and before a colon as whom the speaker told («وقال للمحكمة: …»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال المحامي سامي فرحات إن موكله بريء.\n\nوقال للمحكمة: "موكلي رجل أعمال تعثر مشروعه".');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامي فرحات', 'سامي فرحات']);
  });

  it('skips a setting or the one told between a third pair of commas before the complement', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت رئيسة الجمعية، رجاء الماجري، لوكالة تونس إفريقيا للأنباء، إن الشباب غابوا عن مكاتب الاقتراع.\n\nوقالت الدكتورة نوف القحطاني، المديرة العامة للأمراض المعدية بالوزارة، خلال مؤتمر صحفي في الرياض، إن الموسم الماضي شهد ارتفاعا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['رجاء الماجري', 'رئيسة الجمعية', 'الشباب غابوا عن مكاتب الاقتراع'],
      ['نوف القحطاني', 'المديرة العامة للأمراض المعدية بالوزارة', 'الموسم الماضي شهد ارتفاعا'],
    ]);
  });

  it('reads «لـ» on a name followed by the day it was told as whom the speaker told («لرويترز يوم الثلاثاء إن»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقالت مصادر في المجموعة لرويترز يوم الثلاثاء إن المجموعة تتجه إلى تمديد تخفيضاتها.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مصادر في المجموعة']);
  });

  it('reads a bare title in construct with a name («محافظ سوهاج») as a description of the person the story so titled', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nتفقد الوزير المشروعات، يرافقه الدكتور أيمن فتحي سليمان محافظ سوهاج.\n\nمن جانبه، قال محافظ سوهاج إن المحافظة انتهت من تسليم المنازل.\n\nوقال مسؤول فلسطيني إن اللقاء لم يتحدد بعد.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['أيمن فتحي سليمان', 'محافظ سوهاج'],
      ['مسؤول فلسطيني', undefined],
    ]);
  });

  it("keeps a body named in marks inside a title's complement in the role when an apposition's comma follows", () => {
    const quotes = quotesOf('عنوان الخبر\n\nقال بيرنار أنغو، رئيس "بروتان انتيرناسيونال"، وهي هيئة في خدمة المقاولات إن المغرب يعد وجهة مفضلة للمقاولات.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['بيرنار أنغو', 'المغرب يعد وجهة مفضلة للمقاولات']]);
  });

  it('reads «بـ» on a definite noun after the verb as how it was said, not as the speaker («قال بالدارجة:»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nودخل على خط النقاش النائب رشيد أولحاج، الذي قال بالدارجة: "واش معقول نهضرو على الدولة الاجتماعية؟"');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['رشيد أولحاج']);
  });

  it('reads a word of emphasis after a description as pointing back («وتابعت النائبة ذاتها», «المصادر نفسها»)', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('عنوان الخبر\n\nوقال الوزير محمد الأمين إن الأرقام مضللة.\n\nوأضاف الوزير ذاته أن الأسعار ارتفعت.')).toEqual([
      'محمد الأمين',
      'محمد الأمين',
    ]);
    expect(speakers('عنوان الخبر\n\nوقالت مصادر نيابية إن المشاورات مستمرة.\n\nوأفادت المصادر نفسها بأن الحكومة ستؤدي اليمين.')).toEqual([
      'مصادر نيابية',
      'مصادر نيابية',
    ]);
  });

  it("reads a dateline's credit after a colon as nothing said («الشارقة: «الخليج»»)", () => {
    expect(quotesOf('عنوان الخبر\n\nالشارقة: «الخليج»\n\nافتتح المعرض أبوابه صباح اليوم.')).toHaveLength(0);
  });

  it('reads «تروي» as a cue and a word of manner after the verb as no subject («تقول ضاحكة»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الروائية غيثة بنعبد الله إن الشارقة عاصمة للقارئ.\n\nوتروي بنعبد الله أن الرواية ولدت من حكاية جدتها. «ومن هذه الجملة كتبت ثلاثمئة صفحة»، تقول ضاحكة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['غيثة بنعبد الله', 'غيثة بنعبد الله', 'غيثة بنعبد الله']);
  });

  it('reads whom the words were turned to after the verb («وقال مخاطبا المحامين») as no subject, and a pledge with «بأن» as a cue', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'ورفع رئيس المحكمة خالد الرواشدة الجلسة إلى الأحد المقبل، وقال مخاطبا المحامين: "أرجو أن تلتزموا بالوقت".',
        'وكان رئيس الوزراء قد تعهد في أكثر من مناسبة بأن قضايا الفساد "لن تستثني أحدا مهما علا منصبه".',
        'وتعهد الوزير بدفع المستحقات كاملة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['خالد الرواشدة', 'أرجو أن تلتزموا بالوقت'],
      ['رئيس الوزراء', 'قضايا الفساد "لن تستثني أحدا مهما علا منصبه"'],
    ]);
  });

  it('reads a name after appositions in a topic fronted by «أما», and one definite word no table knows after «وتابع» as the speaker going on', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال الوزير محمد علي إن الوضع مستقر.',
        'أما المتحدث باسم كتائب عز الدين القسام، الجناح العسكري لحماس، أبو عبيدة، فقال في مؤتمر صحفي إن المقاومة خرجت أقوى.',
        'وتابع الملثم الذي ارتدى الزي العسكري: "صواريخنا ستبقى مصوبة".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['محمد علي', 'الوزير'],
      ['أبو عبيدة', 'المتحدث باسم كتائب عز الدين القسام، الجناح العسكري لحماس'],
      ['أبو عبيدة', 'المتحدث باسم كتائب عز الدين القسام، الجناح العسكري لحماس'],
    ]);
    // A surname the text wrote before in full is that person, not the speaker going on.
    const named = quotesOf(
      ['عنوان الخبر', 'والتقى الوفد رئيس البلدية حسام الشريف.', 'وقال الوزير محمد علي إن الوضع مستقر.', 'وتابع الشريف: "الوضع صعب".'].join('\n\n'),
    );
    expect(named.at(-1)?.speaker?.name).not.toBe('محمد علي');
  });

  it('reads a name through a word that elsewhere ends a subject («ابو ليلة»), and a short marked name closing a postposed attribution', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'في المقابل، اكد عضو المكتب السياسي لحركة "حماس" خليل ابو ليلة ان حركته لن تعترف باسرائيل.',
        'وقال ابو ليلة: "من يريد المصالحة عليه ان يفرج عن المعتقلين".',
        '"هذه ليست شروطا، هذه استحقاقات"، اضاف القيادي في "حماس".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['خليل ابو ليلة', 'حركته لن تعترف باسرائيل'],
      ['خليل ابو ليلة', 'من يريد المصالحة عليه ان يفرج عن المعتقلين'],
      ['خليل ابو ليلة', 'هذه ليست شروطا، هذه استحقاقات'],
    ]);
  });

  it('reads a name in apposition between an auxiliary and «قد» («وكان المتحدث ذاته، حسام الشريف، قد أكد»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال الوزير محمد علي إن الوضع مستقر.',
        'وكان المتحدث ذاته، حسام الشريف، قد أكد في تصريحات سابقة أن السعر المتفق عليه «عادل».',
        'أما المتحدث باسم الحركة، أبو عبيدة، فقال إن المقاومة خرجت أقوى.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد علي', 'حسام الشريف', 'أبو عبيدة']);
    // (One apposition in a fronted topic: the role without its comma.)
    expect(quotes[2]?.speaker?.role).toBe('المتحدث باسم الحركة');
  });

  it('ends an indefinite subject at a present verb describing it, takes the name after «يدعى», and reads a trade with adjectives as no name', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال وزير الخارجية الإيراني منوشهر متكي إن بلاده لن تتراجع.',
        'وقال دبلوماسي غربي رفيع يتابع الملف عن كثب، طالبا عدم نشر اسمه: "الإيرانيون يكسبون الوقت".',
        'وقال وزير الخارجية الإيراني في تصريحات نقلتها وكالة الأنباء الإيرانية الرسمية (إرنا) إن بلاده مستعدة للحوار.',
        'وفي وسط القاهرة، قال صاحب محل صرافة يدعى أشرف: "الناس مرتبكة".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['منوشهر متكي', 'دبلوماسي غربي رفيع', 'منوشهر متكي', 'أشرف']);
    expect(quotes[3]?.speaker?.role).toBe('صاحب محل صرافة');
  });

  it('ends a reported clause at «غير انهم» and a verb of saying with its complementiser, as at «لكنهم»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nويقول مسؤولون عراقيون وامريكيون ان العنف تراجع بشكل ملحوظ، غير انهم يحذرون من ان المتشددين ما زالوا قادرين.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مسؤولون عراقيون وامريكيون', 'العنف تراجع بشكل ملحوظ'],
      ['مسؤولون عراقيون وامريكيون', 'المتشددين ما زالوا قادرين'],
    ]);
  });

  it('ends a subject at a preposition before a bare noun in construct with one that has its own pronoun («في حيثيات حكمها»)', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقالت المحكمة في حيثيات حكمها إن القرار «صدر دون عرضه على مجلس الشعب».', 'وقال مسؤول في وزارة الخارجية إن الاتفاق جاهز.'].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['المحكمة', 'مسؤول في وزارة الخارجية']);
  });

  it('reads a past form right after «من» as a noun («من كتب أبنائه»), a present form there as a verb («من يرى أن»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال المواطن سمير الحلو إن المنزل دمر بالكامل.',
        'ويقول الحلو وهو يجمع ما تبقى من كتب أبنائه المدرسية: "سنبني من جديد".',
        'وهناك من يرى أن إعادة الإعمار ستستغرق سنوات.',
      ].join('\n\n'),
    );
    expect(quotes.slice(0, 2).map((q) => q.speaker?.name)).toEqual(['سمير الحلو', 'سمير الحلو']);
    expect(quotes[2]?.text).toBe('إعادة الإعمار ستستغرق سنوات');
  });

  it('matches a feminine title to the woman it was written before, through a glued «لـ» («للمخرجة … وقالت المخرجة»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nافتتح فيلم للمخرجة التونسية مريم الطرابلسي، مساء السبت، أيام قرطاج السينمائية.\n\nأما الناقدة المغربية سلمى بنعيسى، فكتبت أن الفيلم صادق.\n\nوقالت المخرجة في لقاء مع الصحفيين: "النهايات المفتوحة احترام لذكاء المتفرج".',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سلمى بنعيسى', 'مريم الطرابلسي']);
  });

  it('reads a topic fronted by «أما» and closed by a comma as the subject of «فـ» + verb', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير محمد علي إن الوضع مستقر.\n\nأما المعارضة، فترى أن الحكومة فشلت.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد علي', 'المعارضة']);
  });

  it('gives the head of a body «برئاسة» her its description («وقالت رئيسة البعثة»)', () => {
    const [quote] = quotesOf(
      'عنوان الخبر\n\nاختتمت بعثة صندوق النقد الدولي، برئاسة الإسبانية كريستينا مارتين، زيارتها إلى عمان.\n\nوقالت رئيسة البعثة، في بيان صحفي، إن الاقتصاد الأردني أظهر صمودا.',
    );
    expect(quote?.speaker?.name).toBe('كريستينا مارتين');
  });

  it('names the person in apposition after a description whose title governs another name («ووزير تطوير القطاع العام»)', () => {
    const [quote] = quotesOf(
      'عنوان الخبر\n\nوفي تعليقه للصحيفة، قال الخبير الاقتصادي ووزير تطوير القطاع العام الأسبق، الدكتور سامر عودة، إن شهادة الصندوق مهمة.',
    );
    expect(quote?.speaker?.name).toMatch(/^سامر عودة/);
  });

  it('reads the noun after «غير أن» as the subject, the words after the verb as whom it told', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nغير أن مصادر أمنية مطلعة أفادت صحيفة "الشرق" بأن الهجوم من نوع الفدية.');
    expect(quote?.speaker?.name).toBe('مصادر أمنية مطلعة');
  });

  it('gives «وفق ما جاء في بلاغ صادر عن البنك» to the bank named before', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nقرر مجلس إدارة البنك المركزي التونسي الإبقاء على نسبة الفائدة دون تغيير، وفق ما جاء في بلاغ صادر عن البنك إثر الاجتماع.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['البنك المركزي التونسي']);
  });

  it('reads «الكاتبة» as the novelist named before («الروائية الجزائرية أمينة بلقاسمي»)', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nظنت الروائية الجزائرية أمينة بلقاسمي أن مكروها أصاب عائلتها.\n\nوقالت الكاتبة إن الرواية تتبع ثلاث نساء.');
    expect(quote?.speaker?.name).toBe('أمينة بلقاسمي');
  });

  it('reads «بـ» on a noun of manner after a title as how it was said («وأضاف الإمام بحزن شديد»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nقال الإمام حبيب ما جونغ يي إن العشيرة تعود إلى أصولها.\n\nوأضاف الإمام بحزن شديد وبلغة عربية سليمة أن الحكومة عينته في هذا المنصب.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حبيب ما جونغ يي', 'حبيب ما جونغ يي']);
  });

  it('reads the name after «باسم» as whom a spokesman speaks for, not the speaker', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('عنوان الخبر\n\nوقال متحدث باسم أولمرت إنه ليس لديه معلومات عن هذا الاجتماع.')).toEqual(['متحدث باسم أولمرت']);
    expect(speakers('عنوان الخبر\n\nوقال المتحدث باسم الرئيس محمود عباس إن الاجتماع تأجل.')).toEqual(['المتحدث باسم الرئيس محمود عباس']);
    expect(speakers('عنوان الخبر\n\nوقال الناطق باسم حركة حماس سامي أبو زهري إن الاجتماع تأجل.')).toEqual(['سامي أبو زهري']);
  });

  it('matches «رئيس الحكومة» to the person so described in narration, the office read as «رئيس الوزراء» on both sides', () => {
    const [quote] = quotesOf(
      'عنوان الخبر\n\nوكان موسى قد التقى رئيس مجلس النواب نبيه بري في عين التينة، ثم رئيس الحكومة فؤاد السنيورة في السراي.\n\nوقال رئيس الحكومة في كلمة ألقاها: «لن نخضع للضغوط».',
    );
    expect(quote?.speaker?.name).toBe('فؤاد السنيورة');
  });

  it('matches «المسؤول الإيراني» to the official whose role names Iranians, in any number or gender', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nقال كبير المفاوضين الإيرانيين في الملف النووي علي لاريجاني إن المحادثات حققت تقدما.\n\nوقال رئيس الوزراء التركي إن بلاده ترحب.\n\nوأكد المسؤول الإيراني أن بلاده لن تعلق التخصيب.',
    );
    const names = quotes.map((q) => q.speaker?.name);
    expect(names[0]).toMatch(/علي لاريجاني$/);
    expect(names[2]).toBe(names[0]);
  });

  it("reads «لـ» after a title and its adjective as the title's complement, and after a complete title as whom it was told", () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('عنوان الخبر\n\nأكد الأمين العام لـ«حزب الله» السيد حسن نصر الله أن المقاومة ستواصل التصدي.')).toEqual(['حسن نصر الله']);
    expect(speakers('عنوان الخبر\n\nوقال مدير المركز لـ"إرم نيوز" إن الوضع مستقر.')).toEqual(['مدير المركز']);
  });

  it('reads no attribution in a negated verb, and an accusative participle with its object after the subject as how it was said', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    expect(speakers('عنوان الخبر\n\nوقال نصر الله في الكلمة التي سجلت في مكان لم يكشف عنه: «نحن لم نطلب هذه الحرب».')).toEqual(['نصر الله']);
    expect(
      speakers('عنوان الخبر\n\nوقال الرئيس العراقي السابق صدام حسين إن المحكمة غير شرعية.\n\nوأضاف الرئيس السابق مخاطبا القاضي: "أنتم لا تحكمون".'),
    ).toEqual(['صدام حسين', 'صدام حسين']);
  });

  it("finds a title inside a speaker's role for a description with an adjective («الجنرال الأمريكي»), and knows «المدعي العام»", () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name);
    const petraeus = speakers(
      'عنوان الخبر\n\nأكد قائد القوات المتعددة الجنسيات في العراق الجنرال ديفيد بترايوس أن الخطة تحقق تقدما.\n\nوقال الجنرال الأمريكي في مؤتمر صحافي إن عمليات القتل تراجعت.',
    );
    expect(petraeus[1]).toBe(petraeus[0]);
    expect(petraeus[0]).toMatch(/ديفيد بترايوس$/);
    expect(speakers('عنوان الخبر\n\nوقال المدعي العام الأرجنتيني لويس مورينو أوكامبو إن ما جرى لم يكن صدفة.')[0]).toMatch(/^لويس مورينو أوكامبو/);
  });

  it('reads an indefinite phrase opening the sentence right before the verb as its subject, not a particle with its pronoun', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(speakers('عنوان الخبر\n\nوقال الوزير خالد العلي إن الحكومة ستدعم الفلاحين. مصادر دبلوماسية ذكرت أن اللقاء تم في عمان.')).toEqual([
      'خالد العلي',
      'مصادر دبلوماسية',
    ]);
    expect(speakers('عنوان الخبر\n\nوقال الوزير خالد العلي إن الحكومة ستدعم الفلاحين. لكنه أضاف أن الدعم سيكون محدودا.')).toEqual(['خالد العلي', 'خالد العلي']);
  });

  it('reads «لنا» after the verb and «بإمكانية» before the complementiser as no subject', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(speakers('عنوان الخبر\n\nوقالت الوزيرة سلمى حداد إن الخطة جاهزة. وقالت لنا والحديث يدور حول المستقبل: "لست متشائمة أبدا".')).toEqual([
      'سلمى حداد',
      'سلمى حداد',
    ]);
    expect(speakers('عنوان الخبر\n\nوأثنى العداء سعيد عويطة على اللاعبة، وتكهن بإمكانية أن تحقق نتائج أفضل في الملتقيات القادمة.')).toEqual(['سعيد عويطة']);
    expect(speakers('عنوان الخبر\n\nوقال المؤرخ سالم الحداد إن الزيارة موثقة. وتؤكد باستمرار أن المسجد بني في القرن السابع.')).not.toContain('باستمرار');
  });

  it('reads a definite family name before a title as the name, the title as its role («البدري مدير الكرة»)', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوقال البدري مدير الكرة إن حالة اللاعب مطمئنة وأصبح جاهزا للمشاركة.');
    expect([quote?.speaker?.name, quote?.speaker?.role]).toEqual(['البدري', 'مدير الكرة']);
  });

  it('reads the subject between an auxiliary opening the sentence and a comma before the verb («وكانت المحكمة …، اعتبرت»)', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(speakers('عنوان الخبر\n\nوكانت المحكمة العليا الاميركية، اعتبرت (الخميس) ان الرئيس تجاوز صلاحياته بانشاء المحاكم العسكرية.')).toEqual([
      'المحكمة العليا الاميركية',
    ]);
  });

  it('weighs a name in apposition without its rank and the links of its lineage («المتحدث باسم الهيئة، المقدم عبد الله بن سيف الحبسي:»)', () => {
    const [colon, commas] = quotesOf(
      'عنوان الخبر\n\nودعت الهيئة العامة للدفاع المدني المواطنين إلى عدم عبور الأودية. وقال المتحدث باسم الهيئة، المقدم عبد الله بن سيف الحبسي: "أكثر حالات الغرق سببها عبور الأودية بالمركبات".\n\nوقال رئيس اللجنة، عبد الرحمن بن سالم آل ثاني، إن الجولة تجري وسط أجواء إيجابية.',
    );
    expect([colon?.speaker?.name, colon?.speaker?.role]).toEqual(['عبد الله بن سيف الحبسي', 'المتحدث باسم الهيئة']);
    expect([commas?.speaker?.name, commas?.speaker?.role]).toEqual(['عبد الرحمن بن سالم آل ثاني', 'رئيس اللجنة']);
  });

  it('keeps a clause between commas that is longer than a name as no name («بحسب مصدر، فضل عدم الكشف عن هويته، فإن …»)', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوبحسب مصدر من عمالة الإقليم، فضل عدم الكشف عن هويته، فإن السلطات تتابع الملف عن كثب.');
    expect(quote?.speaker?.name).toBe('مصدر من عمالة الإقليم');
  });

  it('reads a name in apposition closed by a colon after one comma («قال قائد الفريق، عبد الرحمن آل مفرح: «…»»)', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nمن جهته، قال قائد الفريق، عبد الرحمن آل مفرح: «نعرف قيمة هذه المباراة لجماهيرنا، وسنقاتل على كل كرة».');
    expect([quote?.speaker?.name, quote?.speaker?.role]).toEqual(['عبد الرحمن آل مفرح', 'قائد الفريق']);
  });

  it('reads «المتحدث» alone, with no spokesman before, as the person heard last', () => {
    const speakers = (t: string) => quotesOf(t).map((q) => q.speaker?.name ?? null);
    expect(
      speakers(
        'عنوان الخبر\n\nمن جهته، قال النائب عن الفريق الحركي، الحسين العلوي، إن الناس في الجبل يعانون.\n\nوحذر المتحدث من أن استمرار الوضع سيدفع بموجات جديدة من الهجرة.',
      ),
    ).toEqual(['الحسين العلوي', 'الحسين العلوي']);
  });
});

describe('Arabic subjects that end before how, to what or about what it was said', () => {
  it('ends a name at a word of manner, at a noun with its own pronoun closing the clause, and at a preposition before a demonstrative', () => {
    const quotes = quotesOf(
      'عنوان\n\n"كل ما أريده أن يعرف الناس ماذا حدث لابني"، تقول نجلاء بصوت متهدج، قبل أن يصطحبها أقاربها.\n\n"البادية كانت تطعم المدينة"، يختم ولد سيدي عالي حديثه، وهو يسوق قطيعه.\n\nويرد الحيالي على ذلك بالقول إن شركته مسجلة منذ 2009.\n\nوقال رئيس مجلس النواب نبيه بري إن الجلسة تأجلت.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نجلاء', 'ولد سيدي عالي', 'الحيالي', 'نبيه بري']);
  });

  it('reads the subject of a verb opening a sentence past a fronted setting, up to a preposition, and only for a verb of its gender', () => {
    const quotes = quotesOf(
      'عنوان\n\nوأضاف القاضي البلجيكي سيرج براميرتز، رئيس لجنة التحقيق في اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري، أن اللجنة أحرزت تقدما.\n\nوفي بيروت، رحب رئيس الحكومة اللبنانية فؤاد السنيورة بالتقرير، وقال في تصريح للصحافيين: "نحن مطمئنون".\n\nوأكد رئيس الحكومة أن لبنان سيواصل مساعيه.\n\nمن جانبه، قال رئيس دائرة النقل في مجلس بلدة عين الورد، وسيم قطان، إن المجلس شكل دوريات.\n\nوفي هذا السياق، وجه الوزير بالتنسيق مع وزارة الموارد المائية، مؤكدا أن المطالب هي البوصلة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سيرج براميرتز', 'فؤاد السنيورة', 'فؤاد السنيورة', 'وسيم قطان', 'الوزير']);
    expect(quotes[1]?.speaker?.role).toBe('رئيس الحكومة اللبنانية');
    const asked = quotesOf('عنوان\n\nوفي ختام الجلسة، سأل المهندي الكاتبة منيرة السليطي عما بقي من جدتها في الرواية، فأجابت: "كل شيء تقريبا، إلا النهاية".');
    expect(asked.map((q) => q.speaker?.name)).not.toContain('المهندي');
  });

  it("reads a title in construct with a body as that body's unnamed officer, and keeps a description before a name in apposition as its role", () => {
    const quotes = quotesOf(
      'عنوان\n\nوقال مدرب منتخب مصر إن الفريق جاهز.\n\nوقال مدير شركة أرامكو إن الأسعار سترتفع.\n\nوقال مدرب الأهلي حسام البدري إن اللاعبين جاهزون.\n\nودعت المبعوثة الأممية بالإنابة إلى ليبيا، الأمريكية جوليا ستيوارت-هانت، الأطراف إلى الحوار، مؤكدة أن الحل سياسي.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مدرب منتخب مصر', 'مدير شركة أرامكو', 'حسام البدري', 'جوليا ستيوارت-هانت']);
    expect(quotes[3]?.speaker?.role).toBe('المبعوثة الأممية بالإنابة إلى ليبيا');
  });

  it('gives a report «صادر أمس عن» its issuer past the word of time', () => {
    const quotes = quotesOf('عنوان\n\nذكر تقرير صادر أمس عن شركة "بلو كيستون" للاستشارات العقارية أن متوسط أسعار الشقق ارتفع.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['شركة "بلو كيستون" للاستشارات العقارية']);
  });

  it('reads a subject before an aside asking not to be named, or one opening on «وهي», an indefinite one too', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مدير المستشفى خالد سعيد إن الوضع تحت السيطرة.\n\nطبيبة مقيمة في القسم، فضلت عدم الكشف عن اسمها، قالت لـ"الغد" خلال جولة ميدانية إن القسم يستقبل ضعف طاقته.\n\nغير أن أم فيصل، وهي من سكان الحي منذ عشرين عاما، ترى أن المشكلة تتكرر كل شتاء.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.inferred ?? false])).toEqual([
      ['خالد سعيد', false],
      ['طبيبة مقيمة في القسم', false],
      ['أم فيصل', false],
    ]);
  });

  it('reads a subject before its verb past a fronted setting, and a long title with «باسم» whole', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس البلدية خالد سعيد إن الوضع تحت السيطرة.\n\nفي المقابل، مصادر مطلعة كشفت لـ"عكاظ" أن البلدية تلقت تقريرا.\n\nوفي بيروت، قوات الأمن قالت إن الوضع هادئ.\n\nفي المقابل، اتهم المتحدث الرسمي باسم الجيش السوداني العميد نبيل عبد الماجد الطرف الآخر بالمماطلة، وقال إن الوفد رفض.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['خالد سعيد', 'مصادر مطلعة', 'قوات الأمن', 'نبيل عبد الماجد']);
  });

  it('reads the topic after «أما» past an aside about it, without «أما»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال سكان في القرية إن المياه شحيحة.\n\nأما أم إياد، التي تزرع مع زوجها دونمين بالخضار، فتقول إن العائلة تخلت عن زراعة البندورة.\n\nأما أم وليد، وهي ربة منزل في حي المنصورة، فتقول إن سعر الدقيق ارتفع.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سكان في القرية', 'أم إياد', 'أم وليد']);
  });

  it('does not take a spokesman, or a title of another origin, for the person the paragraph before is about', () => {
    const lead = 'عنوان الخبر\n\nيزور رئيس الوزراء البريطاني توني بلير واشنطن الاسبوع المقبل.\n\n';
    const speaker = (t: string) => quotesOf(lead + t).at(-1)?.speaker?.name;
    expect(speaker('وقال المتحدث باسم البيت الابيض ان البلدين يتقاسمان الاهداف نفسها.')).toBe('المتحدث باسم البيت الابيض');
    expect(speaker('وقال الرئيس الاميركي ان البلدين يتقاسمان الاهداف نفسها.')).toBe('الرئيس الاميركي');
    // The same origin still points back at him.
    expect(speaker('وقال المسؤول البريطاني ان البلدين يتقاسمان الاهداف نفسها.')).toBe('توني بلير');
  });

  it('reads a mayor, a consul or a cleric of a place as the role of the name after it', () => {
    const speakers = (t: string) => quotesOf(`عنوان الخبر\n\n${t}`).map((q) => [q.speaker?.name, q.speaker?.role]);
    expect(speakers('أكد عمدة لندن كين ليفنغستون أن الوضع خطير.')).toEqual([['كين ليفنغستون', 'عمدة لندن']]);
    expect(speakers('وقال مطران بيروت بولس مطر إن الحوار ضروري.')).toEqual([['بولس مطر', 'مطران بيروت']]);
  });

  it('reads an aside that says whose name the subject is («كما يلقب هنية») as naming the speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس الوزراء الفلسطيني اسماعيل هنية ان الحكومة صامدة.\n\nواضاف ابو العبد، كما يلقب هنية، ان حكومته ستواصل تحمل مسؤولياتها.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['اسماعيل هنية', 'اسماعيل هنية']);
  });
  it('ends the subject before a word of time after the name («واوضح البدري حينها»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكان الامين العام لاوبك عبدالله البدري اكد ان المنظمة ستجتمع في فيينا.\n\nواوضح البدري حينها ان كل الخيارات مطروحة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبدالله البدري', 'عبدالله البدري']);
  });

  it('ends the subject of the verb a participle continues before what the verb takes with «بـ»', () => {
    const speakers = (t: string) => quotesOf(`عنوان الخبر\n\n${t}`).map((q) => q.speaker?.name);
    expect(speakers('وطالب رئيس الوزراء بتشكيل لجنة تحقيق مستقلة، قائلا ان الحكومة لن تتهاون.')).toEqual(['رئيس الوزراء']);
    expect(speakers('وطالب ممثل النيابة العامة بتوقيع اقصى العقوبة على المتهمين قائلا ان "الجريمة هزت المجتمع".')).toEqual(['ممثل النيابة العامة']);
    // A complement with «بـ» that is definite still belongs to the title.
    expect(speakers('ورحب السفير الأميركي بمجلس الأمن جون بولتون بالقرار، مؤكدا انه خطوة مهمة.')).toEqual(['جون بولتون']);
  });
  it('ends a source after «بحسب ما قال» before where it was said', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الصحة سليمان العتيبي ان الوضع مستقر.\n\n"لا نريد أن يتحول موسم الحج إلى بؤرة لنشر المرض"، بحسب ما قال العتيبي في ختام المؤتمر الصحافي.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سليمان العتيبي', 'سليمان العتيبي']);
  });

  it('reads past an adverb opening the sentence to a verb of the fifth form, his, whose subject a participle goes with', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير المالية محمد الجاسر ان الموازنة متوازنة.\n\nوهنا تدخل النائب بدر الحمدان قائلا: "هذه الارقام غير دقيقة".',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد الجاسر', 'بدر الحمدان']);
  });
  it('gives what an outlet relays «عنه» to whom the pronoun means, or to the title its subject is in construct with', () => {
    const speakers = (t: string) => quotesOf(`عنوان الخبر\n\nوقال وزير الدفاع الايراني حسين رضائي ان بلاده لن تتراجع.\n\n${t}`).map((q) => q.speaker?.name);
    expect(speakers('ونقلت وكالة الانباء الايرانية الرسمية (ارنا) عنه قوله: "على دول الخليج ان تنظر الى مشاكلها".')).toEqual(['حسين رضائي', 'حسين رضائي']);
    expect(speakers('في المقابل، نقل زوار رئيس المجلس نبيه بري عنه قوله إن «الحل يبدأ بحكومة وحدة وطنية».')).toEqual(['حسين رضائي', 'نبيه بري']);
  });
  it("reads the name after a spokesman's complete role even when the tagger took it for a place or it opens on «صباح»", () => {
    const speakers = (t: string) => quotesOf(`عنوان الخبر\n\n${t}`).map((q) => [q.speaker?.name, q.speaker?.role]);
    expect(speakers('من جهته، قال المتحدث باسم حكومة الإقليم كاروان عزيز إن تهديدات بغداد «لن تخيف المشترين».')).toEqual([
      ['كاروان عزيز', 'المتحدث باسم حكومة الإقليم'],
    ]);
    expect(speakers('وقال المتحدث باسم وزارة النفط العراقية صباح الموسوي إن عملية البيع «غير قانونية».')).toEqual([
      ['صباح الموسوي', 'المتحدث باسم وزارة النفط العراقية'],
    ]);
    // «صباح» before a day is still the morning it was said.
    expect(speakers('وقال المتحدث باسم الوزارة صباح الاثنين ان الوزارة ستلاحق المشترين.')).toEqual([['المتحدث باسم الوزارة', undefined]]);
  });
  it('reads a name written with «آ» after a role as the name, not as «أنا» opening unmarked words', () => {
    const quotes = quotesOf('عنوان الخبر\n\nمن جانبها، قالت ممثلة منظمة الصحة العالمية في المغرب آنا لوبيز إن الإجراءات المغربية «جاءت في الوقت المناسب».');
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([['mixed', 'آنا لوبيز', 'الإجراءات المغربية «جاءت في الوقت المناسب»']]);
  });

  it("matches a generic title and adjective with the noun the adjective is made from after a body's noun, of the same gender", () => {
    const lead = 'عنوان الخبر\n\nوأعلن مدير مديرية علم الأوبئة بوزارة الصحة سعيد المراكشي أن عدد الإصابات ارتفع إلى 86 حالة.\n\n';
    const last = (t: string) => quotesOf(lead + t).at(-1)?.speaker?.name;
    expect(last('وأوضح المسؤول الصحي أن أغلب الحالات وافدة من الخارج.')).toBe('سعيد المراكشي');
    // «المحلي» is not made from a quarter «محلة» the words around a woman name.
    expect(
      quotesOf('عنوان الخبر\n\nتقول أم أحمد، التي تعيش في محلة الميدان، إن الشركة اختفت.\n\nولفت المسؤول المحلي إلى أن المحافظة أحالت الملفات.').at(-1)?.speaker
        ?.name,
    ).not.toBe('أم أحمد');
  });
  it("gives a participle the body that opens its sentence, named or by its head noun, without the verb's object", () => {
    const speakers = (t: string) => quotesOf(`عنوان الخبر\n\n${t}`).map((q) => q.speaker?.name);
    expect(speakers('واتهمت حركة حماس اسرائيل بعرقلة جهود التهدئة، مؤكدة ان الحركة لن تقبل بشروط الاحتلال.')).toEqual(['حركة حماس']);
    expect(speakers('وانتقدت المنظمة القرار، مؤكدة أنه يخالف القانون.')).toEqual(['المنظمة']);
    // An adjective after the head noun is still the body's.
    expect(speakers('وانتقدت المنظمة الدولية القرار، مؤكدة أنه يخالف القانون.')).toEqual(['المنظمة الدولية']);
  });
  it('reads «كبير» in construct as a title («كبير المفاوضين الفلسطينيين نبيل العلمي»), «مسؤول كبير» still a senior official', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال كبير المفاوضين الفلسطينيين نبيل العلمي إن المفاوضات متوقفة.\n\nوقال مسؤول كبير ان الجولة المقبلة لم تتحدد.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['نبيل العلمي', 'كبير المفاوضين الفلسطينيين'],
      ['مسؤول كبير', undefined],
    ]);
  });
  it('names a description by the person a title with its complement and a name introduce later, when only adjectives differ', () => {
    const quotes = quotesOf(
      [
        'رئيس الحكومة اللبنانية: "لن نسمح بتحويل الجنوب إلى ساحة مفتوحة"',
        'دان رئيس الحكومة اللبنانية الغارات، وقال في بيان إن هذه الاعتداءات تشكل خرقا فاضحا للاتفاق.',
        'وقال رئيس الحكومة سليم حمادة خلال استقباله السفراء: "الدولة وحدها صاحبة القرار".',
        'وأكد كبير مفاوضي المجموعة العربية أن الدول الغنية لم تف بوعودها.',
        'وقال كبير مفاوضي مجموعة الـ77 رافائيل أورتيز إن التمويل غير كاف.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سليم حمادة', 'سليم حمادة', 'سليم حمادة', 'كبير مفاوضي المجموعة العربية', 'رافائيل أورتيز']);
  });
  it('reads a body named by its noun, adjectives and a complement with «لـ» whole («الهيئة العليا للانتخابات»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وأعلنت الهيئة العليا للانتخابات أن نسبة المشاركة بلغت 18 في المئة.',
        'وقالت المفوضية العليا المستقلة للانتخابات في العراق إن النسبة قد تصل إلى 72 في المئة.',
        'وقالت الخارجية الأمريكية للصحفيين إن الوضع مستقر.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الهيئة العليا للانتخابات', 'المفوضية العليا المستقلة للانتخابات في العراق', 'الخارجية الأمريكية']);
  });
  it('gives a title and an origin to the counterpart («ونظيره الأردني») with that origin, who shares the title', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'بحث وزير الخارجية المصري أحمد أبو الغيط ونظيره الأردني صلاح البشير اليوم سبل إحياء عملية السلام.',
        'وقال الوزير المصري في مؤتمر صحافي إن المؤتمر يجب أن يخرج بنتائج ملموسة.',
        'من جهته، قال الوزير الأردني إن المملكة تنسق مع مصر بشكل كامل.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد أبو الغيط', 'صلاح البشير']);
  });
  it('gives «نظيره التركي» (his Turkish counterpart) to the person named before with that origin', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وفي أنقرة، قال وزير الداخلية التركي مراد كايا إن أكثر من 175 ألف سوري عادوا طوعا.',
        'وقال وزير الداخلية السوري عمار الحموي إن الوزارة خصصت مسارات سريعة للعائدين.',
        'وأكد الوزير السوري أن ملف الممتلكات سيعالج عبر لجان مستقلة، بينما شدد نظيره التركي على أن بلاده لن ترغم أي لاجئ على المغادرة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مراد كايا', 'عمار الحموي', 'عمار الحموي', 'مراد كايا']);
  });
  it('gives words naming nobody that stood around a person named before to that person', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'افتتح خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز آل سعود المؤتمر في مدريد أمس.',
        'وأضاف خادم الحرمين الشريفين: «جئتكم من مهوى قلوب المسلمين».',
        'وقال مصدر دبلوماسي إن المؤتمر سيستمر ثلاثة أيام.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبد الله بن عبد العزيز آل سعود', 'مصدر دبلوماسي']);
  });
  it('gives definite words naming nobody after a verb that goes on to the speaker going on', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'ورفض أيمن نور النتائج، وقال للصحافيين إن الانتخابات شابها تزوير منظم.',
        'وأضاف المرشح الخاسر: «نحن لا نطعن في فوز الرئيس بقدر ما نطعن في الأرقام».',
        'وقالت لويزة حنون إن الأرقام المعلنة مضخمة.',
        'وأضافت المرشحة اليسارية: «لقد خضنا هذه الانتخابات لنقول إن هناك بديلا».',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أيمن نور', 'أيمن نور', 'لويزة حنون', 'لويزة حنون']);
  });
  it('reads «للوكالة» after a title and its adjectives as the body the title belongs to, not a news agency told', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال المدير العام السابق للوكالة الدولية للطاقة الذرية محمد البرادعي إن البرلمان الجديد فقد شرعيته.',
        'وقال المتحدث باسم الحزب لوكالة الأنباء الفرنسية إن الحزب سيقاطع الجولة الثانية.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['محمد البرادعي', 'المدير العام السابق للوكالة الدولية للطاقة الذرية'],
      ['المتحدث باسم الحزب', undefined],
    ]);
  });
  it('ends a titled subject at a definite noun after its adjective: the object of the verb, not more of the title', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وناشد الرئيس الصومالي الدول الغربية بدعم التغييرات، وقال إنه لا يوجد عداء ضد واشنطن في الصومال.',
        'واستقبل وزير الخارجية الأردني السفراء العرب، وأكد أن الاتصالات مستمرة.',
        'وقال الأمين العام للأمم المتحدة إن المساعدات لم تصل بعد.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الرئيس الصومالي', 'وزير الخارجية الأردني', 'الأمين العام للأمم المتحدة']);
  });
  it('names a description by the person introduced with its title and complement made definite, and the headline with it', () => {
    const quotes = quotesOf(
      [
        'درنة.. عميد البلدية يقول إن عدد الضحايا قد يصل إلى 20 ألفا',
        'قال عميد بلدية درنة إن عدد ضحايا الفيضانات قد يتراوح بين 18 و20 ألف قتيل.',
        'وأوضح عميد البلدية صالح الغرياني أن فرق الإنقاذ لم تتمكن من الوصول إلى الأحياء المنكوبة.',
        'وأكد كبير مفاوضي المجموعة العربية أن الدول الغنية لم تف بوعودها.',
        'وقال كبير مفاوضي مجموعة الـ77 رافائيل أورتيز إن التمويل غير كاف.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['صالح الغرياني', 'عميد بلدية درنة'],
      ['صالح الغرياني', 'عميد بلدية درنة'],
      ['صالح الغرياني', 'عميد بلدية درنة'],
      ['كبير مفاوضي المجموعة العربية', undefined],
      ['رافائيل أورتيز', 'كبير مفاوضي مجموعة الـ77'],
    ]);
  });
  it('reads «الشريك الإداري» as a title: a body named in marks in its complement, then the name in apposition', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقالت الشريكة الإدارية في صندوق «نخلة كابيتال»، ريم العنزي، إن المستثمرين باتوا أكثر انتقائية.',
        'من جانبه، قال الشريك الإداري في «سنام كابيتال»، فيصل العمري، إن الشركة تمثل نموذجا نادرا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.text])).toEqual([
      ['ريم العنزي', 'الشريكة الإدارية في صندوق «نخلة كابيتال»', 'المستثمرين باتوا أكثر انتقائية'],
      ['فيصل العمري', 'الشريك الإداري في «سنام كابيتال»', 'الشركة تمثل نموذجا نادرا'],
    ]);
  });
  it('reads a name the entity stage missed, its role after it, before a relative pronoun («اركي لبكانين عضو … الذي صرح»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وتجاهل اليورو التعليقات المتشددة من اركي لبكانين عضو المجلس الحاكم للبنك المركزي الاوروبي الذي صرح بأن أسعار الفائدة مازالت منخفضة.',
        'وقال اركي لبكانين عضو المجلس الحاكم للبنك المركزي الاوروبي إن النمو قوي.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['اركي لبكانين', 'عضو المجلس الحاكم للبنك المركزي الاوروبي'],
      ['اركي لبكانين', 'عضو المجلس الحاكم للبنك المركزي الاوروبي'],
    ]);
  });
  it('gives a verb describing the noun before it («كلمة … قال فيها») the subject of «وقد سجل صاحب السمو رئيس الدولة في نهاية الجولة»', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وصل صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة ظهر أمس إلى الدار البيضاء.',
        'وكان الملك محمد السادس في مقدمة المستقبلين.',
        'وقام صاحب السمو رئيس الدولة وأعضاء الوفد المرافق بجولة لمختلف مرافق المسجد.',
        "وقد سجل صاحب السمو رئيس الدولة في نهاية الجولة كلمة في السجل الذهبي بالمسجد قال فيها '' يطيب لي ويسعدني بعد هذه الجولة ''.",
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['خليفة بن زايد آل نهيان', 'صاحب السمو رئيس الدولة']]);
  });
  it('gives a participle the kunya opening its sentence as subject («وروت أم عبدالله، …، معاناة أسرتها قائلة:»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقالت رئيسة إحدى الجمعيات الأهلية، منيرة الصالح، إن الضبطيات الكبيرة ضرورية.',
        'وروت أم عبدالله، والدة شاب يخضع للعلاج من الإدمان، معاناة أسرتها قائلة: "ابني بدأ بحبة واحدة أعطاه إياها صديق".',
        'وأضافت أن ابنها بدأ يستعيد حياته تدريجيا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['منيرة الصالح', 'أم عبدالله', 'أم عبدالله']);
  });
  it('reads «الصحفيين» after a title in construct as its complement, not as whom it was told («نقيبة الصحفيين التونسيين ريم المرزوقي»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'طالبت النقابة بالإفراج عن الصحفي هشام الزواري.',
        'وقالت نقيبة الصحفيين التونسيين ريم المرزوقي: "نحن أمام سابقة خطيرة".',
        'وقال الوزير الصحفيين إن التحقيق مستمر.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['ريم المرزوقي', 'نقيبة الصحفيين التونسيين'],
      ['الوزير', undefined],
    ]);
  });
  it('reads «محامي» as a title taking a complement: «محامي الزواري، الأستاذ أنيس بالطيب،» is the lawyer, not his client', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'طالبت النقابة بالإفراج عن الصحفي هشام الزواري.',
        'من جانبه، أوضح محامي الزواري، الأستاذ أنيس بالطيب، أن هيئة الدفاع تقدمت بطلب للإفراج عن موكله.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['أنيس بالطيب', 'محامي الزواري']]);
  });
  it('gives a quotation after «تصريحات X حول …» to X, not to the speaker before', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال نيتشيرفان برزاني رئيس الوزراء الكردي في بيان ان شعب كردستان اختار الاتحاد الطوعي مع العراق.',
        'الى ذلك اتفق العراقيون على تأييد تصريحات الرئيس العراقي جلال طالباني حول امكانية العراق الرد على جيرانه «اذا لم يكفوا عن اثارة المتاعب» للعراقيين.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نيتشيرفان برزاني', 'جلال طالباني']);
  });
  it('keeps a full name against words after its surname («ويتمور في وقت لاحق») and a given name opening another («موسى كوسا»)', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقالت المتحدثة باسم البيت الابيض كارين ويتمور ان الجدول الزمني سيبعث رسالة خاطئة.',
        'وقالت ويتمور في وقت لاحق ان الرئيس مستعد للقاء قادة الكونغرس.',
        'وقال الأمين العام لجامعة الدول العربية عمرو موسى إن القمة ناجحة.',
        'وقال موسى كوسا إن ليبيا راضية عن النتائج.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['كارين ويتمور', 'كارين ويتمور', 'عمرو موسى', 'موسى كوسا']);
  });
  it('reads «رئيس مجلس الوزراء» as the prime minister, named before in narration or as «رئيس الحكومة»', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'صوت مجلس الأمة الأربعاء برفض طلب عدم التعاون مع رئيس مجلس الوزراء الشيخ ناصر المحمد الأحمد الصباح.',
        'وقال رئيس مجلس الأمة جاسم الخرافي إن 35 نائبا صوتوا ضد الطلب.',
        'من جهته، قال رئيس مجلس الوزراء في كلمة مقتضبة إن الحكومة تمد يدها للتعاون.',
        'وقال رئيس الحكومة اللبنانية سمير الحلبي إن الحكومة دستورية.',
        'واكد رئيس مجلس الوزراء ان الحكومة ستواصل عملها.',
        'وقال متحدث باسم الجيش الاسرائيلي ان القوة كانت تقوم بعملية روتينية.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual([
      'جاسم الخرافي',
      'ناصر المحمد الأحمد الصباح',
      'سمير الحلبي',
      'سمير الحلبي',
      'متحدث باسم الجيش الاسرائيلي',
    ]);
  });
  it('names a description by title with the person a bare title and a name introduce later, keeping the longer role', () => {
    const quotes = quotesOf(
      [
        'وزير الصحة العراقي: "الوباء تحت السيطرة"',
        'أكد وزير الصحة العراقي في مؤتمر صحفي أن الوباء بات تحت السيطرة.',
        'وأوضح الوزير صالح الحسناوي أن عدد الإصابات تراجع إلى النصف.',
        'وقال وزير النقل إن المطار سيفتح غدا.',
        'وأضاف الوزير عادل مهدي أن الرحلات ستستأنف.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['صالح الحسناوي', 'وزير الصحة العراقي'],
      ['صالح الحسناوي', 'وزير الصحة العراقي'],
      ['صالح الحسناوي', 'وزير الصحة العراقي'],
      ['عادل مهدي', 'وزير النقل'],
      ['عادل مهدي', 'وزير النقل'],
    ]);
  });

  it('resolves a title whose complement is a two-letter noun with the article («وزير الري») to the person given it', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال وزير الري والموارد المائية عمر الفكي ان منسوب النيل بلغ 17 مترا.',
        'من جهته، قال وزير الداخلية خالد عثمان ان حصيلة الضحايا ارتفعت.',
        'وعاد وزير الري ليؤكد ان السد لا علاقة له بالفيضان.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عمر الفكي', 'خالد عثمان', 'عمر الفكي']);
  });

  it('keeps a rank and its grade («الفريق أول», «اللواء ركن») in the role, out of the name', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الفريق أول محمد عثمان الحسين إن الجيش مستعد.\n\nوقال اللواء ركن خالد الحمادي إن القوات تقدمت.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['محمد عثمان الحسين', 'الفريق أول'],
      ['خالد الحمادي', 'اللواء ركن'],
    ]);
  });

  it('gives a subjectless «وقالت» the subject of the verb that opens its sentence: past «بدورها»، a dateline, a body or a state', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال الوزير إن الأمر مهم.',
        'بدورها، رحبت وزارة الخارجية الفلسطينية في بيان بنتائج الاجتماع، وقالت إن التنسيق يشكل "صمام أمان" في مواجهة التهجير.',
        'أعلنت وزارة المالية يوم الاثنين عجزا متوقعا، وقالت إنها ستخفض دعم الطاقة.',
        'الرياض (رويترز) - أعلنت السعودية يوم الاثنين عجزا قياسيا في موازنة العام المقبل، وقالت إنها سترفع أسعار الوقود.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.inferred ?? false])).toEqual([
      ['الوزير', false],
      ['وزارة الخارجية الفلسطينية', false],
      ['وزارة المالية', false],
      ['السعودية', false],
    ]);
  });

  it('reads a verb right after an indefinite noun («في خطوة قال إنها») as describing the noun: its subject is the sentence’s', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال وزير المالية إن الموازنة ستقر قريبا.',
        'القاهرة (رويترز) - حرر البنك المركزي المصري سعر صرف الجنيه يوم الخميس، في خطوة قال إنها تهدف إلى القضاء على السوق السوداء.',
        'وأطلقت الشركة نموذجا جديدا قالت إنه الأول من نوعه.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['وزير المالية', 'البنك المركزي', 'الشركة']);
  });

  it('attributes a quotation to «هذا ما قاله X» opening the next sentence, and ends a speaker after a quotation before «لـ» and a setting', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'افتتح فيلم للمخرجة التونسية مريم الطرابلسي الدورة الخامسة من المهرجان.',
        '"لم نلعب مباراتنا الأفضل، لكننا لعبنا المباراة الأذكى". هذا ما قاله المدير الفني للزمالك البرتغالي جواو مونتيرو في المؤتمر الصحفي، مشيرا إلى أن فريقه تعامل بواقعية.',
        '«أردت أن أصنع فيلما عن النساء»، قالت الطرابلسي للجمهور قبل العرض.',
        '«المهرجان نافذة على السينما الأفريقية»، قال الأمين العام للأمم المتحدة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.text.slice(0, 12)])).toEqual([
      ['direct', 'جواو مونتيرو', 'لم نلعب مبار'],
      ['indirect', 'جواو مونتيرو', 'فريقه تعامل '],
      ['direct', 'مريم الطرابلسي', 'أردت أن أصنع'],
      ['direct', 'الأمين العام للأمم المتحدة', 'المهرجان ناف'],
    ]);
  });

  it('reads «وكتب X:» as writing, not a byline, and keeps «وقال الوزير» apart from an unnamed speaker just quoted', () => {
    const quotes = quotesOf(
      [
        'كتب: محمود السيد',
        'وكتب احد المشاركين في الحملة: "الامطار لم تقتل احدا، الفساد هو الذي قتل اهلنا".',
        'وقال مواطن من الحي: "المياه دخلت البيوت".',
        'وقال الوزير: "الدولة ستعوض المتضررين".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['احد المشاركين في الحملة', 'مواطن من الحي', 'الوزير']);
  });

  it('reads a demonstrative or a negation right after a verb going on as the speaker’s own words, unmarked', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال بلير انه يود ان يؤكد ان العراق يشكل تهديدا.',
        'وتابع هذا ليس مجرد قلق امريكي.',
        'وأضاف لن نقبل بهذا.',
        'وتابع الوزير جولته في المدينة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'بلير', 'يود ان يؤكد ان العراق يشكل تهديدا'],
      ['direct', 'بلير', 'هذا ليس مجرد قلق امريكي'],
      ['direct', 'بلير', 'لن نقبل بهذا'],
    ]);
  });

  it('reads «ورد» as replying, never as «وَرَد في» (was stated in), ends its subject at «على», and reads «تسأل» as asking', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال النائب أحمد الرقاد إن الحكومة فشلت في إدارة الملف.',
        'ورد الوزير على منتقديه بالقول ان الاصلاحات تحتاج الى وقت.',
        'ورد في التقرير أن الحكومة أخفقت في تحقيق أهدافها.',
        '«أولادي ينامون الليلة عند أختي، لكن إلى متى؟»، تسأل سهى وهي تقف خلف الشريط الأمني.',
        'وقال قائد القوة الدولية للمساعدة على إرساء الأمن الجنرال ديفيد ريتشاردز إن العملية تسير وفق الخطة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text.slice(0, 16)])).toEqual([
      ['أحمد الرقاد', 'الحكومة فشلت في '],
      ['الوزير', 'الاصلاحات تحتاج '],
      ['سهى', 'أولادي ينامون ال'],
      ['ديفيد ريتشاردز', 'العملية تسير وفق'],
    ]);
  });

  it('reads a weak verb with a long subject when a title opens it and the verb opens its clause, and ends the subject at «على» after a title and its complement', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال المتحدث باسم حركة فتح أحمد عبد الرحمن إن الحركة لن تحاور.',
        'ورد المتحدث باسم حماس سامي أبو زهري بأن الحركة «لم تنقلب على أحد».',
        'ورد رئيس البلدية على شكاوى السكان بالقول إن البلاغات تضاعفت.',
        'وانتهت في برلين جولة محادثات بين منسق السياسة الخارجية بالاتحاد الأوروبي خافيير سولانا والمسؤول الإيراني علي لاريجاني على أن تعقد جولة جديدة اليوم.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد عبد الرحمن', 'سامي أبو زهري', 'رئيس البلدية']);
  });

  it('attributes a quotation to «على ما أعلن X» after it, and reads «على ما» with no quotation before as no attribution', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وذكرت صحيفة المصري اليوم أن نسبة المشاركة لم تتجاوز 15 في المئة.',
        '"النتائج النهائية ستعلن خلال 48 ساعة من إغلاق الصناديق"، على ما أعلن المتحدث باسم اللجنة العليا في ختام مؤتمره الصحافي.',
        'وتوجه الناخبون إلى الصناديق على ما أعلن عنه سابقا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['indirect', 'صحيفة المصري'],
      ['direct', 'المتحدث باسم اللجنة العليا'],
    ]);
  });

  it('skips an age in parentheses after the speaker without reading whom it was said to as the name', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وأعلن الاتحاد الافريقي لكرة القدم فوز الترجي باللقب.',
        'وقال المشجع سفيان (28 عاما) لوكالة فرانس برس: "انتظرنا هذه الكأس منذ 2011".',
        'وقال رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو إن البطولة ناجحة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual([expect.stringContaining('سفيان'), 'جياني إنفانتينو']);
  });

  it('reads «الوزير السوري» as no Syrian of another office, and ends a headline speaker before a setting', () => {
    const quotes = quotesOf(
      [
        'مدرب الأهلي بعد التأهل لنهائي أفريقيا: «لم نقدم أفضل ما لدينا»',
        'وقال الرئيس السوري بشار الاسد ان سوريا تريد السلام.',
        'والتقى وزير الخارجية السوري وليد المعلم نظيره التركي في انقرة.',
        'بدوره، اوضح الوزير السوري ان دمشق تنتظر ردا واضحا.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مدرب الأهلي', 'بشار الاسد', 'وليد المعلم']);
  });

  it('reads «روي» as a name where the text writes «روى» with ى, and «المدرب» as the team’s «المدير الفني»', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'اكد المدير الفني لفريق النادي الاهلي المصري البرتغالي روي باتشيكو ان فريقه سيلعب من اجل الفوز.',
        'وعن غياب المهاجم بسبب الاصابة، قال المدرب البرتغالي: لدينا بدلاء جيدون.',
        'وأوضح وكيل اللاعب، البرتغالي روي فيريرا، أن موكله تلقى عروضا من أندية إنجليزية.',
        'وروى شاهد عيان أن الحريق اندلع فجرا، بحسب ما نقلت الصحيفة على موقعها.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['روي باتشيكو', 'روي باتشيكو', 'روي فيريرا', 'شاهد عيان']);
  });

  it('names a description heard last with someone new that a verb going on names, but not with a name written before', () => {
    const named = quotesOf(
      [
        'عنوان الخبر',
        'من جهته رفض السفير الأميركي بمجلس الأمن اقتراح أنان، قائلا إنه لا يمكن التوصل إلى ذلك.',
        'وأضاف جون بولتون "إن ما نسعى إليه هو وقف طويل للأعمال الحربية".',
      ].join('\n\n'),
    );
    expect(named.map((q) => q.speaker?.name)).toEqual(['جون بولتون', 'جون بولتون']);
    const kunya = quotesOf(
      [
        'عنوان الخبر',
        'وقال الخطيب، المعروف بأبي رامي، إن الوفد لن يوقع.',
        'وكان وزير الدفاع الإسرائيلي قد أعلن أمس أن إسرائيل ستزيل عشرين حاجزا.',
        'وأضاف أبو رامي أن إزالة الحواجز خطوة شكلية.',
      ].join('\n\n'),
    );
    expect(kunya[1]?.speaker?.name).toBe('وزير الدفاع الإسرائيلي');
  });

  it('names a definite title heard last with someone new named right after any verb, not an unnamed source or a body', () => {
    const text = (first: string, then: string) => ['عنوان الخبر', first, then].join('\n\n');
    const named = quotesOf(
      text(
        'وقال والي البنك المركزي، في ندوة صحفية عقب الاجتماع، إن معدل التضخم سيستقر في حدود 1.8 في المائة.',
        'وأوضح عبد الحق الصنهاجي أن قرار الخفض اتخذ بالإجماع.',
      ),
    );
    expect(named.map((q) => q.speaker?.name)).toEqual(['عبد الحق الصنهاجي', 'عبد الحق الصنهاجي']);
    expect(named[0]?.speaker?.role).toBe('والي البنك المركزي');
    // «مصدر في الوزارة» stays unnamed; a name standing before its verb is no subject the verb brings in.
    const source = quotesOf(text('وقال مصدر في الوزارة إن الاتفاق بات قريبا.', 'وأوضح عبد الحق الصنهاجي أن قرار الخفض اتخذ بالإجماع.'));
    expect(source.map((q) => q.speaker?.name)).toEqual(['مصدر في الوزارة', 'عبد الحق الصنهاجي']);
    const before = quotesOf(
      text('وقالت المتحدثة باسم الصندوق إن الصندوق يرحب بالتقدم.', 'غير أن أستاذة الاقتصاد بجامعة القاهرة، نهى السباعي، قالت إن التضخم لا يعني تراجع الأسعار.'),
    );
    expect(before.map((q) => q.speaker?.name)).toEqual(['المتحدثة باسم الصندوق', 'نهى السباعي']);
    // An aside right after the name describes someone new.
    const aside = quotesOf(text('وقالت المتحدثة باسم الوزارة إن القرار مؤقت.', 'وتقول ريم عبد الهادي، وهي صيدلانية من حمص، إن حياتها أصبحت هنا.'));
    expect(aside.map((q) => q.speaker?.name)).toEqual(['المتحدثة باسم الوزارة', 'ريم عبد الهادي']);
  });

  it('ends a reported clause at a verb after an indefinite noun whose own subject opens on a title', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت رايس إن المفاوضات ستستأنف إذا قبلت إيران تعليق التخصيب، وهو تعليق قال الناطق باسم الخارجية شون مكورماك إن التوصل إليه قد يحتاج لقاءات عديدة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['رايس', 'شون مكورماك']);
    expect(quotes[0]?.text.endsWith('وهو تعليق')).toBe(true);
    expect(quotes[1]?.text.startsWith('التوصل إليه قد يحتاج')).toBe(true);
  });
});

describe('Arabic definite descriptions of the person just quoted', () => {
  it('takes «المدرب البرتغالي» and «المسؤول» for the person who spoke last, when gender and origin agree', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقال البرتغالي مانويل جوزيه المدير الفني للأهلي في المؤتمر الصحافي: «قدمنا واحدة من أفضل مبارياتنا».',
        'وعن إشراكه الناشئ وائل القباني، قال المدرب البرتغالي: «لا أختار اللاعبين بأسمائهم».',
        'وقال نائب رئيس الهيئة سالم الكعبي إن العمل مستمر.',
        'وأكد المسؤول أن الميزانية كافية.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مانويل جوزيه', 'مانويل جوزيه', 'سالم الكعبي', 'سالم الكعبي']);
  });

  it('keeps «الوزير التركي» apart from the Syrian president just quoted', () => {
    const quotes = quotesOf(
      'عنوان\n\nوقال الرئيس السوري بشار الأسد في مؤتمر صحفي إن المحادثات «مفيدة».\n\nوأوضح الوزير التركي أن الجولة المقبلة ستعقد في إسطنبول.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['بشار الأسد', 'الوزير التركي']);
  });
});

describe('Arabic «ثم» opening a sentence', () => {
  it('reads «ثم أضاف: "…"» as the last speaker going on, not as a speaker named «ثم»', () => {
    const quotes = quotesOf('عنوان\n\nوقال المدرب خالد كوستا إن الفريق سيعود.\n\nثم أضاف: "اسألوا اللاعبين. هم يعرفون ما يحدث".');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['خالد كوستا', 'خالد كوستا']);
  });
});

describe('Arabic words of manner: briefly', () => {
  it('leaves «باقتضاب» out of the speaker', () => {
    const quotes = quotesOf('عنوان\n\nوقال الطبيب عماد كاظم الشمري إن اللقاح آمن.\n\nوعن الشائعات، رد الشمري باقتضاب: "كذب".');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عماد كاظم الشمري', 'عماد كاظم الشمري']);
  });
});

describe('Arabic verbs conjoined after a sentence opening on a noun for a person', () => {
  it('gives «وخرج المتهم … وقال لوسائل الإعلام: "…"» to the accused, past the media told, not to the last speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير المالية محمد معيط إن العجز تراجع.\n\nوخرج المتهم الخامس، وهو موظف بإحدى شركات الاتصالات، من القاعة باكيًا، وقال لوسائل الإعلام بكلمات مقتضبة: "الحمد لله"، قبل أن يحتضن والدته.\n\nوخرج الشاهد من القاعة، وقال للصحافة إنه قال كل ما يعرفه.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمد معيط', 'المتهم الخامس', 'الشاهد']);
  });
});

describe('Arabic headline descriptions the story names', () => {
  it('gives «الوزير» after the headline «وزير التربية: "…"» to the person the story titles so, and the headline with him', () => {
    const quotes = quotesOf(
      [
        'وزير التربية: “الغشاشون سيقصون خمس سنوات”',
        'أشرف وزير التربية الوطنية، عبد الكريم بن زيان، صباح أمس، على الإعلان الرسمي عن انطلاق امتحان البكالوريا.',
        'وقال بن زيان إن أكثر من 860 ألف مترشح اجتازوا الامتحان.',
        'وحذّر الوزير من أن كل مترشح يضبط متلبسا بالغش سيقصى لمدة خمس سنوات.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبد الكريم بن زيان', 'عبد الكريم بن زيان', 'عبد الكريم بن زيان']);
  });

  it('takes for the headline’s description only a person the story titles so, not the paragraph’s person', () => {
    const quotes = quotesOf(
      [
        'الوزير المستجوب: "لم أخالف القانون"',
        'ناقش مجلس الأمة أمس استجواب النائب فهد سعود العنزي لوزير الأشغال العامة خالد يوسف الرومي.',
        'وحين قاطعه العنزي مطالبا بالإجابة، رد الرومي: "سأجيب عن كل عقد". وأكد الوزير أن وزارته أحالت سبع شركات إلى النيابة.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name).filter((n) => n?.includes('العنزي'))).toEqual([]);
  });

  it('keeps the headline’s description when the story names nobody with its title', () => {
    const quotes = quotesOf(
      [
        'وزير التربية: “الغشاشون سيقصون خمس سنوات”',
        'انطلق امتحان البكالوريا صباح أمس في كل الولايات.',
        'وحذّر الوزير من أن كل مترشح يضبط متلبسا بالغش سيقصى.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['وزير التربية', 'وزير التربية']);
  });
});

describe('Arabic titles with their body named in marks', () => {
  it('reads a body’s name of four words in marks after a title as the role’s, and the name in apposition as the speaker', () => {
    const quotes = quotesOf(
      'عنوان\n\nواعتبر مدير " المرصد الفلسطيني لحقوق الانسان " في غزة , الدكتور ناصر الحايك , ان صمت الفصائل الاخري " يرقي الي التواطؤ " .',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.kind])).toEqual([['ناصر الحايك', 'mixed']]);
    expect(quotes[0]?.text.startsWith('صمت الفصائل')).toBe(true);
  });
});

describe('Descriptions an aside names', () => {
  it('gives every quote of «متحدث …، الذي عرف نفسه باسم …» and "a resident, who identified herself as …" to that name', () => {
    const ar = quotesOf(
      [
        'عنوان',
        'ميدانيا , قال متحدث باسم حركة العدل والمساواة المتمردة ان قوات الحكومة شنت هجوما علي ثلاث قري .',
        'واضاف المتحدث , الذي عرف نفسه باسم ابو بكر حامد , في اتصال هاتفي ان عشرات المدنيين قتلوا .',
      ].join('\n\n'),
    );
    expect(ar.map((q) => q.speaker?.name)).toEqual(['ابو بكر حامد', 'ابو بكر حامد']);
    const en = quotesOf(
      'Title\n\nOne resident said the water rose within minutes. The resident, who identified herself as Maria Lopez, added that the pumps had failed.',
    );
    expect(en.map((q) => q.speaker?.name)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });
});

describe('Arabic subjects after a contrastive opener', () => {
  it('reads a description of up to eight words after «لكن» as the verb’s subject, not the last speaker', () => {
    const quotes = quotesOf(
      'عنوان\n\nوقال الوزير ان الوضع مستقر .\n\nولم يتسن التحقق من ذلك . لكن مصدرا في قوة الاتحاد الافريقي في دارفور اكد ان " اشتباكات عنيفة " وقعت .',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الوزير', 'مصدرا في قوة الاتحاد الافريقي في دارفور']);
  });
});

describe('Arabic names whose inner words read as an object', () => {
  it('keeps «المصطفي ولد عبيد الرحمن» whole after a title and its body: its «ولد» opens no object', () => {
    const quotes = quotesOf(
      'عنوان\n\nوكان زعيم حزب التجديد المصطفي ولد عبيد الرحمن , الذي حل ثالثا في الجولة الاولي , قد اعلن دعمه لولد بابه , وقال في بيان ان قراره " جاء بعد مشاورات واسعة " .',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['المصطفي ولد عبيد الرحمن', 'زعيم حزب التجديد']]);
  });
});

describe('Arabic «فضل», a name, or "preferred" before «عدم»', () => {
  it('ends the subject at «فضل عدم …» and keeps «فضل» inside a name after a title', () => {
    const quotes = quotesOf(
      'عنوان\n\nوقال مسؤول فضل عدم الكشف عن اسمه إن القرار نهائي.\n\nوقال عضو المجلس المحلي بالمديرية فضل محسن العولقي ان الاهالي عانوا طويلا .',
    );
    expect(quotes[0]?.speaker?.name).toBe('مسؤول');
    expect(quotes[1]?.speaker?.name).toContain('محسن العولقي');
  });
});

describe('Arabic emphasis before a definite noun («نفس المصادر»)', () => {
  it('reads «وأضافت نفس المصادر» and «وقالت ذات المصادر» as the sources heard before', () => {
    const text = [
      'اشتباكات في الشمال',
      'وقالت مصادر طبية ان ثلاثة جرحى نقلوا الى المستشفى.',
      'واضافت نفس المصادر ان حالة احدهم خطيرة.',
      'وقالت ذات المصادر ان الطواقم ما زالت في المكان.',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['مصادر طبية', 'مصادر طبية', 'مصادر طبية']);
  });
});

describe('Arabic names followed by «من» and a place', () => {
  it('ends the speaker at the name the entity stage found: «وأضاف العبادي من على منصة المجلس:» is العبادي', () => {
    const text = [
      'جلسة ساخنة',
      'وقال النائب منصور العبادي إن الحكومة أخفقت في ملف التشغيل.',
      'وأضاف العبادي من على منصة المجلس: «أين ذهبت الفرص التي وعدتم بها؟».',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['منصور العبادي', 'منصور العبادي']);
  });
});

describe('Arabic «فرد» as "and he replied"', () => {
  it('reads «فرد عليه …: "…"» as a reply, and «كل فرد» as no verb', () => {
    const text = [
      'مساءلة في البرلمان',
      'وسأل النائب حسن علي موسى الوزير عن الخطة.',
      'فرد عليه الوزير: "في أي مناطق؟ سمها".',
      'وقال الوزير إن كل فرد في الوزارة يعمل على الملف.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['في أي مناطق؟ سمها', 'كل فرد في الوزارة يعمل على الملف']);
  });
});

describe('Arabic "still" auxiliaries between the subject and its verb', () => {
  it('reads «X لا يزال يؤكد», «وكان X لا يزال يرى» and «وما زال X يؤكد» with X the speaker, the auxiliary no part of it', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وكان وزير الخارجية لا يزال يؤكد أن الاتفاق قائم رغم الخروقات.',
        'لكن المدير المسؤول عن الصحيفة لا يزال يرى أن التلفزيون الرسمي مقبول بشكله الحالي.',
        'وما زال رئيس البلدية يؤكد أن المشروع سينتهي قبل الصيف.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وزير الخارجية', 'الاتفاق قائم رغم الخروقات'],
      ['المدير المسؤول عن الصحيفة', 'التلفزيون الرسمي مقبول بشكله الحالي'],
      ['رئيس البلدية', 'المشروع سينتهي قبل الصيف'],
    ]);
  });
});

describe('Arabic indefinite descriptions whose complement ends on a common word', () => {
  it('reads «سائق سيارة أجرة» as a taxi driver, not a man named «أجرة»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nونقلت الصحيفة عن سائق سيارة أجرة قوله إن سعر اللتر في السوق السوداء بلغ دينارين.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['سائق سيارة أجرة', 'سعر اللتر في السوق السوداء بلغ دينارين']]);
  });
});

describe('Arabic verbs describing the speech named before them («كلمة قال فيها»)', () => {
  it('gives «ألقى X كلمة قال فيها», «عقد X مؤتمرا صحفيا قال فيه», «نشر X رسالة على حسابه قال فيها», «وقد أدلى X بتصريح قال فيه» to X, not to the speech', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وألقى وزير الخارجية كلمة قال فيها إن الوضع في المنطقة صعب.',
        'وعقد وزير المالية مؤتمرا صحفيا قال فيه إن الحكومة لن تستقيل.',
        'ونشر المتحدث باسم الحكومة رسالة على حسابه قال فيها إن بلاده تقف مع لبنان.',
        'وقد أدلى الرئيس شافيز بتصريح في المطار قال فيه إن العلاقات بين البلدين قوية.',
        'وردّ النائب بمداخلة مطوّلة قال فيها: "أفهم غضب الزملاء".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['وزير الخارجية', 'الوضع في المنطقة صعب'],
      ['وزير المالية', 'الحكومة لن تستقيل'],
      ['المتحدث باسم الحكومة', 'بلاده تقف مع لبنان'],
      ['شافيز', 'العلاقات بين البلدين قوية'],
      ['النائب', 'أفهم غضب الزملاء'],
    ]);
  });
});

describe('Arabic «الرئيس» with a name, and descriptions by «رئيس» of another office', () => {
  it('keeps «رئيس الوزراء» apart from «الرئيس شافيز», and gives «رئيس الجمهورية» to him', () => {
    const text = (description: string) =>
      ['عنوان الخبر', `وقال ${description} إن الحكومة لن تستقيل.`, 'وقال الرئيس شافيز إن العلاقات بين البلدين قوية.'].join('\n\n');
    expect(quotesOf(text('رئيس الوزراء')).map((q) => q.speaker?.name)).toEqual(['رئيس الوزراء', 'شافيز']);
    expect(quotesOf(text('رئيس البرلمان')).map((q) => q.speaker?.name)).toEqual(['رئيس البرلمان', 'شافيز']);
    expect(quotesOf(text('رئيس الجمهورية')).map((q) => q.speaker?.name)).toEqual(['شافيز', 'شافيز']);
  });
});

describe('Arabic headlines labelled with an event', () => {
  it('reads «زلزال …:», «انتخابات …:», «جلسة …:» as labels, and «وزير الخارجية:» still as a speaker', () => {
    const speakers = (headline: string) => quotesOf(`${headline}\n\nنص الخبر.`).map((q) => q.speaker?.name ?? null);
    expect(speakers('زلزال أفغانستان: مئات القتلى وفرق الإغاثة تكافح للوصول إلى القرى')).toEqual([]);
    expect(speakers('انتخابات موريتانيا : المرشحان يتبادلان الاتهامات عشية الجولة الثانية')).toEqual([]);
    expect(speakers('جلسة المساءلة النيابية: الوزير يعد بزيادة ساعات الكهرباء')).toEqual([]);
    expect(speakers('وزير الخارجية: لن نقبل بأي تدخل في شؤوننا الداخلية')).toEqual(['وزير الخارجية']);
  });
});

describe('Arabic «وكيل» as a title, and weak cues after «من جهته،»', () => {
  it('reads «من جهته، بيّن وكيل وزارة الصحة للصحة العامة X، أن» with X speaking', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال المتحدث باسم الوزارة إن الحملة تبدأ اليوم.',
        'من جهته، بيّن وكيل وزارة الصحة للصحة العامة عبدالله بن ناصر القحطاني، أن نسبة الإقبال على اللقاح بلغت 68% في الموسم الماضي.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['المتحدث باسم الوزارة', 'الحملة تبدأ اليوم'],
      ['عبدالله بن ناصر القحطاني', 'نسبة الإقبال على اللقاح بلغت 68% في الموسم الماضي'],
    ]);
  });
});

describe('Arabic headline speakers with the body their title heads in marks', () => {
  it('reads «متحدث "الصحة": …» as a spokesman speaking, «"الصحة"» no quotation of its own', () => {
    const quotes = quotesOf(
      [
        'متحدث "الصحة": حملة التطعيم ضد الإنفلونزا تستهدف 5 ملايين مستفيد',
        'وأوضح المتحدث الرسمي لوزارة الصحة أن الحملة تبدأ اليوم في جميع المراكز الصحية، وأن اللقاح معتمد من منظمة الصحة العالمية.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'حملة التطعيم ضد الإنفلونزا تستهدف 5 ملايين مستفيد',
      'الحملة تبدأ اليوم في جميع المراكز الصحية، وأن اللقاح معتمد من منظمة الصحة العالمية',
    ]);
  });
});

describe('Arabic headlines labelled with the place they are filed from', () => {
  it('reads «الدار البيضاء : افتتاح …» as a place label, not the city speaking', () => {
    const quotes = quotesOf(
      [
        'الدار البيضاء : افتتاح الدورة الثالثة عشرة للمعرض الدولي للنشر والكتاب',
        'افتتحت مساء امس الجمعة بالدار البيضاء فعاليات الدورة الثالثة عشرة للمعرض الدولي للنشر والكتاب.',
        'وقال وزير الثقافة في كلمة الافتتاح ان المعرض اصبح موعدا ثقافيا لا محيد عنه.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['وزير الثقافة', 'المعرض اصبح موعدا ثقافيا لا محيد عنه']]);
  });
});

describe('Arabic settings and names in marks between the verb and what was said', () => {
  it('reads «في مرافعته» as a setting, and a body in marks after a title, then the name between commas, as the role', () => {
    const quotes = quotesOf(
      [
        'عنوان الخبر',
        'وقال العنزي في مرافعته: "الوزير وقّع عقود صيانة بأكثر من ثلاثمئة مليون دينار".',
        'واعتبر رئيس «المرصد المغربي لمحاربة المخدرات»، عبد الإله الكتاني، أن تفكيك الشبكات لا يكفي ما لم تعالج أسباب الإدمان.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['العنزي', 'الوزير وقّع عقود صيانة بأكثر من ثلاثمئة مليون دينار'],
      ['عبد الإله الكتاني', 'تفكيك الشبكات لا يكفي ما لم تعالج أسباب الإدمان'],
    ]);
  });
});

describe('Arabic names in marks after a preposition drawn out apart («ل ـ «…»»)', () => {
  it('reads «عضو المكتب السياسي ل ـ «الجبهة الشعبية»» as part of the role, nothing said', () => {
    const quotes = quotesOf(
      ['عنوان الخبر', 'وقال عباس إن الفصائل توصلت إلى اتفاق.', 'وأكد ذلك رباح المهنا، عضو المكتب السياسي ل ـ «الجبهة الشعبية».'].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['عباس', 'الفصائل توصلت إلى اتفاق']]);
  });
});

describe('Arabic exchanges in an interview («وحين سألناها … قالت»)', () => {
  it('gives the answer to the person the article asks, named most, not to whoever was quoted last', () => {
    const quotes = quotesOf(
      [
        'الروائية سلمى الشامي: الرواية العربية لا تحتاج إلى وصاية',
        'التقت «الحياة» الروائية المصرية سلمى الشامي على هامش معرض الكتاب.',
        'تقول الشامي إن الرواية كتبت على مدى أربع سنوات.',
        'وقالت الناقدة هدى عبد الرحمن إن الرواية «جريئة في موضوعها».',
        'وحين سألناها عن الجوائز الأدبية، ضحكت وقالت: «الجوائز جميلة، لكنها لا تصنع كاتباً».',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker?.name).toBe('سلمى الشامي');
  });
});
