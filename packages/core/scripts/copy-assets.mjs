// After tsc: copy data files that live beside the sources (model weights, lists) into dist/,
// and write the JSON Schema file shipped as `@maqal/core/schema.json`.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSET = /\.(json|txt|bin|tsv)$/;

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (ASSET.test(entry.name)) {
      const target = join(root, 'dist', relative(join(root, 'src'), path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
walk(join(root, 'src'));

const { articleDocumentSchema } = await import('../dist/model/schema.js');
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema', 'article-document.schema.json'), `${JSON.stringify(articleDocumentSchema, null, 2)}\n`);
