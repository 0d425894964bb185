import { describe, expect, it } from 'vitest';
import { annotateCoreference } from '../src/annotate/coreference/index.js';
import type { FoundMention } from '../src/annotate/entities/find-mentions.js';
import { checkArticle } from '../src/model/check.js';
import { LineIndex } from '../src/model/positions.js';
import type { ArticleDocument, Entity, Quote } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

const valid = (doc: ArticleDocument) => expect(checkArticle(doc)).toEqual([]);

/** A quote over `text` (its first occurrence) with the given speaker, as the quote stage would add it. */
function addQuote(doc: ArticleDocument, text: string, speaker: Quote['speaker'], speakerText?: string): Quote {
  const index = new LineIndex(doc.text);
  const at = doc.text.indexOf(text);
  const block = [...doc.children.flatMap((s) => s.children)].find((p) => (p.position.start.offset as number) <= at && (p.position.end.offset as number) >= at);
  const quote: Quote = {
    id: `q${doc.quotes.length + 1}`,
    kind: 'indirect',
    text,
    position: index.position(at, at + text.length),
    paragraphId: block?.id ?? 'p1',
    cue: null,
    speaker,
    confidence: 0.9,
  };
  if (speakerText) {
    const s = doc.text.indexOf(speakerText);
    quote.speakerSpan = { text: speakerText, position: index.position(s, s + speakerText.length) };
  }
  doc.quotes.push(quote);
  return quote;
}

const ARTICLE = [
  'خبراء: آسيا الوسطى ساحة تنافس',
  'وقال سليم حداد، مدير مركز الدراسات الإقليمية في عمّان، إن المنطقة تشهد تنافسا متزايدا بين القوى الكبرى.',
  'وأضاف حداد أن الاستثمارات الصينية تضاعفت خلال العقد الأخير.',
  'من جهته، قال د. حداد في مقابلة إن الحكومات المحلية تستفيد من هذا التنافس.',
].join('\n');

describe('coreference: one entity per person', () => {
  const doc = parseArticle(ARTICLE, { quotes: false });

  it('keeps the model invariants', () => valid(doc));

  it('groups the full name, the surname and the titled surname', () => {
    valid(doc);
    const people = doc.entities.filter((e) => e.kind === 'person');
    const haddad = people.filter((e) => e.name.includes('حداد'));
    expect(haddad.length).toBe(1);
    expect(haddad[0]?.name).toBe('سليم حداد');
    expect(haddad[0]?.mentions.map((m) => m.text)).toEqual(['سليم حداد', 'حداد', 'حداد']);
    expect(haddad[0]?.aliases).toEqual(expect.arrayContaining(['حداد', 'د. حداد']));
    expect(haddad[0]?.roles).toEqual(expect.arrayContaining(['مدير مركز الدراسات الإقليمية في عمّان', 'د.']));
  });

  it('joins a name with a middle initial to the one whose middle name it abbreviates, and no other', () => {
    const doc = parseArticle(
      'The novel was written by the late author John M. Ford. His full name, John Milo Ford, appears on the cover. John R. Ford, a cousin, and John Peter Ford, his uncle, spoke at the memorial.',
      { quotes: false },
    );
    valid(doc);
    const fords = doc.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(fords).toEqual(
      expect.arrayContaining([
        ['John Milo Ford', ['John M. Ford', 'John Milo Ford']],
        ['John R. Ford', ['John R. Ford']],
      ]),
    );
  });

  it('keeps two people who share a surname apart', () => {
    const two = parseArticle(
      'Marcela Ibarra met Jorge Ibarra in Monterrey on Friday. Later, Marcela Ibarra said the talks went well, and Ibarra thanked the mayor.',
      {
        quotes: false,
      },
    );
    valid(two);
    const people = two.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Marcela Ibarra', 'Jorge Ibarra']));
    expect(people.filter((n) => n === 'Ibarra')).toEqual([]);
  });

  it('joins a name given alone in parentheses after a person to that person, as another name', () => {
    const text =
      'عنوان الخبر\n\nتباينت أمس المواقف بين الرئيس الفلسطيني محمود عباس (أبو مازن) وعدد من الفصائل بشأن التهدئة.\n\nوقال أبو مازن إن كل الفصائل توصلت إلى اتفاق، غير أن صلاح البردويل نفى ذلك.';
    const ar = parseArticle(text);
    valid(ar);
    const abbas = ar.entities.filter((e) => e.kind === 'person' && (e.name.includes('عباس') || e.name.includes('مازن')));
    expect(abbas.map((e) => e.name)).toEqual(['محمود عباس']);
    expect(abbas[0]?.aliases).toContain('أبو مازن');
    expect(abbas[0]?.mentions.map((m) => m.text)).toEqual(['محمود عباس', 'أبو مازن', 'أبو مازن']);
    expect(ar.quotes[0]?.speaker?.name).toBe('محمود عباس');
    // A credit in parentheses after a name is no second name of the person.
    const credit = parseArticle('Afghan President Hamid Karzai (Reuters) spoke in Kabul on Friday. Karzai said the talks went well.', { quotes: false });
    expect(credit.entities.find((e) => e.name === 'Hamid Karzai')?.aliases ?? []).not.toContain('Reuters');
  });
});

