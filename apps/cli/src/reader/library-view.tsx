import { Box, type Key, Text, useInput, useStdin } from 'ink';
import { truncateToWidth } from '../bidi/graphemes.js';
import type { ResolvedBidi } from '../bidi/mode.js';
import { visualString } from '../bidi/visual-line.js';
import HelpView from './help-view.js';
import { editFilter, splitKeys } from './key-input.js';
import { LIBRARY_KEYS } from './keys.js';
import { matchesQuery } from './search.js';
import type { ArticleEntry } from './sources.js';
import StatusLine from './status-line.js';
import { useLatest, useModel } from './use-model.js';
import type { TerminalSize } from './use-terminal-size.js';
import { alignTo, labelFor } from './visual.js';

export interface LibraryViewProps {
  entries: readonly ArticleEntry[];
  /** The folder, as the user named it. */
  folder: string;
  size: TerminalSize;
  bidi: ResolvedBidi;
  color: boolean;
  /** Filter and selection, owned by the app so they survive opening an article and coming back. */
  memory: LibraryMemory;
  onOpen: (index: number) => void;
  onQuit: () => void;
}

export interface LibraryMemory {
  filter: string;
  /** Index in `entries`. */
  selected: number;
}

/** Every article of a folder: title, language, date, quote and entity counts; type to filter, Enter to open. */
export default function LibraryView({ entries, folder, size, bidi, color, memory, onOpen, onQuit }: LibraryViewProps) {
  const { isRawModeSupported } = useStdin();
  const [model, update] = useModel(() => ({ filter: memory.filter, help: false, scroll: 0, message: '', selected: memory.selected }));
  const { filter, help, message } = model;

  const shown = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => matchesQuery(searchText(entry), filter));
  const position = Math.max(
    0,
    shown.findIndex(({ index }) => index === model.selected),
  );
  const current = shown[position]?.index ?? -1;
  const height = Math.max(1, size.rows - 4);
  let top = Math.min(model.scroll, Math.max(0, shown.length - height));
  if (position < top) top = position;
  if (position >= top + height) top = position - height + 1;
  model.scroll = top;
  model.selected = current;
  memory.selected = current;
  memory.filter = filter;
  const live = useLatest({ shown, entries, onOpen, onQuit });

  const move = (by: number) =>
    update((m) => {
      const { shown } = live.current;
      const at = Math.max(
        0,
        shown.findIndex(({ index }) => index === m.selected),
      );
      const next = shown[Math.max(0, Math.min(shown.length - 1, at + by))];
      if (next) m.selected = next.index;
    });

  /** One key; false when it left the library (opened an article, quit), so the rest of a burst is dropped. */
  const handleKey = (input: string, key: Key): boolean => {
    const next = editFilter(model.filter, input, key, 'jkgGq?');
    if (next !== null) {
      update((m) => {
        m.filter = next;
        m.message = '';
      });
      return true;
    }
    const { entries, onOpen, onQuit, shown } = live.current;
    update((m) => void (m.message = ''));
    if (key.escape) {
      if (model.filter) update((m) => void (m.filter = ''));
    } else if (input === 'q' && !key.ctrl) {
      onQuit();
      return false;
    } else if (input === '?') update((m) => void (m.help = true));
    else if (key.return) {
      const entry = entries[model.selected];
      if (entry?.state === 'error') update((m) => void (m.message = `Cannot open ${entry.name}: ${entry.error}`));
      else if (entry) {
        onOpen(model.selected);
        return false;
      }
    } else if (key.downArrow || input === 'j' || (key.ctrl && input === 'n')) move(1);
    else if (key.upArrow || input === 'k' || (key.ctrl && input === 'p')) move(-1);
    else if (key.pageDown) move(height - 1);
    else if (key.pageUp) move(-(height - 1));
    else if (key.home || input === 'g') move(-shown.length);
    else if (key.end || input === 'G') move(shown.length);
    return !model.help;
  };

  useInput(
    (input, key) => {
      for (const [one, oneKey] of splitKeys(input, key)) if (!handleKey(one, oneKey)) break;
    },
    { isActive: isRawModeSupported === true && !help },
  );

  if (help) return <HelpView sections={[{ title: 'Library', keys: LIBRARY_KEYS }]} size={size} onClose={() => update((m) => void (m.help = false))} />;

  const width = Math.max(20, size.columns - 4);
  // Fixed columns at the end (lang, date, quotes, entities); the title takes what is left.
  const fixed = `  ${'lang'.padEnd(4)}  ${'date'.padEnd(10)}  ${'quotes'.padStart(6)}  ${'entities'.padStart(8)}`;
  const titleWidth = Math.max(8, width - 2 - fixed.length);
  const ready = entries.filter((e) => e.state !== 'pending').length;
  const errors = entries.filter((e) => e.state === 'error').length;
  // Structure first (titles), then annotations (the counts fill in): say which is under way.
  const annotated = entries.filter((e) => e.state === 'error' || (e.state === 'ready' && e.annotations !== 'pending')).length;
  const progress =
    ready < entries.length ? ` (reading ${ready}/${entries.length})` : annotated < entries.length ? ` (annotating ${annotated}/${entries.length})` : '';
  const heading = `Maqal · ${folder} · ${entries.length} article${entries.length === 1 ? '' : 's'}${progress}${errors ? ` · ${errors} unreadable` : ''}`;
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">{`  ${heading}`}</Text>
      <Text dimColor wrap="truncate">{`  ${alignTo('title', titleWidth, 'left')}${fixed}`}</Text>
      <Box flexDirection="column" height={height}>
        {entries.length === 0 ? (
          <Text dimColor>{'  No articles here (.txt, .md, .html).'}</Text>
        ) : shown.length === 0 ? (
          <Text dimColor>{'  Nothing matches the filter.'}</Text>
        ) : (
          shown.slice(top, top + height).map(({ entry, index }) => {
            const isCurrent = index === current;
            const marker = isCurrent ? '› ' : '  ';
            if (entry.state === 'error') {
              return (
                <Text key={entry.path} wrap="truncate" inverse={isCurrent} {...(color ? { color: 'red' } : {})}>
                  {`${marker}✗ ${truncateToWidth(`${entry.name}: ${entry.error}`, width - 4)}`}
                </Text>
              );
            }
            const doc = entry.doc;
            if (!doc) {
              return (
                <Text key={entry.path} dimColor wrap="truncate" inverse={isCurrent}>
                  {`${marker}… ${entry.name}`}
                </Text>
              );
            }
            const titleDir = doc.title?.data?.dir ?? doc.dir;
            const title = labelFor(doc.title?.text ?? entry.name, titleWidth, bidi, titleDir);
            const row =
              alignTo(title, titleWidth, bidi === 'app' && titleDir === 'rtl' ? 'right' : 'left') +
              `  ${doc.lang.padEnd(4)}  ${(doc.meta.published?.slice(0, 10) ?? '—').padEnd(10)}  ${count(entry, doc.quotes.length).padStart(6)}  ${count(entry, doc.entities.length).padStart(8)}`;
            return (
              <Text key={entry.path} wrap="truncate" inverse={isCurrent}>
                {marker}
                {row}
              </Text>
            );
          })
        )}
      </Box>
      <Text wrap="truncate" {...(filter ? {} : { dimColor: true })}>
        {filter ? `  filter: ${bidi === 'app' ? visualString(filter) : filter}▏` : '  type to filter'}
      </Text>
      <StatusLine
        left={message || (shown.length > 0 ? `${position + 1}/${shown.length}` : '0/0')}
        right="Enter open · / filter · ? help · q quit"
        width={size.columns}
      />
    </Box>
  );
}

/** A count, or … while the annotations that make it are still on their way. */
function count(entry: ArticleEntry, n: number): string {
  return entry.annotations === 'pending' ? '…' : String(n);
}

function searchText(entry: ArticleEntry): string {
  return `${entry.name} ${entry.doc?.title?.text ?? ''} ${entry.doc?.lang ?? ''}`;
}
