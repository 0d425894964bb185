import type { EntityToken, TokenSpan } from '../../entity-language.js';
import { normalizeArabic } from '../../normalize-arabic.js';
import { type ArabicFacts, arabicFacts } from './token-facts.js';

/**
 * Arabic dates and quantities by rule, over a sentence's tokens: «مارس 2023», «15 آذار/مارس»,
 * «يوم الثلاثاء», «عام ١٩٤٨», «3 مليارات دولار», «15 في المئة». Keys are normalised (digits ASCII).
 */

/** Month names (normalised), Gregorian, Levantine and Hijri; two-word months list their second word. */
const MONTHS = new Set([
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'محرم',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
]);
const TWO_WORD_MONTHS = new Map([
  ['كانون', new Set(['الثاني', 'الاول'])],
  ['تشرين', new Set(['الثاني', 'الاول'])],
  ['ربيع', new Set(['الاول', 'الثاني', 'الاخر'])],
  ['جمادي', new Set(['الاولي', 'الاخره', 'الثانيه'])],
  ['ذو', new Set(['القعده', 'الحجه'])],
  ['ذي', new Set(['القعده', 'الحجه'])],
]);
/** Months that are also common words or names: they need a number or «شهر» beside them. */
const AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'رجب', 'شعبان', 'رمضان', 'تموز', 'ايار']);
const WEEKDAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);
const RELATIVE = new Set(['الماضي', 'المقبل', 'الجاري', 'القادم', 'المنصرم', 'الحالي']);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'عامي']);
const PERCENT = new Set(['%', '٪', 'بالمئه', 'بالمائه']);
const SCALE = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'بليون', 'تريليون']);
const UNITS = new Set([
  'دولار',
  'دولارا',
  'دولارات',
  'يورو',
  'جنيه',
  'جنيها',
  'جنيهات',
  'ريال',
  'ريالا',
  'ريالات',
  'درهم',
  'دراهم',
  'دينار',
  'دنانير',
  'ليره',
  'ليرات',
  'روبل',
  'روبلا',
  'روبلات',
  'يوان',
  'ين',
  'شيكل',
  'كيلومتر',
  'كيلومترا',
  'كم',
  'كيلوغرام',
  'كغ',
  'طن',
  'اطنان',
  'برميل',
  'براميل',
  'ميغاواط',
  'متر',
  'مترا',
  'امتار',
  'هكتار',
  'دونم',
  'دونما',
]);

/** The lists above are written as read; compare them in matching form. */
for (const set of [MONTHS, AMBIGUOUS_MONTHS, WEEKDAYS, RELATIVE, YEAR_WORDS, PERCENT, SCALE, UNITS]) {
  for (const word of [...set]) set.add(normalizeArabic(word));
}
for (const [first, seconds] of [...TWO_WORD_MONTHS]) {
  TWO_WORD_MONTHS.set(normalizeArabic(first), new Set([...seconds].map(normalizeArabic)));
}
const HUNDRED = new Set(['المئه', 'المائه'].map(normalizeArabic));

const key = (t: EntityToken | undefined): string => (t ? arabicFacts(t).norm : '');
/** The key of a word without its proclitics (ومارس → مارس). */
const stemKey = (t: EntityToken | undefined): string => (t ? arabicFacts(t).dateStem : '');
const isNumber = (t: EntityToken | undefined): boolean => !!t && /^\d+(?:[.,٫٬]\d+)*$/.test(key(t));
const isDay = (t: EntityToken | undefined): boolean => isNumber(t) && /^\d{1,2}$/.test(key(t)) && Number(key(t)) >= 1 && Number(key(t)) <= 31;
const isYear = (t: EntityToken | undefined): boolean => !!t && /^\d{4}$/.test(key(t)) && Number(key(t)) >= 1000 && Number(key(t)) <= 2200;

