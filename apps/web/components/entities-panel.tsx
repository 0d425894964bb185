import type { ArticleDocument, Entity, EntityKind } from '@maqal/core';
import type { ReactNode } from 'react';
import type { UiText } from '@/lib/ui-text';
import EntityLegend from './entity-legend';

export interface EntitiesPanelProps {
  doc: ArticleDocument;
  text: UiText;
  /** The element holding the highlights that the legend toggles. */
  targetId: string;
}

const KINDS: EntityKind[] = ['person', 'organization', 'location', 'date', 'quantity', 'misc'];
const SHOWN_MENTIONS = 5;

/** Legend with toggles for each kind, then an index of entities by kind with links to their mentions. */
export default function EntitiesPanel({ doc, text, targetId }: EntitiesPanelProps): ReactNode {
  const byKind = new Map<EntityKind, Entity[]>();
  for (const entity of doc.entities) byKind.set(entity.kind, [...(byKind.get(entity.kind) ?? []), entity]);
  for (const list of byKind.values()) list.sort((a, b) => b.mentions.length - a.mentions.length);
  return (
    <section className="panel entities-panel" aria-labelledby="entities-panel-title">
      <h2 id="entities-panel-title" className="panel-title">
        {text.entities} <span className="count">{doc.entities.length}</span>
      </h2>
      <EntityLegend
        targetId={targetId}
        label={text.showKinds}
        kinds={KINDS.map((kind) => ({ kind, label: text.kinds[kind], count: byKind.get(kind)?.length ?? 0 }))}
      />
      {doc.entities.length === 0 ? <p className="empty">{text.noEntities}</p> : null}
      {KINDS.filter((kind) => byKind.has(kind)).map((kind) => (
        <section key={kind} className="entity-kind" aria-labelledby={`entity-kind-${kind}`}>
          <h3 id={`entity-kind-${kind}`} className={`ent-heading ent-${kind}`}>
            <span className="swatch" aria-hidden="true" />
            {text.kinds[kind]}
          </h3>
          <ul className="entity-list">
            {byKind.get(kind)?.map((entity) => (
              <li key={entity.id} data-entity-item={entity.id}>
                {entityEntry(doc, entity, text)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** One entity of the index (a plain function, called once per entity). */
function entityEntry(doc: ArticleDocument, entity: Entity, text: UiText): ReactNode {
  const links = entity.mentions.map((mention, i) => (
    <li key={`${entity.id}-${mention.position.start.offset}`}>
      <a className="mention-link" href={`#mention-${entity.id}-${i}`}>
        {mentionInContext(doc, mention.position.start.offset ?? 0, mention.position.end.offset ?? 0)}
      </a>
    </li>
  ));
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return (
    <>
      <span className="entity-name">{entity.name}</span> <span className="count">{text.mentions(entity.mentions.length)}</span>
      {entity.roles.length > 0 ? <span className="entity-roles">{entity.roles.join(' · ')}</span> : null}
      {aliases.length > 0 ? <span className="entity-aliases">{aliases.join(' · ')}</span> : null}
      <ol className="mention-links">{links.slice(0, SHOWN_MENTIONS)}</ol>
      {links.length > SHOWN_MENTIONS ? (
        <details>
          <summary>+{links.length - SHOWN_MENTIONS}</summary>
          <ol className="mention-links">{links.slice(SHOWN_MENTIONS)}</ol>
        </details>
      ) : null}
    </>
  );
}

const CONTEXT = 28;

/** A mention with a few words either side, cut at spaces and kept within its line. */
function mentionInContext(doc: ArticleDocument, start: number, end: number): ReactNode {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(doc.text.length, end + CONTEXT);
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', end);
  from = Math.max(from, lineStart);
  if (lineEnd !== -1) to = Math.min(to, lineEnd);
  if (from > lineStart) from = doc.text.indexOf(' ', from) + 1 || from;
  if (to < (lineEnd === -1 ? doc.text.length : lineEnd)) to = Math.max(end, doc.text.lastIndexOf(' ', to));
  const before = doc.text.slice(Math.min(from, start), start);
  const after = doc.text.slice(end, Math.max(to, end));
  return (
    <>
      {from > lineStart ? '…' : ''}
      {before}
      <strong>{doc.text.slice(start, end)}</strong>
      {after}
      {to < (lineEnd === -1 ? doc.text.length : lineEnd) ? '…' : ''}
    </>
  );
}
