/**
 * The tagger's second pass over a whole document (non-local features, after Ratinov & Roth 2009):
 * articles repeat names, so how the first pass tagged the other occurrences of a word in the same
 * document says what this occurrence is. Each token becomes a descriptor — its first-pass tag, the
 * majority type of the other occurrences of its key, whether those start or continue a longer
 * name, and (English) whether the word is written in lower case elsewhere — and a small tagger
 * over descriptors decides again. Trained on first-pass output of models that did not see the
 * document (jackknifed), so it learns how far the first pass can be trusted.
 */
import { type FeatureSink, featureExtractor, featureName, namesByOffset } from './feature-hash.js';

/** One sentence of a document as the second pass sees it. */
export interface DocumentSentence {
  /** Matching key of each token's word, or '' for punctuation. */
  keys: readonly string[];
  /** First-pass tag of each token (O, B-PER, I-ORG …). */
  tags: readonly string[];
  /** Per token: 1 when written with a capital, 2 when starting with a lower-case letter, 0 otherwise (no case). */
  cases?: Uint8Array | undefined;
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const typeIndex = (tag: string): number => (tag === 'O' ? -1 : TYPES.indexOf(tag.slice(2) as (typeof TYPES)[number]));
const isInsideTag = (tag: string | undefined): boolean => tag !== undefined && tag.charCodeAt(0) === 73; /* I */

/** Per key: occurrences, tokens tagged with each type, begins of longer names, insides, lower-case forms. */
const STATS = 8;
const TOTAL = 0;
const BEGINS = 5;
const INSIDE = 6;
const LOWER = 7;

/** Descriptor codes: first-pass tag × majority of the others (none, O, 4 types) × 4 flags. */
const OTHERS = ['-', 'O', ...TYPES] as const;
const FLAGS = 16;
const SHARE = 1;
const BEGIN = 2;
const IN = 4;
const CASED = 8;
const descriptorCache = new Map<string, string[]>();

/** The descriptor string of a code under a tag list (cached: the second tagger caches scores by it). */
export function descriptorOf(tags: readonly string[], code: number): string {
  const key = tags.join(' ');
  let table = descriptorCache.get(key);
  if (!table) descriptorCache.set(key, (table = []));
  let d = table[code];
  if (d === undefined) {
    const flags = code % FLAGS;
    const other = Math.floor(code / FLAGS) % OTHERS.length;
    const tag = tags[Math.floor(code / FLAGS / OTHERS.length)] as string;
    const f = `${flags & SHARE ? (other > 1 ? 'h' : '') : other > 1 ? 'l' : ''}${flags & BEGIN ? 'b' : ''}${flags & IN ? 'i' : ''}${flags & CASED ? 'c' : ''}`;
    d = table[code] = `${tag}|${OTHERS[other]}|${f}`;
  }
  return d;
}

/**
 * The descriptor codes of a document's tokens (`descriptorOf` turns them into the second
 * tagger's words), one array per sentence; `undefined` for a sentence the second pass has nothing
 * to change in (no word of it tagged as part of a name elsewhere in the document: a name seen
 * once keeps its first-pass tags, which is most of the cost saved).
 * `tagged` holds indices into `tags`.
 */
export function documentCodes(
  tags: readonly string[],
  sentences: readonly { keys: readonly string[]; tagged: Uint8Array; cases?: Uint8Array | undefined }[],
): (Uint16Array | undefined)[] {
  const typeOf = tags.map(typeIndex);
  const slots = new Map<string, number>();
  let stats = new Int32Array(64 * STATS);
  // Each token's slot, found once (−1 for punctuation).
  const tokenSlots = sentences.map((s) => new Int32Array(s.keys.length));
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as (typeof sentences)[number];
    const own = tokenSlots[k] as Int32Array;
    const n = s.keys.length;
    for (let i = 0; i < n; i++) {
      const key = s.keys[i] as string;
      if (key === '') {
        own[i] = -1;
        continue;
      }
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = slots.size * STATS;
        slots.set(key, slot);
        if (slot + STATS > stats.length) {
          const grown = new Int32Array(stats.length * 2);
          grown.set(stats);
          stats = grown;
        }
      }
      own[i] = slot;
      stats[slot + TOTAL] = (stats[slot + TOTAL] as number) + 1;
      const tag = s.tagged[i] as number;
      const t = typeOf[tag] as number;
      if (t >= 0) {
        stats[slot + 1 + t] = (stats[slot + 1 + t] as number) + 1;
        if (isInsideTag(tags[tag])) stats[slot + INSIDE] = (stats[slot + INSIDE] as number) + 1;
        else if (i + 1 < n && isInsideTag(tags[s.tagged[i + 1] as number])) stats[slot + BEGINS] = (stats[slot + BEGINS] as number) + 1;
      }
      if (s.cases?.[i] === 2) stats[slot + LOWER] = (stats[slot + LOWER] as number) + 1;
    }
  }
  const O = OTHERS.length;
  return sentences.map((s, k) => {
    const n = s.keys.length;
    const ownSlots = tokenSlots[k] as Int32Array;
    let useful = false;
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const tag = s.tagged[i] as number;
      const own = typeOf[tag] as number;
      const slot = ownSlots[i] as number;
      const total = slot < 0 ? 0 : (stats[slot + TOTAL] as number);
      if (total <= 1) {
        out[i] = tag * O * FLAGS;
        continue;
      }
      // The other occurrences: this one's counts taken out.
      const others = total - 1;
      let best = -1;
      let bestCount = 0;
      let named = 0;
      for (let t = 0; t < 4; t++) {
        const c = (stats[slot + 1 + t] as number) - (t === own ? 1 : 0);
        named += c;
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
      const cased = s.cases?.[i] === 1 && (stats[slot + LOWER] as number) > 0 ? CASED : 0;
      if (best < 0) {
        out[i] = (tag * O + 1) * FLAGS + cased;
        continue;
      }
      useful = true;
      const inside = own >= 0 && isInsideTag(tags[tag]);
      const begin = own >= 0 && !inside && i + 1 < n && isInsideTag(tags[s.tagged[i + 1] as number]);
      let flags = cased;
      if (named * 2 >= others) flags |= SHARE;
      if ((stats[slot + BEGINS] as number) - (begin ? 1 : 0) > 0) flags |= BEGIN;
      if ((stats[slot + INSIDE] as number) - (inside ? 1 : 0) > 0) flags |= IN;
      out[i] = (tag * O + 2 + best) * FLAGS + flags;
    }
    return useful ? out : undefined;
  });
}

