/**
 * Arabic knowledge for the quote stage: reporting verbs in every person the news uses (their
 * endings give the speaker's gender and number), complementisers, source phrases, titles, groups.
 * Written undiacritised; every entry is looked up by its `normalizeArabic` key.
 */

import { memoByWord } from '../memo-by-word.js';
import { isArabicMark, normalizeArabic } from '../normalize-arabic.js';
import type { Agreement, CueWord, QuoteLanguage, TitleWord, WordShape } from '../quote-language.js';
import { keySet } from '../quote-language.js';
import { AR_ABBREVIATIONS } from './abbreviations.js';
import { frequency, prior, stemOf } from './entities/token-facts.js';
import { AR_GIVEN_NAME_GENDER } from './given-names.js';

const M: Agreement = { gender: 'm', number: 'sg' };
const F: Agreement = { gender: 'f', number: 'sg' };
const PL: Agreement = { number: 'pl' };
const DU: Agreement = { number: 'du' };
/** Agreement of the eight columns of a verb row: m.sg f.sg m.pl f.pl du.m du.f present m/f. */
const COLUMNS: readonly Agreement[] = [M, F, PL, PL, DU, DU, M, F];
/** The first column of present forms. */
const PRESENT_COLUMN = 6;

interface VerbRow {
  forms: string;
  flags?: Omit<CueWord, 'lemma' | 'agreement'>;
}

/** Reporting verbs (attribution-cues.md §2). `-` marks a form left out because it is ambiguous. */
const VERBS: readonly VerbRow[] = [
  { forms: 'قال قالت قالوا قلن قالا قالتا يقول تقول' },
  // «وأفيد بأن …», «وقيل إن …»: passive, said by nobody the text names.
  { forms: 'أفيد - - - - - يقال -', flags: { passive: true } },
  { forms: 'قيل - - - - - - -', flags: { passive: true } },
  // «وتردد أن …»: it was rumoured, by nobody named (only with its complementiser: «تردد في» hesitated; the present
  // «يتردد» is as often "echoes" or «لا يتردد في» "does not hesitate").
  { forms: 'تردد - - - - - - -', flags: { passive: true, needsComplementiser: true } },
  { forms: 'أضاف أضافت أضافوا أضفن أضافا أضافتا يضيف تضيف', flags: { carry: true } },
  { forms: 'تابع تابعت تابعوا تابعن تابعا تابعتا يتابع تتابع', flags: { carry: true } },
  { forms: 'استطرد استطردت استطردوا - - - يستطرد تستطرد', flags: { carry: true } },
  { forms: 'أردف أردفت أردفوا - - - يردف تردف', flags: { carry: true } },
  { forms: 'استدرك استدركت استدركوا - - - يستدرك تستدرك', flags: { carry: true } },
  { forms: 'ختم ختمت ختموا - - - يختم تختم', flags: { carry: true } },
  { forms: 'أكد أكدت أكدوا أكدن أكدا أكدتا يؤكد تؤكد', flags: { nominalObject: true } },
  { forms: 'أشار أشارت أشاروا أشرن أشارا أشارتا يشير تشير', flags: { objectPrepositions: ['إلى'] } },
  { forms: 'أوضح أوضحت أوضحوا أوضحن أوضحا أوضحتا يوضح توضح' },
  { forms: 'لفت لفتت لفتوا لفتن لفتا لفتتا يلفت تلفت', flags: { objectPrepositions: ['إلى'] } },
  { forms: 'شدد شددت شددوا شددن شددا شددتا يشدد تشدد', flags: { objectPrepositions: ['على'] } },
  { forms: 'حذر حذرت حذروا حذرن حذرا حذرتا يحذر تحذر', flags: { objectPrepositions: ['من'], personObject: true } },
  { forms: 'اعتبر اعتبرت اعتبروا اعتبرن اعتبرا اعتبرتا يعتبر تعتبر' },
  { forms: 'رأى رأت رأوا رأين رأيا رأتا يرى ترى' },
  { forms: 'صرح صرحت صرحوا صرحن صرحا صرحتا يصرح تصرح' },
  { forms: 'أعلن أعلنت أعلنوا - أعلنا أعلنتا يعلن تعلن', flags: { nominalObject: true } },
  { forms: 'أفاد أفادت أفادوا أفدن أفادا أفادتا يفيد تفيد' },
  { forms: 'أورد أوردت أوردوا - - - يورد تورد' },
  // «كان خبراء الطاقة يقدرون أن …» (estimate; «تقدر قيمته بـ» has no clause).
  { forms: 'قدر قدرت قدروا - - - يقدر تقدر', flags: { weak: true } },
  // «ووصف الوزير القرار بأنه "خطأ فادح"»: what was described, then what it was called.
  { forms: 'وصف وصفت وصفوا - - - يصف تصف', flags: { objectBeforeClause: true } },
  { forms: 'ذكر ذكرت ذكروا ذكرن ذكرا ذكرتا يذكر تذكر' },
  // («تبين أن» is as often "it turned out that", tabayyana: left out.)
  { forms: 'بين بينت بينوا - بينا بينتا يبين -', flags: { weak: true } },
  { forms: 'كشف كشفت كشفوا كشفن كشفا كشفتا يكشف تكشف', flags: { objectPrepositions: ['عن'] } },
  // «أظهر تقرير أميركي أن …»: a report or study shows (also "appears", «يظهر في الشريط»: only with a clause).
  { forms: 'أظهر أظهرت - - - - - -', flags: { weak: true } },
  { forms: 'نفى نفت نفوا نفين نفيا نفتا ينفي تنفي', flags: { nominalObject: true } },
  { forms: 'أعرب أعربت أعربوا أعربن أعربا أعربتا يعرب تعرب', flags: { objectPrepositions: ['عن'] } },
  { forms: 'توقع توقعت توقعوا توقعن توقعا توقعتا يتوقع تتوقع' },
  { forms: 'تكهن تكهنت تكهنوا - - - يتكهن تتكهن' },
  { forms: 'كرر كررت كرروا - كررا كررتا يكرر تكرر' },
  { forms: 'أقر أقرت أقروا أقررن أقرا أقرتا يقر تقر' },
  { forms: 'اعترف اعترفت اعترفوا اعترفن اعترفا اعترفتا يعترف تعترف' },
  { forms: 'نوه نوهت نوهوا نوهن نوها نوهتا ينوه تنوه', flags: { objectPrepositions: ['إلى'] } },
  { forms: 'ألمح ألمحت ألمحوا - - - يلمح تلمح', flags: { objectPrepositions: ['إلى'] } },
  { forms: 'رد ردت ردوا - - - يرد ترد', flags: { weak: true } },
  // «هتف المتهم من داخل قفص الاتهام: "أنا مظلوم"», «هتف المتظاهرون "…"»: shouted, chanted.
  { forms: 'هتف هتفت هتفوا - - - يهتف تهتف', flags: { weak: true } },
  { forms: 'صرخ صرخت صرخوا - - - يصرخ تصرخ', flags: { weak: true } },
  // «وردّ الخلايلة على زميله قائلا»: a stem of two letters keeps its «و» (as «ونص» below); «ورد في التقرير أن» is
  // «وَرَد», "it was stated".
  { forms: 'ورد - - - - - - -', flags: { weak: true, notBefore: ['في', 'ضمن', 'ذكر', 'اسم'] } },
  // «فرد عليه النائب فراس الزعبي قائلا»: so with «ف» («فرد» is also "an individual": «فرد من العائلة», «كل فرد»).
  { forms: 'فرد فردت فردوا - - - - -', flags: { weak: true, notBefore: ['من', 'في', 'واحد'] } },
  // «"…"، تسأل سهى»: asking, as «تساءل».
  { forms: 'سأل سألت سألوا - - - يسأل تسأل', flags: { asks: true } },
  { forms: 'تساءل تساءلت تساءلوا - - - يتساءل تتساءل', flags: { asks: true } },
  { forms: 'أجاب أجابت أجابوا - - - يجيب تجيب' },
  // Past only: «أن تلاحظ أن» (that you notice) reports nobody.
  { forms: 'لاحظ لاحظت لاحظوا - - - - -', flags: { weak: true } },
  { forms: 'زعم زعمت زعموا زعمن زعما زعمتا يزعم تزعم' },
  { forms: 'ادعى ادعت ادعوا - - - يدعي تدعي' },
  { forms: 'كتب كتبت كتبوا كتبن - - يكتب تكتب' },
  // «وتروي الكاتبة أن …»: recounting.
  { forms: 'روى روت رووا - - - يروي تروي' },
  { forms: 'غرد غردت غردوا - - - يغرد تغرد' },
  { forms: 'رجح رجحت رجحوا - - - يرجح ترجح' },
  // «وتعهد الرئيس بأن …»: a pledge reports a clause, only with its complementiser («تعهد بدفع المستحقات» pledges a
  // thing). («وعد», which takes whom it promised before «بأن», is left out: «وعد الله نبيه إبراهيم بأن».)
  { forms: 'تعهد تعهدت تعهدوا - - - يتعهد تتعهد', flags: { needsComplementiser: true } },
  // «وأصر رافاران ان …», «يصر على أنه …»: insisting is saying again.
  { forms: 'أصر أصرت أصروا - - - يصر تصر', flags: { objectPrepositions: ['على'] } },
  { forms: 'استبعد استبعدت استبعدوا - - - يستبعد تستبعد' },
  { forms: 'جدد جددت جددوا - - - يجدد تجدد', flags: { nominalObject: true } },
  // Past only: «يبلغ» is as often "reaches" («ويبلغ من العمر 42 عاما», «تبلغ قيمته»).
  { forms: 'أبلغ أبلغت أبلغوا - - - - -', flags: { addressee: true } },
  { forms: 'أخبر أخبرت أخبروا - - - يخبر تخبر', flags: { addressee: true } },
  { forms: 'نقل نقلت نقلوا - - - ينقل تنقل', flags: { relay: 'عن' } },
  // «وعلمت وكالة الأنباء القطرية أنه …», «وعلمت الراية من مصادرها أن …»: what an outlet learned, from whom it names
  // (the feminine past only, and only with its complementiser: «علم» is as often a flag or a science, and «وعلم أن» is
  // the passive, "it was learned").
  { forms: '- علمت - - - - - -', flags: { relay: 'من', needsComplementiser: true } },
  // «ونسبت الوكالة إلى مسؤول قوله إن …»: the agency attributes, the speaker follows «إلى».
  { forms: 'نسب نسبت نسبوا - - - ينسب تنسب', flags: { relay: 'إلى' } },
  { forms: 'علق علقت علقوا - - - يعلق تعلق', flags: { objectPrepositions: ['على'] } },
  // «ونص القرار على أن …»: a text stipulates (also the noun «نص», text: only with «على أن» after it).
  { forms: 'نص نصت - - - - ينص تنص', flags: { objectPrepositions: ['على'], weak: true } },
  // «ونص»: a stem of two letters keeps its «و» (conjunctionLength splits off none before so short a stem).
  { forms: 'ونص - - - - - - -', flags: { objectPrepositions: ['على'], weak: true } },
];

