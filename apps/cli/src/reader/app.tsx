import { useApp, useInput, useStdin } from 'ink';
import { useRef, useState } from 'react';
import type { ResolvedBidi } from '../bidi/mode.js';
import ArticleScreen from './article-screen.js';
import LibraryView, { type LibraryMemory } from './library-view.js';
import { type ArticleEntry, loadEntry } from './sources.js';
import { useBackgroundParse } from './use-background-parse.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface AppProps {
  entries: ArticleEntry[];
  /** Set for a folder: the library comes first and q in an article goes back to it. */
  folder?: string;
  bidi: ResolvedBidi;
  color: boolean;
}

/** The reader: a library of articles, or one article, and the way between them. */
export default function App({ entries, folder, bidi, color }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  // Views switch their key handlers on and off; this one stays, so raw mode and Ink's reading of
  // the terminal never lapse in between and a key pressed during the switch is not dropped.
  useInput(() => {}, { isActive: isRawModeSupported === true });
  const size = useTerminalSize();
  const [open, setOpen] = useState<number | null>(folder === undefined ? 0 : null);
  useBackgroundParse(entries, open);
  const library = useRef<LibraryMemory>({ filter: '', selected: 0 });
  // Where each article was left, so reopening it from the library returns to the same place.
  const positions = useRef(new Map<number, number>());

  if (open !== null) {
    const entry = loadEntry(entries[open] as ArticleEntry);
    if (entry.doc) {
      return (
        <ArticleScreen
          key={open}
          doc={entry.doc}
          annotating={entry.annotations === 'pending'}
          size={size}
          bidi={bidi}
          color={color}
          initialTop={positions.current.get(open) ?? 0}
          {...(folder !== undefined
            ? {
                onBack: (top: number) => {
                  positions.current.set(open, top);
                  setOpen(null);
                },
              }
            : {})}
          onQuit={() => exit()}
        />
      );
    }
  }
  return (
    <LibraryView
      entries={entries}
      folder={folder ?? entries[0]?.name ?? ''}
      size={size}
      bidi={bidi}
      color={color}
      memory={library.current}
      onOpen={(index) => setOpen(index)}
      onQuit={() => exit()}
    />
  );
}
