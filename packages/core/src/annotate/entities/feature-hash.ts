/**
 * FNV-1a over UTF-16 code units: the tagger names features by string at training time and by
 * this 32-bit hash in the shipped model, so the model stores no feature strings.
 */
export function hashFeature(s: string): number {
  return fnvAdd(FNV_OFFSET, s, 0, s.length) >>> 0;
}

/** FNV-1a's starting state, as an int32. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * Continues FNV-1a over `s.slice(start, end)` from state `h` (int32). FNV-1a reads its input in
 * order, so `hashFeature(a + b) === fnvAdd(fnvAdd(FNV_OFFSET, a, …), b, …) >>> 0`: a feature's hash
 * is its template's hash (computed once) continued over the value, with no string built.
 */
export function fnvAdd(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A feature template: its name (the string prefix of its features) and that prefix's FNV state. */
export interface FeatureName {
  text: string;
  state: number;
}

export function featureName(text: string): FeatureName {
  return { text, state: fnvAdd(FNV_OFFSET, text, 0, text.length) };
}

/**
 * Where word features go: the feature `name.text + value.slice(start, end)` (the whole value when
 * no range is given; `start`/`end` within the value). Training collects strings; the tagger at
 * run time collects their hashes straight from the template state, building no strings.
 */
export interface FeatureSink {
  add(name: FeatureName, value?: string, start?: number, end?: number): void;
}

/** Features as strings (training, and the reference the hashes must equal). */
export class StringSink implements FeatureSink {
  constructor(public out: string[]) {}
  add(name: FeatureName, value?: string, start?: number, end?: number): void {
    if (value === undefined) this.out.push(name.text);
    else this.out.push(name.text + (start === undefined ? value : value.slice(start, end)));
  }
}

/** Features as their hashes, equal to `hashFeature` of the strings `StringSink` collects. */
export class HashSink implements FeatureSink {
  constructor(public out: number[]) {}
  add(name: FeatureName, value?: string, start?: number, end?: number): void {
    if (value === undefined) this.out.push(name.state >>> 0);
    else this.out.push(fnvAdd(name.state, value, start ?? 0, end ?? value.length) >>> 0);
  }
}

/** A language's feature writer as what the stage and the trainer call: strings for training, `.hashes` for tagging. */
export interface FeatureExtractor {
  (word: string, offset: number, out: string[]): void;
  hashes(word: string, offset: number, out: number[]): void;
}

/** Wraps one feature writer so strings and hashes always come from the same code. */
export function featureExtractor(featuresTo: (word: string, offset: number, sink: FeatureSink) => void): FeatureExtractor {
  const strings = new StringSink([]);
  const hashes = new HashSink([]);
  return Object.assign(
    (word: string, offset: number, out: string[]): void => {
      strings.out = out;
      featuresTo(word, offset, strings);
    },
    {
      hashes(word: string, offset: number, out: number[]): void {
        hashes.out = out;
        featuresTo(word, offset, hashes);
      },
    },
  );
}

/** Feature names per window offset, built once: `names(offset)` gives `{ s: '-1s', … }` for offset −1. */
export function namesByOffset<K extends string>(keys: readonly K[]): (offset: number) => Record<K, FeatureName> {
  const cache = new Map<number, Record<K, FeatureName>>();
  return (offset) => {
    let names = cache.get(offset);
    if (!names) {
      const o = offset === 0 ? '' : String(offset);
      names = Object.fromEntries(keys.map((k) => [k, featureName(o + k)])) as Record<K, FeatureName>;
      cache.set(offset, names);
    }
    return names;
  };
}
