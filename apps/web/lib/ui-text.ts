import type { EntityKind, QuoteKind } from '@maqal/core';

/** The words the article page writes around an article, in the article's language (Arabic or English). */
export interface UiText {
  sections: string;
  quotes: string;
  entities: string;
  entityIndex: string;
  unattributed: string;
  inferred: string;
  inferredHint: string;
  noQuotes: string;
  noEntities: string;
  mentions: (n: number) => string;
  quoteCount: (n: number) => string;
  words: (n: number) => string;
  minutes: (n: number) => string;
  download: string;
  downloadJson: string;
  downloadMarkdown: string;
  notes: (n: number) => string;
  kinds: Record<EntityKind, string>;
  quoteKinds: Record<QuoteKind, string>;
  showKinds: string;
  goToQuote: string;
}

const arabicNumber = new Intl.NumberFormat('ar');
const englishNumber = new Intl.NumberFormat('en');

const en: UiText = {
  sections: 'Sections',
  quotes: 'Quotes',
  entities: 'Entities',
  entityIndex: 'Index of entities',
  unattributed: 'Unattributed',
  inferred: 'inferred',
  inferredHint: 'Speaker carried over from an earlier sentence',
  noQuotes: 'No quotes found in this article.',
  noEntities: 'No named entities found in this article.',
  mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
  quoteCount: (n) => (n === 1 ? '1 quote' : `${n} quotes`),
  words: (n) => `${englishNumber.format(n)} words`,
  minutes: (n) => `${n} min read`,
  download: 'Download',
  downloadJson: 'JSON',
  downloadMarkdown: 'Markdown',
  notes: (n) => (n === 1 ? '1 note from the parser' : `${n} notes from the parser`),
  kinds: { person: 'People', organization: 'Organizations', location: 'Places', date: 'Dates', quantity: 'Quantities', misc: 'Other' },
  quoteKinds: { direct: 'direct', indirect: 'indirect', mixed: 'mixed' },
  showKinds: 'Highlight entities by kind',
  goToQuote: 'Go to quote in the text',
};

const ar: UiText = {
  sections: 'الأقسام',
  quotes: 'الاقتباسات',
  entities: 'الكيانات',
  entityIndex: 'فهرس الكيانات',
  unattributed: 'متحدث غير معروف',
  inferred: 'مستنتج',
  inferredHint: 'المتحدث مستنتج من جملة سابقة',
  noQuotes: 'لم يُعثر على اقتباسات في هذا المقال.',
  noEntities: 'لم يُعثر على كيانات مسمّاة في هذا المقال.',
  mentions: (n) => `${arabicNumber.format(n)} ${n === 1 ? 'إشارة' : 'إشارات'}`,
  quoteCount: (n) => `${arabicNumber.format(n)} ${n === 1 ? 'اقتباس' : 'اقتباسات'}`,
  words: (n) => `${arabicNumber.format(n)} كلمة`,
  minutes: (n) => `${arabicNumber.format(n)} د قراءة`,
  download: 'تنزيل',
  downloadJson: 'JSON',
  downloadMarkdown: 'Markdown',
  notes: (n) => `${arabicNumber.format(n)} ملاحظات من المحلل`,
  kinds: { person: 'أشخاص', organization: 'منظمات', location: 'أماكن', date: 'تواريخ', quantity: 'كميات', misc: 'أخرى' },
  quoteKinds: { direct: 'مباشر', indirect: 'غير مباشر', mixed: 'مختلط' },
  showKinds: 'تمييز الكيانات حسب النوع',
  goToQuote: 'انتقل إلى الاقتباس في النص',
};

export function uiText(lang: string): UiText {
  return lang === 'ar' ? ar : en;
}
