import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** Extensions the library view and `maqal parse` read as articles. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** `parseArticle`'s format for a file name: by extension, else let the content decide. */
export function formatForPath(path: string): 'text' | 'html' | 'markdown' | 'auto' {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  return 'auto';
}

/** A file's name without its last extension: the stem `--out-dir` writes under. */
export function stemOf(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** Bytes of a file, or of standard input for `-`. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFileSync(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
