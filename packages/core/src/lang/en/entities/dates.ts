import type { EntityToken, TokenSpan } from '../../entity-language.js';

/**
 * English dates and quantities by rule over a sentence's tokens: «March 2027», «March 5, 2027»,
 * «5 March», «on Tuesday», «in 2020», «the 1990s», «$3 billion», «12 percent», «40 km».
 */
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Months that are also ordinary words: they need a number beside them. */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'dec', 'oct', 'nov', 'aug', 'jun', 'jul', 'apr', 'feb']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const BEFORE_YEAR = new Set(['in', 'since', 'until', 'by', 'from', 'during', 'before', 'after', 'through', 'of']);
const BEFORE_MONTH = new Set(['in', 'since', 'until', 'by', 'from', 'during', 'last', 'next', 'early', 'late', 'mid', 'through', 'this']);
const SCALE = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', 'US$']);
const UNITS = new Set([
  'percent',
  'per',
  '%',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'yen',
  'yuan',
  'rubles',
  'roubles',
  'rupees',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'mile',
  'kg',
  'kilograms',
  'tons',
  'tonnes',
  'barrels',
  'metres',
  'meters',
  'feet',
  'acres',
  'hectares',
  'mw',
  'gw',
]);

/** Month and weekday names, which the tagger must not take for names (dates come from rules). */
export const isDateWord = (lower: string): boolean => MONTHS.has(lower) || WEEKDAYS.has(lower);

const lower = (t: EntityToken | undefined): string => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');
const isNumber = (t: EntityToken | undefined): boolean => !!t && /^\d+(?:[.,]\d+)*$/.test(t.text);
const isDay = (t: EntityToken | undefined): boolean => !!t && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(t.text);
const isYear = (t: EntityToken | undefined): boolean => !!t && /^(?:1[0-9]|20|21)\d\d$/.test(t.text);
const isCapitalised = (t: EntityToken | undefined): boolean => !!t && /^[A-Z]/.test(t.text);

/**
 * Whether a rule below may start at the token: each starts at a capital (a weekday, a month), an
 * ASCII digit (a day, a year, a number) or a currency sign. Most words are none, and skip the
 * lower-casing and the patterns.
 */
function mayStart(t: EntityToken): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || CURRENCY_SIGNS.has(t.text);
}

export function englishTemporalAndQuantities(tokens: readonly EntityToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as EntityToken;
    if (!mayStart(t)) {
      i++;
      continue;
    }
    const w = lower(t);
    // Weekday [,] [month day [, year]]
    if (WEEKDAYS.has(w) && isCapitalised(t)) {
      let end = i + 1;
      const comma = tokens[end]?.text === ',' ? 1 : 0;
      if (MONTHS.has(lower(tokens[end + comma])) && isDay(tokens[end + comma + 1])) end = dateFrom(tokens, end + comma);
      out.push({ start: i, end, kind: 'date' });
      i = end;
      continue;
    }
    // [day] Month [day] [, year] | Month year
    const dayFirst = isDay(t) && MONTHS.has(lower(tokens[i + 1])) && isCapitalised(tokens[i + 1]) ? 1 : 0;
    const month = tokens[i + dayFirst];
    if (MONTHS.has(lower(month)) && isCapitalised(month)) {
      const end = dateFrom(tokens, i + dayFirst);
      const anchored = dayFirst > 0 || end > i + 1;
      if (anchored || (!AMBIGUOUS.has(lower(month)) && BEFORE_MONTH.has(lower(tokens[i - 1])))) {
        out.push({ start: i, end, kind: 'date' });
        i = end;
        continue;
      }
    }
    // in 2020 · the 1990s
    if ((isYear(t) && BEFORE_YEAR.has(lower(tokens[i - 1]))) || /^(?:1[0-9]|20)\d0s$/.test(t?.text ?? '')) {
      out.push({ start: i, end: i + 1, kind: 'date' });
      i++;
      continue;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(t?.text ?? '')) {
      out.push({ start: i, end: i + 1, kind: 'date' });
      i++;
      continue;
    }
    // $3 billion · 12 percent · 12 per cent · 40 km · 3 million
    const sign = CURRENCY_SIGNS.has(t?.text ?? '') && isNumber(tokens[i + 1]);
    if (sign || isNumber(t)) {
      let end = sign ? i + 2 : i + 1;
      let unit = sign;
      if (SCALE.has(lower(tokens[end]))) {
        end++;
        unit = true;
      }
      const u = lower(tokens[end]);
      if (u === 'per' && lower(tokens[end + 1]) === 'cent') {
        end += 2;
        unit = true;
      } else if (UNITS.has(u) && u !== 'per') {
        end++;
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

/** From a month at `i`: month [day[,]] [[,] year] — the end of the date. */
function dateFrom(tokens: readonly EntityToken[], i: number): number {
  let end = i + 1;
  if (isDay(tokens[end])) end++;
  if (tokens[end]?.text === ',' && isYear(tokens[end + 1])) end += 2;
  else if (isYear(tokens[end])) end++;
  return end;
}
