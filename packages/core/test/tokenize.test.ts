import type { Sentence, SentenceContent } from 'nlcst';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/positions.js';
import { parseStructure } from '../src/parse-article.js';
import { checkSentences } from '../src/tokenize/check-range.js';
import { tokenizeRange } from '../src/tokenize/index.js';
import { expectValid } from './helpers.js';

/** The text of a token: its value, or its text child's. */
function tokenText(token: SentenceContent): string {
  if ('value' in token) return token.value;
  return token.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Tokenizes `text` (or a range of it), holding the output to the tokenizer's contract. */
function tokenize(text: string, start = 0, end = text.length): Sentence[] {
  const index = new LineIndex(text);
  const sentences = tokenizeRange(text, start, end, index);
  expect(checkSentences(text, start, end, sentences, index)).toEqual([]);
  return sentences;
}

function sentenceTexts(text: string): string[] {
  return tokenize(text).map((s) => text.slice(s.position?.start.offset, s.position?.end.offset));
}

/** Every token as `Kind:text` (Word, Punctuation, Symbol, Source), white space left out. */
function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of tokenize(text)) {
    for (const token of sentence.children) {
      if (token.type !== 'WhiteSpaceNode') out.push(`${token.type.replace('Node', '')}:${tokenText(token)}`);
    }
  }
  return out;
}

