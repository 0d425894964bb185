import type { ArticleDocument } from '@maqal/core';
import type { ReactNode } from 'react';
import type { UiText } from '@/lib/ui-text';

/** What core said about the input (messages), folded away: never silent, never in the way. */
export default function ParserNotes({ doc, text }: { doc: ArticleDocument; text: UiText }): ReactNode {
  if (doc.messages.length === 0) return null;
  return (
    <details className="parser-notes">
      <summary>{text.notes(doc.messages.length)}</summary>
      <ul>
        {doc.messages.map((message) => (
          <li
            key={`${message.ruleId}-${message.position?.start.offset ?? ''}-${message.reason}`}
            className={`severity-${message.severity}`}
            lang="en"
            dir="ltr"
          >
            <code>{message.ruleId}</code> {message.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
