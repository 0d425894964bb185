/**
 * Attribution frames: the words around a quote that say who spoke. A frame is a cue (a reporting
 * verb, a participle, a source phrase such as «وفقًا لـ» / "according to", or a headline colon), the
 * speaker's noun phrase when the sentence names one, and where the content lies: after the cue
 * (a complementiser, a colon, quotation marks, or an English clause without "that") or before
 * it ("…," she said · «…»، قال · …, according to X).
 *
 * Every search is bounded by a small window of tokens inside one sentence, so the whole pass stays
 * linear in the text.
 */
import type { Agreement, CueWord, QuoteLanguage, SourcePhrase } from '../../lang/quote-language.js';
import { countBefore, firstAtLeast } from '../sorted.js';
import { isCapitalized, isPluralNoun, isTitleWord, nicknameAt, readNounPhrase, titleOf } from './noun-phrase.js';
import { isGivenName, PERSON_SUFFIX, POSSESSIVE } from './speakers.js';
import { closeToken, isTermSpan, openToken, type TextCtx, wordsInSpan } from './term-spans.js';
import { purposeStem, type Token, trailingPunct } from './words.js';

export interface TokenRange {
  start: number;
  end: number;
}

export interface Frame {
  kind: 'verb' | 'participle' | 'source' | 'headline';
  /** The subject stands before the verb after a contrast opener inside the sentence («، الا ان X يذكرون ان»). */
  contrast?: boolean;
  /** Token range of the cue words. */
  cue: TokenRange | null;
  /** Offset where the cue text starts (after a conjunction proclitic: «وقال» → «قال»). */
  cueOffset: number;
  /** The speaker phrase the sentence gives, if any. */
  subject: TokenRange | null;
  /** A role given in apposition («آصف ملحم، مدير …،», "Jane Smith, the mayor,"). */
  role: TokenRange | null;
  /** Characters to skip at the start of the subject's first token (the «ل» of «للكرملين»), and whether it ate an article. */
  subjectClitic: { length: number; article: boolean } | null;
  /** Gender and number from the verb form or a pronoun subject. */
  agreement?: Agreement;
  /** The sentence names no subject: the speaker carries over. */
  carried: boolean;
  /** A passive verb of saying («وأفيد بأن», «وقيل إن», «وذُكر أن»): said by nobody the text names. */
  passive?: boolean;
  /** Token index where the content starts (after the cue), or -1 when it comes before the cue. */
  contentStart: number;
  /** For content before the cue: the token index that ends it (exclusive); after the cue, where a quoted description ends it. */
  contentEnd: number;
  /** The content is a noun with its own pronoun after the subject («أعلن نادي النسور نيته …»), not a clause. */
  nominal?: boolean;
  /** The subject is shared with an earlier verb ("… welcomed the move but said …"). */
  coordinated: boolean;
  /** Verb-first: the words after «قائلا» or a colon are the speaker's own, a direct quote even without marks. */
  unmarkedDirect?: boolean;
  /** Token index where words after an attribution set inside unmarked content go on (a second quote), or -1. */
  continuation: number;
  /** Verb-first: the subject is the clause before's, and the words read as one were its object («… وحذر الدول الثلاث من أن …»). */
  shared?: boolean;
  /** Verb-first: the verb's words ran on through a comma to a participle («ونفت الوزارة صحة التقارير، مؤكدة أن»), so its object may follow the subject. */
  objectMayFollow?: boolean;
  /** A verb with its object preposition and no complementiser (لفت إلى التحركات …): content only if a participle follows. */
  objectStart: number;
  /** First token of the attribution (the subject, a pronoun included, or the cue), and the token after its end. */
  lead: number;
  tail: number;
}

type Ctx = TextCtx;

/** Tokens a frame may span between its cue and its content: a name, an apposition, a setting. */
const WINDOW = 32;
const NP_WORDS = 14;
/** Words an addressee ("told The Huffington Post") may have. */
const ADDRESSEE_WORDS = 6;
/** An apposition between commas may be long ("a consultant cardiologist at X Hospital and the trial's chief investigator"). */
const APPOSITION_WORDS = 30;
/** Words a quotation after a verb's preposition («أعرب عن "…"») needs to be what was said rather than a name or a term. */
const QUOTED_OBJECT_WORDS = 4;

const isWord = (t: Token | undefined): t is Token => t?.type === 'word';
const isComma = (t: Token | undefined) => t?.type === 'punct' && (t.key === ',' || t.key === '،');
const isSemicolon = (t: Token | undefined) => t?.type === 'punct' && (t.key === ';' || t.key === '؛');
const isColon = (t: Token | undefined) => t?.type === 'punct' && t.key === ':';
/** A colon, or a comma closing the paragraph ("Rathbun stated,"): what was said is the next paragraph's quotation. */
const introducesNext = (ctx: Ctx, j: number): boolean => isColon(ctx.tokens[j]) || (isComma(ctx.tokens[j]) && j === ctx.tokens.length - 1);
const isDash = (t: Token | undefined) => t?.type === 'punct' && (t.key === '-' || t.key === '–' || t.key === '—');

/**
 * A dash at token `k`: a dash sign, or a tatweel standing alone after a whole word («مجذوب الخليفة ـ في تصريحات
 * أمس ـ ان»; its key is empty) — after a lone letter it draws out a proclitic written apart («ل ـ», «ف ـ»).
 */
function dashAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k];
  if (isDash(tok)) return true;
  const before = ctx.tokens[k - 1];
  return tok?.type === 'word' && tok.key === '' && before?.type === 'word' && before.end - before.start > 1;
}

/** The «)» closing a parenthesis opened before `from`, within PAREN_TOKENS and before `limit`; -1 if none. */
function closingParenthesis(ctx: Ctx, from: number, limit: number): number {
  for (let k = from; k < Math.min(limit, from + PAREN_TOKENS); k++) {
    const tok = ctx.tokens[k] as Token;
    if (tok.type === 'punct' && tok.key === ')') return k;
    if (tok.type === 'mark' || (tok.type === 'punct' && tok.key === '(')) return -1;
  }
  return -1;
}

/** The dash opening an aside of words that ends with a dash right before the verb at `t`; -1 if none. */
function dashAsideBefore(ctx: Ctx, t: number): number {
  if (!dashAt(ctx, t - 1)) return -1;
  for (let k = t - 2; k > ctx.sentence.first && k >= t - 2 - RELATIVE_WORDS; k--) {
    if (dashAt(ctx, k)) return k < t - 2 ? k : -1;
    if ((ctx.tokens[k] as Token).type !== 'word') return -1;
  }
  return -1;
}

/** The dash that closes an aside opened before `from`, before `limit` and any other punctuation; -1 if none. */
function nextDash(ctx: Ctx, from: number, limit: number): number {
  for (let k = from; k < limit; k++) {
    const tok = ctx.tokens[k] as Token;
    if (dashAt(ctx, k)) return k;
    if (tok.type !== 'word') return -1;
  }
  return -1;
}
/** A quotation mark the pairing left alone: the tokens read it as punctuation. */
const isUnpairedMark = (t: Token) => t.type === 'punct' && (t.key === '"' || t.key === '«' || t.key === '“');
const isOpen = (t: Token | undefined) => t?.type === 'mark' && t.role === 'open';
const isClose = (t: Token | undefined) => t?.type === 'mark' && t.role === 'close';

/**
 * Whether a word that matched a table entry by its folded key is that entry as written: where the
 * text tells ى from ي, «علي» (a name) is not the preposition «على».
 */
function spelledAs(ctx: Ctx, tok: Token): boolean {
  if (!ctx.strictSpelling) return true;
  const want = ctx.lang.spellingSensitive.get(tok.key);
  return want === undefined || memoKey(STRICT_KEYS, ctx.lang, tok.written, ctx.lang.strictKey) === want;
}

/**
 * Keys folded once per language and word: the strict keys of the few words whose spelling
 * matters (على، إلى …) and the keys of table words a frame compares with (a cue's object
 * prepositions, its relay word). Both sets are small, so the memos stay small.
 */
const STRICT_KEYS = new WeakMap<QuoteLanguage, Map<string, string>>();
const TABLE_KEYS = new WeakMap<QuoteLanguage, Map<string, string>>();

function memoKey(memo: WeakMap<QuoteLanguage, Map<string, string>>, lang: QuoteLanguage, word: string, fold: (word: string) => string): string {
  let known = memo.get(lang);
  if (!known) memo.set(lang, (known = new Map()));
  let key = known.get(word);
  if (key === undefined) {
    key = fold(word);
    if (known.size < 1000) known.set(word, key);
  }
  return key;
}

const tableKey = (lang: QuoteLanguage, word: string) => memoKey(TABLE_KEYS, lang, word, lang.key);

/** The cue a word is, looking through a conjunction proclitic (وقال، فأكد). */
export function cueOf(ctx: Ctx, tok: Token, t = -1): { cue: CueWord; conjunction: number } | null {
  const negation = ctx.lang.nounNegation;
  const before = t > 0 ? ctx.tokens[t - 1] : undefined;
  // «لا رأي لهن فيها»: after a particle that negates nouns, a word that is no present verb is a noun.
  if (negation && tok.conjunction === 0 && isWord(before) && negation.particles.has(before.key) && !negation.present(tok.key)) return null;
  const direct = ctx.lang.cues.get(tok.key);
  // ("raids in Ogun, Oyo and Kwara states": after names joined by "and", the word is their plural noun; no pair "states".)
  if (direct && ctx.lang.placePlurals?.has(tok.key) && joinedNameBefore(ctx, t)) return null;
  if (direct?.particle !== undefined && !particleAfter(ctx.text, tok.end, direct.particle)) return null;
  // («البرتغالي روي فيريرا»: in a text that keeps ى and ي apart, the name «روي» is no «روى».)
  if (direct && ctx.strictSpelling && ctx.lang.spellingSensitive.has(tok.key) && !spelledAs(ctx, tok)) return null;
  // (A verbal noun is a cue only where it reports a clause: elsewhere it is the noun other cues read past.)
  const reporting = (cue: CueWord, conjunction: number) => (cue.verbalNoun && !(t >= 0 && verbalNounReports(ctx, t)) ? null : { cue, conjunction });
  if (direct) return reporting(direct, 0);
  const cue = tok.conjunction > 0 ? ctx.lang.cues.get(tok.bare) : undefined;
  if (cue) return reporting(cue, tok.conjunction);
  // «وعاد الوزير ليؤكد أن …», «ثم خرج ليضيف أن …»: «لـ» of purpose on a verb of saying in the present goes on with the
  // clause before it, as a participle does.
  const stem = purposeStem(ctx.lang, tok.conjunction > 0 ? tok.bare : tok.key);
  const purposed = stem !== undefined ? ctx.lang.cues.get(stem) : undefined;
  if (purposed && !purposed.participle && !purposed.weak) return { cue: purposeCue(purposed), conjunction: tok.conjunction + 1 };
  // «وأبلغه أن …», «وأخبرهم أن …»: a verb that tells someone, with whom it tells written onto it.
  const objectless = ctx.lang.objectPronounStem?.(tok.conjunction > 0 ? tok.bare : tok.key);
  const told = objectless !== undefined ? ctx.lang.cues.get(objectless) : undefined;
  if (!told || told.participle) return null;
  // «"…" هذا ما قاله الدكتور …»: any cue, with the pronoun that points back at the quotation before it.
  return told.addressee === true || (t >= 0 && pointsBackAt(ctx, t) >= 0) ? { cue: told, conjunction: tok.conjunction } : null;
}

/** Whether a capitalised word right before `t` follows "and" or a comma after another capitalised word ("Oyo and Kwara"). */
function joinedNameBefore(ctx: Ctx, t: number): boolean {
  const { tokens } = ctx;
  const name = tokens[t - 1];
  const link = tokens[t - 2];
  const other = tokens[t - 3];
  if (t < 3 || !isWord(name) || !isCapitalised(ctx, name) || !isWord(other) || !isCapitalised(ctx, other)) return false;
  return isComma(link) || (isWord(link) && ctx.lang.nameJoiners?.has(link.key) === true);
}

/** The participle-like reading of a cue under «لـ» of purpose, made once per cue. */
const PURPOSE_CUES = new WeakMap<CueWord, CueWord>();
function purposeCue(cue: CueWord): CueWord {
  let made = PURPOSE_CUES.get(cue);
  if (!made) {
    made = { ...cue, participle: true };
    PURPOSE_CUES.set(cue, made);
  }
  return made;
}

/**
 * «"…"، هذا ما قاله X», «"…" وهذا ما أكده X», «"…"، على ما أعلن X»: a demonstrative and «ما» between a closing quotation mark and the verb
 * (its pronoun resuming «ما») point back at the quotation. The closing mark's token, or -1.
 */
function pointsBackAt(ctx: Ctx, t: number): number {
  const { tokens, lang, sentence } = ctx;
  const what = tokens[t - 1];
  const that = tokens[t - 2];
  if (t - 2 < sentence.first || t < 4 || !isWord(what) || !isWord(that) || !lang.relativeWhat?.has(what.key)) return -1;
  // («"…"، على ما أعلن المتحدث»: so does "as" before «ما».)
  if (lang.pointingBack?.has(that.key) !== true && lang.asWhat?.has(that.key) !== true) return -1;
  const b = isComma(tokens[t - 3]) ? t - 4 : t - 3;
  if (b >= sentence.first) return isClose(tokens[b]) ? b : -1;
  // («"…". هذا ما قاله X»: opening the sentence after one that is a quotation ending on its mark and full stop.)
  const stop = tokens[t - 3];
  return t - 2 === sentence.first && stop?.type === 'punct' && FULL_STOPS.has(stop.key) && isClose(tokens[t - 4]) ? t - 4 : -1;
}

/** Marks ending a sentence. */
const FULL_STOPS = new Set(['.', '!', '?', '؟', '…']);

/** Whether the word after `at` (past white space) is `particle` ("pointed out"), in any case. */
function particleAfter(text: string, at: number, particle: string): boolean {
  let i = at;
  while (i < text.length && isSpaceChar(text.charCodeAt(i))) i++;
  return text.slice(i, i + particle.length).toLowerCase() === particle && !/[\p{L}\p{N}]/u.test(text.charAt(i + particle.length));
}

const isSpaceChar = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** Words below which an unmarked phrase before an inverted attribution may be an adverbial ("After that, Ford wrote"). */
const INVERTED_CLAUSE_WORDS = 3;

/** Tokens after a verb within which a relative clause's own complement must open («الذي قال رئيسه إن»). */
const RELATIVE_COMPLEMENT_TOKENS = 3;

/** The same past a setting or an addressee right after the verb («الذي قال للصحافيين بعد اللقاء ان»). */
const RELATIVE_SETTING_TOKENS = 9;

/** Whether a complementiser or a colon opens within a few tokens from `j`, or a quotation right at it. */
function complementSoon(ctx: Ctx, j: number): boolean {
  if (isOpen(ctx.tokens[j])) return true;
  const window = settingAt(ctx, j) ? RELATIVE_SETTING_TOKENS : RELATIVE_COMPLEMENT_TOKENS;
  for (let k = j; k < Math.min(ctx.sentence.last, j + window); k++) {
    const tok = ctx.tokens[k] as Token;
    if (complementAt(ctx, k) >= 0 || isColon(tok)) return true;
  }
  return false;
}

/** Where the content starts if a complementiser (or preposition + complementiser) is at `j`; -1 otherwise. */
function complementAt(ctx: Ctx, j: number): number {
  const tok = ctx.tokens[j];
  if (!isWord(tok) || j >= ctx.sentence.last) return -1;
  // «قبل أن يعود»: after a word of time the particle is a conjunction, not what opens a reported clause.
  const before = ctx.tokens[j - 1];
  if (isWord(before) && ctx.lang.timeConjunctions?.has(before.key) === true) return -1;
  // «… تماسكا ملحوظا … غير انه وفيما كان …»: after «غير», «إلا», «بيد» it is "however", opening a sentence of the narrator's.
  if (isWord(before) && before.conjunction === 0 && ctx.lang.subjectOpeners?.has(before.key) === true && ctx.lang.verbFirst) return -1;
  // "said that, as the parents came from India, they …": the comma after the complementiser opens no content.
  // («اعتبر ألا أحد يستطيع …»: a complementiser fused with a negation stays in the content.)
  if (ctx.lang.negatedComplementisers?.has(tok.key)) return j;
  const next = ctx.tokens[j + 1];
  // («قال الامين العام للامم المتحدة بان كي مون اليوم ان …»: «بان» before «كي» is the name, no «بأن».)
  if (ctx.lang.complementisers.has(tok.key) && isWord(next) && ctx.lang.neverAfterComplementiser?.has(next.key) === true) return -1;
  if (ctx.lang.complementisers.has(tok.key)) return isComma(next) && j + 2 < ctx.sentence.last ? j + 2 : j + 1;
  if (
    (ctx.lang.complementPrepositions.has(tok.key) || ctx.lang.sayingNouns?.has(tok.key) === true) &&
    spelledAs(ctx, tok) &&
    isWord(next) &&
    j + 1 < ctx.sentence.last &&
    ctx.lang.complementisers.has(next.key)
  )
    return j + 2;
  return -1;
}

/**
 * Where the content starts if a complement preposition, however spelt, and a complementiser are at `j`, right after
 * a definite word («مجلس الادارة علي أنها»; after «الوزير أحمد» it is the name «علي»); -1 otherwise.
 */
function looseComplement(ctx: Ctx, j: number): number {
  const tok = ctx.tokens[j];
  const next = ctx.tokens[j + 1];
  const before = ctx.tokens[j - 1];
  if (!isWord(tok) || !isWord(next) || !isWord(before) || j + 1 >= ctx.sentence.last) return -1;
  if (ctx.lang.articleless(before.key) === before.key) return -1;
  return ctx.lang.complementPrepositions.has(tok.key) && ctx.lang.complementisers.has(next.key) ? j + 2 : -1;
}

/** Content start after a colon: past a complementiser that may follow it («وقال د. ملحم: إن …»). */
function afterColon(ctx: Ctx, j: number): number {
  const c = complementAt(ctx, j + 1);
  return c >= 0 ? c : j + 1;
}

function emptyFrame(kind: Frame['kind'], cue: TokenRange | null, cueOffset: number): Frame {
  return {
    kind,
    cue,
    cueOffset,
    subject: null,
    role: null,
    subjectClitic: null,
    carried: false,
    coordinated: false,
    contentStart: -1,
    contentEnd: -1,
    continuation: -1,
    objectStart: -1,
    lead: cue ? cue.start : -1,
    tail: cue ? cue.end : -1,
  };
}

/** «حسن فضل الله»: a stop word («فضل», "preferred") that makes one name with the word after it. */
function compoundName(ctx: Ctx, j: number): boolean {
  const next = ctx.tokens[j + 1];
  return j > 0 && isWord(ctx.tokens[j - 1]) && isWord(next) && ctx.lang.nameCompounds?.has(next.key) === true;
}

/** Whether the words at `k` open a setting («خلال مؤتمر صحفي»، «في إحاطة»، «أمس») or name whom the speaker told («لوكالة …»). */
function settingAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k];
  if (!isWord(tok)) return false;
  const { lang } = ctx;
  return (
    lang.settingPrepositions.has(tok.key) ||
    lang.governingPrepositions?.has(tok.key) === true ||
    lang.subjectStops.has(tok.key) ||
    isAddressee(ctx, k) ||
    gluedAddressee(ctx, k, () => false)
  );
}

/** Words a setting between a participle and its complement may take («مؤكدا خلال تجاذبه أطراف الحديث مع المفتشين أن»). */
const PARTICIPLE_SETTING_WORDS = 8;

/**
 * The complement a participle reaches past an honorific with the subject's pronoun and a setting («مؤكدا سموه خلال
 * حديثه مع المفتشين أن …»), words only between; -1 when there is none within PARTICIPLE_SETTING_WORDS.
 */
function complementPastSetting(ctx: Ctx, j: number, limit: number): number {
  const { tokens, lang } = ctx;
  let k = j;
  if (isWord(tokens[k]) && lang.pronounHonorific?.((tokens[k] as Token).key) !== undefined) k++;
  if (k > j && !settingAt(ctx, k)) return complementAt(ctx, k);
  if (!settingAt(ctx, k)) return -1;
  const end = Math.min(limit, k + 1 + PARTICIPLE_SETTING_WORDS);
  for (let m = k + 1; m < end && isWord(tokens[m]); m++) {
    const content = complementAt(ctx, m);
    if (content >= 0) return content;
  }
  return -1;
}

/** How many tokens a setting closing a sentence after its attribution may take («كما أعلنت الوزارة في بيان لها أمس»). */
const CLOSING_SETTING_TOKENS = 6;

/**
 * Whether the words from `k` to the sentence's end are only a setting («أمس»، «في بيان لها»، «لوكالة الأنباء»): they
 * open as one, hold no complementiser and no preposition that takes a verb's object («عن خطة», «إلى الحوار»).
 */
function settingCloses(ctx: Ctx, k: number): boolean {
  const { tokens, lang, sentence } = ctx;
  let end = sentence.last;
  while (end > k && !isWord(tokens[end - 1]) && tokens[end - 1]?.type !== 'mark') end--;
  if (end - k > CLOSING_SETTING_TOKENS || !settingAt(ctx, k)) return false;
  for (let j = k; j < end; j++) {
    const tok = tokens[j];
    if (!isWord(tok) || lang.complementisers.has(tok.key)) return false;
    if (lang.governingPrepositions?.has(tok.key) && !lang.settingPrepositions.has(tok.key)) return false;
  }
  return true;
}

/** Tokens, marks included, of a name in marks closing an attribution after its quotation («اضاف القيادي في "حماس".»). */
const CLOSING_NAME_TOKENS = 4;

/** A word that reads as an indefinite noun: no «و» on it, no article, and no title, particle or setting word. */
export function indefiniteNoun(ctx: Ctx, tok: Token | undefined): boolean {
  const { lang } = ctx;
  return (
    tok?.type === 'word' &&
    tok.conjunction === 0 &&
    lang.articleless(tok.key) === tok.key &&
    !isTitleWord(lang, tok.key) &&
    !lang.subjectStops.has(tok.key) &&
    !lang.settingPrepositions.has(tok.key) &&
    !lang.complementisers.has(tok.key)
  );
}

/** «غير انهم», «بيد أنه»: whether token `at` is a complementiser with its pronoun right after a word that makes it "but". */
export function contrastComplementiser(ctx: Ctx, at: number): boolean {
  const tok = ctx.tokens[at];
  const particle = ctx.tokens[at - 1];
  return (
    isWord(tok) && ctx.lang.thirdPersonComplementisers?.has(tok.key) === true && isWord(particle) && ctx.lang.contrastParticles?.has(particle.key) === true
  );
}

/** «قبل أن», «بعد أن»: whether token `at` is a complementiser right after a word that makes a time clause of it. */
export function timeComplementiser(ctx: Ctx, at: number): boolean {
  const tok = ctx.tokens[at];
  const word = ctx.tokens[at - 1];
  return isWord(tok) && ctx.lang.complementisers.has(tok.key) && isWord(word) && ctx.lang.timeSubordinators?.has(word.key) === true;
}

/** Tokens of a name in marks that closes a setting set off by commas before the complement («مع «الشرق الأوسط»،»). */
const SET_OFF_NAME_TOKENS = 5;

/** How many tokens, marks included, a body's name in marks right after a verb may take before a setting. */
const MARKED_SUBJECT_TOKENS = 9;

/**
 * Tokens, marks included, that a name in marks between a verb's subject and more words may take (لـ«الشرق الأوسط» عبر
 * الهاتف): a longer run in marks is what was said, even with words after it («قال فيها '' يطيب لي … '' …»).
 */
const NAME_IN_FRAME_TOKENS = 8;

/** How many tokens a setting between «قائلا» and a quotation may take. */
const SAYING_SETTING_TOKENS = 12;

/** The first opening mark in the sentence within `limit` tokens from `from`, before any other punctuation, or -1. */
function openWithin(ctx: Ctx, from: number, limit: number): number {
  const last = Math.min(ctx.sentence.last, from + limit);
  for (let k = from; k <= last; k++) {
    const tok = ctx.tokens[k] as Token;
    if (isOpen(tok)) return k;
    if (tok.type !== 'word') return -1;
  }
  return -1;
}

/** Whether a word is an addressee (لـ«الشرق الأوسط»، لوكالة …): the outlet spoken to, not the speaker. */
function isAddressee(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j] as Token;
  const word = tok.written;
  const clitic = ctx.lang.procliticLength(word, 'ل');
  if (!clitic) return false;
  // («كان أبي يقول لي: '…'», «وقال لي إن …»: "to me" right before what was said; «لي كه تشيانغ» is a name.)
  if (ctx.lang.toMe?.has(tok.key) === true) {
    const next = ctx.tokens[j + 1];
    return !isWord(next) || complementAt(ctx, j + 1) >= 0;
  }
  // «الأمين العام لـ«حزب الله»», «المدير التنفيذي لـ»: after a title and its adjective, «لـ» leads to the body the
  // title belongs to, not to whom it was said («مدير المركز لـ"إرم نيوز"»: a noun completes the title first).
  // («المدير العام السابق للوكالة الدولية للطاقة الذرية»: «الوكالة» is no news agency there; up to three adjectives.)
  const adjective = (k: number) => {
    const w = ctx.tokens[k];
    if (!isWord(w)) return false;
    const bare = ctx.lang.articleless(w.key);
    return ctx.lang.describes?.(bare) === true || ctx.lang.titleAdjectives?.has(bare) === true || ctx.lang.plainAdjectives?.has(bare) === true;
  };
  let k = j - 1;
  while (k > j - 4 && adjective(k)) k--;
  const title = ctx.tokens[k];
  if (k < j - 1 && isWord(title) && titleOf(ctx.lang, title.bare)?.complement === true) return false;
  if (clitic.length >= word.length) return true; // «لـ» alone, before quotation marks
  const next = ctx.tokens[j + 1];
  if (isOpen(next) && next?.start === tok.end) return true;
  const told = ctx.lang.articleless(ctx.lang.key(word.slice(clitic.length)));
  return ctx.lang.outletNouns.has(told) || ctx.lang.outletNames?.has(told) === true;
}

/** Words an object may run before the clause that reports on it («علق على الاتفاق … بأن»). */
const OBJECT_WORDS = 14;

/** The content opened by a «بأن» after an object, with no punctuation or other cue between; -1 when none. */
function clauseAfterObject(ctx: Ctx, from: number): number {
  const { tokens, lang, sentence } = ctx;
  const limit = Math.min(sentence.last, from + OBJECT_WORDS);
  for (let k = from + 1; k < limit; k++) {
    const tok = tokens[k] as Token;
    // «وعلق على القرار بقوله إنه …»: "by saying that" opens what was said of it.
    if (isWord(tok) && lang.sayingNouns?.has(tok.key) === true) {
      if (complementAt(ctx, k) >= 0) return complementAt(ctx, k);
      // «… على ذلك بالقول "…"»: the quotation after it.
      if (isOpen(tokens[k + 1])) return k + 1;
    }
    if (!isWord(tok) || cueOf(ctx, tok)) return -1;
    if (lang.objectClauseOpeners?.has(tok.key) === true) return complementAt(ctx, k);
  }
  return -1;
}

/** The content of a clause a noun holds, right at `j` («… أن») or after a preposition («… في أن»); -1 when none opens there. */
function heldClause(ctx: Ctx, j: number): number {
  const at = complementAt(ctx, j);
  if (at >= 0) return at;
  const tok = ctx.tokens[j];
  return isWord(tok) && ctx.lang.settingPrepositions.has(tok.key) && isWord(ctx.tokens[j + 1]) && ctx.lang.complementisers.has((ctx.tokens[j + 1] as Token).key)
    ? complementAt(ctx, j + 1)
    : -1;
}

/** Whether every quotation mark that closes in [from, to) opened there too. */
function balancedMarks(tokens: readonly Token[], from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    if (isOpen(tokens[k])) open++;
    else if (isClose(tokens[k]) && --open < 0) return false;
  }
  return true;
}

/**
 * «…، الا ان متخصصين في «الاسلام الاوروبي» يذكرون ان …»: a contrast opener and its complementiser after a comma,
 * inside the sentence, open a clause whose subject stands before its verb. Sets `frame.subject` and
 * `frame.contrast`.
 */
function contrastSubject(ctx: Ctx, frame: Frame, t: number): void {
  const { tokens, lang, sentence } = ctx;
  // («غير أن الدكتور صلاح البردويل، المتحدث باسم كتلة «حماس»، قال …»: the subject may have its apposition between commas.)
  const commas: number[] = [];
  for (let k = t - 1; k > sentence.first && k >= t - 1 - NP_WORDS - commas.length; k--) {
    const tok = tokens[k] as Token;
    if (isComma(tok) && commas.length < 2 && k > t - 1 - NP_WORDS) {
      commas.unshift(k);
      continue;
    }
    if (tok.type === 'punct') return;
    // (The word right before the verb opens no clause of its own.)
    if (k === t - 1) continue;
    // («، لكن صلاح البردويل، …، قال»: «لكن» opens such a clause with no complementiser.)
    const bare = isWord(tok) && lang.bareSubjectOpeners?.has(tok.bare) === true && isComma(tokens[k - 1]) && k + 1 < t;
    if (!bare && (!isWord(tok) || !lang.complementisers.has(tok.key))) continue;
    const opener = bare ? tok : tokens[k - 1];
    // («، في حين أن X قال»: a contrast word after its preposition opens one too.)
    const governor = tokens[k - 2];
    const governed =
      !bare && isWord(opener) && lang.contrastClauses?.has(opener.key) === true && isWord(governor) && lang.governingPrepositions?.has(governor.key) === true;
    if (governed) {
      if (!isComma(tokens[k - 3])) return;
    } else {
      if (!isWord(opener) || !lang.subjectOpeners?.has(opener.bare)) return;
      if (!isComma(tokens[bare ? k - 1 : k - 2])) return;
    }
    // («… لكن عقدا لا تزال قائمة»، مؤكدا»: words closing a quotation opened before them are its end, no subject.)
    if (!balancedMarks(tokens, k + 1, t)) return;
    const end = commas[commas.length - 1] === t - 1 ? t - 1 : t;
    if (commas.length === 0) frame.subject = { start: k + 1, end: t };
    else setSubject(ctx, frame, k + 1, end, commas);
    if (!frame.subject) return;
    frame.contrast = true;
    frame.lead = bare ? k : governed ? k - 2 : k - 1;
    return;
  }
}

/**
 * «وأوضح التقرير الصادر عن المفتش …»: "issued" right after a document noun, before «عن», goes on with the document's
 * phrase to its issuer.
 */
