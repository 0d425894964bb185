import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArticle } from '@maqal/core';
import { describe, expect, it, onTestFinished } from 'vitest';

const BIN = new URL('../bin/maqal.js', import.meta.url).pathname;
const ARABIC = new URL('./fixtures/parse/minister-budget.ar.txt', import.meta.url).pathname;
const ENGLISH = new URL('./fixtures/parse/harbour-storm.en.txt', import.meta.url).pathname;

/** The real command, as a separate process, the way scripts run it. */
function maqal(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('maqal parse (a real process)', () => {
  it('prints one JSON document for one file, valid against the model', () => {
    const run = maqal(['parse', ARABIC, '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.lang).toBe('ar');
    expect(doc.dir).toBe('rtl');
    expect(doc.title.text).toBe('وزير المالية: الموازنة الجديدة "تحمي الفقراء"');
    expect(doc.children.map((s: { heading: { text: string } | null }) => s.heading?.text ?? null)).toEqual([null, 'أرقام الموازنة', 'ردود الفعل']);
    expect(checkArticle(doc)).toEqual([]);
  });

  it('reads standard input with -', () => {
    const run = maqal(['parse', '-', '-f', 'text'], readFileSync(ENGLISH));
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Storm shuts three harbours')).toBe(true);
  });

  it('prints NDJSON, one document per line', () => {
    const run = maqal(['parse', ARABIC, ENGLISH, '--ndjson']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).lang)).toEqual(['ar', 'en']);
  });

  it('writes DIR/<name>.<ext> for each input with --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-out-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const run = maqal(['parse', ARABIC, ENGLISH, '--format', 'md', '--out-dir', dir]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['harbour-storm.en.md', 'minister-budget.ar.md']);
    expect(readFileSync(join(dir, 'harbour-storm.en.md'), 'utf8').startsWith('# Storm shuts')).toBe(true);
  });

  it('exits 1 when an input fails, still writing the others, and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-bad-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const run = maqal(['parse', binary, join(dir, 'missing.txt'), ENGLISH, '-f', 'text']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${binary}: The input is binary data`);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stdout.startsWith('Storm shuts three harbours')).toBe(true);
  });

  it('exits 2 on a usage error, 0 for --help and --version', () => {
    expect(maqal(['parse', ARABIC, '--format', 'pdf']).code).toBe(2);
    expect(maqal(['parse']).code).toBe(2);
    expect(maqal(['parse', ARABIC, '--lang', 'not a code']).code).toBe(2);
    const clash = maqal(['parse', ARABIC, '--ndjson', '--out-dir', tmpdir()]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--ndjson');
    expect(maqal(['parse', ARABIC, '--ndjson', '--format', 'md']).code).toBe(2);
    expect(maqal(['parse', ARABIC, '--ndjson', '--format', 'json']).code).toBe(0);
    const help = maqal(['parse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--out-dir');
    const version = maqal(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('honours --lang', () => {
    const run = maqal(['parse', ENGLISH, '--lang', 'ar', '-f', 'json']);
    expect(JSON.parse(run.stdout).lang).toBe('ar');
  });

  it('stops quietly, exit 0, when the reading end of a pipe closes early', () => {
    // Far more output than a pipe buffers, so writing goes on after `head` has gone.
    const files = Array.from({ length: 40 }, () => JSON.stringify(ARABIC)).join(' ');
    const run = spawnSync(
      'bash',
      ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} parse ${files} | head -c 100 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
