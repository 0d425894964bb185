import { normalizeArabic } from '../../lang/normalize-arabic.js';
import type { ArticleDocument, Entity, Quote } from '../../model/types.js';

/** Matching key of a name: normalised, case folded, without a leading title word or «د.». */
function nameKey(s: string): string {
  return normalizeArabic(s)
    .replace(/[«»"“”'’.,،:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && a.end > s;

/** The entity among `candidates` a quote's speaker is: by the span that names them, then by name, then by role. */
function speakerEntity(quote: Quote, candidates: readonly Entity[]): Entity | undefined {
  const people = candidates;
  const span = quote.speakerSpan;
  if (span) {
    const s = span.position.start.offset as number;
    const e = span.position.end.offset as number;
    for (const entity of people) {
      for (const m of entity.mentions) if (overlaps({ start: m.position.start.offset as number, end: m.position.end.offset as number }, s, e)) return entity;
    }
  }
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  const key = nameKey(speaker.name);
  if (key) {
    for (const entity of people) if ([entity.name, ...entity.aliases].some((n) => nameKey(n) === key)) return entity;
    // A speaker named with a title (د. ملحم, President Putin) is the person whose name ends the same.
    const words = key.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const rest = words.slice(cut).join(' ');
      const hits = people.filter((entity) => [entity.name, ...entity.aliases].some((n) => nameKey(n) === rest));
      if (hits.length === 1) return hits[0];
    }
  }
  if (speaker.role) {
    const role = nameKey(speaker.role);
    const hits = people.filter((entity) => entity.roles.some((r) => nameKey(r) === role));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/**
 * Points each quote's speaker at the person entity it names (an organisation when no person
 * fits), once quotes and entities are both there. Deterministic and idempotent: it may run twice
 * (after quotes and after entities).
 */
export function annotateCoreference(doc: ArticleDocument): void {
  const people = doc.entities.filter((e) => e.kind === 'person');
  // A body can speak too (الكرملين: …, the ministry said): organisations when no person fits.
  const bodies = doc.entities.filter((e) => e.kind === 'organization');
  for (const quote of doc.quotes) {
    if (!quote.speaker) continue;
    const entity = speakerEntity(quote, people) ?? speakerEntity(quote, bodies);
    if (entity) quote.speaker.entityId = entity.id;
    else delete quote.speaker.entityId;
  }
}
