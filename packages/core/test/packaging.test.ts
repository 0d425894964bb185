import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const CORE = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What a user of the published package gets: `npm pack`, install the tarball into an empty
 * project, import it from plain Node ESM and parse an article. Catches missing files in `files`,
 * broken `exports`, and imports of dev-only packages.
 */
describe('the packed @maqal/core', () => {
  it('installs from its tarball and parses from plain Node ESM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-pack-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync(npm, ['pack', '--pack-destination', dir, '--silent'], { cwd: CORE, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = join(dir, 'app');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball as string)], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    writeFileSync(
      join(project, 'main.js'),
      `import { parseArticle, checkArticle, toMarkdown } from '@maqal/core';
import { parseStructure } from '@maqal/core/structure';
import schema from '@maqal/core/schema.json' with { type: 'json' };
const text = 'وزير المالية يعلن الموازنة\\nأعلن الوزير اليوم عن موازنة العام المقبل في مؤتمر صحفي.';
const doc = parseArticle(text);
const light = parseStructure(text);
console.log(JSON.stringify({ lang: doc.lang, dir: doc.dir, title: doc.title?.text, violations: checkArticle(doc).length, md: toMarkdown(doc).split('\\n')[0], schema: schema.title, light: [light.title?.text, light.children.length, light.entities.length] }));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: project, encoding: 'utf8' }));
    expect(out).toEqual({
      lang: 'ar',
      dir: 'rtl',
      title: 'وزير المالية يعلن الموازنة',
      violations: 0,
      md: '# وزير المالية يعلن الموازنة',
      schema: 'ArticleDocument',
      light: ['وزير المالية يعلن الموازنة', 1, 0],
    });
  }, 120_000);
});
