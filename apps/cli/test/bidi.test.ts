import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bidi } from '../src/bidi/bidi-js.js';
import { graphemesOf, textWidth, truncateToWidth } from '../src/bidi/graphemes.js';
import { bidiControl, resolveBidi } from '../src/bidi/mode.js';
import { setShaping, shapeGraphemes } from '../src/bidi/shape.js';
import { paragraphLevels, reorderGraphemes, visualString } from '../src/bidi/visual-line.js';
import { wrapGraphemes } from '../src/reader/wrap.js';
import { reversedByGrapheme } from './fixtures/terminal.js';

describe('visual order', () => {
  it('reverses a pure right-to-left line by grapheme, marks staying on their letters', () => {
    const title = 'الكرملين: مشاركة الأوروبيين في مفاوضات أوكرانيا "لا تبشّر بالخير"';
    const shown = visualString(title, 'rtl');
    expect(shown).toBe(reversedByGrapheme(title));
    // The shadda follows its shin, not the letter that now stands before it.
    expect(shown).toContain('رشّبت');
    expect(shown).not.toContain('ّشبت');
  });

  it('keeps tanween and other harakat on their letters', () => {
    expect(visualString('نظرًا مُهمّ', 'rtl')).toBe('مّهمُ ارًظن');
  });

  it('keeps left-to-right runs and numbers in their own order inside Arabic', () => {
    expect(visualString('مدير مركز GSM للأبحاث', 'rtl')).toBe('ثاحبألل GSM زكرم ريدم');
    expect(visualString('منذ عام 2004 وحتى 2024', 'rtl')).toBe('2024 ىتحو 2004 ماع ذنم');
  });

  it('mirrors brackets in right-to-left runs', () => {
    expect(visualString('أ (ب) ج', 'rtl')).toBe('ج (ب) أ');
    expect(visualString('قال «نعم» [اليوم]', 'rtl')).toBe('[مويلا] «معن» لاق');
  });

  it('puts an Arabic phrase inside English text in right-to-left order, the sentence unchanged', () => {
    expect(visualString('He said مرحبا بكم today.', 'ltr')).toBe('He said مكب ابحرم today.');
  });

  it('agrees with bidi-js on every line without combining marks', () => {
    const alphabet = fc.constantFrom(...'ابتثجحخدرزسشصضطظعغفقكلمنهوي0123456789٠١٢abcXYZ ()[]«».,:!?-"'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 40 }), fc.constantFrom('rtl' as const, 'ltr' as const), (chars, dir) => {
        const text = chars.join('');
        const levels = bidi.getEmbeddingLevels(text, dir);
        const expected = bidi.getReorderedString(text, levels, 0, text.length - 1);
        const { levels: mine, base } = paragraphLevels(text, dir);
        const shown = reorderGraphemes(graphemesOf(text), mine, 0, base)
          .map((g) => g.text)
          .join('');
        expect(shown).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with bidi-js on Arabic without numbers or Latin (the fast path)', () => {
    const alphabet = fc.constantFrom(...'ابتثجحخدرزسشصضطظعغفقكلمنهويءآأإىة ()[]«»،؛؟.:!"…—'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const expected = bidi.getEmbeddingLevels(text, 'rtl').levels;
        expect([...paragraphLevels(text, 'rtl').levels]).toEqual([...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('reorders a wrapped line with the levels of its whole paragraph', () => {
    // "2004" is a number in Arabic text on either line: resolved on the paragraph, not the line.
    const text = 'وصل عام 2004 إلى دوشنبه';
    const { levels, base } = paragraphLevels(text, 'rtl');
    const lines = wrapGraphemes(graphemesOf(text), 12).map((line) =>
      reorderGraphemes(line, levels, 0, base)
        .map((g) => g.text)
        .join(''),
    );
    expect(lines).toEqual(['2004 ماع لصو', 'هبنشود ىلإ']);
  });
});

describe('graphemes and width', () => {
  it('gives marks no cell of their own', () => {
    expect(textWidth('تبشّر')).toBe(4);
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('漢字')).toBe(4);
  });
  it('segments emoji sequences as one grapheme', () => {
    expect(graphemesOf('a👩‍💻b').map((g) => g.text)).toEqual(['a', '👩‍💻', 'b']);
  });
  it('truncates in logical order with an ellipsis', () => {
    expect(truncateToWidth('مرحبا بكم في المدينة', 9)).toBe('مرحبا بك…');
    expect(truncateToWidth('short', 9)).toBe('short');
  });
});

describe('wrapping', () => {
  it('never exceeds the width and loses no word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zأ-ي]{1,14}$/), { minLength: 1, maxLength: 30 }), fc.integer({ min: 5, max: 40 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapGraphemes(graphemesOf(text), width);
        for (const line of lines) expect(line.reduce((w, g) => w + g.width, 0)).toBeLessThanOrEqual(width);
        // Only the breaking spaces go: the words, in order, are all there.
        expect(
          lines
            .map((l) => l.map((g) => g.text).join(''))
            .join('')
            .replaceAll(' ', ''),
        ).toBe(words.join(''));
        for (const line of lines) expect(line[0]?.text).not.toBe(' ');
      }),
    );
  });
  it('cuts a word longer than the line', () => {
    const lines = wrapGraphemes(graphemesOf('abcdefghij xy'), 4).map((l) => l.map((g) => g.text).join(''));
    expect(lines).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
});

describe('--shape', () => {
  afterEach(() => setShaping(false));

  it('gives each letter its contextual form and joins lam-alef, keeping every offset', () => {
    const graphemes = graphemesOf('سلام');
    shapeGraphemes(graphemes);
    // seen initial, lam-alef (final: joined from the seen), meem isolated (alef does not join forward)
    expect(graphemes.map((g) => g.text)).toEqual(['\uFEB3', '\uFEFC', '', '\uFEE1']);
    expect(graphemes.map((g) => g.offset)).toEqual([0, 1, 2, 3]);
    expect(graphemes.map((g) => g.width)).toEqual([1, 1, 0, 1]);
  });

  it('treats harakat as transparent and keeps them on their letter', () => {
    const graphemes = graphemesOf('بَيت');
    shapeGraphemes(graphemes);
    expect(graphemes.map((g) => g.text)).toEqual(['\uFE91\u064E', '\uFEF4', '\uFE96']);
  });

  it('breaks joining at spaces and punctuation, and leaves other scripts alone', () => {
    const graphemes = graphemesOf('من، GSM ب');
    shapeGraphemes(graphemes);
    expect(graphemes.map((g) => g.text).join('')).toBe('\uFEE3\uFEE6، GSM \uFE8F');
  });

  it('shapes before reordering when on', () => {
    setShaping(true);
    expect(visualString('سلام', 'rtl')).toBe('\uFEE1\uFEFC\uFEB3');
    setShaping(false);
    expect(visualString('سلام', 'rtl')).toBe('مالس');
  });
});

describe('--bidi', () => {
  it('auto trusts terminals that reorder themselves, and only those', () => {
    expect(resolveBidi('auto', { KONSOLE_VERSION: '230804' })).toBe('terminal');
    expect(resolveBidi('auto', { TERM_PROGRAM: 'Apple_Terminal' })).toBe('terminal');
    expect(resolveBidi('auto', { MLTERM: '3.9.3' })).toBe('terminal');
    expect(resolveBidi('auto', { TERM: 'xterm-256color', VTE_VERSION: '7600' })).toBe('app');
    expect(resolveBidi('auto', { TERM: 'xterm-256color' })).toBe('app');
    expect(resolveBidi('auto', { KONSOLE_VERSION: '230804', TMUX: '/tmp/tmux-0/default,1,0' })).toBe('app');
    expect(resolveBidi('terminal', {})).toBe('terminal');
    expect(resolveBidi('off', { KONSOLE_VERSION: '1' })).toBe('off');
  });
  it('switches VTE to explicit mode while the reader reorders, and back on exit', () => {
    expect(bidiControl('app', { VTE_VERSION: '7600' })).toEqual({ enter: '\x1b[8l', leave: '\x1b[8h' });
    expect(bidiControl('terminal', { VTE_VERSION: '7600' })).toEqual({ enter: '', leave: '' });
    expect(bidiControl('app', {})).toEqual({ enter: '', leave: '' });
  });
});