/** Adverbial participles (m, f, pl): «موضحًا أن» continues the sentence's speaker. */
const PARTICIPLES = [
  'قائلا قائلة قائلين',
  'مضيفا مضيفة مضيفين',
  'موضحا موضحة موضحين',
  'مؤكدا مؤكدة مؤكدين',
  'مشيرا مشيرة مشيرين',
  'لافتا لافتة لافتين',
  'معتبرا معتبرة معتبرين',
  'مشددا مشددة مشددين',
  'محذرا محذرة محذرين',
  'منوها منوهة منوهين',
  'مبينا مبينة مبينين',
  'متابعا متابعة متابعين',
  'مردفا مردفة مردفين',
  'معربا معربة معربين',
  'كاشفا كاشفة كاشفين',
  'معلنا معلنة معلنين',
  'متسائلا متسائلة متسائلين',
  'مستدركا مستدركة مستدركين',
  'مكررا مكررة مكررين',
  // «وبررت الوكالة القرار بقولها إنه …»: "by his saying", the speaker's words after it, as after «قائلا».
  'بقوله بقولها بقولهم',
];

/** How often the lexicon knows a stem as a word, bare or with the article. */
const knownAlone = (stem: string) => frequency(stem) + frequency(`ال${stem}`);

/** Whether the lexicon knows `stem` as a word of its own, and better than `key`, the word it was cut from. */
const outweighs = (stem: string, key: string) => {
  const known = knownAlone(stem);
  return known >= 2 && known > frequency(key);
};

/**
 * Whether a key less its first letter (a one-letter preposition) is a word the lexicon knows better
 * alone than the key as written: «بلهجة», «بكلية»; not «بشار», «برند».
 */
function stemOutweighs(key: string): boolean {
  const stem = key.slice(1);
  return stem.length >= 3 && outweighs(stem, key);
}