describe('tokenize: Arabic sentences', () => {
  it('ends sentences at . and ؟ but not after د. (wire style)', () => {
    const text = 'وقال د. ملحم: إن زيارة بوتين لطاجيكستان تحمل طابعًا استراتيجيًا. وأضاف أن روسيا تسعى إلى تعزيز نفوذها؛ ما يعكس أهمية المنطقة. فهل تنجح؟';
    expect(sentenceTexts(text)).toEqual([
      'وقال د. ملحم: إن زيارة بوتين لطاجيكستان تحمل طابعًا استراتيجيًا.',
      'وأضاف أن روسيا تسعى إلى تعزيز نفوذها؛ ما يعكس أهمية المنطقة.',
      'فهل تنجح؟',
    ]);
    const tokens = tokensOf(text);
    expect(tokens.slice(0, 5)).toEqual(['Word:وقال', 'Word:د', 'Punctuation:.', 'Word:ملحم', 'Punctuation::']);
    expect(tokens).toContain('Word:طابعًا');
    expect(tokens).toContain('Punctuation:؛');
    expect(tokens).toContain('Punctuation:؟');
  });

  it('keeps أ. م. ص. inside the sentence, and ends it after an era marker that follows a year', () => {
    expect(sentenceTexts('حاضر أ. د. سامي عن تاريخ المدينة في القاعة ص. 12 من الدليل.')).toHaveLength(1);
    expect(sentenceTexts('افتتح م. خالد الجسر الجديد وسط حضور رسمي.')).toHaveLength(1);
    expect(sentenceTexts('توفي الرشيد عام 193 هـ. وبقي البناء مشيدًا حتى سقوطه سنة ٢٧٣ ه. ثم أعيد بناؤه.')).toEqual([
      'توفي الرشيد عام 193 هـ.',
      'وبقي البناء مشيدًا حتى سقوطه سنة ٢٧٣ ه.',
      'ثم أعيد بناؤه.',
    ]);
    expect(sentenceTexts('سقطت المدينة عام 333 ق. م. وبعد وفاته تغير كل شيء.')).toEqual(['سقطت المدينة عام 333 ق. م.', 'وبعد وفاته تغير كل شيء.']);
  });

  it('does not end a sentence inside a quotation, and ends it after the closing mark', () => {
    const text = 'يقول الرجل الذي تجاوز السبعين: "كانت المياه تجري هنا ليلًا ونهارًا. اليوم نستجديها بالساعة". ليست حكاية بلحسن استثناءً.';
    expect(sentenceTexts(text)).toEqual([
      'يقول الرجل الذي تجاوز السبعين: "كانت المياه تجري هنا ليلًا ونهارًا. اليوم نستجديها بالساعة".',
      'ليست حكاية بلحسن استثناءً.',
    ]);
  });

  it('keeps the closing mark after a terminator with its sentence («…؟» · "….")', () => {
    expect(sentenceTexts('وتساءل: «هل تكفي هذه الخطة؟ لا أظن». ثم غادر القاعة.')).toEqual(['وتساءل: «هل تكفي هذه الخطة؟ لا أظن».', 'ثم غادر القاعة.']);
    const text = 'وتابع: "المشكلة ليست في التقنية، فهي رخيصة وبسيطة." وأضاف: "لا يملك الفلاح المبلغ؟!"';
    expect(sentenceTexts(text)).toEqual(['وتابع: "المشكلة ليست في التقنية، فهي رخيصة وبسيطة."', 'وأضاف: "لا يملك الفلاح المبلغ؟!"']);
    expect(tokensOf(text).slice(-3)).toEqual(['Punctuation:؟', 'Punctuation:!', 'Punctuation:"']);
  });

  it('reads two dots as a pause, three as an end', () => {
    expect(sentenceTexts('في واحات الجنوب التونسي.. النخيل يقاوم العطش')).toHaveLength(1);
    expect(sentenceTexts('وانتظر الفلاحون المطر... ثم باعوا أرضهم.')).toEqual(['وانتظر الفلاحون المطر...', 'ثم باعوا أرضهم.']);
  });

  it('goes on after «…؟»، (a comma after the quote)', () => {
    expect(sentenceTexts('«هل تكفي الخطة؟»، تساءل الوزير أمام النواب.')).toHaveLength(1);
  });

  it('splits clitics with tatweel from quotation marks and numbers, keeps them on Arabic words', () => {
    const tokens = tokensOf('وأكد في تصريحات خاصة لـ"إرم نيوز" وبـ«الاقتصادي اليوم» أن الكلفة تقدر بـ١٨٠ مليون دينار لـGSM والمعلّمـون.');
    expect(tokens).toEqual([
      'Word:وأكد',
      'Word:في',
      'Word:تصريحات',
      'Word:خاصة',
      'Word:لـ',
      'Punctuation:"',
      'Word:إرم',
      'Word:نيوز',
      'Punctuation:"',
      'Word:وبـ',
      'Punctuation:«',
      'Word:الاقتصادي',
      'Word:اليوم',
      'Punctuation:»',
      'Word:أن',
      'Word:الكلفة',
      'Word:تقدر',
      'Word:بـ',
      'Word:١٨٠',
      'Word:مليون',
      'Word:دينار',
      'Word:لـ',
      'Word:GSM',
      'Word:والمعلّمـون',
      'Punctuation:.',
    ]);
  });

  it('keeps Arabic-Indic and Western numbers whole, with their separators', () => {
    const tokens = tokensOf('تراجع المنسوب بنحو ٣٥٪ خلال شتاء ٢٠٢٤–٢٠٢٥، وبلغت الكلفة ١٬٢٠٠ دينار أو ٣٫٥ مليون، أي 4.2 مليار درهم عبر منصة 5+1.');
    expect(tokens).toContain('Word:٣٥');
    expect(tokens).toContain('Punctuation:٪');
    expect(tokens).toContain('Word:٢٠٢٤');
    expect(tokens).toContain('Punctuation:–');
    expect(tokens).toContain('Word:١٬٢٠٠');
    expect(tokens).toContain('Word:٣٫٥');
    expect(tokens).toContain('Word:4.2');
    expect(tokens).toContain('Word:5+1');
    expect(tokens.at(-1)).toBe('Punctuation:.');
  });

  it('keeps hyphenated names whole but not a spaced dash', () => {
    expect(tokensOf('قمة روسيا-آسيا الوسطى، أو قمة روسيا – آسيا الوسطى')).toEqual([
      'Word:قمة',
      'Word:روسيا-آسيا',
      'Word:الوسطى',
      'Punctuation:،',
      'Word:أو',
      'Word:قمة',
      'Word:روسيا',
      'Punctuation:–',
      'Word:آسيا',
      'Word:الوسطى',
    ]);
  });

  it('keeps harakat, shadda, ZWNJ and superscript alef inside words', () => {
    expect(tokensOf('تُموَّل هٰذا می‌خواهم')).toEqual(['Word:تُموَّل', 'Word:هٰذا', 'Word:می‌خواهم']);
  });

  it('ends a sentence at a full stop with no space before an Arabic word', () => {
    expect(sentenceTexts('وصل بوتين إلى دوشنبه.وقال الكرملين إن الزيارة مهمة.')).toEqual(['وصل بوتين إلى دوشنبه.', 'وقال الكرملين إن الزيارة مهمة.']);
  });

  it('stops a URL at Arabic punctuation', () => {
    const tokens = tokensOf('وللمزيد زوروا https://www.eremnews.com/news، أو راسلونا على info@eremnews.com.');
    expect(tokens).toContain('Source:https://www.eremnews.com/news');
    expect(tokens).toContain('Punctuation:،');
    expect(tokens).toContain('Source:info@eremnews.com');
    expect(tokens.at(-1)).toBe('Punctuation:.');
  });
});

