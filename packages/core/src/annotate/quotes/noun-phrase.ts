/**
 * Reads a speaker noun phrase: which tokens name a person, which give a role, whether it is an
 * unnamed group ("خبراء", "officials") or a description standing alone ("مدير المركز", "the
 * minister"). Works from the language's tables: titles, role linkers, groups, and capitals where
 * the script has them.
 */
import type { QuoteLanguage } from '../../lang/quote-language.js';
import { POSSESSIVE } from './speakers.js';
import type { Token } from './words.js';

export interface NounPhrase {
  /** Token range of the whole phrase. */
  start: number;
  end: number;
  /** Token range naming the person or body; empty (start === end) for a description alone. */
  nameStart: number;
  nameEnd: number;
  /** Token range of the role before or after the name, if any. */
  roleStart: number;
  roleEnd: number;
  /** Where the name ran to before a title after it was read as the role («لافروف | وزير الخارجية»); -1 if none was. */
  nameEndWithTitle?: number;
  /** The role read before the name, kept for when the title after it is not taken as the role. */
  roleBeforeName?: [number, number];
  group: boolean;
  gender?: 'm' | 'f';
}

/** Whether the token continues a role after a title: the article, a «لل»/«بال» word, an acronym. */
function continuesRole(text: string, tokens: readonly Token[], i: number, lang: QuoteLanguage): number {
  const tok = tokens[i] as Token;
  if (tok.type !== 'word') return 0;
  const key = tok.key;
  if (lang.roleLinkers.has(key)) return i + 1 < tokens.length ? 2 : 1;
  const before = tokens[i - 1];
  if (before?.type === 'word' && lang.roleTails?.get(before.key)?.has(key)) return 1;
  if (lang.casedNames) return lang.determiners?.has(key) || !isCapitalized(text, tok) ? 1 : 0;
  if (lang.articleless(key) !== key || /^[وفبك]?ال|^لل/.test(key)) return 1;
  // A preposition glued to a noun that heads an «ال» chain: لشؤون اللاجئين, بكلية الاستشراق, and through one more
  // noun in construct: لإعادة إعمار العراق (the chain is the role; the words after its «ال» word are the name).
  if ((key.startsWith('ل') || key.startsWith('ب')) && lang.gluedPreposition?.(tok.written) !== false) {
    for (let j = i + 1; j <= i + 2; j++) {
      const next = tokens[j];
      // Only a preposition on a known word: «بشار الأسد» is a name, not «بـ» + «شار».
      if (next?.type !== 'word') break;
      if (next.key.startsWith('ال')) return j - i;
      if (lang.articleless(next.key) !== next.key) break;
    }
  }
  // Latin acronyms inside an Arabic role: مركز GSM.
  return isCapitalized(text, tok) ? 1 : 0;
}

export function isCapitalized(text: string, tok: Token): boolean {
  const c = text.charCodeAt(tok.start);
  if (c >= 65 && c <= 90) return true;
  // (Only a word opening on "a" or "e" may be "al-…", "el-…": most lower-case words are no regex's business.)
  if (c === 97 || c === 101) return ARTICLE_PREFIX.test(tok.written);
  if (c < 0xc0) return false;
  // ("Álvaro", "Łukasz": any capital letter.)
  return UPPER_START.test(tok.written);
}

const UPPER_START = /^\p{Lu}/u;
/** "al-Hamdani", "el-Sisi": an Arabic article written in lower case onto a capitalised name. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u;

/** Whether a key is a title, with or without its article («وزير», «الوزير»). */
export function isTitleWord(lang: QuoteLanguage, key: string): boolean {
  return lang.titles.has(key) || lang.titles.has(lang.articleless(key));
}

/** The title a key is, with or without its article or a possessor's pronoun («مديرها»). */
export function titleOf(lang: QuoteLanguage, key: string) {
  return lang.titles.get(key) ?? lang.titles.get(lang.articleless(key)) ?? lang.titles.get(lang.possessorless(key));
}

