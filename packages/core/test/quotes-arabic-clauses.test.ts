// Arabic reported clauses as wire copy chains them: a second verb conjoined after a comma opens a
// clause of its own for the same speaker, an aside between dashes stands between a subject and
// its complementiser, and «بحسب قوله» / «على حد قول X» attribute the words before them.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('Arabic clauses', () => {
  it('opens a new clause at «، وأشار إلى أن» with the speaker of the clause before, not a name inside it', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال سامر خليل إن بلير كان شريكا في القتل، وأشار إلى أنه إذا كانت الحكومة هي التي دعته فهي كارثة وطنية.');
    expect(quotes.map((q) => q.text)).toEqual(['بلير كان شريكا في القتل', 'إذا كانت الحكومة هي التي دعته فهي كارثة وطنية']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامر خليل', 'سامر خليل']);
  });

  it('opens a new clause at «، لكنه شدد على أن»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير إنه يفضل أن تبقى المفاوضات سرية، لكنه شدد على أن أي صفقة لن تتم دون الإفراج عن الأسرى.');
    expect(quotes.map((q) => q.text)).toEqual(['يفضل أن تبقى المفاوضات سرية', 'أي صفقة لن تتم دون الإفراج عن الأسرى']);
    expect(quotes[1]?.speaker?.name).toBe('الوزير');
  });

  it('keeps a bare cue word inside a reported clause as part of what was said', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير إن الحكومة أكدت أن الخطة جاهزة للتنفيذ.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('الحكومة أكدت أن الخطة جاهزة للتنفيذ');
  });

  it('skips an aside between dashes after the subject', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوأفاد البنك الدولي - ومقره واشنطن - بأن القرض سيستخدم في دعم الزراعة.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('البنك الدولي');
    expect(quotes[0]?.text).toBe('القرض سيستخدم في دعم الزراعة');
  });

  it('attributes the words before «بحسب قوله» to the speaker before, with the pronoun’s gender', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير سامر خليل إن الوفد سيعود غدا.\n\nوالإدارة تبذل جهدا كبيرا لبلوغ القمة من جديد، بحسب قوله.\n\nوالوضع صعب جدا، على حد تعبيرها.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['الوفد سيعود غدا', 'والإدارة تبذل جهدا كبيرا لبلوغ القمة من جديد', 'والوضع صعب جدا']);
    expect(quotes[1]?.speaker).toMatchObject({ name: 'سامر خليل', inferred: true });
    // «تعبيرها» is a woman's words: not the minister («الوزير», a man) quoted before.
    expect(quotes[2]?.speaker?.name).not.toBe('سامر خليل');
  });

  it('reads «على حد قول X» after the words as X’s', () => {
    const quotes = quotesOf('عنوان الخبر\n\nإن الوضع لم يعد يحتمل أي تأخير، على حد قول المتحدث سامر خليل.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('سامر خليل');
  });

  it('tells one office from another with the same title («وزير الدفاع» is not «وزير الخارجية»), an adjective from a complement', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوصرح وزير الخارجية الفرنسي فيليب دوست بأن الوضع خطير.\n\nوكان وزير الدفاع قد أعلن أن الجيش مستعد.\n\nوقال مدرب الشروق منير الجبالي إن الفريق جاهز.\n\nوأكد المدرب التونسي أن اللقب قريب.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['فيليب دوست', 'وزير الدفاع', 'منير الجبالي', 'منير الجبالي']);
  });

  it("gives a description by a word that opens someone's role to that person, and matches a nisba in either gender", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الممرضة المتطوعة إخلاص عبد الله آدم إن الوضع صعب.\n\nمن جهته، أقر مدير إدارة الطوارئ الصحية في المحلية، الطيب حامد إدريس، بأن الاستجابة بطيئة.\n\nوأشار المسؤول الصحي إلى أن السلطات تعتزم إطلاق حملة تطعيم.\n\nغير أن الممرضة ترى أن الحملة ستأتي متأخرة.\n\nوبحسب بيان البعثة، سيناقش المجلس الاتفاق قريبا.',
    );
    const names = quotes.map((q) => q.speaker?.name ?? null);
    expect(names.slice(0, 4)).toEqual(['إخلاص عبد الله آدم', names[1], names[1], 'إخلاص عبد الله آدم']);
    expect(names[1]).toContain('حامد إدريس');
    expect(names[4]).not.toBe('إخلاص عبد الله آدم');
  });

  it("gives a description with a word of emphasis that fits nobody's role to the last speaker its verb agrees with, not to a group", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال محمد أوحمو، وهو تاجر حبوب يشتغل في السوق منذ ثلاثين سنة، إن السوق الجديد بعيد.\n\nوأضاف التاجر ذاته أن عددا من الباعة اكتروا محلات قرب السوق.\n\nوقالت مصادر مطلعة إن البلدية تلقت تقريرا فنيا.\n\nوبحسب المصادر نفسها، فإن قيمة العقد تبلغ 18 مليون ريال.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['محمد أوحمو', 'محمد أوحمو', 'مصادر مطلعة', 'مصادر مطلعة']);
  });

  it('reads a headline quote in the second clause of a headline, after «..», without the «و» that joins it', () => {
    const quotes = quotesOf(
      'عمال الميناء يعلقون التصدير.. ونقابتهم: «لن نعود قبل صرف المستحقات»\n\nبنغازي – بوابة الوسط\n\nوالدة الطفل: «لن أتنازل عن حق ابني»',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['نقابتهم', 'لن نعود قبل صرف المستحقات']]);
    // (A word opening the headline keeps its «و»: «والدة» is "mother".)
    expect(quotesOf('والدة الطفل: «لن أتنازل عن حق ابني»\n\nالقاهرة – المصري اليوم').map((q) => q.speaker?.name)).toEqual(['والدة الطفل']);
    // (Nor one a title opens on after «..»: «وزير» is no «و» and «زير».)
    expect(quotesOf('أوبك تمدد خفض الإنتاج.. وزير النفط الكويتي: «السوق بحاجة إلى الهدوء»\n\nالكويت – كونا').map((q) => q.speaker?.name)).toEqual([
      'وزير النفط الكويتي',
    ]);
  });

  it('reads words only the speaker can say of himself right after a verb that goes on as his, unmarked', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير إن الوضع خطير.\n\nواضاف لقد فعلنا كل ما في وسعنا.\n\nوأضاف نحن لا نريد الحرب.');
    expect(quotes.map((q) => [q.speaker?.name, q.text, q.kind])).toEqual([
      ['الوزير', 'الوضع خطير', 'indirect'],
      ['الوزير', 'لقد فعلنا كل ما في وسعنا', 'direct'],
      ['الوزير', 'نحن لا نريد الحرب', 'direct'],
    ]);
  });

  it('reads «حسبما» (the relative written onto «حسب») with its verb as a source, before or after the words', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nولا تزال ناقلتان تنتظران التحميل قبالة الميناء، حسبما أفادت مصادر نفطية.\n\nبحسبما ذكرت الصحيفة، ارتفعت الأسعار بنسبة 10 في المئة.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مصادر نفطية', 'ولا تزال ناقلتان تنتظران التحميل قبالة الميناء'],
      ['الصحيفة', 'ارتفعت الأسعار بنسبة 10 في المئة'],
    ]);
  });

  it('gives «الذي صرح بأن» after a name and its role to that person', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوالتقى الوزير سامح شكري بالسفير أحمد علي عضو المجلس الحاكم للبنك المركزي الذي أكد أن العلاقات قوية.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['أحمد علي']);
  });

  it("gives a headline's description («أخصائية بيئية:») to the person later named with that profession, its adjective matched to the noun it is made from", () => {
    const quotes = quotesOf(
      'أخصائية بيئية: «أضواء المخيمات تربك صغار السلاحف»\n\nمسقط – عمان\n\nوقالت الأخصائية في علوم البيئة البحرية، زينب سالم الراشدية، إن الإضاءة الليلية في المخيمات تربك صغار السلاحف.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['زينب سالم الراشدية', 'زينب سالم الراشدية']);
  });

  it('reads a passive verb of saying as said by nobody the text names, never the last speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير إن الوضع هادئ.\n\nوأفيد بأن وفاتين جديدتين سجلتا صباح اليوم.\n\nوقيل إن الوزير سيستقيل.\n\nوذُكر أن المحافظة ستخصص حافلات إضافية.\n\nوذكر أن الطرق مفتوحة.\n\nويُؤكد الوزير أن الحدود مفتوحة.',
    );
    // (A damma on the present's prefix, «يُؤكد», writes an active verb.)
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['الوزير', null, null, null, 'الوزير', 'الوزير']);
  });

  it('reads «وتردد أن» as a rumour nobody named spread, and «تردد» before anything else as no cue', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير إن الوضع هادئ.\n\nوتردد ان عددا من المسؤولين منعوا من السفر.\n\nوتردد المدير في الرد على الأسئلة.\n\nولا يتردد الكاتب في القول ان المدينة تغيرت.',
    );
    expect(quotes.slice(0, 2).map((q) => [q.speaker?.name ?? null, q.text])).toEqual([
      ['الوزير', 'الوضع هادئ'],
      [null, 'عددا من المسؤولين منعوا من السفر'],
    ]);
    expect(quotes.some((q) => q.text.startsWith('في الرد'))).toBe(false);
  });

  it('gives a plural verb the group its sentence named before it', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت الفنانة نادين الراسي إنها ستقاضي من يسيء إليها.\n\nوتفاعل متابعون مع التغريدة، وقالوا إن الفنانة تتعرض لحملة منظمة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['نادين الراسي', 'متابعون']);
  });

  it('reads apostrophes typed apart around Arabic words as quotation marks, doubled or single', () => {
    const quotes = quotesOf(
      "عنوان الخبر\n\nوصرح المدرب لصحيفة ' ' نيوز أوف ذا وورلد ' ' البريطانية قائلا ' ' إن أهم قضية تشغلني الان هي بنية خط الوسط ' '.\n\nوذكرت صحيفة ' لانس ' البرازيلية امس ان ميلان دخل على الخط لضم اللاعب.",
    );
    expect(quotes.map((q) => q.text)).toEqual(['إن أهم قضية تشغلني الان هي بنية خط الوسط', 'ميلان دخل على الخط لضم اللاعب']);
    expect(quotes.map((q) => q.kind)).toEqual(['direct', 'indirect']);
  });

  it('reads «أصر» (insisted) with its complement as a cue, «أصر على موقفه» as none', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوأصر رئيس الوزراء جان رافاران ان مجلس الامن هو المنوط بمنع الانتشار النووي.\n\nوأصر الوزير على موقفه.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['مجلس الامن هو المنوط بمنع الانتشار النووي', 'جان رافاران']]);
  });

  it("reads the answers of an interview printed as questions and answers as the interviewee's words", () => {
    const quotes = quotesOf(
      [
        'مديرة المستشفى: نعمل بثلث الكادر',
        'وتقول مديرة المستشفى الدكتورة سامية الطيب إن الطاقم يعمل في ظروف صعبة.',
        'وفي هذا الحوار تتحدث الطيب عن يوميات العمل داخل المستشفى.',
        'كيف تصفين الوضع داخل المستشفى اليوم؟',
        'نستقبل يوميا ما بين 150 و200 حالة، بينها إصابات بشظايا القذائف.',
        'هل ما زالت الأدوية تصل إليكم؟',
        'تصلنا شحنات متفرقة لكنها لا تغطي أكثر من 40% من احتياجاتنا.',
        'وكانت منظمة الصحة العالمية قد ذكرت أن أكثر المستشفيات خارج الخدمة.',
      ].join('\n\n'),
    );
    expect(quotes.filter((q) => q.paragraphId !== 'title').map((q) => [q.text.slice(0, 12), q.speaker?.name])).toEqual([
      ['الطاقم يعمل ', 'سامية الطيب'],
      ['نستقبل يوميا', 'سامية الطيب'],
      ['تصلنا شحنات ', 'سامية الطيب'],
      ['أكثر المستشف', 'منظمة الصحة العالمية'],
    ]);
  });

  it('reads guillemets written the other way round (»…«) when the text pairs better so', () => {
    const mirrored = quotesOf(
      'عنوان الخبر\n\nوقال الوزير سالم العلي إن »الحكومة ماضية في الإصلاح ولن تتراجع عنه« مهما كانت الضغوط.\n\nوأضاف: »لا أحد فوق القانون في هذا البلد«.',
    );
    expect(mirrored.map((q) => [q.kind, q.text])).toEqual([
      ['mixed', '»الحكومة ماضية في الإصلاح ولن تتراجع عنه« مهما كانت الضغوط'],
      ['direct', 'لا أحد فوق القانون في هذا البلد'],
    ]);
    const usual = quotesOf('عنوان الخبر\n\nوقال الوزير سالم العلي: «الحكومة ماضية في الإصلاح ولن تتراجع عنه».');
    expect(usual.map((q) => q.text)).toEqual(['الحكومة ماضية في الإصلاح ولن تتراجع عنه']);
  });

  it('reads two apostrophes typed together around Arabic words as a quotation mark', () => {
    const quotes = quotesOf("عنوان الخبر\n\nوقال الوزير سالم العلي في كلمته '' يسعدني أن أكون بينكم اليوم في هذه المناسبة الكريمة ''.");
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([['يسعدني أن أكون بينكم اليوم في هذه المناسبة الكريمة', 'direct', 'سالم العلي']]);
  });

  it("ends the subject at a setting with the subject's own noun («خلال استقباله»), relays through «نسبت … إلى», stops at «الصحافيين»", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nواكد الرئيس اللبناني اميل لحود امس ان لبنان لن يتنازل عن حقوقه.\n\nواضاف لحود خلال استقباله وفدا نيابيا ان المقاومة حق مشروع.\n\nونسبت الوكالة الى مسؤول في الوزارة قوله ان المفاوضات توقفت.\n\nوابلغ وزير الخارجية الصحافيين ان الزيارة ناجحة.\n\nوقال المسؤول في قطاع المياه علي حسن إن الشبكة قديمة.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['اميل لحود', 'اميل لحود', 'مسؤول في الوزارة', 'وزير الخارجية', 'علي حسن']);
  });

  it('resolves «المسؤول العراقي» to the speaker whose role it describes, and «الصحيفة» to the paper named before', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nاعلن نائب رئيس الجمهورية العراقي طه ياسين رمضان أمس ان التهديدات لن ترهب العراقيين.\n\nواضاف المسؤول العراقي ان العراقيين يعرفون حقيقة النوايا.\n\nومن جانبها اتهمت صحيفة "بابل" الإدارة الأميركية بعرقلة الحوار.\n\nوقالت الصحيفة ان المفاوضات لن تكون سهلة.\n\nوقال المسؤول حول تقييمه نتائج الحوار، ان الموقف واضح.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['طه ياسين رمضان', 'طه ياسين رمضان', 'بابل', 'المسؤول']);
  });

  it("reads past a quoted word to the sentence's subject, and «وحذر الدول من أن» as the same speaker warning them", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكان الرئيس طالباني قد حذر من أن العراق يمكنه اثارة متاعب.\n\nوقال ان سورية وايران وتركيا تتدخل في شؤون العراق وحذر الدول الثلاث من أن صبر العراق يوشك أن ينفد.\n\nوأيد النائب اياد جمال الدين عضو مجلس النواب «البرلمان» العراقي تصريحات طالباني وقال ان «للعراق خياراته المتعددة».',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['طالباني', 'طالباني', 'طالباني', 'اياد جمال الدين']);
    expect(quotes[2]?.text).toBe('صبر العراق يوشك أن ينفد');
  });

  it('reads «حين قال» as the person named just before, «طالبا عدم الكشف عن هويته» as no part of the speaker, and a sentence-opening definite subject', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوجاء تصريح سلطانية متسقا مع خطاب الرئيس الإيراني محمود أحمدي نجاد اليوم في بلدة مياندواب حين قال إن إيران لن تتراجع.\n\nوقال طالبا عدم الكشف عن هويته «اجبرناهم على التراجع».\n\nالشرطة قالت إنها تراقب آلاف البريطانيين.\n\nوجدد الملك عبدالله الثاني خلال لقائه الرئيس الباكستاني برويز مشرف الموقف الاردني الذي يؤكد ان الازمة تبرز ضرورة الحل.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['محمود أحمدي نجاد', 'محمود أحمدي نجاد', 'الشرطة', 'عبدالله الثاني']);
  });

  it('reads the content after «وحسب X فإن» even when the source does not open the sentence', () => {
    const quotes = quotesOf('عنوان الخبر\n\nاعتقالات بمانشستر وحسب BBC فإن 12 من المتهمين اعتقلوا ليلة أمس.\n\nوقال بيتر كلارك بلقاء مع BBC إن الخطر قائم.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['BBC', '12 من المتهمين اعتقلوا ليلة أمس'],
      ['بيتر كلارك', 'الخطر قائم'],
    ]);
  });

  it("takes the words after «قائلا» or a colon as the speaker's own, marks or none", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال رئيس الاتحاد كارل فيبر إن السوق غامض.\n\nوأضاف قائلا نادرا ما كان من الصعب التكهن بالنسبة لعام جار.\n\nوقال: أعتقد أنه بمجرد ما تهدأ الأمور ستكون هناك امكانية.\n\nوقال مسؤول في المطار: إن الرحلات لن تعود قريبا.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['indirect', 'كارل فيبر'],
      ['direct', 'كارل فيبر'],
      ['direct', 'كارل فيبر'],
      ['indirect', 'مسؤول في المطار'],
    ]);
  });

  it('skips an aside in parentheses after the subject, and reads «بشار» as a name, not «بـ» + a word', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت وكالة الأنباء السعودية (واس) إن الملك استقبل الوفد.\n\nوقال الرئيس السوري بشار الأسد في مقابلة مع قناة (الجزيرة) إن سوريا لن تتدخل.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['وكالة الأنباء السعودية', undefined],
      ['بشار الأسد', 'الرئيس السوري'],
    ]);
  });

  it("gives a document's words to the issuer it names", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال الوزير إن الخطة جاهزة.\n\nوأكد بيان صادر عن وزارة الخارجية أن الوفد سيصل غدا.\n\nوجاء في بيان لمكتب رئيس الوزراء أن الاجتماع ألغي.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['الوزير', 'الخطة جاهزة'],
      ['وزارة الخارجية', 'الوفد سيصل غدا'],
      ['مكتب رئيس الوزراء', 'الاجتماع ألغي'],
    ]);
  });

  it('gives what figures and estimates show to the body whose they are («وبحسب بيانات المؤسسة», «أظهرت أرقام المندوبية»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقالت مؤسسة النقد العربي السعودي أمس إنها خفضت سعر الفائدة.\n\nوأظهرت بيانات المؤسسة أن عرض النقود ارتفع بنسبة 19.6 في المئة.\n\nوبحسب معطيات للمديرية العامة للأرصاد الجوية، فإن الموسم سجل عجزا.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['مؤسسة النقد العربي السعودي', 'مؤسسة النقد العربي السعودي', 'المديرية العامة للأرصاد الجوية']);
  });

  it("reads past a cue in a relative clause on the subject, stops at «لرويترز», and takes «يذكر أن» as nobody's speech", () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأضاف المصدر الذي فضل عدم ذكر اسمه أن المعارك مستمرة.\n\nقال شهود عيان لرويترز إن الانفجار هز المنطقة.\n\nيذكر أن الاتفاق وقع في عام 2005.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['المصدر', 'المعارك مستمرة'],
      ['شهود عيان', 'الانفجار هز المنطقة'],
    ]);
  });

  it('reads «ونص X على أن» as a text stipulating, and «كما يوضح أن» as a new clause of the same speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nونص القرار الاتهامي على ان هدف الحملة كان القضاء على التطلعات القومية.\n\nوقال الوزير إن الخطة جاهزة كما أكد أن التنفيذ سيبدأ غدا.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['القرار الاتهامي', 'هدف الحملة كان القضاء على التطلعات القومية'],
      ['الوزير', 'الخطة جاهزة'],
      ['الوزير', 'التنفيذ سيبدأ غدا'],
    ]);
    expect(quotesOf('عنوان الخبر\n\nوقرأ المتحدث نص القرار على الحضور في القاعة.')).toHaveLength(0);
  });

  it('gives «تقرير المنظمة الحقوقية» to the rights organisation named before', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nواعتبرت منظمة هيومان رايتس ووتش الاميركية للدفاع عن حقوق الانسان في تقرير مفصل ان عمليات القتل لا علاقة لها بالتمرد.\n\nويشير تقرير المنظمة الحقوقية الى ان الاسرى قتلوا بعد ايام.',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.speaker?.name).toBe(quotes[0]?.speaker?.name);
    expect(quotes[0]?.speaker?.name).toContain('هيومان رايتس ووتش');
    expect(quotes[0]?.speaker?.name).not.toContain('تقرير');
  });

  it('skips an aside between tatweel dashes, but keeps «ل ـ» as a proclitic written apart', () => {
    const [aside] = quotesOf('عنوان الخبر\n\nأكد الوزير سامر خليل ـ في تصريحات أمس ـ ان السودان يقبل بالتسوية.');
    expect(aside?.speaker?.name).toBe('سامر خليل');
    expect(aside?.text).toBe('السودان يقبل بالتسوية');
    const [told] = quotesOf('عنوان الخبر\n\nوقال الوزير سامر خليل ل ـ «الشرق الاوسط» عبر الهاتف ان «للعراق خياراته المتعددة في الرد».');
    expect(told?.speaker?.name).toBe('سامر خليل');
  });

  it('ends the subject at «النقاب» in «كشف X النقاب عن»', () => {
    const quotes = quotesOf('عنوان الخبر\n\nكشف وزير الخارجية السابق سلفان شالوم النقاب عن أن الحزب أعد خطة جديدة.');
    expect(quotes[0]?.speaker?.name).toBe('سلفان شالوم');
  });

  it('resolves a title alone to the person it followed with no comma («هيلاري كلينتون وزيرة الخارجية»)', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوالتقت أمس هيلاري كلينتون وزيرة الخارجية الأمريكية بعدد من المسؤولين.\n\nوأوضحت الوزيرة أن المحادثات كانت مثمرة.');
    expect(quotes[0]?.speaker?.name).toBe('هيلاري كلينتون');
  });

  it('reads no speech in a byline («كتب: …») or in «وهو ما يؤكد أن», and «الصادرة أمس» ends a newspaper’s name', () => {
    expect(quotesOf('عنوان الخبر\n\nكتب: محمود صبري رفع الجهاز الفني للفريق درجة الاستعداد.')).toHaveLength(0);
    expect(quotesOf('عنوان الخبر\n\nوهو ما يؤكد أن الفوز يبدأ من صلابة خط الدفاع.')).toHaveLength(0);
    const [paper] = quotesOf('عنوان الخبر\n\nوادعت صحيفة يديعوت أحرونوت الصادرة أمس أن القطاع على وشك مواجهة.');
    expect(paper?.speaker?.name).toBe('صحيفة يديعوت أحرونوت');
  });

  it('reads «ويتوقع أن» opening a sentence as impersonal, «ويتوقع الخبراء أن» as the experts’ speech', () => {
    expect(quotesOf('عنوان الخبر\n\nويتوقع ان يصوت مجلس الشيوخ على الميزانية في وقت لاحق.')).toHaveLength(0);
    expect(quotesOf('عنوان الخبر\n\nويتوقع الخبراء أن ترتفع الأسعار.')[0]?.speaker?.name).toBe('الخبراء');
  });

  it('gives words relayed «عنه» to the one who said them, not to the relayer', () => {
    const [aside] = quotesOf('عنوان الخبر\n\nحذر رئيس الأركان دان حالوتس أمس كما نقل عنه مسؤول كبير من ان اسرائيل ستفرق التظاهرات.');
    expect(aside?.speaker?.name).toBe('دان حالوتس');
    expect(aside?.text).toBe('اسرائيل ستفرق التظاهرات');
    const quotes = quotesOf('عنوان الخبر\n\nوقال الوزير سامر خليل إن الوضع صعب.\n\nونقل عنه مسؤول كبير قوله إن الوضع خطير.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['سامر خليل', 'سامر خليل']);
    expect(quotesOf('عنوان الخبر\n\nوأهمية المباراة تجعل اللاعبين يمضون باتجاه التفوق على حد سواء.')).toHaveLength(0);
  });

  it('ends the subject where «بحسب ما نقل عنه X» begins', () => {
    const quotes = quotesOf(
      "عنوان الخبر\n\nحذر رئيس الأركان دان حالوتس أمس من ان اسرائيل ستفرق التظاهرات.\n\nوقال رئيس الأركان بحسب ما نقل عنه المسؤول الكبير ' ' قلنا بوضوح اننا سنستخدم وسائل لتفريق الجموع ' '.",
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['دان حالوتس', 'دان حالوتس']);
  });

  it('gives a title’s complement that runs into the name back to the role, after a title only', () => {
    const [quote] = quotesOf('عنوان الخبر\n\nوقال نائب رئيس نادي أرسنال الإنجليزي لكرة القدم ديفد دين إن النادي يريد الاحتفاظ بالمدرب.');
    expect(quote?.speaker).toMatchObject({ name: 'ديفد دين', role: 'نائب رئيس نادي أرسنال الإنجليزي لكرة القدم' });
  });

  it('reads «علي أن» / «إلي أن» after a subject as the prepositions, and «فيها» after the verb as no subject', () => {
    // «مستوى» makes the text tell ى from ي, so the spelling alone would read «علي» as a name.
    const [on] = quotesOf('مستوى عال\n\nوأكد رئيس مجلس الادارة علي أنها مرحلة مهمة في تاريخ البنك.');
    expect(on?.speaker?.name).toBe('رئيس مجلس الادارة');
    expect(on?.text).toBe('مرحلة مهمة في تاريخ البنك');
    const [to] = quotesOf('مستوى عال\n\nوأشار حسين الفردان إلي أن البرنامج لن يؤثر على الأرباح.');
    expect(to?.speaker?.name).toBe('حسين الفردان');
    const quotes = quotesOf('مستوى عال\n\nوقال عبدالله العطية إن البنك جاهز.\n\nوأكد فيها ان الاقتصاد مزدهر.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['عبدالله العطية', 'عبدالله العطية']);
  });

  it('reads a title named by «عنوان» as no speech, «بالتالي» as no subject, and «أجاب» as a verb of saying', () => {
    const titled = quotesOf(
      'عنوان الخبر\n\nونشرت صحيفة "الأخبار" مقالا لرئيس تحريرها حمل عنوان "حين يصمت الجميع عن الحق".\n\nوقالت الصحيفة "لم يعد الصمت ممكنا بعد اليوم".',
    );
    expect(titled.map((q) => q.text)).toEqual(['لم يعد الصمت ممكنا بعد اليوم']);
    const [therefore] = quotesOf('عنوان الخبر\n\nوقال الخبير سامر الحلبي إن الأسعار سترتفع.\n\nوتوقع بالتالي أن يتراجع الطلب على السلع.');
    expect(therefore?.speaker?.name).toBe('سامر الحلبي');
    const [answered] = quotesOf('عنوان الخبر\n\nوردا على سؤال عن المفاوضات أجاب الوزير كمال داود "لن نتنازل عن حقوقنا أبدا".');
    expect(answered).toMatchObject({ kind: 'direct', text: 'لن نتنازل عن حقوقنا أبدا' });
    expect(answered?.speaker?.name).toBe('كمال داود');
  });

  it('reads a long quotation after «أعرب عن» as what was said, and «ألا» as a complementiser', () => {
    const [expressed] = quotesOf('عنوان الخبر\n\nوأعرب الوزير ماهر سليم عن "ثقته الكاملة بقدرة الفريق على تجاوز الأزمة".');
    expect(expressed).toMatchObject({ kind: 'direct', text: 'ثقته الكاملة بقدرة الفريق على تجاوز الأزمة' });
    expect(expressed?.speaker?.name).toBe('ماهر سليم');
    const [term] = quotesOf('عنوان الخبر\n\nوأعرب الوزير ماهر سليم عن "ارتياحه".');
    expect(term).toBeUndefined();
    const [negated] = quotesOf('عنوان الخبر\n\nواعتبر المحلل عادل زين أمس ألا أحد يستطيع وقف ارتفاع الأسعار.');
    // («ألا» is «أن لا»: without it the content would say the opposite.)
    expect(negated?.text).toBe('ألا أحد يستطيع وقف ارتفاع الأسعار');
  });

  it('ends a reported clause at «وقال» with its quotation right after it, and reads «مساعد» and «تكهن»', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأكد مساعد المدرب الوطني خالد عمر أن الفريق جاهز تماما للمباراة وقال "لمسنا من اللاعبين رغبة كبيرة في الفوز".\n\nوتكهن المحلل سمير داود بأن المباراة ستكون صعبة.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'خالد عمر', 'الفريق جاهز تماما للمباراة'],
      ['direct', 'خالد عمر', 'لمسنا من اللاعبين رغبة كبيرة في الفوز'],
      ['indirect', 'سمير داود', 'المباراة ستكون صعبة'],
    ]);
  });

  it('reads «قبل أن» as a conjunction, «كرر» as a verb of saying, and a participle after the marks as a new quote', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوكرر الزعيمان أنهما متفقان على الخطة.\n\nوقال الوزير رامي عطا في مؤتمر صحفي قبل أن يغادر "نحن متفقون على كل شيء".\n\nوتابع عطا "الخطر حقيقي على المنطقة كلها" مكررا القول إن الحكومة ستقدم الأدلة قريبا.',
    );
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'متفقان على الخطة'],
      ['direct', 'نحن متفقون على كل شيء'],
      ['direct', 'الخطر حقيقي على المنطقة كلها'],
      ['indirect', 'الحكومة ستقدم الأدلة قريبا'],
    ]);
    expect(quotes.slice(1).map((q) => q.speaker?.name)).toEqual(['رامي عطا', 'رامي عطا', 'رامي عطا']);
  });

  it('reads the clause a possessed noun holds after «أعرب عن» as what was said, and a bare object as nothing', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوأعرب محللون عن اعتقادهم أن السوق ستتعافى قريبا.\n\nوأعرب الوزير سمير داود عن أمله في أن تنتهي الأزمة.\n\nوأعرب الوزير عن قلقه من التطورات.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['محللون', 'السوق ستتعافى قريبا'],
      ['سمير داود', 'تنتهي الأزمة'],
    ]);
  });

  it('reads «بأن» after the object of «علق على» as what was said of it, but not past a comma', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوعلق المدرب فادي سليم على العقد الذي وقعه مع النادي بأن العرض الجديد أفضل.\n\nوعلق الوزير على القرار، وبأن الحكومة لم تتخذه بعد.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['العرض الجديد أفضل']);
    // «المدرب» takes no complement: the surname the entity stage found does not cut «فادي» off the name.
    expect(quotes[0]?.speaker).toMatchObject({ name: 'فادي سليم', role: 'المدرب' });
  });

  it('ends the subject of a verb with an object before a participle at the name or the definite noun', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nونفى الرئيس حسني مبارك صحة التقارير، مؤكدا أن العلاقات طبيعية.\n\nونفت الوزارة صحة الأنباء، مؤكدة أن السفير باق.\n\nوأكد المتحدث باسم الحكومة دعم الخطة، مشيرا إلى أن التنفيذ سيبدأ.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حسني مبارك', 'الوزارة', 'المتحدث باسم الحكومة']);
  });

  it('gives a participle with no quote before it the subject of the verb opening its sentence', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال أحمد سالم إن الوضع صعب.\n\nواستقبل الرئيس حسني مبارك أمس وزير الخارجية، مؤكدا أن العلاقات متينة.\n\nواختتم كلمته، مؤكدا أن الحرب انتهت.\n\nواستقبل الرئيس حسني مبارك رئيس الوزراء الإسرائيلي إيهود أولمرت، مؤكدا أن السلام ممكن.\n\nوكان الرئيس قد استقبل إيهود أولمرت أمس، مؤكدا أن السلام قريب.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.inferred])).toEqual([
      ['أحمد سالم', false],
      ['حسني مبارك', false],
      ['حسني مبارك', true],
      ['حسني مبارك', false],
      ['حسني مبارك', false],
    ]);
    expect(quotes[3]?.speaker?.role).toBe('الرئيس');
  });

  it('carries the speaker to a participle after a verb whose subject is left out, its definite object no speaker', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال حسن نصر الله إن الحرب انتهت.\n\nورفض الحديث عن أي تفاصيل بشأن التفاوض، مؤكدا أن المفاوضات سرية.\n\nوانتقد القرار الدولي، مشيرا إلى أنه ظالم.\n\nونفى صحة التقارير، مؤكدا أن الحزب لم يفاوض.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['حسن نصر الله', 'حسن نصر الله', 'حسن نصر الله', 'حسن نصر الله']);
  });
  it('reads a verb of saying under «لـ» of purpose as going on with the clause before it («وعاد الوزير ليؤكد أن»)', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال وزير الزراعة السوداني عمر الفكي ان المياه انحسرت.\n\nوعاد الوزير ليؤكد ان السد "لا علاقة له بالفيضان".\n\nثم خرج وزير الخارجية الكويتي سالم الصباح الى الصحفيين ليضيف ان الكويت "حريصة على علاقات طيبة".',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'عمر الفكي', 'المياه انحسرت'],
      ['mixed', 'عمر الفكي', 'السد "لا علاقة له بالفيضان"'],
      ['mixed', 'سالم الصباح', 'الكويت "حريصة على علاقات طيبة"'],
    ]);
  });
  it("reads «على لسان» inside a clause that goes on with its verb's preposition as no attribution of the words before it", () => {
    const quotes = quotesOf('عنوان الخبر\n\nمن جهتها، دعت الأمم المتحدة على لسان منسقها الخاص لعملية السلام تور وينسلاند إلى "ضبط النفس".');
    expect(quotes.some((q) => q.text.includes('دعت الأمم المتحدة'))).toBe(false);
    // At the sentence's end, after the words it attributes, it still attributes them.
    const [quote] = quotesOf('عنوان الخبر\n\nالوضع في القطاع خطير للغاية على لسان منسق الأمم المتحدة.');
    expect(quote?.speaker?.name).toBe('منسق الأمم المتحدة');
  });
  it('starts a new quote, same speaker, at «لكنه» and a verb of saying with its complementiser', () => {
    const quotes = quotesOf(
      'عنوان الخبر\n\nوقال مراسل الجزيرة في موسكو إن روسيا تسعى لاستخدام مواردها الطبيعية بشكل أفضل، ولكنه توقع أن تلي هذه التصريحات خطوات لتلطيف الأجواء.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['مراسل الجزيرة في موسكو', 'روسيا تسعى لاستخدام مواردها الطبيعية بشكل أفضل'],
      ['مراسل الجزيرة في موسكو', 'تلي هذه التصريحات خطوات لتلطيف الأجواء'],
    ]);
  });

  it('ends a reported clause inside a clause of contrast opening the sentence at the comma before the main verb of saying', () => {
    const quotes = quotesOf('عنوان الخبر\n\nوبينما يرى خبراء اقتصاديون أن الخطوة ضرورية لتنويع مصادر الدخل، يحذر آخرون من تأثيرها على القدرة الشرائية.');
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['خبراء اقتصاديون', 'الخطوة ضرورية لتنويع مصادر الدخل']]);
    // A comma inside the clause, before no verb of saying, does not end it.
    const inside = quotesOf('عنوان الخبر\n\nوبينما يرى خبراء أن الخطوة ضرورية، وأنها تأخرت كثيرا، يحذر آخرون من آثارها.');
    expect(inside.map((q) => q.text)).toEqual(['الخطوة ضرورية، وأنها تأخرت كثيرا']);
  });

  it('splits a participle with a quotation of its own after a comma from the reported clause, not one after a complementiser', () => {
    const quotes = quotesOf('عنوان الخبر\n\nواعتبر المدير الفني للأهلي مارسيل كولر أن فريقه قدم مباراة كبيرة، مضيفا: "اللاعبون التزموا بالتعليمات".');
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'مارسيل كولر', 'فريقه قدم مباراة كبيرة'],
      ['direct', 'مارسيل كولر', 'اللاعبون التزموا بالتعليمات'],
    ]);
    const kept = quotesOf('عنوان الخبر\n\nوقالت اللجنة إن قرارها جاء بعد مشاهدة اللقطات، مؤكدة أن «اللوائح تطبق على الجميع».');
    expect(kept.map((q) => q.text)).toEqual(['قرارها جاء بعد مشاهدة اللقطات، مؤكدة أن «اللوائح تطبق على الجميع»']);
  });
});

