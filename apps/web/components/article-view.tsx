import type { ArticleDocument } from '@maqal/core';
import type { ReactNode } from 'react';
import { formatDate, languageName } from '@/lib/summary';
import { uiText } from '@/lib/ui-text';
import ArticleBody from './article-body';
import EntitiesPanel from './entities-panel';
import Outline, { type OutlineItem } from './outline';
import ParserNotes from './parser-notes';
import QuoteFocus from './quote-focus';
import QuotesPanel from './quotes-panel';

export interface ArticleViewProps {
  doc: ArticleDocument;
  /** Download links or buttons for this document (library articles link to the API; pasted ones build files in the browser). */
  downloads: ReactNode;
}

/** The reading view: outline beside the article, quotes and entities in the other margin; mirrored for right-to-left articles. */
export default function ArticleView({ doc, downloads }: ArticleViewProps): ReactNode {
  const text = uiText(doc.lang);
  const lang = doc.lang === 'und' ? undefined : doc.lang;
  const outline: OutlineItem[] = doc.children
    .filter((section) => section.heading)
    .map((section) => ({ id: section.id, target: section.heading?.id ?? section.id, text: section.heading?.text ?? '', depth: section.heading?.depth ?? 2 }));
  const meta = [
    doc.meta.site,
    doc.meta.byline,
    formatDate(doc.meta.published, doc.lang === 'ar' ? 'ar' : 'en'),
    languageName(doc.lang, doc.lang === 'ar' ? 'ar' : 'en'),
    text.words(doc.meta.wordCount),
    doc.meta.readingMinutes > 0 ? text.minutes(doc.meta.readingMinutes) : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <div className="reader" id="reader" dir={doc.dir}>
      <div className="reader-bar" lang={lang}>
        <p className="article-meta">
          {[...new Set(meta)].map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
        <div className="downloads">
          <span>{text.download}</span>
          {downloads}
        </div>
      </div>
      <div className={outline.length > 0 ? 'reader-grid' : 'reader-grid no-outline'}>
        {outline.length > 0 ? (
          <aside className="reader-outline" lang={lang}>
            <Outline items={outline} lang={lang} dir={doc.dir} title={text.sections} />
          </aside>
        ) : null}
        <div className="reader-main">
          <ArticleBody doc={doc} />
          <ParserNotes doc={doc} text={text} />
        </div>
        <aside className="reader-panels" lang={lang} aria-label={`${text.quotes} · ${text.entities}`}>
          <QuotesPanel doc={doc} text={text} />
          <EntitiesPanel doc={doc} text={text} targetId="reader" />
        </aside>
      </div>
      <QuoteFocus />
    </div>
  );
}