const shape: WordShape = {
  article: 'ال',
  key: normalizeArabic,
  conjunctionLength(word) {
    const c = word.charCodeAt(0);
    if (c !== 0x0648 && c !== 0x0641) return 0; // و ف
    let i = 1;
    while (i < word.length && isArabicMark(word.charCodeAt(i))) i++;
    return word.length - i >= 3 ? i : 0;
  },
  procliticLength(word, clitic) {
    if (!word.startsWith(clitic)) return null;
    let i = clitic.length;
    while (i < word.length && isArabicMark(word.charCodeAt(i))) i++;
    // «لل»: the preposition ate the article's alef (للكرملين = لـ + الكرملين), or, before a stem that starts with
    // «ل» itself, the article's whole (للجنة = لـ + اللجنة, للاعبين = لـ + اللاعبين): the word list says which.
    if (clitic === 'ل' && word.charCodeAt(i) === 0x0644 && word.length - i > 3)
      return { length: stemKeepsLam(word.slice(i), word.slice(i + 1)) ? i : i + 1, article: true };
    return { length: i, article: false };
  },
  articleless(key) {
    return key.startsWith('ال') && (key.length > 4 || (key.length === 4 && TWO_LETTER_STEMS.has(key.slice(2)))) ? key.slice(2) : key;
  },
  possessorless(key) {
    // Keys are normalised: ـها ـهما ـهم ـه (ة folds to ه, so «رئيسة» reads as «رئيس» too, which a title lookup wants).
    for (const suffix of ['هما', 'هم', 'ها', 'ه']) if (key.length - suffix.length >= 3 && key.endsWith(suffix)) return key.slice(0, -suffix.length);
    return key;
  },
  strictKey(word) {
    // Folded letter by letter, except alef maqsura: «على» stays apart from «علي».
    return word.split('ى').map(normalizeArabic).join('ى');
  },
  // The word tests below read a word as written (its letters, a regex, the word list): the frames ask them of the same
  // words sentence after sentence, so each answer is cached by the word (memoByWord), as the entity stage's are.
  possessedNoun: memoByWord((word) => {
    // Written ـه / ـها / ـهم / ـهما / ـهن (ة is a feminine ending, not a pronoun), on a stem of two letters or more,
    // with no preposition glued before it (بدوره) and not a word of emphasis that goes on the subject (نفسه، كلهم).
    const key = normalizeArabic(word);
    const suffix = /(?:ه|ها|هما|هم|هن)$/.exec(word);
    // Names that end in «الله» (عبدالله، نصرالله) end in ه without a pronoun.
    if (!suffix || key.length - suffix[0].length < 2 || EMPHASIS.has(key) || key.endsWith('الله')) return false;
    // «عليها», «منه», «إليهم»: a preposition with its pronoun, no noun.
    if (PRONOUN_PREPOSITIONS.has(key.slice(0, key.length - suffix[0].length))) return false;
    const first = word.charCodeAt(0);
    return first !== 0x0628 && first !== 0x0644 && first !== 0x0643 && !key.startsWith('ال');
  }),
  prepositionPronoun: memoByWord((word) => {
    const key = normalizeArabic(word);
    const suffix = /(?:ه|ها|هما|هم|هن)$/.exec(key);
    return suffix !== null && PRONOUN_PREPOSITIONS.has(key.slice(0, key.length - suffix[0].length));
  }),
  ownedNoun: memoByWord((word) => {
    if (!shape.possessedNoun(word)) return false;
    const suffix = /(?:ه|ها|هما|هم|هن)$/.exec(word)?.[0] ?? '';
    if (suffix !== 'ه') return true;
    // A bare ه may be the stem's own letter (مياه، وجه): the stem, ت read back as ة, must be a word of its own.
    // («مرافعته», «مداخلته»: after ت, a feminine noun's ة written open before the pronoun, ه is the pronoun whatever the
    // lexicon knows of the stem.)
    let stem = normalizeArabic(word.slice(0, -1));
    if (stem.endsWith('ت')) {
      stem = `${stem.slice(0, -1)}ه`;
      if (stem.length >= 4) return true;
    }
    return knownAlone(stem) >= 2;
  }),
  gluedPreposition: memoByWord((word) => stemOutweighs(normalizeArabic(word))),
  commonWord: memoByWord((word) => {
    const key = stemOf(word);
    return frequency(key) >= 2 && prior(key) === undefined;
  }),
  opensAdverbial: memoByWord((word) => {
    // بـ on a stem the word list knows better alone than with it (لهجة, صوت, حزم); a name that starts with ب (بوتين،
    // بشار، برند) has no such stem. بـ on the article is a preposition whatever the stem («قال بالدارجة:», «بالأمازيغية»):
    // a name spelt so (بالمر) is rare.
    const key = normalizeArabic(word);
    if (MANNER.has(key)) return true;
    if (word.charCodeAt(0) !== 0x0628) return false;
    return prepositionalWord(word) || stemOutweighs(key);
  }),
  prepositional: memoByWord(prepositionalWord),
  manner: memoByWord((word) => MANNER.has(normalizeArabic(word))),
  // Third person singular: the past ends in «ت» for a woman, the present opens with «ت» for her and «ي» for him.
  verbGender(word) {
    const key = normalizeArabic(word);
    if (key.length < 3) return undefined;
    if (key.startsWith('ي')) return 'm';
    if (key.endsWith('ت')) return 'f';
    // «تقول» is hers, but «تدخل»، «تحدث» (the past of the fifth and sixth forms) are his: ت first alone tells nothing.
    if (key.startsWith('ت')) return undefined;
    return key.endsWith('وا') || key.endsWith('ن') ? undefined : 'm';
  },
  verbShaped(word) {
    const key = normalizeArabic(word);
    if (AR_QUOTES.cues.has(key) || shape.conjunctionLength(word) > 0) return true;
    // The past's «ـت» for a woman, the present's «ت»/«ي», as `verbGender` reads them (names so shaped, «مدحت», «يوسف», are
    // given names, which the caller asks first).
    return key.length >= 4 && (key.endsWith('ت') || key.startsWith('ت') || key.startsWith('ي'));
  },
  distinguishesSpelling(text) {
    // A word-final ى and a word-final ي both written: the text keeps them apart (much Egyptian print writes ى for both).
    return FINAL_MAQSURA.test(text) && FINAL_YEH.test(text);
  },
};

/**
 * Whether the stem after «لـ» keeps its first «ل» (لجنة in للجنة): the shipped word list knows
 * the definite form with that «ل» (اللجنة) more often than the reading without it (الجنة, جنة).
 * With neither known, the common reading wins (the article's «ل»).
 */
function stemKeepsLam(withLam: string, withoutLam: string): boolean {
  const count = (w: string) => frequency(normalizeArabic(w));
  return count(`ال${withLam}`) > count(`ال${withoutLam}`) + count(withoutLam);
}

/**
 * How one speaks, as a circumstantial word after the verb («تقول ضاحكة», «قال مبتسما»): never its subject. Not the
 * ones that are as often given names (باسم، سعيدة).
 */
const MANNER = keySet(
  { key: normalizeArabic },
  'ضاحكا ضاحكة ضاحكين مبتسما مبتسمة مازحا مازحة ساخرا ساخرة متهكما متهكمة غاضبا غاضبة متأثرا متأثرة باكيا باكية متحسرا متحسرة متنهدا متنهدة مستغربا مستغربة متعجبا متعجبة هامسا هامسة صارخا صارخة ممازحا ممازحة ' +
    // «قال الوزير المستقيل ردا على سؤال»: what the words answered or remarked on, or whom they were turned to
    // («وقال مخاطبا المحامين»).
    'ردا تعليقا معلقا معلقة مخاطبا مخاطبة متوجها متوجهة موجها موجهة ' +
    // «بـ» on a noun of manner («وأضاف الإمام بحزن شديد»), whatever the word list knows of it.
    'بحزن بغضب بصوت بلهجة بنبرة بلغة بحماس بحماسة بفخر بثقة بحسرة بمرارة بأسف بألم بحدة بسخرية بهدوء بحزم بوضوح بصراحة بانفعال بتأثر باقتضاب باختصار بإيجاز بابتسامة بتفاؤل بحذر بإصرار بسرعة ببطء بتردد بجدية بعصبية بدهشة باستغراب بتهكم بفرح بسعادة',
);

/**
 * بـ on the article («بالدارجة», «بالأمازيغية»), on a word opening with a hamza on alif («بإمكانية», «بأهمية») or on a
 * verbal noun of the tenth form («باستمرار», «باستثناء»): a preposition and its noun, never a name (a name spelt so,
 * بالمر, is rare).
 */
function prepositionalWord(word: string): boolean {
  const key = normalizeArabic(word);
  return word.charCodeAt(0) === 0x0628 && ((key.startsWith('بال') && key.length >= 6) || /^ب[أإآ]/.test(word) || /^باست.{3}/.test(key));
}

/** «لـ», «بـ» written apart with a tatweel before a name or a quotation mark («لـ«حزب الله»»). */
const SEPARATE_PREPOSITION = /^[وف]?[لبك]ـ/u;

/**
 * «لل», «بال», «كال» (after «و» or «ف»): a preposition written onto the article, with a stem of three letters at least
 * after it: «وكالة» and «بالغ» are words of their own.
 */
const GLUED_BEFORE_ARTICLE = /^[وف]?(?:[بك]ال|لل)(?=\p{L}{3})/u;

