import { defineConfig } from 'vitest/config';

// Unit tests and benchmarks only: end-to-end tests belong to Playwright (test/e2e).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
