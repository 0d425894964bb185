'use client';

import { type ReactNode, useEffect, useState } from 'react';

export interface OutlineItem {
  /** The section's DOM id. */
  id: string;
  /** The heading's DOM id, the link target. */
  target: string;
  text: string;
  depth: number;
}

export interface OutlineProps {
  items: OutlineItem[];
  lang: string | undefined;
  dir: 'rtl' | 'ltr';
  /** The outline's heading, in the article's language. */
  title: string;
}

/**
 * The sections of the article; the one being read is marked `aria-current` as the page scrolls.
 * The current section is the last whose top has passed a reading line a quarter down the
 * viewport; a section the reader jumped to stays current while its heading is on screen, since
 * near the end of a short article it can never reach that line.
 */
export default function Outline({ items, lang, dir, title }: OutlineProps): ReactNode {
  const [current, setCurrent] = useState<string | null>(items[0]?.id ?? null);

  useEffect(() => {
    if (items.length === 0) return;
    let frame = 0;
    let pinned: string | null = null;
    const fromHash = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      const item = items.find((i) => i.target === hash || i.id === hash);
      pinned = item?.id ?? null;
    };
    const update = () => {
      frame = 0;
      if (pinned) {
        const top = document.getElementById(pinned)?.getBoundingClientRect().top;
        if (top !== undefined && top >= -4 && top < window.innerHeight * 0.9) {
          setCurrent(pinned);
          return;
        }
        pinned = null;
      }
      const line = window.innerHeight * 0.25;
      let found = items[0]?.id ?? null;
      for (const item of items) {
        const element = document.getElementById(item.id);
        if (element && element.getBoundingClientRect().top <= line) found = item.id;
      }
      // At the very end of the page the last section is the one being read, whatever its height.
      const atEnd = window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atEnd) found = items[items.length - 1]?.id ?? found;
      setCurrent(found);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onHash = () => {
      fromHash();
      schedule();
    };
    // The reader scrolling by hand ends a jump: from then on the reading line decides.
    const release = () => {
      pinned = null;
    };
    fromHash();
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('wheel', release, { passive: true });
    window.addEventListener('touchstart', release, { passive: true });
    window.addEventListener('keydown', release);
    return () => {
      window.removeEventListener('wheel', release);
      window.removeEventListener('touchstart', release);
      window.removeEventListener('keydown', release);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', onHash);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [items]);

  if (items.length === 0) return null;
  return (
    <nav className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title" className="panel-title">
        {title}
      </h2>
      <ol lang={lang} dir={dir}>
        {items.map((item) => (
          <li key={item.id} className={`depth-${item.depth}`}>
            <a href={`#${item.target}`} aria-current={current === item.id ? 'location' : undefined}>
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
