import type { FeatureName, FeatureSink } from '../annotate/entities/feature-hash.js';
/**
 * How a word was tagged in the training text, as a short class string: one letter per entity type
 * it belonged to (P person, O organization, L location, M misc) and a digit for how often
 * (1: at least 30 % of its occurrences, 2: at least 70 %). «P2» = nearly always part of a person's
 * name. The tagger uses it as a feature, so a name seen in training helps in any context.
 */
export type NamePrior = (key: string) => string | undefined;

export const PRIOR_TYPES: Record<string, string> = { PER: 'P', ORG: 'O', LOC: 'L', MISC: 'M' };

/** Reads «key<TAB>classes» lines into a lookup, parsed on first use. */
export function parseNamePrior(text: string): NamePrior {
  let map: Map<string, string> | undefined;
  return (key) => {
    if (!map) {
      map = new Map();
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        const tab = text.indexOf('\t', start);
        if (tab > start && tab < end) map.set(text.slice(start, tab), text.slice(tab + 1, end));
        start = end + 1;
      }
    }
    return map.get(key);
  };
}

/** Features of a class string: «P2L1» → nP2, nL1. */
export function priorFeatures(classes: string | undefined, prefix: string, out: string[]): void {
  if (!classes) {
    out.push(prefix + 'n-');
    return;
  }
  for (let i = 0; i + 1 < classes.length; i += 2) out.push(prefix + 'n' + classes.slice(i, i + 2));
}

/** `priorFeatures` into a feature sink: `name` is the offset's «n» template («-1n», «n», «1n»). */
export function priorFeaturesTo(classes: string | undefined, name: FeatureName, sink: FeatureSink): void {
  if (!classes) {
    sink.add(name, '-');
    return;
  }
  for (let i = 0; i + 1 < classes.length; i += 2) sink.add(name, classes, i, i + 2);
}

/**
 * Word clusters learned from unlabeled text (scripts/train-clusters.mjs): «key<TAB>coarse fine»
 * lines, ids in base 36. The lookup gives the «coarse fine» string, parsed on first use.
 */
export const parseWordClusters: (text: string) => (key: string) => string | undefined = parseNamePrior;

/** Features of a word's clusters: coarse and fine ids, or «-» for a word too rare to have any. */
export function clusterFeaturesTo(ids: string | undefined, coarse: FeatureName, fine: FeatureName, sink: FeatureSink): void {
  if (ids === undefined) {
    sink.add(coarse, '-');
    return;
  }
  const space = ids.indexOf(' ');
  sink.add(coarse, ids, 0, space);
  sink.add(fine, ids, space + 1, ids.length);
}