/** Analyses the words [start, end) as one speaker phrase. */
export function readNounPhrase(text: string, tokens: readonly Token[], start: number, end: number, lang: QuoteLanguage): NounPhrase {
  const np: NounPhrase = { start, end, nameStart: end, nameEnd: end, roleStart: start, roleEnd: start, group: false };
  // The first title is the head; a title in its complement names someone else («مساعد وزيرة الخارجية» is a man's title).
  for (let i = start; i < end; i++) {
    const tok = tokens[i] as Token;
    const title = tok.type === 'word' ? titleOf(lang, tok.key) : undefined;
    if (!title) continue;
    if (title.gender) np.gender = title.gender;
    break;
  }
  return lang.casedNames ? readCased(text, tokens, np, lang) : readUncased(text, tokens, np, lang);
}

/** Scripts without capitals: titles and their complements first, the name after them. */
function readUncased(text: string, tokens: readonly Token[], np: NounPhrase, lang: QuoteLanguage): NounPhrase {
  let i = np.start;
  let titled = false;
  let lastTitle = -1;
  while (i < np.end) {
    const tok = tokens[i] as Token;
    // A name in quotation marks after a title is the body the title belongs to (مدير "سيلو أطلس"), part of the role.
    const close = titled && tok.type === 'mark' && tok.role === 'open' ? closeOf(tokens, i, np.end) : -1;
    if (close > 0) {
      i = close + 1;
      continue;
    }
    if (tok.type !== 'word') break;
    const title = titleOf(lang, tok.key);
    const following = tokens[i + 1];
    // («مختار جمعة»: a title that is also a given name names a man unless definite or before a definite complement.)
    const named =
      title?.givenNameToo && lang.articleless(tok.key) === tok.key && !(following?.type === 'word' && lang.articleless(following.key) !== following.key);
    if (title && !named) {
      titled = true;
      lastTitle = i;
      i++;
      // «مدير مركز …», «وزير الخارجية …»: the title's complement comes before any name; an
      // indefinite complement heads a chain of them («رئيس مجلس إدارة الشركة»).
      while (title.complement && i < np.end - 1 && (tokens[i] as Token).type === 'word' && !titleOf(lang, (tokens[i] as Token).key)) {
        const bare = lang.articleless((tokens[i] as Token).key) === (tokens[i] as Token).key;
        i++;
        const next = tokens[i];
        if (!bare || !next || next.type !== 'word' || i >= np.end - 1) break;
        const nextBare = lang.articleless(next.key) === next.key;
        if (!nextBare || !(tokens[i + 1]?.type === 'word' && lang.articleless((tokens[i + 1] as Token).key) !== (tokens[i + 1] as Token).key)) break;
      }
      continue;
    }
    if (!titled) break;
    const step = continuesRole(text, tokens, i, lang);
    if (step === 0) break;
    i += step;
  }
  i = Math.min(i, np.end);
  // «سائق سيارة أجرة», "a taxi driver": one word after an indefinite complement, a word the lexicon knows as common and
  // never in a name, closes the complement; no name follows.
  const last = tokens[i] as Token | undefined;
  const complement = tokens[i - 1] as Token | undefined;
  if (
    titled &&
    i === np.end - 1 &&
    i > lastTitle + 1 &&
    last?.type === 'word' &&
    complement?.type === 'word' &&
    lang.articleless(last.key) === last.key &&
    lang.articleless(complement.key) === complement.key &&
    lang.commonWord?.(last.written) === true
  )
    i = np.end;
  // «محافظ سوهاج», «وزير الداخلية»: a bare title that takes a complement, then one word: the word is its complement (a
  // name follows a title in the definite: «المحافظ أحمد»).
  const opening = tokens[np.start] as Token;
  if (
    np.end - np.start === 2 &&
    i === np.start + 1 &&
    opening.type === 'word' &&
    titleOf(lang, opening.key)?.complement &&
    lang.articleless(opening.key) === opening.key &&
    lang.possessorless(opening.key) === opening.key
  )
    i = np.end;
  // «مسؤول فلسطيني», «مسؤول أمريكي كبير»: adjectives agreeing with an indefinite title describe it; no name follows.
  if (lastTitle >= 0 && indefiniteTitle(tokens[lastTitle] as Token, lang) && describedToEnd(tokens, lastTitle + 1, np.end, lang)) i = np.end;
  // «مسؤول في شرطة سومانتايوان»: an indefinite title, then where it serves, describes someone unnamed (a name the
  // entity stage finds at its end is read in `speakerOf`).
  const linker = tokens[lastTitle + 1];
  if (lastTitle === np.start && indefiniteTitle(tokens[lastTitle] as Token, lang) && linker?.type === 'word' && lang.roleLinkers.has(linker.key)) i = np.end;
  if (titled) np.roleEnd = i;
  // «الاسكتلندي أليكس فيرجسون»: a nationality before the name (a definite adjective) describes it.
  // («البدري مدير الكرة»: before a title it is a family name, the title its role.)
  if (!titled)
    while (
      i < np.end - 1 &&
      isDefiniteAdjective(tokens[i], lang) &&
      !isDefiniteAdjective(tokens[i + 1], lang) &&
      !(tokens[i + 1]?.type === 'word' && titleOf(lang, (tokens[i + 1] as Token).key))
    )
      i++;
  np.nameStart = i;
  np.nameEnd = np.end;
  // «سيرغي لافروف وزير الخارجية الروسي», «حسين الفردان العضو المنتدب للبنك»: a title after the name, with its complement, is the role.
  for (let k = i + 1; k < np.end - 1; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word') break;
    // («حيدر عبد الأمير الساعدي»: after «عبد» a title is the name's second word, "servant of the prince".)
    const before = tokens[k - 1] as Token;
    if (lang.servantOf?.has(before.key) === true) continue;
    if (titleOf(lang, tok.key)?.afterName || lang.titles.get(lang.articleless(tok.key))?.afterName) {
      np.nameEndWithTitle = np.nameEnd;
      np.roleBeforeName = [np.roleStart, np.roleEnd];
      np.nameEnd = k;
      [np.roleStart, np.roleEnd] = [k, np.end];
      break;
    }
  }
  const head = tokens[np.start] as Token | undefined;
  // («مصدران منهما», «نائبان من كتلة …»: the dual of a noun for people names two, whom «وأضافا» goes on with.)
  if (!titled && head?.type === 'word' && (lang.groupNouns.has(lang.articleless(head.key)) || lang.dualNoun?.(head.key) === true)) {
    np.group = true;
  }
  return np;
}