/** `documentCodes` as the second tagger's words (training and evaluation): first-pass tags as strings. */
export function documentDescriptors(sentences: readonly DocumentSentence[], tags: readonly string[]): (string[] | undefined)[] {
  const id = new Map(tags.map((t, i) => [t, i]));
  const codes = documentCodes(
    tags,
    sentences.map((s) => ({ keys: s.keys, cases: s.cases, tagged: Uint8Array.from(s.tags, (t) => id.get(t) as number) })),
  );
  return codes.map((c) => (c ? Array.from(c, (code) => descriptorOf(tags, code)) : undefined));
}

const at = namesByOffset(['B', 'P', 'D', 'PD'] as const);
const X = featureName('X');
const PDS = featureName('PDS');
const DS = featureName('DS');
const F = featureName('F');

/** Features of a descriptor seen `offset` tokens away (strings to train, `.hashes` to tag). */
function descriptorFeaturesTo(word: string, offset: number, sink: FeatureSink): void {
  const names = at(offset);
  if (word === '<s>' || word === '</s>') {
    sink.add(names.B, word);
    return;
  }
  const a = word.indexOf('|');
  const b = word.indexOf('|', a + 1);
  sink.add(names.P, word, 0, a);
  if (offset < -1 || offset > 1) return;
  sink.add(names.D, word, a + 1, b);
  sink.add(names.PD, word, 0, b);
  if (offset !== 0) return;
  sink.add(X);
  sink.add(PDS, word);
  sink.add(DS, word, a + 1);
  for (let k = b + 1; k < word.length; k++) sink.add(F, word, k, k + 1);
}

export const documentFeatures = featureExtractor(descriptorFeaturesTo);
