import { type ArticleDocument, type Block, type InlineRun, inlineRuns } from '@maqal/core';
import type { ReactNode } from 'react';

export interface BlockTextProps {
  doc: ArticleDocument;
  block: Block;
  /** Offset where each mention starts → the DOM id of its anchor ('mention-e1-0'). */
  mentionAnchors: ReadonlyMap<number, string>;
  /** Offsets where quotes start: the run there carries the quote's anchor ('quote-q1'). */
  quoteStarts: ReadonlySet<number>;
}

/**
 * A block's text painted from `inlineRuns`: each annotated run is one element carrying all its
 * annotations as classes (quote, cue, entity kind), so the page stays light however dense the
 * annotations. The text is always a React text child: markup in the article shows as text.
 */
export default function BlockText({ doc, block, mentionAnchors, quoteStarts }: BlockTextProps): ReactNode {
  // A plain function per run, not a component: a long article has hundreds of runs.
  return inlineRuns(doc, block).map((run) => paintRun(run, mentionAnchors.get(run.start), quoteStarts.has(run.start)));
}

function paintRun(run: InlineRun, mentionId: string | undefined, quoteStart: boolean): ReactNode {
  if (!run.quoteId && !run.entityId && !run.cue) return run.text;
  const classes: string[] = [];
  if (run.quoteId) classes.push(run.cue ? 'quote-cue' : 'quote');
  if (run.cue) classes.push('cue');
  if (run.entityId && run.entityKind) classes.push('ent', `ent-${run.entityKind}`);
  const quoteId = run.quoteId && quoteStart && !run.cue ? `quote-${run.quoteId}` : undefined;
  const props = {
    className: classes.join(' '),
    'data-quote': run.quoteId,
    'data-entity': run.entityId,
  };
  if (!run.entityId) {
    return (
      <span key={run.start} {...props} id={quoteId}>
        {run.text}
      </span>
    );
  }
  // A run that starts a quote and a mention at once needs both anchors: the quote's goes on a wrapper.
  if (quoteId && mentionId) {
    return (
      <span key={run.start} id={quoteId} className="quote-anchor">
        <mark {...props} id={mentionId}>
          {run.text}
        </mark>
      </span>
    );
  }
  return (
    <mark key={run.start} {...props} id={mentionId ?? quoteId}>
      {run.text}
    </mark>
  );
}
