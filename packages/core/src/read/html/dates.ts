import { type ParsedHtml, textOf, tokensOfElement } from './dom.js';
import { hasToken } from './vocabulary.js';

/**
 * Dates as news pages print them, to ISO 8601. Machine dates (JSON-LD, <time datetime>, meta)
 * are kept with their time and zone; printed dates («الأحد 29 نوفمبر 2026», «15 آذار 2023»,
 * "November 29, 2026", "29 Nov 2026") become a calendar date `YYYY-MM-DD`.
 */

/** Month names → 1..12: Egyptian/Gulf transliterations, Levantine (Syriac) names, Maghrebi forms, English. */
const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  ابريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يونية: 6,
  يوليو: 7,
  يوليه: 7,
  يولية: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  آذار: 3,
  اذار: 3,
  نيسان: 4,
  أيار: 5,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  اب: 8,
  أيلول: 9,
  ايلول: 9,
  'تشرين الأول': 10,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الأول': 12,
  'كانون الاول': 12,
  جانفي: 1,
  فيفري: 2,
  أفريل: 4,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويلية: 7,
  أوت: 8,
  اوت: 8,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII. */
export function asciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(c - 0x660 + 48);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(c - 0x6f0 + 48);
    else out += text[i];
  }
  return out;
}

// Two-word month names first so «كانون الثاني» is not read as a bare word.
const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** «29 نوفمبر 2026», "29 Nov 2026", "29 November, 2026". */
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:من\\s+)?(${MONTH_ALTERNATION})\\.?,?\\s*(\\d{4})(?!\\d)`, 'iu');
/** "November 29, 2026", "Nov. 29 2026". */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
/** «2026/11/29», "2026.11.29". */
const NUMERIC_YMD = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
/** «29/11/2026», "29.11.2026", "11/29/2026". */
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A printed date found in free text, as `YYYY-MM-DD`: month names first, then numeric forms. */
export function findPrintedDate(text: string): string | undefined {
  const t = asciiDigits(text.slice(0, 400));
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) {
    const month = MONTHS[(dmy[2] as string).toLowerCase()];
    if (month) return calendarDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) {
    const month = MONTHS[(mdy[1] as string).toLowerCase()];
    if (month) return calendarDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  const ymd = NUMERIC_YMD.exec(t);
  if (ymd) return calendarDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const numeric = NUMERIC_DMY.exec(t);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    // Day first, as most of the world (and the Arab press) prints it; month first only when the day cannot be.
    return b > 12 && a <= 12 ? calendarDate(Number(numeric[3]), a, b) : calendarDate(Number(numeric[3]), b, a);
  }
  return undefined;
}

/**
 * A machine date (ISO, or anything `Date` reads like RFC 2822) or a printed one, to ISO 8601.
 * ISO input keeps its own precision and zone; other machine formats become UTC instants.
 */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = asciiDigits(value.trim()).slice(0, 200);
  if (!text) return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return undefined;
    if (iso[4] === undefined) return date;
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].includes(':') ? iso[7] : `${iso[7].slice(0, 3)}:${iso[7].slice(3)}`) : '';
    return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const printed = findPrintedDate(text);
  if (printed) return printed;
  if (/^\d{8}$/.test(text)) return calendarDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  if (/[a-z]{3}.*\d{4}.*\d{1,2}:\d{2}/i.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

const DATE_TOKENS = new Set(['date', 'time', 'published', 'timestamp', 'dateline', 'pubdate', 'posted']);

/** A date printed in the page: <time datetime>, then elements named date/time, read to ISO. */
export function dateInPage(parsed: ParsedHtml): string | undefined {
  for (const el of parsed.all) {
    if (el.tag === 'time') {
      const iso = toIsoDate(el.attrs.datetime) ?? findPrintedDate(textOf(el, 200));
      if (iso) return iso;
    }
  }
  for (const el of parsed.all) {
    if (!hasToken(tokensOfElement(el), DATE_TOKENS)) continue;
    const text = textOf(el, 200);
    if (text.length > 150) continue;
    const iso = findPrintedDate(text);
    if (iso) return iso;
  }
  return undefined;
}
