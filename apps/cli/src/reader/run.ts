import { statSync } from 'node:fs';
import { parseArticle, toText } from '@maqal/core';
import { articleFilesIn, formatForPath, readInputBytes } from '../input-files.js';

export interface ReaderOptions {
  bidi: 'auto' | 'app' | 'terminal' | 'off';
  shape?: boolean;
}

/** `maqal [PATH|-]`. PLACEHOLDER until the Ink reader lands: prints the rendered text. */
export async function runReader(path: string, _options: ReaderOptions): Promise<number> {
  const files = path !== '-' && statSync(path).isDirectory() ? articleFilesIn(path) : [path];
  for (const file of files) {
    const doc = parseArticle(await readInputBytes(file), { format: file === '-' ? 'auto' : formatForPath(file) });
    process.stdout.write(toText(doc));
  }
  return 0;
}
