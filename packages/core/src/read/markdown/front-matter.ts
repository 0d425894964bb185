/**
 * YAML front matter (`---` … `---` at the very start) read for the few keys an article needs:
 * title, author, date, lang, description, url. Only `key: value` lines are read, quotes
 * stripped; anything richer (lists, nesting) is skipped rather than guessed at.
 */
export interface FrontMatter {
  /** Where the Markdown body starts, after the closing fence. */
  bodyStart: number;
  fields: Record<string, string>;
}

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const FIELD = /^([A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(.*)$/;
const MAX_LINES = 500;

export function readFrontMatter(markdown: string): FrontMatter {
  const open = OPEN.exec(markdown);
  if (!open) return { bodyStart: 0, fields: {} };
  const fields: Record<string, string> = {};
  let pos = open[0].length;
  for (let line = 0; line < MAX_LINES && pos <= markdown.length; line++) {
    let end = markdown.indexOf('\n', pos);
    if (end === -1) end = markdown.length;
    const text = markdown.slice(pos, end).replace(/\r$/, '');
    if (CLOSE.test(text)) return { bodyStart: Math.min(end + 1, markdown.length), fields };
    const field = FIELD.exec(text);
    if (field) {
      const value = unquote((field[2] as string).trim());
      if (value) fields[(field[1] as string).toLowerCase()] = value;
    }
    pos = end + 1;
  }
  // No closing fence: this was a thematic break, not front matter.
  return { bodyStart: 0, fields: {} };
}

function unquote(value: string): string {
  const first = value[0];
  if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2) return value.slice(1, -1);
  return value;
}
