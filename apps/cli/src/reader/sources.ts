import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type ArticleDocument, MaqalError, parseStructure } from '@maqal/core/structure';
import { ARTICLE_EXTENSIONS, formatForPath } from '../input-files.js';

/**
 * One article of the library: parsed once, on demand or in the background, never again. Parsing
 * is in two steps: the structure (what the first frame needs), then the annotations, painted when
 * the annotator has loaded.
 */
export interface ArticleEntry {
  path: string;
  name: string;
  state: 'pending' | 'ready' | 'error';
  doc?: ArticleDocument;
  error?: string;
  /**
   * 'pending' while `doc` has the structure only; 'failed' when the annotation stages threw (the
   * structure is still shown). Absent for a document that came complete.
   */
  annotations?: 'pending' | 'done' | 'failed';
  /** Already read (standard input); otherwise read from `path` when parsed. */
  bytes?: Uint8Array;
}

// A folder's own paperwork (samples/README.md) is not an article.
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing|notice)(\.[^.]+)?$/iu;

/**
 * The files of a folder that look like articles, each as an entry. A file that cannot even be
 * stat'ed (a dangling link, no permission) is still listed, as an error, so nothing vanishes silently.
 */
export function entriesOfFolder(dir: string): ArticleEntry[] {
  return readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !NOT_ARTICLES.test(name))
    .sort((a, b) => a.localeCompare(b))
    .flatMap((name): ArticleEntry[] => {
      const path = join(dir, name);
      try {
        if (!statSync(path).isFile()) return [];
        return [{ path, name, state: 'pending' }];
      } catch (error) {
        return [{ path, name, state: 'error', error: describeError(error) }];
      }
    });
}

export function entryOfFile(path: string, bytes?: Uint8Array): ArticleEntry {
  return { path, name: path === '-' ? 'stdin' : basename(path), state: 'pending', ...(bytes ? { bytes } : {}) };
}

/**
 * Reads an entry and parses its structure if not done yet (annotations: `annotateEntry`); errors
 * stay on the entry, never thrown.
 */
export function loadEntry(entry: ArticleEntry): ArticleEntry {
  if (entry.state !== 'pending') return entry;
  try {
    const bytes = entry.bytes ?? readFileSync(entry.path);
    entry.doc = parseStructure(bytes, { format: entry.path === '-' ? 'auto' : formatForPath(entry.path) });
    entry.state = 'ready';
    entry.annotations = 'pending';
    delete entry.bytes;
  } catch (error) {
    entry.state = 'error';
    entry.error = describeError(error);
  }
  return entry;
}

/**
 * Adds the annotations to a loaded entry. The annotated document is a new object, so views and the
 * layout cache (both keyed by the document) see the change; the text and offsets stay the same.
 */
export function annotateEntry(entry: ArticleEntry, annotate: Annotate): ArticleEntry {
  if (entry.annotations !== 'pending' || !entry.doc) return entry;
  try {
    entry.doc = { ...annotate(entry.doc) };
    entry.annotations = 'done';
  } catch {
    entry.annotations = 'failed';
  }
  return entry;
}

export type Annotate = (doc: ArticleDocument) => ArticleDocument;

let annotator: Promise<Annotate> | undefined;

/**
 * The annotation stages, loaded on first use: `@maqal/core`'s full entry pulls in megabytes of
 * models, which the first frame must not wait for. In the bundle this is a separate chunk.
 */
export function loadAnnotator(): Promise<Annotate> {
  annotator ??= import('@maqal/core').then((core) => (doc: ArticleDocument) => core.annotateArticle(doc));
  return annotator;
}

export function describeError(error: unknown): string {
  if (error instanceof MaqalError) return `${error.message} [${error.code}]`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file (or a broken link)';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
