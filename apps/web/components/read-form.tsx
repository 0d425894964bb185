'use client';

import { type ChangeEvent, type ReactNode, useActionState, useEffect, useId, useRef, useState } from 'react';
import type { ReadState } from '@/app/read/actions';
import { type ReadSource, ReadSourceContext } from './read-source';

export interface ReadFormProps {
  action: (previous: ReadState, form: FormData) => Promise<ReadState>;
}

const MAX_BYTES = 5 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' };

function formatOfName(name: string): string | null {
  const lower = name.toLowerCase();
  if (/\.(txt|text)$/.test(lower)) return 'text';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.(html|htm|xhtml)$/.test(lower)) return 'html';
  return null;
}

/** Paste text or pick a file (.txt, .md, .html); the article is parsed on the server and shown below, never stored. */
export default function ReadForm({ action }: ReadFormProps): ReactNode {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const [source, setSource] = useState<ReadSource | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // A new result (article or error) takes the focus, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (state.status !== 'idle') resultRef.current?.focus();
  }, [state]);
  const ids = { text: useId(), file: useId(), format: useId(), hint: useId() };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    setFileName(file?.name ?? null);
    if (file && file.size > MAX_BYTES) setFileError('This file is over the limit of 5 MB.');
    else if (file && !formatOfName(file.name)) setFileError('Pick a .txt, .md or .html file.');
  };

  const clearFile = () => {
    if (fileRef.current) fileRef.current.value = '';
    setFileName(null);
    setFileError(null);
  };

  const remember = (form: FormData) => {
    const file = form.get('file');
    const chosen = String(form.get('format') ?? 'auto');
    if (file instanceof File && file.size > 0) {
      const format = chosen !== 'auto' ? chosen : (formatOfName(file.name) ?? 'text');
      setSource({ body: file, contentType: CONTENT_TYPES[format] ?? 'text/plain', detect: false, name: file.name.replace(/\.[^.]+$/, '') || 'article' });
    } else {
      const text = String(form.get('text') ?? '');
      setSource({ body: new Blob([text]), contentType: CONTENT_TYPES[chosen] ?? 'text/plain', detect: chosen === 'auto', name: 'article' });
    }
  };

  return (
    <>
      <form
        className="read-form"
        action={(form) => {
          remember(form);
          return formAction(form);
        }}
      >
        <div className="field">
          <label htmlFor={ids.text}>Paste an article</label>
          <textarea id={ids.text} name="text" rows={10} aria-describedby={ids.hint} placeholder="Title on the first line, then the text…" />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.file}>or upload a file</label>
            <input
              ref={fileRef}
              id={ids.file}
              name="file"
              type="file"
              accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={onFile}
            />
            {fileName ? (
              <button type="button" className="link-button" onClick={clearFile}>
                Use the pasted text instead
              </button>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={ids.format}>Format</label>
            <select id={ids.format} name="format" defaultValue="auto">
              <option value="auto">Detect</option>
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </div>
        </div>
        <p id={ids.hint} className="hint">
          Up to 5 MB. The article is read on this machine and shown below; it is not added to the library.
        </p>
        {fileError ? (
          <p role="alert" className="error">
            {fileError}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={pending || Boolean(fileError)}>
          {pending ? 'Reading…' : 'Read'}
        </button>
      </form>
      <div ref={resultRef} tabIndex={-1} className="read-result">
        {state.status === 'error' ? (
          <p role="alert" className="error" data-code={state.code}>
            {state.message}
          </p>
        ) : null}
        {state.status === 'ok' ? <ReadSourceContext value={source}>{state.view}</ReadSourceContext> : null}
      </div>
    </>
  );
}
