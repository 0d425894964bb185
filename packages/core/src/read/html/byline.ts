import { BYLINE_OPENERS_AR } from '../../lang/ar/bylines.js';
import { BYLINE_OPENERS_EN } from '../../lang/en/bylines.js';
import { type ParsedHtml, textOf, tokensOfElement } from './dom.js';
import { hasToken } from './vocabulary.js';

/** Who wrote the article, as the page prints it: «By Jane Doe», «كتب: محمد علي», an author element. */

const BYLINE_TOKENS = new Set(['byline', 'author', 'authors', 'writer', 'reporter', 'contributor']);

/** The page's printed byline: an author/byline element (or rel/itemprop author) with a short text. */
export function bylineInPage(parsed: ParsedHtml): string | undefined {
  for (const el of parsed.all) {
    const marked = el.attrs.rel === 'author' || el.attrs.itemprop === 'author' || hasToken(tokensOfElement(el), BYLINE_TOKENS);
    if (!marked) continue;
    const text = textOf(el, 200);
    if (!text || text.length > 120) continue;
    const name = bylineName(text) ?? text;
    if (name.length >= 3 && /\p{L}/u.test(name)) return name;
  }
  return undefined;
}

/** Byline openers from lang/ (English and Arabic), longest first so "written by" beats "by". */
const OPENERS = [...BYLINE_OPENERS_AR, ...BYLINE_OPENERS_EN].sort((x, y) => y.length - x.length);
const AFTER_OPENER = /^[ \t\u00a0]*([:：\-–—])?[ \t\u00a0]*/;

/**
 * "By Jane Doe" / «كتب: محمد علي» → the name, cut before a date or time; undefined when the text
 * is prose that merely starts like a byline ("By the end of the day, …", «كتب الرئيس رسالة …»).
 */
export function bylineName(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 140) return undefined;
  const lower = t.toLowerCase();
  const opener = OPENERS.find((o) => lower.startsWith(o) && /^[\s:：\-–—]/.test(t.slice(o.length)));
  if (!opener) return undefined;
  const after = AFTER_OPENER.exec(t.slice(opener.length)) as RegExpExecArray;
  const rest = t.slice(opener.length + after[0].length);
  const name = cutBylineTail(rest);
  if (name.length < 2) return undefined;
  const words = name.split(/\s+/);
  if (/^[a-z]/.test(opener)) {
    // A byline is a few names, mostly capitalised.
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return words.length <= 12 && capitalised >= Math.ceil(words.length / 2) ? name : undefined;
  }
  // Arabic has no capitals: without a colon or dash after the opener, only a short name counts.
  return after[1] || (words.length <= 4 && !/[.؟!]$/.test(rest)) ? name : undefined;
}

/** Where a byline's name ends: a date ("November 19"), a time, a separator, "Updated …", an Arabic weekday. */
const BYLINE_TAIL =
  /\s*(?:[|•·–—]|\s-\s|\d|\b(?:updated|published|posted|on)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d|(?:يوم\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\p{L}])|في\s+\d)/iu;

function cutBylineTail(name: string): string {
  const m = BYLINE_TAIL.exec(name);
  const head = m ? name.slice(0, m.index) : name;
  return head.replace(/[\s,،:;-]+$/u, '').trim();
}

/** A declared author ("By TOM KRISHER, AP", "Associated Press November 19, 2019") without its opener or date. */
export function cleanByline(declared: string | undefined): string | undefined {
  if (!declared) return undefined;
  const name = bylineName(declared) ?? cutBylineTail(declared);
  return name.length >= 2 ? name : declared;
}
