import type { ArticleDocument } from '@maqal/core/structure';
import type { ArticleEntry } from './sources.js';

/**
 * The article for a pipe or a file: logical order (the next program does its own bidi), no
 * escape codes, no wrapping (lines are paragraphs), title and headings on their own lines.
 */
export function plainArticle(doc: ArticleDocument): string {
  const blocks: string[] = [];
  if (doc.title) blocks.push(doc.title.text);
  const meta = [doc.meta.site, doc.meta.byline, doc.meta.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) blocks.push(meta);
  for (const section of doc.children) {
    if (section.heading) blocks.push(section.heading.text);
    for (const paragraph of section.children) blocks.push(paragraph.text);
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** A folder for a pipe: one tab-separated line per article (file, language, date, quotes, entities, title). */
export function plainLibrary(entries: readonly ArticleEntry[]): string {
  return entries
    .map((entry) => {
      if (!entry.doc) return `${entry.name}\terror\t${entry.error ?? 'not read'}\n`;
      const doc = entry.doc;
      return `${entry.name}\t${doc.lang}\t${doc.meta.published?.slice(0, 10) ?? ''}\t${doc.quotes.length}\t${doc.entities.length}\t${doc.title?.text ?? ''}\n`;
    })
    .join('');
}
