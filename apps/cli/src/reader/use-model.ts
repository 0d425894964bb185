import { useReducer, useRef } from 'react';

/**
 * State that key handlers read and write directly. Ink re-subscribes a `useInput` handler only
 * after React runs effects, so keys that arrive in a burst (typing, pasting, key repeat) would
 * otherwise each see the state from before the burst and overwrite one another.
 */
export function useModel<T extends object>(init: () => T): [T, (change: (model: T) => void) => void] {
  const ref = useRef<T | null>(null);
  if (ref.current === null) ref.current = init();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const model = ref.current;
  const update = (change: (model: T) => void) => {
    change(model);
    redraw();
  };
  return [model, update];
}

/** The latest value of something a handler needs (props, derived sizes), read when the key arrives. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
