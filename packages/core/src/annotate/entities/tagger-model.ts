/**
 * The shipped form of a sequence-tagger model, and its decoding. Bytes: a JSON header (tags,
 * feature count, weight scale), the sorted feature hashes (Uint32), the weights (Int16, one row of
 * `tags.length` per feature, scaled), the transition scores (Float32, (tags+1) × tags: the last
 * row is the start of a sentence). Encoded as base64 in a generated module so that Node, bundlers
 * and browsers load it with no file system and no network.
 */

export interface TaggerModel {
  tags: string[];
  /** Adds the feature's score for each tag to `scores[base + tag]`; false when the model lacks the feature. */
  addScores(hash: number, scores: Float32Array, base: number): boolean;
  /** `(tags + 1) × tags`: row `tags.length` scores the first tag of a sentence. */
  transitions: Float32Array;
}

export interface RawModel {
  tags: string[];
  hashes: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

interface Header {
  tags: string[];
  features: number;
  scale: number;
}

const enc = typeof TextEncoder === 'undefined' ? undefined : new TextEncoder();

/** Sorts by hash, quantises weights to Int16 and packs everything as bytes (training side). */
export function encodeModel(model: RawModel): Uint8Array {
  const T = model.tags.length;
  const n = model.hashes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (model.hashes[a] as number) - (model.hashes[b] as number));
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const header = enc!.encode(JSON.stringify({ tags: model.tags, features: n, scale } satisfies Header));
  const headerPadded = (header.length + 4 + 3) & ~3;
  const size = headerPadded + n * 4 + ((n * T * 2 + 3) & ~3) + model.transitions.length * 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, header.length, true);
  bytes.set(header, 4);
  let at = headerPadded;
  for (const i of order) {
    view.setUint32(at, model.hashes[i] as number, true);
    at += 4;
  }
  for (const i of order) {
    for (let t = 0; t < T; t++) {
      view.setInt16(at, Math.round((model.weights[i * T + t] as number) / scale), true);
      at += 2;
    }
  }
  at = (at + 3) & ~3;
  for (const v of model.transitions) {
    view.setFloat32(at, v, true);
    at += 4;
  }
  return bytes;
}

/** Unpacks `encodeModel`'s bytes into a model with a hash index built once. */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
  const T = header.tags.length;
  const n = header.features;
  let at = (headerLength + 4 + 3) & ~3;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++, at += 4) hashes[i] = view.getUint32(at, true);
  const weightsAt = at;
  at += n * T * 2;
  at = (at + 3) & ~3;
  const transitions = new Float32Array((T + 1) * T);
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
  // Open addressing at load ≤ 50%, each slot holding the key, the feature's Int16 weights and a
  // used mark side by side: a feature costs one probe into one place in memory (usually one cache
  // line) instead of a key table, then a row table, then a weight table.
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const S16 = (2 + T + 1 + 1) & ~1;
  const S32 = S16 >> 1;
  const buffer = new ArrayBuffer(size * S16 * 2);
  const keys = new Int32Array(buffer);
  const cells = new Int16Array(buffer);
  const USED = 2 + T;
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (cells[slot * S16 + USED] !== 0) slot = (slot + 1) & mask;
    keys[slot * S32] = h | 0;
    for (let t = 0; t < T; t++) cells[slot * S16 + 2 + t] = view.getInt16(weightsAt + (i * T + t) * 2, true);
    cells[slot * S16 + USED] = 1;
  }
  const scale = header.scale;
  const addScores = (hash: number, scores: Float32Array, base: number): boolean => {
    const key = hash | 0;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const cell = slot * S16;
      if (cells[cell + USED] === 0) return false;
      if (keys[slot * S32] === key) {
        // fround(int16 × scale): the very Float32 weight the model held before it was packed.
        for (let t = 0; t < T; t++) scores[base + t]! += Math.fround((cells[cell + 2 + t] as number) * scale);
        return true;
      }
      slot = (slot + 1) & mask;
    }
  };
  return { tags: header.tags, addScores, transitions };
}

/** Base64 without `atob`/`Buffer` differences between Node and browsers. */
export function base64ToBytes(b64: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  let len = b64.length;
  while (len > 0 && b64[len - 1] === '=') len--;
  const out = new Uint8Array((len * 3) >> 2);
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const v = table[b64.charCodeAt(i) & 127] as number;
    if (v < 0) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/**
 * A language's tagger, decoded from its shipped base64 on first use and kept. `prepare` runs just
 * before decoding (the name prior is part of the model: read it with the weights, not on the
 * first word tagged).
 */
export function lazyModel(encoded: string, prepare: () => void): () => TaggerModel {
  let model: TaggerModel | undefined;
  return () => {
    if (model) return model;
    prepare();
    model = decodeModel(base64ToBytes(encoded));
    return model;
  };
}