/** A title written bare, without article, possessor or complement («مسؤول», not «المسؤول», «د.» or «مستشاره»). */
function indefiniteTitle(tok: Token, lang: QuoteLanguage): boolean {
  return tok.type === 'word' && tok.end - tok.start > 2 && lang.titles.has(tok.key) && lang.articleless(tok.key) === tok.key;
}

/** Whether the words [from, end) are all indefinite adjectives («فلسطيني», «كبير»). */
function describedToEnd(tokens: readonly Token[], from: number, end: number, lang: QuoteLanguage): boolean {
  if (from >= end) return false;
  for (let k = from; k < end; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || lang.articleless(tok.key) !== tok.key) return false;
    if (lang.describes?.(tok.key) !== true && lang.plainAdjectives?.has(tok.key) !== true) return false;
  }
  return true;
}

/** A definite word the language reads as an adjective of description («الاسكتلندي»). */
function isDefiniteAdjective(tok: Token | undefined, lang: QuoteLanguage): boolean {
  return tok?.type === 'word' && lang.articleless(tok.key) !== tok.key && lang.describes?.(tok.key) === true;
}

/** Token index of the mark closing the one opened at `open`, before `end`; -1 if none. */
function closeOf(tokens: readonly Token[], open: number, end: number): number {
  const span = (tokens[open] as Token).span;
  for (let k = open + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'mark' && t.span === span) return k;
  }
  return -1;
}

/** Scripts with capitals: the name is a run of capitalised words that are not titles. */
/** A plural noun: "senators", "groups" (not "boss", "news"'s kin "bus"). */
const PLURAL_NOUN = /^\p{Ll}\p{L}*[^su]s$/u;

/** Whether a word as written reads as a plural noun in lower case ("plants", "senators"). */
export const isPluralNoun = (written: string) => PLURAL_NOUN.test(written);

