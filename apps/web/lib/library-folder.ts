import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * The repo root: the nearest folder above the cwd whose package.json declares workspaces, else the
 * root baked in by next.config at build time. `MAQAL_LIBRARY` is resolved against it, so the
 * library is the same whether `next start` runs in apps/web or at the root.
 */
export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
        if (json.workspaces) return dir;
      } catch {
        // An unreadable package.json is not the root; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.env.MAQAL_REPO_ROOT ?? process.cwd();
}

/** The library folder: `MAQAL_LIBRARY` (absolute, or relative to the repo root), default `samples/`. */
export function libraryFolder(): string {
  const configured = process.env.MAQAL_LIBRARY?.trim() || 'samples';
  return isAbsolute(configured) ? configured : resolve(repoRoot(), configured);
}
