/**
 * A wire dateline: "LIMA, Sept 9 (Reuters) -", "WASHINGTON (AP) —". The city opening a story's first paragraph in
 * capitals throughout is a place, whatever the tagger made of a word it never saw in capitals (it reads "LIMA" as an
 * organisation, like "NATO").
 */
import type { EntityToken } from '../../lang/entity-language.js';
import type { Block } from '../../model/types.js';
import { type MentionSentence, tokenRange } from './find-mentions.js';

const DASHES = new Set(['—', '–', '-']);

/** What follows a dateline's place: a comma before its date, an agency in parentheses, a dash. */
const AFTER_PLACE = new Set([',', '(', ...DASHES]);

/** Types the place of each paragraph's dateline a location (only the first sentence of a paragraph can hold one). */
export function retypeDatelines(text: string, sentences: readonly MentionSentence[]): void {
  let block: Block | undefined;
  for (const [i, { block: b, lang, tokens: own, mentions }] of sentences.entries()) {
    const first = block !== b;
    block = b;
    // ("STILLWELL, Neb. (AP) —": a state's abbreviation may have ended the sentence; the dateline reads on into the next.)
    const next = sentences[i + 1];
    const tokens = first && next?.block === b ? [...own, ...next.tokens] : own;
    const m = mentions.find((x) => x.start === tokens[0]?.start);
    if (!first || !m || !lang.casedNames || m.kind === 'location' || m.kind === 'date' || m.kind === 'quantity') continue;
    const [s, e] = tokenRange(tokens, m);
    if (s !== 0 || !AFTER_PLACE.has(tokens[e]?.text ?? '')) continue;
    const written = text.slice(m.start, m.end);
    // (Capitals throughout, and more than initials: "NATO, the alliance," is a body's acronym.)
    if (written !== written.toUpperCase() || !/\p{Lu}{2}/u.test(written) || !datelineFollows(tokens, e)) continue;
    m.kind = 'location';
  }
}

/**
 * Whether a dateline goes on after the place: a dash, or an agency in parentheses then a dash, past a date after a comma
 * ("LIMA, Sept 9 (Reuters) -", "PARIS (AFP) —", "GAZA —"). "NATO (the alliance) said" has no dash after its parentheses.
 */
function datelineFollows(tokens: readonly EntityToken[], e: number): boolean {
  let k = e;
  if (tokens[k]?.text === ',') while (k < e + DATE_TOKENS && tokens[k] && tokens[k]?.text !== '(' && !DASHES.has(tokens[k]?.text as string)) k++;
  if (DASHES.has(tokens[k]?.text ?? '')) return true;
  if (tokens[k]?.text !== '(') return false;
  const close = tokens.findIndex((t, i) => i > k && i <= k + AGENCY_TOKENS && t.text === ')');
  return close > 0 && DASHES.has(tokens[close + 1]?.text ?? '');
}

/** Tokens a dateline's date may take after its comma ("Sept 9", "March 3, 2021"). */
const DATE_TOKENS = 7;
/** Tokens an agency's name in parentheses may take ("Reuters", "Thomson Reuters Foundation"). */
const AGENCY_TOKENS = 5;