/** Whether tokens [from, end) are all words in lower case. */
function lowerCaseTail(text: string, tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const tok = tokens[k] as Token;
    if (tok.type !== 'word' || isCapitalized(text, tok)) return false;
  }
  return true;
}

function readCased(text: string, tokens: readonly Token[], np: NounPhrase, lang: QuoteLanguage): NounPhrase {
  // ("Coroner says hospital 'missed chances'": a title alone, capitalised only for opening its sentence, names no one.)
  const only = tokens[np.start] as Token;
  if (np.end - np.start === 1 && only.type === 'word' && titleOf(lang, only.key) !== undefined && opensSentence(text, only.start)) return np;
  let best: [number, number] | null = null;
  let last: [number, number] | null = null;
  // The first run not governed by a preposition: "Martin Taylor of Aberdeenshire" names Martin Taylor.
  let head: [number, number] | null = null;
  let groupAt = -1;
  let multiBeforeGroup = false;
  // ("The Ogun State Commissioner for Information": capitals right after the article and before a title modify it.)
  const opener = tokens[np.start] as Token;
  const articled = opener.type === 'word' && lang.determiners?.has(opener.key) === true;
  for (let i = np.start; i < np.end; i++) {
    const tok = tokens[i] as Token;
    if (tok.type === 'word' && groupAt < 0 && lang.groupNouns.has(tok.key)) groupAt = i;
    if (!isNameWord(text, tokens, i, lang)) continue;
    const j = nameRunEnd(text, tokens, i, np.end, lang);
    if (articled && i === np.start + 1 && j < np.end && titleOf(lang, (tokens[j] as Token).key)) {
      i = j - 1;
      continue;
    }
    if (joinedNames(tokens, i, j, lang)) np.group = true;
    // A capitalised word between two titles is part of a longer one ("Chief Financial Officer Tomas Berg").
    const beforeTitle = j < np.end && j - i === 1 && titleOf(lang, (tokens[j] as Token).key) !== undefined;
    // ("The spokesman for Governor Ann Reilly": a title after a preposition heads the complement, whose name is not the
    // phrase's.)
    // ("A former top aide to Missouri Attorney General Craig Holloway": nor a title whose run of capitals a preposition
    // after a title governs.)
    const afterTitle =
      i > np.start &&
      titleOf(lang, (tokens[i - 1] as Token).key) !== undefined &&
      !beforeTitle &&
      !governedAt(tokens, i - 1, np.start, lang) &&
      !titleRunGoverned(text, tokens, i, np.start, lang);
    if (afterTitle && !best) best = [i, j];
    if (!head && !governedAt(tokens, i, np.start, lang)) head = [i, j];
    if (groupAt < 0 && j - i >= 2) multiBeforeGroup = true;
    last = [i, j];
    i = j - 1;
  }
  // The group noun heads the phrase ("Middle East observers", "Halvard officials") or nothing names a person before it.
  // ("Amir Qureshi of Thames Valley Police": not a capitalised one closing a body's name that a preposition after the
  // person's name governs.)
  const groupInComplement =
    groupAt >= 0 &&
    head !== null &&
    head[1] < groupAt &&
    isCapitalized(text, tokens[groupAt] as Token) &&
    tokens.slice(head[1], groupAt).some((t) => t.type === 'word' && lang.nameLinks?.has(t.key) === true);
  if (groupAt >= 0 && !groupInComplement && ((!multiBeforeGroup && !best) || groupAt === np.end - 1)) {
    np.group = true;
    np.nameStart = np.start;
    np.nameEnd = np.end;
    return np;
  }
  // "A spokesperson for the Department of Health": a determiner and a title make a description; the capitals after it name a body.
  const first = opener;
  const next = tokens[np.start + 1];
  // "the authors of the study in JAMA Psychiatry", "the city's police": an article and a common noun head a description.
  const described =
    first.type === 'word' &&
    lang.determiners?.has(first.key) === true &&
    next?.type === 'word' &&
    (titleOf(lang, next.key) !== undefined || (!isCapitalized(text, next) && np.end - np.start > 2));
  // "One Washington-based trade expert", "a Kotak Securities analyst": capitals before a title that heads the phrase modify it.
  // "the Inner Mongolia health commission": capitals before a lower-case body noun that heads the phrase modify it too.
  const headWord = tokens[np.end - 1] as Token;
  // "The West Virginia Democrat said": an article and a noun for a person after capitals describe someone, naming no one.
  // ("the Democrat said": so does one capitalised noun for a person after the article; "The Republican from Yuma said":
  // and one tied to a place after it.)
  const link = tokens[np.start + 2];
  const tiedToPlace = next?.type === 'word' && lang.personHeads?.has(next.key) === true && link?.type === 'word' && lang.placeLinks?.has(link.key) === true;
  if (first.type === 'word' && lang.determiners?.has(first.key) === true && (lang.personHeads?.has(headWord.key) === true || tiedToPlace)) return np;
  const titleHead = titleOf(lang, headWord.key) !== undefined || (lang.nameHeads?.has(headWord.key) === true && !isCapitalized(text, headWord));
  // "High Commissioner for Human Rights": one capitalised word closing a title's complement is part of it (a person
  // there, "Secretary of State Pompeo", is found by the entity stage first).
  const complement = last !== null && last[1] - last[0] === 1 && inTitleComplement(text, tokens, last[0], np.start, lang);
  // ("The 31-year-old, now a public defender in Baton Rouge,": capitals only after a preposition of place name a place,
  // no one; after "by", "of", "for", "from" they may name the source, "a study by the Centre for Economic Policy Research".)
  if (!head && !best && last && !sourceLinked(tokens, last[0], np.start, lang)) return np;
  // ("Three Republican senators", "Rights groups": a plural noun in lower case right after the capitals heads the phrase,
  // which they modify; "Chile’s central bank": so do lower-case words after a name in the possessive, its body or role.)
  if (!best && last && last[1] < np.end && lowerCaseTail(text, tokens, last[1], np.end)) {
    const plural = last[1] === np.end - 1 && headWord.type === 'word' && isPluralNoun(headWord.written);
    const owned = POSSESSIVE.test((tokens[last[1] - 1] as Token).written);
    if (plural || owned) {
      np.group = plural;
      np.nameStart = np.start;
      np.nameEnd = np.end;
      return np;
    }
  }
  // ("Tourism operators in Cairns", "Two Republican lawmakers close to leadership": so does one before a lower-case
  // setting or modifier that closes the phrase.)
  const noun = head ? tokens[head[1]] : undefined;
  const after = head ? tokens[head[1] + 1] : undefined;
  if (
    !best &&
    head &&
    head[1] < np.end - 1 &&
    noun?.type === 'word' &&
    after?.type === 'word' &&
    isPluralNoun(noun.written) &&
    !isCapitalized(text, after) &&
    !POSSESSIVE.test((tokens[head[1] - 1] as Token).written)
  ) {
    np.group = true;
    np.nameStart = np.start;
    np.nameEnd = np.end;
    return np;
  }
  const tail = head && last && head[0] < last[0] && governedAt(tokens, last[0], np.start, lang) ? head : last;
  const run = best ?? (!described && !complement && tail && (tail[1] === np.end || tail === head || (tail[1] - tail[0] >= 2 && !titleHead)) ? tail : null);
  if (!run) return np;
  [np.nameStart, np.nameEnd] = run;
  if (!joinedNames(tokens, run[0], run[1], lang)) np.group = false;
  // "the Pentagon": an article alone before the name is no role.
  const articleOnly = tokens.slice(np.start, run[0]).every((t) => t.type === 'word' && lang.determiners?.has(t.key));
  if (run[0] > np.start && !articleOnly) [np.roleStart, np.roleEnd] = [np.start, run[0]];
  else if (run[1] < np.end) [np.roleStart, np.roleEnd] = [run[1], np.end];
  return np;
}