function issuedBy(ctx: Ctx, j: number, subjectStart: number): boolean {
  const { tokens, lang } = ctx;
  // («تقرير صادر أمس عن الشركة»: past one word of time after the participle.)
  const before = tokens[j - 1];
  const at = j === subjectStart + 2 && isWord(before) && lang.issuedWords?.has(before.key) === true ? j - 1 : j;
  const noun = tokens[at - 1];
  const link = tokens[j + 1];
  if (at !== subjectStart + 1 || !isWord(noun) || !isWord(link) || !lang.issuedWords?.has((tokens[at] as Token).key)) return false;
  const bare = lang.articleless(noun.key);
  return lang.issuerLinks?.has(link.key) === true && (lang.documentNouns?.has(bare) === true || lang.settingNouns.has(bare));
}

/**
 * «الشيخ صباح الخالد»: a word of the time of day right after a title, with no day after it («صباح اليوم», «مساء
 * الخميس»), is a name.
 */
function namedForTime(ctx: Ctx, j: number, titled: () => boolean): boolean {
  const { tokens, lang } = ctx;
  const tok = tokens[j] as Token;
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  if (!lang.timeOfDay?.has(tok.key) || !isWord(before)) return false;
  // («المتحدث باسم وزارة النفط صباح الموسوي»: so after a title's definite complement.)
  if (!isTitleWord(lang, before.key) && !(lang.articleless(before.key) !== before.key && titled())) return false;
  return !(isWord(next) && (lang.calendarWords?.has(next.key) === true || lang.subjectStops.has(next.key)));
}

/** Whether the cue word at `t` is a noun, after a word no verb follows («عدم نقل», «في ذكر»). */
function governedNoun(ctx: Ctx, t: number): boolean {
  const tok = ctx.tokens[t] as Token;
  const before = ctx.tokens[t - 1];
  return tok.conjunction === 0 && isWord(before) && ctx.lang.nounGovernors?.has(before.key) === true && spelledAs(ctx, before);
}

/** Whether the word at `j` opens a verb's object: a noun with a possessive pronoun right after a definite word. */
function possessedObject(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j] as Token;
  const before = ctx.tokens[j - 1];
  if (!isWord(before) || tok.quoted || ctx.lang.articleless(before.key) === before.key) return false;
  return ctx.lang.possessedNoun(tok.written);
}

/** Words a dateline's place may have before its dash («الإسكندرية –», «شرم الشيخ -»). */
const DATELINE_PLACE_WORDS = 3;

/** Whether token `t` opens its paragraph but for a dateline: a few words and a dash right before it. */
function afterDatelineDash(ctx: Ctx, t: number): boolean {
  const dash = ctx.tokens[t - 1];
  if (t < 2 || t - 1 > DATELINE_PLACE_WORDS || dash?.type !== 'punct' || !'-–—'.includes(dash.key)) return false;
  for (let k = 0; k < t - 1; k++) if (!isWord(ctx.tokens[k])) return false;
  return true;
}

/** Words a byline's name may have before its colon. */
const BYLINE_WORDS = 5;

/** Whether a colon comes within `words` tokens from `from`, in the sentence. */
function colonWithin(ctx: Ctx, from: number, words: number): boolean {
  for (let k = from; k < Math.min(ctx.sentence.last, from + words); k++) if (isColon(ctx.tokens[k])) return true;
  return false;
}

/**
 * «كما نقل عنه X», «بحسب ما نقل عنه X»: a relaying verb after «كما»/«ما» whose relay word carries a pronoun for
 * the speaker already named — an aside on who passed the words on, not an attribution of its own.
 */
function relayAside(ctx: Ctx, t: number): boolean {
  const { tokens, lang } = ctx;
  const verb = tokens[t] as Token;
  const relay = cueOf(ctx, verb)?.cue.relay;
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  if (!relay || !isWord(before) || !isWord(after) || lang.relayPronouns?.has(after.key) !== true) return false;
  // «كما نقل عنه», «بحسب ما نقل عنه», «حسبما نقلت عنه» (the source word with «ما» written onto it).
  if (lang.alsoWords?.has(before.key) || lang.relativeWhat?.has(before.key)) return true;
  const what = lang.relativeWhat ? [...lang.relativeWhat].find((w) => before.key.endsWith(w)) : undefined;
  return what !== undefined && oneWordSource(lang, before.key.slice(0, -what.length));
}

/** «رئيس البلدية» before token `j`: a title and one definite word (the article only, no preposition on it). */
function titleAndDefinite(ctx: Ctx, subjectStart: number, j: number): boolean {
  const complement = ctx.tokens[j - 1];
  return (
    j === subjectStart + 2 &&
    titleOpening(ctx, subjectStart, subjectStart) &&
    isWord(complement) &&
    complement.conjunction === 0 &&
    complement.key.startsWith(ctx.lang.article) &&
    ctx.lang.article !== ''
  );
}

/**
 * «وقالت متحدثة باسم الجيش», «أعلنت متحدثة عسكرية»: a word that is both a participle and a title («متحدثة») opens the
 * subject as the title when a content word follows it («متحدثة للصحفيين» stays the participle, "speaking to").
 */
function titleOpening(ctx: Ctx, j: number, subjectStart: number): boolean {
  const tok = ctx.tokens[j] as Token;
  return j === subjectStart && isTitleWord(ctx.lang, tok.key) && isWord(ctx.tokens[j + 1]) && !functionWordAt(ctx, j + 1);
}

/**
 * «وقالت نقيبة الصحفيين التونسيين»: a definite noun right after a title or a body's noun written in construct (no article)
 * completes it; «الصحفيين» is no one told there.
 */
function titleComplement(ctx: Ctx, j: number, subjectStart: number): boolean {
  const { lang } = ctx;
  const tok = ctx.tokens[j] as Token;
  const head = ctx.tokens[j - 1];
  return (
    j > subjectStart &&
    isWord(head) &&
    lang.articleless(head.key) === head.key &&
    (isTitleWord(lang, head.key) || lang.bodyNouns?.has(head.key) === true) &&
    lang.articleless(tok.key) !== tok.key &&
    !lang.relativeAntecedent?.has(tok.key)
  );
}

/** Whether token `k` is no content word: punctuation, a mark, a complementiser, a preposition, or «لـ»/«بـ» on a definite word. */
function functionWordAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k];
  if (!isWord(tok)) return true;
  const { lang } = ctx;
  if (lang.complementisers.has(tok.key) || lang.governingPrepositions?.has(tok.key) === true || complementAt(ctx, k) >= 0) return true;
  const clitic = lang.procliticLength(tok.written, 'ل') ?? lang.procliticLength(tok.written, 'ب');
  return clitic?.article === true;
}

/** Whether a key is a source phrase of one word («حسبما»). */
function oneWordSource(lang: QuoteLanguage, key: string): boolean {
  return (
    phrasesByFirstWord(lang)
      .get(key)
      ?.some((p) => p.words.length === 1) === true
  );
}

/** Tokens before a verbal noun searched for a verb of saying whose clause has not opened yet. */
const VERBAL_NOUN_LOOKBACK = 12;
/** Words a verbal noun's agent may have before its complementiser («إعلان رئيس الوزراء الإسرائيلي أن»). */
const VERBAL_NOUN_AGENT_WORDS = 5;

/**
 * Whether the verbal noun at `t` reports a clause of its own: its agent stands right after it («إعلان الحزب أن»; with
 * none, «سارعت الحركة إلى إعلان أن», whose speaker is another verb's subject, it is left alone), and it is no setting
 * inside another verb's attribution, whose clause has not opened yet («وقال رئيس الاتحاد عند إعلان التقرير إن …»).
 */
function verbalNounReports(ctx: Ctx, t: number): boolean {
  const { tokens, lang, sentence } = ctx;
  if (complementAt(ctx, t + 1) >= 0 || !isWord(tokens[t + 1])) return false;
  // (The agent is a short name or noun phrase: the complementiser follows within a few words, no comma between.)
  let k = t + 2;
  while (k <= t + VERBAL_NOUN_AGENT_WORDS && isWord(tokens[k]) && complementAt(ctx, k) < 0) k++;
  if (complementAt(ctx, k) < 0) return false;
  for (let k = t - 1; k >= Math.max(sentence.first, t - VERBAL_NOUN_LOOKBACK); k--) {
    const tok = tokens[k] as Token;
    if (!isWord(tok)) continue;
    if (lang.complementisers.has(tok.key) || complementAt(ctx, k) >= 0) return true;
    // (Looked up in the table, not through `cueOf`, which asks this of a verbal noun: a run of them stays linear.)
    const before = lang.cues.get(tok.key) ?? (tok.conjunction > 0 ? lang.cues.get(tok.bare) : undefined);
    if (before && !before.verbalNoun && !before.participle) return false;
  }
  return true;
}

/** Tokens of a sentence's opening phrase before "as X said" ("For example, as Herbert notes, …"). */
const AS_OPENER_TOKENS = 4;

/** Whether the tokens before `at` are a short opening phrase of words closed by a comma ("For example,", "In 2019,"). */
function openerBefore(ctx: Ctx, at: number): boolean {
  const { tokens, sentence } = ctx;
  if (at - sentence.first > AS_OPENER_TOKENS || !isComma(tokens[at - 1])) return false;
  for (let k = sentence.first; k < at - 1; k++) if (!isWord(tokens[k]) || cueOf(ctx, tokens[k] as Token, k)) return false;
  return true;
}

/** Verb-first languages: «وقال [الاسم]، [الصفة]، [في تصريحات لـ…] إن …». */
function verbFirstFrame(ctx: Ctx, t: number, cue: CueWord, conjunction: number): Frame | null {
  const { tokens, lang, sentence } = ctx;
  const verb = tokens[t] as Token;
  // «في مكان لم يكشف عنه»، «ولم يقل إن …»: a negated verb reports nothing.
  const negator = tokens[t - 1];
  if (t > sentence.first && negator?.type === 'word' && lang.negators?.has(negator.bare) === true) return null;
  if (relayAside(ctx, t)) return null;
  const next = tokens[t + 1];
  if (isWord(next) && cue.notBefore?.some((p) => tableKey(lang, p) === next.key) === true) return null;
  // «يذكر أن …», «يشار إلى أن …» opening a sentence: the narrator's background, nobody's speech.
  // («في زيارة يتوقع أن يتصدرها …»: so is one describing the indefinite noun right before it, "a visit expected to".)
  const before = tokens[t - 1];
  const describing =
    isWord(before) &&
    verb.conjunction === 0 &&
    before.conjunction === 0 &&
    lang.articleless(before.key) === before.key &&
    !lang.complementisers.has(before.key);
  if ((t === sentence.first || describing) && lang.impersonal?.has(verb.bare) && complementAt(ctx, t + 1) >= 0) return null;
  // «وهو ما يؤكد أن …»: what confirms is a fact, nobody's speech.
  if (t > sentence.first && isWord(before) && lang.relativeWhat?.has(before.key) && pointsBackAt(ctx, t) < 0) return null;
  // «عدم نقل الصراع»: after a word no verb follows, the cue word is a noun.
  // (A verbal noun, «مع إعلان الحزب أن», stands where a noun does.)
  if (!cue.verbalNoun && governedNoun(ctx, t)) return null;
  // («تراجع القراءة بين الشباب، لكنها قالت: …»: an ambiguous cue with no «و» right after a definite word, and no
  // complementiser after it, is the other word, "between".)
  // («غير أن الاتحاد رد في بيان بأن …»: past a setting too.)
  if (cue.weak && verb.conjunction === 0 && isWord(before) && lang.articleless(before.key) !== before.key && complementAt(ctx, t + 1) < 0) {
    const past = skipSettings(ctx, t + 1);
    // (A colon or a quotation after it still opens what was said: «لكن اللجنة المنظمة ردت: "…"».)
    if (complementAt(ctx, past) < 0 && !isColon(tokens[past]) && !isOpen(tokens[past])) return null;
  }
  // «المنبر الذي كان يعتبر قبلة …»: right after a relative word (an auxiliary between) with no complement soon, the verb
  // is passive ("which was considered") and reports nobody.
  const auxiliary = isWord(before) && lang.auxiliaries.has(before.bare) ? t - 2 : t - 1;
  const relative = tokens[auxiliary];
  // («في الوقت الذي أكد فيه X أن …»: a resumptive pronoun after the verb makes it active, its subject after it.)
  const resumed = isWord(tokens[t + 1]) && lang.resumptive?.has((tokens[t + 1] as Token).key) === true;
  if (auxiliary >= sentence.first && isWord(relative) && lang.relativeAntecedent?.has(relative.key) && !resumed && !complementSoon(ctx, t + 1)) return null;
  // «كتب: محمود صبري …», «كتب ـ خليفة أدهم:»: a byline opening the paragraph.
  // («الإسكندرية – كتب: محمود السيد»: after a dateline's place and its dash, too.)
  // (Not «وكتب الوزير على حسابه: "…"»: a byline takes no «و».)
  if ((t === 0 || afterDatelineDash(ctx, t)) && verb.conjunction === 0 && lang.bylineVerbs?.has(verb.bare) && colonWithin(ctx, t + 1, BYLINE_WORDS))
    return null;
  const frame = emptyFrame(cue.participle ? 'participle' : 'verb', { start: t, end: t + 1 }, verb.start + conjunction);
  if (cue.agreement) frame.agreement = cue.agreement;
  // («وذُكر أن»: a damma on the first letter of a past verb writes it passive; the present's «يُؤكد», «تُشير» are active.)
  const first = ctx.text.charCodeAt(verb.start + conjunction);
  const present = first === 0x064a || first === 0x062a || first === 0x0646;
  if (cue.passive || (!present && ctx.text.charCodeAt(verb.start + conjunction + 1) === 0x064f)) frame.passive = true;
  const limit = Math.min(sentence.last, t + 1 + WINDOW);
  let subjectEnd = -1;
  // Only the first «عن» after a relaying verb is the source («عن مصدر … عدم الإفصاح عن هويته»).
  let relayed = false;
  let relayedPronoun = false;
  let relayedTitle = -1;
  let subjectStart = t + 1;
  const commas: number[] = [];
  let inRelative = false;
  let roleBefore: TokenRange | null = null;
  let j = t + 1;
  // («فرد عليه النائب فراس الزعبي قائلا», «ورد عليها الوزير بأن»: a preposition with its pronoun, whom the verb answers,
  // stands between the verb and its subject.)
  const answered = tokens[t + 1];
  const subjectPast = tokens[t + 2];
  if (
    isWord(answered) &&
    lang.prepositionPronoun?.(answered.written) === true &&
    isWord(subjectPast) &&
    !lang.subjectStops.has(subjectPast.key) &&
    !lang.complementisers.has(subjectPast.key) &&
    !lang.settingPrepositions.has(subjectPast.key)
  ) {
    subjectStart = t + 2;
    j = t + 2;
  }
  // (Read once for the loop: whether a quotation this verb attributes stands before it, «"…"، قالت X».)
  const afterQuote = quoteBefore(ctx, t) || pointsBackAt(ctx, t) >= 0;
  for (; j < limit; j++) {
    const tok = tokens[j] as Token;
    if (tok.type === 'mark') {
      if (tok.role !== 'open') break;
      // Marks inside the frame: a name («منظمة «أطباء بلا حدود» أن») or an outlet; anything else opens the content.
      const close = closeToken(ctx, j);
      // A short marked name inside the subject, words going on after it («ونقل موقع "عمون" عن …»).
      // («وأعلنت مؤسسة "سيمبيوسيس" (Symbiosis) عن …», «وقالت شركة "أرامكو" "…"»: after a body's head noun, a parenthesis or
      // a quotation may follow the name.)
      const head = tokens[j - 1];
      const after = tokens[close + 1];
      // («قال فيصل الشرفي، احد قادة تنظيم "الشباب المؤمن"، في بيان …»: or a comma closing an apposition.)
      const bodyNamed =
        isWord(head) &&
        lang.bodyNouns?.has(lang.articleless(head.key)) === true &&
        (after?.key === '(' || isOpen(after) || (isComma(after) && commas.length > 0));
      // («قالت الشريكة الإدارية في صندوق "نخلة كابيتال"، ريم العنزي، إن»: a body named in a title's complement, before the
      // comma of an apposition.)
      const titledName = isComma(after) && titledBetween(ctx, t + 1, j);
      // («ونقلت "بترا" عن مصدر حكومي قوله ان»: right after a relaying verb, an outlet in marks before the source's
      // preposition.)
      const relayOutlet = cue.relay !== undefined && j === t + 1 && isWord(after) && after.key === tableKey(lang, cue.relay);
      // («واعتبر مدير " المرصد الفلسطيني لحقوق الانسان " في غزة ، …»: a body's longer name right after a title whose body it
      // is, words going on after it.)
      // («واعتبر رئيس «المرصد المغربي لمحاربة المخدرات»، عبد الإله الكتاني، أن …»: or a comma opening the name.)
      const titleBody = isWord(head) && isTitleWord(lang, head.key) && (isWord(after) || (isComma(after) && complementAt(ctx, close + 1) < 0));
      const shortName =
        close > 0 &&
        close - j <= (titleBody ? SET_OFF_NAME_TOKENS : 4) &&
        subjectEnd < 0 &&
        (j > t + 1 || relayOutlet) &&
        (isWord(after) || bodyNamed || titledName);
      // After the subject's end, marks followed by more words are a name in the frame (لـ«الشرق الأوسط» عبر الهاتف …);
      // marks that close the sentence are what was said («وقال طالبا عدم الكشف عن هويته «…»»).
      // («قالت "هيومن رايتس ووتش" اليوم إن …»: a day between the name and the complementiser.)
      const dated = isWord(after) && (lang.calendarWords?.has(after.key) === true || lang.subjectStops.has(after.key)) && complementAt(ctx, close + 2) >= 0;
      // («وقال الزهراني، في حوار مع «الشرق الأوسط»، إن …»: a short name closing a setting between commas, the complement
      // after the second.)
      const setOff = close > 0 && close - j <= SET_OFF_NAME_TOKENS && isWord(head) && isComma(after) && complementAt(ctx, close + 2) >= 0;
      // («"…"، اضاف القيادي في "حماس".»: after the quotation it attributes, a short name closing the sentence.)
      const closingName = close > 0 && close - j <= CLOSING_NAME_TOKENS && j > t + 1 && quoteBefore(ctx, t) && onlyPunctuation(ctx, close + 1);
      // («وقالت «الجمعية المصرية لدعم التطور الديموقراطي» في تقرير أولي إن …»: a name in marks right after the verb, then a
      // setting and the complement.)
      const markedSubject = close > 0 && j === t + 1 && close - j <= MARKED_SUBJECT_TOKENS && complementPastSetting(ctx, close + 1, limit) >= 0;
      const inFrame =
        close > 0 &&
        (complementAt(ctx, close + 1) >= 0 ||
          markedSubject ||
          closingName ||
          dated ||
          setOff ||
          isColon(tokens[close + 1]) ||
          (subjectEnd >= 0 && isWord(tokens[close + 1]) && close - j <= NAME_IN_FRAME_TOKENS) ||
          shortName);
      const glued = j > 0 && ((tokens[j - 1] as Token).end === tok.start || drawnOutPreposition(ctx, j));
      // «… افتتاحية حملت عنوان "…"»: a title named by the word before it, as written, is no speech («وقالت الصحيفة "…"» is).
      const named = isWord(tokens[j - 1]) && lang.termIntroducers.has((tokens[j - 1] as Token).key);
      if (close > 0 && (inFrame || glued || named) && !isColon(tokens[j - 1])) {
        j = close;
        continue;
      }
      frame.contentStart = j;
      break;
    }
    if (tok.type === 'punct' || dashAt(ctx, j)) {
      if (isColon(tok)) {
        frame.contentStart = afterColon(ctx, j);
        // «وقال: أعتقد أنه …»: after a colon the speaker's own words, marked or not.
        frame.unmarkedDirect = true;
        break;
      }
      // («قال مارك ريجيف ; الناطق باسم …:»: a semicolon typed for the comma of an apposition, in the subject's words.)
      if ((isComma(tok) || (commas.length === 0 && j > t + 1 && isSemicolon(tok))) && commas.length < 2) {
        commas.push(j);
        continue;
      }
      // «وقالت رئيسة الجمعية، رجاء الماجري، لوكالة تونس إفريقيا للأنباء، إن …»: after the name and its apposition, a
      // setting or the one told between commas, right before the complement, is skipped.
      if (isComma(tok) && commas.length === 2 && complementAt(ctx, j + 1) >= 0 && settingAt(ctx, (commas[1] as number) + 1)) continue;
      // «قال X مدرب المنتخب "تحدثت …» with the mark never closed (it stays reported): the speaker's own words from it on.
      if (isUnpairedMark(tok) && isWord(tokens[j + 1]) && (tokens[j + 1] as Token).start === tok.end) {
        frame.contentStart = j + 1;
        frame.unmarkedDirect = true;
        break;
      }
      // «وأفاد البنك - ومقره مانيلا - بأن …», «وقالت وكالة الأنباء السعودية (واس) إن»: an aside between dashes or in
      // parentheses ends the subject and is skipped.
      const aside = dashAt(ctx, j) ? nextDash(ctx, j + 1, limit) : tok.key === '(' ? closingParenthesis(ctx, j + 1, limit) : -1;
      if (aside > j + 1) {
        // («رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو إن»: a name after the parenthesis goes on with the subject.)
        const after = tokens[aside + 1];
        // («وقال المشجع سفيان (28 عاما) لوكالة فرانس برس:»: not whom it was said to.)
        const goesOn =
          tok.key === '(' &&
          isWord(after) &&
          complementAt(ctx, aside + 1) < 0 &&
          !lang.settingPrepositions.has(after.key) &&
          !lang.subjectStops.has(after.key) &&
          !isAddressee(ctx, aside + 1) &&
          !gluedAddressee(ctx, aside + 1, () => false, true);
        if (subjectEnd < 0 && goesOn) {
          // The words before it are the name's role; the name is read from after it.
          roleBefore = { start: subjectStart, end: j };
          subjectStart = aside + 1;
        } else if (subjectEnd < 0) subjectEnd = j;
        j = aside;
        continue;
      }
      break;
    }
    // «وقال بلير في المقابلة لدينا عزم أكيد …»: a word only the speaker can say of himself (we, I, «لقد») after the
    // subject opens his own words, unmarked.
    // («… في المغرب آنا لوبيز إن»: a name written with «آ» is no «أنا».)
    // («وأضاف نحن لا نريد الحرب»: right after a verb that goes on, too.)
    const goingOn = cue.carry === true && j === t + 1 && j + 1 < sentence.last;
    // («وتابع هذا ليس مجرد قلق امريكي»: or, right after it, a demonstrative or a negation opening a clause.)
    // («حذرت الوزيرة، أمل عثمان بركات، من أن …»: «أمل» is «آمل» without its madda, and a given name before another is a name.)
    const opener = lang.firstPersonOpeners?.has(tok.key) === true && !(isWord(tokens[j + 1]) && isGivenName(lang, (tokens[j + 1] as Token).key));
    if (
      ((((j > t + 1 && (subjectEnd >= 0 || j > subjectStart)) || goingOn) && opener) ||
        (goingOn && lang.goingOnOpeners?.has(tok.key) === true && isWord(tokens[j + 1]))) &&
      ctx.text.charCodeAt(tok.start + tok.conjunction) !== 0x0622
    ) {
      frame.contentStart = j;
      frame.unmarkedDirect = true;
      if (subjectEnd < 0) subjectEnd = j;
      break;
    }
    // «وتساءل الوزير كيف يمكن …», «متسائلا لو أن …»: a verb of asking takes a question word as the start of what was asked.
    if (cue.asks && lang.questionWords?.has(tok.key) === true && !tok.quoted && j < sentence.last - 1) {
      frame.contentStart = j;
      if (subjectEnd < 0) subjectEnd = j;
      break;
    }
    // «وأكد رئيس مجلس الإدارة علي أنها …», «وأشار حسين الفردان إلي أن»: after a subject, «على»/«إلى» written with «ي»
    // before a complementiser are the prepositions, not the name «علي» (which the spelling test alone would say).
    const loose = j > subjectStart && subjectEnd < 0 ? looseComplement(ctx, j) : -1;
    const content = loose >= 0 ? loose : complementAt(ctx, j);
    if (content >= 0) {
      frame.contentStart = content;
      if (cue.objectBeforeClause) {
        // What a description calls its object is speech only in quotation marks, three words or more («بأنه "تصرف
        // غير أخلاقي تماما"»): unmarked («وصف الخطة بأنها خطوة إلى الأمام») it is the narrator's report.
        if (!isOpen(tokens[content]) || closeToken(ctx, content) < 0 || wordsInSpan(ctx, content) < 3) return null;
        if (j > subjectStart) frame.objectMayFollow = true;
      }
      break;
    }
    // A participle takes its complement at once (موضحًا أن); «قائلا» the words said themselves.
    if (cue.participle) {
      if (cue.bareClause && j === t + 1) {
        // «قائلا في كتاب وجهه الى رئيس الوزراء '' لقد صممنا …»: a setting between the participle and a quotation; the
        // quotation holds the words said.
        const marked = settingAt(ctx, j) ? openWithin(ctx, j + 1, SAYING_SETTING_TOKENS) : -1;
        frame.contentStart = marked >= 0 ? marked : j;
        frame.unmarkedDirect = true;
      } else if (j === t + 1) {
        const later = complementPastSetting(ctx, j, limit);
        if (later >= 0) frame.contentStart = later;
      }
      break;
    }
    // («وكشف تقرير صادر عن الاتحاد …»: the «عن» after "issued" names the issuer, no object of the verb.)
    if (cue.objectPrepositions?.some((p) => tableKey(lang, p) === tok.key) && subjectEnd < 0 && spelledAs(ctx, tok) && !issuedBy(ctx, j - 1, subjectStart)) {
      subjectEnd = j;
      // «وأعرب رمضان عن "ثقته العالية بقدرات شعب العراق …"»: a quotation of a sentence's length as the object is what was said.
      const open = tokens[j + 1];
      if (isOpen(open) && (open as Token).start === tok.end + 1 && wordsInSpan(ctx, j + 1) >= QUOTED_OBJECT_WORDS) frame.contentStart = j + 1;
      else {
        // «وأعرب مراقبون عن اعتقادهم أن …», «عن أمله في أن …»: a noun with its own pronoun, then the clause it holds.
        const held = isWord(open) && ctx.lang.possessedNoun((open as Token).written) ? heldClause(ctx, j + 2) : -1;
        // «وعلق باريرا على الاتفاق الذي توصل إليه … بأن …»: what was commented on, then what was said of it.
        const after = held >= 0 ? held : clauseAfterObject(ctx, j + 1);
        if (after >= 0) frame.contentStart = after;
        else frame.objectStart = j + 1;
      }
      break;
    }
    // «أعلن نادي النسور نيته تقديم احتجاج»: after a definite subject, a noun with its own pronoun is what was announced.
    if (cue.nominalObject && subjectEnd < 0 && commas.length === 0 && j > subjectStart && possessedObject(ctx, j)) {
      frame.contentStart = j;
      frame.nominal = true;
      subjectEnd = j;
      break;
    }
    // «وأبلغ الوزير سيرغي لافروف نظيره الأمريكي أن …»: a verb that tells someone takes a noun with its own pronoun as
    // whom it tells.
    if (cue.addressee && lang.verbFirst && subjectEnd < 0 && j > subjectStart + 1 && !tok.quoted && lang.possessedNoun(tok.written)) subjectEnd = j;
    // («مسؤول طلب عدم ذكر اسمه إن …»: a cue word that is a noun opens nothing.)
    const other = governedNoun(ctx, j) ? null : cueOf(ctx, tok);
    // «حذر X أمس كما نقل عنه مسؤول كبير من أن …»: an aside naming who relayed the words, skipped.
    if (other && relayAside(ctx, j)) {
      // The aside opens at «كما»/«ما», or at the source word before «ما» («بحسب ما نقل عنه»).
      const opener = tokens[j - 2];
      const aside = isWord(opener) && oneWordSource(lang, opener.key) ? j - 2 : j - 1;
      if (subjectEnd < 0) subjectEnd = aside;
      j++;
      continue;
    }
    // («وقال شاب يدعى جاد، …، إن», «صاحب محل صرافة يدعى أشرف»: "named X" after a description, X is the name.)
    if (lang.namingVerbs?.has(tok.key) === true && tok.conjunction === 0 && subjectEnd < 0 && j > subjectStart && isWord(tokens[j + 1])) {
      roleBefore = { start: subjectStart, end: j };
      subjectStart = j + 1;
      continue;
    }
    // («وقال دبلوماسي غربي رفيع يتابع الملف عن كثب، طالبا …:»: a present verb with no «و» right after an indefinite
    // subject describes it, "who follows the file"; it ends the subject and opens no attribution.)
    const subjectWord = tokens[subjectStart];
    if (
      other?.cue.present === true &&
      lang.verbFirst &&
      tok.conjunction === 0 &&
      subjectEnd < 0 &&
      j > subjectStart &&
      indefiniteNoun(ctx, tokens[j - 1]) &&
      isWord(subjectWord) &&
      lang.articleless(subjectWord.key) === subjectWord.key &&
      !isTitleWord(lang, subjectWord.key)
    ) {
      subjectEnd = j;
      continue;
    }
    // A new attribution opens with a conjunction or after punctuation («، وأضاف»); a bare cue word inside an
    // apposition is part of it («مسؤول، طلب عدم ذكر اسمه، إن …»).
    const opens = other !== null && (tok.conjunction > 0 || (tokens[j - 1] as Token).type !== 'word' || commas.length === 0);
    // «المصدر الذي فضل عدم ذكر اسمه أن»: a cue inside a relative clause on the subject is no new attribution.
    if (other && !other.cue.participle && j > t + 1 && opens && !inRelative) break;
    // «"…"، قال سعيد، مؤكدا أن …»: after a quotation the verb attributes it; the participle's clause is its own.
    if (other?.cue.participle && j > t + 1 && quoteBefore(ctx, t)) break;
    // «وأضاف قائلًا: …»: a participle after the verb ends the subject and says nothing of it.
    if (other && subjectEnd < 0) {
      // («وختم عبود مؤتمره بالقول», «وختمت حديثها بالقول»: a noun with its own pronoun right before the participle is the
      // verb's object, no part of the subject.)
      const owned = other.cue.participle === true && j > subjectStart && lang.possessedNoun((tokens[j - 1] as Token).written);
      subjectEnd = owned ? j - 1 : j;
      frame.objectMayFollow = other.cue.participle === true && commas.length > 0;
    }
    // «وذكرت الوكالة نقلا عن مصدر مسؤول أن …»: the agency relays, the source after «نقلا عن» speaks.
    const via = subjectEnd < 0 && j > subjectStart ? lang.relaySources?.get(tok.key) : undefined;
    if (via !== undefined && tokens[j + 1]?.key === via && isWord(tokens[j + 2])) {
      subjectStart = j + 2;
      commas.length = 0;
      j++;
      continue;
    }
    // «ونقلت وكالة الانباء الرسمية عنه قوله»: the outlet relays whom the pronoun on the relay word means.
    // («نقل زوار رئيس المجلس عنه»: a title the subject's head is in construct with is whom it means.)
    if (cue.relay && !relayed && j > t + 1 && lang.relayPronouns?.has(tok.key) === true) {
      relayed = true;
      const end = subjectEnd < 0 ? j : subjectEnd;
      for (let k = subjectStart + 1; k < end && relayedTitle < 0; k++) if (isWord(tokens[k]) && isTitleWord(lang, (tokens[k] as Token).key)) relayedTitle = k;
      relayedPronoun = relayedTitle < 0;
      if (relayedTitle >= 0) {
        subjectStart = relayedTitle;
        subjectEnd = end;
      }
      delete frame.agreement;
      if (subjectEnd < 0) subjectEnd = j;
      continue;
    }
    if (cue.relay && !relayed && tok.key === tableKey(lang, cue.relay)) {
      relayed = true;
      // (The verb agrees with the outlet, «ونقلت قناة … عن مسؤول»: nothing of the source's gender.)
      delete frame.agreement;
      // «نقلت وكالة تاس عن المتحدث … قوله»: the agency relays, the speaker follows «عن» (also after a setting that
      // ended the agency's phrase: «ونقلت صحيفة "صن" في عددها الصادر اليوم عن بالاك قوله»).
      subjectStart = j + 1;
      subjectEnd = -1;
      commas.length = 0;
      continue;
    }
    // («… عن مسؤولة قولها»: the source's own agreement.)
    const saying = relayed ? lang.sayingPronouns?.get(tok.key) : undefined;
    if (saying) frame.agreement = saying;
    if (subjectEnd >= 0) continue;
    const next = tokens[j + 1];
    // «في بيان»، «خلال استقباله وفدا»: a setting noun, or a noun with its own pronoun (the subject's doing), after a preposition.
    // («وقالت المحكمة في حيثيات حكمها»: or a bare noun in construct with one.)
    const owned = (k: number) => isWord(tokens[k]) && lang.ownedNoun?.((tokens[k] as Token).written) === true;
    const setting =
      isWord(next) &&
      (settingNounAt(ctx, j + 1) || (j > subjectStart && (owned(j + 1) || (lang.articleless(next.key) === next.key && !next.quoted && owned(j + 2)))));
    if (
      (lang.settingPrepositions.has(tok.key) && setting && spelledAs(ctx, tok)) ||
      (j > subjectStart && gluedSetting(ctx, tok, () => titledBetween(ctx, subjectStart, j)))
    )
      subjectEnd = j;
    // «في الوقت الذي أكد فيه مدافع المنتخب …»: in a relative clause, the preposition with its pronoun right after the
    // verb points back at the antecedent; the subject follows it.
    // («في وقت أعلن فيه سولانا أن»: so does an indefinite antecedent, with no relative word.)
    else if (j === subjectStart && j === t + 1 && isWord(before) && lang.resumptive?.has(tok.key) && isWord(next) && !lang.complementisers.has(next.key))
      subjectStart = j + 1;
    // «الذين أعلنوا من جهتهم أنهم …», «وقال من جانبه الوزير …»: "for his part" says nothing of who speaks.
    else if (j === subjectStart && isWord(next) && lang.forOnesPart?.(tok.key, next.key) === true) {
      subjectStart = j + 2;
      j++;
    }
    // «وقال الرئيس الفرنسي خلال الحفل الختامي …»: a preposition of time or topic (not one a role links with: في، من،
    // لدى) ends the subject whatever noun follows it.
    else if (j > subjectStart && lang.settingPrepositions.has(tok.key) && !lang.roleLinkers.has(tok.key) && !lang.spellingSensitive.has(tok.key))
      subjectEnd = j;
    // («ورد الوزير على منتقديه بالقول إن …»: so does one the verb governs, written as the preposition, not the name «علي»
    // (in a text that keeps the two apart), after a one-word subject or a title; «قائد القوة الدولية للمساعدة على إرساء
    // الأمن» goes on.)
    else if (
      j > subjectStart &&
      (j === subjectStart + 1 || (isWord(tokens[j - 1]) && isTitleWord(lang, (tokens[j - 1] as Token).key)) || titleAndDefinite(ctx, subjectStart, j)) &&
      lang.verbFirst &&
      lang.governingPrepositions?.has(tok.key) === true &&
      !lang.roleLinkers.has(tok.key) &&
      lang.spellingSensitive.has(tok.key) &&
      // (In a text that writes «علي» for both, only before a noun with its own pronoun, «ورد الدويهي علي زميله»: a name
      // takes none.)
      (ctx.strictSpelling ? spelledAs(ctx, tok) : isWord(next) && lang.possessedNoun(next.written))
    )
      subjectEnd = j;
    // «وأكد في اتصاله مع …», «أعلن في وقت سابق أنه»: a phrase opening with a preposition is no subject; it is left out.
    else if (j === subjectStart && lang.governingPrepositions?.has(tok.key) === true && spelledAs(ctx, tok)) subjectEnd = j;
    // «وعلق X على ذلك بالقول "…"», «وبررت الوكالة القرار بقولها إنه …»: "by saying" ends the subject and its object.
    else if (j > subjectStart && lang.sayingNouns?.has(tok.key) === true) {
      subjectEnd = j;
      frame.objectMayFollow = true;
    } else if (
      (lang.subjectStops.has(tok.key) &&
        // (A word of the time of day inside a name the entity stage found is the name's: «خليل ابو ليلة».)
        !(tok.inName && lang.timeOfDay?.has(tok.key) === true) &&
        !titleOpening(ctx, j, subjectStart) &&
        !titleComplement(ctx, j, subjectStart) &&
        !issuedBy(ctx, j, subjectStart) &&
        !namedForTime(ctx, j, () => titledBetween(ctx, subjectStart, j)) &&
        !compoundName(ctx, j)) ||
      // («مسؤول فضل عدم الكشف عن اسمه»: a verb before «عدم», "preferred not to", ends the subject; «فضل» alone is a name.)
      (j > subjectStart && isWord(tokens[j + 1]) && lang.withheldNouns?.has((tokens[j + 1] as Token).bare) === true) ||
      isAddressee(ctx, j) ||
      gluedAddressee(
        ctx,
        j,
        () => titledBetween(ctx, subjectStart, j) || documentBetween(ctx, subjectStart, j) || describedBody(ctx, subjectStart, j),
        afterQuote,
      )
    ) {
      subjectEnd = j;
      inRelative = lang.relativeAntecedent?.has(tok.key) === true;
    }
    // «وأشار بلهجة مليئة بالسخرية إلى أن»: how it was said, and no subject: the speaker carries over.
    // («وقال بوين إن …»: one word before the complementiser is the subject, however it begins.)
    else if (j === subjectStart && lang.opensAdverbial?.(tok.written) && (complementAt(ctx, j + 1) < 0 || lang.prepositional?.(tok.written) === true))
      subjectEnd = j;
    // «ويرد الحيالي على ذلك بالقول إن»: a preposition before a demonstrative ends the subject, however «على» is spelt.
    else if (j > subjectStart && lang.settingPrepositions.has(tok.key) && isWord(next) && lang.pointingBack?.has(next.key) === true) subjectEnd = j;
    // «تقول نجلاء بصوت متهدج»: a word from the list of how one speaks ends the subject after a name too.
    else if (j > subjectStart && lang.manner?.(tok.written) === true) subjectEnd = j;
    // «"…"، يختم ولد سيدي عالي حديثه، وهو …»: a noun with its own pronoun closing the clause after two words is the
    // verb's object («رئيس المجلس نبيه بري» goes on with a name).
    else if (j >= subjectStart + 2 && !isWord(next) && !tok.quoted && lang.ownedNoun?.(tok.written) === true) subjectEnd = j;
    // «وختم نائب الوزير حديثه بالقول»: a setting's noun with its own pronoun («حديثه», «كلمته») is the verb's object,
    // never the name after a title.
    else if (j > subjectStart && !tok.quoted && lang.settingNouns.has(tok.key) && lang.possessorless(tok.key) !== tok.key) subjectEnd = j;
    // «وأضاف الإمام بحزن شديد أنه …», «وقال الوزير بصوت عال إن …»: after a definite title, how it was said ends the
    // subject (an indefinite word after it: «الرئيس بشار الأسد» goes on with a name).
    else if (
      j > subjectStart &&
      isWord(tokens[j - 1]) &&
      isTitleWord(lang, (tokens[j - 1] as Token).key) &&
      lang.articleless((tokens[j - 1] as Token).key) !== (tokens[j - 1] as Token).key &&
      lang.opensAdverbial?.(tok.written) &&
      !lang.roleLinkers.has(lang.possessorless(tok.key)) &&
      isWord(next) &&
      lang.articleless(next.key) === next.key
    )
      subjectEnd = j;
    // «وأضاف متمنيا للأدب أن …», «وقال الوزير مجددا إن …»: an accusative adverb before a function word says how; it
    // ends the subject, or stands for none («وقالت مونيكا لوينسكي» goes on with a name).
    // («وأضاف الرئيس السابق مخاطبا القاضي: …»: after the subject, one with a definite object too.)
    else if (
      lang.accusativeAdverb?.(tok.written) &&
      (functionWordAt(ctx, j + 1) || (j > subjectStart && isWord(next) && lang.articleless(next.key) !== next.key))
    )
      subjectEnd = j;
  }
  // («قال قائد الفريق، عبد الرحمن آل مفرح: «…»»: a colon may close an apposition opened by one comma.)
  const appositionToColon =
    lang.verbFirst &&
    isColon(tokens[j]) &&
    commas.length === 1 &&
    j - (commas[0] as number) > 1 &&
    nameLength(ctx, (commas[0] as number) + 1, j) <= APPOSED_NAME_WORDS;
  const end = subjectEnd >= 0 ? subjectEnd : appositionToColon ? j : Math.min(j, commas.length > 0 ? (commas[commas.length - 1] as number) + 1 : j);
  setSubject(ctx, frame, subjectStart, end, commas);
  if (roleBefore && frame.subject && !frame.role) frame.role = roleBefore;
  // «ونقل عنه مسؤول كبير قوله إن …»: the pronoun on the relay word is the speaker, named before; the phrase relays.
  if (relayedPronoun || (cue.relay && lang.relayPronouns?.has((tokens[t + 1] as Token | undefined)?.key ?? ''))) {
    frame.subject = null;
    frame.role = null;
  }
  const topic = topicSubject(ctx, t);
  if (topic) {
    const named = namedInAppositions(ctx, topic);
    frame.subject = named?.subject ?? topic;
    frame.role = named?.role ?? null;
  }
  // («"…". هذا ما قاله X …، مشيرا إلى أن …»: a verb pointing back at a quotation says it, whatever clause follows.)
  if (frame.contentStart >= 0 && pointsBackAt(ctx, t) >= 0) {
    const post = postFrame(ctx, t, { ...frame, contentStart: -1, objectStart: -1 });
    if (post) return post;
  }
  if (frame.contentStart < 0 && frame.objectStart < 0) return postFrame(ctx, t, frame);
  // «"…"، هكذا علق الوزير على القرار»: after a quotation, the verb's object is what the words were about.
  if (frame.contentStart < 0) {
    const post = postFrame(ctx, t, { ...frame, objectStart: -1 });
    if (post) return post;
  }
  // (Unless a title opens the long subject of a verb opening its clause: «ورد المتحدث باسم حماس سامي أبو زهري بأن …»;
  // not «… جولة محادثات بين منسق السياسة الخارجية … على أن», a preposition.)
  // («من جهته، بيّن وكيل الوزارة …»: so does one right after a fronted setting and its comma.)
  const opensClause = verb.conjunction > 0 || t === sentence.first || (t > sentence.first + 1 && pastFrontedSetting(ctx, sentence.first, t) === t);
  if (cue.weak && end - subjectStart > 3 && !(opensClause && titleOpening(ctx, subjectStart, subjectStart))) return null;
  // «غير أن مصادر أمنية أفادت صحيفة "الشرق" بأن …»: after «غير أن» / «لكن» a noun comes first (the particle's
  // noun), so a phrase between the opener and the verb is its subject; the words after the verb are its object.
  const opened = afterSubjectOpener(ctx);
  const subjectFirst = frame.subject !== null && opened > sentence.first && opened < t && verb.conjunction === 0;
  if (!frame.subject && resumed) {
    const giver = speechGiver(ctx, t);
    if (giver) {
      frame.subject = giver;
      frame.carried = false;
      return frame;
    }
  }
  // «وكان رئيس الوزراء إيهود أولمرت قد أعلن في وقت سابق أنه …»: with «قد» the subject stands before the verb.
  // (Not the outlet before «قد نقلت»: the source after «عن» speaks, «وكانت صحيفة … قد نقلت عن مصدر … قوله إن».)
  const sourceRelayed = relayed && frame.subject !== null;
  if (!frame.subject || subjectFirst || (!sourceRelayed && isWord(tokens[t - 1]) && lang.preVerbAdverbs.has((tokens[t - 1] as Token).key))) {
    const after = frame.subject;
    frame.subject = null;
    backSubject(ctx, frame, t);
    if (!frame.subject && lang.verbFirst) contrastSubject(ctx, frame, t);
    if (frame.subject) frame.role = null;
    else frame.subject = after;
  }
  frame.carried = frame.subject === null;
  return frame;
}

