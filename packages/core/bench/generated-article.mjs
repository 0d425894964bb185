// The generated articles the benchmark and the output hashes share: paragraphs of the plain-text inputs, drawn in a
// fixed order into an article of any size.

/** Paragraphs (lines of prose) of a text: the material for generated articles. */
export function paragraphsOf(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 80 && !line.startsWith('#'));
}

/**
 * A deterministic article of about `size` characters: a title, then sections of 6 paragraphs under
 * short headings, alternating Arabic and English paragraphs drawn in a shuffled order (a fixed
 * linear congruential sequence), so no two sections repeat exactly.
 */
export function generatedArticle(size, arabic, english) {
  let seed = 12345;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const parts = ['Generated article: الأخبار والتقارير'];
  let length = parts[0].length;
  for (let section = 0; length < size; section++) {
    const heading = section % 2 === 0 ? `قسم ${section + 1}` : `Section ${section + 1}`;
    parts.push(heading);
    length += heading.length + 1;
    for (let p = 0; p < 6 && length < size; p++) {
      const pool = (section + p) % 2 === 0 ? arabic : english;
      const paragraph = pool[next(pool.length)];
      parts.push(paragraph);
      length += paragraph.length + 1;
    }
  }
  return parts.join('\n').slice(0, size);
}
