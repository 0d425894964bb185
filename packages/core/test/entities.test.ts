import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { arabicEntities } from '../src/lang/ar/entities/index.js';
import { englishEntities } from '../src/lang/en/entities/index.js';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument, Entity } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

const valid = (doc: ArticleDocument) => expect(checkArticle(doc)).toEqual([]);
const byName = (doc: ArticleDocument, name: string): Entity | undefined => doc.entities.find((e) => e.name === name || e.aliases.includes(name));
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

const ARABIC = [
  'وزير الخارجية يزور القاهرة',
  'وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة في زيارة تستمر يومين، حيث التقى الرئيس عبد الفتاح السيسي في قصر الاتحادية.',
  'وقال ماكرون إن فرنسا تدعم مصر في مواجهة الأزمة الاقتصادية، مشيرا إلى أن باريس ستقدم قرضا بقيمة 500 مليون يورو.',
  'وأضاف الرئيس ماكرون أن العلاقات بين البلدين شهدت تطورا كبيرا منذ 15 آذار/مارس 2021، وأن الشركات الفرنسية تعمل في مصر والسعودية ولبنان.',
  'من جهته، قال محمد العريان، كبير المستشارين الاقتصاديين في شركة أليانز، إن الاقتصاد المصري يحتاج إلى إصلاحات، وإن معدل التضخم بلغ 35 في المئة في يناير 2024.',
  'وأكد العريان لـ"الأهرام" أن البنك الدولي وصندوق النقد الدولي يتابعان الوضع في القاهرة وبيروت.',
].join('\n');