describe('tokenize: English sentences', () => {
  it('keeps a quoted multi-sentence statement in one sentence with its cue', () => {
    const text =
      'Halvard Semiconductor said on Tuesday it would delay the opening of its $6.4 billion plant by at least a year, to March 2027. "We are not walking away from Texas. We are making sure the numbers work," Chief Executive Ingrid Solberg said.';
    expect(sentenceTexts(text)).toEqual([
      'Halvard Semiconductor said on Tuesday it would delay the opening of its $6.4 billion plant by at least a year, to March 2027.',
      '"We are not walking away from Texas. We are making sure the numbers work," Chief Executive Ingrid Solberg said.',
    ]);
    expect(tokensOf(text).slice(12, 14)).toEqual(['Symbol:$', 'Word:6.4']);
  });

  it('does not end after titles, initials, dotted initialisms or months', () => {
    const text = 'Mr. Smith met Dr. J. R. Ewing in the U.S. on Jan. 5, according to Sen. Warren. He left at 5 p.m. on Friday, e.g. before the vote.';
    expect(sentenceTexts(text)).toEqual([
      'Mr. Smith met Dr. J. R. Ewing in the U.S. on Jan. 5, according to Sen. Warren.',
      'He left at 5 p.m. on Friday, e.g. before the vote.',
    ]);
    const tokens = tokensOf(text);
    expect(tokens.slice(0, 3)).toEqual(['Word:Mr', 'Punctuation:.', 'Word:Smith']);
    expect(tokens).toContain('Word:U.S.');
    expect(tokens).toContain('Word:p.m.');
    expect(tokens).toContain('Word:e.g.');
  });

  it('keeps a list number at the start of a block with its item', () => {
    expect(sentenceTexts('2. The council will publish the study. It is due in May.')).toEqual(['2. The council will publish the study.', 'It is due in May.']);
    expect(sentenceTexts('١. توسيع الصوامع في الموانئ.')).toHaveLength(1);
    expect(sentenceTexts('Prices rose in 2024. Then they fell.')).toHaveLength(2);
  });

  it('ends after a dotted initialism when a sentence opener follows', () => {
    expect(sentenceTexts('Sanctions were lifted by the U.S. The move surprised allies. It met at 5 p.m. However, nobody came.')).toEqual([
      'Sanctions were lifted by the U.S.',
      'The move surprised allies.',
      'It met at 5 p.m.',
      'However, nobody came.',
    ]);
    expect(sentenceTexts('The U.S. Senate voted. The U.S. Theory holds.')).toEqual(['The U.S. Senate voted.', 'The U.S. Theory holds.']);
  });

  it('does not end inside brackets, after v. or before a number after Op. and c.', () => {
    expect(sentenceTexts('They have a daughter, Matilda (b. March 2009), and a son. The ruling in Wade v. Jacobs stood.')).toEqual([
      'They have a daughter, Matilda (b. March 2009), and a son.',
      'The ruling in Wade v. Jacobs stood.',
    ]);
    expect(sentenceTexts('He wrote the Slavonic Dances, Op. 46, in c. 1878. They sold well.')).toHaveLength(2);
    expect(sentenceTexts('The mayor spoke first. (She later resigned.) Then the council voted.')).toEqual([
      'The mayor spoke first.',
      '(She later resigned.)',
      'Then the council voted.',
    ]);
  });

  it('ends after a capital initial only before a sentence opener; e.g. never ends', () => {
    expect(sentenceTexts('The statement was repeated by G. The term for this is echo. John F. Kennedy spoke.')).toEqual([
      'The statement was repeated by G.',
      'The term for this is echo.',
      'John F. Kennedy spoke.',
    ]);
    expect(sentenceTexts('Compare older material (e.g. The Programming Historian) with new work.')).toHaveLength(1);
  });

  it('lets a camel-case brand open a sentence after a stop', () => {
    expect(sentenceTexts('Could you explain what it is? Sure. wikiHow is a collaborative effort. eBay agreed.')).toEqual([
      'Could you explain what it is?',
      'Sure.',
      'wikiHow is a collaborative effort.',
      'eBay agreed.',
    ]);
  });

  it('ends after No. unless a number follows', () => {
    expect(sentenceTexts('The seed was No. 5 in the draw. The answer was No. Then they left.')).toEqual([
      'The seed was No. 5 in the draw.',
      'The answer was No.',
      'Then they left.',
    ]);
  });

  it('goes on after a stop or ellipsis followed by a lowercase word', () => {
    expect(sentenceTexts('Prices rose approx. five percent… and then fell. "Stop!" he shouted. Officials agreed.')).toEqual([
      'Prices rose approx. five percent… and then fell.',
      '"Stop!" he shouted.',
      'Officials agreed.',
    ]);
  });

  it('ends at ?! runs and ellipses, keeping the run together', () => {
    expect(sentenceTexts('Really?! Yes... It happened!! Again?')).toEqual(['Really?!', 'Yes...', 'It happened!!', 'Again?']);
    expect(tokensOf('Yes... It happened!!')).toEqual(['Word:Yes', 'Punctuation:...', 'Word:It', 'Word:happened', 'Punctuation:!!']);
  });

  it('keeps numbers, times, dates, scores and 5+1 whole', () => {
    const tokens = tokensOf('Revenue rose 3.2% to $41.75 a share, or 1,200.5 million, at 10:40 on 29/11/2026; the score was 2-1 in a 5+1 format.');
    for (const t of ['Word:3.2', 'Punctuation:%', 'Symbol:$', 'Word:41.75', 'Word:1,200.5', 'Word:10:40', 'Word:29/11/2026', 'Word:2-1', 'Word:5+1']) {
      expect(tokens).toContain(t);
    }
    expect(tokens).toContain('Punctuation:;');
    expect(tokens.at(-1)).toBe('Punctuation:.');
  });

  it('keeps apostrophes and hyphens inside English words, not single quotes around them', () => {
    expect(tokensOf("Putin's well-known plan; Kenya’s runners don't 'quit'")).toEqual([
      "Word:Putin's",
      'Word:well-known',
      'Word:plan',
      'Punctuation:;',
      'Word:Kenya’s',
      'Word:runners',
      "Word:don't",
      "Punctuation:'",
      'Word:quit',
      "Punctuation:'",
    ]);
  });

  it('reads URLs, e-mails and domains as wholes, leaving trailing punctuation out', () => {
    const text =
      'Read the report at https://example.org/reports/2025?id=7. Questions go to press@example.org, or see www.example.com/faq (or https://en.wikipedia.org/wiki/Sea_wall_(engineering)). He wrote on eremnews.com. Then he left.';
    expect(sentenceTexts(text)).toEqual([
      'Read the report at https://example.org/reports/2025?id=7.',
      'Questions go to press@example.org, or see www.example.com/faq (or https://en.wikipedia.org/wiki/Sea_wall_(engineering)).',
      'He wrote on eremnews.com.',
      'Then he left.',
    ]);
    const tokens = tokensOf(text);
    expect(tokens).toContain('Source:https://example.org/reports/2025?id=7');
    expect(tokens).toContain('Source:press@example.org');
    expect(tokens).toContain('Source:www.example.com/faq');
    expect(tokens).toContain('Source:https://en.wikipedia.org/wiki/Sea_wall_(engineering)');
    expect(tokens).toContain('Word:eremnews.com');
  });

  it('handles reversed marks: »…« and ”…“', () => {
    expect(sentenceTexts('Er sagte: »Wir kommen. Morgen.« Dann ging er.')).toEqual(['Er sagte: »Wir kommen. Morgen.«', 'Dann ging er.']);
    expect(sentenceTexts('وقال: ”نعم. سنأتي.“ ثم غادر.')).toEqual(['وقال: ”نعم. سنأتي.“', 'ثم غادر.']);
  });

  it('handles German and French quotation marks', () => {
    expect(sentenceTexts('Er sagte: „Wir kommen. Morgen.“ Dann ging er. Il a dit : « Non. Jamais. » Puis il est parti.')).toEqual([
      'Er sagte: „Wir kommen. Morgen.“',
      'Dann ging er.',
      'Il a dit : « Non. Jamais. »',
      'Puis il est parti.',
    ]);
  });
});

