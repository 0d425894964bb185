/**
 * Arabic normalisation for MATCHING only (gazetteers, aliases, speaker names): the output is a
 * key, never text shown to a reader. Every function is one linear pass over the characters.
 */

/** Tatweel (kashida), the harakat, shadda, sukun, dagger alef and Quranic marks: nothing to match on. */
export function isArabicMark(code: number): boolean {
  return (
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed)
  );
}

/** Letters that spelling varies on, mapped to one form: alef forms, alef maqsura, ta marbuta, Persian kaf/yeh. */
const FOLD: ReadonlyMap<number, string> = new Map([
  [0x0622, 'ا'], // آ
  [0x0623, 'ا'], // أ
  [0x0625, 'ا'], // إ
  [0x0671, 'ا'], // ٱ
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0649, 'ي'], // ى
  [0x06cc, 'ي'], // ی
  [0x06d2, 'ي'],
  [0x0629, 'ه'], // ة
  [0x06c0, 'ه'],
  [0x06a9, 'ك'], // ک
  [0x0624, 'و'], // ؤ
  [0x0626, 'ي'], // ئ
]);

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII, so «٢٠٢٣» matches «2023». */
function foldDigit(code: number): string | undefined {
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return undefined;
}

const KEEP = 0;
/** For the Arabic block: KEEP when a character is its own key (most letters), 1 when it changes. */
const ARABIC_ACTION = new Uint8Array(0x100);
for (let code = 0x0600; code <= 0x06ff; code++) {
  if (isArabicMark(code) || FOLD.has(code) || foldDigit(code) !== undefined) ARABIC_ACTION[code - 0x0600] = 1;
}

/**
 * The matching key of a string: alef forms → ا, ى/ی → ي, ة → ه, ؤ → و, ئ → ي, Arabic digits →
 * ASCII; tatweel and diacritics removed; Latin letters lower-cased. Idempotent.
 */
export function normalizeArabic(s: string): string {
  // Words repeat: a bounded memo makes the usual call one Map lookup.
  const short = s.length <= 32;
  if (short) {
    const hit = memo.get(s);
    if (hit !== undefined) return hit;
  } else if (s === lastLong) return lastLongKey;
  // Copy unchanged stretches whole: one slice per change, not one concatenation per character.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let replacement: string | undefined;
    if (code < 0x80) {
      if (code < 65 || code > 90) continue;
      replacement = String.fromCharCode(code + 32);
    } else if (code >= 0x0600 && code <= 0x06ff && ARABIC_ACTION[code - 0x0600] === KEEP) continue;
    else if (isArabicMark(code)) replacement = '';
    else {
      replacement = FOLD.get(code) ?? foldDigit(code);
      if (replacement === undefined) {
        const ch = s[i]!;
        const lower = ch.toLowerCase();
        if (lower === ch) continue;
        replacement = lower;
      }
    }
    out += s.slice(from, i) + replacement;
    from = i + 1;
  }
  out = from === 0 ? s : out + s.slice(from);
  if (short) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(s, out);
  } else {
    // A long string is usually asked about again at once (each feature of one run-on word).
    lastLong = s;
    lastLongKey = out;
  }
  return out;
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;
let lastLong = '';
let lastLongKey = '';

export interface ProcliticSplit {
  /** The word after the proclitics, as written (original characters). */
  stem: string;
  /** UTF-16 length of what was stripped (letters plus any tatweel or diacritics after them). */
  prefixLength: number;
  /**
   * True when the stripped prefix was «لل» (لِ + the article, whose alef is dropped): the stem
   * lost its article, so its full form is «ال» + stem (للكرملين → كرملين, full form الكرملين).
   */
  article: boolean;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/** Index after `i` skipping tatweel and diacritics (a clitic may carry a haraka or a kashida: «لـ»). */
function skipMarks(word: string, i: number): number {
  while (i < word.length && isArabicMark(word.charCodeAt(i))) i++;
  return i;
}

/** Letters (not marks) left in `word` from `i`. */
function lettersFrom(word: string, i: number): number {
  let n = 0;
  for (let j = i; j < word.length; j++) if (!isArabicMark(word.charCodeAt(j))) n++;
  return n;
}

/**
 * Every way to read `word` as proclitics + stem, from the fullest stripping to none (the word as
 * is comes last). Proclitics: a conjunction (و ف), then a preposition (ب ل ك) or «لل», then the
 * article «ال» is KEPT in the stem (it belongs to names such as الكرملين). A stem keeps at least
 * two letters. Which reading is right needs a lexicon or a model; callers choose.
 */
export function procliticSplits(word: string): ProcliticSplit[] {
  const out: ProcliticSplit[] = [];
  const push = (at: number, article: boolean) => {
    if (lettersFrom(word, at) >= 2) out.push({ stem: word.slice(at), prefixLength: at, article });
  };
  const starts: number[] = [0];
  const c0 = word.charCodeAt(0);
  if (c0 === WAW || c0 === FA) starts.push(skipMarks(word, 1));
  for (const at of starts) {
    const c = word.charCodeAt(at);
    const next = skipMarks(word, at + 1);
    if (c === LAM && word.charCodeAt(next) === LAM) push(skipMarks(word, next + 1), true);
    // A lone «ل» before «ل» would split «لل» wrongly (the second lam is the article's).
    else if (c === BA || c === KAF || c === LAM) push(next, false);
    if (at > 0) push(at, false);
  }
  out.sort((a, b) => b.prefixLength - a.prefixLength);
  out.push({ stem: word, prefixLength: 0, article: false });
  // Distinct readings only.
  const seen = new Set<number>();
  return out.filter((s) => {
    if (seen.has(s.prefixLength)) return false;
    seen.add(s.prefixLength);
    return true;
  });
}

/**
 * The fullest proclitic stripping that leaves a stem of at least three letters (two after «لل»),
 * a reasonable default when there is no lexicon: وبموسكو → موسكو, لطاجيكستان → طاجيكستان,
 * للكرملين → كرملين (article: true), وقال → قال; «ك» only before the article (كالعادة). Words whose first letters are their own
 * (وليد, بكين) need a lexicon; see `procliticSplits`.
 */
export function stripProclitics(word: string): ProcliticSplit {
  for (const split of procliticSplits(word)) {
    if (split.prefixLength === 0) return split;
    // «ك» as a preposition is rare except before the article; as a first letter it is common (كازاخستان, كابول).
    const last = lastLetterBefore(word, split.prefixLength);
    if (last === KAF && !split.stem.startsWith('ال')) continue;
    const letters = lettersFrom(split.stem, 0);
    if (letters >= 3 || (split.article && letters >= 2)) return split;
  }
  return { stem: word, prefixLength: 0, article: false };
}

/** The last letter (not mark) before index `end`. */
function lastLetterBefore(word: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (!isArabicMark(c)) return c;
  }
  return -1;
}

/** True for letters of the Arabic blocks (not digits, not punctuation, not marks). */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff)
  );
}
