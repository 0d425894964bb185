import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseArticle } from '@maqal/core';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from './fixtures/documents.js';
import { reversedByGrapheme } from './fixtures/terminal.js';

// A real terminal: tmux draws exactly what the reader writes (it does no bidi of its own), so the
// pane shows whether Arabic comes out in visual order, and whether keys and quitting work.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('tmux.test.ts: tmux is not installed (apt-get install -y tmux); the real-terminal test is skipped.');

// The command as shipped: bin/maqal.js, which runs the bundle.
const BIN = new URL('../bin/maqal.js', import.meta.url).pathname;
const BUNDLE = new URL('../dist/maqal.mjs', import.meta.url).pathname;
const socket = `maqal-test-${randomBytes(4).toString('hex')}`;
const tmux = (...args: string[]) => {
  const result = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args[0]}: ${result.stderr}`);
  return result.stdout;
};
const pane = () => tmux('capture-pane', '-p', '-t', 'reader');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the pane satisfies `test`; returns the pane. Generous: CI machines can be slow to start node. */
async function until(test: (screen: string) => boolean, what: string, ms = 45000): Promise<string> {
  let screen = '';
  for (let waited = 0; waited < ms; waited += 100) {
    screen = pane();
    if (test(screen)) return screen;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the pane shows:\n${screen}`);
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
});

describe.skipIf(!hasTmux)('maqal in a real terminal (tmux)', () => {
  it('shows Arabic in visual order, outline, search, help, and quits', async () => {
    expect(existsSync(BUNDLE), 'build the CLI first (npm run build -w @maqal/cli)').toBe(true);
    const file = fixturePath('dushanbe.ar.txt');
    const title = readFileSync(file, 'utf8').split('\n')[0] as string;
    // A clean environment: no terminal-bidi hints (KONSOLE_VERSION, TERM_PROGRAM …) from whoever runs the tests.
    const env = `env -i PATH=${JSON.stringify(process.env.PATH ?? '/usr/bin:/bin')} HOME=/tmp TERM=xterm-256color LANG=C.UTF-8`;
    tmux('new-session', '-d', '-s', 'reader', '-x', '100', '-y', '30', `${env} node ${BIN} ${file}; echo MAQAL_EXIT=$?; sleep 30`);

    let screen = await until((s) => s.includes('quit'), 'the first frame');
    // The title: a pure right-to-left line, so on screen it is its graphemes last to first,
    // the shadda still on its letter.
    const lines = screen.split('\n');
    expect(lines.map((l) => l.trim())).toContain(reversedByGrapheme(title));
    const titleLine = lines.find((l) => l.trim() === reversedByGrapheme(title)) as string;
    // Right-aligned: it starts well right of the left edge.
    expect(titleLine.length - titleLine.trimStart().length).toBeGreaterThan(10);

    // The annotations follow the first frame: the status line says so until they are painted,
    // then the quotes panel lists what core's full parse finds.
    await until((s) => !s.includes('annotating') && s.includes('quit'), 'the annotations');
    const quotes = parseArticle(readFileSync(file), { format: 'text' }).quotes;
    tmux('send-keys', '-t', 'reader', 's');
    screen = await until((s) => s.includes('Quotes') || s.includes('No quotes'), 'the quotes panel');
    expect(screen).toContain(quotes.length === 0 ? 'No quotes found' : `Quotes (${quotes.length})`);
    tmux('send-keys', '-t', 'reader', 'Escape');
    await until((s) => !s.includes('Quotes') && s.includes('quit'), 'the article after the quotes');

    tmux('send-keys', '-t', 'reader', 't');
    screen = await until((s) => s.includes('Outline'), 'the outline');
    expect(screen).toContain(reversedByGrapheme('ملفات الأمن والحدود'));
    expect(screen).toContain(reversedByGrapheme('العلاقات الاقتصادية'));

    tmux('send-keys', '-t', 'reader', 'Escape');
    await until((s) => !s.includes('Outline') && s.includes('quit'), 'the article again');
    tmux('send-keys', '-t', 'reader', '/');
    await until((s) => s.split('\n').some((l) => l.startsWith('/')), 'the search prompt');
    tmux('send-keys', '-t', 'reader', '-l', 'موسكو');
    tmux('send-keys', '-t', 'reader', 'Enter');
    const count = readFileSync(file, 'utf8').split('موسكو').length - 1;
    screen = await until((s) => s.includes(`1/${count}`), 'the first search hit');
    tmux('send-keys', '-t', 'reader', 'n');
    screen = await until((s) => s.includes(`2/${count}`), 'the next search hit');

    tmux('send-keys', '-t', 'reader', '?');
    screen = await until((s) => s.includes('keys'), 'the help');
    expect(screen).toMatch(/^\s+q\s+.*quit/m);
    for (const key of ['j  ↓', 'space', 'PgDn', 'n  /  N', 'Esc']) expect(screen).toContain(key);

    tmux('send-keys', '-t', 'reader', 'q');
    await until((s) => !s.includes('Maqal — keys') && s.includes('% ·'), 'the article after help');
    tmux('send-keys', '-t', 'reader', 'q');
    screen = await until((s) => s.includes('MAQAL_EXIT='), 'the reader to exit');
    expect(screen).toContain('MAQAL_EXIT=0');
    // The alternate screen is gone: the shell's screen is back, without the reader's status bar.
    expect(screen).not.toContain('? help');
  }, 240_000);
});
