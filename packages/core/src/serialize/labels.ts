/** The few words serializers write themselves, in the article's language. */
export interface Labels {
  quotes: string;
  entities: string;
  unknownSpeaker: string;
  inferred: string;
  /** Between a name and its role, and between aliases: the Arabic comma in Arabic. */
  comma: string;
  /** Quotation marks around a quote's text: guillemets in Arabic, curly quotes in English. */
  open: string;
  close: string;
}

const LABELS: Record<string, Labels> = {
  ar: { quotes: 'الاقتباسات', entities: 'الكيانات', unknownSpeaker: 'متحدث غير معروف', inferred: 'مستنتج', comma: '، ', open: '«', close: '»' },
  en: { quotes: 'Quotes', entities: 'Entities', unknownSpeaker: 'unknown speaker', inferred: 'inferred', comma: ', ', open: '\u201c', close: '\u201d' },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? (LABELS.en as Labels);
}
