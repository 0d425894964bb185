import { base64ToBytes, decodeModel, type TaggerModel } from '../../../annotate/entities/tagger-model.js';
import type { EntityLanguage, EntityToken } from '../../entity-language.js';
import { normalizeArabic } from '../../normalize-arabic.js';
import { WORD_COUNTS } from '../models/entity-lexicon.js';
import { ENTITY_TAGGER } from '../models/entity-tagger.js';
import { arabicTemporalAndQuantities } from './dates.js';
import { createArabicFeatures, isArabicCountry, isArabicTitle, withoutArticle } from './features.js';
import { parseLexicon } from './lexicon.js';
import { createNameStart } from './name-start.js';
import { ROLE_HEADS, STOP_NAMES } from './titles.js';

const nameStart = createNameStart(parseLexicon(WORD_COUNTS));
const roleHeads = new Set(ROLE_HEADS.map((w) => withoutArticle(normalizeArabic(w))));
const stopNames = new Set(STOP_NAMES.map(normalizeArabic));
/** Where an apposition ends: punctuation, or the complementiser of the speech verb (قال …، مدير …، إن). */
const ROLE_END = new Set(['،', ',', '.', ':', '؛', ';', '"', '«', '»', '“', '”', '(', ')', 'إن', 'ان', 'أن', 'انه', 'إنه', 'أنه']);

let model: TaggerModel | undefined;

/** The token's key after its proclitics, the article kept. */
const stemKey = (token: EntityToken | undefined): string => {
  if (!token) return '';
  const start = nameStart(token.text);
  return (start.article ? 'ال' : '') + normalizeArabic(token.text.slice(start.prefixLength));
};

const isWord = (t: EntityToken | undefined): t is EntityToken => !!t && t.word;

export const arabicEntities: EntityLanguage = {
  code: 'ar',
  model: () => (model ??= decodeModel(base64ToBytes(ENTITY_TAGGER))),
  wordFeatures: createArabicFeatures(nameStart),
  nameStart,
  matchKey: normalizeArabic,
  titleBefore(tokens, end) {
    // «د.» and «أ.» as abbreviations: the letter and its period.
    if (tokens[end - 1]?.text === '.' && /^[دأا]$/.test(normalizeArabic(tokens[end - 2]?.text ?? '').slice(-1)) && (tokens[end - 2]?.text.length ?? 0) <= 2)
      return 2;
    // A title, then only words with the article (الرئيس الروسي · وزير الخارجية الروسي).
    for (let k = end - 1; k >= 0 && k >= end - 4; k--) {
      const token = tokens[k];
      if (!isWord(token)) return 0;
      const key = stemKey(token);
      if (isArabicTitle(key)) return end - k;
      if (!key.startsWith('ال')) return 0;
    }
    return 0;
  },
  roleAfter(tokens, start) {
    if (tokens[start]?.text !== '،' && tokens[start]?.text !== ',') return 0;
    if (!isWord(tokens[start + 1]) || !roleHeads.has(withoutArticle(stemKey(tokens[start + 1])))) return 0;
    for (let k = start + 2; k <= start + 15; k++) {
      const token = tokens[k];
      if (!token || ROLE_END.has(token.text)) return k - start - 1;
    }
    return 0;
  },
  temporalAndQuantities: arabicTemporalAndQuantities,
  gazetteerKind: (key) => (isArabicCountry(key) ? 'location' : undefined),
  canStartName: () => true,
  isStopName: (key) => stopNames.has(key),
};
