import { describe, expect, it } from 'vitest';
import { normalizeArabic, procliticSplits, stripProclitics } from '../src/lang/normalize-arabic.js';

describe('normalizeArabic', () => {
  it('folds alef forms, alef maqsura, ta marbuta, tatweel and diacritics', () => {
    expect(normalizeArabic('أحمد')).toBe(normalizeArabic('احمد'));
    expect(normalizeArabic('إيران')).toBe('ايران');
    expect(normalizeArabic('آسيا')).toBe('اسيا');
    expect(normalizeArabic('موسى')).toBe('موسي');
    expect(normalizeArabic('القاهرة')).toBe('القاهره');
    expect(normalizeArabic('مـوسـكو')).toBe('موسكو');
    expect(normalizeArabic('مُحَمَّد')).toBe('محمد');
    expect(normalizeArabic('٢٠٢٣')).toBe('2023');
    expect(normalizeArabic('Putin')).toBe('putin');
  });
  it('is idempotent', () => {
    for (const s of ['أَحْمَد', 'الرئيس الروسي', 'لـ"إرم نيوز"', '']) expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s));
  });
});

describe('stripProclitics', () => {
  it('strips conjunctions, prepositions and لل, keeping the article with the name', () => {
    expect(stripProclitics('لطاجيكستان')).toEqual({ stem: 'طاجيكستان', prefixLength: 1, article: false });
    expect(stripProclitics('بموسكو')).toEqual({ stem: 'موسكو', prefixLength: 1, article: false });
    expect(stripProclitics('وكازاخستان')).toEqual({ stem: 'كازاخستان', prefixLength: 1, article: false });
    expect(stripProclitics('للكرملين')).toEqual({ stem: 'كرملين', prefixLength: 2, article: true });
    expect(stripProclitics('بالكرملين')).toEqual({ stem: 'الكرملين', prefixLength: 1, article: false });
    expect(stripProclitics('وبموسكو')).toEqual({ stem: 'موسكو', prefixLength: 2, article: false });
    expect(stripProclitics('لـطاجيكستان')).toEqual({ stem: 'طاجيكستان', prefixLength: 2, article: false });
    expect(stripProclitics('الكرملين')).toEqual({ stem: 'الكرملين', prefixLength: 0, article: false });
  });
  it('leaves short words whole', () => {
    expect(stripProclitics('بل').stem).toBe('بل');
    expect(stripProclitics('ولد').prefixLength).toBe(0);
  });
  it('lists every reading, fullest first, the whole word last', () => {
    const splits = procliticSplits('وليد');
    expect(splits.map((s) => s.stem)).toEqual(['يد', 'ليد', 'وليد']);
  });
});
