'use client';

import { type ReactNode, useEffect } from 'react';

/**
 * When the address points at a quote (`#quote-q3`), marks every run of that quote, not only the
 * first, so a quote that spans entity highlights or paragraphs lights up whole, and the words
 * that name its speaker.
 */
export default function QuoteFocus(): ReactNode {
  useEffect(() => {
    const apply = () => {
      for (const element of document.querySelectorAll('.is-focused')) element.classList.remove('is-focused');
      const match = /^#quote-(.+)$/.exec(window.location.hash);
      if (!match?.[1]) return;
      const id = decodeURIComponent(match[1]);
      for (const element of document.querySelectorAll(`[data-quote="${CSS.escape(id)}"], [data-speaker-of~="${CSS.escape(id)}"]`)) {
        element.classList.add('is-focused');
      }
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}