describe('tokenize: quotes that do not close', () => {
  it('does not let an unbalanced mark swallow the paragraph', () => {
    const text = 'وقال الوزير: "لن نسمح بذلك. وأضاف أن الحكومة ستتدخل. ثم غادر المؤتمر.';
    expect(sentenceTexts(text)).toEqual(['وقال الوزير: "لن نسمح بذلك.', 'وأضاف أن الحكومة ستتدخل.', 'ثم غادر المؤتمر.']);
  });

  it('splits a quotation that runs past the limit at its own terminators', () => {
    const one = 'The council said the wall would protect about eleven hundred homes from the sea for fifty years. ';
    const text = `He said: "${one.repeat(6).trim()}" Then he sat down.`;
    const sentences = sentenceTexts(text);
    expect(sentences).toHaveLength(7);
    expect(sentences[0]).toBe(`He said: "${one.trim()}`);
    expect(sentences[5]).toBe(`${one.trim()}"`);
    expect(sentences[6]).toBe('Then he sat down.');
  });

  it('a stray closing mark opens nothing', () => {
    expect(sentenceTexts('He called it nonsense" and left. Then he came back. Again.')).toHaveLength(3);
  });
});

describe('tokenize: lines, ranges and scripts', () => {
  it('treats single line breaks as white space and a blank line as a sentence end', () => {
    expect(sentenceTexts('The council voted on\nThursday to borrow\r\nmoney for the wall.')).toHaveLength(1);
    expect(sentenceTexts('A line without a stop\n\nThe next part.')).toEqual(['A line without a stop', 'The next part.']);
    expect(sentenceTexts('«quote that never\r\n\r\ncloses. Next one. And another.')).toEqual(['«quote that never', 'closes.', 'Next one.', 'And another.']);
  });

  it('gives offsets into the whole text for a range', () => {
    const text = 'Title line\r\nFirst sentence here. Second one.\r\nLast line';
    const start = text.indexOf('First');
    const end = text.indexOf('\r\nLast');
    const sentences = tokenize(text, start, end);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.position?.start).toEqual({ line: 2, column: 1, offset: start });
    expect(sentences[1]?.position?.end).toEqual({ line: 2, column: end - start + 1, offset: end });
  });

  it('keeps emoji sequences and astral letters whole, never cutting a surrogate pair', () => {
    const text = 'Great 👍🏽 news 👨‍👩‍👧 for 𝐀𝐁𝐂 fans 😀😀!';
    const tokens = tokensOf(text);
    expect(tokens).toContain('Symbol:👍🏽');
    expect(tokens).toContain('Symbol:👨‍👩‍👧');
    expect(tokens).toContain('Word:𝐀𝐁𝐂');
    for (const t of tokens) expect(t).not.toMatch(/[\ud800-\udfff]/u);
  });

  it('mixes scripts in one sentence', () => {
    expect(tokensOf('شبكة GSM ورسائل SMS عبر IoT.')).toEqual(['Word:شبكة', 'Word:GSM', 'Word:ورسائل', 'Word:SMS', 'Word:عبر', 'Word:IoT', 'Punctuation:.']);
  });

  it('cuts a range that runs outside the text to the text', () => {
    const text = 'One. Two.';
    const sentences = tokenizeRange(text, -5, 100, new LineIndex(text));
    expect(checkSentences(text, 0, text.length, sentences, new LineIndex(text))).toEqual([]);
    expect(sentences).toHaveLength(2);
    expect(tokenizeRange(text, 5, 2, new LineIndex(text))).toEqual([]);
  });

  it('gives no sentences for white space only, one for a lone symbol', () => {
    expect(tokenize(' \n\t ')).toEqual([]);
    expect(tokensOf(' ★ ')).toEqual(['Symbol:★']);
  });
});

