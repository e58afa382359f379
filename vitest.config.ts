import { defineConfig } from 'vitest/config';

// Unit tests and benchmarks only: end-to-end tests belong to Playwright (test/e2e).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    // Unit tests assert behaviour, never speed (speed is `npm run bench`, or a ratio measured in the
    // same run): the default 5 s is no budget for a property test on two cores shared with a build.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
