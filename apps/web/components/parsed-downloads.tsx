'use client';

import { type ReactNode, useContext, useState } from 'react';
import { ReadSourceContext } from './read-source';

/**
 * Download buttons for a pasted or uploaded article: the same source is sent to `/api/parse` again
 * and saved as JSON or Markdown, so the page never holds a second copy of a large document.
 */
export default function ParsedDownloads(): ReactNode {
  const source = useContext(ReadSourceContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!source) return null;

  const save = async (output: 'json' | 'markdown') => {
    setBusy(true);
    setError(null);
    try {
      const params = new URLSearchParams();
      if (source.detect) params.set('input', 'auto');
      if (output === 'markdown') params.set('output', 'markdown');
      const response = await fetch(`/api/parse?${params}`, { method: 'POST', headers: { 'Content-Type': source.contentType }, body: source.body });
      if (!response.ok) throw new Error(`The server answered ${response.status}.`);
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${source.name}.${output === 'markdown' ? 'md' : 'json'}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="link-button" disabled={busy} onClick={() => save('json')}>
        JSON
      </button>
      <button type="button" className="link-button" disabled={busy} onClick={() => save('markdown')}>
        Markdown
      </button>
      {error ? (
        <span role="alert" lang="en" dir="ltr" className="error-inline">
          {error}
        </span>
      ) : null}
    </>
  );
}
