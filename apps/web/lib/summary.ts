import type { ArticleDocument, Direction, Quote } from '@maqal/core';
import type { LoadedArticle } from './library';

/** What the library page and `GET /api/articles` say about one article. */
export interface ArticleSummary {
  slug: string;
  title: string;
  lang: string;
  dir: Direction;
  published: string | null;
  site: string | null;
  quotes: number;
  entities: number;
  words: number;
  speakers: string[];
  entityNames: string[];
}

/** The title as the document gives it, else the first words of its text. */
export function titleOf(doc: ArticleDocument, fallback: string): string {
  const title = doc.title?.text.trim();
  if (title) return title;
  const first = doc.text.trim().split(/\s+/).slice(0, 10).join(' ');
  return first || fallback;
}

/** The speaker's name as shown and grouped: the resolved entity's canonical name when there is one. */
export function speakerName(doc: ArticleDocument, quote: Quote): string | null {
  if (!quote.speaker) return null;
  const entity = quote.speaker.entityId ? doc.entities.find((e) => e.id === quote.speaker?.entityId) : undefined;
  return (entity?.name ?? quote.speaker.name).trim() || null;
}

export function summarize(article: LoadedArticle & { doc: ArticleDocument }): ArticleSummary {
  const { doc } = article;
  const speakers = new Set<string>();
  for (const quote of doc.quotes) {
    const name = speakerName(doc, quote);
    if (name) speakers.add(name);
  }
  return {
    slug: article.slug,
    title: titleOf(doc, article.slug),
    lang: doc.lang,
    dir: doc.dir,
    published: doc.meta.published ?? null,
    site: doc.meta.site ?? null,
    quotes: doc.quotes.length,
    entities: doc.entities.length,
    words: doc.meta.wordCount,
    speakers: [...speakers],
    entityNames: doc.entities.map((e) => e.name),
  };
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** The name of a language (`ar` → 'Arabic'), in English by default or in the language given ('العربية'). */
export function languageName(code: string, inLanguage = 'en'): string {
  if (code === 'und') return inLanguage === 'ar' ? 'لغة غير معروفة' : 'Unknown language';
  try {
    let names = languageNames.get(inLanguage);
    if (!names) languageNames.set(inLanguage, (names = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date for people: ISO dates as '12 March 2023' (or in Arabic for Arabic articles); anything else as given. */
export function formatDate(iso: string | null | undefined, inLanguage = 'en'): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let format = dateFormats.get(inLanguage);
  if (!format) {
    format = new Intl.DateTimeFormat(inLanguage === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(inLanguage, format);
  }
  return format.format(time);
}
