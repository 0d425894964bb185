import { describe, expect, it } from 'vitest';
import { findPrintedDate, toIsoDate } from '../src/read/html/dates.js';
import { bylineName } from '../src/read/html/extract.js';
import { readHtml } from '../src/read/html/index.js';

const BODY =
  '<article><h1>Council approves the new budget</h1><p>The council approved the budget on Monday after a long debate, the mayor said in a statement.</p><p>Spending on schools will rise by a tenth, and road repairs will start in the spring.</p></article>';

describe('dates as pages print them', () => {
  it('reads Arabic dates: Egyptian and Levantine month names, weekday, Arabic-Indic digits', () => {
    expect(findPrintedDate('الأحد 29 نوفمبر 2026 - 10:45 ص')).toBe('2026-11-29');
    expect(findPrintedDate('نشر في 15 آذار 2023')).toBe('2023-03-15');
    expect(findPrintedDate('الثلاثاء ٣ كانون الثاني ٢٠٢٦')).toBe('2026-01-03');
    expect(findPrintedDate('1 تشرين الأول 2025')).toBe('2025-10-01');
    expect(findPrintedDate('05 جويلية 2024')).toBe('2024-07-05');
  });

  it('reads English dates in both orders and rejects what is not a date', () => {
    expect(findPrintedDate('Published November 29, 2026 at 8:30')).toBe('2026-11-29');
    expect(findPrintedDate('29 Nov 2026')).toBe('2026-11-29');
    expect(findPrintedDate('Sept. 3rd, 2025')).toBe('2025-09-03');
    expect(findPrintedDate('32 November 2026')).toBeUndefined();
    expect(findPrintedDate('may 2026 be good')).toBeUndefined();
    expect(findPrintedDate('no date here')).toBeUndefined();
  });

  it('keeps machine dates with their precision and zone, and normalises other forms', () => {
    expect(toIsoDate('2026-11-29T08:30:00+00:00')).toBe('2026-11-29T08:30:00+00:00');
    expect(toIsoDate('2026-11-29T08:30+0300')).toBe('2026-11-29T08:30:00+03:00');
    expect(toIsoDate('2026-11-29')).toBe('2026-11-29');
    expect(toIsoDate('20261129')).toBe('2026-11-29');
    expect(toIsoDate('Sun, 29 Nov 2026 08:30:00 GMT')).toBe('2026-11-29');
    expect(toIsoDate('2026-13-45')).toBeUndefined();
    expect(toIsoDate('yesterday')).toBeUndefined();
  });
});

describe('bylines printed in the page', () => {
  it('takes the names of English and Arabic bylines, without dates or agency tails', () => {
    expect(bylineName('By Jane Porter')).toBe('Jane Porter');
    expect(bylineName('By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.')).toBe('Matthew Digby , Minh Do');
    expect(bylineName('BY ANA LOPES | Updated 10:00')).toBe('ANA LOPES');
    expect(bylineName('كتب: أحمد سمير')).toBe('أحمد سمير');
    expect(bylineName('كتب - محمد علي الأحد 29 نوفمبر 2026')).toBe('محمد علي');
    expect(bylineName('بقلم ليلى حداد')).toBe('ليلى حداد');
  });

  it('does not take prose that starts like a byline', () => {
    expect(bylineName('By the end of the day, most of the protesters had gone home.')).toBeUndefined();
    expect(bylineName('by then it was too late')).toBeUndefined();
    expect(bylineName('كتب الرئيس رسالة طويلة إلى البرلمان يشرح فيها موقفه من القانون.')).toBeUndefined();
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
  });

  it('prefers the h1 that matches the declared headline over a site-name h1', () => {
    const html = `<head><meta property="og:title" content="Council approves the new budget"></head><body><h1 class="logo">Daily Example</h1>${BODY}</body>`;
    const read = readHtml(html, {});
    expect(read.text.slice(read.blocks[0]?.start, read.blocks[0]?.end)).toBe('Council approves the new budget');
    expect(read.blocks[0]?.kind).toBe('title');
    expect(read.text).not.toContain('Daily Example');
  });
});
