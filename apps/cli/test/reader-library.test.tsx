import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { render as inkRender } from 'ink';
import { render } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import App from '../src/reader/app.js';
import { runReader } from '../src/reader/run.js';
import { entriesOfFolder, entryOfFile, loadEntry } from '../src/reader/sources.js';
import { fixturePath } from './fixtures/documents.js';
import { ANSI, ENTER, ESC, plain, press, type Rendered, reversedByGrapheme, tick } from './fixtures/terminal.js';

/** A folder with both fixtures, a binary file, a dangling link, and a file that is not an article. */
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'maqal-library-'));
  copyFileSync(fixturePath('dushanbe.ar.txt'), join(folder, 'dushanbe.ar.txt'));
  copyFileSync(fixturePath('council.en.txt'), join(folder, 'council.en.txt'));
  writeFileSync(join(folder, 'broken.html'), Buffer.from([0, 1, 2, 0, 0, 255, 254, 0, 0, 0, 3, 4]));
  symlinkSync(join(folder, 'nowhere.md'), join(folder, 'gone.md'));
  writeFileSync(join(folder, 'notes.json'), '{}');
  writeFileSync(join(folder, 'README.md'), '# About these articles\n');
  mkdirSync(join(folder, 'sub.txt'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let app: Rendered | undefined;
afterEach(() => app?.unmount());

async function openLibrary(): Promise<Rendered> {
  app = render(<App entries={entriesOfFolder(folder)} folder={folder} bidi="app" color={false} />);
  // The library parses in the background after the first frame, then annotates: wait until every row has landed.
  for (let waited = 0; /reading|annotating/.test(plain(app)) && waited < 10000; waited += 50) await tick(50);
  await tick(60);
  return app;
}

describe('library', () => {
  it('lists every article with title, language and counts, and unreadable files in place', async () => {
    const r = await openLibrary();
    const frame = plain(r);
    expect(frame).toContain('4 articles');
    expect(frame).toContain('2 unreadable');
    expect(frame).toContain('City Council Approves New Library Budget');
    expect(frame).toContain(reversedByGrapheme('الرئيس الروسي يصل'));
    expect(frame).toMatch(/✗ broken\.html: .*binary/);
    expect(frame).toMatch(/✗ gone\.md: no such file/);
    expect(frame).not.toContain('notes.json');
    expect(frame).not.toContain('About these articles');
    expect(frame).not.toContain('sub.txt');
    const rows = frame.split('\n');
    expect(rows.find((l) => l.includes('City Council'))).toMatch(/ en +— +\d+ +\d+/);
    expect(rows.find((l) => l.includes(reversedByGrapheme('الرئيس الروسي')))).toMatch(/ ar +— +\d+ +\d+/);
  });

  it('filters as you type, opens with Enter, and q goes back to the library', async () => {
    const r = await openLibrary();
    await press(r, 'c', 'o', 'u', 'n');
    expect(plain(r)).toContain('filter: coun');
    expect(plain(r)).not.toContain(reversedByGrapheme('الرئيس الروسي'));
    await press(r, ENTER);
    expect(plain(r).split('\n')[0]?.trim()).toBe('City Council Approves New Library Budget After Long Debate');
    expect(plain(r)).toContain('q back');
    await press(r, 'j', 'j', 'q');
    expect(plain(r)).toContain('filter: coun');
    await press(r, ESC);
    expect(plain(r)).toContain(reversedByGrapheme('الرئيس الروسي'));
  });

  it('filters Arabic titles, folding alef forms and alef maqsura', async () => {
    const r = await openLibrary();
    // Typed "الي" (bare alef, ya) finds "إلى" (hamza under alef, alef maqsura).
    await press(r, 'ا', 'ل', 'ي', ' ', 'د');
    expect(plain(r)).toContain(reversedByGrapheme('الرئيس الروسي'));
    expect(plain(r)).not.toContain('City Council');
  });

  it('says why an unreadable file does not open, and the others still do', async () => {
    const r = await openLibrary();
    await press(r, 'G', 'g');
    expect(plain(r)).toMatch(/› ✗ broken\.html/);
    await press(r, ENTER);
    expect(plain(r)).toContain('Cannot open broken.html');
    await press(r, 'j\r'); // as tmux send-keys j Enter delivers it: one chunk
    expect(plain(r).split('\n')[0]?.trim()).toBe('City Council Approves New Library Budget After Long Debate');
  });
});

/** An output stream collecting what is written: not a terminal, or one of the given size. */
function sink(terminal?: { columns: number; rows: number; isTTY: boolean }): NodeJS.WriteStream & { text: () => string; writes: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, terminal ?? {}, { text: () => chunks.join(''), writes: () => [...chunks] }) as unknown as NodeJS.WriteStream & {
    text: () => string;
    writes: () => string[];
  };
}

describe('not a terminal', () => {
  it('prints the article as plain logical text, no escape codes', async () => {
    const out = sink();
    const code = await runReader(fixturePath('dushanbe.ar.txt'), { bidi: 'auto', stdout: out, stderr: sink() });
    expect(code).toBe(0);
    const text = out.text();
    expect(text).not.toMatch(/\x1b/);
    const lines = text.split('\n');
    expect(lines[0]).toBe('الرئيس الروسي يصل إلى دوشنبه في زيارة "تحمّل رسائل كثيرة"');
    expect(lines).toContain('ملفات الأمن والحدود');
    expect(lines).toContain('العلاقات الاقتصادية');
    expect(text).toContain('وقال آصف ملحم، مدير مركز GSM للأبحاث في موسكو');
  });

  it('lists a folder one article a line, unreadable ones with their error, and exits 1', async () => {
    const out = sink();
    const code = await runReader(folder, { bidi: 'auto', stdout: out, stderr: sink() });
    expect(code).toBe(1);
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toContainEqual(expect.stringMatching(/^council\.en\.txt\ten\t\t\d+\t\d+\tCity Council Approves/));
    expect(lines).toContainEqual(expect.stringMatching(/^broken\.html\terror\t.*binary/));
  });

  it('reports a missing path or a binary file on stderr with exit code 1, never a crash', async () => {
    const err = sink();
    expect(await runReader(join(folder, 'absent.txt'), { bidi: 'auto', stdout: sink(), stderr: err })).toBe(1);
    expect(err.text()).toMatch(/absent\.txt: no such file/);
    const err2 = sink();
    expect(await runReader(join(folder, 'broken.html'), { bidi: 'auto', stdout: sink(), stderr: err2 })).toBe(1);
    expect(err2.text()).toMatch(/broken\.html: .*binary/);
  });
});

describe('on a terminal', () => {
  it('uses the alternate screen, switches VTE to explicit bidi, and restores both when q quits', async () => {
    const stdout = sink({ columns: 80, rows: 20, isTTY: true });
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin });
    const done = runReader(fixturePath('dushanbe.ar.txt'), {
      bidi: 'auto',
      stdout,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: sink(),
      env: { VTE_VERSION: '7600' },
    });
    for (let waited = 0; !stdout.text().includes('quit') && waited < 5000; waited += 50) await tick(50);
    stdin.write('q');
    expect(await done).toBe(0);
    const all = stdout.text();
    expect(all.startsWith('\x1b[?1049h\x1b[?1007h\x1b[8l')).toBe(true);
    expect(all.endsWith('\x1b[8h\x1b[?1007l\x1b[?1049l')).toBe(true);
    expect(all.replace(ANSI, '')).toContain(reversedByGrapheme('ملفات الأمن والحدود'));
  });
});