describe('entities: Arabic news', () => {
  const doc = parseArticle(ARABIC);

  it('keeps the model invariants', () => valid(doc));

  it('numbers entities in order of first mention', () => {
    valid(doc);
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => `e${i + 1}`));
    const firsts = doc.entities.map((e) => e.mentions[0]!.position.start.offset as number);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });

  it('finds a person through titles, with the fullest name and the title as a role', () => {
    valid(doc);
    const macron = byName(doc, 'إيمانويل ماكرون');
    expect(macron?.kind).toBe('person');
    expect(macron?.name).toBe('إيمانويل ماكرون');
    expect(macron?.aliases).toContain('ماكرون');
    expect(macron?.roles.some((r) => r.startsWith('الرئيس'))).toBe(true);
    // Every mention is the name only: no title inside.
    for (const text of mentionTexts(macron)) expect(text.includes('الرئيس')).toBe(false);
    expect(macron?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('finds places through proclitics, the span on the name', () => {
    valid(doc);
    const cairo = byName(doc, 'القاهرة');
    expect(cairo?.kind).toBe('location');
    expect(mentionTexts(cairo).every((t) => t === 'القاهرة')).toBe(true);
    const lebanon = byName(doc, 'لبنان');
    expect(lebanon?.kind).toBe('location');
    expect(mentionTexts(lebanon)).toEqual(['لبنان']);
    const saudi = byName(doc, 'السعودية');
    expect(mentionTexts(saudi)).toEqual(['السعودية']);
    expect(doc.text.slice((saudi!.mentions[0]!.position.start.offset as number) - 1, saudi!.mentions[0]!.position.start.offset as number)).toBe('و');
  });

  it('records the apposition of a person as a role', () => {
    valid(doc);
    const erian = byName(doc, 'محمد العريان');
    expect(erian?.kind).toBe('person');
    expect(erian?.roles).toContain('كبير المستشارين الاقتصاديين في شركة أليانز');
    expect(erian?.mentions.length).toBe(2);
  });

  it('finds dates and quantities by rule', () => {
    valid(doc);
    const dates = doc.entities.filter((e) => e.kind === 'date').map((e) => e.name);
    expect(dates).toContain('15 آذار/مارس 2021');
    expect(dates).toContain('يناير 2024');
    const quantities = doc.entities.filter((e) => e.kind === 'quantity').map((e) => e.name);
    expect(quantities).toContain('500 مليون يورو');
    expect(quantities).toContain('35 في المئة');
  });

  it('gives one entity per referent', () => {
    valid(doc);
    const keys = doc.entities.map((e) => `${e.kind}:${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(doc.entities.filter((e) => e.name.includes('ماكرون')).length).toBe(1);
  });

  it('puts mentions in the title under paragraphId "title"', () => {
    valid(doc);
    const inTitle = doc.entities.flatMap((e) => e.mentions).filter((m) => m.paragraphId === 'title');
    expect(inTitle.map((m) => m.text)).toContain('القاهرة');
  });
});

describe('entities: proclitics and the article', () => {
  it('strips لل and keeps the article in the name', () => {
    const doc = parseArticle('وقالت مصادر للكرملين إن الاجتماع عقد في الكرملين أمس بحضور مسؤولين من روسيا وأوكرانيا.');
    valid(doc);
    const kremlin = byName(doc, 'الكرملين');
    expect(kremlin).toBeDefined();
    expect(kremlin?.name).toBe('الكرملين');
    expect(mentionTexts(kremlin)).toEqual(['كرملين', 'الكرملين']);
  });

  it('reads Arabic-Indic digits in dates', () => {
    const doc = parseArticle('وقعت الحكومة الاتفاق في ١٥ مارس ٢٠٢٣ في العاصمة عمّان.');
    valid(doc);
    expect(doc.entities.find((e) => e.kind === 'date')?.name).toBe('١٥ مارس ٢٠٢٣');
  });
});

describe('entities: wire datelines', () => {
  it('reads the city of a dateline in capitals as a place, not an acronym in parentheses', () => {
    for (const lead of ['LIMA, Sept 9 (Reuters) - ', 'LIMA (AFP) — ']) {
      const doc = parseArticle(`Peru halts mine\n\n${lead}Peru's environment ministry on Monday ordered a copper miner to suspend discharges.`);
      valid(doc);
      expect(byName(doc, 'LIMA')?.kind).toBe('location');
    }
    // A state's abbreviation ending the first sentence: the dateline reads on into the next.
    const dated = parseArticle('Coach fired\n\nSTILLWELL, Neb. (AP) — Central Plains State fired football coach Mike Dorsey on Sunday.');
    expect(byName(dated, 'STILLWELL')?.kind).toBe('location');
    const nato = parseArticle('Alliance acts\n\nNATO (the alliance) said on Monday that it would send more troops to the east.');
    expect(byName(nato, 'NATO')?.kind).toBe('organization');
  });
});

describe('entities: names between two quotations', () => {
  it('does not read the words between a closing and an opening straight mark as one quoted name', () => {
    const doc = parseArticle('Derby\n\nThorne said Mbeki had "gone through the back of" Reid and that it was "a stonewall penalty".');
    valid(doc);
    expect(byName(doc, 'Reid')?.name).toBe('Reid');
    // A name alone between marks set apart by spaces is still the quotation's.
    const spaced = parseArticle('عنوان الخبر\n\nوقالت صحيفة " الحياة " ان الوضع خطير .');
    expect(spaced.entities.some((e) => e.name === 'الحياة')).toBe(true);
  });
});

describe('entities: English news', () => {
  const doc = parseArticle(
    [
      'Mexico weighs new water deal',
      'Marcela Ibarra, director of the National Water Commission, said on Tuesday that Mexico would sign the agreement in March 2027.',
      '"We are ready," Ibarra told reporters in Mexico City. The deal is worth $3 billion, or about 2 percent of the budget.',
      "President Claudia Sheinbaum backed the plan, and Sheinbaum's office said talks with the United States would continue.",
    ].join('\n'),
  );

  it('keeps the model invariants', () => valid(doc));

  it('clusters a surname with the full name and takes the apposition as a role', () => {
    valid(doc);
    const ibarra = byName(doc, 'Marcela Ibarra');
    expect(ibarra?.kind).toBe('person');
    expect(ibarra?.aliases).toContain('Ibarra');
    expect(ibarra?.roles).toContain('director of the National Water Commission');
    expect(doc.entities.filter((e) => e.name.includes('Ibarra')).length).toBe(1);
  });

  it('leaves titles and the possessive outside the name', () => {
    valid(doc);
    const president = byName(doc, 'Claudia Sheinbaum');
    expect(president?.kind).toBe('person');
    expect(president?.roles).toContain('President');
    expect(mentionTexts(president)).toEqual(['Claudia Sheinbaum', 'Sheinbaum']);
  });

  it('finds dates and money', () => {
    valid(doc);
    const dates = doc.entities.filter((e) => e.kind === 'date').map((e) => e.name);
    expect(dates).toEqual(expect.arrayContaining(['Tuesday', 'March 2027']));
    const quantities = doc.entities.filter((e) => e.kind === 'quantity').map((e) => e.name);
    expect(quantities).toEqual(expect.arrayContaining(['$3 billion', '2 percent']));
  });

  it('finds places and organisations', () => {
    valid(doc);
    expect(byName(doc, 'Mexico')?.kind).toBe('location');
    expect(byName(doc, 'United States')?.kind).toBe('location');
    expect(byName(doc, 'National Water Commission')?.kind).toBe('organization');
  });
});

describe('entities: robustness', () => {
  it('handles empty, symbol-only and huge inputs without throwing', () => {
    for (const input of ['', '   ', '«»،؛؟!!!', 'ـــــ', '5+1 %%% $$$', 'A'.repeat(5000)]) {
      const doc = parseArticle(input);
      valid(doc);
    }
  });

  it('stays linear on long repetitive input', () => {
    const para = 'وقال الرئيس فلان الفلاني، مدير مركز الدراسات في بيروت، إن لبنان وسوريا والأردن دول جارة. ';
    const small = parseArticle(para.repeat(50));
    const t0 = performance.now();
    parseArticle(para.repeat(50));
    const smallTime = performance.now() - t0;
    const t1 = performance.now();
    const big = parseArticle(para.repeat(800));
    const bigTime = performance.now() - t1;
    valid(small);
    valid(big);
    expect(big.entities.length).toBeGreaterThan(0);
    // 16× the input: allow 64× the time for a loaded machine, far below quadratic (256×).
    expect(bigTime).toBeLessThan(Math.max(64 * smallTime, 2000));
  });

  it('is stable when run twice', () => {
    const doc = parseArticle('وصل الرئيس إيمانويل ماكرون إلى بيروت. وقال ماكرون إن لبنان يحتاج إلى إصلاحات.');
    const first = JSON.stringify(doc.entities);
    annotateEntities(doc);
    expect(JSON.stringify(doc.entities)).toBe(first);
    valid(doc);
  });
});

describe('entities: Arabic name starts', () => {
  it('keeps «بن» + a known word whole as a family name, and still strips a preposition', () => {
    const { nameStart } = arabicEntities;
    expect(nameStart('بنعمر').prefixLength).toBe(0);
    expect(nameStart('بموسكو').prefixLength).toBe(1);
    expect(nameStart('لطاجيكستان').prefixLength).toBe(1);
  });
});

describe('entities: organisation cues', () => {
  const tokens = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, word: true, facts: undefined }));
  it('sees an organisation word at either edge of an English span, not a surname like Court', () => {
    expect(englishEntities.organizationCue?.(tokens('Halvard Semiconductor'), 0, 2)).toBe(true);
    expect(englishEntities.organizationCue?.(tokens('University of Ohio'), 0, 3)).toBe(true);
    expect(englishEntities.organizationCue?.(tokens('Margaret Court'), 0, 2)).toBe(false);
    expect(englishEntities.organizationCue?.(tokens('Ingrid Solberg'), 0, 2)).toBe(false);
  });
  it('sees an Arabic organisation head through proclitics and the article', () => {
    expect(arabicEntities.organizationCue?.(tokens('ووزارة الخارجية'), 0, 2)).toBe(true);
    expect(arabicEntities.organizationCue?.(tokens('المحكمة الجنائية'), 0, 2)).toBe(true);
    expect(arabicEntities.organizationCue?.(tokens('آصف ملحم'), 0, 2)).toBe(false);
  });
});

