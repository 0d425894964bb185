import { useEffect, useRef, useState } from 'react';
import { type Annotate, type ArticleEntry, annotateEntry, loadAnnotator, loadEntry } from './sources.js';

/**
 * The work left after the first frame, a slice at a time between keystrokes: parsing the
 * structure of pending library entries, then, once the annotator has loaded (it is only asked
 * for after the first frame), annotating them, the open article first. A big folder opens at
 * once and fills in. Returns a counter that changes as entries land.
 */
export function useBackgroundParse(entries: readonly ArticleEntry[], open: number | null): number {
  const [version, setVersion] = useState(0);
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    let cancelled = false;
    let timer: NodeJS.Immediate | undefined;
    let annotate: Annotate | undefined;
    const work = () => {
      timer = undefined;
      if (cancelled) return;
      const started = performance.now();
      let done = 0;
      const first = openRef.current === null ? undefined : entries[openRef.current];
      for (const entry of first ? [first, ...entries] : entries) {
        if (done > 0 && performance.now() - started > 24) break;
        if (entry.state === 'pending') {
          loadEntry(entry);
          done++;
        } else if (annotate && entry.annotations === 'pending') {
          annotateEntry(entry, annotate);
          done++;
        }
      }
      if (done === 0) return;
      setVersion((v) => v + 1);
      timer = setImmediate(work);
    };
    const schedule = () => {
      if (!cancelled && timer === undefined) timer = setImmediate(work);
    };
    schedule();
    // After the first frame (effects run once it is written), so its modules never delay it.
    const loader = setImmediate(() => {
      if (!entries.some((e) => e.state === 'pending' || e.annotations === 'pending')) return;
      loadAnnotator().then(
        (loaded) => {
          annotate = loaded;
          schedule();
        },
        () => {
          // No annotator (a broken install): the structure stays readable, marked as unannotated.
          for (const entry of entries) if (entry.annotations === 'pending') entry.annotations = 'failed';
          if (!cancelled) setVersion((v) => v + 1);
        },
      );
    });
    return () => {
      cancelled = true;
      clearImmediate(loader);
      if (timer) clearImmediate(timer);
    };
  }, [entries]);
  return version;
}
