/** Every key the reader knows, as the help screen lists them: one table, so help cannot drift from behaviour. */
export interface KeyHelp {
  keys: string;
  action: string;
}

export const ARTICLE_KEYS: KeyHelp[] = [
  { keys: 'j  ↓  Enter', action: 'down one line' },
  { keys: 'k  ↑', action: 'up one line' },
  { keys: 'space  f  PgDn', action: 'down one page' },
  { keys: 'b  PgUp', action: 'up one page' },
  { keys: 'd  /  u', action: 'down / up half a page' },
  { keys: 'g  Home  /  G  End', action: 'top / bottom of the article' },
  { keys: '/', action: 'search (Enter to find, Esc to cancel)' },
  { keys: 'n  /  N', action: 'next / previous match, quote or mention' },
  { keys: 't', action: 'outline: jump to a section' },
  { keys: 's', action: 'quotes, grouped by speaker: jump to one' },
  { keys: 'e', action: 'entities with mention counts: jump through mentions' },
  { keys: '?', action: 'this help' },
  { keys: 'Esc', action: 'back (clear highlights, close a panel, to the library)' },
  { keys: 'q', action: 'back to the library, or quit' },
  { keys: 'Ctrl+C', action: 'quit at once' },
];

export const PANEL_KEYS: KeyHelp[] = [
  { keys: 'j  k  ↑  ↓', action: 'move' },
  { keys: 'PgDn  PgUp  g  G', action: 'move by a page, to the first or last' },
  { keys: 'Enter', action: 'jump there' },
  { keys: 'type', action: 'filter (in the library: / first when the filter is empty)' },
  { keys: 'Esc  q', action: 'back' },
];

export const LIBRARY_KEYS: KeyHelp[] = [
  { keys: 'j  k  ↑  ↓', action: 'move' },
  { keys: 'letters  /', action: 'filter by title, file name or language' },
  { keys: 'Enter', action: 'open the article' },
  { keys: 'Esc', action: 'clear the filter' },
  { keys: 'q', action: 'quit' },
];
