import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf } from '../src/lang/detect.js';
import { detectFormat } from '../src/read/detect-format.js';

describe('language and direction', () => {
  it('tells Arabic, English, Hebrew, Russian and unknown Latin text apart', () => {
    expect(detectLanguage('قال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل.')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(detectLanguage('The spokesman said the talks would resume next week.')).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(detectLanguage('הממשלה הודיעה היום על תקציב חדש')).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect(detectLanguage('Правительство объявило новый бюджет')).toMatchObject({ lang: 'ru', dir: 'ltr' });
    expect(detectLanguage('Der Sprecher sagte, die Gespräche würden nächste Woche fortgesetzt.').lang).toBe('und');
    expect(detectLanguage('12345 !!! ...')).toEqual({ lang: 'und', dir: 'ltr', confidence: 0 });
  });

  it('counts Arabic presentation forms and keeps Latin acronyms from flipping Arabic', () => {
    expect(detectLanguage('ﻣﺮﺣﺒﺎ ﺑﻜﻢ').lang).toBe('ar');
    expect(detectLanguage('قال مدير مركز GSM للأبحاث إن NATO تتوسع شرقا').lang).toBe('ar');
  });

  it('maps languages to their direction', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});

describe('format detection', () => {
  it('recognises HTML by its start or by its tags', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('  <html lang="ar">')).toBe('html');
    expect(detectFormat('Intro text <p>one</p><p>two</p><div>three</div>')).toBe('html');
  });

  it('recognises Markdown only with headings and other syntax', () => {
    expect(detectFormat('# Title\n\nSome **bold** text and a [link](https://example.com).')).toBe('markdown');
    expect(detectFormat('# Title\n\nJust prose.')).toBe('text');
  });

  it('leaves prose that mentions a tag as text', () => {
    expect(detectFormat('The page used a <p> element, the developer said.')).toBe('text');
  });
});

describe('language tags', () => {
  it('reduces tags to their primary subtag and refuses what is not one', async () => {
    const { primaryLanguage } = await import('../src/lang/detect.js');
    expect(primaryLanguage('ar-EG')).toBe('ar');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('arabic')).toBeUndefined();
    const { parseStructure } = await import('../src/parse-article.js');
    expect(parseStructure('Title\nText of the story.', { lang: 'AR-SA' }).lang).toBe('ar');
  });
});
