import type { NameStart } from '../../entity-language.js';
import { normalizeArabic, procliticSplits } from '../../normalize-arabic.js';

/** How often a normalised form stands as a word of its own (0 when unknown). */
export type WordFrequency = (key: string) => number;

const ALEF = 'ا';
/** Times a whole word must be seen for a mention to keep it against a more common stem, and by how much the stem must win. */
const ATTESTED_WHOLE = 3;
const STRICT_MARGIN = 4;

/**
 * Particles, alone or after و/ف: frequent as words, yet never what is left of a name once a preposition is cut off
 * (nor is «يلي», "follows", as in «ما يلي»: «ليلى» is a name, not «ل» + «يلي»).
 */
const PARTICLES = new Set(
  ['في', 'من', 'على', 'علي', 'عن', 'الى', 'الي', 'مع', 'ما', 'لا', 'ان', 'او', 'ثم', 'قد', 'لم', 'لن', 'هو', 'هي', 'يلي'].flatMap((p) => [p, `و${p}`, `ف${p}`]),
);

/**
 * Where a name starts inside an Arabic token: the reading (proclitics + stem) whose stem is most
 * often a word of its own in the training text, so لبنان stays whole (بنان is no word) while
 * لطاجيكستان and بموسكو lose their preposition. Unknown words strip by rule, except a lone
 * preposition before a bare alef, which is more often the name's own letter (باريس, بايكونور).
 * With `isName` (where mentions are cut) the reading is stricter: see `nameStartOf`.
 */
export function createNameStart(frequency: WordFrequency, isName?: (key: string) => boolean): (word: string) => NameStart {
  const memo = new Map<string, NameStart>();
  return (word) => {
    let start = memo.get(word);
    if (start) return start;
    start = nameStartOf(word, frequency, isName);
    if (memo.size >= 50_000) memo.clear();
    memo.set(word, start);
    return start;
  };
}

/**
 * `isName` given, the reading is strict (where a mention is cut, not the tagger's features, which the
 * models were trained on; `isName` says whether a normalised stem was part of names in the training
 * text): a stem that is a particle, or «ك» before anything but the article, is no reading, nor is a
 * stem of fewer than three letters after «ل» (لؤي is no «ل» + «ؤي»). «ف» comes off only before the article or
 * before a stem attested both as a word and as part of names (فمحمد, فريال): as a conjunction it stands
 * before verbs and particles (فقال، فيما), seldom before a name, while names that begin with it are
 * many (فيصل، فاخر، فولغوغراد), whatever the verb or noun their rest happens to spell (يصل، آخر).
 */
function nameStartOf(word: string, frequency: WordFrequency, isName: ((key: string) => boolean) | undefined): NameStart {
  const strict = isName !== undefined;
  const splits = procliticSplits(word);
  if (splits.length === 1) return { prefixLength: 0, article: false };
  const whole = frequency(normalizeArabic(word));
  let anyKnown = whole > 0;
  // The most frequent stem among the readings (ties: the one that strips less).
  let best: (typeof splits)[number] | undefined;
  let bestScore = 0;
  for (let i = splits.length - 2; i >= 0; i--) {
    const split = splits[i]!;
    // «كوفي» is no «ك» + «وفي»: «ك» as a preposition stands before the article, and a stem that is a particle
    // (وفي، ومن) names nothing.
    if (strict && !split.article && normalizeArabic(word.slice(0, split.prefixLength)).endsWith('ك')) continue;
    if (strict && PARTICLES.has(normalizeArabic(split.stem))) continue;
    if (strict && !mentionReading(word, split, frequency, isName)) continue;
    const score = frequency(normalizeArabic(split.article ? 'ال' + split.stem : split.stem));
    if (score > 0) anyKnown = true;
    if (score > bestScore) {
      best = split;
      bestScore = score;
    }
  }
  // Stripping must be clearly better than the whole word: names are rarer than their clitic forms. Where a mention
  // is cut, a whole word seen a few times stands unless its stem is far more common: «وليد» (6) is no «و» + «ليد»
  // on the strength of «يد» (14), nor «فيصل» (9) «ف» + «يصل» (16); «ولبنان» still gives «لبنان».
  const margin = strict && whole >= ATTESTED_WHOLE ? whole * STRICT_MARGIN : whole * 1.5 + 1;
  if (best && bestScore > margin) return { prefixLength: best.prefixLength, article: best.article, attested: true };
  if (anyKnown) return { prefixLength: 0, article: false };
  for (const split of splits) {
    if (split.prefixLength === 0) break;
    const stem = normalizeArabic(split.stem);
    const stemLetters = stem.length;
    if (stemLetters < (split.article ? 2 : 3)) continue;
    if (!split.article && stem[0] === ALEF && stem[1] !== 'ل') continue;
    // «ك» as a preposition is rare except before the article (كازاخستان, كابول).
    const clitic = normalizeArabic(word.slice(0, split.prefixLength));
    if (clitic.endsWith('ك') && !stem.startsWith('ال')) continue;
    // Where a mention is cut: «ب» before a name nobody knows is as often the name's own letter (برند، بسام).
    if (strict && clitic.endsWith('ب') && !stem.startsWith('ال')) continue;
    // …and «ل» before a bare و or ي begins more foreign names (ليونيل، لويس، ليدز، لوموند) than it governs.
    if (strict && clitic.endsWith('ل') && !split.article && (stem[0] === 'و' || stem[0] === 'ي')) continue;
    if (strict && !mentionReading(word, split, frequency, isName)) continue;
    // «بن» + a known word is a Maghrebi family name (بنعمر · بنكيران), not «ب» + an unknown «نعمر».
    if (clitic === 'ب' && stem[0] === 'ن' && frequency(stem.slice(1)) > 0) return { prefixLength: 0, article: false };
    return { prefixLength: split.prefixLength, article: split.article };
  }
  return { prefixLength: 0, article: false };
}

/**
 * Whether a reading of `word` may stand where a mention is cut: not a stem of one or two letters
 * after «ل», and «ف» alone only before the article or a known name's word.
 */
function mentionReading(
  word: string,
  split: ReturnType<typeof procliticSplits>[number],
  frequency: WordFrequency,
  isName: ((key: string) => boolean) | undefined,
): boolean {
  if (split.article || !isName) return true;
  const stem = normalizeArabic(split.stem);
  if (stem.startsWith('ال')) return true;
  const clitic = normalizeArabic(word.slice(0, split.prefixLength));
  if (clitic === 'ف') return frequency(stem) > 0 && isName(stem);
  // «ل» before two letters (لؤي · لها): a pronoun or the name itself; «و» and «ب» govern short words (وتل أبيب · بحي).
  return stem.length >= 3 || !clitic.endsWith('ل');
}
