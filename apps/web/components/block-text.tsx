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
  return withSpeakers(doc, block, inlineRuns(doc, block)).map((run) => paintRun(run, mentionAnchors.get(run.start), quoteStarts.has(run.start)));
}

/** A run, and the quotes whose speaker it names (their `speakerSpan`), space-separated, if any. */
type PaintedRun = InlineRun & { speakerOf?: string };

/**
 * Cuts runs again at the borders of the quotes' speaker spans (which `inlineRuns` does not mark),
 * so the words that name who is speaking can be shown as such.
 */
function withSpeakers(doc: ArticleDocument, block: Block, runs: InlineRun[]): PaintedRun[] {
  const from = block.position.start.offset as number;
  const to = block.position.end.offset as number;
  const spans: { start: number; end: number; quoteId: string }[] = [];
  for (const quote of doc.quotes) {
    const span = quote.speakerSpan;
    if (!span) continue;
    const start = Math.max(from, span.position.start.offset as number);
    const end = Math.min(to, span.position.end.offset as number);
    if (start < end) spans.push({ start, end, quoteId: quote.id });
  }
  if (spans.length === 0) return runs;
  const cuts = new Set<number>();
  for (const span of spans) cuts.add(span.start).add(span.end);
  const out: PaintedRun[] = [];
  for (const run of runs) {
    const inside = [...cuts].filter((cut) => cut > run.start && cut < run.end).sort((a, b) => a - b);
    const bounds = [run.start, ...inside, run.end];
    for (let i = 0; i < bounds.length - 1; i++) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const piece: PaintedRun = { ...run, start, end, text: doc.text.slice(start, end) };
      const of = spans.filter((span) => span.start <= start && end <= span.end).map((span) => span.quoteId);
      if (of.length > 0) piece.speakerOf = of.join(' ');
      out.push(piece);
    }
  }
  return out;
}

function paintRun(run: PaintedRun, mentionId: string | undefined, quoteStart: boolean): ReactNode {
  if (!run.quoteId && !run.entityId && !run.cue && !run.speakerOf) return run.text;
  const classes: string[] = [];
  if (run.speakerOf) classes.push('speaker-ref');
  if (run.quoteId) classes.push(run.cue ? 'quote-cue' : 'quote');
  if (run.cue) classes.push('cue');
  if (run.entityId && run.entityKind) classes.push('ent', `ent-${run.entityKind}`);
  const quoteId = run.quoteId && quoteStart && !run.cue ? `quote-${run.quoteId}` : undefined;
  const props = {
    className: classes.join(' '),
    'data-quote': run.quoteId,
    'data-entity': run.entityId,
    'data-speaker-of': run.speakerOf,
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
