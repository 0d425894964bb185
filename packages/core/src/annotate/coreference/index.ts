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

/** Name keys of each entity (its name and aliases) and of its roles, computed once per document. */
interface Keyed {
  entity: Entity;
  names: string[] | undefined;
  roles: string[] | undefined;
}

/** Keys are made on first need: a speaker found by its span needs none. */
const namesOf = (p: Keyed): string[] => (p.names ??= [nameKey(p.entity.name), ...p.entity.aliases.map(nameKey)]);

/** The entity among `candidates` a quote's speaker is: by the span that names them, then by name, then by role. */
function speakerEntity(quote: Quote, people: readonly Keyed[]): Entity | undefined {
  const span = quote.speakerSpan;
  if (span) {
    const s = span.position.start.offset as number;
    const e = span.position.end.offset as number;
    for (const { entity } of people) {
      for (const m of entity.mentions) if (overlaps({ start: m.position.start.offset as number, end: m.position.end.offset as number }, s, e)) return entity;
    }
  }
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  const key = nameKey(speaker.name);
  if (key) {
    for (const p of people) if (namesOf(p).includes(key)) return p.entity;
    // A speaker named with a title (د. ملحم, President Putin) is the person whose name ends the same.
    const words = key.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const rest = words.slice(cut).join(' ');
      let hit: Entity | undefined;
      let hits = 0;
      for (const p of people) {
        if (!namesOf(p).includes(rest)) continue;
        hit = p.entity;
        hits++;
      }
      if (hits === 1) return hit;
    }
  }
  if (speaker.role) {
    const role = nameKey(speaker.role);
    let hit: Entity | undefined;
    let hits = 0;
    for (const p of people) {
      // Role keys only when a speaker has a role to match: most quotes do not.
      p.roles ??= p.entity.roles.map(nameKey);
      if (!p.roles.includes(role)) continue;
      hit = p.entity;
      hits++;
    }
    if (hits === 1) return hit;
  }
  return undefined;
}

/**
 * Points each quote's speaker at the person entity it names (an organisation when no person
 * fits), once quotes and entities are both there. Deterministic and idempotent: it may run twice
 * (after quotes and after entities).
 */
export function annotateCoreference(doc: ArticleDocument): void {
  if (doc.quotes.length === 0) return;
  const keyed = (e: Entity): Keyed => ({ entity: e, names: undefined, roles: undefined });
  const people = doc.entities.filter((e) => e.kind === 'person').map(keyed);
  // A body can speak too (الكرملين: …, the ministry said): organisations when no person fits.
  const bodies = doc.entities.filter((e) => e.kind === 'organization').map(keyed);
  for (const quote of doc.quotes) {
    if (!quote.speaker) continue;
    const entity = speakerEntity(quote, people) ?? speakerEntity(quote, bodies);
    if (entity) quote.speaker.entityId = entity.id;
    else delete quote.speaker.entityId;
  }
}
