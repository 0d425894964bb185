import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const appDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(appDir, '../..');

const nextConfig: NextConfig = {
  // The monorepo root holds the lockfile and the hoisted node_modules.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // Baked in at build time so the library folder resolves against the repo root whatever the cwd of `next start`.
  env: { MAQAL_REPO_ROOT: repoRoot },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

export default nextConfig;
