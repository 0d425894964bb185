import { BYLINE_OPENERS_AR } from './ar/bylines.js';
import { BYLINE_OPENERS_EN } from './en/bylines.js';

const OPENERS = [...BYLINE_OPENERS_AR, ...BYLINE_OPENERS_EN].sort((a, b) => b.length - a.length);
const MAX_BYLINE = 100;

/**
 * The name(s) of a byline line ("By Jane Doe and Ali Hassan" → "Jane Doe and Ali Hassan",
 * «كتب: محمد علي» → «محمد علي»), or undefined when the line is not a byline. Short lines only,
 * and the rest must not read as a sentence (no full stop), so "By noon the river had risen."
 * stays prose.
 */
export function bylineOf(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_BYLINE) return undefined;
  const lower = text.toLowerCase();
  for (const opener of OPENERS) {
    if (!lower.startsWith(opener)) continue;
    let rest = text.slice(opener.length);
    const next = rest.charCodeAt(0);
    // The opener must be a whole word: a space, a colon or a dash follows it.
    if (!(next === 32 || next === 58 || next === 0x2d || next === 0x2013 || next === 0xa0)) continue;
    rest = rest.replace(/^[\s:\-–]+/, '').trim();
    if (rest.length < 2 || rest.endsWith('.') || rest.endsWith('؟') || rest.endsWith('?')) return undefined;
    const words = rest.split(/\s+/).length;
    if (words > 10) return undefined;
    // A name starts with a capital in Latin script; Arabic has no case, so the length limits decide.
    const first = rest.charCodeAt(0);
    if (first < 0x600 && !(first >= 65 && first <= 90)) return undefined;
    return rest;
  }
  return undefined;
}