/** Whether offset `at` opens a sentence: nothing but spaces and marks after a full stop, a colon or a paragraph's start. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '"' || text[k] === '“' || text[k] === '‘' || text[k] === "'")) k--;
  return k < 0 || text[k] === '\n' || text[k] === '.' || text[k] === ':' || text[k] === '!' || text[k] === '?';
}

/**
 * End of the name that starts at token `i`: capitalised words, joined across "of"/"for" after a
 * body's head word ("Department of Energy", "Bank of England") and across "and"/"&" between two
 * names ("Russia and China", "Johnson & Johnson").
 */
function nameRunEnd(text: string, tokens: readonly Token[], i: number, end: number, lang: QuoteLanguage): number {
  let j = i + 1;
  for (;;) {
    while (j < end && isNameWord(text, tokens, j, lang)) j++;
    // 'Thomas "Tad" Brennan': a nickname in marks between the words of a name.
    if (j + 3 < end && nicknameAt(text, tokens, j, lang) && isNameWord(text, tokens, j + 3, lang)) {
      j += 4;
      continue;
    }
    const link = tokens[j];
    if (j + 1 >= end || !isNameWord(text, tokens, j + 1, lang)) return j;
    // "PG&E", "Procter & Gamble": an ampersand joins the words of one name.
    if (link?.key === '&') {
      j += 2;
      continue;
    }
    if (link?.type !== 'word') return j;
    const head = (tokens[j - 1] as Token).key;
    const joins = lang.nameJoiners?.has(link.key) || (lang.nameLinks?.has(link.key) && lang.nameHeads?.has(head) === true);
    if (!joins) return j;
    j += 2;
  }
}

