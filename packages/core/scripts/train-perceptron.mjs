// A structured averaged perceptron over word-window features, trained the way the shipped
// SequenceTagger decodes: the score of tag t at token i is the sum over the ±2 window of the
// weights of each word's features at its offset, plus a transition score; Viterbi keeping BIO (or BILOU) order.
import { hashFeature } from '../dist/annotate/entities/feature-hash.js';
import { allowedTransition, isBilou } from '../dist/annotate/entities/sequence-tagger.js';

const WINDOW = 2;

/** Deterministic PRNG (mulberry32) so a run with the same seed gives the same model. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Indexes the training data: every word type gets, per window offset, the list of its feature
 * rows; features are keyed by their 32-bit hash, exactly as the shipped model looks them up.
 */
export class FeatureIndex {
  /** `featuresByFold[k]`: the word features seen by sentences of fold k (a name prior built without them). */
  constructor(featuresByFold) {
    this.featuresByFold = featuresByFold;
    this.rows = new Map(); // hash → row
    this.hashes = [];
    this.types = featuresByFold.map(() => new Map()); // per fold: word → type id
    this.typeFeatures = []; // type id → Int32Array[] per offset
    this.frozen = false;
  }
  type(word, fold) {
    let id = this.types[fold].get(word);
    if (id !== undefined) return id;
    id = this.typeFeatures.length;
    this.types[fold].set(word, id);
    const perOffset = [];
    const out = [];
    for (let offset = -WINDOW; offset <= WINDOW; offset++) {
      out.length = 0;
      this.featuresByFold[fold](word, offset, out);
      const rows = [];
      for (const f of out) {
        const h = hashFeature(f);
        let row = this.rows.get(h);
        if (row === undefined) {
          if (this.frozen) continue;
          row = this.hashes.length;
          this.rows.set(h, row);
          this.hashes.push(h);
        }
        rows.push(row);
      }
      perOffset.push(Int32Array.from(rows));
    }
    this.typeFeatures.push(perOffset);
    return id;
  }
  /** A sentence as type ids with the edge words around it. */
  encode(words, fold) {
    const ids = [];
    for (let i = -WINDOW; i < words.length + WINDOW; i++) ids.push(this.type(i < 0 ? '<s>' : i >= words.length ? '</s>' : words[i], fold));
    return Int32Array.from(ids);
  }
}

