import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../src/annotate/quotes/index.js';
import type { ArticleDocument, Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { expectValid } from './helpers.js';

function quotesOf(text: string): { doc: ArticleDocument; quotes: Quote[] } {
  const doc = parseArticle(text);
  expectValid(doc);
  return { doc, quotes: doc.quotes };
}

/** The quote whose text contains `needle`. */
function quoteWith(quotes: Quote[], needle: string): Quote {
  const found = quotes.find((q) => q.text.includes(needle));
  if (!found) throw new Error(`no quote holds ${needle}; quotes: ${quotes.map((q) => q.text.slice(0, 30)).join(' | ')}`);
  return found;
}

describe('Arabic reported speech', () => {
  const text = [
    'محادثات المياه بين القاهرة والخرطوم',
    'وقال سامي حداد، مدير مركز الدراسات المائية في عمّان، إن الاتفاق الجديد يمنح الطرفين فرصة نادرة، موضحًا أن التمويل ما زال غير مضمون.',
    'وأكد في تصريحات خاصة لـ"الشرق الأوسط" أن الجولة المقبلة ستعقد في أديس أبابا.',
    'من جهتها، قالت الباحثة ليلى منصور إن المفاوضات تسير ببطء.',
    'وأضافت أن الوسطاء لم يقدموا أي ضمانات مكتوبة.',
    'وشدد مدير مركز الدراسات المائية في عمّان على أن الوقت ينفد.',
    'وقال د. حداد: «لن ننتظر عشر سنوات أخرى حتى نرى النتائج على الأرض».',
    'ويرى خبراء أن الخلاف الفني أعمق من السياسي.',
    'وأكدوا أن أي اتفاق يحتاج إلى رقابة دولية.',
  ].join('\n');
  const { doc, quotes } = quotesOf(text);

  it('takes the name before the comma and the role between the commas', () => {
    const q = quoteWith(quotes, 'الاتفاق الجديد');
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toMatchObject({ name: 'سامي حداد', role: 'مدير مركز الدراسات المائية في عمّان', inferred: false });
    expect(q.cue?.text).toBe('قال');
    expect(q.speakerSpan?.text).toBe('سامي حداد');
    // The participle continues the same clause: one quote to the end of the sentence.
    expect(q.text).toBe('الاتفاق الجديد يمنح الطرفين فرصة نادرة، موضحًا أن التمويل ما زال غير مضمون');
  });

  it('carries the speaker over an unnamed subject and leaves the outlet out', () => {
    const q = quoteWith(quotes, 'الجولة المقبلة');
    expect(q.speaker).toMatchObject({ name: 'سامي حداد', inferred: true });
    expect(q.speakerSpan).toBeUndefined();
    expect(quotes.some((x) => x.text === 'الشرق الأوسط')).toBe(false);
  });

  it('follows verb gender to the last woman, not the last speaker', () => {
    const named = quoteWith(quotes, 'تسير ببطء');
    expect(named.speaker?.name).toBe('ليلى منصور');
    const carried = quoteWith(quotes, 'ضمانات مكتوبة');
    expect(carried.speaker).toMatchObject({ name: 'ليلى منصور', inferred: true });
  });

  it('resolves a title alone to the person given that title', () => {
    const q = quoteWith(quotes, 'الوقت ينفد');
    expect(q.speaker?.name).toBe('سامي حداد');
    expect(q.speakerSpan?.text).toBe('مدير مركز الدراسات المائية في عمّان');
  });

  it('resolves a short form with a title to the full name, and reads a direct quote after a colon', () => {
    const q = quoteWith(quotes, 'لن ننتظر');
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('لن ننتظر عشر سنوات أخرى حتى نرى النتائج على الأرض');
    expect(q.speaker).toMatchObject({ name: 'سامي حداد', inferred: false });
  });

  it('takes unnamed groups as speakers and a plural verb back to the group', () => {
    expect(quoteWith(quotes, 'الخلاف الفني').speaker?.name).toBe('خبراء');
    expect(quoteWith(quotes, 'رقابة دولية').speaker).toMatchObject({ name: 'خبراء', inferred: true });
  });

  it('numbers the quotes in reading order and finds no others', () => {
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, i) => `q${i + 1}`));
    expect(quotes).toHaveLength(8);
    const starts = quotes.map((q) => q.position.start.offset as number);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(doc.messages.filter((m) => m.source === 'quotes')).toEqual([]);
  });
});

