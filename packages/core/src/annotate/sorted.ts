// Binary search over sorted lists, shared by the annotation stages (mentions, tokens, quote
// drafts and block starts are all kept in text order).

/**
 * How many items at the head of `list` satisfy `before`, for a predicate that holds on a prefix of
 * the list (sorted lists: "ends by", "starts before"): the first index where it fails, by binary search.
 */
export function countBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in the sorted `list` whose value is at least `from`. */
export function firstAtLeast(list: readonly number[], from: number): number {
  return countBefore(list, (value) => value < from);
}
