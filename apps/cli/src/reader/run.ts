import { openSync, statSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { type BidiMode, bidiControl, resolveBidi } from '../bidi/mode.js';
import { setShaping } from '../bidi/shape.js';
import { readInputBytes } from '../input-files.js';
import { firstPaint } from './first-paint.js';
import { plainArticle, plainLibrary } from './plain-output.js';
import { sizeOf } from './screen-text.js';
import { type ArticleEntry, annotateEntry, describeError, entriesOfFolder, entryOfFile, loadAnnotator, loadEntry } from './sources.js';
import { colorsEnabled } from './theme.js';

export interface ReaderOptions {
  bidi: BidiMode;
  /** Arabic letters in presentation forms, for terminals that draw every letter isolated. */
  shape?: boolean;
  /** For tests and embedding; default to the process's own (keys from the terminal). */
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  stderr?: NodeJS.WritableStream;
  env?: Record<string, string | undefined>;
}

// Alternate screen (quitting gives the shell its screen back) and alternate scroll mode (the
// wheel arrives as arrow keys, so scrolling works without parsing mouse reports).
const ENTER_SCREEN = '\x1b[?1049h\x1b[?1007h';
const LEAVE_SCREEN = '\x1b[?1007l\x1b[?1049l';

/**
 * `maqal [PATH|-]`: the interactive reader on a terminal; on a pipe or file, the article as plain
 * text (a folder: one line per article). Returns the exit code: 1 when the input cannot be read.
 */
export async function runReader(path: string, options: ReaderOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;

  let entries: ArticleEntry[];
  let folder: string | undefined;
  try {
    if (path === '-') entries = [entryOfFile('-', await readInputBytes('-'))];
    else if (statSync(path).isDirectory()) {
      entries = entriesOfFolder(path);
      folder = path;
    } else entries = [entryOfFile(path)];
  } catch (error) {
    stderr.write(`maqal: ${path}: ${describeError(error)}\n`);
    return 1;
  }
  if (folder === undefined) {
    const entry = loadEntry(entries[0] as ArticleEntry);
    if (!entry.doc) {
      stderr.write(`maqal: ${entry.name}: ${entry.error}\n`);
      return 1;
    }
  }

  const input = stdout.isTTY !== true ? null : options.stdin ? { stream: options.stdin, owned: false } : terminalInput();
  if (!input) {
    if (folder === undefined) {
      // One article as plain text prints no annotations: the structure is all it needs.
      stdout.write(plainArticle((entries[0] as ArticleEntry).doc!));
      return 0;
    }
    // A folder's lines count quotes and entities: the full parse before printing.
    const annotate = await loadAnnotator();
    for (const entry of entries) annotateEntry(loadEntry(entry), annotate);
    stdout.write(plainLibrary(entries));
    return entries.some((e) => e.state === 'error') ? 1 : 0;
  }

  const bidi = resolveBidi(options.bidi, env);
  setShaping(options.shape === true);
  const control = bidiControl(bidi, env);
  const color = colorsEnabled(env);
  // Raw mode before anything is drawn, so keys typed before Ink listens neither echo nor wait for
  // Enter: they stay in the terminal until Ink reads them. Ink turns it off when it exits.
  const raw = input.stream.isTTY === true && typeof input.stream.setRawMode === 'function';
  let app: { unmount: () => void } | undefined;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    // Ink writes its last frame when it unmounts: let it do so on the alternate screen, before
    // leaving it, or the frame would land on the shell's screen.
    app?.unmount();
    if (raw && !input.stream.destroyed) input.stream.setRawMode(false);
    stdout.write(control.leave + LEAVE_SCREEN);
  };
  // Whatever ends the process (an exception, a signal Ink does not handle), the terminal comes back.
  process.on('exit', restore);
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(signal === 'SIGHUP' ? 129 : 143);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  if (raw) input.stream.setRawMode(true);
  stdout.write(ENTER_SCREEN + control.enter);

  // MAQAL_TRACE_FIRST_FRAME=1: the bench's probe. Says on stderr, once each, how long it took since
  // the process started (wall clock and CPU) to draw the first frame, to draw Ink's first frame
  // (keys work from then on) and to draw every article's annotations.
  const traced = new Set<string>();
  const trace = (what: 'maqal-first-frame' | 'maqal-interactive' | 'maqal-annotated') => {
    if (env.MAQAL_TRACE_FIRST_FRAME === undefined || traced.has(what)) return;
    traced.add(what);
    const cpu = process.cpuUsage();
    stderr.write(`${what} wall=${performance.now().toFixed(1)} cpu=${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
  };
  const single = folder === undefined ? (entries[0] as ArticleEntry) : undefined;
  if (single?.doc) {
    const paint = firstPaint(single.doc, sizeOf(stdout), bidi, color, single.annotations === 'pending');
    if (paint !== null) {
      stdout.write(paint);
      trace('maqal-first-frame');
    }
  }
  const onRender = () => {
    trace('maqal-first-frame');
    trace('maqal-interactive');
    if (!entries.some((e) => e.state === 'pending' || e.annotations === 'pending')) trace('maqal-annotated');
  };

  // React picks its development or production build when it is first loaded, by NODE_ENV; the
  // development build is several times slower to load and to render. Ink and React are loaded
  // only here, after that is settled, which also keeps them out of `maqal parse`. (The bundle
  // has NODE_ENV compiled in; written through an alias so its define does not rewrite this line.)
  const processEnv = process.env;
  processEnv.NODE_ENV ??= 'production';
  try {
    const [{ render }, { createElement }, { default: App }] = await withoutCiVariables(() => Promise.all([import('ink'), import('react'), import('./app.js')]));
    const ink = render(createElement(App, { entries, ...(folder !== undefined ? { folder } : {}), bidi, color }), {
      stdout,
      stdin: input.stream,
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 60,
      onRender,
    });
    app = ink;
    await ink.waitUntilExit();
  } finally {
    restore();
    process.off('exit', restore);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    if (input.owned) input.stream.destroy();
  }
  return 0;
}

/**
 * Ink draws only the last frame when it believes it runs in CI (is-in-ci: CI, CONTINUOUS_INTEGRATION
 * or CI_* set, read once when Ink loads). A reader on a terminal is interactive whatever the
 * environment says (a dev container exporting CI=true), so Ink is loaded without them.
 */
async function withoutCiVariables<T>(load: () => Promise<T>): Promise<T> {
  const saved: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_'))) {
      saved[name] = value;
      delete process.env[name];
    }
  }
  try {
    return await load();
  } finally {
    Object.assign(process.env, saved);
  }
}

/**
 * Where keys come from: standard input when it is the terminal; the terminal itself (/dev/tty)
 * when standard input carries the article (`curl … | maqal -`), as less does. Null when there is
 * no terminal to read keys from.
 */
function terminalInput(): { stream: NodeJS.ReadStream; owned: boolean } | null {
  if (process.stdin.isTTY) return { stream: process.stdin, owned: false };
  try {
    return { stream: new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream, owned: true };
  } catch {
    return null;
  }
}
