import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/model/check.js';
import type { ArticleDocument } from '../src/model/types.js';
import { parseArticle } from '../src/parse-article.js';

const TEXT = 'Port strike ends\nDock workers returned on Monday, the union said.\nTalks resume in May.';

function fresh(): ArticleDocument {
  return parseArticle(TEXT, { quotes: false, entities: false });
}

const rules = (doc: ArticleDocument) => checkArticle(doc).map((v) => v.rule);

describe('checkArticle finds broken invariants', () => {
  it('accepts a parsed document', () => {
    expect(checkArticle(fresh())).toEqual([]);
  });

  it('finds duplicate ids', () => {
    const doc = fresh();
    const section = doc.children[0];
    if (!section?.children[1]) throw new Error('fixture changed');
    section.children[1].id = section.children[0]?.id as string;
    expect(rules(doc)).toContain('unique-ids');
  });

  it('finds a paragraph whose text is not its slice', () => {
    const doc = fresh();
    const paragraph = doc.children[0]?.children[0];
    if (!paragraph) throw new Error('fixture changed');
    paragraph.text = `${paragraph.text} `;
    expect(rules(doc)).toContain('text-slice');
  });

  it('finds tokens that do not rebuild their sentence', () => {
    const doc = fresh();
    const sentence = doc.children[0]?.children[0]?.children[0];
    if (!sentence) throw new Error('fixture changed');
    sentence.children.pop();
    expect(rules(doc)).toContain('tokens-rebuild');
  });

  it('finds blocks out of order', () => {
    const doc = fresh();
    const section = doc.children[0];
    if (!section) throw new Error('fixture changed');
    section.children.reverse();
    expect(rules(doc)).toContain('order');
  });

  it('finds a quote whose cue lies inside it and a missing paragraph id', () => {
    const doc = fresh();
    const start = doc.text.indexOf('Dock');
    const end = doc.text.indexOf(', the union');
    const point = (offset: number) => ({ line: 2, column: offset - doc.text.indexOf('Dock') + 1, offset });
    doc.quotes.push({
      id: 'q1',
      kind: 'indirect',
      text: doc.text.slice(start, end),
      position: { start: point(start), end: point(end) },
      paragraphId: 'p99',
      cue: { text: 'Dock', position: { start: point(start), end: point(start + 4) } },
      speaker: { name: 'the union', inferred: false },
      confidence: 0.9,
    });
    expect(rules(doc)).toEqual(expect.arrayContaining(['cue-outside-quote', 'unique-ids']));
  });

  it('finds a mention outside its paragraph and an offset past the end', () => {
    const doc = fresh();
    const at = doc.text.indexOf('May');
    doc.entities.push({
      id: 'e1',
      kind: 'date',
      name: 'May',
      aliases: [],
      roles: [],
      mentions: [
        { text: 'May', paragraphId: 'p1', position: { start: { line: 3, column: 17, offset: at }, end: { line: 3, column: 20, offset: at + 3 } } },
        { text: 'x', paragraphId: 'p2', position: { start: { line: 3, column: 1, offset: 10_000 }, end: { line: 3, column: 2, offset: 10_001 } } },
      ],
    });
    expect(rules(doc)).toEqual(expect.arrayContaining(['mention-in-block', 'position']));
  });
});
