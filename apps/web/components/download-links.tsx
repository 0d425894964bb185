import type { ReactNode } from 'react';
import { uiText } from '@/lib/ui-text';

/** Links that save a library article as JSON (the `ArticleDocument`) or Markdown, served by the API. */
export default function DownloadLinks({ slug, lang }: { slug: string; lang: string }): ReactNode {
  const text = uiText(lang);
  const base = `/api/articles/${encodeURIComponent(slug)}`;
  return (
    <>
      <a href={`${base}?download=1`} download={`${slug}.json`} type="application/json">
        {text.downloadJson}
      </a>
      <a href={`${base}?format=markdown&download=1`} download={`${slug}.md`} type="text/markdown">
        {text.downloadMarkdown}
      </a>
    </>
  );
}
