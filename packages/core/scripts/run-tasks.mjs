// Runs every <folder>/tasks/*.mjs in this one process and prints their tables: `npm run bench`
// (so Maqal and the anchors it is measured against share the same machine state) and
// `npm run eval` (scores on dev sets and corpora). A task exports `name` and
// `async run({shared, root})` returning lines to print; `shared` is the path of ../shared when it
// exists (tasks that need its corpora say so and skip without it). Extra arguments filter tasks.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, ...only] = process.argv.slice(2);
const core = resolve(import.meta.dirname, '..');
const root = resolve(core, '../..');
const sharedCandidate = resolve(root, '../shared');
const shared = process.env.MAQAL_SHARED ?? (existsSync(sharedCandidate) ? sharedCandidate : undefined);
const folders = ['bench', 'eval'];
if (!folders.includes(folder)) {
  console.error(`usage: node scripts/run-tasks.mjs <${folders.join('|')}> [task name filter…]`);
  process.exit(2);
}
const dir = join(core, folder, 'tasks');
const tasks = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
for (const file of tasks) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  const task = await import(pathToFileURL(join(dir, file)).href);
  console.log(`\n## ${task.name ?? file}`);
  const lines = await task.run({ shared, root });
  for (const line of lines ?? []) console.log(line);
}
