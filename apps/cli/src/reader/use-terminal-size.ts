import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import { sizeOf, type TerminalSize } from './screen-text.js';

export type { TerminalSize } from './screen-text.js';

/** The terminal's size, updated on resize so the article re-wraps to the new width. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
