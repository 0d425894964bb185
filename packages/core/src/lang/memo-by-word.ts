/**
 * Caches a per-word function in a bounded Map: the entity stage asks the same questions of the
 * same words many times per article (is it a title, a stop word, a verb of saying …), and the
 * answers depend on the word alone.
 */
export function memoByWord<T>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined && !cache.has(word)) {
      value = fn(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, value);
    }
    return value as T;
  };
}