/** Whether a single capitalised word in marks opens at `j` ('"Tad"'): a nickname inside a name, never speech. */
export function nicknameAt(text: string, tokens: readonly Token[], j: number, lang: QuoteLanguage): boolean {
  const open = tokens[j];
  const word = tokens[j + 1];
  const close = tokens[j + 2];
  return (
    lang.casedNames &&
    open?.type === 'mark' &&
    open.role === 'open' &&
    word?.type === 'word' &&
    isCapitalized(text, word) &&
    close?.type === 'mark' &&
    close.role === 'close'
  );
}

/** The token a word at `i` hangs from, past an article ("of the Michigan …" → "of"). */
function linkBefore(tokens: readonly Token[], i: number, start: number, lang: QuoteLanguage): number {
  return i > start && lang.determiners?.has((tokens[i - 1] as Token).key) ? i - 2 : i - 1;
}

/** Whether the preposition before the run at `i` (through an article) links a source or a role: "by", "of", "for", "at", "from". */
function sourceLinked(tokens: readonly Token[], i: number, start: number, lang: QuoteLanguage): boolean {
  const link = tokens[linkBefore(tokens, i, start, lang)];
  return link?.type === 'word' && (lang.roleLinkers.has(link.key) || lang.agentPrepositions?.has(link.key) === true);
}

/** Whether the word at `i` follows a preposition, through an article ("of Aberdeenshire", "of the Michigan Department"). */
function governedAt(tokens: readonly Token[], i: number, start: number, lang: QuoteLanguage): boolean {
  // ("Commissioner for Information and Strategy": a run joined to one a preposition governs is governed by it too.)
  const joiner = tokens[i - 1];
  if (i - 2 > start && joiner?.type === 'word' && lang.nameJoiners?.has(joiner.key) === true) {
    for (let k = i - 2; k > start && i - k <= JOINED_RUN_WORDS; k--) {
      const w = tokens[k - 1];
      if (w?.type !== 'word' || lang.determiners?.has(w.key) === true) break;
      if (lang.nonClauseWords.has(w.key)) return true;
    }
  }
  // ("of the firm Whitford Abrams": past a body's common noun too.)
  let noun = i > start && lang.bodyNouns?.has((tokens[i - 1] as Token).key) === true ? i - 1 : i;
  // ("of the weather service's Paducah office": past a possessive and the words before it, to its article.)
  const owner = tokens[noun - 1];
  if (noun - 1 > start && owner?.type === 'word' && POSSESSIVE.test(owner.key)) {
    let k = noun - 1;
    while (k > start && noun - k <= POSSESSOR_WORDS && tokens[k - 1]?.type === 'word' && !lang.determiners?.has((tokens[k - 1] as Token).key)) k--;
    noun = k;
  }
  const p = linkBefore(tokens, noun, start, lang);
  return p >= start && tokens[p]?.type === 'word' && lang.nonClauseWords.has((tokens[p] as Token).key);
}

