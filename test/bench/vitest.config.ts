import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench`: the engine measured as it runs when shipped (one bundled module, plain calls),
// not through Vite's module runner, which turns every call across two of the engine's modules into
// a getter call and adds about a third to the 100 000-character figure
// (https://vitest.dev/guide/benchmarking#module-runner-overhead). Node strips the TypeScript types.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    experimental: { viteModuleRunner: false },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
