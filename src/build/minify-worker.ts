/**
 * Minifies the simulator's Web Worker (the rule engine) with Terser instead of the bundler's own
 * minifier: two compress passes and top-level mangling make it 1.4 Ko gzip smaller (57.6 → 56.2 Ko),
 * toward the simulator's 60 Ko budget (issue 14). Only the worker: on the pages' small chunks Terser
 * gains nothing (measured). Runs on the finished chunk (generateBundle), after Vite has wrapped it.
 * test/bench/equivalence.ts checks that the built worker gives exactly the source engine's outputs.
 */
import { minify } from 'terser';

interface Chunk {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
}

export function minifyWorkerWithTerser() {
  return {
    name: 'minify-worker-with-terser',
    async generateBundle(_options: unknown, bundle: Record<string, Chunk>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
        const result = await minify(chunk.code, { compress: { passes: 2 }, mangle: { toplevel: true }, toplevel: true, module: false });
        if (result.code === undefined) throw new Error(`Terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}
