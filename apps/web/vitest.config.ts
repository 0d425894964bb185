import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // A loaded CI machine hydrates slowly; polls wait for the page, they never paper over a wrong value.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
