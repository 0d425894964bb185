import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import SpeakersList from '@/components/speakers-list';
import { loadLibrary } from '@/lib/library';
import { speakersOfLibrary } from '@/lib/who-said-what';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Who said what' };

export default function SpeakersPage(): ReactNode {
  const articles = loadLibrary();
  const { speakers, unattributed } = speakersOfLibrary(articles);
  const total = speakers.reduce((n, s) => n + s.quotes.length, 0);
  return (
    <div className="page speakers-page">
      <h1>Who said what</h1>
      <p className="lede">
        {speakers.length === 0
          ? `No speakers found yet across ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.`
          : `${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}, ${total} ${total === 1 ? 'quote' : 'quotes'} across ${articles.length} articles.`}
        {unattributed > 0 ? ` ${unattributed} more ${unattributed === 1 ? 'quote has' : 'quotes have'} no named speaker.` : ''}
      </p>
      {speakers.length > 0 ? (
        <nav aria-label="Speakers" className="speaker-index">
          <ul>
            {speakers.map((speaker) => (
              <li key={speaker.anchor}>
                <a href={`#${speaker.anchor}`}>
                  <bdi lang={speaker.lang} dir={speaker.dir}>
                    {speaker.name}
                  </bdi>{' '}
                  <span className="count">{speaker.quotes.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <SpeakersList speakers={speakers} />
    </div>
  );
}
