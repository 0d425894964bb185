import type { ArticleDocument, Entity, EntityKind } from '@maqal/core/structure';
import type { ResolvedBidi } from '../bidi/mode.js';
import type { Target } from './search.js';
import SelectList, { type ListRow } from './select-list.js';
import { ENTITY_COLORS } from './theme.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface EntitiesViewProps {
  doc: ArticleDocument;
  /** The annotations are still on their way: say so rather than "none found". */
  annotating?: boolean;
  size: TerminalSize;
  bidi: ResolvedBidi;
  color: boolean;
  /** Offset being read: the jump goes to the first mention from here on. */
  from: number;
  /** Jump to a mention; n/N then step through the entity's other mentions. */
  onJump: (targets: Target[], index: number, label: string) => void;
  onClose: () => void;
}

const KINDS: { kind: EntityKind; title: string }[] = [
  { kind: 'person', title: 'People' },
  { kind: 'organization', title: 'Organizations' },
  { kind: 'location', title: 'Places' },
  { kind: 'date', title: 'Dates' },
  { kind: 'quantity', title: 'Quantities' },
  { kind: 'misc', title: 'Other' },
];

/** `e`: entities by kind, most mentioned first, with mention counts. */
export default function EntitiesView({ doc, annotating = false, size, bidi, color, from, onJump, onClose }: EntitiesViewProps) {
  const rows: ListRow[] = [];
  const picks: (Entity | null)[] = [];
  for (const { kind, title } of KINDS) {
    const entities = doc.entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length);
    if (entities.length === 0) continue;
    rows.push({
      key: `h:${kind}`,
      label: title,
      dir: 'ltr',
      header: true,
      aside: `${entities.length}`,
      ...(color ? { paint: { color: ENTITY_COLORS[kind] } } : {}),
    });
    picks.push(null);
    for (const entity of entities) {
      rows.push({
        key: entity.id,
        label: entity.name,
        dir: doc.dir,
        aside: `${entity.mentions.length}×`,
        search: [...entity.aliases, ...entity.roles].join(' '),
        ...(color ? { paint: { color: ENTITY_COLORS[kind] } } : {}),
      });
      picks.push(entity);
    }
  }
  return (
    <SelectList
      title={`Entities (${doc.entities.length})`}
      rows={rows}
      initial={1}
      size={size}
      bidi={bidi}
      empty={annotating ? 'Still annotating: entities appear in a moment.' : 'No entities found in this article.'}
      onPick={(_row, index) => {
        const entity = picks[index];
        if (!entity || entity.mentions.length === 0) return;
        const targets = entity.mentions
          .map((m) => ({ start: m.position.start.offset as number, end: m.position.end.offset as number }))
          .sort((a, b) => a.start - b.start);
        const next = targets.findIndex((t) => t.start >= from);
        onJump(targets, next === -1 ? 0 : next, entity.name);
      }}
      onClose={onClose}
    />
  );
}
