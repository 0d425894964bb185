import { normalizeArabic } from '../../normalize-arabic.js';
import { COUNTRY_NAMES } from '../models/entity-gazetteer.js';
import type { WordFrequency } from './name-start.js';

/**
 * Reads the shipped word list («form count» per line, normalised forms) into a frequency
 * function. The list says which stems stand as words of their own, which is what proclitic
 * splitting needs (بموسكو → موسكو, لبنان stays whole). Country names count as common words.
 */
export function parseLexicon(text: string): WordFrequency {
  const counts = new Map<string, number>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.lastIndexOf(' ', end);
    if (space > start) counts.set(text.slice(start, space), Number(text.slice(space + 1, end)) || 0);
    start = end + 1;
  }
  for (const name of COUNTRY_NAMES) {
    const key = normalizeArabic(name);
    if (!key.includes(' ')) counts.set(key, (counts.get(key) ?? 0) + 1000);
  }
  return (key) => counts.get(key) ?? 0;
}
