/** The few words serializers write themselves, in the article's language. */
export interface Labels {
  quotes: string;
  entities: string;
  unknownSpeaker: string;
  inferred: string;
  /** Between a name and its role: the Arabic comma in Arabic. */
  comma: string;
}

const LABELS: Record<string, Labels> = {
  ar: { quotes: 'الاقتباسات', entities: 'الكيانات', unknownSpeaker: 'متحدث غير معروف', inferred: 'مستنتج', comma: '، ' },
  en: { quotes: 'Quotes', entities: 'Entities', unknownSpeaker: 'unknown speaker', inferred: 'inferred', comma: ', ' },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? (LABELS.en as Labels);
}
