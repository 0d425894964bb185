import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument, Entity } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

const byName = (doc: ArticleDocument, name: string): Entity | undefined => doc.entities.find((e) => e.name === name || e.aliases.includes(name));
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

describe('entities: a speaker named between a verb of saying and a role with no comma', () => {
  it('reads the words before a role head in the construct state as the speaker', () => {
    const doc = parseArticle(['وقال المطيري مدير المنتخب إن الفريق جاهز.', 'وأضاف الحربي مدير الكرة في النادي أن المدرب سيعلن التشكيلة غدا.'].join('\n'), {
      quotes: false,
    });
    expect(checkArticle(doc)).toEqual([]);
    expect(byName(doc, 'المطيري')?.kind).toBe('person');
    expect(mentionTexts(byName(doc, 'الحربي'))).toEqual(['الحربي']);
  });

  it('takes no common word for the name', () => {
    const doc = parseArticle('وقال كذلك مدير المنتخب إن الفريق جاهز.', { quotes: false });
    expect(doc.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('entities: a name the document writes in full, tagged short elsewhere', () => {
  it('grows a mention over the free words around it that make the longer name of the same kind', () => {
    const doc = parseArticle(['عاد الفنان لطفي لبيب الى المسرح بعد غياب.', 'وقدم لطفي لبيب عرضا جديدا في القاهرة.'].join('\n'), { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    const actor = byName(doc, 'لطفي لبيب');
    expect(actor?.kind).toBe('person');
    expect(mentionTexts(actor)).toEqual(['لطفي لبيب', 'لطفي لبيب']);
    expect(doc.entities.filter((e) => e.kind === 'person')).toHaveLength(1);
  });
});

describe('entities: a noun with an attached pronoun after a person’s name', () => {
  it('ends the name before a known word carrying a pronoun suffix', () => {
    const doc = parseArticle('وحقق المخرج عمرو سلامة حلمه بإخراج فيلم عن الحرب.', { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    const director = doc.entities.find((e) => e.kind === 'person');
    expect(director?.name).toBe('عمرو سلامة');
  });
});

describe('entities: a name opening on a place noun', () => {
  it('reads «مخيم أدري» as a place, never a person, and the woman named before it as a person', () => {
    const doc = parseArticle('أدري (تشاد) (أ ف ب) - تجلس حواء آدم إسحاق تحت شجرة سنط عند أطراف مخيم أدري، تهدهد رضيعتها التي ولدت على الطريق.', {
      quotes: false,
    });
    expect(checkArticle(doc)).toEqual([]);
    expect(byName(doc, 'حواء آدم إسحاق')?.kind).toBe('person');
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['حواء آدم إسحاق']);
    expect(byName(doc, 'مخيم أدري')?.kind).toBe('location');
  });
});

describe('entities: a team in a row of results', () => {
  it('reads the name before its country in parentheses as the team, between row marks and a score', () => {
    const doc = parseArticle('المجموعة الثالثة : زينيت ( روسيا ) - أياكس ( هولندا ) 2 - 1', { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    expect(byName(doc, 'زينيت')?.kind).toBe('organization');
    expect(byName(doc, 'أياكس')?.kind).toBe('organization');
    expect(byName(doc, 'روسيا')?.kind).toBe('location');
  });

  it('leaves a dateline (a city, its country, and the story after the dash) a place', () => {
    const doc = parseArticle('ساو باولو ( البرازيل ) - أعلنت الحكومة البرازيلية أمس خطة جديدة للنقل.', { quotes: false });
    expect(byName(doc, 'ساو باولو')?.kind).toBe('location');
  });
});

describe('entities: a compound given name the tagger ended too soon', () => {
  it('takes the family name after «عبد …», but no common word, and leaves «عبد الله» alone', () => {
    const doc = parseArticle(
      ['وجاءت التصريحات بعد لقاء جمع نائب الرئيس بوزير الإعلام عبد الباسط الزين في القصر الجمهوري.', 'وقال عبد الرحمن امس ان الوضع هادئ.'].join('\n'),
      { quotes: false },
    );
    expect(checkArticle(doc)).toEqual([]);
    expect(byName(doc, 'عبد الباسط الزين')?.kind).toBe('person');
    expect(byName(doc, 'عبد الرحمن امس')).toBeUndefined();
  });
});

describe('entities: a title’s complement running to a comma before a role', () => {
  it('reads no person in a definite word joined by «و» («… للعدالة والتنمية، النائبة …»), but still the name before a role', () => {
    const doc = parseArticle(
      [
        'غير أن رئيسة المجموعة النيابية للعدالة والتنمية، النائبة أمينة الفيلالي، اعتبرت أن الأرقام تجميل لواقع صعب.',
        'وقال وزير الخارجية خالد العطية، رئيس الوفد، إن المحادثات مثمرة.',
      ].join('\n'),
      { quotes: false },
    );
    expect(checkArticle(doc)).toEqual([]);
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['أمينة الفيلالي', 'خالد العطية']);
  });
});

describe('entities: the word after a bare title is its complement', () => {
  it('reads no person in «خبير أرصاد» («a weather expert»), but the person after a definite title', () => {
    const doc = parseArticle(
      ['خبير أرصاد: ‘المنخفض يبلغ ذروته مساء الأربعاء’', '', 'وقال خبير الأرصاد الجوية سالم بن خميس الحجري إن الأمطار قد تصل إلى 150 مليمترًا.'].join('\n'),
      { quotes: false },
    );
    expect(checkArticle(doc)).toEqual([]);
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['سالم بن خميس الحجري']);
  });
});

describe('entities: a name never ends on a link of its lineage', () => {
  it('takes the word after «ولد» or «بن» into the name even where it reads as a title («ولد بابا»)', () => {
    const doc = parseArticle('وقال المبعوث الموريتاني محمد الأمين ولد بابا إن الدوحة منصة موثوقة.', { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    expect(doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['محمد الأمين ولد بابا']);
  });
});
