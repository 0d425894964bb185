import { useEffect, useState } from 'react';
import { type ArticleEntry, loadEntry } from './sources.js';

/**
 * Parses pending library entries after the first frame, a slice at a time between keystrokes,
 * so a big folder opens at once and fills in. Returns a counter that changes as entries land.
 */
export function useBackgroundParse(entries: readonly ArticleEntry[]): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let timer: NodeJS.Immediate | undefined;
    const work = () => {
      if (cancelled) return;
      const started = performance.now();
      let done = 0;
      for (const entry of entries) {
        if (entry.state !== 'pending') continue;
        loadEntry(entry);
        done++;
        if (performance.now() - started > 24) break;
      }
      if (done === 0) return;
      setVersion((v) => v + 1);
      timer = setImmediate(work);
    };
    timer = setImmediate(work);
    return () => {
      cancelled = true;
      if (timer) clearImmediate(timer);
    };
  }, [entries]);
  return version;
}