export class Perceptron {
  constructor(tags, index) {
    this.tags = tags;
    this.T = tags.length;
    this.index = index;
    this.capacity = 1 << 16;
    this.w = new Float32Array(this.capacity * this.T);
    this.u = new Float32Array(this.capacity * this.T);
    this.tw = new Float32Array((this.T + 1) * this.T);
    this.tu = new Float32Array((this.T + 1) * this.T);
    this.c = 1;
    const T = this.T;
    const bilou = isBilou(tags);
    this.allowed = new Uint8Array((T + 1) * T);
    for (let p = 0; p <= T; p++) for (let q = 0; q < T; q++) this.allowed[p * T + q] = allowedTransition(p < T ? tags[p] : 'O', tags[q], bilou) ? 1 : 0;
    // BILOU: a sentence ends outside a name (O, L-X, U-X).
    this.canEnd = Uint8Array.from(tags, (t) => (!bilou || t === 'O' || t.startsWith('L-') || t.startsWith('U-') ? 1 : 0));
  }
  grow() {
    const need = this.index.hashes.length;
    if (need <= this.capacity) return;
    while (this.capacity < need) this.capacity *= 2;
    const w = new Float32Array(this.capacity * this.T);
    w.set(this.w);
    this.w = w;
    const u = new Float32Array(this.capacity * this.T);
    u.set(this.u);
    this.u = u;
  }
  local(ids, n, w) {
    const T = this.T;
    const scores = new Float32Array(n * T);
    const tf = this.index.typeFeatures;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k <= 2 * WINDOW; k++) {
        const rows = tf[ids[i + k]][k];
        for (let j = 0; j < rows.length; j++) {
          const base = rows[j] * T;
          for (let t = 0; t < T; t++) scores[i * T + t] += w[base + t];
        }
      }
    }
    return scores;
  }
  viterbi(scores, n, tw) {
    const T = this.T;
    const best = new Float32Array(n * T);
    const back = new Uint8Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < T; q++) {
        let top = -Infinity;
        let arg = 0;
        if (i === 0) {
          if (this.allowed[T * T + q]) top = tw[T * T + q];
        } else {
          for (let p = 0; p < T; p++) {
            if (!this.allowed[p * T + q]) continue;
            const s = best[(i - 1) * T + p] + tw[p * T + q];
            if (s > top) {
              top = s;
              arg = p;
            }
          }
        }
        best[i * T + q] = top + scores[i * T + q];
        back[i * T + q] = arg;
      }
    }
    const out = new Uint8Array(n);
    let arg = 0;
    for (let t = 1; t < T; t++) if (this.canEnd[t] && best[(n - 1) * T + t] > best[(n - 1) * T + arg]) arg = t;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * T + arg];
    }
    return out;
  }
  predict(ids, n, averaged) {
    const w = averaged ? this.avgW : this.w;
    const tw = averaged ? this.avgTw : this.tw;
    return this.viterbi(this.local(ids, n, w), n, tw);
  }
  update(ids, n, gold, guess) {
    const T = this.T;
    const tf = this.index.typeFeatures;
    const c = this.c;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = guess[i];
      if (g !== p) {
        for (let k = 0; k <= 2 * WINDOW; k++) {
          const rows = tf[ids[i + k]][k];
          for (let j = 0; j < rows.length; j++) {
            const base = rows[j] * T;
            this.w[base + g] += 1;
            this.u[base + g] += c;
            this.w[base + p] -= 1;
            this.u[base + p] -= c;
          }
        }
      }
      const gp = i === 0 ? T : gold[i - 1];
      const pp = i === 0 ? T : guess[i - 1];
      if (g !== p || gp !== pp) {
        this.tw[gp * T + g] += 1;
        this.tu[gp * T + g] += c;
        this.tw[pp * T + p] -= 1;
        this.tu[pp * T + p] -= c;
      }
    }
  }
  /** Averaged weights: w − u / c (the running-sum trick of Daumé). */
  average() {
    const n = this.index.hashes.length * this.T;
    this.avgW = new Float32Array(n);
    for (let i = 0; i < n; i++) this.avgW[i] = this.w[i] - this.u[i] / this.c;
    this.avgTw = new Float32Array(this.tw.length);
    for (let i = 0; i < this.tw.length; i++) this.avgTw[i] = this.tw[i] - this.tu[i] / this.c;
  }
  /** One pass over the data in a seeded random order. */
  epoch(data, rand) {
    this.grow();
    const order = data.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const i of order) {
      const { ids, gold } = data[i];
      const n = gold.length;
      const guess = this.predict(ids, n, false);
      let wrong = false;
      for (let k = 0; k < n; k++) if (guess[k] !== gold[k]) wrong = true;
      if (wrong) {
        errors++;
        this.update(ids, n, gold, guess);
      }
      this.c++;
    }
    return errors;
  }
}

/** BIO tags as BILOU (BIOES): the last word of a longer name L-X, a one-word name U-X. */
export function toBilou(tags) {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const ends = tags[i + 1] !== `I-${tag.slice(2)}`;
    if (tag.startsWith('B-')) return ends ? `U-${tag.slice(2)}` : tag;
    return ends ? `L-${tag.slice(2)}` : tag;
  });
}

/** The BIO reading of a BILOU tag (L-X → I-X, U-X → B-X). */
export const bioOf = (tag) => (tag.startsWith('L-') ? `I-${tag.slice(2)}` : tag.startsWith('U-') ? `B-${tag.slice(2)}` : tag);

/** Entity spans [start, end, type] of a BIO tag sequence. */
export function spansOf(tags) {
  const spans = [];
  let start = -1;
  let type = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const continues = tag.startsWith('I-') && tag.slice(2) === type;
    if (start >= 0 && !continues) {
      spans.push([start, i, type]);
      start = -1;
      type = null;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && start < 0)) {
      start = i;
      type = tag.slice(2);
    }
  }
  return spans;
}

/** Exact-span precision, recall and F1 per type and micro over `types`. */
export function score(pairs, types) {
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, guess } of pairs) {
    const g = new Set(
      spansOf(gold)
        .filter((s) => types.includes(s[2]))
        .map((s) => s.join(':')),
    );
    const p = new Set(
      spansOf(guess)
        .filter((s) => types.includes(s[2]))
        .map((s) => s.join(':')),
    );
    for (const s of p) counts[s.split(':')[2]][g.has(s) ? 'tp' : 'fp']++;
    for (const s of g) if (!p.has(s)) counts[s.split(':')[2]].fn++;
  }
  const prf = ({ tp, fp, fn }) => {
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn };
  };
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) for (const k of ['tp', 'fp', 'fn']) micro[k] += counts[t][k];
  return { ...Object.fromEntries(types.map((t) => [t, prf(counts[t])])), micro: prf(micro) };
}