/** Words from a speech noun to the verb whose resumptive pronoun points back at it («رسالة على حسابه قال فيها»). */
const SPEECH_NOUN_WORDS = 4;

/**
 * «وألقى الوزير كلمة قال فيها إن …», «وعقد مؤتمرا صحفيا قال فيه …», «وردّ الحاج بمداخلة مطوّلة قال فيها:»: a verb whose
 * resumptive pronoun points back at the speech or occasion named just before it describes that noun; who spoke is the
 * subject of the verb opening the sentence, the words between that verb and the noun.
 */
function speechGiver(ctx: Ctx, t: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  // («وقد أدلى الرئيس بتصريح …», «كما ألقى …»: past a particle before the opening verb.)
  const particle = (tok: Token) => lang.preVerbAdverbs.has(withoutGluedConjunction(tok, lang.preVerbAdverbs)) || lang.alsoWords?.has(tok.bare) === true;
  let verb = sentence.first;
  while (verb < t && isWord(tokens[verb]) && particle(tokens[verb] as Token)) verb++;
  const from = verb + 1;
  for (let a = t - 1; a > from && t - a <= SPEECH_NOUN_WORDS; a--) {
    const tok = tokens[a];
    if (!isWord(tok)) return null;
    if (!indefiniteSpeechNoun(ctx, tok)) continue;
    if (a - from > NP_WORDS) return null;
    for (let k = from; k < a; k++) if (!isWord(tokens[k]) || lang.subjectStops.has((tokens[k] as Token).key)) return null;
    return { start: from, end: a };
  }
  return null;
}

/** «كلمة», «بيانا», «مؤتمرا», «بمداخلة»: a setting noun written indefinite, as an object or after a glued «بـ». */
function indefiniteSpeechNoun(ctx: Ctx, tok: Token): boolean {
  const { lang, text } = ctx;
  if (lang.articleless(tok.key) !== tok.key || lang.possessedNoun(tok.written)) return false;
  const glued = lang.procliticLength(tok.written, 'ب');
  const key = keyPast(lang, text, tok, glued && !glued.article && glued.length < tok.end - tok.start ? glued.length : 0);
  return lang.settingNouns.has(key) || (key.endsWith('ا') && lang.settingNouns.has(key.slice(0, -1)));
}

/**
 * «أما الرئيس السنيورة فقد اعتبر …»: a topic fronted by «أما» is the subject of the verb the
 * particle «ف» joins to it (on the verb or on its «قد»); the words after the verb are its object.
 */
function topicSubject(ctx: Ctx, t: number): { start: number; end: number } | null {
  const { tokens, lang, sentence, text } = ctx;
  const particle = lang.topicParticle;
  if (!particle || !lang.topicOpeners) return null;
  const verb = tokens[t] as Token;
  const before = tokens[t - 1];
  const joined = (tok: Token) => tok.conjunction > 0 && text.startsWith(particle, tok.start);
  // «فقد»: the particle on the verb's «قد» (the word splitter leaves it whole: «فقد» is also a word).
  // («أما نائب المحافظ … فأنه يقول إن …»: or on «إن» with the topic's pronoun.)
  const rest = isWord(before) && text.startsWith(particle, before.start) ? text.slice(before.start + particle.length, before.end) : '';
  const onAdverb = rest !== '' && (lang.preVerbAdverbs.has(lang.key(rest)) || (rest.length > 2 && lang.complementisers.has(lang.key(rest))));
  let end = onAdverb ? t - 1 : joined(verb) ? t : -1;
  if (end < 0) return null;
  // («أما حواء، فتقول إنها …»: a comma may close the topic.)
  if (isComma(tokens[end - 1])) end--;
  for (let k = end - 1; k >= Math.max(sentence.first, end - 1 - NP_WORDS); k--) {
    const tok = tokens[k] as Token;
    // («أما أم وليد، وهي ربة منزل …، فتقول», «أما أم إياد، التي تزرع …، فتقول»: past an aside about the topic.)
    const aside = tokens[k + 1];
    if (isComma(tok) && isWord(aside) && (lang.asideOpeners?.has(aside.key) || lang.relativeAntecedent?.has(aside.key))) {
      end = k;
      continue;
    }
    // («أما المتحدث باسم كتائب القسام، الجناح العسكري لحماس، أبو عبيدة، فقال»: past appositions between commas.)
    if (isComma(tok)) continue;
    if (!isWord(tok)) return null;
    if (lang.topicOpeners.has(tok.bare)) return k + 1 < end ? { start: k + 1, end } : null;
  }
  return null;
}

/**
 * «المتحدث باسم كتائب القسام، الجناح العسكري لحماس، أبو عبيدة», «المتحدث ذاته، حسام الشريف»: a subject of phrases
 * between commas whose last one opens on no title and no article is a name, the phrases before it its role.
 */
function namedInAppositions(ctx: Ctx, range: TokenRange): { subject: TokenRange; role: TokenRange } | null {
  const { tokens, lang } = ctx;
  const lastComma = lastCommaIn(ctx, range);
  if (lastComma < 0) return null;
  const first = tokens[lastComma + 1];
  if (!isWord(first) || lastComma + 1 >= range.end || lang.articleless(first.key) !== first.key || isTitleWord(lang, first.key)) return null;
  if (ownAside(ctx, lastComma + 1)) return null;
  return { subject: { start: lastComma + 1, end: range.end }, role: { start: range.start, end: lastComma } };
}

/**
 * «لجنة حماية الصحفيين، ومقرها نيويورك،», «المكتب المركزي، الذي يلقب بـ"…"،»: whether the word at `k` opens a clause
 * about the subject («و» on a noun with its pronoun, or a relative pronoun), which names no one.
 */
function ownAside(ctx: Ctx, k: number): boolean {
  const first = ctx.tokens[k];
  if (!isWord(first)) return false;
  if (first.conjunction === 0 && ctx.lang.verbFirst && ctx.lang.relativeAntecedent?.has(first.key) === true) return true;
  return first.conjunction > 0 && ctx.lang.possessedNoun(first.written.slice(first.conjunction));
}

/** The last comma in `range`, or -1. */
function lastCommaIn(ctx: Ctx, range: TokenRange): number {
  for (let k = range.end - 1; k >= range.start; k--) if (isComma(ctx.tokens[k])) return k;
  return -1;
}

/** A subject without an aside of its own after its last comma («، ومقرها نيويورك»). */
function withoutOwnAside(ctx: Ctx, range: TokenRange): TokenRange {
  const lastComma = lastCommaIn(ctx, range);
  return lastComma > range.start && ownAside(ctx, lastComma + 1) ? { start: range.start, end: lastComma } : range;
}

/** Tokens between the commas of a name in apposition right before the verb («، النائبة أمينة الفيلالي،»). */
const APPOSITION_TOKENS = 6;

/**
 * «غير أن رئيسة المجموعة النيابية للعدالة والتنمية، النائبة أمينة الفيلالي، اعتبرت أن …»: a title phrase opening the
 * clause, then the name in apposition between commas right before the verb: the name is the subject, the title its
 * role. Sets `frame.subject` and `frame.role`; whether it did.
 */
function apposedName(ctx: Ctx, frame: Frame, from: number, t: number): boolean {
  const { tokens } = ctx;
  let first = -1;
  for (let k = t - 2; k > from && t - 2 - k < APPOSITION_TOKENS; k--) {
    if (isComma(tokens[k])) {
      first = k;
      break;
    }
    if (!isWord(tokens[k])) return false;
  }
  if (first <= from || first - from > NP_WORDS) return false;
  for (let k = from; k < first; k++) if (!isWord(tokens[k])) return false;
  setSubject(ctx, frame, from, t - 1, [first]);
  // Only a name nameInApposition moved to the subject: anything else between the commas is no subject of its own.
  if (frame.subject && frame.subject.start > first) return true;
  frame.subject = null;
  frame.role = null;
  return false;
}

/** «الوزير لا يزال يؤكد», «والحكومة مازالت ترى»: where a "still" auxiliary, with its negation, stands right before the verb at `t`; `t` when none does. */
function stillStart(ctx: Ctx, t: number): number {
  const { tokens, lang } = ctx;
  const auxiliary = tokens[t - 1];
  if (!isWord(auxiliary) || lang.stillAuxiliaries?.has(auxiliary.bare) !== true) return t;
  const negation = tokens[t - 2];
  return isWord(negation) && lang.stillNegations?.has(negation.bare) === true ? t - 2 : t - 1;
}

/** «وكان رئيس النادي خالد المري قد قال …»: the subject stands between an auxiliary and «قد». */
function backSubject(ctx: Ctx, frame: Frame, t: number): void {
  const { tokens, lang, sentence } = ctx;
  // (The subject stands before a "still" auxiliary as it would before the verb.)
  const verbAt = stillStart(ctx, t);
  const before = tokens[verbAt - 1];
  // «وكان X قد قال» and, with a shorter subject, «وكانت تقارير صحفية ذكرت».
  const particle = isWord(before) && lang.preVerbAdverbs.has(before.key);
  // («وكانت المحكمة العليا الاميركية، اعتبرت …»: a comma may close the subject after the auxiliary.)
  const comma = !particle && isComma(before) && lang.verbFirst;
  const end = particle || comma ? verbAt - 1 : verbAt;
  if (!particle && relativeAside(ctx, frame, t)) return;
  const words = particle ? NP_WORDS : BARE_AUXILIARY_SUBJECT;
  // («في المقابل، مصادر مطلعة كشفت لـ"عكاظ" أن»: past a fronted setting and its comma.)
  const opened = afterSubjectOpener(ctx);
  const from = lang.verbFirst && !particle && opened === sentence.first ? pastFrontedSetting(ctx, opened, t - 1) : opened;
  if (comma && apposedName(ctx, frame, from, t)) return;
  for (let k = end - 1; k >= Math.max(sentence.first, from, end - 1 - words); k--) {
    const tok = tokens[k] as Token;
    // («وكان المتحدث ذاته، حسام الشريف، قد أكد»: before «قد», past an apposition between commas; and past marks in it,
    // «وكان تقرير صادر عن منظمة " اطباء بلا حدود " قد افاد».)
    if (particle && (isComma(tok) || tok.type === 'mark') && k > from) continue;
    if (!isWord(tok)) return;
    if (lang.auxiliaries.has(tok.bare)) {
      // (Only when the auxiliary opens the sentence: «عما كانت تعدو به سابقا، وتكهن» is another clause's.)
      if (k + 1 < end && (!comma || k === sentence.first)) {
        const subject = { start: k + 1, end: isComma(tokens[end - 1]) ? end - 1 : end };
        // («وكان تقرير صادر عن منظمة … الاسبوع الماضي قد افاد»: a time ends it before «قد».)
        for (let m = subject.start + 1; particle && m < subject.end; m++) {
          const word = tokens[m] as Token;
          if (isWord(word) && !word.quoted && lang.timeWords?.has(word.key) === true) subject.end = m;
        }
        const named = particle ? namedInAppositions(ctx, subject) : null;
        frame.subject = named?.subject ?? withoutOwnAside(ctx, subject);
        if (named) frame.role = named.role;
      }
      return;
    }
  }
  if (comma) return;
  // «الشرطة قالت إنها …»: a definite noun phrase opening the sentence, right before the verb, is its subject;
  // after a contrastive opener («ولكن متحدثة باسم الجيش قالت», «غير أن مسؤولا قال») an indefinite one too.
  const first = tokens[from] as Token;
  const span = end - from;
  // («لكن مصدرا في قوة الاتحاد الافريقي في دارفور اكد ان …»: after a contrastive opener, a longer one, its noun the
  // particle's.)
  const longest = from > sentence.first && from === opened ? OPENED_SUBJECT_WORDS : BARE_AUXILIARY_SUBJECT;
  if (particle || span < 1 || span > longest || !isWord(first) || first.conjunction !== 0) return;
  // («يديعوت قالت إن», «مصادر دبلوماسية ذكرت أن»: an indefinite phrase too; not a particle with its pronoun, «لكنه أضاف».)
  if (lang.articleless(first.key) === first.key && from === sentence.first && lang.subjectOpeners?.has(lang.possessorless(first.key))) return;
  // («ثم أضاف: "…"»: an adverb or conjunction opening the sentence is no subject.)
  if (span === 1 && (lang.openingAdverbs?.has(first.key) === true || lang.coordinators.has(first.key))) return;
  // («وعن الجوائز قالت: "…"»: nor a phrase a preposition opens, "about the prizes".)
  const governing = lang.governingPrepositions;
  if (lang.verbFirst && governing?.has(withoutGluedConjunction(first, governing)) === true) return;
  // (Right after an opener, «متحدثا» heads the subject: it is no circumstantial participle there.)
  for (let k = from; k < end; k++)
    if (!isWord(tokens[k]) || (lang.subjectStops.has((tokens[k] as Token).key) && !(k === from && from > sentence.first))) return;
  frame.subject = { start: from, end };
}

/** Words a setting fronted before a sentence's subject or verb may have («وفي بيروت،», «وفي وقت لاحق،»). */
const FRONTED_SETTING_WORDS = 4;

/**
 * Past a setting fronted at `from` up to its comma («وفي بيروت، رحب …», «في المقابل، مصادر مطلعة كشفت»): the token
 * after the comma, looked for before `limit`; `from` when no setting preposition opens there or no comma closes it soon.
 */
export function pastFrontedSetting(ctx: Ctx, from: number, limit: number): number {
  const { tokens, lang } = ctx;
  const lead = tokens[from];
  if (!isWord(lead)) return from;
  if (!lang.settingPrepositions.has(withoutGluedConjunction(lead, lang.settingPrepositions))) return from;
  let c = from + 1;
  while (c < Math.min(limit, from + FRONTED_SETTING_WORDS + 1) && isWord(tokens[c])) c++;
  return c > from + 1 && isComma(tokens[c]) ? c + 1 : from;
}

/**
 * A word's key without the «و» or «ف» glued to it, for a look-up in `table`: the tokens keep the conjunction on a word
 * of two letters («وفي», «وعن»), which the table may hold whole.
 */
export function withoutGluedConjunction(tok: Token, table: ReadonlySet<string>): string {
  if (tok.conjunction > 0) return tok.bare;
  return !table.has(tok.key) && /^[وف]/u.test(tok.key) ? tok.key.slice(1) : tok.key;
}

/** Where a subject opening the sentence starts: past a contrastive opener and its complementiser («غير أن», «لكن»). */
function afterSubjectOpener(ctx: Ctx): number {
  const { tokens, lang, sentence } = ctx;
  const opener = tokens[sentence.first];
  if (!isWord(opener) || !lang.subjectOpeners?.has(opener.bare)) return sentence.first;
  return sentence.first + (lang.complementisers.has((tokens[sentence.first + 1] as Token | undefined)?.key ?? '') ? 2 : 1);
}

/**
 * «الوزير، الذي كان يتحدث في مؤتمر صحفي، قال إن …», «أحد الأطباء، الذي سألته جوليانا، قال»: a noun phrase opening the
 * sentence, then a relative clause between commas right before the verb: the phrase is the verb's subject (not whom
 * the relative clause names). Sets `frame.subject`; whether it did.
 */
function relativeAside(ctx: Ctx, frame: Frame, t: number): boolean {
  const { tokens, lang } = ctx;
  if (!isComma(tokens[t - 1])) return false;
  const from = afterSubjectOpener(ctx);
  if (!isWord(tokens[from]) || (tokens[from] as Token).conjunction !== 0) return false;
  let comma = -1;
  for (let k = t - 2; k > from && k >= t - 2 - NP_WORDS; k--) {
    if (isComma(tokens[k])) {
      comma = k;
      break;
    }
    if (tokens[k]?.type === 'punct') return false;
  }
  const relative = tokens[comma + 1];
  if (comma < 0 || comma - from > BARE_AUXILIARY_SUBJECT || !isWord(relative)) return false;
  // («طبيبة مقيمة في القسم، فضلت عدم الكشف عن اسمها، قالت», «غير أن أم فيصل، وهي من سكان الحي، ترى»: an aside asking
  // not to be named, or one opening on «وهي», follows any subject, an indefinite one too.)
  const withheld = tokens[comma + 2];
  const aside = lang.asideOpeners?.has(relative.key) === true || (isWord(withheld) && lang.withheldNouns?.has(withheld.bare) === true && comma + 2 < t - 1);
  if (!aside && lang.relativeAntecedent?.has(relative.key) !== true) return false;
  for (let k = from; k < comma; k++) if (!isWord(tokens[k]) || lang.subjectStops.has((tokens[k] as Token).key)) return false;
  // A definite phrase, a title, or a noun in construct with a definite word («أحد الأطباء»): no verb's object.
  const first = tokens[from] as Token;
  const second = tokens[from + 1];
  const definite =
    lang.articleless(first.key) !== first.key ||
    isTitleWord(lang, first.key) ||
    (isWord(second) && from + 1 < comma && lang.articleless(second.key) !== second.key);
  if (!definite && !aside) return false;
  frame.subject = { start: from, end: comma };
  return true;
}

/**
 * «عضو المكتب السياسي ل ـ «الجبهة الشعبية»»: whether the mark at `j` follows a one-letter preposition drawn out with a
 * tatweel typed apart (one token back at most past the tatweel), as «لـ«…»» glued does.
 */
function drawnOutPreposition(ctx: Ctx, j: number): boolean {
  const mark = ctx.tokens[j] as Token;
  for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
    const w = ctx.tokens[k] as Token;
    if (w.type === 'word' && /^[لب]$/u.test(ctx.text.slice(w.start, w.end))) return /^[\s\u0640]*$/u.test(ctx.text.slice(w.end, mark.start));
  }
  return false;
}

/** A word's key without its first `length` characters, which a clitic took («للصورة» → «صورة»); its own key when none. */
export function keyPast(lang: QuoteLanguage, text: string, tok: Token, length: number): string {
  return length > 0 ? lang.key(text.slice(tok.start + length, tok.end)) : tok.key;
}

/** Words a subject may have between an auxiliary and its verb when no «قد» marks the verb. */
const BARE_AUXILIARY_SUBJECT = 4;
/** Words a subject right after a contrastive opener («لكن», «غير أن») may have before its verb. */
const OPENED_SUBJECT_WORDS = 8;