describe('tokenize: documents', () => {
  it('tokenizes every block of an Arabic article and keeps the model valid', () => {
    const text = [
      'الكرملين: مشاركة الأوروبيين في المفاوضات "لا تبشّر بالخير"',
      'وصل الرئيس الروسي إلى دوشنبه في زيارة تستمر ثلاثة أيام. وتأتي الزيارة في وقت حساس.',
      'وقال د. ملحم: "الزيارة استراتيجية. والملفات حساسة". وأضاف أن موسكو تسعى إلى تعزيز نفوذها عبر منصة 5+1.',
    ].join('\n');
    const doc = parseStructure(text);
    expectValid(doc);
    expect(doc.title?.children).toHaveLength(1);
    const paragraphs = doc.children.flatMap((s) => s.children);
    expect(paragraphs.map((p) => p.children.length)).toEqual([2, 2]);
    expect(doc.meta.wordCount).toBe(8 + 15 + 17);
  });

  it('tokenizes an English article with blank-line paragraphs', () => {
    const text =
      'Heat forces marathon to shorten course\n\nThe Lakeside City Marathon was cut short for more than 6,000 runners on Sunday. Temperatures climbed to 31C by mid-morning.\n\n"We made the decision that nobody wanted to make," race director Paul Hennessy said. "A medal is not worth a life."\n';
    const doc = parseStructure(text);
    expectValid(doc);
    const paragraphs = doc.children.flatMap((s) => s.children);
    expect(paragraphs.map((p) => p.children.length)).toEqual([2, 2]);
  });
});
