import type { ArticleDocument } from '@maqal/core';
import type { ReactNode } from 'react';
import { quoteExcerpt, quotesBySpeaker, speakerAnchor } from '@/lib/speakers';
import type { UiText } from '@/lib/ui-text';

export interface QuotesPanelProps {
  doc: ArticleDocument;
  text: UiText;
}

const EXCERPT = 220;

/** The article's quotes grouped by speaker; each links to the quote in the text. */
export default function QuotesPanel({ doc, text }: QuotesPanelProps): ReactNode {
  const groups = quotesBySpeaker(doc);
  return (
    <section className="panel quotes-panel" aria-labelledby="quotes-panel-title">
      <h2 id="quotes-panel-title" className="panel-title">
        {text.quotes} <span className="count">{doc.quotes.length}</span>
      </h2>
      {groups.length === 0 ? <p className="empty">{text.noQuotes}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="speaker-group" aria-labelledby={speakerAnchor(group.key)}>
          <h3 id={speakerAnchor(group.key)} className="speaker-name" data-speaker={group.name ?? ''}>
            {group.name ?? text.unattributed}
            <span className="count">{text.quoteCount(group.quotes.length)}</span>
          </h3>
          {group.roles.length > 0 ? <p className="speaker-role">{group.roles.join(' · ')}</p> : null}
          <ol className="quote-list">
            {group.quotes.map((quote) => (
              <li key={quote.id} data-quote-item={quote.id}>
                <a href={`#quote-${quote.id}`} className="quote-link" title={text.goToQuote}>
                  <span className={`quote-kind kind-${quote.kind}`}>{text.quoteKinds[quote.kind]}</span>
                  <span className="quote-excerpt">{quoteExcerpt(quote, EXCERPT)}</span>
                </a>
                {quote.speaker?.inferred ? (
                  <span className="inferred" title={text.inferredHint}>
                    {text.inferred}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
