import type { ArticleDocument } from '@maqal/core/structure';
import { Box, type Key, Text, useInput, useStdin } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { ResolvedBidi } from '../bidi/mode.js';
import { visualString } from '../bidi/visual-line.js';
import ArticleView from './article-view.js';
import EntitiesView from './entities-view.js';
import HelpView from './help-view.js';
import { dropLast, splitKeys } from './key-input.js';
import { ARTICLE_KEYS } from './keys.js';
import { type ArticleLayout, hasLayout, layoutArticle, layoutHead, lineAt } from './layout.js';
import OutlineView from './outline-view.js';
import QuotesView from './quotes-view.js';
import { articleStatus, textColumnWidth } from './screen-text.js';
import { findMatches, type Target } from './search.js';
import StatusLine from './status-line.js';
import { useLatest, useModel } from './use-model.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface ArticleScreenProps {
  doc: ArticleDocument;
  /** The document has its structure only so far: quotes and entities are on their way. */
  annotating?: boolean;
  size: TerminalSize;
  bidi: ResolvedBidi;
  color: boolean;
  /** Line to start on (coming back from the library). */
  initialTop?: number;
  /** Back to the library; absent when the reader was opened on a single article. */
  onBack?: (top: number) => void;
  onQuit: () => void;
}

type Mode = 'read' | 'search' | 'outline' | 'quotes' | 'entities' | 'help';

/** What n/N step through: search hits, a speaker's quotes or an entity's mentions. */
interface Targets {
  label: string;
  items: Target[];
  index: number;
}

interface Model {
  mode: Mode;
  top: number;
  draft: string;
  targets: Targets | null;
  message: string;
  /** The layout `top` counts lines of: when it changes (resize), `top` is carried over by offset. */
  layout: ArticleLayout;
}

export { MAX_TEXT_WIDTH, textColumnWidth } from './screen-text.js';