describe('Arabic «بالقول», "by saying"', () => {
  it('reports the words of the verb’s subject, and leaves a noun with its own pronoun before it out of the subject', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'واكتفى الوزير بالقول إن الحكومة ستدرس الملف.',
        'وقال النائب جورج عبود إن الخطة جاهزة.',
        'وختم عبود مؤتمره بالقول إن الكرة في ملعب مجلس النواب.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['الوزير', 'الحكومة ستدرس الملف'],
      ['جورج عبود', 'الخطة جاهزة'],
      ['جورج عبود', 'الكرة في ملعب مجلس النواب'],
    ]);
  });
});

describe('Arabic «بالتأكيد على أن», "by affirming that", and a smile', () => {
  it('reports the clause after «بالتأكيد على أن» as the subject’s, «بالتأكيد» alone being "certainly", and «قالت بابتسامة:» as manner', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقال وزير الداخلية محمد الطاهر بن عيسى إن الاقتراع جرى في هدوء.',
        'وختم بن عيسى ندوته بالتأكيد على أن النتائج المؤقتة ستعلن خلال 48 ساعة.',
        'وقالت الروائية عائشة المهيري إن الرواية تأخرت عامين.',
        'وعن الجوائز قالت بابتسامة: "الجوائز تفرح، لكنها لا تكتب الرواية التالية".',
        'وسيكون الفريق بالتأكيد أقوى في الموسم المقبل.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['محمد الطاهر بن عيسى', 'الاقتراع جرى في هدوء'],
      ['محمد الطاهر بن عيسى', 'النتائج المؤقتة ستعلن خلال 48 ساعة'],
      ['عائشة المهيري', 'الرواية تأخرت عامين'],
      ['عائشة المهيري', 'الجوائز تفرح، لكنها لا تكتب الرواية التالية'],
    ]);
  });
});