/** Splits the words after a verb into name and apposition: «آصف ملحم، مدير …،». */
function setSubject(ctx: Ctx, frame: Frame, start: number, end: number, commas: readonly number[]): void {
  const firstComma = commas.find((c) => c >= start && c < end);
  const nameEnd = firstComma ?? end;
  if (nameEnd > start && ctx.tokens.slice(start, nameEnd).every((t) => t.type !== 'punct')) frame.subject = { start, end: nameEnd };
  if (firstComma !== undefined && frame.subject) {
    const second = commas.find((c) => c > firstComma) ?? end;
    const roleEnd = Math.min(second, end);
    if (roleEnd > firstComma + 1) frame.role = { start: firstComma + 1, end: roleEnd };
  }
  if (ctx.lang.verbFirst) nameInApposition(ctx, frame);
}

/** Words a name in apposition may have («رنا القضاة», «منير الجبالي»), its particles not counted. */
const APPOSED_NAME_WORDS = 4;

/**
 * Words of a name in [start, end) past its leading titles and ranks, the links of a lineage not
 * counted: «المقدم عبد الله بن سيف الحبسي» weighs four, as «منير الجبالي» weighs two.
 */
function nameLength(ctx: Ctx, start: number, end: number): number {
  const { tokens, lang } = ctx;
  let s = start;
  while (s < end && isWord(tokens[s]) && isTitleWord(lang, (tokens[s] as Token).key)) s++;
  let n = 0;
  for (let k = s; k < end; k++) if (!lang.nameParticles?.has((tokens[k] as Token).key)) n++;
  return n;
}

/**
 * «وقال مدرب الشروق، التونسي منير الجبالي، …»: a definite title phrase first and the name in the
 * apposition after it. The name is the speaker and the title its role; descriptive words before
 * the name («التونسي») belong to neither. An indefinite title («مسؤول، طلب عدم ذكر اسمه،») keeps
 * its apposition as a role.
 */
function nameInApposition(ctx: Ctx, frame: Frame): void {
  const { subject, role } = frame;
  if (!subject || !role) return;
  const { tokens, lang } = ctx;
  const first = tokens[subject.start] as Token;
  if (!isTitleWord(lang, first.key)) return;
  // Definite itself («المتحدثة باسم يونيسف»), or through its idafa chain: a word with the article before any preposition.
  let definite = lang.articleless(first.key) !== first.key;
  for (let k = subject.start + 1; k < subject.end && !definite; k++) {
    const key = (tokens[k] as Token).key;
    if (lang.roleLinkers.has(key) || lang.settingPrepositions.has(key)) break;
    definite = lang.articleless(key) !== key;
  }
  if (!definite || namesHead(ctx, subject)) return;
  let s = role.start;
  // Descriptive words with the article before the name (التونسي منير الجبالي).
  while (s < role.end - 2 && isWord(tokens[s]) && lang.articleless((tokens[s] as Token).key) !== (tokens[s] as Token).key) s++;
  if (nameLength(ctx, s, role.end) > APPOSED_NAME_WORDS || !tokens.slice(s, role.end).every((t) => isWord(t) && !lang.titles.has(t.key))) return;
  const name = { start: s, end: role.end };
  // («المتحدث باسم الرئاسة، في إفادته اليومية، إن»: a setting between the commas names no one.)
  // («، البرتغالي روي فيريرا،»: or bare words after an adjective of origin, a name no table knows.)
  const named = names(ctx, name) || (s > role.start && originAndName(ctx, { start: s - 1, end: role.end }));
  if (!named || settingAt(ctx, s)) return;
  frame.role = subject;
  frame.subject = name;
}

/**
 * A cue with nothing after it but the speaker: the content is before it, up to the comma or the
 * closing mark in front of the attribution («…»، قال فلان · "…," she said · …, officials said).
 */
function postFrame(ctx: Ctx, t: number, frame: Frame, known?: { subject: TokenRange; role: TokenRange | null }): Frame | null {
  const { tokens, sentence, lang } = ctx;
  // ("The law's author, state Sen. Bryan Hughes, said": a verb's bare form right before a capitalised title agrees with
  // no subject there; it describes the name. "…, say Democrats" stays.)
  const verb = tokens[t] as Token;
  const next = tokens[t + 1];
  const cue = lang.cues.get(verb.key);
  // (A bare form is one whose third person is a cue too: "state" → "states"; "said" has none.)
  const bare =
    cue !== undefined &&
    !cue.participle &&
    cue.agreement === undefined &&
    [`${verb.key}s`, `${verb.key}es`, `${verb.key.replace(/y$/u, 'ie')}s`].some((k) => lang.cues.get(k)?.agreement !== undefined);
  if (lang.casedNames && bare && isWord(next) && isCapitalised(ctx, next) && titleOf(lang, next.key) !== undefined) return null;
  // ("Holloway, asked later whether she would return, shrugged.": a verb of asking with what was asked after it, a word
  // between at most, is the one asked, not an attribution of the words before it.)
  if (cue?.asks && !known) {
    const q = isWord(next) && lang.questionWords?.has(next.key) ? t + 1 : t + 2;
    if (isWord(tokens[q]) && lang.questionWords?.has((tokens[q] as Token).key) === true && q < sentence.last - 1) return null;
  }
  let boundary = t - 1;
  let subject: TokenRange | null = null;
  if (known) {
    // '"…," Jack Buser, director for games at Google, tells X': the subject and its apposition read before.
    boundary = Math.min(known.subject.start, known.role?.start ?? t) - 1;
    subject = known.subject;
    if (known.role) frame.role = known.role;
  } else if (!lang.verbFirst) {
    const before = subjectBefore(ctx, t);
    if (before) {
      boundary = before.start - 1;
      subject = before;
    }
  }
  let b = boundary;
  // «…، كما أعلنت الرئاسة الفرنسية.»: "as X announced", closing the sentence with its subject and at most a short setting
  // («أمس», «في بيان لها»), attributes the words before it (with other words after the subject it is "X also announced …").
  if (lang.verbFirst && !known && frame.subject && isWord(tokens[b]) && lang.alsoWords?.has((tokens[b] as Token).key) && b - 1 > sentence.first) {
    let k = frame.subject.end;
    while (k < sentence.last && !isWord(tokens[k]) && tokens[k]?.type !== 'mark') k++;
    if ((k < sentence.last && !settingCloses(ctx, k)) || (!isWord(tokens[b - 1]) && !isComma(tokens[b - 1]))) return null;
    // («كما أعلنت الوزارة عن خطة»: a preposition after anything but a title opens the verb's object.)
    for (let p = frame.subject.start + 1; p < frame.subject.end; p++) {
      const key = (tokens[p] as Token).key;
      if (lang.governingPrepositions?.has(key) && !isTitleWord(lang, (tokens[p - 1] as Token).key)) return null;
    }
    frame.contentEnd = isComma(tokens[b - 1]) ? b - 1 : b;
    frame.contentStart = -1;
    frame.carried = false;
    return frame;
  }
  // «"…"، هكذا قال الوزير»: "thus" between the quotation and its verb points back at it; so do «هذا ما».
  const back = lang.verbFirst ? pointsBackAt(ctx, t) : -1;
  if (back >= 0) b = back;
  else if (isWord(tokens[b]) && lang.thusWords?.has((tokens[b] as Token).key) === true) b--;
  // ('"…," as one federal worker put it.': "as" right after a quotation points back at it.)
  else if (
    !lang.verbFirst &&
    isWord(tokens[b]) &&
    lang.asAttribution?.has((tokens[b] as Token).key) === true &&
    (isClose(tokens[b - 1]) || (isComma(tokens[b - 1]) && isClose(tokens[b - 2])))
  )
    b--;
  if (isComma(tokens[b]) && isClose(tokens[b - 1])) b--;
  if ((b < sentence.first && back < 0) || !(isComma(tokens[b]) || isClose(tokens[b]))) return null;
  // Verb-first languages put an attribution after its content only behind quotation marks («…»، قال).
  if (lang.verbFirst && !isClose(tokens[b])) return null;
  // ("Later, Ford said.", "After that, Ford wrote, and wrote": an adverbial before the comma is no clause said; "This
  // system, Locksley said, helps direct …" is the subject of a clause the attribution interrupts.)
  if (!isClose(tokens[b])) {
    let words = 0;
    for (let k = sentence.first; k < b && words < INVERTED_CLAUSE_WORDS; k++) if (isWord(tokens[k])) words++;
    const first = tokens[sentence.first];
    const adverbial = words < INVERTED_CLAUSE_WORDS && (words < 2 || (isWord(first) && lang.settingPrepositions.has(first.key)));
    // (Read on only for such a short phrase: whether the sentence resumes after a comma past the attribution.)
    let resumes = false;
    for (let k = t + 1; adverbial && k + 1 < sentence.last && !resumes; k++) {
      const next = tokens[k + 1];
      resumes = isComma(tokens[k]) && isWord(next) && !isCapitalised(ctx, next) && !lang.coordinators.has(next.key);
    }
    if (adverbial && !resumes) return null;
  }
  // ('… known to supporters as “Big Clem,” showed no emotion', 'called him the "Yield King," pleaded guilty': a name in
  // marks right before the verb is no quotation it attributes.)
  // (Two words or more: '"No," he said' is a reply.)
  const named = isClose(tokens[b]) && !known ? openToken(ctx, b) : -1;
  if (named >= 0 && wordsInSpan(ctx, named) >= 2 && isTermSpan(ctx, named)) return null;
  frame.contentEnd = isClose(tokens[b]) ? b + 1 : b;
  frame.contentStart = -1;
  if (subject) frame.subject = subject;
  else if (!lang.verbFirst) {
    // Speaker after the verb: "…," said Smith (verb-first languages read it in `verbFirstFrame`); after "told" it
    // is the addressee ("…, told Newsweek"), never the speaker.
    const np = cue?.addressee ? null : forwardPhrase(ctx, t + 1);
    // ("Park, who has voiced characters in two franchises, said the strike had cost her …": words after the verb with a
    // finite verb of their own are a clause it reports, no subject after it; so after a title in marks, "… in "Ember
    // Knights," said the strike …". After a quotation of speech the inverted reading stands.)
    // ("… “Low Tide Men,” said Declan was …": or a finite verb right after the phrase.)
    if (np && (!isClose(tokens[b]) || titleClosing(ctx, b)) && clauseBetween(ctx, np.start, Math.min(np.end + 1, sentence.last))) return null;
    // ('The tagline, “Some lights never go out,” promises a sentimentality …': after a weak cue, often a verb of another
    // sense, a phrase that names no one who speaks is its object.)
    if (np && !np.role && cue?.weak && !canSpeakPhrase(ctx, np.start, np.end)) return null;
    // ("…, says plants 'no longer competitive'": a bare plural after a singular verb is no subject of it, but the clause
    // it reports, with the headline's own subject elided; "…, say analysts" is one.)
    const bare = np ? (tokens[np.start] as Token) : undefined;
    if (np && bare && np.end - np.start === 1 && cue?.agreement?.number === 'sg' && !isCapitalised(ctx, bare) && isPluralNoun(bare.written)) return null;
    if (np) {
      frame.subject = { start: np.start, end: np.end };
      if (np.role) frame.role = np.role;
      // "said another witness, former White House adviser Fiona Hill": the name is in the apposition.
      if (np.role && !names(ctx, np) && namesInApposition(ctx, np.role)) [frame.subject, frame.role] = [np.role, frame.subject];
    } else if (!isClose(tokens[b]))
      return null; // unquoted words before a verb with no subject at all: no attribution
    // ('… contacts with the “whistleblower,” read into the record …': nor a word or two in marks, a term, before a verb
    // with no subject.)
    else if (openToken(ctx, b) >= 0 && wordsInSpan(ctx, openToken(ctx, b)) < 3) return null;
  }
  if (frame.subject && frame.subject.start > t) frame.tail = Math.max(frame.subject.end, frame.role?.end ?? 0);
  // "The plan, officials said, would cost $3 million": an attribution set between commas inside unmarked words
  // attributes the words after it too, as a second quote (`continuation`).
  if (!lang.verbFirst) {
    const addressee = cue?.addressee;
    const after = skipSettings(ctx, addressee ? skipAddressee(ctx, frame.tail) : frame.tail);
    let last = sentence.last - 1;
    while (last > after && trailingPunct(tokens[last])) last--;
    // Words going on after the comma, not a setting closing the attribution (", on Tuesday."), are a second quote.
    // (", which was published …" after "wrote in the new paper" describes the setting: no one's words.)
    const opener = tokens[after + 1];
    // (", as a regional push for a ceasefire appeared to stall": a subordinate clause after it is the narrator's.)
    const relative =
      isWord(opener) &&
      (lang.relativePronouns?.has(opener.key) === true ||
        (lang.casedNames &&
          (lang.asAttribution?.has(opener.key) === true ||
            lang.adjunctOpeners?.has(opener.key) === true ||
            lang.bareClauseOpeners?.has(opener.key) === true ||
            lang.contrastClauses?.has(opener.key) === true ||
            // (", citing the regional health commission", ", adding …": a participle's phrase is the attribution's.)
            lang.gerund?.(opener.key) === true)));
    // After a quotation ('"… for that," Cook said, most do …') only a clause of its own that no conjunction, participle or
    // name opens goes on with the speaker's words ('"…," he said, as the crowd cheered' is narration).
    const ownClause =
      !isClose(tokens[b]) ||
      (isWord(opener) && !isCapitalised(ctx, opener) && !lang.subjectStops.has(opener.key) && lang.gerund?.(opener.key) !== true && finiteSoon(ctx, after + 1));
    // ('… are not "bolt-on things," Cook said, but instead "embedded in who we are."': a conjunction and a word at most
    // before a quotation mark go on with the speaker's words, in marks.)
    const quotedOn =
      isClose(tokens[b]) &&
      isWord(opener) &&
      lang.coordinators.has(opener.key) &&
      (isOpen(tokens[after + 2]) || (isWord(tokens[after + 2]) && isOpen(tokens[after + 3])));
    // ('"I do not see a role for the Gateway," he said, although it could later support …': a concession with a clause of
    // its own goes on with the speaker's argument; '"…," she said, as the crowd cheered' stays narration.)
    const conceding = isClose(tokens[b]) && isWord(opener) && lang.concessives?.has(opener.key) === true && finiteSoon(ctx, after + 2);
    if ((quotedOn || conceding || (ownClause && !relative)) && isComma(tokens[after]) && isWord(opener) && skipSettings(ctx, after + 1) <= last) {
      // «, and "patched" the software»: the conjunction joins the two halves and belongs to neither.
      const joined = lang.coordinators.has((tokens[after + 1] as Token).key);
      frame.continuation = joined && after + 2 <= last ? after + 2 : after + 1;
    }
  }
  if (subject && ctx.lang.pronouns.has((tokens[subject.start] as Token).key) && subject.end - subject.start === 1) {
    frame.agreement = lang.pronouns.get((tokens[subject.start] as Token).key) as Agreement;
    frame.subject = null;
  }
  frame.carried = frame.subject === null;
  return frame;
}

/** Words a time clause after a verb may have before its complementiser ("said while visiting the plant that"). */
const ADJUNCT_WORDS = 10;

/** Words a setting between a speaker and an apposition may have ("in the impeachment probe"). */
const SETTING_WORDS = 6;

/** A speaker phrase after the verb, with a role after a comma: "said Jane Smith, director of X". */
function forwardPhrase(ctx: Ctx, from: number): (TokenRange & { role?: TokenRange }) | null {
  const { tokens, lang, sentence } = ctx;
  // "…, promises of improved access": a noun and its complement, not a verb and its subject.
  // "asked them about …": an object pronoun, never the speaker.
  if (isWord(tokens[from]) && (lang.nonClauseWords.has((tokens[from] as Token).key) || lang.objectPronouns?.has((tokens[from] as Token).key))) return null;
  let j = from;
  const stopAt = Math.min(sentence.last, from + NP_WORDS);
  while (j < stopAt) {
    const tok = tokens[j] as Token;
    if (!isWord(tok) || lang.subjectStops.has(tok.key) || lang.complementisers.has(tok.key)) break;
    // "says Chris Early": a capitalised setting word that is no date is a name.
    const named = lang.casedNames && isCapitalised(ctx, tok) && !lang.calendarWords?.has(tok.key);
    if (lang.settingPrepositions.has(tok.key) && !lang.roleLinkers.has(tok.key) && !named) break;
    // A cue word after an article is a noun ("said a report from Kotak"), part of the phrase.
    if (j > from && lang.cues.has(tok.key) && !lang.determiners?.has((tokens[j - 1] as Token).key)) break;
    j++;
  }
  if (j === from) return null;
  // ("…, says they offer "…"": a pronoun with words after it opens the clause said, it is no inverted speaker.)
  const opener = tokens[from] as Token;
  // ("'sensational' claims made in a post": a past participle alone after the verb is no speaker.)
  if (j === from + 1 && !isCapitalised(ctx, opener) && lang.pastParticiple?.(opener.key) === true) return null;
  if (lang.casedNames && j > from + 1 && lang.pronouns.has(opener.key)) return null;
  const out: TokenRange & { role?: TokenRange } = { start: from, end: j };
  // "said another witness in the impeachment probe, former adviser Fiona Hill": a short setting before the apposition.
  if (isWord(tokens[j]) && lang.settingPrepositions.has((tokens[j] as Token).key)) {
    let k = j + 1;
    while (k < Math.min(sentence.last, j + SETTING_WORDS) && isWord(tokens[k])) k++;
    if (isComma(tokens[k])) j = k;
  }
  // '"We lost," said Smith, 34, a former Marine': an age is no role; the apposition after it is.
  if (isComma(tokens[j]) && isWord(tokens[j + 1]) && isNumber((tokens[j + 1] as Token).key) && isComma(tokens[j + 2])) j += 2;
  if (isComma(tokens[j])) {
    let k = j + 1;
    while (k < Math.min(sentence.last, j + 1 + NP_WORDS) && isWord(tokens[k]) && !lang.cues.get((tokens[k] as Token).key)?.participle) k++;
    const first = tokens[j + 1];
    // ('"This," said Smith, pointing to the map, "is …"': a participle's phrase is no role.)
    const participle = isWord(first) && lang.casedNames && !isCapitalised(ctx, first) && participleOrPreposition(ctx, first.key);
    if (k > j + 1 && isWord(first) && !lang.subjectStops.has(first.key) && !participle) out.role = { start: j + 1, end: k };
  }
  return out;
}

/** Words a parenthesis after a name may hold ("(R-S.C.)", "(D-Calif.)"). */
const PAREN_TOKENS = 8;

/** Tokens a wire dateline may take before its dash ("WELLINGTON, Feb 19 (Reuters) -"). */
const DATELINE_TOKENS = 12;

/** The token after a wire dateline's credit and dash opening the sentence ("TOKYO, Jan 24 (Reuters) - The …"); else the sentence's first. */
export function afterDateline(ctx: Ctx): number {
  const { tokens, sentence } = ctx;
  // ("(Bloomberg) -- Arden Power …": a dash typed as two hyphens, too.)
  const isDash = (t: Token | undefined) => t?.type === 'punct' && /^[-–—]{1,2}$/u.test(t.key);
  // ("MANCHESTER, N.H. — Brenda Calloway …": a place in capitals and a dash with no credit between.)
  const capitals = ctx.lang.casedNames && isWord(tokens[sentence.first]) && /^\p{Lu}{3,}$/u.test((tokens[sentence.first] as Token).written);
  for (let k = sentence.first; k < Math.min(sentence.last - 1, sentence.first + DATELINE_TOKENS); k++) {
    const tok = tokens[k] as Token;
    if (capitals && k > sentence.first && k <= sentence.first + CAPITALS_DATELINE_TOKENS && isDash(tok)) return k + 1;
    if (tok.type === 'mark') return sentence.first;
    if (tok.type !== 'punct' || tok.key !== ')') continue;
    if (!isDash(tokens[k + 1])) return sentence.first;
    return isDash(tokens[k + 2]) ? k + 3 : k + 2;
  }
  return sentence.first;
}

/** Tokens a dateline with no credit may take before its dash ("MANCHESTER, N.H. —", "LOS ANGELES —"). */
const CAPITALS_DATELINE_TOKENS = 6;

/**
 * Past an adverbial opening at `from` ("In his announcement, …", "During Prime Minister's Questions Wednesday, …"): the
 * token after its comma, looked for before `limit`; `from` when no preposition opens one; -1 when its comma is not found.
 */
export function pastOpeningAdverbial(ctx: Ctx, from: number, limit: number): number {
  const { tokens, lang } = ctx;
  const opener = tokens[from];
  // ("Speaking at a packed event in Santa Monica, …", "Asked about the deal, …": a participle's clause too, when a
  // preposition or an article follows it; "Boeing is …" is a name.)
  const after = tokens[from + 1];
  const participle =
    isWord(opener) &&
    lang.casedNames &&
    (lang.gerund?.(opener.key) === true || lang.pastParticiple?.(opener.key) === true) &&
    isWord(after) &&
    // ("Asked what she tells …,", "Asked whether …,": or a question word.)
    (lang.nonClauseWords.has(after.key) || lang.determiners?.has(after.key) === true || lang.questionWords?.has(after.key) === true);
  if (!isWord(opener) || !(lang.nonClauseWords.has(opener.key) || lang.settingPrepositions.has(opener.key) || participle)) return from;
  let comma = from + 1;
  while (comma < limit && !isComma(tokens[comma])) comma++;
  return isComma(tokens[comma]) ? comma + 1 : -1;
}

/** Before a closing parenthesis at `b` ("Graham (R-S.C.)"), the token before its opening one; else `b`. */
function beforeParenthesis(ctx: Ctx, b: number): number {
  const close = ctx.tokens[b];
  if (close?.type !== 'punct' || close.key !== ')') return b;
  for (let k = b - 1; k >= Math.max(ctx.sentence.first, b - PAREN_TOKENS); k--) {
    const tok = ctx.tokens[k] as Token;
    if (tok.type === 'punct' && tok.key === '(') return k - 1;
    if (tok.type === 'mark') return b;
  }
  return b;
}

/** Subject-first languages: the noun phrase before the verb, through adverbs and an apposition. */
function subjectBefore(ctx: Ctx, t: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  // ("The cutback led the French manufacturer to announce it would scrap …": the controlling verb's object.)
  const controlled = controlledObject(ctx, t);
  if (controlled) return controlled;
  // "Sen. Lindsey Graham (R-S.C.) said": the party and state in parentheses are no part of the phrase.
  // "Mr. Trump continues to insist": the verb carrying the infinitive stands where the cue would.
  const carrier = carrierBefore(ctx, t);
  let b = beforeParenthesis(ctx, (carrier >= 0 ? carrier : t) - 1);
  while (b >= sentence.first && isWord(tokens[b]) && (lang.preVerbAdverbs.has((tokens[b] as Token).key) || mannerAdverb(ctx, b))) b--;
  // ("A federal judge on Tuesday ruled that": when it was said, right before the verb, is no part of who said it.)
  // ("Posts on the message board from Friday theorized": a date other words tie to the noun describes it.)
  const link = tokens[b - 1];
  const describing = isWord(link) && lang.calendarBefore?.has(link.key) === true && lang.whenLinks?.has(link.key) !== true;
  if (lang.casedNames && b > sentence.first && isWord(tokens[b]) && lang.calendarWords?.has((tokens[b] as Token).key) && !describing) {
    const dated = isWord(link) && lang.whenLinks?.has(link.key) === true && !isCapitalised(ctx, link) ? b - 2 : b - 1;
    if (dated >= sentence.first && isWord(tokens[dated])) b = dated;
  }
  if (b < sentence.first) return null;
  const tok = tokens[b] as Token;
  if (isWord(tok) && lang.pronouns.has(tok.key)) return { start: b, end: b + 1 };
  if (isWord(tok) && lang.coordinators.has(tok.key)) return leadingSubject(ctx, b);
  // "He flew to Florida to meet Devocht, who had told Montalvo he would help": a relative clause after the sentence's own
  // verb; the name right before "who" speaks (one opening the sentence, "The lawyer, who told …, left", is left alone:
  // the clause would end inside the sentence).
  if (isWord(tok) && lang.casedNames && lang.relativeAntecedent?.has(tok.key)) return antecedentName(ctx, isComma(tokens[b - 1]) ? b - 1 : b);
  // "The ministry issued a statement that said …", "a blog post which said": a document or utterance before the relative
  // word says it (and speaks for its issuer).
  if (isWord(tok) && lang.casedNames && (lang.complementisers.has(tok.key) || lang.relativePronouns?.has(tok.key) === true) && isWord(tokens[b - 1])) {
    const head = lang.articleless((tokens[b - 1] as Token).key);
    if (lang.settingNouns.has(head) || lang.documentNouns?.has(head)) {
      // From its determiner ("a blog post"), not from the verb that made it.
      let d = b - 1;
      while (d > Math.max(sentence.first, b - 4) && isWord(tokens[d - 1]) && !lang.nonFiniteBefore.has((tokens[d] as Token).key)) d--;
      const start = lang.nonFiniteBefore.has((tokens[d] as Token).key) ? d : b - 1;
      // ("The company published a blog post that said": its issuer, when the sentence opens on it and one verb.)
      const verb = tokens[start - 1];
      const issuer = start - 2 >= sentence.first && isWord(verb) && !isCapitalised(ctx, verb) ? phraseEndingAt(ctx, start - 2) : null;
      return issuer?.start === sentence.first ? issuer : { start, end: b };
    }
  }
  // ("Pepsi, Coca-Cola, Costco and Winnebago are among retailers that said they raised prices": the subject the copula
  // puts among them, when it opens the sentence or follows its opening adverbial.)
  if (isWord(tok) && lang.amongWord && (lang.complementisers.has(tok.key) || lang.relativePronouns?.has(tok.key) === true)) {
    for (let k = b - 1; k > sentence.first && b - k <= AMONG_WORDS; k--) {
      const word = tokens[k] as Token;
      if (!isWord(word)) break;
      if (word.key !== lang.amongWord) continue;
      const copula = tokens[k - 1];
      if (!isWord(copula) || lang.finiteMarkers?.has(copula.key) !== true) break;
      const opening = pastOpeningAdverbial(ctx, sentence.first, k - 1);
      const from = Math.max(opening, sentence.first);
      return k - 1 > from ? { start: from, end: k - 1 } : null;
    }
  }
  const phrase = phraseEndingAt(ctx, b);
  return phrase ? headOfRelative(ctx, phrase) : null;
}

/** Words "among" may stand before the relative word ("among the retailers that"). */
const AMONG_WORDS = 4;

/**
 * "A spokesperson who did not wish to be named because of agency policy said": the subject is the head before the
 * relative clause `phrase` ends (no comma: "X, who …, said" is read as an apposition); `phrase` itself when no relative
 * word opens a clause it ends.
 */
function headOfRelative(ctx: Ctx, phrase: TokenRange): TokenRange {
  const { tokens, lang, sentence } = ctx;
  if (!lang.casedNames) return phrase;
  // ("who paid a contractor nearly $180,000 to rebuild …": past a sum's currency sign too.)
  const inClause = (tok: Token | undefined) => tok !== undefined && (tok.type === 'word' || (tok.type === 'punct' && CURRENCY.test(tok.key)));
  for (let r = phrase.start - 1; r > sentence.first && r >= phrase.start - RELATIVE_WORDS && inClause(tokens[r]); r--) {
    if (!lang.relativePronouns?.has((tokens[r] as Token).key)) continue;
    // ("an email in which a senior civil servant told colleagues …": right after the relative word, a noun phrase is the
    // relative clause's own subject; "analysts who have done the calculations said" is the head's clause.)
    const opener = tokens[phrase.start] as Token;
    if (r === phrase.start - 1 && (lang.determiners?.has(opener.key) === true || isCapitalised(ctx, opener))) break;
    const head = isWord(tokens[r - 1]) ? phraseEndingAt(ctx, r - 1) : null;
    if (head) return head;
    break;
  }
  return phrase;
}

/** Words an apposition between a name and its relative "who" may hold ("a retired school librarian in Fort Lauderdale"). */
const RELATIVE_APPOSITION_WORDS = 10;

/**
 * The name a relative "who" before `end` points at: the run of capitals before it, past a place after "of" or "from"
 * and an age between commas ("Sen. Harold Weiss of Rhode Island, who", "Edna Marsh, 84, of Sheboygan, who") and a
 * nickname in marks ("Clifford "Boots" Marlowe, who"). Null when the run opens the sentence (its clause would end
 * inside it) or there is none.
 */
function antecedentName(ctx: Ctx, end: number): TokenRange | null {
  const { tokens, sentence } = ctx;
  const capital = (k: number) => k > sentence.first && isWord(tokens[k]) && isCapitalised(ctx, tokens[k] as Token);
  for (let guard = 0; guard < 3; guard++) {
    let start = end;
    for (;;) {
      if (capital(start - 1)) start--;
      else if (isClose(tokens[start - 1]) && capital(start - 2) && isOpen(tokens[start - 3]) && capital(start - 4)) start -= 3;
      else break;
    }
    if (start === end || start <= sentence.first + 1) return null;
    // (A place only after a name, an age's comma or a title, "a state senator from Arlington, who": "a response from
    // Chiara Rosso, who" names her.)
    const link = tokens[start - 1] as Token;
    const holder = tokens[start - 2];
    const placed =
      isWord(link) &&
      ctx.lang.placeLinks?.has(link.key) === true &&
      (capital(start - 2) || isComma(holder) || (isWord(holder) && (ctx.lang.titles.has(holder.key) || ctx.lang.personHeads?.has(holder.key) === true)));
    // ("Teresa Mbatha-Lowry, a retired school librarian in Fort Lauderdale, who": a place after another preposition ends
    // an apposition; the name is before the apposition's comma.)
    // ("Ingrid Saltonstall, an ecologist at the University of Leeds, who": an article before the capitals, too.)
    if (!placed && isWord(link) && (ctx.lang.nonClauseWords.has(link.key) || ctx.lang.determiners?.has(link.key) === true)) {
      let comma = start - 2;
      while (comma > Math.max(sentence.first, start - RELATIVE_APPOSITION_WORDS) && isWord(tokens[comma])) comma--;
      if (isComma(tokens[comma]) && capital(comma - 1)) {
        end = comma;
        continue;
      }
    }
    if (!placed) return { start, end };
    end = start - 1;
    if (isComma(tokens[end - 1]) && isWord(tokens[end - 2]) && isNumber((tokens[end - 2] as Token).key) && isComma(tokens[end - 3])) end -= 3;
  }
  return null;
}

/**
 * "continues to insist", "went on to say": the token of the verb that carries a cue's infinitive (its subject is the
 * cue's), or -1. ("refused to say", "declined to say" carry none: nothing was said.)
 */
