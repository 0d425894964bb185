import type { ReadBlock, ReadResult } from './types.js';

/**
 * Plain text: every non-blank line is a block, trimmed of surrounding white space. A line that
 * opens with Markdown-style `#`…`######` is a heading of that depth (the marks stay in the text,
 * outside the block). `segment/` decides the rest: title, headings, hard-wrapped paragraphs.
 * `blankBefore` on a block records a blank line above it, which segment uses to join wrapped lines.
 */
export interface TextBlock extends ReadBlock {
  blankBefore: boolean;
}

export function readText(text: string): ReadResult & { blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  let blankBefore = false;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      lineEnd++;
    }
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) {
      blankBefore = true;
    } else {
      const block: TextBlock = { start, end, blankBefore };
      const depth = atxDepth(text, start, end);
      if (depth > 0) {
        let s = start + depth;
        while (s < end && isSpace(text.charCodeAt(s))) s++;
        let e = end;
        // A closing run of # ("## Title ##") is decoration, as in Markdown.
        let h = e;
        while (h > s && text.charCodeAt(h - 1) === 35) h--;
        if (h < e && h > s && isSpace(text.charCodeAt(h - 1))) {
          e = h;
          while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
        }
        if (s < e) {
          block.start = s;
          block.end = e;
          block.kind = 'heading';
          block.depth = depth as TextBlock['depth'];
        }
      }
      blocks.push(block);
      blankBefore = false;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return { format: 'text', text, blocks, meta: {}, messages: [] };
}

/** 1–6 for a line opening with that many `#` and a space; 0 otherwise. */
function atxDepth(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 7 && text.charCodeAt(i) === 35) i++;
  const depth = i - start;
  if (depth < 1 || depth > 6) return 0;
  return i < end && isSpace(text.charCodeAt(i)) ? depth : 0;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}