describe('Arabic shouting and replying', () => {
  it('reads «هتف», «صرخ» and «اكتفى بالرد:» as saying what follows in marks', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقال المدرب حمادة عبد اللطيف إن الفريق سيعود أقوى.',
        'وعندما سئل عما اذا كان يشعر بالقلق من شبح الهبوط، اكتفى بالرد: "لأ".',
        'وهتف المتظاهرون: "بالروح بالدم نفديك يا أردن".',
        'وصرخ أحد الجرحى: "أين الإسعاف؟ لا أحد يساعدنا".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['حمادة عبد اللطيف', 'الفريق سيعود أقوى'],
      ['حمادة عبد اللطيف', 'لأ'],
      ['المتظاهرون', 'بالروح بالدم نفديك يا أردن'],
      ['أحد الجرحى', 'أين الإسعاف؟ لا أحد يساعدنا'],
    ]);
  });
});

describe('Arabic «قبل أن يضيف:»', () => {
  it('ends the reported clause before "before adding" and quotes what follows it', () => {
    const quotes = quotesOf(
      'عنوان\n\nوقال أحد السكان لـ"الشروق" إن الموقوفين كانا يعيشان حياة عادية، قبل أن يضيف: " كنا نحسبوهم تجار خضرة، والله ما كنا نعرفو حتى حاجة ".',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'أحد السكان', 'الموقوفين كانا يعيشان حياة عادية'],
      ['direct', 'أحد السكان', 'كنا نحسبوهم تجار خضرة، والله ما كنا نعرفو حتى حاجة'],
    ]);
  });
});