describe('coreference: quote speakers', () => {
  it('links a speaker by the span that names them', () => {
    const doc = parseArticle(ARTICLE, { quotes: false });
    const quote = addQuote(doc, 'المنطقة تشهد تنافسا متزايدا بين القوى الكبرى', { name: 'سليم حداد', inferred: false }, 'سليم حداد');
    annotateCoreference(doc);
    const haddad = doc.entities.find((e) => e.name === 'سليم حداد');
    expect(quote.speaker?.entityId).toBe(haddad?.id);
    valid(doc);
  });

  it('links a speaker named with a title, with no span', () => {
    const doc = parseArticle(ARTICLE, { quotes: false });
    const quote = addQuote(doc, 'الحكومات المحلية تستفيد من هذا التنافس', { name: 'د. حداد', inferred: true });
    annotateCoreference(doc);
    expect(quote.speaker?.entityId).toBe(doc.entities.find((e) => e.name === 'سليم حداد')?.id);
    valid(doc);
  });

  it('links a speaker given only by role to the person who holds it', () => {
    const doc = parseArticle(ARTICLE, { quotes: false });
    const quote = addQuote(doc, 'الاستثمارات الصينية تضاعفت خلال العقد الأخير', {
      name: 'مدير مركز الدراسات الإقليمية في عمّان',
      role: 'مدير مركز الدراسات الإقليمية في عمّان',
      inferred: true,
    });
    annotateCoreference(doc);
    expect(quote.speaker?.entityId).toBe(doc.entities.find((e) => e.name === 'سليم حداد')?.id);
    valid(doc);
  });

  it('links a body that speaks to its organisation when no person fits', () => {
    const doc = parseArticle('الكرملين: المحادثات بناءة\nوقال الكرملين في بيان إن المحادثات مع كييف كانت بناءة.', { quotes: false });
    const kremlin = doc.entities.find((e) => e.name === 'الكرملين');
    expect(kremlin?.kind).toBe('organization');
    const quote = addQuote(doc, 'المحادثات مع كييف كانت بناءة', { name: 'الكرملين', inferred: false });
    annotateCoreference(doc);
    expect(quote.speaker?.entityId).toBe(kremlin?.id);
    valid(doc);
  });

  it('is idempotent and drops a link that no longer resolves', () => {
    const doc = parseArticle(ARTICLE, { quotes: false });
    const quote = addQuote(doc, 'الحكومات المحلية تستفيد من هذا التنافس', { name: 'مسؤول حكومي', inferred: false, entityId: 'e999' });
    annotateCoreference(doc);
    annotateCoreference(doc);
    expect(quote.speaker?.entityId).toBeUndefined();
    valid(doc);
  });

  it('points the speakers of a parsed article at person entities', () => {
    const doc = parseArticle(ARTICLE);
    valid(doc);
    const people = new Set(doc.entities.filter((e) => e.kind === 'person').map((e) => e.id));
    const linked = doc.quotes.filter((q) => q.speaker?.entityId);
    expect(linked.length).toBeGreaterThan(0);
    for (const q of linked) expect(people.has(q.speaker!.entityId!)).toBe(true);
    const before = JSON.stringify(doc.quotes);
    annotateCoreference(doc);
    expect(JSON.stringify(doc.quotes)).toBe(before);
  });
});

