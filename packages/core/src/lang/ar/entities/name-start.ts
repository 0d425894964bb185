import type { NameStart } from '../../entity-language.js';
import { normalizeArabic, procliticSplits } from '../../normalize-arabic.js';

/** How often a normalised form stands as a word of its own (0 when unknown). */
export type WordFrequency = (key: string) => number;

const ALEF = 'ا';

/**
 * Where a name starts inside an Arabic token: the reading (proclitics + stem) whose stem is most
 * often a word of its own in the training text, so لبنان stays whole (بنان is no word) while
 * لطاجيكستان and بموسكو lose their preposition. Unknown words strip by rule, except a lone
 * preposition before a bare alef, which is more often the name's own letter (باريس, بايكونور).
 */
export function createNameStart(frequency: WordFrequency): (word: string) => NameStart {
  const memo = new Map<string, NameStart>();
  return (word) => {
    let start = memo.get(word);
    if (start) return start;
    start = nameStartOf(word, frequency);
    if (memo.size >= 50_000) memo.clear();
    memo.set(word, start);
    return start;
  };
}

function nameStartOf(word: string, frequency: WordFrequency): NameStart {
  const splits = procliticSplits(word);
  if (splits.length === 1) return { prefixLength: 0, article: false };
  let best = splits[splits.length - 1]!;
  let bestScore = frequency(normalizeArabic(word));
  let anyKnown = bestScore > 0;
  for (let i = 0; i < splits.length - 1; i++) {
    const split = splits[i]!;
    const key = normalizeArabic(split.article ? 'ال' + split.stem : split.stem);
    const score = frequency(key);
    if (score > 0) anyKnown = true;
    // Stripping must be clearly better than the whole word: names are rarer than their clitic forms.
    if (score > bestScore * 1.5 + 1) {
      best = split;
      bestScore = score;
    }
  }
  if (anyKnown) return { prefixLength: best.prefixLength, article: best.article };
  for (const split of splits) {
    if (split.prefixLength === 0) break;
    const stem = normalizeArabic(split.stem);
    const stemLetters = stem.length;
    if (stemLetters < (split.article ? 2 : 3)) continue;
    if (!split.article && stem[0] === ALEF && stem[1] !== 'ل') continue;
    // «ك» as a preposition is rare except before the article (كازاخستان, كابول).
    const clitic = normalizeArabic(word.slice(0, split.prefixLength));
    if (clitic.endsWith('ك') && !stem.startsWith('ال')) continue;
    return { prefixLength: split.prefixLength, article: split.article };
  }
  return { prefixLength: 0, article: false };
}
