import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument, Entity } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

const byName = (doc: ArticleDocument, name: string): Entity | undefined => doc.entities.find((e) => e.name === name || e.aliases.includes(name));
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

describe('entities: a noun that is both a title and an organisation kind', () => {
  it('reads «فريق» before an unknown name as the team (an organisation), found again through the article', () => {
    const text = [
      'يستعد الأهلي للقاء أسيك الأحد المقبل في ذهاب الدور قبل النهائي.',
      'ورفض المدرب الإفصاح عن خطته لغزو مرمى فريق أسيك الذي لم تهتز شباكه سوى مرتين.',
    ].join('\n');
    const doc = parseArticle(text, { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    const team = byName(doc, 'أسيك');
    expect(team?.kind).toBe('organization');
    expect(mentionTexts(team)).toEqual(['أسيك', 'أسيك']);
  });
});

describe('entities: a lone one-word person the document never introduces', () => {
  it('reads an unknown capitalised word the tagger took for a surname as a place', () => {
    const doc = parseArticle('Forsby was founded in 1820. In 1870, Forsby had 300 inhabitants. Forsby grew after the railway came.', { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    const town = byName(doc, 'Forsby');
    expect(town?.kind).toBe('location');
    expect(mentionTexts(town)).toEqual(['Forsby', 'Forsby', 'Forsby']);
  });

  it('keeps people written with a first name, a title or a known first name', () => {
    const text = [
      'Stan Miller ran the station for years. Miller said the line made money until 1930.',
      'Dr. Okonkwo opened the clinic in May. Okonkwo said it would treat 200 patients a week.',
      'Stan later moved to Boston.',
    ].join('\n');
    const doc = parseArticle(text, { quotes: false });
    expect(byName(doc, 'Miller')?.kind).toBe('person');
    expect(byName(doc, 'Okonkwo')?.kind).toBe('person');
  });

  it('leaves Arabic alone (no case to tell an unknown name by)', () => {
    const doc = parseArticle('وقال جوزيه إن الفريق جاهز للمباراة. وأضاف جوزيه أن اللاعبين في حالة جيدة.', { quotes: false });
    expect(byName(doc, 'جوزيه')?.kind).toBe('person');
  });
});

describe('entities: a place head word closing a name the tagger read as a person', () => {
  it('makes «… Pond» and «… Reservoir» places, and leaves the person next to them', () => {
    const text = [
      'The trail runs along Hancock Pond to the old mill.',
      'Water for the town comes from Lincoln Reservoir, which Tom Avery built in 1902.',
      'Peter Kelley walked to Hancock Pond every morning.',
    ].join('\n');
    const doc = parseArticle(text, { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    expect(byName(doc, 'Hancock Pond')?.kind).toBe('location');
    expect(mentionTexts(byName(doc, 'Hancock Pond'))).toEqual(['Hancock Pond', 'Hancock Pond']);
    expect(byName(doc, 'Lincoln Reservoir')?.kind).toBe('location');
    expect(byName(doc, 'Tom Avery')?.kind).toBe('person');
    expect(byName(doc, 'Peter Kelley')?.kind).toBe('person');
  });
});

describe('entities: a name found again whose first letter reads as a proclitic', () => {
  it('matches «فينغر» as written (not «ف» + «ينغر») and keeps the whole word in the mention', () => {
    const text = [
      'أكد نائب رئيس النادي أن النادي يريد الاحتفاظ بالمدرب الفرنسي أرسين فينغر حتى نهاية مسيرته.',
      'وأضاف أن النادي يرغب في أن يبقى فينغر مدربا له لعشر سنوات أخرى، علما بأن عقد فينغر ينتهي في يونيو.',
    ].join('\n');
    const doc = parseArticle(text, { quotes: false });
    expect(checkArticle(doc)).toEqual([]);
    const coach = byName(doc, 'أرسين فينغر');
    expect(coach?.kind).toBe('person');
    expect(mentionTexts(coach)).toEqual(['أرسين فينغر', 'فينغر', 'فينغر']);
  });
});

describe('entities: a word training saw as a person only sometimes, written where places go', () => {
  it('reads «Harrison» after «to», «from» and «at» through the document as a place', () => {
    const doc = parseArticle(
      'The line was extended to Harrison in 1898. Two trains ran daily from Harrison to the junction. The station at Harrison closed in 1930.',
      { quotes: false },
    );
    expect(checkArticle(doc)).toEqual([]);
    const town = byName(doc, 'Harrison');
    expect(town?.kind).toBe('location');
    expect(mentionTexts(town)).toEqual(['Harrison', 'Harrison', 'Harrison']);
  });

  it('keeps it a person where the document writes it as a speaker', () => {
    const doc = parseArticle('Harrison said the plan would fail. Later Harrison told reporters he had spoken to the committee.', { quotes: false });
    expect(byName(doc, 'Harrison')?.kind).toBe('person');
  });
});

describe('entities: a family name alone that the tagger read as a place', () => {
  it('is the person the document names in full, unless in capitals or after a preposition of place', () => {
    const doc = parseArticle(
      [
        "Delmont State's Hollister takes blame for loss",
        'DELMONT, Ga. (AP) — Ray Hollister stood at the lectern for almost 20 minutes Monday.',
        '"You\'ll know when they know," said Hollister, who coaches the Tigers.',
        'Hollister, whose contract runs through 2027, has faced growing criticism.',
      ].join('\n\n'),
      { quotes: false },
    );
    const hollister = doc.entities.find((e) => e.name === 'Ray Hollister');
    expect(hollister?.kind).toBe('person');
    expect(hollister?.mentions.length).toBeGreaterThanOrEqual(3);
    expect(doc.entities.some((e) => e.kind === 'location' && e.name === 'Hollister')).toBe(false);
  });
});

describe('entities: an officer by initials', () => {
  it('reads "The CFO" as no organisation', () => {
    const doc = parseArticle(
      'Retail\n\nChief Financial Officer Linda Okonkwo spoke to analysts.\n\nThe CFO said tariffs would add about $40 million in costs.',
      {
        quotes: false,
      },
    );
    expect(doc.entities.some((e) => e.name === 'CFO')).toBe(false);
  });
});

describe('entities: companies the news names bare', () => {
  it('finds a listed company at the head of a sentence or before a title, and keeps «the Amazon rainforest» apart', () => {
    const doc = parseArticle(
      'Tech\n\nAmazon is now letting you listen to music free. SoftBank CEO Masayoshi Son has told WeWork executives he wants a profit. The Amazon rainforest is burning.',
      { quotes: false },
    );
    const kind = (name: string) => doc.entities.find((e) => e.name === name)?.kind;
    expect([kind('Amazon'), kind('SoftBank'), kind('WeWork')]).toEqual(['organization', 'organization', 'organization']);
    expect(doc.entities.find((e) => e.name === 'Amazon')?.mentions.map((m) => m.text)).toEqual(['Amazon']);
  });
});

describe('entities: a company and its short form', () => {
  it('makes "VW" one entity with "Volkswagen" where the document writes both, and leaves "GM" alone without "General Motors"', () => {
    const doc = parseArticle(
      'Cars\n\nVolkswagen is giving us a glimpse of its electric van. VW says the van could seat five. VW has used chrome-like paint.\n\nGM said nothing.',
      { quotes: false },
    );
    const vw = doc.entities.find((e) => e.name === 'Volkswagen');
    expect(vw?.kind).toBe('organization');
    expect(vw?.mentions.map((m) => m.text).filter((t) => t === 'VW').length).toBeGreaterThanOrEqual(1);
    expect(doc.entities.some((e) => e.name === 'General Motors')).toBe(false);
  });
});

describe('entities: a one-word company the document shows as one', () => {
  it('makes every mention of an unknown word a company once one mention stands where a company does', () => {
    const doc = parseArticle(
      [
        'Brindle pauses ‘Echo’ AI feature after researchers flag location leak',
        'Brindle, the photo-sharing app popular with teenagers, has disabled a feature called “Echo”.',
        'The researchers said they had reported the flaw to Brindle on Feb. 3.',
        'Brindle’s chief executive, Marcus Tennant, wrote late Tuesday that the company was grateful.',
        'A Brindle spokesperson, Hannah Pryor, said the company had no evidence of misuse.',
      ].join('\n\n'),
      { quotes: false },
    );
    const brindle = doc.entities.filter((e) => e.name === 'Brindle');
    expect(brindle.map((e) => e.kind)).toEqual(['organization']);
    expect(brindle[0]?.mentions.length).toBeGreaterThanOrEqual(4);
  });

  it('knows «Halvorsen Foods» by its own word alone, and not a name training knows («United Airlines» is no «United»)', () => {
    const doc = parseArticle(
      [
        'Retail',
        'Halvorsen Foods lowered its sales forecast on Wednesday.',
        'Analysts had expected Halvorsen to trim its outlook, but not by this much.',
        'United Airlines said it would add flights. United States officials said nothing.',
      ].join('\n\n'),
      { quotes: false },
    );
    const halvorsen = doc.entities.find((e) => e.name === 'Halvorsen Foods');
    expect(halvorsen?.kind).toBe('organization');
    expect(halvorsen?.mentions.map((m) => m.text)).toContain('Halvorsen');
    expect(doc.entities.find((e) => e.name === 'United Airlines')?.mentions.map((m) => m.text)).toEqual(['United Airlines']);
  });
});

describe('entities: people the tagger ran into the words around them', () => {
  it('keeps a whole officer title, stops a name at «of», and makes a given name with a known surname a person', () => {
    const doc = parseArticle(
      [
        'Markets',
        'Chief Financial Officer Linda Okonkwo told analysts that inventory was lower.',
        'Several, including Tom Albers of Jefferies, had forecast flat sales.',
        'Canada’s Emilie Leduc knocked out top seed and world number one Lucia Vidal on Tuesday.',
        'Vidal, 27, had two match points on Leduc’s serve.',
      ].join('\n\n'),
      { quotes: false },
    );
    expect(doc.entities.find((e) => e.name === 'Linda Okonkwo')?.roles).toContain('Chief Financial Officer');
    expect(doc.entities.some((e) => e.kind === 'person' && e.name === 'Tom Albers')).toBe(true);
    const vidal = doc.entities.find((e) => e.name === 'Lucia Vidal');
    expect(vidal?.kind).toBe('person');
    expect(vidal?.mentions.map((m) => m.text)).toContain('Vidal');
  });
});

describe('entities: a role after an age', () => {
  it('reads the apposition past an age between commas as the role, without the age', () => {
    const doc = parseArticle('Court\n\nDerek Holm, 52, a lawyer for the tenants, said the fees were illegal. Holm spoke outside the courthouse.', {
      quotes: false,
    });
    expect(doc.entities.find((e) => e.name === 'Derek Holm')?.roles).toContain('a lawyer for the tenants');
  });
});

describe('entities: words that name no person', () => {
  it('finds no person in «Gen Z», and reads a name opening on a point of the compass as a place', () => {
    const doc = parseArticle(
      'Politics\n\nHarriet Sowerby, the Conservative MP for North Wealdshire, said the plan was wrong. The app is popular with Gen Z users.',
      { quotes: false },
    );
    expect(doc.entities.some((e) => e.kind === 'person' && e.name.length === 1)).toBe(false);
    expect(doc.entities.find((e) => e.name === 'North Wealdshire')?.kind).toBe('location');
  });
});

describe('entities: a given name the tagger left before a name', () => {
  it('opens the person with it («Ana Lúcia Ferraz» tagged from «Lúcia»)', () => {
    const doc = parseArticle('Apps\n\n"We think creators should be paid," Ana Lúcia Ferraz told me at the office.', { quotes: false });
    expect(doc.entities.some((e) => e.kind === 'person' && e.name === 'Ana Lúcia Ferraz')).toBe(true);
  });
});

describe('entities: names in a title-case headline', () => {
  it('keeps of a headline name the words that open a name the body writes, and drops one the body never writes', () => {
    const doc = parseArticle(
      "Castellane Bank Profit Beats Estimates as Lending Margins Widen\n\n(Bloomberg) -- Castellane Bank SA's third-quarter profit beat analyst estimates, though the French lender warned that the boost would fade next year.",
    );
    const names = doc.entities.map((e) => e.name);
    expect(names).not.toContain('Castellane Bank Profit Beats Estimates');
    expect(names.some((n) => n.startsWith('Castellane Bank'))).toBe(true);
    expect(names).not.toContain('Margins Widen');
    expect(checkArticle(doc)).toEqual([]);
  });

  it('leaves a sentence-case headline as the tagger read it', () => {
    const doc = parseArticle('Mariana Lopes wins the Lisbon marathon\n\nThe runner crossed the line in 2:21.');
    expect(doc.entities.map((e) => e.name)).toContain('Mariana Lopes');
  });
});

describe('entities: institutions with "and" in their names', () => {
  it('joins "Food and Drug Administration" and "Department of Health and Human Services", not two bodies coordinated', () => {
    const doc = parseArticle(
      'Rules\n\nThe Food and Drug Administration said the rule was final. The Department of Health and Human Services agreed. The United Nations and European Union stressed the decision.',
    );
    const names = doc.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
    expect(names).toContain('Food and Drug Administration');
    expect(names).toContain('Department of Health and Human Services');
    expect(names).not.toContain('United Nations and European Union');
    expect(checkArticle(doc)).toEqual([]);
  });
});