describe('entities: the kind a place noun gives', () => {
  const tokens = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, word: /[\p{L}\p{N}]/u.test(text), facts: undefined }));
  it('makes a name after a facility noun in the construct state a location, through a quote or one definite word', () => {
    expect(arabicEntities.contextKind?.(tokens('مثل قاعدة « بايكونور »'), 3, 4, 'organization')).toBe('location');
    expect(arabicEntities.contextKind?.(tokens('على قاعة العروض " فلان سيتي هول "'), 4, 7, 'person')).toBe('location');
    expect(arabicEntities.contextKind?.(tokens('العاصمة دوشنبه'), 1, 2, 'person')).toBe('location');
  });
  it('leaves «القاعدة» before a name (the group) and names after other nouns alone', () => {
    expect(arabicEntities.contextKind?.(tokens('زعيم تنظيم القاعدة أسامة بن لادن'), 3, 6, 'person')).toBeUndefined();
    expect(arabicEntities.contextKind?.(tokens('وقال آصف ملحم'), 1, 3, 'person')).toBeUndefined();
  });
});

describe('entities: tokens as the corpora write them', () => {
  it('joins a short capitalised word and its period inside a sentence (St. Louis), not at its end', async () => {
    const { sentenceTokens } = await import('../src/annotate/entities/sentence-tokens.js');
    const { blocksOf } = await import('../src/model/walk.js');
    const doc = parseArticle('He was dealt to the St. Louis Cardinals by Dr. Ames.', { entities: false, quotes: false });
    const texts = [...blocksOf(doc)].flatMap((b) => sentenceTokens(b).flatMap((s) => s.map((t) => t.text)));
    expect(texts).toContain('St.');
    expect(texts).toContain('Dr.');
    expect(texts.slice(-2)).toEqual(['Ames', '.']);
  });
  it("makes an apostrophe and its clitic written apart one token ('s)", async () => {
    const { sentenceTokens } = await import('../src/annotate/entities/sentence-tokens.js');
    const { blocksOf } = await import('../src/model/walk.js');
    const doc = parseArticle("Then there is Hawaii 's Pipeline .", { entities: false, quotes: false });
    const texts = [...blocksOf(doc)].flatMap((b) => sentenceTokens(b).flatMap((s) => s.map((t) => t.text)));
    expect(texts).toEqual(['Then', 'there', 'is', 'Hawaii', "'s", 'Pipeline', '.']);
  });
});