/** Prepositions as written before a pronoun (عليها → «علي», إليه → «إلي»), folded as keys are. */
const PRONOUN_PREPOSITIONS = new Set('علي على من عن في إلي الي لدي مع بين حول عند ضد تجاه نحو'.split(' ').map((w) => normalizeArabic(w)));

/** Words of emphasis and «in turn» that follow a subject with its pronoun (الوزير نفسه، المسؤولون كلهم). */
/**
 * Nouns of two letters that take the article («وزير الري», «السد», «الرد»): most four-letter words opening on «ال»
 * are no article on a stem (الذي، التي، الآن، ألقى، ألمح), so only these lose it.
 */
const TWO_LETTER_STEMS = new Set('ري دم اب ام اخ جو بر حج عم خط حق فن سن حد سد سر شك جد رد يد حل غد كف صف'.split(' '));

const EMPHASIS = new Set(
  'نفسه نفسها نفسهم انفسهم انفسهما ذاته ذاتها ذاتهم عينه عينها كله كلها كلهم كلاهما كلتاهما جميعه جميعها جميعهم بعضهم بدوره بدورها بدورهم'
    .split(' ')
    .map((w) => normalizeArabic(w)),
);

/** مُـ + at least three letters + the accusative ending ا: «متمنيا», «مجددا», «مؤخرا». */
const ACCUSATIVE_PARTICIPLE = /^م[\u0621-\u064A]{3,}[^ا]ا$/u;

/**
 * Whether a key ending in «ها» reads better as a noun with that pronoun than whole: the lexicon knows the word without it
 * («مصادر», «مراسل») more often than the word as written (not «متوجها», «منتبها»).
 */
function possessedByHer(key: string): boolean {
  return key.endsWith('ها') && outweighs(key.slice(0, -2), key);
}

const FINAL_MAQSURA = /ى(?![\u0621-\u063A\u0641-\u064A])/;
const FINAL_YEH = /ي(?![\u0621-\u063A\u0641-\u064A])/;

/**
 * Words the tables write with ى whose ي spelling is also a word of its own: the name «علي», «لديّ» ("I have"); the verb
 * «روى» (recounted) and the name «روي» (Rui). («إلي», «حتي» with ي are only the prepositions misspelt.)
 */
const SPELLED_PREPOSITIONS = 'على لدى روى';

function spellingTable(): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of SPELLED_PREPOSITIONS.split(' ')) out.set(shape.key(w), shape.strictKey(w));
  return out;
}

/** Verbal nouns of saying that report a clause after their agent. */
const VERBAL_NOUNS = 'إعلان تأكيد تحذير إشارة تشديد اعتبار';

function cueTable(): Map<string, CueWord> {
  const out = new Map<string, CueWord>();
  for (const row of VERBS) {
    const forms = row.forms.split(' ');
    const lemma = forms.find((f) => f !== '-') as string;
    forms.forEach((form, i) => {
      if (form === '-') return;
      const key = shape.key(form);
      if (!out.has(key)) out.set(key, { lemma, agreement: COLUMNS[i] as Agreement, ...(i >= PRESENT_COLUMN ? { present: true } : {}), ...row.flags });
    });
    // The present plural, «يقولون», «يؤكدون», «يرون» (a final ى drops): what experts and sources "say".
    const present = forms[6];
    if (present && present !== '-') {
      const plural = shape.key(`${present.endsWith('ى') ? present.slice(0, -1) : present}ون`);
      if (!out.has(plural)) out.set(plural, { lemma, agreement: PL, present: true, ...row.flags });
    }
  }
  for (const row of PARTICIPLES) {
    const forms = row.split(' ');
    forms.forEach((form, i) => {
      // «وأضاف قائلا نادرا ما …»: «قائلا» introduces the words themselves, with or without marks.
      const saying = forms[0] === 'قائلا' || forms[0] === 'بقوله';
      out.set(shape.key(form), {
        lemma: forms[0] as string,
        agreement: [M, F, PL][i] as Agreement,
        participle: true,
        ...(saying ? { bareClause: true } : {}),
        ...(forms[0] === 'متسائلا' ? { asks: true } : {}),
      });
    });
  }
  // «واكتفى الوزير بالقول إن …», «مكتفيا بالقول ان …», «اكتفى بالرد: "لا"»: "by saying", "by replying", with no
  // pronoun to tell whose, says the words of the verb's subject, as «بقوله» does.
  for (const by of ['بالقول', 'بالرد']) out.set(shape.key(by), { lemma: 'بقوله', participle: true, bareClause: true });
  // «وختم ندوته بالتأكيد على أن …», «بالإشارة إلى أن …»: by affirming, by pointing out; only with the clause they report
  // («بالتأكيد» alone is "certainly").
  for (const by of ['بالتأكيد', 'بالإشارة', 'بالتشديد', 'بالتحذير', 'بالتنويه']) out.set(shape.key(by), { lemma: 'بقوله', participle: true });
  // «رغم إعلان إسرائيل أن عملياتها ستتوقف», «مع تأكيد الوزارة أن»: the verbal noun in construct with who spoke, then
  // what was said; a cue only with its complementiser («إعلان الرياض» is a declaration, «تأكيد الحجز» a booking).
  // («نفي» is left out: spelt with ي, the verb «نفى» is written the same.)
  for (const noun of VERBAL_NOUNS.split(' ')) {
    const key = shape.key(noun);
    if (!out.has(key)) out.set(key, { lemma: noun, weak: true, needsComplementiser: true, verbalNoun: true });
  }
  return out;
}

/** Head nouns of bodies («وقالت الوزارة», «الهيئة العليا للانتخابات»). */
const BODY_NOUNS = keySet(
  shape,
  'صحيفة جريدة مجلة قناة وكالة إذاعة شبكة موقع شركة وزارة حكومة منظمة هيئة لجنة مؤسسة حركة حزب جمعية نقابة اتحاد مجلس بنك مصرف صندوق محكمة جامعة مركز مجموعة تحالف جبهة نادي منتخب شرطة جيش تنظيم معهد مفوضية مديرية بعثة سفارة قنصلية',
);

const FEMININE_TITLES =
  'السيدة الدكتورة الوزيرة وزيرة النائبة المتحدثة متحدثة الناطقة الملكة الأميرة رئيسة الرئيسة مديرة المديرة الأستاذة أستاذة الباحثة الخبيرة المحللة السفيرة المستشارة الكاتبة الصحفية الفنانة النجمة المسؤولة القيادية قيادية المنسقة منسقة المبعوثة مبعوثة المندوبة مندوبة المدربة مدربة النقيبة نقيبة اللاعبة لاعبة المفوضة مفوضة الممثلة ممثلة المخرجة الروائية الناقدة المحامية القاضية الطبيبة المهندسة المراسلة الأكاديمية الشاعرة الشريكة شريكة';
const COMPLEMENT_TITLES =
  'كبير كبيرة رئيس رئيسة وزير وزيرة مدير مديرة نائب أمين الأمين سفير المتحدث المتحدثة الناطق الناطقة متحدث قائد عضو منسق ممثل مفوض مسؤول المسؤول محافظ والي أستاذ أستاذة خبير خبيرة باحث باحثة مستشار أمير سلطان ملك لاعب متسابق سائق حارس مهاجم مدافع زعيم مساعد معاون مختار نقيب نقيبة مندوب مبعوث موفد عاهل متحدثة قيادي قيادية القيادي القيادية مفتش منسقة ممثلة مفوضة مندوبة مبعوثة مدربة لاعبة مدرب عمدة حاكم قنصل سكرتير مطران كاردينال أسقف حاخام عميد عميدة مقرر مقررة مراقب شريك شريكة محامي محامية وكيل وكيلة';