function carrierBefore(ctx: Ctx, t: number): number {
  const { tokens, lang } = ctx;
  const to = tokens[t - 1];
  if (!isWord(to) || !lang.infinitiveMarkers?.has(to.key)) return -1;
  let k = t - 2;
  if (isWord(tokens[k]) && lang.carrierParticles?.has((tokens[k] as Token).key)) k--;
  const verb = tokens[k];
  if (k >= ctx.sentence.first && isWord(verb) && lang.infinitiveCarriers?.has(verb.key) === true) return k;
  // ("Volker shifted his own account of the meeting to say …": a verb revising one's account, past its possessed object.)
  for (let p = t - 2; p > ctx.sentence.first && t - p <= REVISED_OBJECT_TOKENS; p--) {
    const tok = tokens[p] as Token;
    if (!isWord(tok)) return -1;
    const before = tokens[p - 1];
    if (lang.possessiveDeterminers?.has(tok.key) && isWord(before) && lang.revisingCarriers?.has(before.key)) return p - 1;
  }
  return -1;
}

/** Tokens before a phrase in which the relative word opening the clause that holds it is looked for ("whose father,"). */
const RELATIVE_OPENING_TOKENS = 4;

/** The relative word right after a comma that opens a clause holding the phrase at `start` ("…, whose father, X"), or -1. */
function relativeOpening(ctx: Ctx, start: number): number {
  const { tokens, lang, sentence } = ctx;
  if (!isComma(tokens[start - 1])) return -1;
  for (let k = start - 2; k > sentence.first && start - k <= RELATIVE_OPENING_TOKENS; k--) {
    const tok = tokens[k] as Token;
    if (!isWord(tok)) return -1;
    if (lang.relativePronouns?.has(tok.key) === true) return isComma(tokens[k - 1]) ? k : -1;
  }
  return -1;
}

/** Words the object of a verb like "led" may have before "to" and the cue ("the French manufacturer"). */
const CONTROLLED_OBJECT_WORDS = 5;

/**
 * "led the French manufacturer to announce", "forced the company to admit": the object between a verb that makes its
 * object do what the infinitive says (`objectControllers`) and the cue's "to", or null.
 */
function controlledObject(ctx: Ctx, t: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  const to = tokens[t - 1];
  if (!lang.objectControllers || !isWord(to) || !lang.infinitiveMarkers?.has(to.key)) return null;
  for (let k = t - 2; k >= sentence.first && t - 2 - k < CONTROLLED_OBJECT_WORDS; k--) {
    const tok = tokens[k] as Token;
    if (!isWord(tok)) return null;
    if (lang.objectControllers.has(tok.key)) return k + 1 < t - 1 ? { start: k + 1, end: t - 1 } : null;
  }
  return null;
}

/** Tokens a revised account ("his own account of the July 10 meeting") may take between its verb and the infinitive. */
const REVISED_OBJECT_TOKENS = 9;

/** Whether the words [from, to) hold a finite verb of their own before any relative clause ("who was …"). */
function clauseBetween(ctx: Ctx, from: number, to: number): boolean {
  const markers = ctx.lang.finiteMarkers;
  if (!markers) return false;
  for (let k = from; k < to; k++) {
    const key = (ctx.tokens[k] as Token).key;
    if (ctx.lang.relativePronouns?.has(key)) return false; // "an expert … who did not advise either side"
    // ("a San Diego company that until now has mostly sold speakers": «that» after a noun for a body or a person.)
    const before = k > from ? (ctx.tokens[k - 1] as Token).key : '';
    if (ctx.lang.complementisers.has(key) && (ctx.lang.bodyNouns?.has(before) || ctx.lang.personHeads?.has(before) || ctx.lang.titles.has(before)))
      return false;
    if (markers.has(key)) return true;
  }
  return false;
}

/** Currency signs a relative clause may hold before a sum. */
const CURRENCY = /^[$€£¥₹]$/u;

/** Words a relative clause between a subject and its verb may have. */
const RELATIVE_WORDS = 16;

/** Words an adverbial opening a sentence may have before its comma ("In his initial Instagram announcement of the pregnancy,"). */
const OPENING_ADVERBIAL_WORDS = 14;

/** Lower-case words after a possessive name in which the noun it owns is looked for ("Chile’s central bank"). */
const OWNED_HEAD_WORDS = 3;

/** "Teachers' unions welcomed the move but said …": the subject that opens the sentence. */
function leadingSubject(ctx: Ctx, before: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  // "China said …, while the city's police deny … and say …": the subject opens the clause the verb is in (past a
  // wire dateline: "TOKYO, Jan 24 (Reuters) - The Bank of Japan raised … and said").
  const subordinate = subordinateSubject(ctx, before);
  if (subordinate) return subordinate;
  let from = afterDateline(ctx);
  for (let k = before - 1; k > sentence.first + 1 && before - k <= CLAUSE_LOOKBACK; k--) {
    const tok = tokens[k] as Token;
    if (isWord(tok) && lang.contrastClauses?.has(tok.key) && isComma(tokens[k - 1])) {
      from = k + 1;
      break;
    }
  }
  // "In his announcement, Smith … and noted …": an opening adverbial ends at its comma; the subject comes after it.
  from = pastOpeningAdverbial(ctx, from, Math.min(before, from + OPENING_ADVERBIAL_WORDS));
  if (from < 0) return null;
  let e = from;
  while (e < Math.min(before, from + 6)) {
    const tok = tokens[e] as Token;
    const possessive = e > from && POSSESSIVE.test(tok.key);
    // ("Facebook co-founder Mark Zuckerberg tweeted … and said": a lower-case title or person noun inside the name's run.)
    const titled = lang.titles.has(tok.key) || lang.personHeads?.has(tok.key) === true;
    // ("The agency confirmed a case … and said", "the club …": a body's noun right after the article.)
    // (Not when a clause said lies between: "The agency said its researchers examined … and concluded" is theirs.)
    const body =
      e === from + 1 &&
      lang.determiners?.has((tokens[from] as Token).key) === true &&
      !keyAmong(ctx, Math.max(e + 1, before - CLAUSE_LOOKBACK), before, lang.complementisers) &&
      (lang.bodyNouns?.has(tok.key) === true || lang.bodyKinds?.has(tok.key) === true || lang.institutionWords?.has(tok.key) === true);
    // ("U.S. Secretary of State Margaret Ellison-Ruiz …": a link between capitalised words; "BJP state president …": a
    // word before a title.)
    const link =
      e > from &&
      isWord(tokens[e + 1]) &&
      ((lang.nameLinks?.has(tok.key) === true && isCapitalised(ctx, tokens[e + 1] as Token)) || lang.titles.has((tokens[e + 1] as Token).key));
    // ("In a letter last week, his attorney, Gerald Fontenot, called …": a possessive determiner opens it as an article does.)
    const determiner = lang.determiners?.has(tok.key) === true || (e === from && lang.possessiveDeterminers?.has(tok.key) === true);
    if (!isWord(tok) || !(isCapitalised(ctx, tok) || possessive || lang.groupNouns.has(tok.key) || titled || body || link || determiner)) break;
    e++;
  }
  // ("The agency said …": an article alone, its noun in lower case, names no one here.)
  if (e === from || (e === from + 1 && (lang.determiners?.has((tokens[from] as Token).key) || lang.possessiveDeterminers?.has((tokens[from] as Token).key))))
    return null;
  // ("Chile’s central bank kept … and said": after a name in the possessive, the lower-case words up to the body, title or
  // group it owns head the subject; no verb follows a possessive.)
  if (POSSESSIVE.test((tokens[e - 1] as Token).key)) {
    for (let k = e; k < Math.min(before, e + OWNED_HEAD_WORDS); k++) {
      const tok = tokens[k] as Token;
      if (!isWord(tok) || isCapitalised(ctx, tok)) break;
      if (
        lang.bodyNouns?.has(tok.key) ||
        lang.bodyKinds?.has(tok.key) ||
        lang.institutionWords?.has(tok.key) ||
        lang.titles.has(tok.key) ||
        lang.personHeads?.has(tok.key) ||
        lang.groupNouns.has(tok.key)
      ) {
        e = k + 1;
        break;
      }
    }
  }
  // "Hallam's manager, Steve Dalton, called … and said": a description naming no one, then a name between commas
  // ("Russia's foreign ministry spokeswoman, Irina Volkova, called …": past the description's lower-case words).
  let c = e;
  if (lang.casedNames && !isComma(tokens[c]))
    while (c < Math.min(before, e + DESCRIPTION_WORDS) && isWord(tokens[c]) && !isCapitalised(ctx, tokens[c] as Token)) c++;
  if (lang.casedNames && isComma(tokens[c]) && !names(ctx, { start: from, end: c })) {
    e = c;
    let n = e + 1;
    while (n < Math.min(before, e + 5) && isWord(tokens[n]) && isCapitalised(ctx, tokens[n] as Token)) n++;
    if (n - e - 1 >= 2 && isComma(tokens[n])) return { start: e + 1, end: n };
    // ("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted …": the name closes a role in lower case.)
    const titled = titledNameBetweenCommas(ctx, e + 1, before);
    if (titled) return titled;
  }
  return namedInOpening(ctx, { start: from, end: e }, before) ?? { start: from, end: e };
}

/** Tokens of an apposition between commas that holds a role in lower case and then a name. */
const TITLED_APPOSITION_TOKENS = 10;

/**
 * «, former special envoy to Ukraine Kurt Volker,»: the name of two capitalised words or more closing an apposition that
 * opens with a title in lower case (a word or two before it at most), up to its comma; null when there is none.
 */
function titledNameBetweenCommas(ctx: Ctx, start: number, before: number): TokenRange | null {
  const { tokens, lang } = ctx;
  let comma = start;
  while (comma < Math.min(before, start + TITLED_APPOSITION_TOKENS) && isWord(tokens[comma])) comma++;
  if (!isComma(tokens[comma])) return null;
  let title = -1;
  for (let k = start; k < Math.min(comma, start + 3) && title < 0; k++) {
    const tok = tokens[k] as Token;
    if (isCapitalised(ctx, tok)) return null;
    if (lang.titles.has(tok.key)) title = k;
  }
  if (title < 0) return null;
  let name = comma;
  while (name - 1 > title && isCapitalised(ctx, tokens[name - 1] as Token)) name--;
  if (comma - name < 2) return null;
  // (After a word linking the role to a place, "to Ukraine Kurt Volker", the run's first word is that place.)
  return { start: name - 1 > title && comma - name > 2 ? name + 1 : name, end: comma };
}

/** Words of a subject between "after" and its verb ("the home-goods retailer", "Kestrel Semiconductor"). */
const SUBORDINATE_SUBJECT_WORDS = 5;

/**
 * "Shares of Brookline Home fell 11% after the retailer cut its outlook and warned that …": a clause opened by "after",
 * "because" … has a subject of its own, the one of its first verb, and the verb joined to it by "and" is that subject's.
 * Not when the sentence already says who speaks before it ("Lee said sales fell after buyers waited and added …"), nor
 * past a comma, a mark or a complementiser.
 */
function subordinateSubject(ctx: Ctx, before: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  const opens = lang.subordinators;
  const pastTense = lang.pastTense;
  if (!opens || !pastTense) return null;
  let k = before - 1;
  for (; k > sentence.first && before - k <= CLAUSE_LOOKBACK; k--) {
    const tok = tokens[k] as Token;
    if (!isWord(tok) || lang.complementisers.has(tok.key)) return null;
    if (opens.has(tok.key)) break;
  }
  if (k <= sentence.first || !opens.has((tokens[k] as Token).key)) return null;
  // (Looked for within a clause's reach, so a sentence of a million words with many "and said" stays linear.)
  for (let c = Math.max(sentence.first, k - CLAUSE_LOOKBACK); c < k; c++) if (isWord(tokens[c]) && cueOf(ctx, tokens[c] as Token, c)) return null;
  const first = tokens[k + 1];
  const determined = isWord(first) && (lang.determiners?.has(first.key) === true || lang.possessiveDeterminers?.has(first.key) === true);
  if (!isWord(first) || !(determined || isCapitalised(ctx, first)) || lang.calendarWords?.has(first.key)) return null;
  // ("when Adam Schiff looks into the cameras and swears …": a present verb for one person after a capitalised name.)
  const finite = (v: number) => {
    const key = (tokens[v] as Token).key;
    const named = isCapitalised(ctx, tokens[v - 1] as Token);
    return pastTense(key) || (named && key.length > 3 && key.endsWith('s') && !key.endsWith('ss'));
  };
  let v = k + 2;
  while (v < Math.min(before, k + 1 + SUBORDINATE_SUBJECT_WORDS) && isWord(tokens[v]) && !finite(v)) {
    // (Only a noun phrase: "after talks with Lisbon collapsed" has a preposition inside; it is left alone.)
    if (lang.roleLinkers.has((tokens[v] as Token).key) || lang.coordinators.has((tokens[v] as Token).key)) return null;
    v++;
  }
  const verb = tokens[v];
  if (v >= before || !isWord(verb) || isCapitalised(ctx, verb) || !finite(v)) return null;
  return { start: k + 1, end: v };
}

/** Words a description opening a sentence may have before the comma of its apposition ("A spokeswoman for Amazon,"). */
const OPENING_DESCRIPTION_WORDS = 8;

/**
 * "A spokeswoman for Amazon, Jane Park, declined to comment but said …": a description opening the sentence, with a
 * name in apposition before the verb, is that name.
 */
function namedInOpening(ctx: Ctx, opening: TokenRange, before: number): TokenRange | null {
  const { tokens } = ctx;
  if (!ctx.lang.casedNames || !startsWithArticle(ctx, opening)) return null;
  let comma = opening.end;
  while (comma < before && comma - opening.start <= OPENING_DESCRIPTION_WORDS && isWord(tokens[comma])) comma++;
  if (!isComma(tokens[comma])) return null;
  let close = comma + 1;
  while (close < before && close - comma <= APPOSITION_NAME_WORDS && isWord(tokens[close])) close++;
  if (!isComma(tokens[close]) || close === comma + 1) return null;
  const name = { start: comma + 1, end: close };
  return namesInApposition(ctx, name) ? name : null;
}

/** Words a name in apposition may have ("Jane Park", "Maria de la Cruz Lopez"). */
const APPOSITION_NAME_WORDS = 5;

/** Tokens back from a conjoined verb in which a contrast clause ("…, while") may open its subject. */
const CLAUSE_LOOKBACK = 40;

/** Whether the sentence is written in title case (a headline): most of its first dozen words capitalised. */
function titleCase(ctx: Ctx): boolean {
  const { tokens, sentence } = ctx;
  let words = 0;
  let capitals = 0;
  for (let k = sentence.first; k < sentence.last && words < 12; k++) {
    const tok = tokens[k] as Token;
    if (!isWord(tok)) continue;
    words++;
    if (isCapitalised(ctx, tok)) capitals++;
  }
  return words > 0 && capitals * 3 >= words * 2;
}

/** The words of a noun phrase ending at token `b` (inclusive), back to a stop word or punctuation. */
function phraseEndingAt(ctx: Ctx, b: number): TokenRange | null {
  const { tokens, lang, sentence } = ctx;
  let s = b + 1;
  while (s - 1 >= sentence.first && b - (s - 1) < NP_WORDS) {
    const tok = tokens[s - 1] as Token;
    // A short name in quotation marks inside the phrase: "Supporters of the "Yes to the Wall" campaign".
    // A comma or stop just inside the closing mark ends a quotation ('was "pulled into the enterprise," CEO Tim Cook'), not a name.
    const open = isClose(tok) && s - 1 < b && isWord(tokens[s - 2]) ? openToken(ctx, s - 1) : -1;
    if (open >= 0 && s - 1 - open <= 6 && isWord(tokens[open - 1])) {
      s = open;
      continue;
    }
    // A link between a capitalised word and the phrase read so far.
    const linksCapital = lang.casedNames && s <= b && isWord(tokens[s - 2]) && isCapitalised(ctx, tokens[s - 2] as Token);
    const right = tokens[s] as Token;
    // "PG&E", "Procter & Gamble": an ampersand between capitalised words is inside one name.
    if (linksCapital && tok.key === '&' && isCapitalised(ctx, right)) {
      s--;
      continue;
    }
    // "Russia and China said": two names joined are one subject; so are "Paganini and his team".
    const joinsNames =
      linksCapital && lang.nameJoiners?.has(tok.key) === true && (isCapitalised(ctx, right) || lang.possessiveDeterminers?.has(right.key) === true);
    // "chairman and CEO Craig Menear", "founder and chief executive": two titles joined are one role.
    const left = tokens[s - 2];
    // ("chairman, CEO and president Craig Menear": a comma in such a list too.)
    const joinsTitles =
      lang.casedNames &&
      s <= b &&
      (lang.nameJoiners?.has(tok.key) === true || (tok.key === ',' && isWord(right))) &&
      isWord(left) &&
      lang.titles.has(left.key) &&
      lang.titles.has(right.key);
    if (joinsTitles && !isWord(tok)) {
      s--;
      continue;
    }
    if (!isWord(tok) || (!joinsNames && !joinsTitles && lang.subjectStops.has(tok.key)) || lang.pronouns.has(tok.key) || lang.complementisers.has(tok.key))
      break;
    // A cue word ends the phrase, unless capitalised inside a name ("the State Department", "Consumer Reports") or
    // after an article, where it is a noun or an adjective ("the state agency", "a report").
    const inName = lang.casedNames && isCapitalised(ctx, tok) && s <= b && isCapitalised(ctx, tokens[s] as Token);
    const afterArticle = lang.casedNames && isWord(tokens[s - 2]) && lang.determiners?.has((tokens[s - 2] as Token).key) === true;
    // ("Posts on the message board … theorized": a capitalised cue word opening the sentence is the phrase's noun.)
    const opensSentence = lang.casedNames && s - 1 === sentence.first && isCapitalised(ctx, tok);
    // (", state health officials said": nor is a bare form after a comma or a mark, which has nothing to agree with.)
    const modifier = !isWord(tokens[s - 2]) && bareCueForm(lang, tok.key);
    if (lang.cues.has(tok.key) && s - 1 !== b && !inName && !afterArticle && !opensSentence && !modifier) break;
    s--;
  }
  return s <= b ? { start: s, end: b + 1 } : null;
}

/** Words an aside between commas after a verb may have before its complement ("said, in a statement on Monday, that"). */
const ASIDE_WORDS = 8;

/** The content's first token after an aside between the comma at `comma` and the next one, when a complementiser or a quotation follows; else -1. */
function asideBeforeComplement(ctx: Ctx, comma: number): number {
  const { tokens, sentence } = ctx;
  let k = comma + 1;
  while (k < Math.min(sentence.last, comma + 1 + ASIDE_WORDS) && isWord(tokens[k])) k++;
  if (k === comma + 1 || !isComma(tokens[k])) return -1;
  // ('said, smiling, "We will be fine."': or a quotation.)
  return isOpen(tokens[k + 1]) ? k + 1 : complementAt(ctx, k + 1);
}

/** Whether a relative word ("that", "which") at `k` opens a clause whose first word is a cue ("… post that said"). */
function relativeCueAt(ctx: Ctx, k: number): boolean {
  const { tokens, lang } = ctx;
  const word = tokens[k];
  const next = tokens[k + 1];
  return isWord(word) && (lang.complementisers.has(word.key) || lang.relativePronouns?.has(word.key) === true) && isWord(next) && lang.cues.has(next.key);
}

/** Words of the noun a cue's bare form may modify before the verb ("state health officials said"). */
const MODIFIED_NOUN_WORDS = 4;

/** Whether a cased language's cue word is a verb's bare form ("state", "report"), whose third person is a cue too. */
function bareCueForm(lang: Ctx['lang'], key: string): boolean {
  const cue = lang.cues.get(key);
  return lang.casedNames && cue !== undefined && cue.agreement === undefined && !cue.participle && lang.cues.get(`${key}s`)?.agreement !== undefined;
}

