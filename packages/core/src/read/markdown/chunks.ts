/**
 * Cuts Markdown into pieces micromark can parse one at a time, and defuses input it would take
 * super-linear time on. micromark is correct but slow on some shapes — thousands of nested `>` or
 * list levels, a paragraph of thousands of lines or of unmatched `*`, `[`, `` ` `` — at seconds
 * for a few tens of kilobytes (measured: 20,000 `*a` in one line take over 30 s). Parsing each
 * top-level block on its own keeps every parse small; a block still too big or too dense in
 * delimiters is read as plain text, paragraphs at blank lines.
 *
 * A blank line followed by an unindented line ends every open block in CommonMark except fenced
 * code and raw HTML blocks, which are tracked, so splitting there changes no block boundary.
 * Reference definitions are copied to the pieces that use brackets, so `[text][ref]` still
 * resolves across pieces.
 */

/** More container markers than this at the start of a line are flattened (a quote 10,000 deep). */
const MAX_CONTAINER_MARKERS = 16;
/** Lines of one paragraph-like piece before it is cut. */
const MAX_PIECE_LINES = 200;
/** Delimiter characters, or characters, in one piece above which it is read as plain text. */
const MAX_DELIMITERS = 128;
const MAX_PIECE_CHARS = 20_000;
const MAX_DEFINITIONS = 200;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION = /^ {0,3}\[[^\]\n]{1,500}\]:[ \t]*\S/;
const HTML_RAW_OPEN = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_CLOSE = /<\/(?:script|pre|style|textarea)>/i;
const DELIMITERS = '*_~`[]<!()';

export interface Piece {
  text: string;
  /** True when the piece is read as plain text, not Markdown: it would cost micromark too much. */
  plain: boolean;
  /** Where the copied reference definitions start: nodes from there on are not the piece's own. */
  ownEnd: number;
}

export function markdownPieces(markdown: string): Piece[] {
  const lines = markdown.split('\n');
  const pieces: string[][] = [];
  const definitions: string[] = [];
  let piece: string[] = [];
  let fence: string | null = null;
  let inRawHtml = false;
  let inComment = false;
  let blankBefore = false;

  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const line = fence ? raw : flattenContainers(raw);
    const blank = line.trim().length === 0;
    const open = !fence && !inRawHtml && !inComment;
    if (open && blankBefore && !blank && !/^[ \t]/.test(line) && piece.length > 0) {
      pieces.push(piece);
      piece = [];
    } else if (open && !blank && piece.length >= MAX_PIECE_LINES && (!/^[ \t]/.test(line) || piece.length >= 2 * MAX_PIECE_LINES)) {
      // A paragraph thousands of lines long: cut it (the only place this module changes structure).
      pieces.push(piece);
      piece = [];
    }
    piece.push(line);
    blankBefore = blank;

    const f = FENCE.exec(line);
    if (fence) {
      if (f && (f[1] as string)[0] === fence[0] && (f[1] as string).length >= fence.length && line.trim() === (f[1] as string)) fence = null;
    } else if (f && !inRawHtml && !inComment) {
      fence = f[1] as string;
    } else if (inRawHtml) {
      if (HTML_RAW_CLOSE.test(line)) inRawHtml = false;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (HTML_RAW_OPEN.test(line) && !HTML_RAW_CLOSE.test(line)) {
      inRawHtml = true;
    } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
    } else if (definitions.length < MAX_DEFINITIONS && DEFINITION.test(line)) {
      definitions.push(line);
    }
  }
  if (piece.length > 0) pieces.push(piece);

  const defs = definitions.join('\n');
  return pieces.map((p) => {
    const text = p.join('\n');
    if (text.length > MAX_PIECE_CHARS || tooManyDelimiters(text)) return { text, plain: true, ownEnd: text.length };
    return { text: defs && text.includes('[') ? `${text}\n\n${defs}` : text, plain: false, ownEnd: text.length };
  });
}

/**
 * A line that opens with more than MAX_CONTAINER_MARKERS `>` or list markers keeps the first ones
 * and loses the rest of the run: nesting that deep carries no meaning, only parse time.
 */
function flattenContainers(line: string): string {
  // Indentation alone nests lists too: more than 64 columns of it is cut to 64.
  let indent = 0;
  while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9)) indent++;
  if (indent > 64) line = `${line.slice(0, 64)}${line.slice(indent)}`;
  let i = 0;
  let markers = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === 62) {
      markers++;
    } else if ((c === 45 || c === 42 || c === 43) && (line.charCodeAt(i + 1) === 32 || line.charCodeAt(i + 1) === 9)) {
      markers++;
    } else {
      break;
    }
    if (markers > MAX_CONTAINER_MARKERS) {
      let j = i;
      while (
        j < n &&
        (line.charCodeAt(j) === 62 ||
          line.charCodeAt(j) === 32 ||
          line.charCodeAt(j) === 9 ||
          line.charCodeAt(j) === 45 ||
          line.charCodeAt(j) === 42 ||
          line.charCodeAt(j) === 43)
      )
        j++;
      return `${line.slice(0, i)}${line.slice(j)}`;
    }
    i++;
  }
  return line;
}

/** Unmatched `*`, `[`, `` ` ``… by the hundred make micromark's delimiter matching quadratic. */
function tooManyDelimiters(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (DELIMITERS.includes(text[i] as string) && ++count > MAX_DELIMITERS * 4) return true;
  }
  if (count <= MAX_DELIMITERS) return false;
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (DELIMITERS.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const c of counts.values()) if (c > MAX_DELIMITERS) return true;
  return false;
}
