/**
 * FNV-1a over UTF-16 code units: the tagger names features by string at training time and by
 * this 32-bit hash in the shipped model, so the model stores no feature strings.
 */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
