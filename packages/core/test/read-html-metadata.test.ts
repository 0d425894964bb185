import { describe, expect, it } from 'vitest';
import { bylineName } from '../src/read/html/byline.js';
import { findPrintedDate, toIsoDate } from '../src/read/html/dates.js';
import { readHtml } from '../src/read/html/index.js';

const BODY =
  '<article><h1>Council approves the new budget</h1><p>The council approved the budget on Monday after a long debate, the mayor said in a statement.</p><p>Spending on schools will rise by a tenth, and road repairs will start in the spring.</p></article>';

describe('dates as pages print them', () => {
  it('reads Arabic dates: Egyptian and Levantine month names, weekday, Arabic-Indic digits', () => {
    const cases: [string, string | undefined][] = [
      ['الأحد 29 نوفمبر 2026 - 10:45 ص', '2026-11-29'],
      ['نشر في 15 آذار 2023', '2023-03-15'],
      ['الثلاثاء ٣ كانون الثاني ٢٠٢٦', '2026-01-03'],
      ['1 تشرين الأول 2025', '2025-10-01'],
      ['05 جويلية 2024', '2024-07-05'],
      ['نشر بتاريخ ٢٩/١١/٢٠٢٦ - ١٠:٤٥ ص', '2026-11-29'],
      ['2026/11/29 10:45', '2026-11-29'],
      ['11/29/2026', '2026-11-29'],
    ];
    for (const [input, expected] of cases) expect(findPrintedDate(input), input).toBe(expected);
  });

  it('reads English dates in both orders and rejects what is not a date', () => {
    const cases: [string, string | undefined][] = [
      ['Published November 29, 2026 at 8:30', '2026-11-29'],
      ['29 Nov 2026', '2026-11-29'],
      ['Sept. 3rd, 2025', '2025-09-03'],
      ['32 November 2026', undefined],
      ['may 2026 be good', undefined],
      ['no date here', undefined],
      ['call 12/34/5678', undefined],
    ];
    for (const [input, expected] of cases) expect(findPrintedDate(input), input).toBe(expected);
  });

  it('keeps machine dates with their precision and zone, and normalises other forms', () => {
    const cases: [string, string | undefined][] = [
      ['2026-11-29T08:30:00+00:00', '2026-11-29T08:30:00+00:00'],
      ['2026-11-29T08:30+0300', '2026-11-29T08:30:00+03:00'],
      ['2026-11-29', '2026-11-29'],
      ['20261129', '2026-11-29'],
      ['Sun, 29 Nov 2026 08:30:00 GMT', '2026-11-29'],
      ['2026-13-45', undefined],
      ['yesterday', undefined],
    ];
    for (const [input, expected] of cases) expect(toIsoDate(input), input).toBe(expected);
  });
});

describe('bylines printed in the page', () => {
  it('takes the names of English and Arabic bylines, without dates or agency tails', () => {
    const cases: [string, string | undefined][] = [
      ['By Jane Porter', 'Jane Porter'],
      ['By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', 'Matthew Digby , Minh Do'],
      ['BY ANA LOPES | Updated 10:00', 'ANA LOPES'],
      ['كتب: أحمد سمير', 'أحمد سمير'],
      ['كتب - محمد علي الأحد 29 نوفمبر 2026', 'محمد علي'],
      ['بقلم ليلى حداد', 'ليلى حداد'],
    ];
    for (const [input, expected] of cases) expect(bylineName(input), input).toBe(expected);
  });

  it('does not take prose that starts like a byline', () => {
    const cases: [string, string | undefined][] = [
      ['By the end of the day, most of the protesters had gone home.', undefined],
      ['by then it was too late', undefined],
      ['كتب الرئيس رسالة طويلة إلى البرلمان يشرح فيها موقفه من القانون.', undefined],
    ];
    for (const [input, expected] of cases) expect(bylineName(input), input).toBe(expected);
  });
});

describe('page metadata', () => {
  it('falls back from JSON-LD to meta tags, <time> and rel=author; reads dir from <html>', () => {
    const html = `<html lang="ar" dir="rtl"><head><meta name="author" content="Sara Nasser"><meta property="article:published_time" content="2026-02-01T09:00:00Z">
      <meta name="twitter:site" content="@dailyexample"></head><body>${BODY}</body></html>`;
    const read = readHtml(html, {});
    expect(read.meta).toMatchObject({ byline: 'Sara Nasser', published: '2026-02-01T09:00:00Z', site: 'dailyexample', lang: 'ar', dir: 'rtl' });
    const timeOnly = readHtml(`<body><a rel="author" href="/u/1">Omar Farouk</a><time datetime="2025-12-24">24 Dec</time>${BODY}</body>`, {});
    expect(timeOnly.meta).toMatchObject({ byline: 'Omar Farouk', published: '2025-12-24' });
    expect(readHtml(`<html><body dir="rtl">${BODY}</body></html>`, {}).meta.dir).toBe('rtl');
    // A declared author keeps the name only: no "By", no date.
    expect(readHtml(`<head><meta name="author" content="By TOM KRISHER, AP Auto Writer"></head>${BODY}`, {}).meta.byline).toBe('TOM KRISHER, AP Auto Writer');
    expect(readHtml(`<head><meta name="author" content="Associated Press November 19, 2019"></head>${BODY}`, {}).meta.byline).toBe('Associated Press');
  });

  it('prefers the h1 that matches the declared headline over a site-name h1', () => {
    const html = `<head><meta property="og:title" content="Council approves the new budget"></head><body><h1 class="logo">Daily Example</h1>${BODY}</body>`;
    const read = readHtml(html, {});
    expect(read.text.slice(read.blocks[0]?.start, read.blocks[0]?.end)).toBe('Council approves the new budget');
    expect(read.blocks[0]?.kind).toBe('title');
    expect(read.text).not.toContain('Daily Example');
  });
});
