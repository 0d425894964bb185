import type { Direction, Quote } from '@maqal/core';
import type { LoadedArticle } from './library';
import { foldForMatch } from './normalize';
import { speakerAnchor } from './speakers';
import { speakerName, titleOf } from './summary';

export interface SpeakerQuote {
  quote: Quote;
  slug: string;
  articleTitle: string;
  lang: string;
  dir: Direction;
}

export interface LibrarySpeaker {
  anchor: string;
  name: string;
  lang: string;
  dir: Direction;
  roles: string[];
  quotes: SpeakerQuote[];
  articles: number;
}

/** Every named speaker across the library with all their quotes; most quoted first. */
export function speakersOfLibrary(articles: LoadedArticle[]): { speakers: LibrarySpeaker[]; unattributed: number } {
  const byKey = new Map<string, LibrarySpeaker & { slugs: Set<string> }>();
  let unattributed = 0;
  for (const article of articles) {
    const doc = article.doc;
    if (!doc) continue;
    const articleTitle = titleOf(doc, article.slug);
    for (const quote of doc.quotes) {
      const name = speakerName(doc, quote);
      if (!name) {
        unattributed++;
        continue;
      }
      const key = foldForMatch(name);
      let speaker = byKey.get(key);
      if (!speaker) {
        speaker = { anchor: speakerAnchor(key), name, lang: doc.lang, dir: doc.dir, roles: [], quotes: [], articles: 0, slugs: new Set() };
        byKey.set(key, speaker);
      }
      speaker.quotes.push({ quote, slug: article.slug, articleTitle, lang: doc.lang, dir: doc.dir });
      speaker.slugs.add(article.slug);
      speaker.articles = speaker.slugs.size;
      const role = quote.speaker?.role?.trim();
      if (role && !speaker.roles.includes(role)) speaker.roles.push(role);
    }
  }
  const speakers = [...byKey.values()]
    .map(({ slugs: _slugs, ...speaker }) => speaker)
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  return { speakers, unattributed };
}
