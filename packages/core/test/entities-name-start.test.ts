// Where an Arabic person's name starts inside its token: «كوفي» and «برند» keep their first letter
// (no «ك» or «ب» preposition before a name), while «بموسكو» and «لطاجيكستان» still lose theirs.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';

const names = (text: string) => parseArticle(text).entities.map((e) => `${e.kind}:${e.name}`);

describe('Arabic name starts', () => {
  it('keeps «ك» and «ب» that begin a name', () => {
    const found = names('عنوان الخبر\n\nوقال الامين العام للامم المتحدة كوفي عنان ان الخطة جيدة.\n\nوقال رئيس الاتحاد برند جوتشولك إن السوق غامض.');
    expect(found).toContain('person:كوفي عنان');
    expect(found).toContain('person:برند جوتشولك');
    expect(found.some((n) => n.endsWith(':وفي عنان') || n.endsWith(':رند جوتشولك'))).toBe(false);
  });

  it('still cuts a preposition off a known place', () => {
    const found = names('عنوان الخبر\n\nووصل الوفد بموسكو أمس قبل أن يتوجه لطاجيكستان في زيارة رسمية.');
    expect(found).toContain('location:موسكو');
    expect(found).toContain('location:طاجيكستان');
  });

  it('keeps the first letter of a name that opens quotation marks («"فيتش ريتنغز"»)', () => {
    const found = names('عنوان الخبر\n\nرفعت مؤسسة "فيتش ريتنغز" للتصنيفات الائتمانية تصنيفها للديون السعودية.');
    expect(found.some((n) => n.endsWith(':فيتش ريتنغز'))).toBe(true);
    expect(found.some((n) => n.endsWith(':يتش ريتنغز'))).toBe(false);
  });

  it('keeps «و» and «ف» that begin a name seen as a word of its own («وليد», «فيصل»)', () => {
    const found = names('عنوان الخبر\n\nوقال وزير الخارجية السوري وليد المعلم إن الوضع خطير.\n\nوقال فيصل عيسى إن الحل قريب.');
    expect(found).toContain('person:وليد المعلم');
    expect(found).toContain('person:فيصل عيسى');
    expect(found.some((n) => n.endsWith(':يد المعلم') || n.endsWith(':يصل عيسى'))).toBe(false);
  });

  it('still cuts «و» and «ل» off a name glued to them', () => {
    const found = names('عنوان الخبر\n\nوزار الوفد الأردن ولبنان وسوريا قبل أن يقدم تقريره لبوتين.');
    expect(found).toContain('location:لبنان');
  });
});
