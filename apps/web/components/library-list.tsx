'use client';

import { type ReactNode, useDeferredValue, useEffect, useId, useState } from 'react';
import { foldForMatch } from '@/lib/normalize';
import type { ArticleSummary } from '@/lib/summary';

export interface LibraryItem extends ArticleSummary {
  languageName: string;
  date: string | null;
  dateTime: string | null;
}

export interface LibraryListProps {
  items: LibraryItem[];
  initialQuery: string;
}

interface Match {
  item: LibraryItem;
  /** Speakers and entities that matched, to say why an article is listed. */
  via: string[];
}

function search(items: LibraryItem[], query: string): Match[] {
  const q = foldForMatch(query);
  if (!q) return items.map((item) => ({ item, via: [] }));
  const out: Match[] = [];
  for (const item of items) {
    const titleHit = foldForMatch(item.title).includes(q);
    const via = [...new Set([...item.speakers, ...item.entityNames])].filter((name) => foldForMatch(name).includes(q));
    if (titleHit || via.length > 0) out.push({ item, via });
  }
  return out;
}

/** The library as a searchable list: the query matches titles, speakers and entities, and stays in the address (`?q=`). */
export default function LibraryList({ items, initialQuery }: LibraryListProps): ReactNode {
  const [query, setQuery] = useState(initialQuery);
  const deferred = useDeferredValue(query);
  const inputId = useId();
  const matches = search(items, deferred);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (deferred) url.searchParams.set('q', deferred);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }, [deferred]);

  return (
    <>
      <search className="library-search">
        <form action="/" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId}>Search titles, speakers and entities</label>
          <input id={inputId} name="q" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
        </form>
        <p className="result-count" aria-live="polite">
          {matches.length === items.length ? `${items.length} ${items.length === 1 ? 'article' : 'articles'}` : `${matches.length} of ${items.length} articles`}
        </p>
      </search>
      {matches.length === 0 ? <p className="empty">No article matches “{deferred}”.</p> : null}
      <ul className="library-list">
        {matches.map(({ item, via }) => (
          <li key={item.slug} className="library-item" data-slug={item.slug}>
            <h2 className="library-title" lang={item.lang === 'und' ? undefined : item.lang} dir={item.dir}>
              <a href={`/articles/${encodeURIComponent(item.slug)}`}>{item.title}</a>
            </h2>
            <p className="library-meta">
              <span>{item.languageName}</span>
              {item.date ? <time dateTime={item.dateTime ?? undefined}>{item.date}</time> : null}
              {item.site ? <span>{item.site}</span> : null}
              <span data-count="quotes">{item.quotes === 1 ? '1 quote' : `${item.quotes} quotes`}</span>
              <span data-count="entities">{item.entities === 1 ? '1 entity' : `${item.entities} entities`}</span>
              <span>{item.words.toLocaleString('en')} words</span>
            </p>
            {via.length > 0 ? (
              <p className="library-via">
                Mentions{' '}
                {via.map((name, i) => (
                  <span key={name}>
                    {i > 0 ? ', ' : ''}
                    <bdi>{name}</bdi>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