describe('attribution without a verb and in headlines', () => {
  it('reads «وفقًا لـ» and «بحسب» as the speaker, with the article put back', () => {
    const { quotes } = quotesOf(
      'عنوان الخبر\nووفقًا للكرملين، فإن المحادثات ستتناول التعاون الدفاعي.\nوارتفع عدد الضحايا إلى 40 قتيلًا، بحسب ما أعلنته وزارة الصحة.',
    );
    const kremlin = quoteWith(quotes, 'المحادثات');
    expect(kremlin.text).toBe('المحادثات ستتناول التعاون الدفاعي');
    expect(kremlin.speaker?.name).toBe('الكرملين');
    expect(kremlin.cue?.text).toBe('وفقًا');
    const ministry = quoteWith(quotes, 'عدد الضحايا');
    expect(ministry.speaker?.name).toBe('وزارة الصحة');
    expect(ministry.text).toBe('وارتفع عدد الضحايا إلى 40 قتيلًا');
  });

  it('reads "according to" after the content', () => {
    const { quotes } = quotesOf('Headline\nThe cut will take effect in May, according to the energy ministry.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'The cut will take effect in May', kind: 'indirect', speaker: { name: 'the energy ministry' } });
  });

  it('takes the phrase before a headline colon as the speaker', () => {
    const { quotes } = quotesOf('الكرملين: المفاوضات مع الغرب "لا تبشر بالخير"\nوصل الوفد إلى موسكو مساء أمس.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ paragraphId: 'title', kind: 'mixed', speaker: { name: 'الكرملين' } });
    expect(quotes[0]?.text).toBe('المفاوضات مع الغرب "لا تبشر بالخير"');
  });

  it('does not take a headline label for a speaker', () => {
    const { quotes } = quotesOf('Analysis: why the talks failed\nThe talks failed on Monday.');
    expect(quotes).toEqual([]);
  });
});

describe('names and terms in quotation marks are not quotes', () => {
  it('skips proclitic-glued names, named things, scare quotes and lists', () => {
    const { quotes } = quotesOf(
      [
        'عنوان',
        'تسعى موسكو إلى تثبيت نفوذها في منطقة تراها "عمقًا استراتيجيًا" لأمنها.',
        'وتحدث عن التحركات عبر ما يُعرف بـ"الاتحاد التركي" وقاعدة «بايكونور» الفضائية.',
        'وتضم المجموعة دول "طاجيكستان، أوزبكستان، قرغيزستان، وكازاخستان" منذ سنوات.',
      ].join('\n'),
    );
    expect(quotes).toEqual([]);
  });

  it('keeps a quoted list inside reported speech as part of it, not as its own quote', () => {
    const { quotes } = quotesOf('عنوان\nوأكد الوزير أن الدول الخمس، وهي: "مصر، الأردن، العراق، وتونس"، ستوقع الاتفاق.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('indirect');
  });

  it('reads a work in marks after the author it describes («صاحب "مراثي الفرات"») as part of the speaker, not a quote', () => {
    const { quotes } = quotesOf('عنوان\nويقول صاحب "مراثي الفرات"، الذي صدرت له تسع مجموعات شعرية، ان المنفى "لم يكن اختيارا بل قدرا".');
    expect(quotes.map((q) => [q.speaker?.name, q.kind])).toEqual([['صاحب "مراثي الفرات"', 'mixed']]);
  });

  it('skips so-called terms and titles of works in English', () => {
    const { quotes } = quotesOf('Headline\nEmployers worry about so-called "quiet quitting" and a video titled "Work is not your life" went viral.');
    expect(quotes).toEqual([]);
  });
});

describe('English quotes', () => {
  const text = [
    'Council approves cycle lanes',
    '"We are going to make these streets safe for everyone," said Priya Shah, the chair of the transport committee.',
    'She added that the first lanes would open in the spring.',
    'The opposition leader, Mark Dobson, said the lanes would "strangle" the high street.',
    '"This is bad planning," he said. "Nobody asked the shopkeepers."',
    'Officials said the project would cost 12 million pounds.',
  ].join('\n');
  const { quotes } = quotesOf(text);

  it('reads an inverted attribution after a quote with the role in apposition', () => {
    const q = quoteWith(quotes, 'safe for everyone');
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('We are going to make these streets safe for everyone,');
    expect(q.speaker).toMatchObject({ name: 'Priya Shah', role: 'the chair of the transport committee', inferred: false });
  });

  it('carries "she added" to the woman and "he said" to the man', () => {
    expect(quoteWith(quotes, 'first lanes').speaker).toMatchObject({ name: 'Priya Shah', inferred: true });
    expect(quoteWith(quotes, 'bad planning').speaker).toMatchObject({ name: 'Mark Dobson', inferred: true });
  });

  it('takes the name from an apposition after a description and marks a quoted fragment as mixed', () => {
    const q = quoteWith(quotes, 'strangle');
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('the lanes would "strangle" the high street');
    expect(q.speaker?.name).toBe('Mark Dobson');
  });

  it('continues a speaker through a second quoted sentence', () => {
    expect(quoteWith(quotes, 'Nobody asked').speaker?.name).toBe('Mark Dobson');
  });

  it('takes an unnamed group as the speaker of a clause without "that"', () => {
    expect(quoteWith(quotes, '12 million')).toMatchObject({ text: 'the project would cost 12 million pounds', speaker: { name: 'Officials' } });
  });

  it('does not take the outlet told as the speaker', () => {
    const { quotes: told } = quotesOf('Headline\n"I just went in," Darren Walsh told the Daily Mirror.\nHe told Reuters the fire started in the kitchen.');
    expect(told.map((q) => q.speaker?.name)).toEqual(['Darren Walsh', 'Darren Walsh']);
    expect(told[1]?.text).toBe('the fire started in the kitchen');
  });
});

describe('a quote over several paragraphs', () => {
  it('is one quote from the first opening mark to the last closing mark', () => {
    const text = [
      'The last bookshop',
      '"When my mother started this shop, there were six bookshops on this street," Eleanor Hayes said.',
      '"People came in to talk, not just to buy.',
      '"Now they take a photo of the cover and order it online."',
      'She added that the rent had tripled.',
    ].join('\n');
    const { doc, quotes } = quotesOf(text);
    const long = quoteWith(quotes, 'People came in');
    expect(long.paragraphId).toBe('p2');
    expect(long.text).toBe('People came in to talk, not just to buy.\n"Now they take a photo of the cover and order it online.');
    expect(long.speaker?.name).toBe('Eleanor Hayes');
    expect(quotes).toHaveLength(3);
    expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote')).toEqual([]);
  });
});

describe('unbalanced quotation marks', () => {
  it('reports them as messages and still finds the rest', () => {
    const { doc, quotes } = quotesOf('عنوان\nوقال الوزير: «لن نتراجع عن القرار.\nوأضاف أن الحكومة ستواصل الحوار.');
    const unbalanced = doc.messages.filter((m) => m.ruleId === 'unbalanced-quote');
    expect(unbalanced).toHaveLength(1);
    expect(unbalanced[0]).toMatchObject({ source: 'quotes', severity: 'warning' });
    expect(unbalanced[0]?.position?.start.offset).toBe(doc.text.indexOf('«'));
    expect(quoteWith(quotes, 'ستواصل الحوار').speaker?.name).toBe('الوزير');
  });

  it('reports a closing mark with no opening one', () => {
    const { doc } = quotesOf('Title\nHe said the deal was off.” Then he left.');
    expect(doc.messages.filter((m) => m.ruleId === 'unbalanced-quote')).toHaveLength(1);
  });
});

describe('the stage on its own', () => {
  it('replaces earlier quotes when run again and is deterministic', () => {
    const doc = parseArticle('عنوان\nوقال الوزير إن الاتفاق نهائي.');
    const first = JSON.stringify(doc.quotes);
    annotateQuotes(doc);
    expect(JSON.stringify(doc.quotes)).toBe(first);
    expect(doc.quotes).toHaveLength(1);
  });
});

describe('quotes in the outputs', () => {
  it('shows each quote with its speaker in Markdown and HTML', async () => {
    const { toHTML, toMarkdown } = await import('../src/serialize/index.js');
    const { doc } = quotesOf('Title\n"We will not back down," said Mayor Ana Ruiz.\nShe added that the vote would go ahead.');
    const md = toMarkdown(doc);
    expect(md).toContain('**Ana Ruiz**');
    expect(md).toContain('We will not back down,');
    const html = toHTML(doc);
    expect(html).toContain('<cite>Ana Ruiz</cite>, <span class="role">Mayor</span>');
    expect(html).toContain('data-quote="q2"');
  });

  it('runs as the unified plugin after the parser', async () => {
    const { unified } = await import('unified');
    const { articleParse, articleQuotes } = await import('../src/plugins.js');
    const processor = unified().use(articleParse).use(articleQuotes);
    const tree = (await processor.run(processor.parse('عنوان\nوقال الوزير إن الاتفاق نهائي.'))) as unknown as ArticleDocument;
    expect(tree.quotes.map((q) => q.speaker?.name)).toEqual(['الوزير']);
  });
});

describe('a paragraph in another language', () => {
  it('reads an English paragraph of an Arabic article with the English tables', () => {
    const doc = parseArticle(
      'عنوان الخبر\nوقال الوزير إن الاتفاق نهائي وإن التوقيع سيتم الأسبوع المقبل في العاصمة.\n"We are very happy with this agreement," the ambassador said in a statement.',
    );
    expectValid(doc);
    const english = doc.quotes.find((q) => q.text.startsWith('We are'));
    expect(english?.speaker?.name).toBe('the ambassador');
  });
});

describe('participles and bodies', () => {
  it('does not take «قائلًا» after the verb for a speaker', () => {
    const { quotes } = quotesOf('عنوان\nوقال الوزير: «سنواصل العمل».\nوأضاف قائلًا: «لن نتراجع أبدًا عن هذا القرار».');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['الوزير', 'الوزير']);
  });

  it('gives "it" to a body and never "he"', () => {
    const { quotes } = quotesOf(
      'Title\nThe ministry said on Monday that it had opened an inquiry. It added that the report would be public.\n"We did everything we could," he said, adding that the army had been deployed.',
    );
    expect(quoteWith(quotes, 'report would be public').speaker).toMatchObject({ name: 'The ministry', inferred: true });
    expect(quoteWith(quotes, 'everything we could').speaker).toBeNull();
    expect(quoteWith(quotes, 'army had been deployed').speaker).toBeNull();
  });
});

describe('known speaker errors', () => {
  it('keeps a two-word title in the role, not the name', () => {
    const { quotes } = quotesOf(
      'Miner cuts output\n"We will not chase volume at any price," Chief Executive Ingrid Solberg said on a call.\nChief Operating Officer Paul Raines said the mine would reopen in June.',
    );
    expect(quoteWith(quotes, 'chase volume').speaker).toMatchObject({ name: 'Ingrid Solberg', role: 'Chief Executive' });
    expect(quoteWith(quotes, 'reopen in June').speaker).toMatchObject({ name: 'Paul Raines', role: 'Chief Operating Officer' });
  });

  it('does not take "through an interpreter" for what was said', () => {
    const { quotes } = quotesOf('Race stopped\n"My legs were gone after thirty kilometres," Alemu said through an interpreter.');
    expect(quotes.map((q) => q.text)).toEqual(['My legs were gone after thirty kilometres,']);
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Alemu', inferred: false });
  });

  it('gives both halves of a split quotation the named speaker, even after another speaker', () => {
    const { quotes } = quotesOf(
      'Ferry cut\nThe harbour master, Colin Price, said the crossing had been cancelled.\n"It is not safe," Aisha Rahman said, "and we are running out of flour."',
    );
    for (const part of ['It is not safe', 'running out of flour'])
      expect(quoteWith(quotes, part).speaker).toMatchObject({ name: 'Aisha Rahman', inferred: false });
  });

  it('does not take a circumstantial clause after «وقال» for the speaker', () => {
    const { quotes } = quotesOf('الصيادون\nقال الوزير سالم العبيدي إن الموسم سيئ.\nوقال وهو يرتق شباكه: "البحر لم يعد يعطي".');
    const q = quoteWith(quotes, 'البحر لم يعد');
    expect(q.speaker?.name).not.toContain('وهو');
    expect(q.speaker?.inferred).toBe(true);
  });

  it('ends the speaker at a setting («في ختام حديثه») and drops «به» after «بحسب ما أفاد»', () => {
    const { quotes } = quotesOf(
      'الموسم\nوقال المدرب رضا الجبالي في ختام حديثه إن الفريق سيعود أقوى.\nوتعمل الإدارة على تجديد العقود، بحسب ما أفاد به رئيس النادي.',
    );
    expect(quoteWith(quotes, 'سيعود أقوى').speaker?.name).toBe('رضا الجبالي');
    expect(quoteWith(quotes, 'تجديد العقود').speaker?.name).toBe('رئيس النادي');
  });

  it('keeps a noun that is also a cue inside the reported clause', () => {
    const { quotes } = quotesOf('المكاتب\nوقال مسؤول في الوزارة إن الوزارة تدرس نقل مكاتبها إلى مبنى جديد يُنتظر أن يكتمل العام المقبل.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toContain('يُنتظر أن يكتمل');
    expect(quotes[0]?.speaker?.name).toBe('مسؤول في الوزارة');
  });

  it('reads a speaker phrase through a short quoted name', () => {
    const { quotes } = quotesOf('Park plan\nMembers of the "Save Hollis Park" group argue that the new road would split the park in two.');
    expect(quotes[0]?.speaker?.name).toBe('Members of the "Save Hollis Park" group');
  });

  it('resolves a title with a possessive suffix («رئيسها») to the person given that title', () => {
    const { quotes } = quotesOf(
      'الجمعية\nوقال رئيس جمعية المزارعين سالم التريكي إن الموسم كان صعبًا.\nوتعمل الجمعية على خطة لتوزيع البذور، بحسب ما أفاد به رئيسها.',
    );
    expect(quoteWith(quotes, 'توزيع البذور').speaker?.name).toBe('سالم التريكي');
  });
});