/** Subject-first: "Smith said (that) …", "Jane Smith, the mayor, said …", "he told reporters …". */
function subjectFirstFrame(ctx: Ctx, t: number, cue: CueWord): Frame | null {
  const { tokens, lang, sentence } = ctx;
  const verb = tokens[t] as Token;
  const previous = tokens[t - 1];
  const beforePrevious = tokens[t - 2];
  const after = tokens[t + 1];
  if (t > sentence.first && previous?.type === 'word' && lang.nonFiniteBefore.has(previous.key) && carrierBefore(ctx, t) < 0 && !controlledObject(ctx, t))
    return null;
  // ("ended the call on a defiant note: …": a cue word's bare form after a preposition and "a", before a colon, is a noun.)
  if (lang.casedNames && bareCueForm(lang, verb.key) && (isColon(after) || isComma(after)) && nounAfterDeterminer(ctx, t)) {
    let d = t - 1;
    while (d > sentence.first && !lang.nonFiniteBefore.has((tokens[d] as Token).key)) d--;
    const preposition = tokens[d - 1];
    const indefinite = lang.indefiniteArticles?.has((tokens[d] as Token).key) === true;
    if (indefinite && isWord(preposition) && lang.settingPrepositions.has(preposition.key) && preposition.key !== 'to') return null;
  }
  // ("The study stops short of claiming that …": what was not said.)
  if (lang.withheldBefore?.some((words) => words.every((w, i) => (tokens[t - words.length + i] as Token | undefined)?.key === w))) return null;
  // "The company published a blog post that said …": an ambiguous cue's bare form (one with an -s form) after a
  // singular noun and its determiner, with a relative clause whose own cue follows, is a noun too.
  if (
    t > sentence.first + 1 &&
    cue.weak &&
    lang.casedNames &&
    isWord(previous) &&
    !isCapitalised(ctx, previous) &&
    lang.cues.has(`${verb.key}s`) &&
    relativeCueAt(ctx, t + 1)
  ) {
    if (
      isWord(beforePrevious) &&
      lang.nonFiniteBefore.has(beforePrevious.key) &&
      !lang.infinitiveMarkers?.has(beforePrevious.key) &&
      !previous.key.endsWith('s')
    )
      return null;
  }
  // ("a complete rewriting of the presidential call transcript, and …": a bare form between a determiner's singular word
  // and a lower-case noun closing the phrase is a noun in a compound; "Residents of the town say warnings came too late"
  // goes on with a verb.)
  if (
    lang.casedNames &&
    bareCueForm(lang, verb.key) &&
    isWord(beforePrevious) &&
    lang.determiners?.has(beforePrevious.key) === true &&
    isWord(previous) &&
    !isCapitalised(ctx, previous) &&
    !previous.key.endsWith('s') &&
    isWord(after) &&
    !isCapitalised(ctx, after) &&
    !lang.determiners.has(after.key) &&
    !lang.pronouns.has(after.key) &&
    !lang.objectPronouns?.has(after.key) &&
    !lang.complementisers.has(after.key) &&
    !lang.settingPrepositions.has(after.key) &&
    !lang.nonClauseWords.has(after.key) &&
    !isWord(tokens[t + 2])
  )
    return null;
  // ("…, most of them unvaccinated, state health officials said": a cue's bare form with no word before it to agree
  // with, the noun after it followed by a verb of saying, is the noun's modifier, not a verb; "…, say analysts" is one.)
  if (!isWord(previous) && bareCueForm(lang, verb.key)) {
    let k = t + 1;
    while (k < Math.min(sentence.last, t + 1 + MODIFIED_NOUN_WORDS) && isWord(tokens[k]) && !lang.cues.has((tokens[k] as Token).key)) k++;
    if (k > t + 1 && isWord(tokens[k]) && lang.cues.has((tokens[k] as Token).key)) return null;
  }
  // "U.S. officials have not said why …", "he never said": nothing was said.
  if (t > sentence.first && previous?.type === 'word' && lang.negators?.has(previous.key)) return null;
  // "As their galaxies continued to flatten": a verb that goes on with a speaker reports nothing before an infinitive
  // ("vowed to fight" may still be a report). ("the trooper's very obvious tells to also get rid of them": nor does a
  // verb of telling, which takes whom it tells before one; right before one, the word is a noun.)
  if (((cue.weak && cue.carry) || cue.addressee) && isWord(after) && lang.infinitiveMarkers?.has(after.key) === true) return null;
  // ("only to find said civilisation had issues": after an infinitive's verb, "said" is an adjective.)
  if (
    lang.casedNames &&
    isWord(beforePrevious) &&
    !isCapitalised(ctx, beforePrevious) &&
    lang.infinitiveMarkers?.has(beforePrevious.key) === true &&
    carrierBefore(ctx, t) < 0
  )
    return null;
  // "Others might argue that …": what someone might say is no report.
  if (t > sentence.first && isWord(previous) && lang.hypotheticals?.has(previous.key) === true) return null;
  // ("The whistleblower would then have claimed that …": nor what someone would have said.)
  if (lang.conditionalPerfect && isWord(previous) && previous.key === lang.conditionalPerfect.have) {
    let k = t - 2;
    if (isWord(tokens[k]) && lang.preVerbAdverbs.has((tokens[k] as Token).key)) k--;
    if (k >= sentence.first && isWord(tokens[k]) && lang.conditionalPerfect.modals.has((tokens[k] as Token).key)) return null;
  }
  // "Editor's note:", "Trump's claims that …": after a possessive the cue word is a noun.
  if (lang.casedNames && t > sentence.first && previous?.type === 'word' && /[a-z]['’]s$/i.test(previous.key)) return null;
  // "a White House that lies as easily as it tells the truth": an idiom, no speech.
  // (And "said little on his way in", "said nothing": a bare clause's cue with a pronoun of quantity for its object.)
  if (cue.bareClause && !cue.addressee && isWord(tokens[t + 1]) && lang.quantityObjects?.has((tokens[t + 1] as Token).key) === true) return null;
  if (cue.addressee && lang.toldObjects) {
    const object = lang.determiners?.has((tokens[t + 1] as Token | undefined)?.key ?? '') ? tokens[t + 2] : tokens[t + 1];
    if (isWord(object) && lang.toldObjects.has(object.key)) return null;
  }
  // "United States", "Consumer Reports": a capitalised cue word inside a name is no verb; nor is one inside a sentence
  // in sentence case ("John Kerry, the Secretary of State, contacted …"), unless the sentence is a title-case headline.
  if (lang.casedNames && t > sentence.first && isCapitalised(ctx, verb) && ((isWord(previous) && isCapitalised(ctx, previous)) || !titleCase(ctx))) return null;
  // "the most telling contradiction", "it is worth noting that": after a word of degree, "worth" or an article, a
  // participle is no verb of its own.
  if (
    cue.participle &&
    isWord(previous) &&
    (lang.participleNotVerbAfter?.has(previous.key) === true || (lang.casedNames && lang.determiners?.has(previous.key) === true))
  )
    return null;
  // "Warning: many people skip this step": a capitalised participle opening its sentence on a colon is a label.
  if (lang.casedNames && cue.participle && t === sentence.first && isColon(tokens[t + 1])) return null;
  // "pointed out that": a verb that reports only with its particle, which is part of the cue.
  const particle = cue.particle !== undefined ? tokens[t + 1] : undefined;
  if (cue.particle !== undefined && !(isWord(particle) && particle.key === cue.particle)) return null;
  const cueEnd = particle ? t + 2 : t + 1;
  const frame = emptyFrame(cue.participle ? 'participle' : 'verb', { start: t, end: cueEnd }, verb.start);
  if (cue.agreement) frame.agreement = cue.agreement;
  let j = cueEnd;
  const quoted = cue.quotesAfterObject ? quotedDescription(ctx, j) : -1;
  // Only a describing verb needs the quotation; a reporting verb that may take one goes on to its other frames
  // ('"…," the patient described in the case report' attributes the quotation before it, as "said" does).
  if (cue.quotesAfterObject && quoted < 0 && !cue.weak && !cue.bareClause) {
    const subject = cue.participle ? null : subjectBefore(ctx, t);
    return subject && quoteBefore(ctx, subject.start) ? postFrame(ctx, t, frame, { subject, role: null }) : null;
  }
  if (quoted >= 0) {
    // The description is the quotation alone, not the rest of the sentence.
    frame.contentEnd = closeToken(ctx, quoted) + 1;
    if (cue.participle) {
      frame.contentStart = quoted;
      verbSubject(ctx, frame, t);
      return frame;
    }
    // ("Janelle Okafor-Whitby, a lawyer … who argued the case, called the decision "…"": a name and its apposition.)
    const named = isComma(tokens[t - 1]) ? nameAfterQuote(ctx, t - 1) : null;
    const subject = subjectBefore(ctx, t) ?? named?.[0] ?? null;
    frame.contentStart = quoted;
    if (subject) {
      frame.subject = subject;
      if (named && subject === named[0]) frame.role = named[1];
      frame.lead = subject.start;
      pronounSubject(ctx, frame);
      return frame;
    }
    // ("Its co-leader, Heike Brandauer-Roth, dismissed them as "…"": else the subject is read through its apposition,
    // as a reporting verb's is, below.)
  }
  if (cue.participle) {
    // ("telling reporters that …": past whom it was told.)
    if (cue.addressee) j = skipAddressee(ctx, j);
    const content = complementAt(ctx, j);
    const settled = skipSettings(ctx, j);
    if (content >= 0) frame.contentStart = content;
    else if (isColon(tokens[j])) frame.contentStart = j + 1;
    else if (isOpen(tokens[j])) frame.contentStart = j;
    // ("writing in a blog post "I have myself …"": past a setting, a quotation.)
    else if (settled > j && isOpen(tokens[settled])) frame.contentStart = settled;
    // "…, declaring, “I’m on meth.”"
    else if (isComma(tokens[j]) && isOpen(tokens[j + 1])) frame.contentStart = j + 1;
    // "saying he recalled it", "saying the sex was consensual": a bare clause opened by a subject pronoun or soon finite.
    else if (
      cue.bareClause &&
      isWord(tokens[j]) &&
      (lang.pronouns.has((tokens[j] as Token).key) || (!lang.nonClauseWords.has((tokens[j] as Token).key) && finiteSoon(ctx, j)))
    )
      frame.contentStart = j;
    // ("telling reporters she had …": past whom it was told, a subject pronoun opens the clause told.)
    else if (cue.addressee && j > cueEnd && isWord(tokens[j]) && lang.personalPronouns?.has((tokens[j] as Token).key) === true) frame.contentStart = j;
    // ("threatening them with tariffs and suggesting he might leave …", "warning they would": a personal subject pronoun
    // and a finite verb soon after it open a clause, after any participle of saying; "it" may be an object.)
    else if (!cue.quotesAfterObject && personalClause(ctx, j)) frame.contentStart = j;
    else if (explained(ctx, cue, j)) frame.contentStart = j;
    // ("…, with the i reporting no one will be refused …", "with Reuters warning the minister will resign": one with a
    // subject of its own after "with" reports the clause after it, as "said" would.)
    else if (absoluteSubjectAt(ctx, t) >= 0 && (pronounClause(ctx, j) || nounClause(ctx, j) || nameClause(ctx, j))) frame.contentStart = j;
    else return null;
    verbSubject(ctx, frame, t);
    return frame;
  }
  let subject = subjectBefore(ctx, t);
  // ("…, according to UN estimates, and more than …": a reporting word inside a source phrase is its noun.)
  if (subject && opensSource(ctx, subject.start)) return null;
  let role: TokenRange | null = null;
  // A relative clause or an age between the subject and its verb: skipped, no role.
  let aside = false;
  // "The minister — who has faced criticism — insisted", "Jane Smith — a former aide — said": an aside between dashes
  // right before the verb; the subject stands before it, a noun phrase in it is the role.
  const dashed = subject ? -1 : dashAsideBefore(ctx, t);
  if (dashed >= 0) {
    subject = subjectBefore(ctx, dashed);
    if (subject) {
      aside = true;
      if (!clauseBetween(ctx, dashed + 1, t - 1) && !lang.relativePronouns?.has((tokens[dashed + 1] as Token).key)) role = { start: dashed + 1, end: t - 1 };
    }
  }
  frame.coordinated = subject !== null && subject.end < t - 1 && lang.coordinators.has((tokens[t - 1] as Token).key);
  // Apposition before the verb: "Jane Smith, the ministry's spokeswoman, said", through an auxiliary or an adverb after
  // it ("…, Makan Delrahim, has said").
  // ("Kurt Volker, a former envoy, went on to say …": the verb carrying the infinitive stands where the cue would.)
  const carrying = carrierBefore(ctx, t);
  let v = carrying >= 0 ? carrying : t;
  while (v - 1 > sentence.first && isWord(tokens[v - 1]) && lang.preVerbAdverbs.has((tokens[v - 1] as Token).key)) v--;
  // '"…," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute in Munich, Germany, and co-author of the study,
  // said': right after a quotation, the name up to the first comma, the apposition (commas and all) up to the verb.
  if (!subject && isComma(tokens[v - 1])) {
    const named = nameAfterQuote(ctx, v - 1);
    if (named) [subject, role] = named;
  }
  // "Two House Republican aides, speaking on condition of anonymity because they were not authorized …, said": a
  // participial aside between commas, however long, stands between the subject and its verb.
  if (!subject && lang.casedNames && isComma(tokens[v - 1])) {
    let c = v - 2;
    while (c > sentence.first + 1 && v - c <= PARTICIPLE_ASIDE_TOKENS && !isComma(tokens[c])) c--;
    const opener = tokens[c + 1];
    if (
      isComma(tokens[c]) &&
      isWord(opener) &&
      !isCapitalised(ctx, opener) &&
      (lang.gerund?.(opener.key) === true || lang.pastParticiple?.(opener.key) === true)
    ) {
      const found = phraseEndingAt(ctx, c - 1);
      // (Not a name in a relative clause opened after a comma, "…, whose father, Gilles Beaulieu, died in 2020, said":
      // the participle is that clause's verb; the reading of appositions below finds the clause's antecedent.)
      if (found && canSpeakPhrase(ctx, found.start, found.end) && relativeOpening(ctx, found.start) < 0) {
        subject = found;
        aside = true;
      }
    }
  }
  if (!subject && isComma(tokens[v - 1])) {
    // ("The committee's chairman, Rep. Dale Hofstetter (R-Kan.), said": past the party in parentheses.)
    let p = beforeParenthesis(ctx, v - 2);
    // ('Jenna Whitehorse, co-founder of a site called "The Tent", said': past a name in marks that a word introduces.)
    const named = isClose(tokens[p]) ? openToken(ctx, p) : -1;
    if (named > sentence.first + 1 && isWord(tokens[named - 1]) && lang.termIntroducers.has((tokens[named - 1] as Token).key) && p - named <= 6) p = named - 1;
    while (p > sentence.first && p > v - 2 - APPOSITION_WORDS && isWord(tokens[p])) p--;
    // An apposition is a noun phrase: a clause between commas ("…, there were 30 vacancies at the facility, said X")
    // or a name opening with a preposition ("At the time of …,") makes none.
    // "Lydia Buchtmann for Food Standards Australia, says …": a sentence opening with a name and a comma before the verb.
    const opening = { start: sentence.first, end: v - 1 };
    const openingWord = tokens[p] as Token;
    if (
      p === sentence.first &&
      isWord(openingWord) &&
      v - 1 - p >= 2 &&
      lang.casedNames &&
      isCapitalised(ctx, openingWord) &&
      !lang.nonClauseWords.has(openingWord.key) &&
      !lang.subjectStops.has(openingWord.key)
    ) {
      // A full name (two capitalised words at least): "Yesterday in Paris," opens with no one.
      const np = readNounPhrase(ctx.text, tokens, opening.start, opening.end, lang);
      if (!clauseBetween(ctx, opening.start, opening.end) && !np.group && np.nameEnd - np.nameStart >= 2) subject = opening;
    } else if (isComma(tokens[p]) && p < v - 2 && !clauseBetween(ctx, p + 1, v - 1)) {
      // ("One designer who was laid off, and who asked not to be named, said": past a relative clause on the name too.)
      const before = phraseEndingAt(ctx, beforeParenthesis(ctx, p - 1));
      let found = before ? headOfRelative(ctx, before) : null;
      // "Smith, 34, a former Marine, said": past the age to the name.
      // ('Sen. Eleanor Vossberg, R-Maine, the chair of …, said': past the party and state too.)
      const between = (f: TokenRange) => {
        const tok = tokens[f.start] as Token;
        return isNumber(tok.key) || lang.partyTag?.(tok.written) !== undefined;
      };
      if (found && found.end - found.start === 1 && between(found) && isComma(tokens[found.start - 1])) found = phraseEndingAt(ctx, found.start - 2);
      // ("The plaintiff, Lorraine Beaulieu, whose father, Gilles Beaulieu, died in 2020, said": a name in a relative clause
      // opened after a comma is no subject; the words between the last commas are that clause's, its antecedent speaks.)
      const opening = found && lang.casedNames ? relativeOpening(ctx, found.start) : -1;
      const heldBy = opening > sentence.first + 1 ? phraseEndingAt(ctx, opening - 2) : null;
      const inRelative = heldBy !== null && names(ctx, heldBy);
      if (inRelative) found = heldBy;
      // ("…were momentous, groundbreaking advances, says Jennifer Pluznick, a physiologist": words that cannot speak
      // are no name when one follows the verb.)
      const after = lang.casedNames && found !== null && !canSpeakPhrase(ctx, found.start, found.end) ? forwardPhrase(ctx, t + 1) : null;
      // (Only a name after the verb: ", said Monday" names no one, "said the increase …" is the clause; nor does a phrase
      // that runs on into more words.)
      const afterFirst = after ? (tokens[after.start] as Token) : undefined;
      const inverted =
        after !== null &&
        afterFirst !== undefined &&
        isCapitalised(ctx, afterFirst) &&
        !lang.determiners?.has(afterFirst.key) &&
        lang.calendarWords?.has(afterFirst.key) !== true &&
        // ("…, said Amnesty International on Tuesday, November 19.": a day after the name still closes it.)
        (!isWord(tokens[after.end]) || (datedSetting(ctx, after.end) && !isWord(tokens[skipSettings(ctx, after.end)]))) &&
        // ("A diplomat, Kurt Volker, said Sondland did discuss the probe": a clause after the verb is what it reports.)
        !clauseBetween(ctx, after.start, Math.min(after.end + 1, sentence.last));
      // ("Daniel Nwosu-Hart, who plays Delia's estranged brother, Wes, wrote": the words between the last commas end a
      // relative clause on the name before "who"; that name is the subject.)
      const who = found ? tokens[found.start - 1] : undefined;
      // ("the Rail and Signal Workers Union (RSWU), which represents signallers, guards and station staff, told": past the
      // body's initials in parentheses.)
      const antecedent =
        found && isWord(who) && lang.relativePronouns?.has(who.key) === true && isComma(tokens[found.start - 2])
          ? phraseEndingAt(ctx, beforeParenthesis(ctx, found.start - 3))
          : null;
      // (A name, capitalised: "One mother, who would only give her surname, Chan, said" names her in the clause; "which"
      // after a body's name, too.)
      const relative = (who as Token | undefined)?.key ?? '';
      if (
        antecedent &&
        names(ctx, antecedent) &&
        isCapitalised(ctx, tokens[antecedent.end - 1] as Token) &&
        (lang.relativeAntecedent?.has(relative) || !canSpeakPhrase(ctx, (found as TokenRange).start, (found as TokenRange).end))
      ) {
        subject = antecedent;
        aside = true;
      }
      const name =
        !(antecedent !== null && subject === antecedent) && found && !inverted && !lang.nonClauseWords.has((tokens[found.start] as Token).key) ? found : null;
      // Two appositions: "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told", "Cres Eastman, Director
      // of the study, and Chairman of the Centre, says": the name is before both.
      const joined = isWord(tokens[p + 1]) && lang.coordinators.has((tokens[p + 1] as Token).key);
      const outer = name && isComma(tokens[name.start - 1]) && (startsWithArticle(ctx, name) || joined) ? phraseEndingAt(ctx, name.start - 2) : null;
      // ("Later, a White House official, speaking …, said": an adverb opening the sentence is no name.)
      // ("Speaking from a trailer …, the president of the union, Gwen Aldersey-Pryce, told": nor does a participle's.)
      // ("In Canberra, the Coalition's energy spokesperson, Ted Marchetti, said", "Outside the courthouse on Washington
      // Street, the couple's son, Pádraig Cronin, said": nor a setting's, opening on its preposition.)
      const outerOpener = outer ? (tokens[outer.start] as Token) : undefined;
      const adverb =
        outer !== null &&
        ((outer.end - outer.start === 1 && adverbialBetween(ctx, outer.start, outer.end)) ||
          lang.gerund?.((outerOpener as Token).key) === true ||
          lang.nonClauseWords.has((outerOpener as Token).key));
      if (outer && !adverb && names(ctx, outer) && !startsWithArticle(ctx, outer)) {
        subject = outer;
        role = { start: (name as TokenRange).start, end: joined ? v - 1 : p };
      } else if (name) {
        subject = name;
        // An adverbial between the commas is no role ("Benjamin Netanyahu, however, said", "Republicans, led by Rep.
        // Nunes, argued": `adverbialBetween`).
        const opener = tokens[p + 1] as Token;
        // "The report, which was released Monday, said": a relative clause is neither a role nor a name; "Johnson, 54,
        // said": nor is an age.
        const words = tokens.slice(p + 1, v - 1);
        aside = inRelative || lang.relativePronouns?.has(opener.key) === true || words.every((w) => isNumber(w.key));
        role = aside || adverbialBetween(ctx, p + 1, v - 1) ? null : { start: p + 1, end: v - 1 };
        // "The energy minister, Teresa Ribera, said": the name is in the apposition.
        // ("A Jefferson County planner, Sandra Ochoa, said": a place in the description names nobody.)
        if (role && (!names(ctx, name) || indefiniteDescription(ctx, name)) && namesInApposition(ctx, role)) [subject, role] = [role, subject];
        // ("Its head, retired general Omar Bakri, said": or closes a role in lower case.)
        else if (role && !names(ctx, name)) {
          const titled = titledNameBetweenCommas(ctx, role.start, role.end + 1);
          if (titled) [subject, role] = [titled, name];
        }
        // ("The woman, Dolores Quintero, 61, said": after an age, the description the name stands in apposition to.)
        if (!role && words.length > 0 && words.every((w) => isNumber(w.key)) && isComma(tokens[name.start - 1])) {
          const described = phraseEndingAt(ctx, name.start - 2);
          if (described && described.start === sentence.first && startsWithArticle(ctx, described) && !names(ctx, described)) {
            role = described;
            aside = false;
          }
        }
      }
    }
  }
  if (quoted >= 0) {
    if (!subject || aside) return null;
    frame.subject = subject;
    frame.role = role;
    frame.lead = Math.min(subject.start, role?.start ?? t);
    pronounSubject(ctx, frame);
    return frame;
  }
  // "As Dr. Sanjay Gupta noted at the time, Trump's heart disease meant …": the clause after the comma is what was said.
  const lead = subject ? Math.min(subject.start, role?.start ?? t) : -1;
  const as = tokens[lead - 1];
  if (subject && isWord(as) && lang.asAttribution?.has(as.key) && (lead - 1 <= sentence.first + 1 || openerBefore(ctx, lead - 1))) {
    // "As we've noted, a study … concluded that …": the writer's aside; the sentence's own verb reports.
    if (subject.end - subject.start === 1 && lang.narratorPronouns?.has((tokens[subject.start] as Token).key)) return null;
    // "As Heald told The Huffington Post, …": past the one told, too.
    let comma = skipSettings(ctx, j);
    if (cue.addressee) while (comma < Math.min(sentence.last, j + ADDRESSEE_WORDS) && isWord(tokens[comma])) comma++;
    if (isComma(tokens[comma]) && isWord(tokens[comma + 1]) && comma + 2 < sentence.last) {
      frame.subject = subject;
      frame.role = role;
      frame.lead = lead;
      frame.contentStart = comma + 1;
      pronounSubject(ctx, frame);
      return frame;
    }
  }
  // A weak cue is often a noun ("a tour of early-voting states", "TV shows"): its subject must be able to speak.
  if (cue.weak && lang.casedNames && subject && !canSpeakPhrase(ctx, subject.start, subject.end) && !quoteBefore(ctx, subject.start)) return null;
  // "… in a lengthy statement posted to Instagram": a phrase a preposition opens is no subject; the participle after it
  // describes the statement.
  if (cue.weak && lang.casedNames && subject && lang.nonClauseWords.has((tokens[subject.start] as Token).key)) return null;
  // ("Central bank holds rates, signals cuts later": no inverted attribution either, nothing but the clause "that" opens.)
  // ("swears he has no idea who …", "indicated she would run": or a clause opened by a personal subject pronoun.)
  if (cue.needsComplementiser && complementAt(ctx, skipSettings(ctx, j)) < 0 && !personalClause(ctx, j)) return null;
  // "…, he said" / "…," said Smith: no complement follows.
  const afterVerb = tokens[j];
  const ends =
    !afterVerb ||
    j >= sentence.last ||
    (afterVerb.type === 'punct' && !introducesNext(ctx, j) && !(isComma(afterVerb) && asideBeforeComplement(ctx, j) >= 0)) ||
    isClose(afterVerb);
  if (!subject || (ends && !(isComma(afterVerb) && isOpen(tokens[j + 1])))) {
    // '"…," the official, who asked not to be named, said.': the subject read through its apposition.
    if (subject && (role || aside)) return postFrame(ctx, t, frame, { subject, role });
    const post = postFrame(ctx, t, frame);
    if (post && role && post.subject) post.role = role;
    return post;
  }
  // ("When Adam Schiff looks into the cameras and swears he …, it's time to …": a subordinate clause opening the
  // sentence; its word is no part of the subject, and the main clause after its comma is no part of what was said.)
  const fronted = subject.start === sentence.first && subject.end - subject.start > 1 && lang.subordinators?.has((tokens[subject.start] as Token).key) === true;
  if (fronted) subject = { start: subject.start + 1, end: subject.end };
  frame.subject = subject;
  frame.role = role;
  frame.lead = Math.min(subject.start, role?.start ?? t);

  if (cue.addressee) j = skipAddressee(ctx, j, true);
  // A weak cue takes its content at once ("found that", "stated:"), or after a setting only when "that" follows it
  // ("stated to LA Weekly that"); "TV shows from Pixar, “Star Wars”" is no speech.
  if (!cue.weak) j = skipSettings(ctx, j);
  else {
    const after = skipSettings(ctx, j);
    if (after > j && (complementAt(ctx, after) >= 0 || introducesNext(ctx, after))) j = after;
    // ("…, NASA announced on Monday.": a setting closing the sentence leaves the verb attributing what came before.)
    else if (after > j && onlyPunctuation(ctx, after)) j = after;
  }
  const tok = tokens[j];
  // '"…," the mayor told reporters outside city hall': an attribution serving the quote before it opens no clause of its own
  // (a quotation it splits, '"…," she said, "…"', is still read from here).
  // (Nor does a name in marks after it, '"…," Maley said on CNBC's "Trading Nation" on Monday.')
  const opensQuote = (k: number) => isOpen(tokens[k]) && !isTermSpan(ctx, k);
  if (quoteBefore(ctx, frame.lead) && !opensQuote(j) && !(isComma(tok) && opensQuote(j + 1))) return postFrame(ctx, t, frame, { subject, role });
  const content = complementAt(ctx, j);
  const afterAside = isComma(tok) ? asideBeforeComplement(ctx, j) : -1;
  if (content >= 0) frame.contentStart = content;
  else if (introducesNext(ctx, j)) frame.contentStart = j + 1;
  // ("have denied 'sensational' claims made in a post that said …": a word or two in marks modifying the noun after them
  // is the object's, no speech of a weak verb's.)
  else if (isOpen(tok) && !(cue.weak && modifierInMarks(ctx, j))) {
    frame.contentStart = j;
    // ('shouted "Shame!" as council members filed out': a sentence ended inside the marks, then a clause of time or
    // manner, is the quotation alone.)
    const close = closeToken(ctx, j);
    const after = tokens[close + 1];
    if (
      close > j &&
      stopBeforeClose(ctx, close) &&
      isWord(after) &&
      (lang.adjunctOpeners?.has(after.key) === true || lang.asAttribution?.has(after.key) === true)
    )
      frame.contentEnd = close + 1;
  } else if (isComma(tok) && isOpen(tokens[j + 1])) frame.contentStart = j + 1;
  // "said, however, that …", "say, explicitly or by intimation, that …": an aside between commas before the clause.
  else if (afterAside >= 0) frame.contentStart = afterAside;
  else if (
    cue.bareClause &&
    !cue.weak &&
    isWord(tok) &&
    (!lang.subjectStops.has(tok.key) || lang.bareClauseOpeners?.has(tok.key) === true || numberBoundAt(ctx, j)) &&
    (!lang.nonClauseWords.has(tok.key) || approximateNumber(ctx, j) || numberBoundAt(ctx, j)) &&
    j < sentence.last &&
    (!cue.clauseNeedsFinite || finiteSoon(ctx, j))
  )
    frame.contentStart = j;
  // ("admitted it, writing …": the pronoun alone before a comma is the object, no clause.)
  else if (cue.bareClause && !cue.weak && isWord(tok) && (tok.key === 'it' || tok.key === 'this' || tok.key === 'there') && !isComma(tokens[j + 1]))
    frame.contentStart = j;
  // "The EU reiterated it still considers …", "confirmed he would stand": a weak cue's clause without "that", opened by a
  // subject pronoun ("it" only before an adverb or an auxiliary: "announced it on Monday" is an object).
  else if (cue.weak && !cue.quotesAfterObject && !cue.needsComplementiser && (pronounClause(ctx, j) || nounClause(ctx, j) || nameClause(ctx, j)))
    frame.contentStart = j;
  else if (explained(ctx, cue, j)) frame.contentStart = j;
  // ("swears he has no idea who …", "indicated she would run": a verb that otherwise needs "that" takes a clause opened
  // by a personal subject pronoun, "it" aside, with a finite verb soon after it.)
  else if (cue.needsComplementiser && personalClause(ctx, j)) frame.contentStart = j;
  // Words after the verb that open no clause ("announced the plan"): no speech here, and no attribution of what came
  // before either, which needs the attribution to end the sentence ("…, officials said on Tuesday.").
  // "…, Cook said while visiting the conference.": a time clause of the verb's own closes the attribution.
  // (", NHK projected after polls closed on Sunday": or a clause of its own; "after the meeting that …" reports the clause.)
  else if (isWord(tok) && lang.adjunctOpeners?.has(tok.key) === true && isWord(tokens[j + 1])) {
    // ("She said while visiting the plant that it would close": the clause after it.)
    let k = j + 1;
    while (k < Math.min(sentence.last, j + ADJUNCT_WORDS) && isWord(tokens[k]) && complementAt(ctx, k) < 0) k++;
    if (complementAt(ctx, k) < 0) return postFrame(ctx, t, frame);
    frame.contentStart = complementAt(ctx, k);
  } else if (isWord(tok) && j < sentence.last) {
    // "A spokesperson reiterated the UK's position that settlements "are illegal …"": a weak cue's object, then the
    // quotation of what was said.
    const quoted = cue.weak && !cue.needsComplementiser ? quotedDescription(ctx, j) : -1;
    if (quoted < 0 || titleCased(ctx, quoted)) return null;
    frame.contentStart = quoted;
    frame.contentEnd = closeToken(ctx, quoted) + 1;
  } else return postFrame(ctx, t, frame);
  // ("I found that regular long combos can be even more deadly", "I would have said Wi-Fi 6 was too new": the writer's
  // own words in narration, unless marked as a quotation.)
  const narrator = subject !== null && subject.end - subject.start === 1 && lang.narratorPronouns?.has((tokens[subject.start] as Token).key) === true;
  if (narrator && !isOpen(tokens[frame.contentStart]) && !isOpen(tokens[frame.contentStart - 1])) return null;
  if (fronted && frame.contentEnd < 0) {
    for (let k = frame.contentStart + 1; k < sentence.last - 1; k++) {
      const tok = tokens[k] as Token;
      if (isComma(tok) && !tok.quoted && isWord(tokens[k + 1])) {
        frame.contentEnd = k;
        break;
      }
    }
  }
  pronounSubject(ctx, frame);
  return frame;
}

/** Words an absolute participle's subject may have between "with" and the participle ("with the i reporting"). */
const ABSOLUTE_SUBJECT_WORDS = 3;

/** The offset of "with" when the words right before the participle at `t` are its own subject after it; -1 otherwise. */
function absoluteSubjectAt(ctx: Ctx, t: number): number {
  const { tokens, lang } = ctx;
  if (!lang.casedNames) return -1;
  let r = t - 1;
  // ("threatening them with tariffs and suggesting …": a conjunction joins two participles; no subject stands between.)
  while (
    r > ctx.sentence.first &&
    t - r <= ABSOLUTE_SUBJECT_WORDS + 1 &&
    isWord(tokens[r]) &&
    !lang.absolutePrepositions?.has((tokens[r] as Token).key) &&
    !lang.coordinators.has((tokens[r] as Token).key)
  )
    r--;
  return r < t - 1 && isWord(tokens[r]) && lang.absolutePrepositions?.has((tokens[r] as Token).key) === true ? r : -1;
}

/**
 * A participle right after «cue verb,» shares that verb's subject ("The victim's mother testified,
 * describing …"); otherwise its speaker carries over from the clause before.
 */
function verbSubject(ctx: Ctx, frame: Frame, t: number): void {
  const { tokens, lang } = ctx;
  const verb = tokens[t - 2];
  // "…, with Boswell stating: …", "with one poster writing "…"": the words right before the participle, after "with",
  // are its own subject.
  const r = absoluteSubjectAt(ctx, t);
  if (r >= 0) {
    frame.subject = { start: r + 1, end: t };
    frame.lead = r + 1;
    frame.carried = false;
    return;
  }
  const subject = isComma(tokens[t - 1]) && isWord(verb) && cueOf(ctx, verb) && !nounAfterDeterminer(ctx, t - 2) ? subjectBefore(ctx, t - 2) : null;
  if (subject && !lang.pronouns.has((tokens[subject.start] as Token).key)) {
    frame.subject = subject;
    frame.lead = subject.start;
  }
  frame.carried = frame.subject === null;
}

/** Words a noun's determiner may stand before it ("its full-year profit forecast"). */
const DETERMINER_LOOKBACK = 3;

/**
 * "Ford withdrew its full-year profit forecast, saying …": a cue word after an article, a possessive or "to", through
 * lower-case modifiers, is a noun or an infinitive, not the finite verb whose subject the participle shares.
 */
function nounAfterDeterminer(ctx: Ctx, at: number): boolean {
  const { tokens, lang } = ctx;
  if (!lang.casedNames) return false;
  for (let k = at - 1; k >= ctx.sentence.first && at - k <= DETERMINER_LOOKBACK; k--) {
    const tok = tokens[k];
    if (!isWord(tok)) return false;
    const key = tok.key;
    if (lang.nonFiniteBefore.has(key) || POSSESSIVE.test(key)) return true;
    if (isCapitalised(ctx, tok) || lang.cues.has(key) || lang.finiteMarkers?.has(key) === true) return false;
  }
  return false;
}

/**
 * «قال شهود عيان لرويترز إن»: «لـ» written onto a known name right before the complementiser is whom they told;
 * «قالت مصادر للجزيرة نت إن», «قال مسؤول للشرق الأوسط إن»: so is «لـ» on a definite name of up to three words
 * before it, unless a title before reads it as its complement («المتحدث باسم الحكومة للشؤون الخارجية»). `afterQuote`: the
 * verb follows a quotation, so nothing but a setting need come after whom it was told.
 */
function gluedAddressee(ctx: Ctx, j: number, titled: () => boolean, afterQuote = false): boolean {
  const tok = ctx.tokens[j] as Token;
  if (!ctx.lang.verbFirst) return false;
  const word = tok.written;
  const clitic = ctx.lang.procliticLength(word, 'ل');
  if (clitic === null || clitic.length >= word.length) return false;
  // «لمحطة تلفزيون سكاي نيوز», «لصحيفة الشرق الأوسط»: «لـ» on an outlet's head noun, whatever its name.
  if (!clitic.article && ctx.lang.outletNouns.has(ctx.lang.key(word.slice(clitic.length)))) return true;
  // «وقالت تسيبي ليفني لنظيرها الفرنسي …»: «لـ» on a noun with its own pronoun, after the subject's first words.
  if (!clitic.article && j > 0 && ctx.lang.possessedNoun(word.slice(clitic.length)) && isWord(ctx.tokens[j - 1])) return true;
  // («قالت مصادر لرويترز يوم الثلاثاء إن»: the day it was told may stand between; «لرويترز شريطة عدم الكشف عن هويته
  // إن», the condition it was told on. Not a second word: «ليلى البدر أن» is a name.)
  if (!clitic.article) {
    if (ctx.lang.gluedPreposition?.(word) !== true) return false;
    const past = (k: number) => {
      const condition = pastCondition(ctx, k);
      return condition !== k ? condition : pastCondition(ctx, pastTimeWords(ctx, k));
    };
    return complementAt(ctx, past(j + 1)) >= 0;
  }
  // («"…"، قالت الطرابلسي للجمهور قبل العرض.»: after a quotation, nothing but a setting may follow whom it was told.)
  const closing = (k: number) => {
    const key = (ctx.tokens[j + 1] as Token).key;
    return k === j + 1 || ctx.lang.settingPrepositions.has(key) || ctx.lang.subjectStops.has(key) || ctx.lang.governingPrepositions?.has(key) === true;
  };
  for (let k = j + 1; k <= j + ADDRESSEE_NAME_WORDS && k <= ctx.sentence.last; k++) {
    const tok = ctx.tokens[k];
    // («وقال للمحكمة: "…"»: a colon before the words said, too.)
    if (k < ctx.sentence.last && (complementAt(ctx, k) >= 0 || isColon(tok))) return !titled();
    if (k === ctx.sentence.last || tok?.type === 'punct') return afterQuote && closing(k) && !titled();
    if (!isWord(tok)) return false;
  }
  return false;
}

/** Words a source's condition («شريطة عدم الكشف عن هويته») may have before the complementiser. */
const CONDITION_WORDS = 7;

/** The token after the condition a source spoke on («طالبا عدم نشر اسمه»), when the complementiser follows it; else `k`. */
function pastCondition(ctx: Ctx, k: number): number {
  const { tokens, lang } = ctx;
  const at = isComma(tokens[k]) ? k + 1 : k;
  const opener = tokens[at];
  if (!isWord(opener) || lang.conditionOpeners?.has(opener.key) !== true) return k;
  for (let e = at + 1; e <= at + CONDITION_WORDS && e < ctx.sentence.last; e++) {
    if (complementAt(ctx, e) >= 0) return e;
    if (isComma(tokens[e]) && complementAt(ctx, e + 1) >= 0) return e + 1;
    if (!isWord(tokens[e])) return k;
  }
  return k;
}

/** The token after up to two words of time («يوم الثلاثاء», «أمس») from `k`. */
function pastTimeWords(ctx: Ctx, k: number): number {
  let e = k;
  while (
    e < k + 2 &&
    isWord(ctx.tokens[e]) &&
    ctx.lang.subjectStops.has((ctx.tokens[e] as Token).key) &&
    !ctx.lang.complementisers.has((ctx.tokens[e] as Token).key)
  )
    e++;
  return e;
}

/** Words an outlet's name with «لـ» written onto it may have before the complementiser («للشرق الأوسط إن»). */
const ADDRESSEE_NAME_WORDS = 3;

/** Whether a document noun opens tokens [from, to): «تقرير صادر عن الاتحاد الوطني للجان السياحية» goes on with its issuer. */
function documentBetween(ctx: Ctx, from: number, to: number): boolean {
  const first = ctx.tokens[from];
  return from < to && isWord(first) && ctx.lang.documentNouns?.has(ctx.lang.articleless(first.key)) === true;
}

/**
 * «الهيئة العليا للانتخابات», «اللجنة الدولية للصليب الأحمر»: a body's noun (no outlet's) and one or two definite words
 * describing it, before which «لـ» on a definite word completes the body's name, not whom it told.
 */
function describedBody(ctx: Ctx, from: number, to: number): boolean {
  const { lang, tokens } = ctx;
  const first = tokens[from];
  if (to - from < 2 || to - from > 3 || !isWord(first)) return false;
  const head = lang.articleless(first.key);
  if (head === first.key || lang.bodyNouns?.has(head) !== true || lang.outletNouns.has(head)) return false;
  for (let k = from + 1; k < to; k++) {
    const tok = tokens[k];
    if (!isWord(tok) || lang.articleless(tok.key) === tok.key || lang.subjectStops.has(tok.key)) return false;
  }
  return true;
}

/** Whether a title stands among tokens [from, to) (a frame's window: short). */
function titledBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isTitleWord(ctx.lang, (ctx.tokens[k] as Token).key)) return true;
  }
  return false;
}

/** «بلقاء مع …», «بمؤتمر صحفي»: a setting noun with «ب» written onto it, after the subject. */
function gluedSetting(ctx: Ctx, tok: Token, titled: () => boolean): boolean {
  const word = tok.written;
  const clitic = ctx.lang.procliticLength(word, 'ب');
  if (!clitic || clitic.length >= word.length) return false;
  const stem = ctx.lang.key((clitic.article ? ctx.lang.article : '') + word.slice(clitic.length));
  const bare = ctx.lang.articleless(stem);
  // «غادان بالإنجليزية»: in a language, the feminine of a nisba adjective after «بالـ», right after a name (after a
  // title it is more likely its complement: «مسؤول بالخارجية»).
  return ctx.lang.settingNouns.has(bare) || (bare !== stem && ctx.lang.languageWord?.(bare) === true && !titled());
}

/** Words an object may have between a describing verb and its quotation ("called the new plan "…""). */
const DESCRIBED_OBJECT_WORDS = 6;

/**
 * The opening mark of a quoted description after a verb's object ("called the plan "a waste of
 * public money"", "describing her daughter as "brave, strong, and smart""), or -1: one or more
 * object words first (right after the verb, marks are a name: "a group called "…""), and three or
 * more words inside (fewer are a scare quote).
 */
