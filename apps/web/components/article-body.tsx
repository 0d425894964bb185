import type { ArticleDocument, Heading, Paragraph } from '@maqal/core';
import type { ReactNode } from 'react';
import BlockText from './block-text';

export interface ArticleBodyProps {
  doc: ArticleDocument;
}

/** The article itself: an `article` element in the document's language and direction, sections in order. */
export default function ArticleBody({ doc }: ArticleBodyProps): ReactNode {
  const mentionAnchors = new Map<number, string>();
  for (const entity of doc.entities) {
    entity.mentions.forEach((mention, i) => {
      const start = mention.position.start.offset;
      if (start !== undefined && !mentionAnchors.has(start)) mentionAnchors.set(start, `mention-${entity.id}-${i}`);
    });
  }
  const quoteStarts = new Set<number>();
  for (const quote of doc.quotes) if (quote.position.start.offset !== undefined) quoteStarts.add(quote.position.start.offset);
  return (
    <article className="article-body" lang={doc.lang === 'und' ? undefined : doc.lang} dir={doc.dir} aria-labelledby={doc.title ? 'title' : undefined}>
      {doc.title ? (
        <h1 id="title" className="article-title" {...blockAttributes(doc.title)}>
          <BlockText doc={doc} block={doc.title} mentionAnchors={mentionAnchors} quoteStarts={quoteStarts} />
        </h1>
      ) : null}
      {doc.children.map((section) => (
        <section key={section.id} id={section.id} className="article-section" aria-labelledby={section.heading?.id}>
          {section.heading ? (
            <SectionHeading heading={section.heading}>
              {<BlockText doc={doc} block={section.heading} mentionAnchors={mentionAnchors} quoteStarts={quoteStarts} />}
            </SectionHeading>
          ) : null}
          {groupLists(section.children).map((group) =>
            Array.isArray(group) ? (
              <ul key={group[0]?.id} className="article-list">
                {group.map((item) => (
                  <li key={item.id} id={item.id} {...blockAttributes(item)}>
                    <BlockText doc={doc} block={item} mentionAnchors={mentionAnchors} quoteStarts={quoteStarts} />
                  </li>
                ))}
              </ul>
            ) : (
              <Block key={group.id} paragraph={group}>
                <BlockText doc={doc} block={group} mentionAnchors={mentionAnchors} quoteStarts={quoteStarts} />
              </Block>
            ),
          )}
        </section>
      ))}
    </article>
  );
}

/** Section headings sit under the page's h1 (the title): depth 1 and 2 both become h2. */
function SectionHeading({ heading, children }: { heading: Heading; children: ReactNode }): ReactNode {
  const level = Math.min(6, Math.max(2, heading.depth));
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <Tag id={heading.id} className="article-heading" {...blockAttributes(heading)}>
      {children}
    </Tag>
  );
}

function Block({ paragraph, children }: { paragraph: Paragraph; children: ReactNode }): ReactNode {
  const attrs = { id: paragraph.id, ...blockAttributes(paragraph) };
  switch (paragraph.data?.role) {
    case 'blockquote':
      return (
        <blockquote {...attrs}>
          <p>{children}</p>
        </blockquote>
      );
    case 'pre':
      return <pre {...attrs}>{children}</pre>;
    case 'caption':
      return (
        <p {...attrs} className="caption">
          {children}
        </p>
      );
    default:
      return <p {...attrs}>{children}</p>;
  }
}

/** A block's own direction and language, when they differ from the article's (an English line in Arabic). */
function blockAttributes(block: Heading | Paragraph): { dir?: 'rtl' | 'ltr'; lang?: string } {
  const attrs: { dir?: 'rtl' | 'ltr'; lang?: string } = {};
  if (block.data?.dir) attrs.dir = block.data.dir;
  if (block.data?.lang) attrs.lang = block.data.lang;
  return attrs;
}

/** Consecutive list items become one list; other paragraphs stay as they are. */
function groupLists(paragraphs: Paragraph[]): (Paragraph | Paragraph[])[] {
  const out: (Paragraph | Paragraph[])[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.data?.role === 'list-item') {
      const last = out[out.length - 1];
      if (Array.isArray(last)) last.push(paragraph);
      else out.push([paragraph]);
    } else out.push(paragraph);
  }
  return out;
}
