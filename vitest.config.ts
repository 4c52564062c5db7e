import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs src/lib and src/data logic in Node without a DOM; `browser`
// drives Debian's Chromium against the built site in dist/ (npm test builds
// first). Browser files run one at a time: this machine has two cores. The
// browser project starts one Chromium for the run (tests/setup/chromiumServer.ts)
// and every file opens its own context in it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/setup/chromiumServer.ts'],
        },
      },
    ],
  },
});
