import type { LineIndex } from '../../model/positions.js';
import type { Entity, EntityKind, Mention } from '../../model/types.js';
import type { FoundMention } from '../entities/find-mentions.js';

interface Group {
  mentions: FoundMention[];
  words: string[];
  kind: EntityKind;
  first: number;
  merged?: Group;
  /** Only ever written in parentheses after another person's name («محمود عباس (أبو مازن)»): that person's other name. */
  alias?: boolean;
}

/** The kind most of a group's mentions have; a rule or list decides over the tagger. */
function voteKind(mentions: readonly FoundMention[]): EntityKind {
  // Most groups agree: no tally needed.
  const first = mentions[0]!.kind;
  let same = true;
  for (const m of mentions) if (m.kind !== first) same = false;
  if (same) return first;
  const votes = new Map<EntityKind, number>();
  for (const m of mentions) votes.set(m.kind, (votes.get(m.kind) ?? 0) + (m.source === 'gazetteer' || m.source === 'rule' ? 3 : 1));
  let best: EntityKind = mentions[0]!.kind;
  for (const [kind, n] of votes) if (n > (votes.get(best) ?? 0)) best = kind;
  return best;
}

/** True when `short` occurs in `long` as a run of words (رحمون in إمام علي رحمون). */
function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

const root = (g: Group): Group => {
  let r = g;
  while (r.merged) r = r.merged;
  return r;
};

const groupKey = (m: FoundMention): string => (m.kind === 'date' || m.kind === 'quantity' ? `${m.kind}:` : '') + m.key;

/**
 * «الرئيس الفلسطيني محمود عباس (أبو مازن)», "Mahmoud Abbas (Abu Mazen)": a person's name alone in parentheses right
 * after another person's is the same person's other name; its group joins the first (later «أبو مازن» is him too).
 */
function joinParenthesizedNames(sorted: readonly FoundMention[], byKey: ReadonlyMap<string, Group>, text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const m = sorted[i]!;
    if (!/^\s*\(\s*$/.test(text.slice(prev.end, m.start)) || !/^\s*\)/.test(text.slice(m.end, m.end + 3))) continue;
    const named = byKey.get(groupKey(prev));
    const other = byKey.get(groupKey(m));
    if (!named || !other || named.kind !== 'person' || other.kind !== 'person' || other.merged || root(named) === other) continue;
    // (Two names both written bare elsewhere are two people: only a name the text gives in parentheses alone is an alias.)
    if (other.mentions.some((o) => o !== m && o.start < m.start)) continue;
    other.merged = root(named);
    other.alias = true;
  }
}

/** A middle initial as a name's word: one letter and its period ("m."). */
const INITIAL = /^\p{L}\.$/u;

/**
 * "John M. Ford" and "John Milo Ford": a person's name with a middle initial is the same person as the one whose middle
 * name it abbreviates, the given name and surname the same; it joins the fuller name (only when one fits).
 */
function joinMiddleInitials(groups: readonly Group[]): void {
  const full = new Map<string, Group[]>();
  for (const g of groups)
    if (g.kind === 'person' && g.words.length === 3 && !INITIAL.test(g.words[1]!)) {
      const key = `${g.words[0]} ${g.words[2]}`;
      full.set(key, [...(full.get(key) ?? []), g]);
    }
  for (const g of groups) {
    if (g.kind !== 'person' || g.words.length !== 3 || !INITIAL.test(g.words[1]!) || g.merged) continue;
    const letter = g.words[1]!.charAt(0);
    const fits = (full.get(`${g.words[0]} ${g.words[2]}`) ?? []).filter((f) => f.words[1]!.startsWith(letter));
    if (fits.length === 1 && root(fits[0]!) !== g) g.merged = fits[0];
  }
}

/**
 * One entity per referent: mentions with the same key go together; a shorter person name that
 * is part of exactly one longer person name (بوتين → فلاديمير بوتين, Ibarra → Marcela Ibarra)
 * joins it, the nearest earlier one when several fit; a name of two or more words inside a longer
 * name of the same kind joins it (هيومن رايتس ووتش → منظمة هيومن رايتس ووتش), one word the only
 * organisation that starts with it (Halvard → Halvard Semiconductor). The name is the
 * fullest form, aliases the other forms (titled ones too), roles the titles and appositions.
 */
