import { describe, expect, it } from 'vitest';
import { parseStructure } from '../src/parse-article.js';
import { expectValid, outline } from './helpers.js';

describe('segment: plain text structure', () => {
  it('takes the first line as title and short unpunctuated lines before prose as headings (Arabic)', () => {
    const text = [
      'وزير المالية: الموازنة الجديدة "تحمي الفقراء"',
      'أعلن وزير المالية اليوم عن موازنة العام المقبل، وقال إنها تركز على الإنفاق الاجتماعي.',
      'وأضاف أن العجز سينخفض إلى 3.5% من الناتج المحلي.',
      'أرقام الموازنة',
      'تبلغ النفقات الإجمالية 120 مليار دينار، بزيادة 7% عن العام الماضي.',
      'ردود الفعل',
      'رحبت النقابات بالموازنة، لكنها طالبت بزيادة الأجور.',
      'وانتقدت المعارضة ما وصفته بـ"التفاؤل المفرط" في تقديرات النمو.',
    ].join('\n');
    const doc = parseStructure(text);
    expect(doc.lang).toBe('ar');
    expect(doc.dir).toBe('rtl');
    expect(doc.title?.text).toBe('وزير المالية: الموازنة الجديدة "تحمي الفقراء"');
    expect(doc.title?.id).toBe('title');
    expect(outline(doc)).toEqual([
      [null, 2],
      ['أرقام الموازنة', 1],
      ['ردود الفعل', 2],
    ]);
    expectValid(doc);
  });

  it('reads CRLF line ends and Markdown-style # headings in text', () => {
    const text =
      '# Storm closes ports\r\n\r\nHeavy rain closed three ports on Tuesday, officials said.\r\n\r\n## Damage\r\n\r\nThe harbour master said repairs would take weeks.\r\n';
    const doc = parseStructure(text);
    expect(doc.lang).toBe('en');
    expect(doc.dir).toBe('ltr');
    expect(doc.title?.text).toBe('Storm closes ports');
    expect(outline(doc)).toEqual([
      [null, 1],
      ['Damage', 1],
    ]);
    expect(doc.children[1]?.heading?.depth).toBe(2);
    expectValid(doc);
  });

  it('joins hard-wrapped lines of blank-line-separated paragraphs', () => {
    const text = [
      'Council approves new bridge',
      '',
      'The city council voted on Monday to build a second bridge',
      'across the river, ending a debate that lasted a decade.',
      '',
      'Construction is expected to start in March 2027 and cost',
      '$240 million, the mayor said.',
    ].join('\n');
    const doc = parseStructure(text);
    expect(doc.title?.text).toBe('Council approves new bridge');
    expect(doc.children).toHaveLength(1);
    const paragraphs = doc.children[0]?.children ?? [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.text).toBe('The city council voted on Monday to build a second bridge\nacross the river, ending a debate that lasted a decade.');
    expectValid(doc);
  });

  it('keeps list items as their own paragraphs', () => {
    const text = 'Shopping list for the summit\n\nThe delegates asked for:\n- water\n- paper\n- pens\n\nThat was all, the organisers said.';
    const doc = parseStructure(text);
    const texts = doc.children.flatMap((s) => s.children.map((p) => p.text));
    expect(texts).toEqual(['The delegates asked for:', '- water', '- paper', '- pens', 'That was all, the organisers said.']);
    expectValid(doc);
  });

  it('marks a paragraph in the other script with its own direction', () => {
    const text =
      'قمة المناخ تختتم أعمالها\nاختتمت القمة أعمالها أمس بعد مفاوضات طويلة بين الوفود المشاركة.\nThe final statement was published in English only, delegates said.\nوقال رئيس القمة إن الاتفاق خطوة أولى.';
    const doc = parseStructure(text);
    expect(doc.dir).toBe('rtl');
    const paragraphs = doc.children[0]?.children ?? [];
    expect(paragraphs[1]?.data).toEqual({ dir: 'ltr', lang: 'en' });
    expect(paragraphs[0]?.data).toBeUndefined();
    expectValid(doc);
  });

  it('does not flip an Arabic paragraph that starts with a Latin word', () => {
    const text = 'عنوان الخبر\nNATO قالت في بيان إن الحلف سيعقد اجتماعا طارئا لبحث الأزمة في المنطقة الشمالية.';
    const doc = parseStructure(text);
    expect(doc.children[0]?.children[0]?.data).toBeUndefined();
  });

  it('gives an empty document with a message for empty or blank input', () => {
    for (const input of ['', '   \n\t\n  ', '\uFEFF']) {
      const doc = parseStructure(input);
      expect(doc.title).toBeNull();
      expect(doc.children).toEqual([]);
      expect(doc.messages.map((m) => m.ruleId)).toContain('empty-input');
      expect(doc.lang).toBe('und');
      expectValid(doc);
    }
  });

  it('honours a language given by the caller', () => {
    const doc = parseStructure('Title\nSome text here.', { lang: 'ar' });
    expect(doc.lang).toBe('ar');
    expect(doc.dir).toBe('rtl');
  });
});

describe('segment: bylines', () => {
  it('takes a byline under the title as metadata, not as a heading', () => {
    const doc = parseStructure(
      'Floods close schools\nBy Jane Doe and Ali Hassan\nSchools across the valley closed on Monday after the river burst its banks.\nMore rain is expected.',
    );
    expect(doc.meta.byline).toBe('Jane Doe and Ali Hassan');
    expect(doc.children).toHaveLength(1);
    expect(doc.children[0]?.heading).toBeNull();
    expect(doc.children[0]?.children.map((p) => p.text)).toEqual([
      'Schools across the valley closed on Monday after the river burst its banks.',
      'More rain is expected.',
    ]);
    expectValid(doc);
  });

  it('reads Arabic bylines with a colon', () => {
    const doc = parseStructure('الأمطار تغلق المدارس\nكتب: محمود السيد\nأغلقت المدارس أبوابها اليوم بعد فيضان النهر.');
    expect(doc.meta.byline).toBe('محمود السيد');
  });

  it('leaves prose that starts with "By" alone', () => {
    const doc = parseStructure('Floods close schools\nBy noon the river had risen two metres.\nResidents left.');
    expect(doc.meta.byline).toBeUndefined();
    expect(doc.children[0]?.children[0]?.text).toBe('By noon the river had risen two metres.');
  });
});