describe('the first paint', () => {
  it('draws, before Ink, the rows Ink’s first frame then draws over it, and keys typed meanwhile still count', async () => {
    for (const [file, env] of [
      ['dushanbe.ar.txt', {}],
      ['council.en.txt', { NO_COLOR: '1' }],
    ] as const) {
      const stdout = sink({ columns: 90, rows: 24, isTTY: true });
      let raw = false;
      const stdin = Object.assign(new PassThrough(), {
        isTTY: true,
        setRawMode: (on: boolean) => {
          raw = on;
          return stdin;
        },
        ref: () => stdin,
        unref: () => stdin,
      });
      const done = runReader(fixturePath(file), { bidi: 'app', stdout, stdin: stdin as unknown as NodeJS.ReadStream, stderr: sink(), env });
      // Ink is not listening yet when the first paint is out: this q waits in the input until it does.
      for (let waited = 0; !stdout.text().includes('quit') && waited < 5000; waited += 5) await tick(5);
      expect(raw).toBe(true);
      stdin.write('q');
      expect(await done).toBe(0);
      expect(raw).toBe(false);
      // The first paint is one write, ending with the cursor sent home; Ink's first frame is the
      // next write with text in it, row for row the same.
      const writes = stdout.writes();
      const paintAt = writes.findIndex((w) => w.startsWith('\x1b[?25l\x1b[H'));
      expect(paintAt).toBeGreaterThan(0);
      const paint = writes[paintAt] as string;
      const rows = (text: string) =>
        text
          .replace(ANSI, '')
          .split('\n')
          .map((row) => row.trimEnd());
      const painted = rows(paint);
      expect(painted).toHaveLength(24);
      expect(painted.at(-1)).toMatch(/annotating… .* q quit/);
      const inkFrame = writes.slice(paintAt + 1).find((w) => w.replace(ANSI, '').trim() !== '') as string;
      expect(rows(inkFrame).slice(0, 24)).toEqual(painted);
      if (env.NO_COLOR) expect(paint).not.toMatch(/\x1b\[(3|4|9)\dm/);
    }
  });
});

describe('without raw mode', () => {
  it('renders and does not ask for raw mode when stdin is not a terminal', async () => {
    const entry = loadEntry(entryOfFile(fixturePath('council.en.txt')));
    const stdout = sink({ columns: 80, rows: 20, isTTY: false });
    const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
    const instance = inkRender(<App entries={[entry]} bidi="app" color={false} />, { stdout, stdin, patchConsole: false, debug: true });
    await tick(50);
    instance.unmount();
    expect(stdout.text().replace(ANSI, '')).toContain('City Council Approves New Library Budget');
  });
});