export function clusterMentions(found: readonly FoundMention[], index: LineIndex, text: string): Entity[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    const key = groupKey(m);
    let g = byKey.get(key);
    if (!g) {
      g = { mentions: [], words: m.words, kind: m.kind, first: m.start };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }
  for (const g of groups) g.kind = voteKind(g.mentions);
  joinParenthesizedNames(sorted, byKey, text);
  joinMiddleInitials(groups);
  const names = groups.filter((g) => g.kind !== 'date' && g.kind !== 'quantity');
  // Shorter names first look for a longer one to join.
  const byLength = [...names].sort((a, b) => a.words.length - b.words.length || a.first - b.first);
  // Candidates share a word with the shorter name: index by word so this stays near-linear.
  const byWord = new Map<string, Group[]>();
  for (const g of names) {
    for (const w of new Set(g.words)) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(g);
    }
  }
  for (const short of byLength) {
    if (short.merged) continue;
    // One word joins a longer organisation only as its first word, and only when one fits
    // (Halvard → Halvard Semiconductor; a company's short name, not a word inside a longer name).
    const oneWordOrganization = short.kind === 'organization' && short.words.length === 1;
    const minWords = short.kind === 'person' || oneWordOrganization ? 1 : 2;
    if (short.words.length < minWords) continue;
    let target: Group | undefined;
    let fits = 0;
    for (const long of byWord.get(short.words[0]!) ?? []) {
      if (long === short || long.words.length <= short.words.length || long.kind !== short.kind) continue;
      if (oneWordOrganization ? long.words[0] !== short.words[0] : !containsRun(long.words, short.words)) continue;
      if (oneWordOrganization && root(long) !== target && ++fits > 1) {
        target = undefined;
        break;
      }
      const r = root(long);
      // Nearest earlier first mention; otherwise the first one at all.
      if (!target || (r.first <= short.first && (target.first > short.first || r.first > target.first))) target = r;
    }
    if (target && target !== short) short.merged = target;
  }
  const membersOf = new Map<Group, FoundMention[]>();
  for (const g of groups) {
    const r = root(g);
    let list = membersOf.get(r);
    if (!list) membersOf.set(r, (list = []));
    for (const m of g.mentions) list.push(m);
  }
  const entities: { first: number; entity: Entity }[] = [];
  for (const g of groups) {
    if (g.merged) continue;
    const members = membersOf.get(g) ?? [];
    members.sort((a, b) => a.start - b.start);
    // Drop mentions overlapping an earlier one (a name found twice by two routes).
    const mentions: Mention[] = [];
    let lastEnd = -1;
    let lastBlock = '';
    for (const m of members) {
      if (m.start < lastEnd && m.blockId === lastBlock) continue;
      mentions.push({ text: text.slice(m.start, m.end), position: index.position(m.start, m.end), paragraphId: m.blockId });
      lastEnd = m.end;
      lastBlock = m.blockId;
    }
    // (The name in parentheses is the other one: «محمود عباس», not «أبو مازن».)
    const named = members.filter((m) => !byKey.get(groupKey(m))?.alias);
    const candidates = named.length > 0 ? named : members;
    let fullest = candidates[0]!;
    for (const m of candidates)
      if (m.words.length > fullest.words.length || (m.words.length === fullest.words.length && m.canonical.length > fullest.canonical.length)) fullest = m;
    const name = fullest.canonical;
    const aliases: string[] = [];
    const roles: string[] = [];
    const seen = new Set([name]);
    const alias = (form: string) => {
      if (form && !seen.has(form)) {
        seen.add(form);
        aliases.push(form);
      }
    };
    const role = (r: string | undefined) => {
      if (r && !roles.includes(r)) roles.push(r);
    };
    for (const m of members) {
      alias(m.canonical);
      if (m.title) alias(`${m.title} ${m.canonical}`);
      role(m.title);
      role(m.role);
    }
    const kind = g.kind;
    entities.push({ first: members[0]!.start, entity: { id: '', kind, name, aliases, roles, mentions } });
  }
  entities.sort((a, b) => a.first - b.first);
  // Ids in text order, set in place (the objects are this function's own; `id` is already their first field).
  return entities.map(({ entity }, i) => {
    entity.id = `e${i + 1}`;
    return entity;
  });
}
