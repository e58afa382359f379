// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/build/site-url.ts';
import { minifyWorkerWithTerser } from './src/build/minify-worker.ts';

/**
 * The site is fully static: `dist/` can be copied to any static host.
 * SITE_URL sets the public address used in canonical links, Open Graph tags and the sitemap.
 * Without it the build writes no absolute address at all (never `localhost`): see src/build/site-url.ts.
 */
const site = siteUrl();

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  output: 'static',
  // The official text is published verbatim: no typographic substitution of its quotes and apostrophes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx(), preact()],
  /**
   * Content-Security-Policy, as a <meta> in every page: only the site itself, scripts and styles
   * by Astro's per-build hashes (never 'unsafe-inline'). 'wasm-unsafe-eval' is the narrowest source
   * that lets Pagefind compile its WebAssembly; it allows no JavaScript eval. frame-ancestors cannot
   * live in a <meta>: it is added to dist/_headers by test/gates/headers.ts (see `npm run build`).
   */
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    worker: { plugins: () => [minifyWorkerWithTerser()] },
    build: {
      rolldownOptions: {
        // The engine is pure (no module runs anything on import), so an island that only needs its
        // labels does not ship its rules: the simulator's engine lives in its Web Worker.
        treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }] },
        // Preact, its hooks and its JSX runtime in one file: every island page loads all three, and one
        // gzip stream is 0.4 Ko smaller than three (measured on the simulator, quiz and decision pages).
        output: { codeSplitting: { groups: [{ name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ }] } },
      },
    },
  },
  devToolbar: { enabled: false },
  // Content cache inside the project (not node_modules), so checkouts sharing node_modules never mix caches.
  cacheDir: './.astro/cache',
  server: { port: 4321, host: '127.0.0.1' },
});