const PLAIN_TITLES =
  'الرئيس الملك الأمير الشيخ السلطان السيد سير كابتن الكابتن الوزير النائب السفير الدكتور د الأستاذ البروفيسور المهندس المحامي المدعي القاضي المستشار الخبير المحلل الباحث الكاتب الصحفي المراسل الطبيب المدرب مدرب اللاعب القائد المحافظ المختار النقيب العضو اللواء العميد العقيد الفريق الجنرال المشير العماد الإمام المفتي البابا البطريرك الأب الحاج الراحل المرحوم المغفور معالي سعادة فخامة سمو جلالة الأكاديمي النجم الفنان المخرج ولي الزعيم العمدة القنصل المطران الكاردينال الأسقف الحاخام';

/**
 * Indefinite titles that open a role after a name with no comma: «سيرغي لافروف وزير الخارجية»,
 * «فيرجسون مدرب نادي مانشستر». Not the titles that are also given names (أمير، سلطان، ملك، أمين).
 */
const AFTER_NAME_TITLES =
  'رئيس رئيسة وزير وزيرة مدير مديرة نائب سفير متحدث قائد عضو منسق ممثل مفوض مسؤول محافظ أستاذ أستاذة خبير خبيرة باحث باحثة مستشار مدرب معاون نقيب لاعب متسابق سائق حارس مهاجم مدافع مندوب مبعوث موفد عاهل أمين ناطق أمير زعيم قيادي قيادية';

function titleTable(): Map<string, TitleWord> {
  const out = new Map<string, TitleWord>();
  for (const w of PLAIN_TITLES.split(' ')) out.set(shape.key(w), {});
  for (const w of COMPLEMENT_TITLES.split(' ')) out.set(shape.key(w), { complement: true });
  for (const w of AFTER_NAME_TITLES.split(' ')) out.set(shape.key(w), { ...out.get(shape.key(w)), afterName: true });
  for (const w of FEMININE_TITLES.split(' ')) out.set(shape.key(w), { ...out.get(shape.key(w)), gender: 'f' });
  // («مسؤولة أممية رفيعة», «سفيرة الاتحاد»: a feminine title listed with its article is a title without it too, as its
  // masculine is: «مسؤول», «سفير».)
  for (const w of FEMININE_TITLES.split(' ')) {
    if (!w.startsWith('ال') || !w.endsWith('ة')) continue;
    const bare = shape.key(w.slice(2));
    const masculine = out.get(shape.key(w.slice(2, -1)));
    if (masculine && !out.has(bare)) out.set(bare, { ...masculine, gender: 'f' });
  }
  // «المتحدث» is «الناطق»: a story names the spokesman one way and goes on with the other.
  for (const [w, means] of [
    ['متحدث', 'ناطق'],
    ['متحدثة', 'ناطقة'],
    // A novelist is a writer: «الروائية الجزائرية أمينة …» is «الكاتبة» later.
    ['روائي', 'كاتب'],
    ['روائية', 'كاتبة'],
  ] as const)
    out.set(shape.key(w), { ...out.get(shape.key(w)), means: shape.key(means) });
  // «مختار المحلة» is the quarter's headman, «مختار جمعة» a man so named.
  out.set(shape.key('مختار'), { ...out.get(shape.key('مختار')), givenNameToo: true });
  return out;
}

/** What «وفقا لـ», «طبقا لـ», «وفق» follow when they mean "in accordance with": a law, a plan, a schedule, a picture. */
const NORMS = keySet(
  shape,
  'قانون دستور خطة جدول بروتوكول إجراءات صورة آلية قواعد قاعدة إطار أطر آجال أولويات مخطط خريطة مادة شروط معايير نظام تعليمات مبادئ اتفاق اتفاقية',
);

const HONORIFICS = keySet(shape, 'جلالة فخامة سمو معالي سعادة سماحة دولة صاحب');

const FROM = shape.key('من');
/** Person nouns that are no title but pair in the dual: «الزعيمان», «الطرفان», «الجانبان». */
const DUAL_PERSONS = keySet(shape, 'زعيم طرف جانب');
/** «من جهته», «من جانبه», «من ناحيتها»: nouns that, with a pronoun after «من», mean "for one's part" (as read without the pronoun: ة is ت before it). */
const ONES_PART = keySet(shape, 'جهت جانب ناحيت طرف');
const IN_TURN = shape.key('دور');

/**
 * Pronouns and prepositions with the first person's suffix («نحن», «لدينا», «بيننا»), and present verbs that have no
 * past of the same spelling («أريد», «أشعر»): the speaker talking of themselves.
 */
const FIRST_PERSON_WORDS = keySet(shape, 'أنا نحن إننا إنني أننا أنني لدينا علينا عندنا لنا بيننا معنا إلينا فينا أريد أظن أشعر أتمنى');
/** Particles of negation and time before a verb, whose first-person form opens on «ن» or «أ» («لن نسمح», «لا نريد»). */
const VERB_PARTICLES = keySet(shape, 'لن لا لم سوف');
/** Words after «لا» that open on those letters and are no verb («لا أحد», «لا نهاية»). */
const NOT_VERBS = keySet(shape, 'أحد أكثر أقل أي أن إن إلا إذا أمام أو نهاية نحو نفس نسبة');

/** Letters every first-person form above holds: a paragraph with none of them is read no further (most are not). */
const FIRST_PERSON_HINT = /نحن|نا(?![\p{L}])|[أإا]ن[ني]|(?:لن|لا|لم|سوف)\s+[نأا]|[أا](?:ريد|ظن|شعر|تمنى)(?![\p{L}])/u;

