// Where an Arabic mention starts inside its first token when that token begins with «ف» or «ل»:
// names that begin with the letter keep it (فيصل، ليونيل، لؤي), while a real proclitic still
// comes off (لطاجيكستان، وفيصل، فمحمد).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';

const names = (text: string) => parseArticle(`عنوان الخبر\n\n${text}`).entities.map((e) => `${e.kind}:${e.name}`);

describe('Arabic name starts: «ف» and «ل» that belong to the name', () => {
  it('keeps the «ف» of a name whose rest spells a verb («فيصل» is no «ف» + «يصل»)', () => {
    const found = names('وقال فيصل عيسى إن الوضع في المدينة صعب.');
    expect(found).toContain('person:فيصل عيسى');
    expect(found.some((n) => n.endsWith(':يصل عيسى'))).toBe(false);
  });

  it('keeps the «ف» of a foreign name nobody knows', () => {
    const found = names('وقاد المدرب فينسينزو مونتيلا فريقه إلى الفوز، ووصل الوفد إلى فولغوغراد أمس.');
    expect(found).toContain('person:فينسينزو مونتيلا');
    expect(found).toContain('location:فولغوغراد');
  });

  it('keeps the «ل» of a name before و or ي, and before two letters', () => {
    const found = names('وسجل الأرجنتيني ليونيل ميسي هدفين. وقال لؤي حسن إن الفريق استحق الفوز.');
    expect(found).toContain('person:ليونيل ميسي');
    expect(found).toContain('person:لؤي حسن');
    expect(found.some((n) => n.endsWith(':يونيل ميسي'))).toBe(false);
  });

  it('keeps the «ل» of «ليلى», whose rest spells the common «يلي» ("follows")', () => {
    const found = names('لا تحب الروائية السورية ليلى الحسيني أن توصف روايتها بأنها رواية حرب.');
    expect(found).toContain('person:ليلى الحسيني');
    expect(found.some((n) => n.endsWith(':يلى الحسيني'))).toBe(false);
  });

  it("reads a woman's given name the tagger leaves and the name-like word after it as a person («نادية بنكيران»)", () => {
    const found = names('شهدت الجلسة نقاشا حادا بين وزيرة الإدماج الاقتصادي والتشغيل نادية بنكيران وعدد من نواب المعارضة.');
    expect(found).toContain('person:نادية بنكيران');
    // A common word after the name is no surname.
    expect(names('وحضرت نادية الجلسة أمس.').some((n) => n.startsWith('person:'))).toBe(false);
  });

  it("takes the verb opening a sentence off a mention that ends as another person's name («وطالب عبد الغفار» → «عبد الغفار»)", () => {
    const found = names('وقال وليد عبد الغفار إن القضية واضحة.\n\nوطالب عبد الغفار بتوقيع أقصى العقوبة على المتهمين.');
    expect(found).toContain('person:وليد عبد الغفار');
    expect(found.some((n) => n.includes('طالب'))).toBe(false);
  });

  it('still cuts real proclitics off', () => {
    const found = names('وتوجه الوزير لطاجيكستان في زيارة رسمية. والتقى الرئيس وفيصل عيسى في القاهرة.');
    expect(found).toContain('location:طاجيكستان');
    expect(found.some((n) => n.endsWith(':فيصل عيسى'))).toBe(true);
    expect(found.some((n) => n.includes('وفيصل'))).toBe(false);
  });
});
