/**
 * One kind per name in a document (after the mentions are found, before they are clustered): the
 * mentions of a name are grouped by their matching key in one Map, so the pass is linear in the
 * number of mentions.
 */
import type { EntityLanguage, EntityToken } from '../../lang/entity-language.js';
import type { FoundMention } from './find-mentions.js';

/** A found mention with the language of its sentence. */
export interface KindedMention {
  mention: FoundMention;
  lang: EntityLanguage;
  /** The word right before it, as written ('' when none). */
  before?: string;
  /** Whether the words around it are a company's («Pfizer said»): see `EntityLanguage.companyContext`. */
  company?: boolean;
}

/** Prepositions of place and motion: a name after them is where something is or goes. */
const PLACE_PREPOSITIONS = new Set(['to', 'from', 'in', 'at', 'near', 'towards', 'toward', 'via']);

/** Whether a word starts with an upper-case letter (a script with case). */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** One-word mentions that `fits` keeps, grouped by language and matching key, in document order. */
function oneWordGroups(mentions: readonly KindedMention[], fits: (m: FoundMention) => boolean): Map<string, KindedMention[]> {
  const groups = new Map<string, KindedMention[]>();
  for (const item of mentions) {
    const m = item.mention;
    if (m.words.length !== 1 || !fits(m)) continue;
    const key = `${item.lang.code}:${m.key}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(item);
  }
  return groups;
}

/**
 * A one-word person the document never writes with a first name or a title, whose word training
 * never saw in a person's name (Bontnewydd · Brensbach · B&SR), is no person: the tagger read an
 * unknown capitalised word as a surname. People in articles are introduced by their full name
 * (or a title, or an apposition) before a surname stands alone; a word no longer name of the
 * document holds is more often a place. Such names become locations, or organisations where the
 * words around one are a company's.
 */
export function retypeLonePersons(mentions: readonly KindedMention[]): void {
  // Words of the document's longer person names (Luigi Caloi), by language and key.
  const inLonger = new Set<string>();
  for (const { mention: m, lang } of mentions) if (m.kind === 'person' && m.words.length > 1) for (const w of m.words) inLonger.add(`${lang.code}:${w}`);
  for (const [key, list] of oneWordGroups(mentions, (m) => m.kind === 'person')) {
    if (inLonger.has(key)) continue;
    const { lang } = list[0] as KindedMention;
    // Scripts without case (Arabic) give no such sign: an unknown word there is as often a first name.
    let person = !isCapitalised((list[0] as KindedMention).mention.canonical);
    for (const { mention: m } of list) {
      if (person) break;
      if (m.title !== undefined || m.role !== undefined || m.source === 'rule' || lang.namePrior(m.canonical)?.includes('P2')) {
        person = true;
        break;
      }
    }
    // («Pfizer said», «Tesla Chief Executive Elon Musk»: a company, a word training saw in companies' names too even if
    // in people's: «Harrison said» stays a person.)
    const company = list.some((item) => item.company === true);
    const prior = lang.namePrior((list[0] as KindedMention).mention.canonical);
    // A word training saw as a person's only sometimes (P1: Harrison) needs the document's say:
    // a third or more of its mentions after a preposition of place (to Harrison, from Harrison).
    if (!person && !(company && prior?.includes('O')) && prior?.includes('P')) {
      let places = 0;
      for (const { before } of list) if (before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase())) places++;
      person = list.length < 2 || places * 3 < list.length;
    }
    if (person) continue;
    for (const { mention: m } of list) m.kind = company ? 'organization' : 'location';
  }
}

/**
 * The reverse: a one-word name of another kind that is the family name of a person the document names in full («Ray
 * Hollister … said Hollister», the tagger reading «Hollister» as the Californian town) is that person, unless a
 * preposition of place comes before it or the words around it are a company's. Capitalised scripts only: an Arabic
 * surname alone is as often a place's or a family's.
 */
export function retypeSurnames(mentions: readonly KindedMention[]): void {
  const surnames = new Set<string>();
  for (const { mention: m, lang } of mentions)
    if (m.kind === 'person' && m.words.length > 1 && isCapitalised(m.canonical)) surnames.add(`${lang.code}:${m.words[m.words.length - 1]}`);
  if (surnames.size === 0) return;
  for (const { mention: m, lang, before, company } of mentions) {
    // (Not a word in capitals throughout: a dateline's «DES MOINES —».)
    if (m.kind === 'person' || m.kind === 'date' || m.kind === 'quantity' || m.words.length !== 1 || !isCapitalised(m.canonical)) continue;
    if (m.canonical === m.canonical.toUpperCase()) continue;
    if (!surnames.has(`${lang.code}:${m.key}`) || company === true || lang.gazetteerKind(m.key) !== undefined) continue;
    if (before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase())) continue;
    m.kind = 'person';
  }
}

/**
 * A name's short form where the document also writes the full name ("VW" beside "Volkswagen") takes the full name's
 * key, so the two are one entity; a short form alone stays as written.
 */
export function joinShortForms(mentions: readonly KindedMention[]): void {
  const present = new Set<string>();
  for (const { mention: m, lang } of mentions) present.add(`${lang.code}:${m.key}`);
  for (const { mention: m, lang } of mentions) {
    const full = lang.shortForms?.get(m.key);
    if (full !== undefined && present.has(`${lang.code}:${full}`)) m.key = full;
  }
}

/**
 * A one-word name the tagger called a place, unknown to training as any place's, that the document also writes as a
 * company's somewhere («A Glint spokesperson», «Glint’s chief executive») is that company wherever it stands: its
 * other mentions were propagated from one guess («Glint pauses …» in a headline). Not where a preposition of place
 * comes before it as often.
 */
export function retypeCompanies(mentions: readonly KindedMention[]): void {
  for (const list of oneWordGroups(mentions, (m) => m.kind === 'location' && isCapitalised(m.canonical)).values()) {
    const { lang, mention } = list[0] as KindedMention;
    if (lang.gazetteerKind(mention.key) !== undefined || lang.namePrior(mention.canonical)?.includes('L')) continue;
    let company = 0;
    let places = 0;
    for (const { before, company: c } of list) {
      if (c === true) company++;
      else if (before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase())) places++;
    }
    if (company > 0 && company >= places) for (const { mention: m } of list) m.kind = 'organization';
  }
}

/**
 * A name the tagger called a place or a thing that opens on a given name and ends on the family name of a person the
 * document names («world number one Lucia Vidal» … «Vidal, 27,») is that person. Capitalised scripts only.
 */
export function retypeGivenNamed(mentions: readonly KindedMention[]): void {
  const surnames = new Set<string>();
  for (const { mention: m, lang } of mentions)
    if (m.kind === 'person' && isCapitalised(m.canonical)) surnames.add(`${lang.code}:${m.words[m.words.length - 1]}`);
  if (surnames.size === 0) return;
  for (const { mention: m, lang } of mentions) {
    if ((m.kind !== 'location' && m.kind !== 'misc') || m.words.length < 2 || !isCapitalised(m.canonical)) continue;
    const first = m.canonical.split(/\s+/)[0] as string;
    if (lang.isGivenName?.(first) !== true || lang.gazetteerKind(m.key) !== undefined) continue;
    if (surnames.has(`${lang.code}:${m.words[m.words.length - 1]}`)) m.kind = 'person';
  }
}

/**
 * «Brightway Stores» … «Analysts had expected Brightway to trim»: the key of a two-word company's own word, before the
 * word that says it is a company, when training never saw that word in any name; undefined for other names.
 */
export function companyShortName(m: FoundMention, lang: EntityLanguage): string | undefined {
  if (m.kind !== 'organization' || m.words.length !== 2) return undefined;
  const [own, suffix] = m.canonical.split(/\s+/);
  if (own === undefined || suffix === undefined || own.length < 3 || lang.namePrior(own) !== undefined || lang.isStopName(own)) return undefined;
  const token: EntityToken = { text: suffix, start: 0, end: 0, word: true };
  return lang.organizationCue?.([token], 0, 1) === true ? m.words[0] : undefined;
}

/** One-word mentions of a company's short name that the tagger gave another kind («Halvorsen» read as a place): the company. */
export function retypeCompanyShortNames(mentions: readonly KindedMention[]): void {
  const shorts = new Set<string>();
  for (const { mention: m, lang } of mentions) {
    const short = companyShortName(m, lang);
    if (short !== undefined) shorts.add(`${lang.code}:${short}`);
  }
  if (shorts.size === 0) return;
  for (const { mention: m, lang } of mentions)
    if (m.words.length === 1 && m.kind !== 'date' && m.kind !== 'quantity' && shorts.has(`${lang.code}:${m.key}`)) m.kind = 'organization';
}
