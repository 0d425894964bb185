import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServer } from './harness';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function slugsServed(libraryEnv: string | null): Promise<string[]> {
  const server = await startServer({ libraryEnv });
  try {
    const response = await fetch(`${server.origin}/api/articles`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { slug: string }[]).map((a) => a.slug).sort();
  } finally {
    await server.stop();
  }
}

describe('MAQAL_LIBRARY', () => {
  it('resolves a relative folder against the repo root, not the cwd of next start (apps/web)', async () => {
    expect(await slugsServed('apps/web/test/fixtures/library')).toEqual(['ar-gas-pipeline', 'ar-water-summit', 'en-city-budget', 'en-markup-in-text']);
  });

  it('defaults to samples/ at the repo root, leaving out its README', async () => {
    const expected = readdirSync(`${REPO_ROOT}samples`)
      .filter((name) => /\.(txt|md|html?)$/i.test(name) && !/^readme\./i.test(name))
      .map((name) => name.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-'))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await slugsServed(null)).toEqual(expected);
  });

  it('serves an empty library when the folder does not exist, and the page says how to fill it', async () => {
    const server = await startServer({ libraryEnv: '/nonexistent/maqal-library' });
    try {
      expect(await (await fetch(`${server.origin}/api/articles`)).json()).toEqual([]);
      const html = await (await fetch(`${server.origin}/`)).text();
      expect(html).toContain('/nonexistent/maqal-library');
      expect(html).toContain('MAQAL_LIBRARY');
    } finally {
      await server.stop();
    }
  });
});
