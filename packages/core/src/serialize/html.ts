import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { inlineRuns } from '../model/runs.js';
import type { ArticleDocument, Block, Quote } from '../model/types.js';
import { quoteParagraphs } from '../model/walk.js';
import { labelsFor } from './labels.js';

/** A block's text as hast: quotes as <q>, entity mentions as <mark>, cues as <span class=cue>. */
function inline(doc: ArticleDocument, block: Block, quotes: Map<string, Quote>): ElementContent[] {
  const out: ElementContent[] = [];
  for (const run of inlineRuns(doc, block)) {
    let node: ElementContent = { type: 'text', value: run.text };
    if (run.entityId) node = h('mark', { className: ['entity', `entity-${run.entityKind}`], dataEntity: run.entityId }, [node]);
    if (run.cue) node = h('span', { className: ['cue'], dataQuote: run.quoteId }, [node]);
    else if (run.quoteId) {
      const speaker = quotes.get(run.quoteId)?.speaker?.name;
      node = h('span', { className: ['quote'], dataQuote: run.quoteId, ...(speaker ? { title: speaker } : {}) }, [node]);
    }
    out.push(node);
  }
  return out;
}

function blockAttrs(block: Block): Record<string, string> {
  const attrs: Record<string, string> = { id: block.id };
  if (block.data?.dir) attrs.dir = block.data.dir;
  if (block.data?.lang) attrs.lang = block.data.lang;
  return attrs;
}

/** The document as a hast tree: an <article> with lang and dir, sections, quotes and entities. */
export function toHast(doc: ArticleDocument): Root {
  const labels = labelsFor(doc.lang);
  const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
  const body: ElementContent[] = [];
  if (doc.title) body.push(h('h1', blockAttrs(doc.title), inline(doc, doc.title, quotes)));
  for (const section of doc.children) {
    const children: ElementContent[] = [];
    if (section.heading) children.push(h(`h${Math.max(2, section.heading.depth)}`, blockAttrs(section.heading), inline(doc, section.heading, quotes)));
    for (const paragraph of section.children) {
      const p = h('p', blockAttrs(paragraph), inline(doc, paragraph, quotes));
      children.push(paragraph.data?.role === 'blockquote' ? h('blockquote', [p]) : p);
    }
    body.push(h('section', { id: section.id }, children));
  }
  if (doc.quotes.length > 0) {
    body.push(
      h('aside', { className: ['quotes'] }, [
        h('h2', labels.quotes),
        h(
          'ol',
          doc.quotes.map((q) =>
            h('li', { dataQuote: q.id, dataKind: q.kind, ...(q.speaker?.inferred ? { dataInferred: 'true' } : {}) }, [
              // One <p> per paragraph of a quote that runs over several.
              h('blockquote', q.parts ? quoteParagraphs(q).map((part) => h('p', part)) : q.text),
              h('cite', q.speaker ? q.speaker.name : labels.unknownSpeaker),
              ...(q.speaker?.role ? [labels.comma, h('span', { className: ['role'] }, q.speaker.role)] : []),
            ]),
          ),
        ),
      ]),
    );
  }
  if (doc.entities.length > 0) {
    body.push(
      h('aside', { className: ['entities'] }, [
        h('h2', labels.entities),
        h(
          'ul',
          doc.entities.map((e) => h('li', { dataEntity: e.id, dataKind: e.kind }, [`${e.name} (${e.mentions.length})`])),
        ),
      ]),
    );
  }
  const article: Element = h('article', { lang: doc.lang, dir: doc.dir }, body);
  return { type: 'root', children: [article] };
}

/** The document as an HTML fragment; all text escaped, nothing of the input interpreted as markup. */
export function toHTML(doc: ArticleDocument): string {
  return `${toHtml(toHast(doc))}\n`;
}