/** Whether a word may start a date or a quantity (a digit, $, a month, a weekday, a year word): kept with the word's facts. */
function mayStart(token: EntityToken): boolean {
  const facts: ArabicFacts = arabicFacts(token);
  if (facts.dateStart !== undefined) return facts.dateStart;
  const c = token.text.charCodeAt(0);
  const digit = (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
  const sk = facts.dateStem;
  facts.dateStart = digit || c === 36 || MONTHS.has(sk) || TWO_WORD_MONTHS.has(sk) || WEEKDAYS.has(sk) || WEEKDAYS.has('ال' + sk) || YEAR_WORDS.has(sk);
  return facts.dateStart;
}

/** Tokens of a month name starting at `i` (0 when none). */
function monthAt(tokens: readonly EntityToken[], i: number): number {
  const k = stemKey(tokens[i]);
  if (MONTHS.has(k)) return 1;
  const second = TWO_WORD_MONTHS.get(k);
  return second?.has(key(tokens[i + 1])) ? 2 : 0;
}

/** A month, and a second name after a slash (آذار/مارس): tokens used, 0 when none. */
function monthsAt(tokens: readonly EntityToken[], i: number): number {
  const m = monthAt(tokens, i);
  if (m === 0) return 0;
  if (tokens[i + m]?.text === '/' && monthAt(tokens, i + m + 1) > 0) return m + 1 + monthAt(tokens, i + m + 1);
  return m;
}

export function arabicTemporalAndQuantities(tokens: readonly EntityToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    // Most words cannot start a date or a quantity: one lookup and on.
    if (!mayStart(tokens[i] as EntityToken)) {
      i++;
      continue;
    }
    // [day] month[/month] [year | relative]
    const dayFirst = isDay(tokens[i]) ? 1 : 0;
    const months = monthsAt(tokens, i + dayFirst);
    if (months > 0) {
      let end = i + dayFirst + months;
      const yearAfter = isYear(tokens[end]);
      if (yearAfter) end++;
      else if (RELATIVE.has(key(tokens[end]))) end++;
      const monthKey = stemKey(tokens[i + dayFirst]);
      const anchored = dayFirst > 0 || yearAfter || months > 1 || key(tokens[i - 1]) === 'شهر' || stemKey(tokens[i - 1]) === 'شهر';
      if (anchored || (!AMBIGUOUS_MONTHS.has(monthKey) && end > i + dayFirst + months)) {
        out.push({ start, end, kind: 'date' });
        i = end;
        continue;
      }
    }
    // يوم الثلاثاء · الثلاثاء الماضي
    const day = stemKey(tokens[i]);
    if (WEEKDAYS.has(day) || WEEKDAYS.has('ال' + day)) {
      const after = key(tokens[i + 1]);
      const dayWord = stemKey(tokens[i - 1]) === 'يوم';
      if (dayWord || RELATIVE.has(after) || isDay(tokens[i + 1])) {
        let end = i + 1;
        if (RELATIVE.has(after)) end++;
        out.push({ start: i, end, kind: 'date' });
        i = end;
        continue;
      }
    }
    // عام 2023 → the year
    if (YEAR_WORDS.has(stemKey(tokens[i])) && isYear(tokens[i + 1])) {
      out.push({ start: i + 1, end: i + 2, kind: 'date' });
      i += 2;
      continue;
    }
    // 15/1/1959 as one token
    if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(key(tokens[i]))) {
      out.push({ start: i, end: i + 1, kind: 'date' });
      i++;
      continue;
    }
    // Quantities: number [scale] [unit | percent], or $ number.
    if (isNumber(tokens[i]) || (tokens[i]?.text === '$' && isNumber(tokens[i + 1]))) {
      let end = tokens[i]?.text === '$' ? i + 2 : i + 1;
      let unit = tokens[i]?.text === '$';
      if (SCALE.has(key(tokens[end]))) {
        end++;
        unit = true;
      }
      const k = key(tokens[end]);
      if (PERCENT.has(k) || UNITS.has(k)) {
        end++;
        unit = true;
      } else if ((k === 'في' || k === 'من') && HUNDRED.has(key(tokens[end + 1]))) {
        end += 2;
        unit = true;
      }
      if (unit) {
        out.push({ start: i, end, kind: 'quantity' });
        i = end;
        continue;
      }
    }
    i++;
  }
  return out;
}