describe('entities: a name after a noun naming a kind of organisation', () => {
  it('sees the noun in the construct state through proclitics, not with the article', () => {
    const tokens = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, word: true, facts: undefined }));
    expect(arabicEntities.organizationHeadAt?.(tokens('أصدرت شركة'), 1)).toBe(true);
    expect(arabicEntities.organizationHeadAt?.(tokens('المتعلق بشركة'), 1)).toBe(true);
    expect(arabicEntities.organizationHeadAt?.(tokens('ذكرت الصحيفة'), 1)).toBe(false);
    expect(arabicEntities.organizationHeadAt?.(tokens('ذكرت مصادر'), 1)).toBe(false);
  });
  it('makes a name the tagger found right after such a noun an organisation, through a quotation mark', () => {
    const tokens = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, word: /[\p{L}]/u.test(text), facts: undefined }));
    expect(arabicEntities.contextKind?.(tokens('من إنتاج شركة فورد'), 3, 4, 'person')).toBe('organization');
    expect(arabicEntities.contextKind?.(tokens('لمجلة " إنفورميشن ويك "'), 2, 4, 'person')).toBe('organization');
    expect(arabicEntities.contextKind?.(tokens('قال فورد'), 1, 2, 'person')).toBeUndefined();
  });
});

describe('entities: a person name over a word that looks like a clitic and a particle', () => {
  it('keeps «فان» inside a tagged name but still cuts before a preposition', async () => {
    const { findMentions, NameIndex, taggerFor } = await import('../src/annotate/entities/find-mentions.js');
    const tags = taggerFor(arabicEntities).tags;
    const run = (text: string, names: string[]) => {
      let at = 0;
      const tokens = text.split(' ').map((w) => {
        const t = { text: w, start: at, end: at + w.length, word: true, facts: undefined };
        at += w.length + 1;
        return t;
      });
      const tagged = Uint8Array.from(names, (n) => tags.indexOf(n));
      return findMentions(text, arabicEntities, tokens, 'p', new NameIndex(), tagged)
        .filter((m) => m.kind === 'person')
        .map((m) => m.canonical);
    };
    expect(run('وقال رود فان نيستلروي أمس', ['O', 'B-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['رود فان نيستلروي']);
    expect(run('زيارة بوتين لطاجيكستان أمس', ['O', 'B-PER', 'I-PER', 'O'])).toEqual(['بوتين']);
  });
});

describe('entities: a person name the tagger ended early', () => {
  it('takes in a one-word misc name right after it, not an adjective with the article', async () => {
    const { joinPersonNames, mentionOf } = await import('../src/annotate/entities/find-mentions.js');
    const text = 'قال بيل كلينتون الفرنسي';
    let at = 0;
    const tokens = text.split(' ').map((w) => {
      const t = { text: w, start: at, end: at + w.length, word: true, facts: undefined };
      at += w.length + 1;
      return t;
    });
    const person = mentionOf(text, arabicEntities, tokens, 1, 2, 'person', 'p', 'rule');
    const misc = mentionOf(text, arabicEntities, tokens, 2, 3, 'misc', 'p', 'model');
    const adjective = mentionOf(text, arabicEntities, tokens, 3, 4, 'misc', 'p', 'model');
    if (!person || !misc || !adjective) throw new Error('no mention');
    const out = joinPersonNames(text, arabicEntities, tokens, Uint8Array.from([0, 1, 1, 1]), [person, misc, adjective]);
    expect(out.map((m) => [m.kind, m.canonical])).toEqual([
      ['person', 'بيل كلينتون'],
      ['misc', 'الفرنسي'],
    ]);
  });
});

describe('document pass descriptors', () => {
  it('describe each token by how the other occurrences of its word were tagged', async () => {
    const { documentDescriptors } = await import('../src/annotate/entities/document-pass.js');
    const tags = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
    const out = documentDescriptors(
      [
        { keys: ['said', 'marcela', 'ibarra'], tags: ['O', 'B-PER', 'I-PER'] },
        { keys: ['ibarra', 'left'], tags: ['B-LOC', 'O'] },
        { keys: ['it', 'rained'], tags: ['O', 'O'] },
      ],
      tags,
    );
    // «ibarra» alone: elsewhere inside a person's name; the last sentence has nothing to decide.
    expect(out[1]?.[0]).toBe('B-LOC|PER|hi');
    expect(out[0]?.[2]).toBe('I-PER|LOC|h');
    expect(out[2]).toBeUndefined();
  });
});

describe('English context rules', () => {
  it('reads a dateline source, an apposition and a company descriptor', () => {
    const text = [
      'Chipmaker Velmora cuts jobs',
      '',
      'BOSTON (Reuters) - Velmora said on Monday it would cut 200 jobs.',
      '',
      'In Brackton Hollow, the small town nearest the plant, shops closed early.',
    ].join('\n');
    const doc = parseArticle(text, { quotes: false });
    const kindOf = (name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.kind;
    expect(kindOf('Reuters')).toBe('organization');
    expect(doc.entities.some((e) => e.name.startsWith('Chipmaker'))).toBe(false);
    expect(kindOf('Brackton Hollow')).toBe('location');
  });
});

describe('entities: a name ending with the word of a company or an outlet', () => {
  const tokens = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, word: /[\p{L}]/u.test(text), facts: undefined }));
  it('sees «نيوز», «تايمز», «موتورز» ending a name of two words or more, not a word alone', () => {
    expect(arabicEntities.organizationCue?.(tokens('إرم نيوز'), 0, 2)).toBe(true);
    expect(arabicEntities.organizationCue?.(tokens('صحيفة نيويورك تايمز'), 1, 3)).toBe(true);
    expect(arabicEntities.organizationCue?.(tokens('وجنرال موتورز'), 0, 2)).toBe(true);
    expect(arabicEntities.organizationCue?.(tokens('نيوز'), 0, 1)).toBe(false);
    expect(arabicEntities.organizationCue?.(tokens('رامي القليوبي'), 0, 2)).toBe(false);
  });
  it('makes the outlet a statement was given to an organisation, whatever kind the tagger gave it', () => {
    const doc = parseArticle(
      'وأضاف القليوبي في تصريحات خاصة لـ«إرم نيوز» أن الزيارة ذات طابع إقليمي.\nوأكد الشامي في تصريحات خاصة لـ"إرم نيوز" أن روسيا تحاول تشكيل تحالف واسع.',
    );
    valid(doc);
    const outlet = byName(doc, 'إرم نيوز');
    expect(outlet?.kind).toBe('organization');
    expect(mentionTexts(outlet)).toEqual(['إرم نيوز', 'إرم نيوز']);
  });
});

describe('entities: a definite organisation head standing alone', () => {
  it('reads «البنك», «للوزارة», «والمحكمة» as common nouns, not the names they head or other words', () => {
    expect(arabicEntities.isGenericHead?.('البنك')).toBe(true);
    expect(arabicEntities.isGenericHead?.('للوزارة')).toBe(true);
    expect(arabicEntities.isGenericHead?.('والمحكمة')).toBe(true);
    expect(arabicEntities.isGenericHead?.('بنك')).toBe(false);
    expect(arabicEntities.isGenericHead?.('الكرملين')).toBe(false);
  });
  it('keeps the bank a sentence speaks of out of the entities, and the bank named in full in them', () => {
    const doc = parseArticle(
      'أعلن البنك التجاري القطري عن أرباح قياسية في الربع الثالث.\nوقال رئيس مجلس إدارة البنك إن خطط البنك التنموية ستستمر خلال العام المقبل.',
    );
    valid(doc);
    expect(doc.entities.some((e) => e.name === 'البنك' || e.aliases.includes('البنك'))).toBe(false);
  });
});

describe('entities: a club named with its country’s masculine adjective', () => {
  it('reads a city with a masculine nationality adjective as its club, an untagged word before one too', () => {
    const doc = parseArticle('وتعادل فريق بنفيكا البرتغالي مع ضيفه ميلان الإيطالي في ملعب النور، فيما حقق ليون الفرنسي فوزه الثاني.');
    valid(doc);
    expect(byName(doc, 'ميلان')?.kind).toBe('organization');
    expect(byName(doc, 'ليون')?.kind).toBe('organization');
  });

  it('keeps a feminine adjective, a pronoun-suffixed word and an adjective before a name out of it', () => {
    const doc = parseArticle('أصيب اللاعب بتمزق في غضروف ركبته اليمنى، ثم أجرى الوزير مباحثات مع نظيرها الروماني. وشهد الموسم إقالة الألماني بيرند شوستر.');
    valid(doc);
    for (const name of ['ركبته', 'نظيرها', 'إقالة']) expect(byName(doc, name)).toBeUndefined();
  });
});

describe('entities: an organisation by its shape', () => {
  it('reads a name ending on "Co", as wire copy writes "Co.", as a company', () => {
    const doc = parseArticle('Outlook\n\nDETROIT (Reuters) - Ford Motor Co on Thursday withdrew its forecast. Traffic in Denver, CO was light.');
    valid(doc);
    expect(byName(doc, 'Ford Motor Co')?.kind).toBe('organization');
  });

  it('reads a definite organisation head with two relational adjectives as an organisation, not with an ordinal or a proclitic', () => {
    const doc = parseArticle(
      'استندت الدعوة إلى مذكرة المحكمة الجنائية الدولية الصادرة بحقه. وتعد الشركة القطرية الأولى في السوق، والقوات النظامية الأخرى في صفوفها.',
    );
    valid(doc);
    expect(byName(doc, 'المحكمة الجنائية الدولية')?.kind).toBe('organization');
    expect(byName(doc, 'الشركة القطرية الأولى')).toBeUndefined();
    expect(doc.entities.some((e) => e.name.includes('النظامية'))).toBe(false);
  });
});
