import type { ArticleDocument, Quote } from '@maqal/core';
import { quoteParagraphs } from '@maqal/core/structure';
import { foldForMatch } from './normalize';
import { speakerName } from './summary';

export interface SpeakerGroup {
  /** Stable key for grouping and anchors. */
  key: string;
  name: string | null;
  roles: string[];
  entityId?: string;
  quotes: Quote[];
}

/** The quotes of one document grouped by speaker (unattributed last), groups in order of first quote. */
export function quotesBySpeaker(doc: ArticleDocument): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const quote of doc.quotes) {
    const name = speakerName(doc, quote);
    const key = quote.speaker?.entityId ? `entity:${quote.speaker.entityId}` : name ? `name:${foldForMatch(name)}` : 'unattributed';
    let group = groups.get(key);
    if (!group) {
      group = { key, name, roles: [], quotes: [] };
      if (quote.speaker?.entityId) group.entityId = quote.speaker.entityId;
      groups.set(key, group);
    }
    group.quotes.push(quote);
    const role = quote.speaker?.role?.trim();
    if (role && !group.roles.includes(role)) group.roles.push(role);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.name), ...list.filter((g) => !g.name)];
}

/** A stable DOM id fragment for a speaker key. */
export function speakerAnchor(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return `speaker-${(hash >>> 0).toString(36)}`;
}

/**
 * A quote's words for a list, cut at `max` characters: the paragraphs of a quote running over
 * several are joined, without the marks that reopen them.
 */
export function quoteExcerpt(quote: Quote, max: number): string {
  const words = quoteParagraphs(quote).join(' ');
  return words.length > max ? `${words.slice(0, max).trimEnd()}…` : words;
}
