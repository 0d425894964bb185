import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type ArticleDocument, type InputFormat, MaqalError, parseArticle } from '@maqal/core';
import { libraryFolder } from './library-folder';

/** Extensions read as articles, and the format each one means. */
const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Hidden files and a folder's README are not articles. */
function isArticleFile(name: string): boolean {
  if (name.startsWith('.') || /^readme(\.|$)/i.test(name)) return false;
  return FORMATS[extname(name).toLowerCase()] !== undefined;
}

export interface LibraryEntry {
  slug: string;
  file: string;
  format: InputFormat;
}

export interface LoadedArticle extends LibraryEntry {
  doc: ArticleDocument | null;
  /** Set when core could not read the file (binary, too large). */
  error?: { code: string; message: string };
  mtimeMs: number;
}

interface CacheSlot {
  mtimeMs: number;
  size: number;
  loaded: LoadedArticle;
}

/**
 * Parsed files, keyed by absolute path; a file is parsed again only when its mtime or size changes.
 * Kept on globalThis so the pages and the API routes (separate bundles) share one cache.
 */
const cache: Map<string, CacheSlot> = ((globalThis as { __maqalLibraryCache?: Map<string, CacheSlot> }).__maqalLibraryCache ??= new Map());

/** A URL-safe slug from a file name: letters (any script), digits, '-' and '_'; the rest become '-'. */
export function slugOf(fileName: string): string {
  const base = fileName.slice(0, fileName.length - extname(fileName).length);
  const slug = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** Every article file directly in the library folder, sorted by name, each with a unique slug. */
export function listEntries(): LibraryEntry[] {
  const folder = libraryFolder();
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isArticleFile(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b));
  } catch {
    return [];
  }
  const taken = new Set<string>();
  const entries: LibraryEntry[] = [];
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    let slug = slugOf(name);
    if (taken.has(slug)) slug = `${slug}-${ext.slice(1)}`;
    for (let n = 2; taken.has(slug); n++) slug = `${slugOf(name)}-${n}`;
    taken.add(slug);
    entries.push({ slug, file: join(folder, name), format: FORMATS[ext] as InputFormat });
  }
  return entries;
}

/** Reads and parses one entry, from the cache when the file has not changed. */
export function loadEntry(entry: LibraryEntry): LoadedArticle | null {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(entry.file);
  } catch {
    cache.delete(entry.file);
    return null;
  }
  const slot = cache.get(entry.file);
  if (slot && slot.mtimeMs === stat.mtimeMs && slot.size === stat.size && slot.loaded.slug === entry.slug) return slot.loaded;
  let loaded: LoadedArticle;
  try {
    const bytes = readFileSync(entry.file);
    const doc = parseArticle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { format: entry.format });
    loaded = { ...entry, doc, mtimeMs: stat.mtimeMs };
  } catch (error) {
    const code = error instanceof MaqalError ? error.code : 'unreadable';
    const message = error instanceof Error ? error.message : String(error);
    loaded = { ...entry, doc: null, error: { code, message }, mtimeMs: stat.mtimeMs };
  }
  cache.set(entry.file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** Every article of the library, parsed (from the cache where possible). */
export function loadLibrary(): LoadedArticle[] {
  const out: LoadedArticle[] = [];
  const entries = listEntries();
  // Forget files that left the folder (or a folder no longer read).
  const present = new Set(entries.map((entry) => entry.file));
  for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  for (const entry of entries) {
    const loaded = loadEntry(entry);
    if (loaded) out.push(loaded);
  }
  return out;
}

/**
 * The article for a slug from the URL. The slug is only ever compared with the slugs of the files
 * listed in the folder; it is never joined into a path, so `..`, slashes and absolute paths simply
 * match nothing.
 */
export function findArticle(slug: string): LoadedArticle | null {
  // Route params may arrive still percent-encoded (non-ASCII slugs); compare the decoded form too.
  const wanted = new Set([slug.normalize('NFC'), safeDecode(slug).normalize('NFC')]);
  const entry = listEntries().find((candidate) => wanted.has(candidate.slug));
  if (!entry) return null;
  const loaded = loadEntry(entry);
  return loaded?.doc ? loaded : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