function quotedDescription(ctx: Ctx, j: number): number {
  const { tokens, sentence } = ctx;
  let k = j;
  while (k < Math.min(sentence.last, j + DESCRIBED_OBJECT_WORDS) && isWord(tokens[k])) k++;
  // ("described Montalvo as an individual, "facing …"": a comma may set the quotation off.)
  if (k > j && isComma(tokens[k]) && isOpen(tokens[k + 1])) k++;
  if (k === j || !isOpen(tokens[k]) || closeToken(ctx, k) < 0) return -1;
  // "a group calling itself "Runners for Safe Races"": what one calls oneself is a name.
  if (k === j + 1 && ctx.lang.reflexives?.has((tokens[j] as Token).key) === true) return -1;
  // ("a proposal she calls the "Kitchen Table Act"": words all capitalised are a name.)
  return wordsInSpan(ctx, k) >= 3 && !titleCased(ctx, k) ? k : -1;
}

/** Whether a personal subject pronoun other than "it" (often an object) opens a clause at `j`, a finite verb soon after it. */
function personalClause(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j];
  if (!isWord(tok) || tok.key === 'it' || ctx.lang.personalPronouns?.has(tok.key) !== true) return false;
  // ("swears he knew nothing": or a verb in the past right after it.)
  const next = ctx.tokens[j + 1];
  return finiteSoon(ctx, j + 1) || (isWord(next) && ctx.lang.pastTense?.(next.key) === true);
}

/**
 * "explained how he could not have been there", "explaining why the team struggled": after a verb of explaining, a
 * question word (not "if") with a finite verb soon after it opens what was explained.
 */
function explained(ctx: Ctx, cue: CueWord, j: number): boolean {
  const tok = ctx.tokens[j];
  return cue.explains === true && isWord(tok) && tok.key !== 'if' && ctx.lang.questionWords?.has(tok.key) === true && finiteSoon(ctx, j + 1);
}

/** Words in marks before a noun that read as its modifier (a scare quote), not as what was said. */
const SCARE_QUOTE_WORDS = 2;

/** Whether the marks opened at `open` hold a word or two with a word right after them: a modifier of that word. */
function modifierInMarks(ctx: Ctx, open: number): boolean {
  const { tokens, lang } = ctx;
  const close = closeToken(ctx, open);
  const next = tokens[close + 1];
  if (close <= open || wordsInSpan(ctx, open) > SCARE_QUOTE_WORDS || !isWord(next)) return false;
  // ('shouted "Shame!" as council members filed out': an exclamation, or words before a conjunction or a preposition,
  // are what was said.)
  if (stopBeforeClose(ctx, close)) return false;
  return (
    !lang.subjectStops.has(next.key) &&
    !lang.settingPrepositions.has(next.key) &&
    !lang.coordinators.has(next.key) &&
    lang.adjunctOpeners?.has(next.key) !== true
  );
}

/** Whether the quotation closed at `close` ends on a stop inside its marks ('"Shame!"', '"We won."'). */
function stopBeforeClose(ctx: Ctx, close: number): boolean {
  const stop = ctx.tokens[close - 1];
  return stop?.type === 'punct' && /[.!?]/u.test(stop.key);
}

/** Words a title in marks ("Ember Knights", "The Lord of the Rings") may have. */
const TITLE_WORDS = 6;

/** Whether every word inside the marks opened at `open` is capitalised: a title or a name ("Operation Desert Storm"), not speech. */
function titleCased(ctx: Ctx, open: number): boolean {
  if (!ctx.lang.casedNames) return false;
  const close = closeToken(ctx, open);
  for (let k = open + 1; k < close; k++) {
    const tok = ctx.tokens[k] as Token;
    if (isWord(tok) && !isCapitalised(ctx, tok) && !ctx.lang.nameLinks?.has(tok.key) && !ctx.lang.determiners?.has(tok.key)) return false;
  }
  return true;
}

/** Whether a phrase opens with an article: a description ("a senior analyst at X"), not a name. */
function startsWithArticle(ctx: Ctx, range: TokenRange): boolean {
  return ctx.lang.determiners?.has((ctx.tokens[range.start] as Token).key) === true;
}

/** Tokens back from the comma before a verb within which a quotation may close before its attribution's name. */
const QUOTED_ATTRIBUTION_TOKENS = 40;
/** Words of a name right after a quotation. */
const QUOTED_NAME_WORDS = 4;

/**
 * The name and the apposition between a quotation and the comma at `comma` before its verb ('"…," Name, role …, said'):
 * the words from the closing mark's comma to the next comma, capitalised, then the rest; null when no quotation closes
 * within reach or the words there read as no name.
 */
function nameAfterQuote(ctx: Ctx, comma: number): [TokenRange, TokenRange | null] | null {
  const { tokens, sentence } = ctx;
  let close = comma - 1;
  while (close > sentence.first && comma - close <= QUOTED_ATTRIBUTION_TOKENS && !isClose(tokens[close])) close--;
  // 'Matthew Walker, a sleep researcher at the University of California, Berkeley, who …, said': a full name opening the
  // sentence reads the same way.
  // ('City Councilmember Aurelio "Rey" Benavides, whose …, said': a nickname's marks close no quotation.)
  if (isClose(tokens[close]) && nicknameAt(ctx.text, tokens, close - 2, ctx.lang)) close = sentence.first;
  const opening = !isClose(tokens[close]) && comma - sentence.first <= QUOTED_ATTRIBUTION_TOKENS;
  if (!isClose(tokens[close]) && !opening) return null;
  const start = opening ? sentence.first : isComma(tokens[close + 1]) ? close + 2 : close + 1;
  let end = start;
  while (end < comma && isWord(tokens[end])) end++;
  // ('"…," the acting United States attorney for the Eastern District, Marguerite Fontenot-Shaw, said': a description
  // first, then the name between its comma and the verb's.)
  if (!opening && ctx.lang.determiners?.has((tokens[start] as Token | undefined)?.key ?? '') === true && isComma(tokens[end])) {
    let n = end + 1;
    while (n < comma && isWord(tokens[n]) && isCapitalised(ctx, tokens[n] as Token)) n++;
    if (n === comma && n - end - 1 >= 2)
      return [
        { start: end + 1, end: n },
        { start, end },
      ];
  }
  // (One capitalised word opening the sentence names someone only before ", who": "Ochoa-Thompson, who voted …, dismissed".)
  const relativeNext = isWord(tokens[end + 1]) && ctx.lang.relativeAntecedent?.has((tokens[end + 1] as Token).key) === true;
  if (end === start || end >= comma || end - start > QUOTED_NAME_WORDS || !isComma(tokens[end]) || (opening && end - start < 2 && !relativeNext)) return null;
  for (let k = start; k < end; k++) if (!isCapitalised(ctx, tokens[k] as Token) && !ctx.lang.nameLinks?.has((tokens[k] as Token).key)) return null;
  if (!isCapitalised(ctx, tokens[start] as Token) || end + 1 >= comma) return null;
  // (A sentence opening on a setting, "In Washington, …", names no one; nor does one opening on a participle, "Speaking
  // at the rally, …", or a dateline in capitals, "CAPE TOWN, March 12 (Reuters) -".)
  const openingWord = tokens[start] as Token;
  if (
    opening &&
    (ctx.lang.nonClauseWords.has(openingWord.key) ||
      ctx.lang.calendarWords?.has(openingWord.key) ||
      ctx.lang.gerund?.(openingWord.key) === true ||
      tokens.slice(start, end).every((t) => /^[^a-z]*$/.test(t.written)))
  )
    return null;
  // ("Tom Reyes, 34, a former Marine, said": past the age; ", who serves in a provisional government, said": a relative
  // clause is no role, and ends one before it.)
  const age = isNumber((tokens[end + 1] as Token).key) && isComma(tokens[end + 2]) && end + 3 < comma;
  const roleStart = age ? end + 3 : end + 1;
  if (ctx.lang.relativePronouns?.has((tokens[roleStart] as Token).key)) return [{ start, end }, null];
  // ("Ilse Marten, a senior economist at Nordbank, the region's largest lender, told": an apposition opening on an article
  // after a comma describes the last noun, not the person.)
  const { lang } = ctx;
  const endsRole = (k: number) => {
    const next = (tokens[k + 1] as Token | undefined)?.key ?? '';
    return isComma(tokens[k]) && (lang.relativePronouns?.has(next) === true || lang.determiners?.has(next) === true);
  };
  let roleEnd = roleStart;
  while (roleEnd < comma && !endsRole(roleEnd)) roleEnd++;
  if (adverbialBetween(ctx, roleStart, roleEnd)) return [{ start, end }, null];
  return [
    { start, end },
    { start: roleStart, end: roleEnd },
  ];
}

/**
 * Whether the words [from, to) between a name and its verb are an adverbial, no role: adverbs alone ("Mayor Ruth Calder,
 * however, said"), a phrase opening on a preposition ("Wang, for his part, said") or, in a script with capitals, on a
 * participle ("Trump, speaking to reporters, said").
 */
function adverbialBetween(ctx: Ctx, from: number, to: number): boolean {
  const { tokens, lang } = ctx;
  const opener = tokens[from] as Token;
  let adverbs = true;
  for (let k = from; k < to && adverbs; k++) adverbs = lang.preVerbAdverbs.has((tokens[k] as Token).key);
  return adverbs || lang.nonClauseWords.has(opener.key) || (lang.casedNames && !isCapitalised(ctx, opener) && participleOrPreposition(ctx, opener.key));
}

/** Tokens a participial aside before the verb may run to. */
const PARTICIPLE_ASIDE_TOKENS = 30;
/** Lower-case words a description opening the sentence may add after its capitals ("Russia's foreign ministry spokeswoman"). */
const DESCRIPTION_WORDS = 4;

/** Whether a quotation closes right before token `lead` ('"…," Smith said' · '"…", Smith said'), in the same sentence. */
function quoteBefore(ctx: Ctx, lead: number): boolean {
  const { tokens, sentence } = ctx;
  let b = lead - 1;
  if (isComma(tokens[b]) && b > sentence.first) b--;
  return b >= sentence.first && isClose(tokens[b]) && !titleClosing(ctx, b);
}

/** Whether the mark closing at `close` closes a title in marks ("in "Ember Knights,""), no quotation of speech. */
function titleClosing(ctx: Ctx, close: number): boolean {
  const open = openToken(ctx, close);
  return open >= 0 && wordsInSpan(ctx, open) <= TITLE_WORDS && titleCased(ctx, open);
}

/**
 * Whether an apposition is the name of a description before it ("The energy minister, Teresa
 * Ribera,"): it names someone, and opens neither with an article ("a Democrat from Ohio" describes)
 * nor, in a script with capitals, with a participle or preposition ("released Monday by …");
 * "former adviser Fiona Hill" names.
 */
function namesInApposition(ctx: Ctx, range: TokenRange): boolean {
  if (startsWithArticle(ctx, range)) return describedName(ctx, range) || articleAndName(ctx, range);
  const first = ctx.tokens[range.start] as Token;
  if (ctx.lang.casedNames && !isCapitalised(ctx, first) && participleOrPreposition(ctx, first.key)) return false;
  return names(ctx, range) || joinedNamesOnly(ctx, range);
}

/**
 * «، البرتغالي روي فيريرا،»: in a script without capitals, an adjective of origin with its article and two or three
 * bare words after it that are no title, body or function word: a nationality and a name.
 */
function originAndName(ctx: Ctx, range: TokenRange): boolean {
  const { tokens, lang } = ctx;
  const origin = tokens[range.start];
  const words = range.end - range.start - 1;
  if (lang.casedNames || !isWord(origin) || words < 2 || words > 3) return false;
  if (lang.articleless(origin.key) === origin.key || lang.describes?.(origin.key) !== true) return false;
  for (let k = range.start + 1; k < range.end; k++) {
    const tok = tokens[k];
    if (!isWord(tok) || tok.conjunction > 0 || lang.articleless(tok.key) !== tok.key || isTitleWord(lang, tok.key)) return false;
    if (lang.bodyNouns?.has(tok.key) || lang.subjectStops.has(tok.key) || lang.settingPrepositions.has(tok.key) || lang.governingPrepositions?.has(tok.key))
      return false;
  }
  return true;
}

/** Whether nothing but punctuation stands from token `from` to the sentence's end (a look that stops at the first word). */
function onlyPunctuation(ctx: Ctx, from: number): boolean {
  for (let k = from; k < ctx.sentence.last; k++) if ((ctx.tokens[k] as Token).type !== 'punct') return false;
  return true;
}

/** "Haddad and Amsel", "Russia and China": capitalised words joined by "and" and nothing else, two names. */
function joinedNamesOnly(ctx: Ctx, range: TokenRange): boolean {
  const { tokens, lang } = ctx;
  if (!lang.casedNames || range.end - range.start < 3) return false;
  let joiners = 0;
  for (let k = range.start; k < range.end; k++) {
    const tok = tokens[k] as Token;
    if (!isWord(tok)) return false;
    if (lang.nameJoiners?.has(tok.key) === true && k > range.start && k < range.end - 1) joiners++;
    else if (!isCapitalised(ctx, tok) || lang.titles.has(tok.key)) return false;
  }
  return joiners === 1;
}

/**
 * "the saxophonist Julián Ferrer-Watts": an article, a common noun and a name of two words or more closing the phrase
 * ("the head of the World Bank" names a body after its preposition).
 */
function describedName(ctx: Ctx, range: TokenRange): boolean {
  const { tokens, lang } = ctx;
  let k = range.end;
  while (k > range.start && isWord(tokens[k - 1]) && isCapitalised(ctx, tokens[k - 1] as Token)) k--;
  const before = tokens[k - 1];
  // ("a protégé of John Bolton and Dick Cheney": names after a preposition or "and" are someone else's; not "and" between
  // two nouns in lower case, "the broadcaster and critic Fenella Crane".)
  for (let j = range.start + 1; j < k; j++) {
    const tok = tokens[j] as Token;
    const joinsNouns = lang.coordinators.has(tok.key) && isWord(tokens[j - 1]) && !isCapitalised(ctx, tokens[j - 1] as Token);
    if (lang.nonClauseWords.has(tok.key) || (lang.coordinators.has(tok.key) && !joinsNouns)) return false;
  }
  return (
    ctx.lang.casedNames &&
    range.end - k >= 2 &&
    k - range.start >= 2 &&
    isWord(before) &&
    !lang.determiners?.has(before.key) &&
    !lang.nonClauseWords.has(before.key) &&
    !POSSESSIVE.test(before.key)
  );
}

/** "the Clean Fuels Alliance": an article and two capitalised words or more, all the rest of the phrase. */
function articleAndName(ctx: Ctx, range: TokenRange): boolean {
  if (range.end - range.start < 3) return false;
  for (let k = range.start + 1; k < range.end; k++) {
    const tok = ctx.tokens[k];
    if (!isWord(tok) || !isCapitalised(ctx, tok)) return false;
  }
  return true;
}

/** A lower-case word that opens a clause or a complement rather than a name ("released", "based", "of"). */
function participleOrPreposition(ctx: Ctx, key: string): boolean {
  if (ctx.lang.titles.has(key)) return false;
  return ctx.lang.nonClauseWords.has(key) || ctx.lang.gerund?.(key) === true || (key.length > 2 && key.endsWith('ed'));
}

/**
 * Whether a title phrase names the one who holds its head title: «مستشار الرئيس محمود عباس» names the president,
 * the adviser's complement, not the adviser (whose name may follow in apposition).
 */
function namesHead(ctx: Ctx, range: TokenRange): boolean {
  const np = readNounPhrase(ctx.text, ctx.tokens, range.start, range.end, ctx.lang);
  if (np.group || np.nameEnd <= np.nameStart) return false;
  const before = ctx.tokens[np.nameStart - 1];
  if (np.nameStart - 1 > range.start && isWord(before) && isTitleWord(ctx.lang, before.key)) return false;
  // («رئيس دائرة النقل في مجلس بلدة عين الورد، وسيم قطان،»: a name after a preposition is the office's place.)
  // («المتحدثة باسم يونيسف»: nor one the title speaks for.)
  for (let k = range.start + 1; k < np.nameStart; k++) {
    const key = (ctx.tokens[k] as Token).key;
    if (ctx.lang.settingPrepositions.has(key) || ctx.lang.roleLinkers.has(key)) return false;
  }
  return true;
}

/**
 * "A Jefferson County planner", "an Ohio Democrat": in a script with capitals, an indefinite article opening a phrase
 * whose last word is in lower case describes someone, whatever names stand inside it.
 */
function indefiniteDescription(ctx: Ctx, range: TokenRange): boolean {
  const first = ctx.tokens[range.start];
  const last = ctx.tokens[range.end - 1];
  return (
    ctx.lang.casedNames &&
    range.end - range.start >= 2 &&
    isWord(first) &&
    ctx.lang.indefiniteArticles?.has(first.key) === true &&
    isWord(last) &&
    !isCapitalised(ctx, last)
  );
}

/** Whether a phrase holds a name (not only a description or a group). */
function names(ctx: Ctx, range: TokenRange): boolean {
  const np = readNounPhrase(ctx.text, ctx.tokens, range.start, range.end, ctx.lang);
  return !np.group && np.nameEnd > np.nameStart;
}

/** A pronoun subject carries the speaker over with its agreement ("she added"). */
function pronounSubject(ctx: Ctx, frame: Frame): void {
  const s = frame.subject;
  if (!s || s.end - s.start !== 1) return;
  const agreement = ctx.lang.pronouns.get((ctx.tokens[s.start] as Token).key);
  if (!agreement) return;
  frame.agreement = agreement;
  frame.subject = null;
  frame.carried = true;
}

/**
 * Whether the word at `k`, heading a phrase, names someone who can report: a capitalised name, a
 * title, a group, a pronoun, an outlet or a document ("citing officials", "the report states").
 */
function canSpeak(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k];
  if (!isWord(tok)) return false;
  const { lang } = ctx;
  const key = lang.articleless(tok.key);
  return (
    (lang.casedNames && isCapitalised(ctx, tok)) ||
    lang.titles.has(key) ||
    lang.groupNouns.has(key) ||
    lang.pronouns.has(key) ||
    lang.outletNouns.has(key) ||
    lang.settingNouns.has(key) ||
    lang.nameHeads?.has(key) === true ||
    lang.documentNouns?.has(key) === true ||
    // ("The ecologist cautioned that …": a noun for a person, listed or of a person's shape.)
    lang.personHeads?.has(key) === true ||
    lang.personNouns.has(key) ||
    (lang.casedNames && PERSON_SUFFIX.test(key)) ||
    // ("The banks have promised that …", "neo-banks": the plural of a body's noun.)
    (lang.casedNames && key.length > 3 && key.endsWith('s') && pluralSpeaker(lang, key.slice(key.lastIndexOf('-') + 1, -1)))
  );
}

/** Whether the singular of a plural noun (its last hyphenated part) is a body's noun: bodies of that kind can report. */
function pluralSpeaker(lang: QuoteLanguage, singular: string): boolean {
  return lang.nameHeads?.has(singular) === true;
}

/**
 * Whether a phrase names someone who can report, judged on its words before the first preposition:
 * a speaking noun among them ("officials familiar with the plan", "a senior official") or a
 * capitalised last word ("citing Reuters"); "citing Taliban violence" names a reason.
 */
function canSpeakPhrase(ctx: Ctx, start: number, end: number): boolean {
  let stop = start;
  while (stop < end && !(stop > start && ctx.lang.nonClauseWords.has((ctx.tokens[stop] as Token).key))) stop++;
  if (stop > start && ctx.lang.casedNames && isWord(ctx.tokens[stop - 1]) && isCapitalised(ctx, ctx.tokens[stop - 1] as Token)) return true;
  for (let k = start; k < stop; k++) {
    const tok = ctx.tokens[k] as Token;
    if (isWord(tok) && !isCapitalised(ctx, tok) && canSpeak(ctx, k)) return true;
  }
  // ("The team reported that …", "the lender announced that …": a body's noun as the phrase's head, not "business
  // issues".)
  const head = ctx.tokens[stop - 1];
  return stop > start && isWord(head) && (ctx.lang.bodyNouns?.has(head.key) === true || ctx.lang.bodyKinds?.has(head.key) === true);
}

/** Whether a word has the shape of an adverb in "-ly" (lower case, longer than four letters), in a script with capitals. */
function lyShaped(ctx: Ctx, tok: Token | undefined): tok is Token {
  return ctx.lang.casedNames && isWord(tok) && tok.key.length > 4 && tok.key.endsWith('ly') && !isCapitalised(ctx, tok);
}

/** Whether the word at `j`, right after a verb of saying, is an adverb in -ly with a clause or a setting after it. */
function adverbAfterVerb(ctx: Ctx, j: number): boolean {
  if (!lyShaped(ctx, ctx.tokens[j])) return false;
  const next = ctx.tokens[j + 1];
  return complementAt(ctx, j + 1) >= 0 || (isWord(next) && ctx.lang.settingPrepositions.has(next.key));
}

/** "Brooke tearfully asked": a lower-case "-ly" word right after a name is an adverb, not part of the subject. */
function mannerAdverb(ctx: Ctx, b: number): boolean {
  const before = ctx.tokens[b - 1];
  return (
    lyShaped(ctx, ctx.tokens[b]) &&
    isWord(before) &&
    // ("The family said", "His ally said": after a determiner a word in -ly is the noun.)
    !ctx.lang.determiners?.has(before.key) &&
    !ctx.lang.possessiveDeterminers?.has(before.key) &&
    // ("the Kilbride family said", "Amelia's family said": a noun the tables know, after a name, is no adverb either.)
    !ctx.lang.groupNouns.has((ctx.tokens[b] as Token).key) &&
    ctx.lang.personHeads?.has((ctx.tokens[b] as Token).key) !== true &&
    (isCapitalised(ctx, before) || ctx.lang.personalPronouns?.has(before.key) === true)
  );
}

/** Words an addressee may have after its determiner before the clause ("told the Senate panel it …"). */
const ADDRESSEE_NOUNS = 3;

/** "told reporters / the BBC / a press conference": the addressee before the complement. */
function skipAddressee(ctx: Ctx, j: number, stopAtSubject = false): number {
  const { tokens, lang, sentence } = ctx;
  const limit = Math.min(sentence.last, j + 6);
  // "told the jury he would appeal", "told his staff the plan was dead", "told the inquest her daughter had …": a
  // determiner, a noun or two, then the clause's own subject pronoun, article or possessive.
  const opensSubject = (t: Token | undefined) =>
    isWord(t) && (lang.personalPronouns?.has(t.key) === true || lang.determiners?.has(t.key) === true || lang.possessiveDeterminers?.has(t.key) === true);
  for (let k = j; k < limit; k++) {
    const tok = tokens[k] as Token;
    if (isWord(tok) && lang.complementisers.has(tok.key)) return k;
    // ("told WKYZ his family was …": a possessive after the addressee opens the clause, whose "family" is no addressee.)
    // (Not one inside the addressee: "told some of his friends that …".)
    // (A finite verb's only: a participle's clause, "telling Axios the ban had "…"", is read on to its quotation.)
    if (stopAtSubject && k > j && opensSubject(tok) && isCapitalised(ctx, tokens[k - 1] as Token)) break;
    // The sentence's final stop is no boundary: "told Reuters the bill … ." is read below.
    if (!isWord(tok)) {
      if (opensContent(tok, tokens[k + 1])) return k;
      break;
    }
    if (lang.outletNouns.has(tok.key) || lang.groupNouns.has(tok.key)) return k + 1;
  }
  const first = tokens[j];
  if (isWord(first) && (lang.determiners?.has(first.key) === true || lang.possessiveDeterminers?.has(first.key) === true)) {
    let n = j + 1;
    while (n < limit && n - j <= ADDRESSEE_NOUNS && isWord(tokens[n]) && !opensSubject(tokens[n]) && !lang.complementisers.has((tokens[n] as Token).key)) n++;
    if (n > j + 1 && n < limit && opensSubject(tokens[n])) return n;
  }
  // ("telling reporters she had …", "told colleagues he would …": a plain noun, then the clause's subject pronoun.)
  if (
    isWord(first) &&
    !isCapitalised(ctx, first) &&
    !lang.pronouns.has(first.key) &&
    lang.personalPronouns?.has((tokens[j + 1] as Token | undefined)?.key ?? '') === true
  )
    return j + 1;
  // No boundary in sight: the addressee is a determiner and one name ("told Reuters the bill …").
  let k = j;
  if (isWord(tokens[k]) && (tokens[k] as Token).key.length <= 3 && !lang.pronouns.has((tokens[k] as Token).key)) k++;
  while (k < limit && isWord(tokens[k]) && isCapitalised(ctx, tokens[k] as Token)) k++;
  return k > j ? k : j + 1;
}

/** Punctuation after which a verb's content starts: a colon, a comma before a quotation, a quotation mark. */
const opensContent = (tok: Token, next: Token | undefined) => isColon(tok) || isOpen(tok) || (isComma(tok) && (isOpen(next) || isWord(next)));

const isCapitalised = (ctx: Ctx, tok: Token) => isCapitalized(ctx.text, tok);

/** "on Tuesday", "in a statement", "late on Saturday": setting phrases between the verb and its content. */
function skipSettings(ctx: Ctx, j: number): number {
  const { tokens, lang, sentence } = ctx;
  for (let guard = 0; guard < 3; guard++) {
    j = bareTimeAt(ctx, j);
    // ("said publicly that", "said privately on Monday that": an adverb of manner before the clause or its setting.)
    if (adverbAfterVerb(ctx, j)) j++;
    const lasting = durationEnd(ctx, j);
    if (lasting > j) {
      j = lasting;
      continue;
    }
    const tok = tokens[j];
    if (!isWord(tok) || !lang.settingPrepositions.has(tok.key)) return j;
    // ("said at least 12 people died": a number's bound opens the clause, no setting.)
    if (numberBoundAt(ctx, j)) return j;
    // "said on Thursday it would cut 10,000 jobs, about …": a day after the preposition is the whole setting.
    const day = tokens[j + 1];
    if (isWord(day) && isCapitalised(ctx, day) && lang.calendarWords?.has(day.key) === true && isWord(tokens[j + 2])) {
      j += isWord(tokens[j + 2]) && TIME_OF_DAY.has((tokens[j + 2] as Token).key) ? 3 : 2;
      continue;
    }
    // 'said on "Good Morning America"': a title in marks right after the preposition is what the setting names, not speech.
    const close = isOpen(tokens[j + 1]) && titleCased(ctx, j + 1) ? closeToken(ctx, j + 1) : -1;
    if (close > 0) {
      j = close + 1;
      continue;
    }
    // Look ahead for the end of the setting: a complementiser, colon, comma or quotation mark.
    let k = j + 1;
    const limit = Math.min(sentence.last, j + 9);
    while (k < limit && isWord(tokens[k]) && !lang.complementisers.has((tokens[k] as Token).key)) k++;
    // "admitted to threatening the girl": a preposition taking a verb's -ing form is the verb's object, no setting,
    // unless a colon or a quotation follows it ("said after signing his contract: "…"").
    const next = tokens[j + 1];
    if (isWord(next) && lang.gerund?.(next.key)) return k < limit && (isColon(tokens[k]) || isOpen(tokens[k])) ? k : j;
    if (k < limit && (isWord(tokens[k]) || opensContent(tokens[k] as Token, tokens[k + 1]))) return k;
    // To the sentence's end: a setting ("in a statement.") unless a clause follows a short time phrase ("on Thursday it would …").
    if (k < limit && k >= sentence.last - 1 && (keyAmong(ctx, j + 1, k, lang.settingNouns) || !finiteSoon(ctx, j + 1))) return k;
    // A long setting closing the sentence with no verb in it ("said at a Nov. 6 event at the Peterson Institute in
    // Washington."): all of it.
    if (k === limit && sentence.last - j <= SETTING_TO_END && !finiteBetween(ctx, j + 1, sentence.last)) return sentence.last - 1;
    // No boundary: skip the preposition and one or two words ("on Tuesday", "on Nov. 17").
    j += 2;
    if (isWord(tokens[j]) && isCapitalised(ctx, tokens[j] as Token)) j++;
  }
  return j;
}

const isNumber = (key: string): boolean => /^\d+$/.test(key);

/** «at least 12», «at most 40»: a preposition and a word of bound before a number. */
function numberBoundAt(ctx: Ctx, j: number): boolean {
  const bound = ctx.tokens[j + 1];
  const number = ctx.tokens[j + 2];
  return isWord(bound) && ctx.lang.numberBounds?.has(bound.key) === true && isWord(number) && /^\d/.test(number.key);
}

/** "said about 200 people were …": a preposition that reads "roughly" before a number opens a clause's subject. */
function approximateNumber(ctx: Ctx, j: number): boolean {
  const tok = ctx.tokens[j] as Token;
  const next = ctx.tokens[j + 1];
  return ctx.lang.approximators?.has(tok.key) === true && isWord(next) && /^\d/.test(next.key);
}

/** Tokens a setting may run to the end of its sentence. */
const SETTING_TO_END = 20;

/** Whether an auxiliary, modal or copula stands among tokens [from, to). */
function finiteBetween(ctx: Ctx, from: number, to: number): boolean {
  const markers = ctx.lang.finiteMarkers;
  return !markers || keyAmong(ctx, from, to, markers);
}

/** Whether a token among [from, to) has its key in `keys`. */
function keyAmong(ctx: Ctx, from: number, to: number, keys: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (keys.has((ctx.tokens[k] as Token).key)) return true;
  return false;
}

/** Words of a time phrase without a preposition after a weekday ("said Tuesday night"). */
const TIME_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Past a time phrase without a preposition right after a verb ("said Tuesday it would …", "said Monday night that"):
 * a capitalised calendar word and a time of day after it; `j` itself when there is none.
 */
function bareTimeAt(ctx: Ctx, j: number): number {
  const tok = ctx.tokens[j];
  if (!isWord(tok) || !isCapitalised(ctx, tok) || j + 1 >= ctx.sentence.last) return j;
  const next = ctx.tokens[j + 1];
  // "announced Nov. 18 that", "said Sept. 3 it would": a month, written short or whole, and its day.
  let end = j;
  if (isWord(next) && isNumber(next.key) && isMonth(ctx, tok)) end = j + 2;
  else if (ctx.lang.calendarWords?.has(tok.key)) end = isWord(next) && TIME_OF_DAY.has(next.key) ? j + 2 : j + 1;
  // "said Monday was the deadline": the date is the clause's subject, no setting.
  const after = ctx.tokens[end];
  return end < ctx.sentence.last && !(isWord(after) && ctx.lang.finiteMarkers?.has(after.key)) ? end : j;
}

/** Words a duration may have between its preposition and its noun ("for the past two years"). */
const DURATION_WORDS = 3;

/**
 * "argued for decades that", "has said for years it would": past a duration right before a complementiser, a comma or
 * what opens the clause; `j` when there is none.
 */