/** The article and its panels: owns the scroll position, search and what n/N step through. */
export default function ArticleScreen({ doc, annotating = false, size, bidi, color, initialTop = 0, onBack, onQuit }: ArticleScreenProps) {
  const { isRawModeSupported } = useStdin();
  const width = textColumnWidth(size.columns);
  // The first frame needs only the first screen of lines: lay out just those, draw, then lay out
  // the rest right after (the same lines, so nothing moves). Later widths are built whole.
  const [headOnly, setHeadOnly] = useState(() => !hasLayout(doc, width, bidi));
  const layout = useMemo(() => (headOnly ? layoutHead(doc, width, bidi, size.rows) : layoutArticle(doc, width, bidi)), [doc, width, bidi, headOnly, size.rows]);
  useEffect(() => {
    if (!headOnly) return;
    const timer = setImmediate(() => setHeadOnly(false));
    return () => clearImmediate(timer);
  }, [headOnly]);
  const height = Math.max(1, size.rows - 1);
  const maxTop = Math.max(0, layout.lines.length - height);

  const [model, update] = useModel<Model>(() => ({ mode: 'read', top: initialTop, draft: '', targets: null, message: '', layout }));
  // On resize the article re-wraps; keep the same words at the top of the screen.
  if (model.layout !== layout) {
    const old = model.layout.lines[model.top];
    model.layout = layout;
    model.top = old ? lineAt(layout, old.start) : 0;
  }
  model.top = Math.max(0, Math.min(model.top, maxTop));
  const live = useLatest({ layout, height, maxTop, onBack, onQuit, doc });

  const scrollTo = (m: Model, line: number) => {
    m.top = Math.max(0, Math.min(live.current.maxTop, line));
  };
  const showTarget = (m: Model, items: Target[], index: number, label: string) => {
    m.targets = { label, items, index };
    const target = items[index];
    if (!target) return;
    const line = lineAt(live.current.layout, target.start);
    const h = live.current.height;
    // Like less, but keep context: a target already on screen does not scroll it.
    if (line < m.top || line >= m.top + h) scrollTo(m, line - Math.floor(h / 3));
  };
  const step = (m: Model, by: 1 | -1) => {
    const targets = m.targets;
    if (!targets || targets.items.length === 0) {
      m.message = 'Nothing to step through: search with / first.';
      return;
    }
    const count = targets.items.length;
    const index = (targets.index + by + count) % count;
    if ((by === 1 && index < targets.index) || (by === -1 && index > targets.index)) m.message = by === 1 ? 'Wrapped to the first.' : 'Wrapped to the last.';
    showTarget(m, targets.items, index, targets.label);
  };
  const runSearch = (m: Model, query: string) => {
    const items = findMatches(live.current.doc, query);
    if (items.length === 0) {
      m.message = `Not found: ${query}`;
      m.targets = null;
      return;
    }
    const from = live.current.layout.lines[m.top]?.start ?? 0;
    const next = items.findIndex((t) => t.start >= from);
    showTarget(m, items, next === -1 ? 0 : next, query);
  };

  const reading = () => model.mode === 'read' || model.mode === 'search';
  /** One key; false when it left the article (back, quit), so the rest of a burst is dropped. */
  const handleKey = (input: string, key: Key): boolean => {
    const { height, maxTop, onBack, onQuit } = live.current;
    if (model.mode === 'search') {
      update((m) => {
        if (key.escape) m.mode = 'read';
        else if (key.return) {
          m.mode = 'read';
          if (m.draft.trim()) runSearch(m, m.draft);
        } else if (key.backspace || key.delete) m.draft = dropLast(m.draft);
        else if (input && !key.ctrl && !key.meta && !/[\x00-\x1f\x7f]/u.test(input)) m.draft += input;
      });
      return true;
    }
    if (input === 'q') {
      if (onBack) onBack(model.top);
      else onQuit();
      return false;
    }
    if (key.escape && !model.targets) {
      onBack?.(model.top);
      return !onBack;
    }
    const page = Math.max(1, height - 1);
    const half = Math.max(1, Math.floor(height / 2));
    update((m) => {
      m.message = '';
      if (key.escape) m.targets = null;
      else if (key.downArrow || input === 'j' || key.return || (key.ctrl && (input === 'n' || input === 'e'))) scrollTo(m, m.top + 1);
      else if (key.upArrow || input === 'k' || (key.ctrl && (input === 'p' || input === 'y'))) scrollTo(m, m.top - 1);
      else if (key.pageDown || input === ' ' || input === 'f' || (key.ctrl && input === 'f')) scrollTo(m, m.top + page);
      else if (key.pageUp || input === 'b' || (key.ctrl && input === 'b')) scrollTo(m, m.top - page);
      else if (input === 'd' || (key.ctrl && input === 'd')) scrollTo(m, m.top + half);
      else if (input === 'u' || (key.ctrl && input === 'u')) scrollTo(m, m.top - half);
      else if (key.home || input === 'g' || input === '<') scrollTo(m, 0);
      else if (key.end || input === 'G' || input === '>') scrollTo(m, maxTop);
      else if (input === '/') {
        m.draft = '';
        m.mode = 'search';
      } else if (input === 'n') step(m, 1);
      else if (input === 'N') step(m, -1);
      else if (input === 't') m.mode = 'outline';
      else if (input === 's') m.mode = 'quotes';
      else if (input === 'e') m.mode = 'entities';
      else if (input === '?') m.mode = 'help';
    });
    return reading();
  };

  useInput(
    (input, key) => {
      for (const [one, oneKey] of splitKeys(input, key)) if (!handleKey(one, oneKey)) break;
    },
    { isActive: isRawModeSupported === true && (model.mode === 'read' || model.mode === 'search') },
  );

  const { mode, targets, message, draft, top } = model;
  const back = () => update((m) => void (m.mode = 'read'));
  const jumpTo = (items: Target[], index: number, label: string) =>
    update((m) => {
      m.mode = 'read';
      showTarget(m, items, index, label);
    });
  if (mode === 'help') return <HelpView sections={[{ title: 'Reading an article', keys: ARTICLE_KEYS }]} size={size} onClose={back} />;
  if (mode === 'outline') {
    return (
      <OutlineView
        doc={doc}
        layout={layout}
        currentSection={layout.lines[top]?.section ?? -1}
        size={size}
        bidi={bidi}
        onJump={(line) =>
          update((m) => {
            m.mode = 'read';
            scrollTo(m, line);
          })
        }
        onClose={back}
      />
    );
  }
  if (mode === 'quotes') return <QuotesView doc={doc} annotating={annotating} size={size} bidi={bidi} onJump={jumpTo} onClose={back} />;
  if (mode === 'entities') {
    return (
      <EntitiesView
        doc={doc}
        annotating={annotating}
        size={size}
        bidi={bidi}
        color={color}
        from={layout.lines[top]?.start ?? 0}
        onJump={jumpTo}
        onClose={back}
      />
    );
  }

  const status = articleStatus({ doc, layout, top, height, columns: size.columns, bidi, message, targets, annotating, back: onBack !== undefined });
  return (
    <Box flexDirection="column" height={size.rows}>
      <ArticleView
        layout={layout}
        top={top}
        height={height}
        columns={size.columns}
        targets={targets?.items ?? []}
        current={targets ? (targets.items[targets.index] ?? null) : null}
        color={color}
        {...(doc.messages[0] ? { empty: doc.messages[0].reason } : {})}
      />
      {mode === 'search' ? (
        <Text wrap="truncate">{`/${bidi === 'app' ? visualString(draft) : draft}▏`}</Text>
      ) : (
        <StatusLine left={status.left} right={status.right} width={size.columns} />
      )}
    </Box>
  );
}
