'use server';

import type { InputFormat } from '@maqal/core';
import type { ReactNode } from 'react';
import ArticleView from '@/components/article-view';
import ParsedDownloads from '@/components/parsed-downloads';
import { formatOfFileName, parseInput } from '@/lib/parse-input';
import { MAX_BODY_BYTES } from '@/lib/read-body';

export type ReadState = { status: 'idle' } | { status: 'error'; code: string; message: string } | { status: 'ok'; view: ReactNode; title: string };

const FORMATS = new Set<string>(['text', 'markdown', 'html']);

/**
 * Parses what the reader pasted or uploaded and returns the rendered article. Nothing is stored:
 * the document lives only in this response.
 */
export async function readArticle(_previous: ReadState, form: FormData): Promise<ReadState> {
  const file = form.get('file');
  const pasted = form.get('text');
  const chosen = String(form.get('format') ?? 'auto');
  let bytes: Uint8Array;
  let format: InputFormat | null = FORMATS.has(chosen) ? (chosen as InputFormat) : null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BODY_BYTES) return { status: 'error', code: 'too-large', message: `The file is over the limit of 5 MB.` };
    const fromName = formatOfFileName(file.name);
    if (!fromName && !format) return { status: 'error', code: 'unsupported-file', message: 'Upload a .txt, .md or .html file.' };
    format ??= fromName;
    bytes = new Uint8Array(await file.arrayBuffer());
  } else {
    bytes = new TextEncoder().encode(typeof pasted === 'string' ? pasted : '');
  }
  const outcome = parseInput(bytes, format ?? 'auto');
  if (!outcome.ok) return { status: 'error', code: outcome.code, message: outcome.message };
  const doc = outcome.doc;
  return {
    status: 'ok',
    title: doc.title?.text ?? '',
    view: <ArticleView doc={doc} downloads={<ParsedDownloads />} />,
  };
}