/** Whether a paragraph speaks in the first person: a first-person pronoun, or a particle and a first-person verb. */
function speaksFirstPerson(text: string): boolean {
  if (!FIRST_PERSON_HINT.test(text)) return false;
  const words = text.split(/[\s,.،؛:!?؟()«»"]+/u).filter(Boolean);
  const keys = words.map((w) => shape.key(w));
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    // (The name «آنا» is keyed as «أنا» is.)
    if ((words[i] as string).includes('آ')) continue;
    // («وأنا», «فنحن»: a conjunction written onto the pronoun.)
    const bare = (k.startsWith('و') || k.startsWith('ف')) && k.length > 3 ? k.slice(1) : k;
    if (FIRST_PERSON_WORDS.has(k) || FIRST_PERSON_WORDS.has(bare)) return true;
    // «بلادنا», «لكننا», «منتخبنا»: "our"/"us" on a word the lexicon knows better alone (not «أحيانا», «زمنا»).
    if (bare.endsWith('نا') && bare.length >= 5 && outweighs(bare.slice(0, -2), bare)) return true;
    const next = keys[i + 1];
    // («ولم أكن», «ولن نقبل»: a particle with its conjunction is three letters.)
    const particle = VERB_PARTICLES.has(bare) || ((k.startsWith('و') || k.startsWith('ف')) && VERB_PARTICLES.has(k.slice(1)));
    if (particle && next !== undefined && next.length >= 3 && (next[0] === 'ن' || next[0] === 'ا') && !next.startsWith('ال') && !NOT_VERBS.has(next))
      return true;
  }
  return false;
}

export const AR_QUOTES: QuoteLanguage = {
  ...shape,
  code: 'ar',
  verbFirst: true,
  casedNames: false,
  agreesByMeaning: false,
  cues: cueTable(),
  negatedComplementisers: keySet(shape, 'ألا بألا'),
  timeOfDay: keySet(shape, 'صباح مساء ليلة'),
  // («من» and «ما» are as often "from" and "not": left out.)
  questionWords: keySet(shape, 'كيف لماذا لم متى هل ماذا أين لو أليس أي كم إن إذا'),
  conditionOpeners: keySet(shape, 'شريطة شرط بشرط طالبا طالبة مشترطا مشترطة مفضلا مفضلة رافضا رافضة'),
  narrationResumes: keySet(shape, 'وذلك'),
  nameCompounds: keySet(shape, 'الله الدين'),
  complementisers: keySet(shape, 'ألا بألا أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما أنهن أنني إنني أننا إننا أنكم بأن بأنه بأنها بأنهم بأنهما'),
  thirdPersonComplementisers: keySet(shape, 'أنه إنه أنها إنها أنهم إنهم أنهما إنهما أنهن بأنه بأنها بأنهم بأنهما'),
  complementPrepositions: keySet(shape, 'إلى على من عن'),
  contentParticles: keySet(shape, 'فإن فإنه فإنها فإنهم فقد'),
  sourcePhrases: [
    { words: [shape.key('وفقا')], clitic: 'ل', norms: NORMS },
    { words: [shape.key('طبقا')], clitic: 'ل', norms: NORMS },
    { words: [shape.key('وفق')], norms: NORMS },
    { words: [shape.key('بحسب')] },
    { words: [shape.key('حسب')] },
    { words: [shape.key('حسبما')], relative: true },
    { words: [shape.key('بحسبما')], relative: true },
    { words: [shape.key('نقلا'), shape.key('عن')] },
    { words: [shape.key('على'), shape.key('لسان')] },
    // «على حد قول سنو» · «على حد تعبيره»: "as X put it", after the words it attributes.
    { words: [shape.key('على'), shape.key('حد'), shape.key('قول')] },
    { words: [shape.key('على'), shape.key('حد'), shape.key('تعبير')] },
    { words: [shape.key('على'), shape.key('حد')] },
    // «وجاء في بيان لمكتب رئيس الوزراء أن …»: the document that says it, its issuer the speaker.
    // («لم تلتزم بما جاء في القرار»: after a bare «ما» the words are what was complied with, denied or welcomed; «كما جاء
    // في» and «وفق ما جاء في» report.)
    { words: [shape.key('جاء'), shape.key('في')], notAfter: keySet(shape, 'ما بما') },
  ],
  sourceRelatives: keySet(shape, 'ما'),
  // «حين قال»، «الذي قال»: the verb's subject is the person named right before, not the sentence's first.
  nearestAntecedent: keySet(shape, 'حين حينما عندما إذ لما بعدما'),
  relativeAntecedent: keySet(shape, 'الذي التي'),
  asideOpeners: keySet(shape, 'وهو وهي وهم وهما وهن'),
  dualRelatives: keySet(shape, 'اللذان اللتان اللذين اللتين'),
  describedBodyNouns: keySet(shape, 'نادي فريق شركة صحيفة جريدة مجلة قناة حزب مجموعة'),
  professionNouns: keySet(
    shape,
    'دبلوماسي دبلوماسية محقق محققة مفاوض مفاوضة ضابط ناشط ناشطة سياسي سياسية إعلامي إعلامية معارض معارضة حقوقي حقوقية شاعر شاعرة كاتب كاتبة روائي روائية مخرج مخرجة ممثل ممثلة مطرب مطربة فنان فنانة متهم متهمة شاهد شاهدة',
  ),
  withheldNouns: keySet(shape, 'عدم'),
  resumptive: keySet(shape, 'فيه فيها فيهم عنه عنها عنهم'),
  // («دون أن ينهي», "without": no reported clause either.)
  timeConjunctions: keySet(shape, 'قبل بعد دون بدون'),
  governingPrepositions: keySet(shape, 'إلى الى مع عن على من في ضد لدى بين نحو تجاه'),
  sayingNouns: keySet(shape, 'القول بالقول بقوله بقولها بقولهم بقولهما'),
  // (Keys fold the hamza: «سألناها» → «سالناها», «نسألها» → «نسالها».)
  askedWhen: (when, verb) => /^[وف]?(?:حين|حينما|عندما|لما)$/u.test(when) && /^(?:سالنا|نسال)/u.test(verb),
  speechNouns: keySet(shape, 'تصريحات تصريح كلام حديث دعوة دعوات تحذير تحذيرات اتهامات انتقادات وصف'),
  // A kunya tells its bearer's gender: «أبو العبد» a man, «أم العبد» a woman.
  givenNameGender: new Map([
    [shape.key('أبو'), 'm'],
    [shape.key('أم'), 'f'],
  ]),
  givenNames: new Set([...AR_GIVEN_NAME_GENDER.keys()].map((n) => shape.key(n))),
  objectClauseOpeners: keySet(shape, 'بأن بأنه بأنها بأنهم'),
  forOnesPart(preposition, noun) {
    const stem = shape.possessorless(noun);
    return preposition === FROM && stem !== noun && ONES_PART.has(stem);
  },
  inOnesTurn(key) {
    const noun = key.slice(1);
    return key.startsWith('ب') && shape.possessorless(noun) === IN_TURN && noun !== IN_TURN;
  },
  issuerLinks: keySet(shape, 'عن'),
  // «يذكر أن …», «يشار إلى أن …», «ويتوقع أن …» (يُتوقَّع) opening a sentence: the narrator's, no speaker.
  impersonal: keySet(shape, 'يذكر يشار يتوقع'),
  // «وهو ما يؤكد أن», «مما يشير إلى أن»: a fact confirms, nobody speaks.
  relativeWhat: keySet(shape, 'ما مما'),
  objectPronounStem: memoByWord((key) => {
    // («وأخبرني الطبيب أن …»: "me" too; «نا» is as often the verb's own "we».)
    const suffix = /(?:هما|هم|هن|ها|ه|ني)$/u.exec(key);
    return suffix && key.length - suffix[0].length >= 3 ? key.slice(0, -suffix[0].length) : undefined;
  }),
  // «وأضاف متمنيا أن …», «وقال مجددا إن»: a participle or adverb of the form مُـ…ًا, in the accusative (a few
  // foreign names are so written too: «مونيكا»; the caller asks what follows).
  // («مصادرها», «مراسلها», «مندوبها»: a noun with «ها» on it, "its sources", "its correspondent", ends as one does.)
  accusativeAdverb: memoByWord((word) => {
    const key = normalizeArabic(word);
    return ACCUSATIVE_PARTICIPLE.test(key) && !possessedByHer(key);
  }),
  // («من» is also "who": «أول من قال إن …».)
  nounGovernors: keySet(shape, 'عدم في إلى الى على عن مع'),
  pastNounGovernors: keySet(shape, 'من'),
  // (Folded, «يدعى» is «يدعي», "claims": after a description it names more often than it claims.)
  namingVerbs: keySet(shape, 'يدعى تدعى يسمى تسمى'),
  contrastParticles: keySet(shape, 'غير بيد'),
  // («لدي», "I have", is left out: with ى and ي folded it is the preposition «لدى» («لدى وصوله إلى …»).)
  firstPersonOpeners: keySet(shape, 'نحن أنا لدينا لقد إننا إنني نعتقد أعتقد نأمل آمل'),
  goingOnOpeners: keySet(shape, 'هذا هذه هناك لا لن لم ليس ليست'),
  firstPerson: speaksFirstPerson,
  clauseOpeners: keySet(shape, 'بينما فيما حين'),
  // «…، فيما نفت وزارة الداخلية ذلك»: the contrast word opens the new clause and belongs to no quote («في حين» too).
  contrastClauses: keySet(shape, 'بينما فيما حين'),
  relayPronouns: keySet(shape, 'عنه عنها عنهم عنهما عنهن'),
  relaySources: new Map([[shape.key('نقلا'), shape.key('عن')]]),
  thusWords: keySet(shape, 'هكذا'),
  pointingBack: keySet(shape, 'هذا ذلك وهذا وذلك'),
  asWhat: keySet(shape, 'على حسب بحسب وفق'),
  // «كتب: محمود صبري», «كتب ـ خليفة أدهم:»: a byline, not speech.
  bylineVerbs: keySet(shape, 'كتب'),
  issuedWords: keySet(shape, 'صادر صادرة الصادر الصادرة'),
  sourceResumptives: keySet(shape, 'به بها بهم عنه عنها'),
  // «حول»، «بشأن»: what the speaker was asked about or spoke on, never part of who speaks.
  settingPrepositions: keySet(shape, 'في خلال عبر ضمن أثناء لدى على من حول بشأن إزاء تجاه'),
  neverAfterComplementiser: keySet(shape, 'كي'),
  timeWords: keySet(shape, 'أمس الأسبوع الشهر السنة صباح مساء ليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'),
  settingNouns: keySet(
    shape,
    'ختام مستهل مطلع نهاية بداية أعقاب إطار معرض سياق تقرير دراسة تصريح تصريحات تصريحه تصريحها تصريحاته تصريحاتها حديث حديثه حديثها مقابلة مقابلته مقابلتها لقاء لقائه بيان بيانه بيانها بلاغ مؤتمر ندوة كلمة كلمته كلمتها خطاب خطابه خطابها تغريدة تغريدات حساب حسابه حسابها حساباتهم صفحة صفحته صفحتها منشور رسالة اتصال مداخلة جلسة اجتماع هامش مقال تدوينة برنامج حوار',
  ),
  // «تقرير المنظمة», «دراسة الجامعة»: documents that speak for whoever issued them.
  documentNouns: keySet(shape, 'تقرير دراسة وثيقة مذكرة بيان بلاغ تقديرات تقدير إحصاءات إحصائيات معطيات بيانات أرقام'),
  bodyNouns: BODY_NOUNS,
  creditWords: keySet(shape, 'رويترز الفرنسية الأوروبية الألمانية أسوشيتد أرشيف'),
  partitives: keySet(shape, 'أحد إحدى'),
  // «واضاف المتحدث، الذي عرف نفسه باسم ابو بكر حامد، …», «وقال احد اصحاب المحال، ويدعى ابو حيدر، …».
  namingPhrases: ['عرف نفسه باسم', 'عرفت نفسها باسم', 'عرف عن نفسه باسم', 'يدعى', 'تدعى', 'ويدعى', 'وتدعى', 'واسمه', 'واسمها', 'اسمه', 'اسمها'].map((p) =>
    p
      .split(' ')
      .map((w) => shape.key(w))
      .join(' '),
  ),
  // «عبد الله بن سيف الحبسي», «سيدي محمد ولد أحمد جدو»: links of a lineage and the servant word of a theophoric name.
  nameParticles: keySet(shape, 'بن ابن بنت آل ولد عبد'),
  timeSubordinators: keySet(shape, 'قبل بعد'),
  outletNouns: keySet(shape, 'وكالة صحيفة قناة موقع شبكة تلفزيون إذاعة مجلة جريدة راديو منصة محطة وسائل إعلام صحافة'),
  // (Names that are also common words — «البيان» a statement, «الوطن» the homeland, «الغد» tomorrow — are left out.)
  outletNames: keySet(
    shape,
    'جزيرة عربية حدث نهار حياة شروق أهرام خليج رياض عكاظ أخبار هسبريس رويترز بي سكاي فرانس أناضول وام واس كونا قنا سانا بترا حرة ميادين منار دستور راي قبس جريدة',
  ),
  subjectStops: keySet(
    shape,
    'طالبا طالبة مفضلا مفضلة رافضا رافضة متحدثا متحدثة إذا اذا لو وهو وهي وهم وهما وهن قوله قولها قولهم النقاب الصادرة الصادر سواء فيه فيها فيهم عليه عليها منه منها له لها لهم لهما لهن لنا لكم الصحفيين الصحافيين الصحفيون الصحافيون المراسلين للصحفيين للصحافيين البالغ البالغة اليوم أمس الشهر الأسبوع السنة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد صباح مساء ليلة الذي التي الذين حيث حين بينما فيما كما لكن بل عقب بعد قبل قبيل بعيد أمام يوم أيضا كذلك بالتالي مجددا دائما دوما مرارا كثيرا أحيانا غالبا حينها حينذاك آنذاك وقتها لاحقا سابقا مؤخرا أخيرا بدوره بدورها منذ عند إثر طلب رفض النظر الانتباه يبدو ويبدو دون بدون',
  ),
  toMe: keySet(shape, 'لي'),
  servantOf: keySet(shape, 'عبد'),
  openingAdverbs: keySet(shape, 'هنا هناك عندها حينها عندئذ حينئذ بعدها وقتها ثم'),
  preVerbAdverbs: keySet(shape, 'قد'),
  subjectOpeners: keySet(shape, 'لكن غير إلا بيد كما'),
  bareSubjectOpeners: keySet(shape, 'لكن'),
  topicOpeners: keySet(shape, 'أما'),
  alsoWords: keySet(shape, 'كما'),
  knownAsVerbs: keySet(shape, 'يعرف يلقب يكنى يسمى تعرف تلقب تكنى تسمى يدعى تدعى'),
  topicParticle: 'ف',
  nonClauseWords: new Set(),
  // «، لكنه شدد على أن …»: the verb after them shares the subject of the clause before.
  coordinators: keySet(shape, 'لكن لكنه لكنها لكنهم ثم'),
  roleLinkers: keySet(shape, 'باسم في لدى من عن'),
  // (A rank goes on with its grade before the name: «الفريق أول محمد عثمان», «اللواء ركن خالد».)
  roleTails: new Map([
    [shape.key('المغفور'), keySet(shape, 'له لها')],
    ...['الفريق', 'فريق'].map((k) => [shape.key(k), keySet(shape, 'أول ركن')] as const),
    ...['أول', 'اللواء', 'لواء', 'العميد', 'عميد', 'العقيد', 'عقيد'].map((k) => [shape.key(k), keySet(shape, 'ركن')] as const),
  ]),
  auxiliaries: keySet(shape, 'كان كانت كانوا زال زالت يزال تزال مازال مازالت لايزال لاتزال'),
  bareOffices: new Map([[shape.key('رئيس'), keySet(shape, 'جمهورية الجمهورية دولة الدولة')]]),
  stillAuxiliaries: keySet(shape, 'يزال تزال يزالون زال زالت زالوا لايزال لاتزال لايزالون مازال مازالت مازالوا'),
  stillNegations: keySet(shape, 'لا ما'),
  titles: titleTable(),
  honorifics: HONORIFICS,
  complementSynonyms: new Map([
    [shape.key('حكومة'), shape.key('وزراء')],
    // «رئيس المجلس» after «رئيس البرلمان»: the parliament is the council its speaker heads.
    [shape.key('برلمان'), shape.key('مجلس')],
    [`${shape.key('مجلس')} ${shape.key('وزراء')}`, shape.key('وزراء')],
  ]),
  officeSynonyms: new Map(
    [
      ['رئيس دبلوماسية', 'وزير خارجية'],
      ['رأس دبلوماسية', 'وزير خارجية'],
      // «المدير الفني» of a team is its coach, «المدرب».
      ['مدير فني', 'مدرب فني'],
    ].map(([a, b]) => [shape.key(a as string), shape.key(b as string).split(' ') as [string, string]] as const),
  ),
  pronounHonorific(key) {
    const bare = shape.possessorless(shape.articleless(key));
    // The feminine ending is written ت before a pronoun (جلالته): read it as the folded ة too.
    if (bare === key) return undefined;
    if (HONORIFICS.has(bare)) return bare;
    const feminine = bare.endsWith('ت') ? `${bare.slice(0, -1)}ه` : undefined;
    return feminine !== undefined && HONORIFICS.has(feminine) ? feminine : undefined;
  },
  groupNouns: keySet(
    shape,
    'خبراء محللون محللين مراقبون مراقبين مصادر مصدر مسؤولون مسؤولين دبلوماسيون دبلوماسيين شهود سكان ناشطون ناشطين نشطاء متظاهرون مواطنون أطباء باحثون باحثين علماء منتقدون مقربون تقارير اقتصاديون متابعون متابعين مستخدمون مستخدمين مغردون مغردين معلقون محتجون محتجين صحفيون صحفيين نواب',
  ),
  pronouns: new Map([
    [shape.key('هو'), M],
    [shape.key('هي'), F],
    [shape.key('هم'), PL],
  ]),
  // Keys fold ة to ه: «التونسي», «الأمريكيه». Nouns end in ي too («القاضي»): read generously, as describing.
  // («الهيئة», «الجمعية»: a body's noun may end as a feminine adjective does.)
  describes: (key) => (key.endsWith('ي') || key.endsWith('يه')) && !BODY_NOUNS.has(shape.articleless(key)),
  plainAdjectives: keySet(shape, 'كبير كبيره رفيع رفيعه بارز بارزه سابق سابقه آخر أخرى ثان ثاني'),
  subjectEmphasis: EMPHASIS,
  emphasisBefore: new Set(['نفس', 'ذات'].map((w) => normalizeArabic(w))),
  sourceFrom: FROM,
  negators: keySet(shape, 'لم لن'),
  // The present opens on its person prefix (يرى، ترى، نقول، أعتقد).
  nounNegation: { particles: keySet(shape, 'لا'), present: (key) => /^[يتناأ]/.test(key) },
  // Keys fold ة to ه: «الإيرانيين», «الإيرانيون», «الإيرانيه», «الإيراني» all stem to «ايران».
  nisbaStem(key) {
    const bare = shape.articleless(key);
    const suffix = /(?:يين|يون|يه|يات|ي)$/.exec(bare);
    // (Two letters are a stem too: «الصحي» and «الصحية», «الطبي» and «الطبية».)
    return suffix && bare.length - suffix[0].length >= 2 ? bare.slice(0, bare.length - suffix[0].length) : bare;
  },
  genericTitles: keySet(shape, 'مسؤول مسؤوله'),
  // «نجلاء …، والدة الطفل» is «الأم» later: kinship has a plain word and a formal one.
  descriptionAliases: new Map(
    [
      ['والدة', 'أم'],
      ['والد', 'أب'],
      ['شقيقة', 'أخت'],
      ['شقيق', 'أخ'],
      ['نجل', 'ابن'],
      ['كريمة', 'ابنة'],
    ].flatMap(([formal, plain]) => [
      [shape.key(formal as string), shape.key(plain as string)],
      // (A key of four letters keeps its article: «الأم» is looked up whole.)
      [shape.key(`ال${plain}`), shape.key(plain as string)],
    ]) as [string, string][],
  ),
  onBehalfOf: shape.key('باسم'),
  interviewNouns: keySet(shape, 'حوار مقابلة حوارها حواره مقابلتها مقابلته'),
  // (Keyed as the title table reads them: «المتحدث» as «الناطق».)
  speakingNouns: keySet(shape, 'متحدث متحدثة ناطق ناطقة'),
  // «للمخرجة التونسية مريم …», «لـ«حزب الله»»: a preposition written onto the article, or apart with a tatweel and the
  // quotation mark after it, is no part of the word a description matches.
  descriptionWord: memoByWord((word) =>
    word
      .replace(SEPARATE_PREPOSITION, '')
      .replace(/[«»"“”]/g, '')
      .replace(GLUED_BEFORE_ARTICLE, 'ال'),
  ),
  titleAdjectives: keySet(shape, 'عام عامة أعلى أول'),
  headedBy: { word: shape.key('برئاسة'), titles: [shape.key('رئيس'), shape.key('رئيسة')] },
  // (The stem as read without the pronoun: «نظيرته» is «نظيرت».)
  counterparts: keySet(shape, 'نظير نظيرت'),
  personDual(key) {
    // «الرجلان», «الزعيمان», «الرئيسان»: definite, the dual ending «ان» on a person noun or a title.
    return shape.articleless(key) !== key && AR_QUOTES.dualNoun?.(key) === true;
  },
  definiteDual(key) {
    const bare = shape.articleless(key);
    return bare !== key && bare.endsWith('ان') && bare.length >= 5;
  },
  dualNoun(key) {
    const bare = shape.articleless(key);
    if (!bare.endsWith('ان') || bare.length < 5) return false;
    const stem = bare.slice(0, -2);
    return AR_QUOTES.personNouns.has(stem) || AR_QUOTES.titles.has(stem) || DUAL_PERSONS.has(stem) || AR_QUOTES.groupNouns.has(stem);
  },
  // The feminine nisba of a people is its language («الإنجليزية», «العربية»); three letters before «ية» at least.
  languageWord: (key) => key.length >= 6 && key.endsWith('يه'),
  sayingPronouns: new Map(
    ['قول', 'تعبير', 'وصف', 'رأي'].flatMap((noun) => [
      [shape.key(`${noun}ه`), M],
      [shape.key(`${noun}ها`), F],
      [shape.key(`${noun}هم`), PL],
    ]),
  ),
  termIntroducers: keySet(
    shape,
    'يعرف تعرف يسمى تسمى المسمى المسماة بعنوان عنوان شعار اسم باسم حملة برنامج عملية مشروع منظمة حركة حزب مجموعة قاعة فيلم كتاب رواية مسلسل صحيفة وكالة موقع قناة وسم هاشتاغ مبادرة خطة صاحب صاحبة مؤلف مؤلفة ديوان مسرحية أغنية ألبوم مهرجان جائزة',
  ),
  // (And events a headline is labelled with, «زلزال أفغانستان: مئات القتلى …», «انتخابات موريتانيا: المرشحان …»: no one
  // speaks for an earthquake or an election.)
  headlineKickers: keySet(
    shape,
    'عاجل تحليل فيديو صور مباشر تقرير حصري خاص بالفيديو بالصور إنفوغراف رأي مقال تحقيق حوار متابعة تحديث زلزال انتخابات جلسة أزمة حرب معركة مباراة كارثة فيضانات حريق إعصار عاصفة انفجار مهرجان بطولة',
  ),
  nonFiniteBefore: new Set(),
  abbreviations: keySet(shape, AR_ABBREVIATIONS.join(' ')),
  spellingSensitive: spellingTable(),
  personNouns: new Map([
    ...[...keySet(shape, 'رجل شاب فتى عجوز مسن')].map((k) => [k, 'm'] as const),
    ...[...keySet(shape, 'امرأة مرأة سيدة فتاة شابة مسنة')].map((k) => [k, 'f'] as const),
  ]),
};
