/**
 * Telling speech in quotation marks from names and terms in them: «لـ"إرم نيوز"», «ما يُعرف
 * بـ"الاتحاد التركي"», «قاعدة «بايكونور»», so-called "quiet quitting", a quoted list of countries.
 * The grammar around the marks decides: a proclitic glued to the mark, a naming word before it,
 * a list inside it, one bare word.
 */
import type { QuoteLanguage } from '../../lang/quote-language.js';
import type { MarkPairs } from './quote-marks.js';
import { POSSESSIVE } from './speakers.js';
import type { BlockIndex, Sentence, Token } from './words.js';

export interface SentenceCtx {
  text: string;
  tokens: readonly Token[];
  index: BlockIndex;
  lang: QuoteLanguage;
  sentence: Sentence;
  marks: MarkPairs;
  /** The text keeps apart letters the matching key folds (ى / ي): table words written with them match only as written. */
  strictSpelling: boolean;
}

/** A sentence's context without the document's mark pairs: what the frame readers and the term test need. */
export type TextCtx = Omit<SentenceCtx, 'marks'>;

type Where = Pick<SentenceCtx, 'index' | 'sentence'>;

/** Token index of the mark closing the span opened at `open`, in this sentence; -1 if it closes later. */
export function closeToken(ctx: Where, open: number): number {
  const close = ctx.index.partner[open] ?? -1;
  return close > open && close < ctx.sentence.last ? close : -1;
}

/** Token index of the mark opening the span closed at `close`, in this sentence; -1 if it opened earlier. */
export function openToken(ctx: Where, close: number): number {
  const open = ctx.index.partner[close] ?? -1;
  return open >= ctx.sentence.first && open < close ? open : -1;
}

/** Words between the marks of the span opened at `open` (counted to the sentence end if it closes later). */
export function wordsInSpan(ctx: Where, open: number): number {
  const close = closeToken(ctx, open);
  const end = close < 0 ? ctx.sentence.last : close;
  return (ctx.index.wordsBefore[end] as number) - (ctx.index.wordsBefore[open + 1] as number);
}

/** Longest list looked at: lists of names are short, and the bound keeps nested marks linear. */
const LIST_TOKENS = 60;

/** A list in marks: three or more short items between commas («طاجيكستان، أوزبكستان، …»). */
function isList(ctx: TextCtx, open: number, close: number): boolean {
  if (close - open > LIST_TOKENS) return false;
  let items = 1;
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.type === 'punct' && (t.key === ',' || t.key === '،')) {
      if (words === 0 || words > 3) return false;
      items++;
      words = 0;
    } else if (t.type === 'word') words++;
    else if (t.type === 'punct') return false;
  }
  // The last item may carry the conjunction: «… وكازاخستان», "… Britain and the United States".
  return items >= 3 && words > 0 && words <= 6;
}

/** Whether the marked span opened at token `open` names or labels something rather than quoting speech. */
export function isTermSpan(ctx: TextCtx, open: number): boolean {
  const { tokens, lang, text } = ctx;
  const mark = tokens[open] as Token;
  const before = tokens[open - 1];
  // A proclitic written onto the mark: لـ"…", بـ"…".
  if (before?.type === 'word' && before.end === mark.start) return true;
  if (before?.type === 'word' && (lang.termIntroducers.has(before.key) || lang.termIntroducers.has(lang.articleless(before.key)))) return true;
  const close = closeToken(ctx, open);
  if (close < 0) return false;
  if (isList(ctx, open, close)) return true;
  const words = wordsInSpan(ctx, open);
  // ('Members had long called the building "the Old Lady of Pine Street"': a name in capitals after a naming word and
  // its object. Not a description in lower case, 'called the bill "a surrender dressed up as a strategy"', which is speech.)
  if (lang.casedNames && words >= 2 && namingBefore(ctx, open) && capitalisedName(ctx, open, close)) return true;
  // ('said on CNBC's "Trading Nation" on Monday': so is one right after a possessive, the owner's show, column or plan.)
  if (lang.casedNames && words >= 2 && before?.type === 'word' && POSSESSIVE.test(text.slice(before.start, before.end)) && capitalisedName(ctx, open, close))
    return true;
  if (words === 1) {
    // One word: a name (قاعدة «بايكونور», "Reuters"); in a cased script a lower-case word is a scare quote of speech.
    const first = tokens[open + 1] as Token;
    const c = text.charCodeAt(first.start);
    return !lang.casedNames || (c >= 65 && c <= 90);
  }
  return false;
}

/** Words between a naming word and the marks ("called the building", "dubbed it"): an object of a few words. */
const NAMED_OBJECT_WORDS = 4;

/** Whether a naming word («called», "dubbed") stands within a few words before the mark, words only between. */
function namingBefore(ctx: TextCtx, open: number): boolean {
  for (let k = open - 1; k >= Math.max(ctx.sentence.first, open - NAMED_OBJECT_WORDS); k--) {
    const t = ctx.tokens[k] as Token;
    if (t.type !== 'word') return false;
    if (ctx.lang.termIntroducers.has(t.key)) return true;
  }
  return false;
}

/** Whether the words in marks are a name: every one capitalised but the links of a name ("of", "the"), two at least. */
function capitalisedName(ctx: TextCtx, open: number, close: number): boolean {
  let capitals = 0;
  for (let k = open + 1; k < close; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.type !== 'word') continue;
    const c = ctx.text.charCodeAt(t.start);
    if (c >= 65 && c <= 90) capitals++;
    else if (!ctx.lang.nameLinks?.has(t.key) && !ctx.lang.determiners?.has(t.key) && !ctx.lang.coordinators.has(t.key)) return false;
  }
  return capitals >= 2;
}