describe('Arabic ambiguous cues after a definite word', () => {
  it('reads «بين» right after a definite word, with no complementiser after it, as "between", and «رد في بيان بأن» as a reply', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقالت الروائية عائشة المهيري إن الرواية تأخرت.',
        'ولم تخف المهيري قلقها من تراجع القراءة بين الشباب، لكنها قالت: "كل جيل يقرأ بطريقته".',
        'غير أن الاتحاد الدولي لكرة اليد رد في بيان بأن الحكام يخضعون لتقييم دقيق.',
        'لكن اللجنة المنظمة ردت: "كل المباريات ستقام في موعدها".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['عائشة المهيري', 'الرواية تأخرت'],
      ['عائشة المهيري', 'كل جيل يقرأ بطريقته'],
      ['الاتحاد الدولي لكرة اليد', 'الحكام يخضعون لتقييم دقيق'],
      ['اللجنة المنظمة', 'كل المباريات ستقام في موعدها'],
    ]);
  });
});

describe('Arabic datelines under the headline', () => {
  it('reads «فيينا: كمال النجار» and «جدة: «الشرق الأوسط»» right under the headline as datelines, and a subheading below as a quote', () => {
    const quotes = quotesOf(
      [
        'دبلوماسي غربي: طهران تراهن على الوقت',
        'فيينا: كمال النجار',
        'قال دبلوماسي غربي رفيع في فيينا إن طهران تراهن على كسب الوقت.',
        'نصار: اللقب هدفنا الوحيد',
        'وقال قائد الفريق طارق نصار إن اللاعبين يدركون حجم المسؤولية.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.text)).toEqual(['طهران تراهن على الوقت', 'طهران تراهن على كسب الوقت', 'اللقب هدفنا الوحيد', 'اللاعبين يدركون حجم المسؤولية']);
    const outlet = quotesOf(['عنوان الخبر', 'جدة: «الشرق الأوسط»', 'كشفت دراسة أن نحو 80 في المائة من النساء يعانين من نقص في فيتامين د.'].join('\n\n'));
    expect(outlet.map((q) => q.text)).not.toContain('الشرق الأوسط');
  });
});

describe('Arabic «علي» for «على» in text that writes both alike', () => {
  it('reads «علي» before a noun with its own pronoun as the preposition, and «علي» before a name as the name', () => {
    const quotes = quotesOf(
      [
        'عنوان',
        'وقال النائب فهد الدويهي ان الاستجواب سيقدم اليوم .',
        'ورد الدويهي علي زميله : " التوقيت المناسب عند البعض لا ياتي ابدا " .',
        'وقال النائب علي العمير ان الكتلة لم تحسم موقفها .',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['فهد الدويهي', 'فهد الدويهي', 'علي العمير']);
  });
});
