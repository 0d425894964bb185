import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/library', import.meta.url));
export const RESULTS = join(APP_DIR, 'test-results');

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Server {
  origin: string;
  port: number;
  /** The process id of the server (next start renders in this very process). */
  pid: number;
  /** A copy of the fixtures the server reads, so tests may add and change files. */
  library: string;
  /** The folder above the library; it holds `secret.txt`, which must never be served. */
  parent: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built app with `next start` on 127.0.0.1 and a free port, over a fresh copy of the
 * fixture library. The build must exist (turbo builds before tests); the test never builds.
 */
export async function startServer(options: { libraryEnv?: string | null } = {}): Promise<Server> {
  if (!existsSync(join(APP_DIR, '.next', 'BUILD_ID'))) throw new Error('apps/web is not built: run `npm run build -w @maqal/web` (turbo `build`) first.');
  const root = mkdtempSync(join(tmpdir(), 'maqal-web-'));
  const library = join(root, 'library');
  cpSync(FIXTURES, library, { recursive: true });
  cpSync(join(FIXTURES, '..', 'secret.txt'), join(root, 'secret.txt'));
  // By default the server reads the fresh copy; a test may pass MAQAL_LIBRARY as given (null: unset).
  const env: NodeJS.ProcessEnv = { ...process.env, MAQAL_LIBRARY: library, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  if (options.libraryEnv === null) delete env.MAQAL_LIBRARY;
  else if (options.libraryEnv !== undefined) env.MAQAL_LIBRARY = options.libraryEnv;
  const port = await freePort();
  const nextBin = require.resolve('next/dist/bin/next');
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: APP_DIR,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${origin}/api/articles`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    origin,
    port,
    pid: child.pid as number,
    library,
    parent: root,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc (Linux clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Chromium from Debian, driven by playwright-core: never a downloaded browser, no network. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** axe-core's browser build, to inject into pages. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * True once core's quote (or entity) stage is more than the placeholder the foundation shipped:
 * from then on the fixtures must yield quotes (entities), not merely render whatever comes back.
 */
export function stageLanded(stage: 'quotes' | 'entities'): boolean {
  const coreEntry = require.resolve('@maqal/core');
  const file = join(dirname(coreEntry), 'annotate', stage, 'index.js');
  return existsSync(file) && !readFileSync(file, 'utf8').includes('PLACEHOLDER');
}