function durationEnd(ctx: Ctx, j: number): number {
  const { tokens, lang } = ctx;
  const tok = tokens[j];
  const durations = lang.durations;
  if (!durations || !isWord(tok) || !durations.prepositions.has(tok.key)) return j;
  for (let k = j + 1; k <= j + 1 + DURATION_WORDS && isWord(tokens[k]); k++)
    if (durations.nouns.has((tokens[k] as Token).key)) return k + 1 < ctx.sentence.last ? k + 1 : j;
  return j;
}

/** Whether a word is a month, whole or cut short with a stop ("November", "Nov.", "Sept."). */
function isMonth(ctx: Ctx, tok: Token): boolean {
  const short = ctx.text.charCodeAt(tok.end - 1) === 46;
  const bare = tok.key.endsWith('.') ? tok.key.slice(0, -1) : tok.key;
  if (bare.length < 3) return false;
  for (const word of ctx.lang.calendarMonths ?? []) if (bare === word || (short && word.startsWith(bare))) return true;
  return false;
}

/**
 * Whether token `j` opens a clause with a subject pronoun: "he"/"she"/"they" before a word, "it" before an adverb or an
 * auxiliary; so does "there" before an auxiliary ("noted there should be …").
 */
function pronounClause(ctx: Ctx, j: number): boolean {
  const { tokens, lang, sentence } = ctx;
  const tok = tokens[j];
  const next = tokens[j + 1];
  if (!isWord(tok) || !isWord(next) || j + 1 >= sentence.last) return false;
  if (lang.expletiveSubjects?.has(tok.key) && lang.finiteMarkers?.has(next.key)) return true;
  // ("reporting no one will be refused", "said nobody had been told")
  const indefinite = lang.indefiniteSubjects;
  if (indefinite?.has(tok.key) && lang.finiteMarkers?.has(next.key)) return true;
  const third = ctx.tokens[j + 2];
  if (indefinite?.has(`${tok.key} ${next.key}`) && isWord(third) && lang.finiteMarkers?.has(third.key)) return true;
  const agreement = lang.pronouns.get(tok.key);
  if (!agreement || lang.verbFirst) return false;
  if (agreement.gender !== 'n') return true;
  return lang.preVerbAdverbs.has(next.key) || lang.finiteMarkers?.has(next.key) === true;
}

/** Words a noun phrase may run before the verb of a clause it is the subject of ("the head of the agency would"). */
const CLAUSE_SUBJECT_WORDS = 5;

/**
 * "noted the plan would hurt farmers", "confirmed the company had closed": a weak cue's clause without "that" whose subject
 * is a noun phrase opened by an article or a possessive, then an auxiliary or modal. Only "of" may link words inside it:
 * "announced the deal on Tuesday and would …" is an object and a second verb.
 */
function nounClause(ctx: Ctx, j: number): boolean {
  const { tokens, lang, sentence } = ctx;
  const tok = tokens[j];
  const markers = lang.finiteMarkers;
  if (!markers || !isWord(tok) || (!lang.determiners?.has(tok.key) && !lang.possessiveDeterminers?.has(tok.key))) return false;
  let limit = Math.min(sentence.last, j + 1 + CLAUSE_SUBJECT_WORDS);
  let relative = false;
  for (let k = j + 1; k < limit; k++) {
    const word = tokens[k];
    // ("reports the man who kidnapped the child, Michael Webb, was sentenced": past a relative clause on the subject's
    // noun, its apposition's commas too, to the clause's own verb.)
    if (relative && isComma(word)) continue;
    if (!isWord(word)) return false;
    if (markers.has(word.key)) return k > j + 1 && isWord(tokens[k + 1]) && (!relative || isWord(tokens[k - 1]) || isComma(tokens[k - 1]));
    if (!relative && k > j + 1 && lang.relativePronouns?.has(word.key) === true && word.key !== 'which') {
      relative = true;
      limit = Math.min(sentence.last, k + 1 + RELATIVE_CLAUSE_WORDS);
      continue;
    }
    if (relative) continue;
    if (word.key !== 'of' && (lang.subjectStops.has(word.key) || lang.nonClauseWords.has(word.key))) return false;
  }
  return false;
}

/** Words (and commas) a relative clause on a "that"-less clause's subject may have before the clause's verb. */
const RELATIVE_CLAUSE_WORDS = 10;

/** Capitalised words a name opening a clause may have ("stated Daniel Montalvo left …"). */
const CLAUSE_NAME_WORDS = 3;

/**
 * "Whitmore stated Montalvo left …", "noted Smith quietly resigned …": after a weak cue, a name (no possessive) and a
 * verb in the past tense or an auxiliary after it, an adverb in "-ly" between them: a clause, not an object.
 */
function nameClause(ctx: Ctx, j: number): boolean {
  const { tokens, lang, sentence } = ctx;
  if (!lang.casedNames || !lang.pastTense) return false;
  let k = j;
  while (
    k < Math.min(sentence.last, j + CLAUSE_NAME_WORDS) &&
    isWord(tokens[k]) &&
    isCapitalised(ctx, tokens[k] as Token) &&
    !POSSESSIVE.test((tokens[k] as Token).key)
  )
    k++;
  if (k === j || lang.determiners?.has((tokens[j] as Token).key) || lang.pronouns.has((tokens[j] as Token).key)) return false;
  if (isWord(tokens[k]) && (tokens[k] as Token).key.endsWith('ly')) k++;
  const verb = tokens[k];
  // ("reported WeWork is the subject of …", "confirmed Smith will stand": an auxiliary, modal or copula too.)
  return isWord(verb) && !isCapitalised(ctx, verb) && (lang.pastTense(verb.key) || lang.finiteMarkers?.has(verb.key) === true) && isWord(tokens[k + 1]);
}

/** Whether an auxiliary, modal or copula comes within a few words of `j`, in the sentence: a clause, not an object. */
function finiteSoon(ctx: Ctx, j: number): boolean {
  const markers = ctx.lang.finiteMarkers;
  if (!markers) return true;
  const limit = Math.min(ctx.sentence.last, j + 8);
  for (let k = j; k < limit; k++) {
    const tok = ctx.tokens[k] as Token;
    // ("had written a will, it was …": after a determiner the word is a noun.)
    const before = ctx.tokens[k - 1];
    if (markers.has(tok.key) && !(isWord(before) && ctx.lang.determiners?.has(before.key) === true)) return true;
    // "warned residents, adding that …": a comma before any finite verb ends the object; the clause after it is another's.
    if (isComma(tok)) return false;
  }
  return false;
}

/** "in August", "on Tuesday", "in 2019": a time setting that ends a source phrase ("data released by X in August"). */
function datedSetting(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k] as Token;
  const next = ctx.tokens[k + 1];
  if (!ctx.lang.settingPrepositions.has(tok.key) || !isWord(next)) return false;
  return ctx.lang.calendarWords?.has(next.key) === true || /^\d/.test(next.key);
}

const PHRASE_INDEX = new WeakMap<QuoteLanguage, Map<string, SourcePhrase[]>>();

/** Whether a source phrase ("according to", «وفقا لـ») opens at token `k`. */
function opensSource(ctx: Ctx, k: number): boolean {
  const { tokens, lang } = ctx;
  const first = tokens[k];
  if (!isWord(first)) return false;
  return (phrasesByFirstWord(lang).get(first.key) ?? []).some((p) => p.words.every((w, i) => (tokens[k + i] as Token | undefined)?.key === w));
}

/** Source phrases by their first word, built once per language. */
function phrasesByFirstWord(lang: QuoteLanguage): Map<string, SourcePhrase[]> {
  let index = PHRASE_INDEX.get(lang);
  if (!index) {
    index = new Map();
    for (const p of lang.sourcePhrases) index.set(p.words[0] as string, [...(index.get(p.words[0] as string) ?? []), p]);
    PHRASE_INDEX.set(lang, index);
  }
  return index;
}

/** Whether the word at `np` (less the clitic the source phrase wrote onto it) is one of `norms` («للصورة», «القانون»). */
function normHead(ctx: Ctx, np: number, clitic: number, norms: ReadonlySet<string>): boolean {
  const tok = ctx.tokens[np];
  if (!isWord(tok)) return false;
  return norms.has(ctx.lang.articleless(keyPast(ctx.lang, ctx.text, tok, clitic)));
}

/** Words a source may have after its parenthesised acronym before the comma ("(CDC) in the US,"). */
const SOURCE_TAIL_WORDS = 6;

/** «وفقًا للكرملين، …» · «…، بحسب ما أعلنته الوزارة» · "…, according to X". */
function sourceFrame(ctx: Ctx, t: number): Frame | null {
  const { tokens, lang, sentence, text } = ctx;
  const first = tokens[t] as Token;
  // "But according to the council, …", "However, according to …": a link word before it still leaves the source at the
  // head of its sentence, its content after it.
  const link = tokens[sentence.first] as Token;
  const linked =
    lang.casedNames &&
    t > sentence.first &&
    t <= sentence.first + 2 &&
    link.type === 'word' &&
    (lang.coordinators.has(link.key) || lang.preVerbAdverbs.has(link.key)) &&
    (t === sentence.first + 1 || isComma(tokens[sentence.first + 1]));
  // ("Wikinews has learned that according to an Internet posting …, the website is being attacked": right after a
  // complementiser the source opens the clause, as at the head of a sentence.)
  const before = tokens[t - 1];
  const afterComplementiser = lang.casedNames && t > sentence.first + 1 && isWord(before) && lang.complementisers.has(before.key);
  // («كما جاء في بيان للمعارضة أن …», "the opposition's statement also said": «كما» opens it as a conjunction does.)
  const also = t === sentence.first + 1 && link.type === 'word' && lang.alsoWords?.has(link.key) === true;
  const head = t === sentence.first || linked || afterComplementiser || also;
  const candidates = phrasesByFirstWord(lang).get(first.key) ?? (first.conjunction > 0 ? phrasesByFirstWord(lang).get(first.bare) : undefined);
  if (!candidates) return null;
  for (const phrase of candidates) {
    let k = t + 1;
    while (k - t < phrase.words.length && isWord(tokens[k]) && (tokens[k] as Token).key === phrase.words[k - t]) k++;
    if (k - t < phrase.words.length) continue;
    if (isWord(before) && phrase.notAfter?.has(before.key) && !opensSource(ctx, t - 2)) continue;
    const conj = first.key === phrase.words[0] ? 0 : first.conjunction;
    const frame = emptyFrame('source', { start: t, end: k }, first.start + conj);
    let np = k;
    if (phrase.clitic) {
      const tok = tokens[np];
      if (!isWord(tok)) return null;
      const clitic = lang.procliticLength(tok.written, phrase.clitic);
      if (!clitic) return null;
      if (clitic.length >= tok.end - tok.start) np++;
      // «وفقا لما ذكرته الإذاعة»: the relative «ما» with the clitic on it, then its verb; the subject follows.
      else if (!clitic.article && lang.sourceRelatives.has(lang.key(text.slice(tok.start + clitic.length, tok.end))) && isWord(tokens[np + 1])) {
        np += 2;
        if (isWord(tokens[np]) && lang.sourceResumptives.has((tokens[np] as Token).key)) np++;
      } else frame.subjectClitic = clitic;
    }
    // «حسبما أفادت مصادر نفطية»: past the verb of the relative written onto the phrase.
    if (phrase.relative) {
      if (!isWord(tokens[np + 1])) return null;
      np++;
      if (isWord(tokens[np]) && lang.sourceResumptives.has((tokens[np] as Token).key)) np++;
    }
    if (isOpen(tokens[np])) np++;
    if (isWord(tokens[np]) && lang.sourceRelatives.has((tokens[np] as Token).key)) {
      np += 2;
      if (isWord(tokens[np]) && lang.sourceResumptives.has((tokens[np] as Token).key)) np++;
      // «حسب ما جاء في شاهد القبر»: the relative's verb is a source phrase of its own, whose preposition is no part of the source.
      else if (opensSource(ctx, np - 1)) np++;
    }
    // «بحسب قوله»: the pronoun on the noun of saying is the speaker, carried over like «وأضاف».
    const saying = isWord(tokens[np]) ? lang.sayingPronouns?.get((tokens[np] as Token).key) : undefined;
    let e = saying ? np + 1 : np;
    // ("the Center for Democracy & Technology": a joiner between capitalised words is part of the name.)
    const joiner = (k: number) =>
      lang.casedNames && lang.nameJoiners?.has((tokens[k] as Token).key) === true && isWord(tokens[k + 1]) && isCapitalised(ctx, tokens[k + 1] as Token);
    while (
      !saying &&
      e < Math.min(sentence.last, np + NP_WORDS) &&
      (isWord(tokens[e]) || tokens[e]?.type === 'mark' || (e > np && joiner(e))) &&
      (!lang.subjectStops.has((tokens[e] as Token).key) || (e > np && coordinatedInAside(ctx, t, e))) &&
      // «وحسب BBC فإن …»: the content's particle ends the source.
      !lang.contentParticles.has((tokens[e] as Token).key) &&
      !lang.complementisers.has((tokens[e] as Token).key) &&
      !(e > np && datedSetting(ctx, e)) &&
      // («بحسب ما قال العتيبي في ختام المؤتمر الصحافي»: where it was said is no part of the source.)
      !(e > np && lang.verbFirst && settingOpens(ctx, e)) &&
      // («على لسان منسقها تور وينسلاند إلى …»: nor what the clause goes on with after a preposition no role links.)
      !(e > np && lang.verbFirst && unlinkedPreposition(lang, tokens[e])) &&
      // («حسبما قال الوزير ممازحا»: how it was said is no part of the source.)
      !(e > np && lang.manner?.(ctx.text.slice((tokens[e] as Token).start, (tokens[e] as Token).end)) === true) &&
      // "According to Rathbun the property was returned": a determiner after a name opens the content; with no comma
      // to end a source that opens the sentence, so does a preposition or a number ("According to the Saudi Interior
      // Ministry over 345 pilgrims …").
      !(lang.casedNames && e > np && isCapitalised(ctx, tokens[e - 1] as Token) && !isCapitalised(ctx, tokens[e] as Token) && endsSource(ctx, e, head))
    )
      e++;
    if (e === np) return null;
    if (phrase.needsSpeakerHead && !canSpeakPhrase(ctx, np, e)) return null;
    // («وفقا للصورة التي بني عليها», «وفق القانون»: "in accordance with" a norm or a plan, nobody's words.)
    if (phrase.norms && normHead(ctx, np, frame.subjectClitic?.length ?? 0, phrase.norms)) return null;
    if (saying) {
      frame.carried = true;
      frame.agreement = saying;
    } else frame.subject = { start: np, end: e };
    // At the head of the sentence the content follows; later in it, the content is what came before — unless a
    // particle of the content follows the source («اعتقالات بمانشستر وحسب BBC فإن 12 …»).
    // («وعلى حسب ما جاء في شاهد القبر، فإنه …»: a comma may stand before it.)
    const p = isComma(tokens[e]) ? e + 1 : e;
    const particle = tokens[p];
    if (!head && isWord(particle) && lang.contentParticles.has(particle.key) && p + 1 < sentence.last) {
      frame.contentStart = p + 1;
      return frame;
    }
    if (head) {
      let c = e;
      // "According to the team's coach, Alireza Mehraban, in their first match, …": a description's name in apposition.
      const named = frame.subject ? appositionName(ctx, frame.subject, e) : null;
      if (named && frame.subject) {
        frame.role = frame.subject;
        frame.subject = named;
        c = named.end;
      }
      // "According to data released by X in August, …": the time setting belongs to the source.
      if (datedSetting(ctx, c)) {
        let k = c + 1;
        while (k < Math.min(sentence.last, c + 5) && isWord(tokens[k])) k++;
        if (isComma(tokens[k])) c = k;
      }
      // "According to the Centre for Disease Control (CDC) in the US, …": an acronym in parentheses after the source, and a
      // place after it up to the comma, belong to the source.
      if (tokens[c]?.key === '(') {
        const close = closingParenthesis(ctx, c + 1, sentence.last);
        let k = close + 1;
        while (close > c && k < Math.min(sentence.last, close + SOURCE_TAIL_WORDS) && isWord(tokens[k])) k++;
        if (close > c && isComma(tokens[k])) c = k;
      }
      // «وحسب ما قاله تشافيز للصحفيين فإن …»: whom the source spoke to, before the content's particle, is no content.
      const particleAt = (k: number) =>
        isWord(tokens[k]) && (lang.contentParticles.has((tokens[k] as Token).key) || lang.complementisers.has((tokens[k] as Token).key));
      if (isWord(tokens[c]) && (isAddressee(ctx, c) || lang.subjectStops.has((tokens[c] as Token).key)) && particleAt(c + 1)) c++;
      while (c < sentence.last && (isComma(tokens[c]) || particleAt(c))) c++;
      if (c >= sentence.last) return null;
      // "According to the Herald, Professor John Burrows, the panel's chairman, said …": the source relays an
      // attribution of its own, whose speaker is the one quoted (the verb's frame reads it).
      if (relaysAttribution(ctx, c)) return null;
      frame.contentStart = c;
    } else {
      // («دعت الأمم المتحدة على لسان منسقها … إلى ضبط النفس»: a source inside its clause, no comma before it and the
      // clause going on after it with the verb's preposition, names who spoke for the subject; it attributes nothing
      // before it.)
      if (lang.verbFirst && !isComma(tokens[t - 1]) && unlinkedPreposition(lang, tokens[e])) return null;
      // "Teens love AirPods. That's according to a new survey from Piper Jaffray.": what the demonstrative points back at,
      // the sentence before, is the content.
      if (pointsBackAtSentence(ctx, t)) {
        // (Found by a binary search: a paragraph of a thousand such sentences stays linear.)
        const before = ctx.index.sentences[countBefore(ctx.index.sentences, (x) => x.first < sentence.first) - 1];
        if (!before) return null;
        let last = before.last - 1;
        while (last > before.first && trailingPunct(tokens[last])) last--;
        if (last <= before.first) return null;
        frame.contentStart = before.first;
        frame.contentEnd = last + 1;
        return frame;
      }
      let b = t - 1;
      while (b > sentence.first && isComma(tokens[b])) b--;
      // ("This, according to attendees and speakers, is both …": one word before a source between commas is enough when
      // the sentence goes on after it.)
      const between = isComma(tokens[t - 1]) && isComma(tokens[e]) && isWord(tokens[e + 1]);
      if (b < sentence.first || (b === sentence.first && !between)) return null;
      frame.contentEnd = b + 1;
      // «غير أن المشكلة، وفقًا لعدد من الفلاحين، تبقى في …»: a source between commas inside the sentence attributes all of it.
      // (Not before a coordinator opening a clause of its own: "…, according to UN estimates, and more than …".)
      // (Nor before a relative clause about the source: "…, according to the Food and Drug Administration, which tested …",
      // "…, according to two officials, all of whom spoke on condition of anonymity".)
      if (between && !lang.coordinators.has((tokens[e + 1] as Token).key) && !relativeSoon(ctx, e + 1)) {
        let last = sentence.last - 1;
        while (last > e && trailingPunct(tokens[last])) last--;
        if (last > e + 1) frame.contentEnd = last + 1;
      }
    }
    return frame;
  }
  return null;
}

/** Tokens after a source's closing comma in which a relative pronoun opens a clause about the source ("all of whom"). */
const RELATIVE_AFTER_SOURCE_TOKENS = 3;

/** Whether a relative pronoun stands within a few words from `k`. */
function relativeSoon(ctx: Ctx, k: number): boolean {
  for (let i = k; i < Math.min(ctx.sentence.last, k + RELATIVE_AFTER_SOURCE_TOKENS); i++) {
    const tok = ctx.tokens[i];
    if (!isWord(tok)) return false;
    if (ctx.lang.relativePronouns?.has(tok.key) === true) return true;
  }
  return false;
}

/**
 * Whether the coordinator at `e` joins a second source inside an aside between commas ("…, according to attendees and
 * speakers, is …"): the source phrase at `t` follows a comma, and only words stand between `e` and the closing comma.
 */
function coordinatedInAside(ctx: Ctx, t: number, e: number): boolean {
  const { tokens, lang } = ctx;
  if (!lang.coordinators.has((tokens[e] as Token).key) || !isComma(tokens[t - 1])) return false;
  let k = e + 1;
  while (k < Math.min(ctx.sentence.last, e + NP_WORDS) && isWord(tokens[k])) k++;
  return k > e + 1 && isComma(tokens[k]);
}

/** "That's according to …", "This is according to …": a demonstrative and a copula alone open the sentence before `t`. */
function pointsBackAtSentence(ctx: Ctx, t: number): boolean {
  const { tokens, sentence, text, lang } = ctx;
  if (!lang.casedNames || t <= sentence.first || t > sentence.first + 3) return false;
  const opening = text
    .slice((tokens[sentence.first] as Token).start, (tokens[t] as Token).start)
    .trim()
    .toLowerCase();
  return /^(?:that|this)(?:['’]s| is| was)$/.test(opening);
}

/** A preposition that governs what follows it and links no role to its complement («إلى», not «في» of «مسؤول في»). */
const unlinkedPreposition = (lang: QuoteLanguage, tok: Token | undefined): boolean =>
  isWord(tok) && lang.governingPrepositions?.has(tok.key) === true && !lang.roleLinkers.has(tok.key);

/** «في ختام المؤتمر», «خلال لقائه»: a preposition opening where or when something was said, not a role's link. */
function settingOpens(ctx: Ctx, e: number): boolean {
  const { tokens, lang } = ctx;
  const tok = tokens[e];
  const next = tokens[e + 1];
  if (!isWord(tok) || !lang.settingPrepositions.has(tok.key)) return false;
  if (!lang.roleLinkers.has(tok.key) && !lang.spellingSensitive.has(tok.key)) return true;
  return isWord(next) && (settingNounAt(ctx, e + 1) || lang.ownedNoun?.(next.written) === true);
}

/** Whether token `k` is a setting noun («نهاية», «بيان»), with or without its article. */
export function settingNounAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.tokens[k];
  return isWord(tok) && ctx.lang.settingNouns.has(ctx.lang.articleless(tok.key));
}

/**
 * Whether a lower-case word right after a name ends a source phrase: a determiner; at the head of
 * the sentence with no comma after it, a preposition or a number too (not a name's "of" or "and").
 */
function endsSource(ctx: Ctx, e: number, atHead: boolean): boolean {
  const { tokens, lang, sentence } = ctx;
  const key = (tokens[e] as Token).key;
  if (lang.determiners?.has(key)) return true;
  if (!atHead || lang.nameJoiners?.has(key) || lang.nameLinks?.has(key)) return false;
  if (!lang.nonClauseWords.has(key) && !/^\d/.test(key)) return false;
  for (let k = e + 1; k < sentence.last; k++) if (isComma(tokens[k])) return false;
  return true;
}

/**
 * Whether the words from `c` are an attribution of their own: a speaker phrase (and its apposition)
 * then a reporting verb, before any other verb («وفقا للصحيفة، قال الوزير إن»: the verb at once).
 */
function relaysAttribution(ctx: Ctx, c: number): boolean {
  const { tokens, lang, sentence } = ctx;
  const limit = Math.min(sentence.last, c + APPOSITION_WORDS);
  for (let k = c; k < limit; k++) {
    const tok = tokens[k] as Token;
    if (tok.type === 'mark' || isColon(tok)) return false;
    if (!isWord(tok)) continue;
    // ("one user on Weibo, which is essentially China's version of Twitter, posted:": past a relative clause between commas.)
    if (isComma(tokens[k - 1]) && lang.relativePronouns?.has(tok.key) === true) {
      let close = k + 1;
      while (close < limit && !isComma(tokens[close])) close++;
      if (close < limit) {
        k = close;
        continue;
      }
    }
    const found = cueOf(ctx, tok);
    // ("According to Swift, her former label Big Machine … is preventing her": a describing verb's word is a noun as often.)
    // ('According to AFP, one user on Weibo … posted: "…"': a weak one with a colon after it is a verb of saying too.)
    const saying = found && !found.cue.participle && !found.cue.quotesAfterObject && (!found.cue.weak || isColon(tokens[k + 1]));
    if (found && saying) return lang.verbFirst ? k === c : k > c && (isWord(tokens[k - 1]) || isComma(tokens[k - 1]));
    if (lang.verbFirst || lang.finiteMarkers?.has(tok.key)) return false;
  }
  return false;
}

/**
 * The name between the comma at `comma` and the next one, when the source phrase before it is a
 * description without a name ("the Afghan team's coach, Alireza Mehraban,").
 */
function appositionName(ctx: Ctx, source: TokenRange, comma: number): TokenRange | null {
  const { tokens } = ctx;
  if (!isComma(tokens[comma]) || names(ctx, source)) return null;
  let k = comma + 1;
  // ("a Pentagon spokesman, Lt. Col. Dave Eastburn,": a rank's abbreviations are not counted.)
  let ranks = 0;
  while (k < ctx.sentence.last && k - comma - ranks <= APPOSED_NAME_WORDS && isWord(tokens[k])) {
    if ((tokens[k] as Token).written.endsWith('.')) ranks++;
    k++;
  }
  if (!isComma(tokens[k]) || k === comma + 1 || k - comma - ranks > APPOSED_NAME_WORDS) return null;
  const name = { start: comma + 1, end: k };
  return namesInApposition(ctx, name) ? name : null;
}

/** A headline «الكرملين: …» / "Klopp: 'We were robbed'": a short speaker phrase and a colon. */
export function headlineFrame(ctx: Ctx): Frame | null {
  const { tokens, lang, sentence } = ctx;
  let j = sentence.first;
  let named = 0;
  while (j < sentence.last && named < HEADLINE_SPEAKER_WORDS) {
    const tok = tokens[j] as Token;
    if (isWord(tok)) {
      if (cueOf(ctx, tok)) return null;
      j++;
      named++;
      continue;
    }
    // («مصادر وزارية لـ“النهار”:»: the outlet told, in marks after «لـ». Not a name in marks describing the speaker,
    // «مخرجة «الحيطان لا تنام»:», whom no later title finds.)
    const mark = tokens[j] as Token;
    // («متحدث "الصحة":», «رئيس "فيفا":»: nor the body a title heads, one or two words in marks.)
    const before = tokens[j - 1];
    const headed = isWord(before) && isTitleWord(lang, before.key);
    const close = mark.type === 'mark' && mark.role === 'open' && j > sentence.first && (isAddressee(ctx, j - 1) || headed) ? closingMark(ctx, j) : -1;
    if (headed && !isAddressee(ctx, j - 1) && close - j - 1 > 2) break;
    if (close < 0) break;
    named += close - j - 1;
    j = close + 1;
  }
  if (j === sentence.first || !isColon(tokens[j]) || j + 1 >= sentence.last) return null;
  const kicker = tokens[sentence.first] as Token;
  if (lang.headlineKickers.has(kicker.key) || (lang.verbFirst && lang.headlineKickers.has(lang.articleless(kicker.key)))) return null;
  // «الشارقة: «الخليج»», "WASHINGTON: AP": one word after the colon is a dateline's credit, not something said.
  let words = 0;
  for (let k = j + 1; k < sentence.last && words < 2; k++) if (isWord(tokens[k])) words++;
  if (words < 2) return null;
  // Scripts with capitals: the words before the colon end in a name ("Klopp:", "Kremlin:", "UN chief:"), not "See it now:".
  const lastWord = tokens[j - 1] as Token;
  if (lang.casedNames && !isCapitalised(ctx, lastWord) && !lang.titles.has(lastWord.key) && !lang.groupNouns.has(lastWord.key)) return null;
  // (Headlines drop the article: "The Plan Stage: Think and dream productively" is a subheading's label.)
  if (lang.casedNames && lang.determiners?.has((tokens[sentence.first] as Token).key) === true) return null;
  const frame = emptyFrame('headline', null, -1);
  // («مدرب الأهلي بعد التأهل لنهائي أفريقيا: …»: a setting after the speaker is no part of the name.)
  let end = j;
  if (lang.verbFirst)
    for (let k = sentence.first + 1; k < j; k++) {
      const key = (tokens[k] as Token).key;
      // («مصادر وزارية لـ“النهار”:»: the outlet told, in marks after «لـ», is no part of the speaker.)
      if (isAddressee(ctx, k) || (!lang.roleLinkers.has(key) && (lang.subjectStops.has(key) || lang.settingPrepositions.has(key)))) {
        end = k;
        break;
      }
    }
  frame.subject = { start: sentence.first, end };
  // («.. ونقابتهم:»: the «و» joining a headline's second clause is no part of the speaker; the one «وزير» opens on is.)
  const opener = tokens[sentence.first] as Token;
  if (opener.conjunction > 0 && sentence.first > 0 && !wholeTitle(lang, opener)) frame.subjectClitic = { length: opener.conjunction, article: false };
  frame.contentStart = j + 1;
  return frame;
}

/** Words a headline's speaker before its colon may hold («وزير الخارجية الأردني الأسبق:»). */
const HEADLINE_SPEAKER_WORDS = 6;

/** The close of the marks opening at `open` when a few words and nothing else stand between (a name in marks), else -1. */
function closingMark(ctx: Ctx, open: number): number {
  const close = closeToken(ctx, open);
  if (close <= open + 1 || close - open > HEADLINE_SPEAKER_WORDS) return -1;
  for (let k = open + 1; k < close; k++) if (!isWord(ctx.tokens[k])) return -1;
  return close;
}

/** Whether a word read as conjunction and stem is a title as it stands («وزير», «وكيل»), which the stem is not. */
function wholeTitle(lang: Ctx['lang'], tok: Token): boolean {
  return isTitleWord(lang, tok.key) && !isTitleWord(lang, tok.bare);
}

/** Every frame of one sentence, in order; cues inside quotation marks are the speaker's own words and are skipped. */
export function framesOf(ctx: Ctx): Frame[] {
  const out: Frame[] = [];
  const { tokens, lang, sentence } = ctx;
  // Only a cue or a source phrase's first word starts a frame: the block index lists them.
  const triggers = ctx.index.triggers;
  for (let k = firstAtLeast(triggers, sentence.first); k < triggers.length && (triggers[k] as number) < sentence.last; k++) {
    const t = triggers[k] as number;
    const tok = tokens[t] as Token;
    const source = sourceFrame(ctx, t);
    if (source) {
      out.push(source);
      continue;
    }
    const found = cueOf(ctx, tok, t);
    // («من كتب أبنائه»: a past form right after «من» is a noun; «من يرى أن» is a verb.)
    const before = tokens[t - 1];
    if (!found || (!found.cue.present && tok.conjunction === 0 && isWord(before) && lang.pastNounGovernors?.has(before.key) === true)) continue;
    const frame = lang.verbFirst ? verbFirstFrame(ctx, t, found.cue, found.conjunction) : subjectFirstFrame(ctx, t, found.cue);
    if (!frame) continue;
    out.push(frame);
    // Cue words between a verb and its content belong to its subject or apposition, not to frames of their own.
    if (lang.verbFirst && frame.contentStart > t) while (k + 1 < triggers.length && (triggers[k + 1] as number) < frame.contentStart) k++;
  }
  return out;
}
