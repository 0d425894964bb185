import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleDocument, MaqalError, parseArticle, toHTML, toJSON, toMarkdown, toText } from '@maqal/core';
import { formatForPath, readInputBytes, stemOf } from './input-files.js';
import type { OutputFormat } from './output-formats.js';

export type { OutputFormat } from './output-formats.js';

const EXTENSION: Record<OutputFormat, string> = { json: 'json', md: 'md', html: 'html', text: 'txt' };

export interface ParseCommandOptions {
  format: OutputFormat;
  outDir?: string;
  ndjson?: boolean;
  lang?: string;
}

export function render(doc: ArticleDocument, format: OutputFormat): string {
  if (format === 'json') return `${toJSON(doc)}\n`;
  if (format === 'md') return toMarkdown(doc);
  if (format === 'html') return toHTML(doc);
  return toText(doc);
}

/**
 * `maqal parse FILE…`: each input parsed and written (stdout, one JSON per line, or a file per
 * input). A failing input is reported on stderr with its name and the others still go through.
 * Returns the exit code: 0 when all inputs were read, 1 when any failed.
 */
export async function parseCommand(files: string[], options: ParseCommandOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  let failed = 0;
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  const written = new Set<string>();
  for (const file of files) {
    try {
      const bytes = await readInputBytes(file);
      const doc = parseArticle(bytes, { format: file === '-' ? 'auto' : formatForPath(file), ...(options.lang ? { lang: options.lang } : {}) });
      for (const message of doc.messages) {
        if (message.severity !== 'info') process.stderr.write(`${file}: ${message.severity}: ${message.reason} [${message.ruleId}]\n`);
      }
      if (options.ndjson) out.write(`${JSON.stringify(doc)}\n`);
      else if (options.outDir) {
        let stem = file === '-' ? 'stdin' : stemOf(file);
        // Two inputs with one stem (a.txt, a.md) must not overwrite each other.
        for (let n = 2; written.has(stem); n++) stem = `${file === '-' ? 'stdin' : stemOf(file)}-${n}`;
        written.add(stem);
        writeFileSync(join(options.outDir, `${stem}.${EXTENSION[options.format]}`), render(doc, options.format));
      } else out.write(render(doc, options.format));
    } catch (error) {
      failed++;
      const reason = error instanceof MaqalError ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error);
      process.stderr.write(`maqal: ${file}: ${reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
