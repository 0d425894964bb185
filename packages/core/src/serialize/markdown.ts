import type { ArticleDocument, Quote } from '../model/types.js';
import { quoteParagraphs } from '../model/walk.js';
import { labelsFor } from './labels.js';

/** Characters that would turn prose into Markdown syntax at the start of a line or anywhere. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s)/gm, '$1\\$2')
    .replace(/\n/g, ' ');
}

function speakerLine(quote: Quote, unknown: string, inferredLabel: string): string {
  if (!quote.speaker) return unknown;
  const role = quote.speaker.role ? ` (${escapeMarkdown(quote.speaker.role)})` : '';
  const inferred = quote.speaker.inferred ? ` _${inferredLabel}_` : '';
  return `**${escapeMarkdown(quote.speaker.name)}**${role}${inferred}`;
}

/**
 * Markdown: the article (title `#`, section headings at their depth), then the quotes with their
 * speakers and the entities as lists. Inline text is escaped so an article cannot inject markup.
 */
export function toMarkdown(doc: ArticleDocument): string {
  const labels = labelsFor(doc.lang);
  const out: string[] = [];
  if (doc.title) out.push(`# ${escapeMarkdown(doc.title.text)}`);
  const byline = [doc.meta.byline, doc.meta.published, doc.meta.site].filter(Boolean).join(' · ');
  if (byline) out.push(`_${escapeMarkdown(byline)}_`);
  for (const section of doc.children) {
    if (section.heading) out.push(`${'#'.repeat(Math.max(2, section.heading.depth))} ${escapeMarkdown(section.heading.text)}`);
    for (const paragraph of section.children) {
      const text = escapeMarkdown(paragraph.text);
      out.push(paragraph.data?.role === 'blockquote' ? `> ${text}` : text);
    }
  }
  if (doc.quotes.length > 0) {
    out.push('---', `## ${labels.quotes}`);
    out.push(
      doc.quotes
        .map(
          (q) =>
            // A quote over several paragraphs goes on in indented paragraphs of the same list item.
            `- ${speakerLine(q, labels.unknownSpeaker, labels.inferred)}${q.cue ? ` — ${escapeMarkdown(q.cue.text)}` : ''}: ${labels.open}${quoteParagraphs(q).map(escapeMarkdown).join('\n\n  ')}${labels.close}`,
        )
        .join('\n'),
    );
  }
  if (doc.entities.length > 0) {
    out.push(`## ${labels.entities}`);
    out.push(
      doc.entities
        .map(
          (e) =>
            `- **${escapeMarkdown(e.name)}** (${e.kind}, ${e.mentions.length})${e.aliases.length ? `: ${e.aliases.map(escapeMarkdown).join(labels.comma)}` : ''}`,
        )
        .join('\n'),
    );
  }
  return out.length > 0 ? `${out.join('\n\n')}\n` : '';
}
