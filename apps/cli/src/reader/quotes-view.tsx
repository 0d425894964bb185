import { type ArticleDocument, type Quote, quoteParagraphs } from '@maqal/core/structure';
import type { ResolvedBidi } from '../bidi/mode.js';
import { labelsFor } from './layout.js';
import type { Target } from './search.js';
import SelectList, { type ListRow } from './select-list.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface QuotesViewProps {
  doc: ArticleDocument;
  /** The annotations are still on their way: say so rather than "none found". */
  annotating?: boolean;
  size: TerminalSize;
  bidi: ResolvedBidi;
  /** Jump to one quote; n/N then step through the same speaker's other quotes. */
  onJump: (targets: Target[], index: number, label: string) => void;
  onClose: () => void;
}

const KIND: Record<Quote['kind'], string> = { direct: 'direct', indirect: 'reported', mixed: 'mixed' };

/** `s`: the article's quotes grouped by who said them, speakers in order of first quote. */
export default function QuotesView({ doc, annotating = false, size, bidi, onJump, onClose }: QuotesViewProps) {
  const labels = labelsFor(doc.lang);
  const groups = new Map<string, Quote[]>();
  for (const quote of doc.quotes) {
    const name = quote.speaker?.name ?? labels.unknown;
    const group = groups.get(name);
    if (group) group.push(quote);
    else groups.set(name, [quote]);
  }
  const rows: ListRow[] = [];
  const picks: { quotes: Quote[]; index: number; name: string }[] = [];
  for (const [name, quotes] of groups) {
    const role = quotes.find((q) => q.speaker?.role)?.speaker?.role;
    rows.push({ key: `h:${name}`, label: `${role ? `${name}${labels.sep}${role}` : name} (${quotes.length})`, dir: doc.dir, header: true });
    picks.push({ quotes, index: -1, name });
    quotes.forEach((quote, index) => {
      const open = doc.dir === 'rtl' ? '«' : '“';
      const close = doc.dir === 'rtl' ? '»' : '”';
      rows.push({
        key: quote.id,
        // Marks only around words quoted as said; reported and mixed speech carry their own.
        // A quote over several paragraphs reads as one line, without the marks that reopen them.
        label: quote.kind === 'direct' ? `${open}${quoteParagraphs(quote).join(' ')}${close}` : quoteParagraphs(quote).join(' '),
        dir: doc.dir,
        aside: KIND[quote.kind],
        search: name,
      });
      picks.push({ quotes, index, name });
    });
  }
  return (
    <SelectList
      title={`Quotes (${doc.quotes.length}) by speaker`}
      rows={rows}
      initial={1}
      size={size}
      bidi={bidi}
      empty={annotating ? 'Still annotating: quotes appear in a moment.' : 'No quotes found in this article.'}
      onPick={(_row, index) => {
        const pick = picks[index];
        if (!pick || pick.index < 0) return;
        const targets = pick.quotes.map((q) => ({ start: q.position.start.offset as number, end: q.position.end.offset as number }));
        onJump(targets, pick.index, pick.name);
      }}
      onClose={onClose}
    />
  );
}