describe('coreference: an organisation short name', () => {
  const mention = (text: string, at: number, name: string, kind: 'organization' | 'location'): FoundMention => {
    const start = text.indexOf(name, at);
    const words = name.toLowerCase().split(' ');
    return { start, end: start + name.length, kind, canonical: name, key: words.join(' '), words, blockId: 'p1', source: 'model' };
  };
  it('joins the one organisation its word starts, and none when two do', async () => {
    const { clusterMentions } = await import('../src/annotate/coreference/cluster.js');
    const one = 'Brennor Semiconductor said on Monday that Brennor would wait.';
    const entities = clusterMentions(
      [mention(one, 0, 'Brennor Semiconductor', 'organization'), mention(one, 30, 'Brennor', 'organization')],
      new LineIndex(one),
      one,
    );
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Brennor Semiconductor', ['Brennor']]]);
    const two = 'Brennor Semiconductor and Brennor Foods split; Brennor said so.';
    const apart = clusterMentions(
      [
        mention(two, 0, 'Brennor Semiconductor', 'organization'),
        mention(two, 20, 'Brennor Foods', 'organization'),
        mention(two, 40, 'Brennor', 'organization'),
      ],
      new LineIndex(two),
      two,
    );
    expect(apart.map((e) => e.name)).toEqual(['Brennor Semiconductor', 'Brennor Foods', 'Brennor']);
  });
});

describe('coreference: linking by index gives what a scan of every candidate gives', () => {
  // The linking before the index: per quote, every mention of every candidate, then every name,
  // then every role, in list order (quadratic, kept here as the reference).
  const key = (s: string) => s.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  function scan(quote: Quote, list: Entity[]): Entity | undefined {
    const span = quote.speakerSpan;
    if (span) {
      const s = span.position.start.offset as number;
      const e = span.position.end.offset as number;
      for (const entity of list)
        for (const m of entity.mentions) if ((m.position.start.offset as number) < e && (m.position.end.offset as number) > s) return entity;
    }
    const speaker = quote.speaker!;
    const k = key(speaker.name);
    if (k) {
      const named = list.find((p) => [p.name, ...p.aliases].map(key).includes(k));
      if (named) return named;
      const words = k.split(' ');
      for (let cut = 1; cut < words.length; cut++) {
        const rest = words.slice(cut).join(' ');
        const hits = list.filter((p) => [p.name, ...p.aliases].map(key).includes(rest));
        if (hits.length === 1) return hits[0];
      }
    }
    if (speaker.role) {
      const hits = list.filter((p) => p.roles.map(key).includes(key(speaker.role!)));
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  it('links the same entity for every quote, mentions overlapping, long and nested', () => {
    const text = 'word '.repeat(400);
    const index = new LineIndex(text);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const names = ['Ann Lee', 'Lee', 'Bo Kim', 'Kim', 'Dr. Kim', 'Cy Park', 'Park'];
    const roles = ['the minister', 'the mayor', 'a spokesman'];
    for (let round = 0; round < 20; round++) {
      const doc = parseArticle(text, { quotes: false, entities: false });
      const kinds = ['person', 'organization'] as const;
      doc.entities = Array.from({ length: 12 }, (_, n): Entity => {
        const mentions = Array.from({ length: next(6) }, () => {
          const start = next(1900);
          // Most mentions are names; a few run long, reaching over later mentions.
          const end = start + 1 + (next(10) === 0 ? next(300) : next(12));
          return { text: text.slice(start, end), position: index.position(start, end), paragraphId: 'p1' };
        });
        return {
          id: `e${n + 1}`,
          kind: kinds[next(2)]!,
          name: names[next(names.length)]!,
          aliases: next(2) === 0 ? [names[next(names.length)]!] : [],
          roles: next(3) === 0 ? [roles[next(roles.length)]!] : [],
          mentions,
        };
      });
      doc.quotes = [];
      for (let q = 0; q < 60; q++) {
        const speaker: Quote['speaker'] = { name: next(4) === 0 ? `President ${names[next(names.length)]}` : names[next(names.length)]!, inferred: false };
        if (next(3) === 0) speaker.role = roles[next(roles.length)]!;
        const quote = addQuote(doc, 'word', speaker);
        if (next(2) === 0) {
          const start = next(1990);
          quote.speakerSpan = { text: text.slice(start, start + 4), position: index.position(start, start + 4) };
        }
      }
      annotateCoreference(doc);
      const people = doc.entities.filter((e) => e.kind === 'person');
      const bodies = doc.entities.filter((e) => e.kind === 'organization');
      for (const quote of doc.quotes) expect(quote.speaker?.entityId).toBe((scan(quote, people) ?? scan(quote, bodies))?.id);
    }
  });
});
