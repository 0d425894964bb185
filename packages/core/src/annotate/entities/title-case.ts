/**
 * Names in a title-case heading. "Castellane Bank Profit Beats Estimates as Lending Margins Widen": where every word is
 * capitalised, capitals say nothing of where a name ends, and the tagger reads "Castellane Bank Profit Beats
 * Estimates" as one company and "Margins Widen" as a person. The body, written in sentence case, tells: a heading's
 * name keeps the longest run of its first words that opens a name the body found ("Castellane Bank", of "Castellane
 * Bank SA"); a name the body never writes is dropped, unless the gazetteer or a rule found it (a country, a date).
 */
import type { EntityToken } from '../../lang/entity-language.js';
import { type FoundMention, type MentionSentence, mentionOf, tokenRange } from './find-mentions.js';

/** Share of a heading's longer words that must open on a capital for it to be read as title case. */
const TITLE_CASE_SHARE = 0.75;
/** Words of at least this length count (short ones, "of", "as", stay lower case in title case). */
const LONG_WORD = 4;

/** Whether a heading is written in title case: most of its longer words capitalised (and there are a few). */
function titleCase(tokens: readonly EntityToken[]): boolean {
  let long = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < LONG_WORD) continue;
    long++;
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90) capitals++;
  }
  return long >= 3 && capitals >= long * TITLE_CASE_SHARE;
}

/**
 * Trims or drops the names the tagger found in title-case headings of a cased language, by the names the rest of the
 * document found (`found`, which this filters too). Runs before names are looked for again across the document.
 */
export function trimTitleCaseHeadings(text: string, sentences: readonly MentionSentence[], found: FoundMention[]): void {
  const headings = new Set(sentences.filter((s) => s.block.type === 'heading' && s.lang.casedNames === true && titleCase(s.tokens)));
  if (headings.size === 0) return;
  // Every run of first words of a name found outside the headings ("castellane", "castellane bank", …).
  const openings = new Set<string>();
  for (const s of sentences) {
    if (headings.has(s)) continue;
    for (const m of s.mentions) for (let k = 1; k <= m.words.length; k++) openings.add(m.words.slice(0, k).join(' '));
  }
  const dropped = new Set<FoundMention>();
  for (const s of headings) {
    for (const m of s.mentions) {
      if (m.kind === 'date' || m.kind === 'quantity' || m.source === 'gazetteer' || m.source === 'rule') continue;
      let keep = m.words.length;
      while (keep > 0 && !openings.has(m.words.slice(0, keep).join(' '))) keep--;
      if (keep === m.words.length) continue;
      if (keep === 0) {
        dropped.add(m);
        continue;
      }
      // The token range of its first `keep` words.
      const [start, end] = tokenRange(s.tokens, m);
      let words = 0;
      let cut = start;
      while (cut < end && words < keep) if ((s.tokens[cut++] as EntityToken).word) words++;
      // (Trimmed in place: `found` holds the same object.)
      const trimmed = mentionOf(text, s.lang, s.tokens, start, cut, m.kind, m.blockId, m.source);
      if (trimmed) Object.assign(m, trimmed);
      else dropped.add(m);
    }
    if (dropped.size > 0) s.mentions.splice(0, s.mentions.length, ...s.mentions.filter((m) => !dropped.has(m)));
  }
  if (dropped.size > 0) found.splice(0, found.length, ...found.filter((m) => !dropped.has(m)));
}
