import type { ReactNode } from 'react';
import { quoteExcerpt } from '@/lib/speakers';
import type { LibrarySpeaker } from '@/lib/who-said-what';

const EXCERPT = 280;

/** Each speaker of the library with their quotes, each quote linking into its article. */
export default function SpeakersList({ speakers }: { speakers: LibrarySpeaker[] }): ReactNode {
  return (
    <ol className="speakers-list">
      {speakers.map((speaker) => (
        <li key={speaker.anchor} className="speaker" data-speaker={speaker.name}>
          <h2 id={speaker.anchor} className="speaker-name">
            <bdi lang={speaker.lang} dir={speaker.dir}>
              {speaker.name}
            </bdi>
            <span className="count">
              {speaker.quotes.length === 1 ? '1 quote' : `${speaker.quotes.length} quotes`}
              {speaker.articles > 1 ? ` in ${speaker.articles} articles` : ''}
            </span>
          </h2>
          {speaker.roles.length > 0 ? (
            <p className="speaker-role" lang={speaker.lang} dir={speaker.dir}>
              {speaker.roles.join(' · ')}
            </p>
          ) : null}
          <ul className="speaker-quotes">
            {speaker.quotes.map(({ quote, slug, articleTitle, lang, dir }) => (
              <li key={`${slug}-${quote.id}`}>
                <blockquote lang={lang} dir={dir} cite={`/articles/${encodeURIComponent(slug)}#quote-${quote.id}`}>
                  <p>{quoteExcerpt(quote, EXCERPT)}</p>
                </blockquote>
                <p className="quote-source" lang={lang} dir={dir}>
                  <a href={`/articles/${encodeURIComponent(slug)}#quote-${quote.id}`}>{articleTitle}</a>
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
