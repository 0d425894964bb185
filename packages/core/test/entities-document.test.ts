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
