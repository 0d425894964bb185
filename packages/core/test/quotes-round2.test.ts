import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';
import { quotesOf } from './helpers.js';

function quoteWith(quotes: Quote[], needle: string): Quote {
  const found = quotes.find((q) => q.text.includes(needle));
  if (!found) throw new Error(`no quote holds ${needle}; quotes: ${quotes.map((q) => q.text.slice(0, 30)).join(' | ')}`);
  return found;
}

describe('an attribution after a direct quote', () => {
  it('does not also open a reported clause with a place ("told reporters outside the station")', () => {
    const quotes = quotesOf(
      [
        'Rail strike ends after pay deal',
        'The strike ended on Friday after three weeks of cancellations.',
        '"We held the line for our members, and the members held the line for us," union leader Marta Kowalski told reporters outside the central station.',
      ].join('\n'),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('direct');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Marta Kowalski', inferred: false });
    expect(quotes[0]?.cue?.text).toBe('told');
  });

  it('does not read a bare prepositional phrase after "told <addressee>" as what was said', () => {
    const quotes = quotesOf(['Port talks', 'The harbour master told reporters near the docks.', 'Nothing else was said.'].join('\n'));
    expect(quotes).toHaveLength(0);
  });

  it('still reads a clause after "told <addressee>"', () => {
    const quotes = quotesOf(['Port talks', 'The harbour master told reporters the cranes would be back in service by June.'].join('\n'));
    expect(quoteWith(quotes, 'the cranes would be back').kind).toBe('indirect');
  });
});

describe('a direct quote over two paragraphs', () => {
  const text = [
    'Mill closure',
    'Mayor Anna Berg said the town would survive. "We have been here before," she said.',
    'The Northern Paper Workers Union, which represents most of the staff, asked the owners to reconsider. "Every week without an answer costs families money they do not have. Our members deserve better than silence.',
    '"We ask the company to meet us before the end of the month," the union said in a statement.',
  ].join('\n');
  const quotes = quotesOf(text);

  it('takes its speaker from the attribution after the last paragraph', () => {
    const q = quoteWith(quotes, 'Every week without an answer');
    expect(q.kind).toBe('direct');
    expect(q.text).toContain('before the end of the month');
    expect(q.speaker?.name).not.toBe('Anna Berg');
    expect(q.speaker?.inferred).toBe(false);
    expect(q.cue?.text).toBe('said');
  });

  it('resolves the definite description to the organisation named earlier whose name ends with its head noun', () => {
    const q = quoteWith(quotes, 'Every week without an answer');
    expect(q.speaker?.name.toLowerCase()).toContain('union');
    const doc = parseArticle(text);
    const org = doc.entities.find((e) => e.kind === 'organization' && e.name.endsWith('Union'));
    const quote = quoteWith(doc.quotes, 'Every week without an answer');
    if (org) {
      expect(quote.speaker).toMatchObject({ name: org.name, entityId: org.id });
    } else expect(quote.speaker?.name).toBe('the union');
  });

  it('keeps one quote: no second quote for the reopened paragraph', () => {
    expect(quotes.filter((q) => q.text.includes('before the end of the month'))).toHaveLength(1);
  });
});

describe('Arabic «علي» (a name) and «على» (a preposition)', () => {
  it('keeps the name «علي» in the speaker when the text writes the preposition «على»', () => {
    const quotes = quotesOf(
      ['الحكومة تعد بخفض الأسعار', 'قال الوزير أحمد علي إن الحكومة ستعمل على خفض الأسعار قبل نهاية العام.', 'وشدد على أن الدعم سيصل إلى مستحقيه.'].join('\n'),
    );
    const q = quoteWith(quotes, 'الحكومة ستعمل');
    expect(q.speaker?.name).toBe('أحمد علي');
    expect(q.text.startsWith('الحكومة')).toBe(true);
    // The preposition written «على» still opens the clause after «شدد».
    const next = quoteWith(quotes, 'الدعم سيصل');
    expect(next.text.startsWith('الدعم')).toBe(true);
    expect(next.speaker?.name).toBe('أحمد علي');
  });

  it('reads «علي» as the preposition when the text never distinguishes ى from ي', () => {
    const quotes = quotesOf(['الحكومة تعد بخفض الأسعار', 'وشدد الوزير علي أن الدعم سيصل الي مستحقيه في كل المحافظات.'].join('\n'));
    const q = quoteWith(quotes, 'الدعم سيصل');
    expect(q.text.startsWith('الدعم')).toBe(true);
    expect(q.speaker?.name).toBe('الوزير');
  });
});

describe('Arabic title first, name in apposition', () => {
  const quotes = quotesOf(
    [
      'الفريق يحتفل باللقب',
      'وقال مدرب الفريق، المغربي هشام البقالي، في المؤتمر الصحفي: "هذا اللقب للجماهير قبل اللاعبين".',
      'وأشار المدرب المغربي إلى أن الإدارة وعدت بتجديد عقود اللاعبين.',
      'وقال مسؤول في النادي، طلب عدم ذكر اسمه، إن الميزانية لن تتغير.',
    ].join('\n'),
  );

  it('takes the name from the apposition and the definite title for the role', () => {
    expect(quoteWith(quotes, 'هذا اللقب').speaker).toMatchObject({ name: 'هشام البقالي', role: 'مدرب الفريق', inferred: false });
  });

  it('resolves the title with a describing word to the person given that title', () => {
    expect(quoteWith(quotes, 'الإدارة وعدت').speaker?.name).toBe('هشام البقالي');
  });

  it('keeps an indefinite title as the speaker («مسؤول، طلب عدم ذكر اسمه،»)', () => {
    expect(quoteWith(quotes, 'الميزانية لن تتغير').speaker?.name).toBe('مسؤول في النادي');
  });
});

describe('a noun for a person points back at the person named before', () => {
  it('gives «الرجل» the man the paragraph named', () => {
    const text = ['الجفاف في الواحات', 'يقف المزارع سالم الهادي بين صفوف النخيل اليابس. يقول الرجل الذي تجاوز الستين: "كانت المياه تجري هنا طوال العام".'].join(
      '\n',
    );
    const doc = parseArticle(text);
    const person = doc.entities.find((e) => e.kind === 'person' && e.name.includes('الهادي'));
    const q = quoteWith(doc.quotes, 'كانت المياه');
    expect(q.speaker?.name).toBe(person ? person.name : 'الرجل');
  });
});

describe('round 2: samples', () => {
  it('attributes a whole sentence to a source between commas inside it', () => {
    const quotes = quotesOf(['المياه في الواحات', 'غير أن المشكلة الأعمق، وفقًا لعدد من المزارعين، تبقى في ضخ المياه الجوفية لصالح المصانع.'].join('\n'));
    const q = quoteWith(quotes, 'تبقى في ضخ المياه');
    expect(q.text.startsWith('غير أن المشكلة')).toBe(true);
    expect(q.speaker?.name).toBe('عدد من المزارعين');
  });

  it('names a speaker by the fullest name the article gave the person', () => {
    const doc = parseArticle(
      [
        'Sea wall vote',
        'Margaret Osei walked the length of the harbour wall on Monday.',
        '"People think a wall is a wall," said Osei, a retired engineer.',
      ].join('\n'),
    );
    const person = doc.entities.find((e) => e.kind === 'person' && e.name.includes('Osei'));
    expect(quoteWith(doc.quotes, 'People think').speaker?.name).toBe(person?.name ?? 'Osei');
  });
});