/** Words of a run joined by "and" to one a preposition governs ("for Information and Strategy"). */
const JOINED_RUN_WORDS = 4;

/** Whether the capitalised words before token `i` run back to a preposition right after a title ("aide to Missouri …"). */
function titleRunGoverned(text: string, tokens: readonly Token[], i: number, start: number, lang: QuoteLanguage): boolean {
  let k = i - 1;
  while (k > start && tokens[k]?.type === 'word' && isCapitalized(text, tokens[k] as Token)) k--;
  const link = tokens[k];
  const head = tokens[k - 1];
  return (
    k > start &&
    k < i - 1 &&
    link?.type === 'word' &&
    lang.nonClauseWords.has(link.key) &&
    head?.type === 'word' &&
    (titleOf(lang, head.key) !== undefined || lang.personHeads?.has(head.key) === true)
  );
}

/** Words a possessor may have before its "'s" inside a phrase ("the weather service's"). */
const POSSESSOR_WORDS = 3;

/** Whether the capitalised words before token `i` run back to a title and its linking word ("Commissioner for Human …"). */
function inTitleComplement(text: string, tokens: readonly Token[], i: number, start: number, lang: QuoteLanguage): boolean {
  let k = i - 1;
  while (k > start && tokens[k]?.type === 'word' && isCapitalized(text, tokens[k] as Token) && !titleOf(lang, (tokens[k] as Token).key)) k--;
  const linker = tokens[k];
  return k > start && linker?.type === 'word' && lang.roleLinkers.has(linker.key) && titleOf(lang, (tokens[k - 1] as Token).key) !== undefined;
}

/**
 * Whether a name run holds two names joined ("Russia and China said"): a group. Not after a body's head noun and its
 * linking word: "and" then joins the words of its complement ("Centers for Disease Control and Prevention").
 */
function joinedNames(tokens: readonly Token[], start: number, end: number, lang: QuoteLanguage): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const key = (tokens[k] as Token).key;
    if (lang.nameLinks?.has(key) && lang.nameHeads?.has((tokens[k - 1] as Token).key)) return false;
    if (lang.nameJoiners?.has(key)) return true;
  }
  return false;
}

/** A capitalised word that can be part of a name: not a title, not a possessive, not right after "of". */
function isNameWord(text: string, tokens: readonly Token[], i: number, lang: QuoteLanguage): boolean {
  const tok = tokens[i] as Token;
  // Words in quotation marks inside a speaker phrase name a body or a campaign («the "Save X" group»), not a person.
  if (tok.type !== 'word' || !isCapitalized(text, tok) || tok.quoted) return false;
  // ("Her grandson, the saxophonist Julián Ferrer-Watts, said": a possessive opening the sentence is no name.)
  if (lang.determiners?.has(tok.key) || lang.possessiveDeterminers?.has(tok.key) || titleOf(lang, tok.key) || lang.groupNouns.has(tok.key)) return false;
  // ("The Serrano County Sheriff's Office": a possessive inside a body's name, its head noun capitalised after it.)
  if (tok.key.endsWith("'s") || tok.key.endsWith('’s')) {
    // ("The California Governor's Office of Emergency Services": a head with a name of its own after it is the body.)
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    return (
      next?.type === 'word' &&
      isCapitalized(text, next) &&
      lang.nameHeads?.has(next.key) === true &&
      !(after?.type === 'word' && lang.nameLinks?.has(after.key) === true)
    );
  }
  const prev = tokens[i - 1];
  // "in August", "on Tuesday", "May 12": a date, not a name ("Theresa May" stays one).
  if (lang.calendarWords?.has(tok.key)) {
    const next = tokens[i + 1];
    const digitAfter = next !== undefined && next.start === tok.end + 1 && /\d/.test(text[next.start] ?? '');
    if (digitAfter || (prev?.type === 'word' && (lang.calendarBefore?.has(prev.key) || /\d/.test(text[prev.start] ?? '')))) return false;
  }
  return !(prev?.type === 'word' && lang.roleLinkers.has(prev.key) && i >= 2 && titleOf(lang, (tokens[i - 2] as Token).key));
}
