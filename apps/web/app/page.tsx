import type { ReactNode } from 'react';
import LibraryList, { type LibraryItem } from '@/components/library-list';
import { loadLibrary } from '@/lib/library';
import { libraryFolder } from '@/lib/library-folder';
import { formatDate, languageName, summarize } from '@/lib/summary';

export const dynamic = 'force-dynamic';

export default async function LibraryPage({ searchParams }: PageProps<'/'>): Promise<ReactNode> {
  const { q } = await searchParams;
  const articles = loadLibrary();
  const items: LibraryItem[] = [];
  const unreadable: { slug: string; message: string }[] = [];
  for (const article of articles) {
    if (!article.doc) {
      unreadable.push({ slug: article.slug, message: article.error?.message ?? 'Could not be read.' });
      continue;
    }
    const summary = summarize({ ...article, doc: article.doc });
    items.push({
      ...summary,
      languageName: languageName(summary.lang),
      date: formatDate(summary.published),
      dateTime: summary.published,
    });
  }
  items.sort((a, b) => (b.dateTime ?? '').localeCompare(a.dateTime ?? '') || a.title.localeCompare(b.title));
  return (
    <div className="page library-page">
      <h1>Library</h1>
      {articles.length === 0 ? (
        <p className="empty">
          No articles in <code>{libraryFolder()}</code>. Put <code>.txt</code>, <code>.md</code> or <code>.html</code> files there, set{' '}
          <code>MAQAL_LIBRARY</code>, or <a href="/read">read one of your own</a>.
        </p>
      ) : (
        <LibraryList items={items} initialQuery={typeof q === 'string' ? q : ''} />
      )}
      {unreadable.length > 0 ? (
        <section className="unreadable" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">Files that could not be read</h2>
          <ul>
            {unreadable.map((file) => (
              <li key={file.slug}>
                <code>{file.slug}</code>: {file.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
