// Word clusters learned from unlabeled text (the training corpora's words, tags ignored): words
// that occur between the same neighbours fall in the same cluster, so a name the tagged data saw
// once (or never) shares features with the names that appear in its contexts. Each word gets a
// context vector (positive PMI with the frequent words one and two to its left and right),
// randomly projected to a few dense dimensions and grouped by spherical k-means at two
// granularities. Deterministic: sorted vocabulary, seeded projection and seeds.
import { random } from './train-perceptron.mjs';

/** Context words: the most frequent keys, plus edge markers; everything else shares one slot. */
const CONTEXTS = 1200;
const OFFSETS = [-2, -1, 1, 2];
const DIMS = 96;
const ITERATIONS = 12;

/**
 * Clusters of the word keys of `sentences` (arrays of words; `keyOf` maps a word to its key).
 * Returns `{ key → [coarse, fine] }` for keys seen `minCount` times or more.
 */
export function wordClusters(sentences, keyOf, { minCount = 2, sizes = [64, 512], seed = 1, maxWords = 60_000 } = {}) {
  const counts = new Map();
  const keyed = sentences.map((words) => words.map((w) => keyOf(w)));
  for (const keys of keyed) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFrequency.filter(([, c]) => c >= minCount).slice(0, maxWords);
  const wordId = new Map(vocab.map(([k], i) => [k, i]));
  const ctxId = new Map(byFrequency.slice(0, CONTEXTS).map(([k], i) => [k, i]));
  const EDGE = CONTEXTS;
  const OTHER = CONTEXTS + 1;
  const C = CONTEXTS + 2;
  const D = OFFSETS.length * C;
  // Sparse co-occurrence counts per word: Map dim → count.
  const rows = vocab.map(() => new Map());
  const dimTotals = new Float64Array(D);
  let total = 0;
  for (const keys of keyed) {
    for (let i = 0; i < keys.length; i++) {
      const w = wordId.get(keys[i]);
      if (w === undefined) continue;
      const row = rows[w];
      OFFSETS.forEach((o, oi) => {
        const j = i + o;
        const c = j < 0 || j >= keys.length ? EDGE : (ctxId.get(keys[j]) ?? OTHER);
        const d = oi * C + c;
        row.set(d, (row.get(d) ?? 0) + 1);
        dimTotals[d]++;
        total++;
      });
    }
  }
  // Seeded ±1 projection of each context dimension.
  const rand = random(seed);
  const projection = new Float32Array(D * DIMS);
  for (let i = 0; i < projection.length; i++) projection[i] = rand() < 0.5 ? -1 : 1;
  const V = vocab.length;
  const vectors = new Float32Array(V * DIMS);
  for (let w = 0; w < V; w++) {
    let wordTotal = 0;
    for (const c of rows[w].values()) wordTotal += c;
    const base = w * DIMS;
    for (const [d, c] of rows[w]) {
      const pmi = Math.log((c * total) / (wordTotal * dimTotals[d]));
      if (pmi <= 0) continue;
      for (let k = 0; k < DIMS; k++) vectors[base + k] += pmi * projection[d * DIMS + k];
    }
    normalize(vectors, base);
  }
  const assignments = sizes.map((k, i) => kMeans(vectors, V, Math.min(k, V), random(seed + i + 1)));
  const clusters = new Map();
  for (let w = 0; w < vocab.length; w++)
    clusters.set(
      vocab[w][0],
      assignments.map((a) => a[w]),
    );
  return clusters;
}

function normalize(v, base) {
  let n = 0;
  for (let k = 0; k < DIMS; k++) n += v[base + k] * v[base + k];
  n = Math.sqrt(n);
  if (n > 0) for (let k = 0; k < DIMS; k++) v[base + k] /= n;
}

/** Spherical k-means (cosine): seeds drawn at random, then assign / recentre. */
function kMeans(vectors, V, K, rand) {
  const centroids = new Float32Array(K * DIMS);
  const picked = new Set();
  for (let c = 0; c < K; c++) {
    let w;
    do w = Math.floor(rand() * V);
    while (picked.has(w) && picked.size < V);
    picked.add(w);
    centroids.set(vectors.subarray(w * DIMS, w * DIMS + DIMS), c * DIMS);
  }
  const assign = new Int32Array(V);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let w = 0; w < V; w++) {
      let best = 0;
      let top = -Infinity;
      const base = w * DIMS;
      for (let c = 0; c < K; c++) {
        let s = 0;
        const cb = c * DIMS;
        for (let k = 0; k < DIMS; k++) s += vectors[base + k] * centroids[cb + k];
        if (s > top) {
          top = s;
          best = c;
        }
      }
      assign[w] = best;
    }
    centroids.fill(0);
    for (let w = 0; w < V; w++) {
      const cb = assign[w] * DIMS;
      for (let k = 0; k < DIMS; k++) centroids[cb + k] += vectors[w * DIMS + k];
    }
    for (let c = 0; c < K; c++) normalize(centroids, c * DIMS);
  }
  return assign;
}

/** The shipped form: «key<TAB>coarse fine» per line, sorted by key (read by `parseWordClusters`). */
export function clustersText(clusters) {
  return [...clusters]
    .filter(([k]) => !k.includes('\t') && !k.includes('\n'))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, ids]) => `${k}\t${ids.map((i) => i.toString(36)).join(' ')}`)
    .join('\n');
}

/** Plain text as sentences of words (unlabeled extra text): words, numbers and single marks. */
export function textSentences(text) {
  const sentences = [];
  for (const line of text.split(/\n+/)) {
    const words = line.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}’'.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]|\p{N}[\p{N},.]*\p{N}|\p{N}|[^\s\p{L}\p{M}\p{N}]/gu);
    if (words && words.length > 0) sentences.push(words);
  }
  return sentences;
}
