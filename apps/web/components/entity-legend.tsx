'use client';

import type { EntityKind } from '@maqal/core';
import { type ReactNode, useEffect, useState } from 'react';

export interface EntityLegendProps {
  /** The element whose `data-hide` attribute the toggles write (CSS hides highlights of those kinds). */
  targetId: string;
  /** Accessible name of the list of toggles. */
  label: string;
  kinds: { kind: EntityKind; label: string; count: number }[];
}

const STORAGE_KEY = 'maqal:hidden-kinds';

/** The legend of entity kinds; each entry is a toggle button that shows or hides that kind's highlights. */
export default function EntityLegend({ targetId, label, kinds }: EntityLegendProps): ReactNode {
  const [hidden, setHidden] = useState<ReadonlySet<EntityKind>>(new Set());

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
      if (Array.isArray(saved)) setHidden(new Set(saved.filter((k): k is EntityKind => typeof k === 'string') as EntityKind[]));
    } catch {
      // No storage (private mode) or a bad value: start with everything shown.
    }
  }, []);

  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target) return;
    if (hidden.size === 0) target.removeAttribute('data-hide');
    else target.setAttribute('data-hide', [...hidden].join(' '));
  }, [hidden, targetId]);

  const toggle = (kind: EntityKind) => {
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      } catch {
        // Storage is a convenience only.
      }
      return next;
    });
  };

  return (
    <ul className="legend" aria-label={label}>
      {kinds.map(({ kind, label, count }) => (
        <li key={kind}>
          <button type="button" className={`legend-toggle ent-${kind}`} aria-pressed={!hidden.has(kind)} data-kind={kind} onClick={() => toggle(kind)}>
            <span className="swatch" aria-hidden="true" />
            {label}
            <span className="count">{count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
