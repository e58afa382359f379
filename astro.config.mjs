// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { scormPackages } from './src/lms/scorm-package.ts';

/**
 * The site is fully static: `dist/` can be copied to any static host.
 * SITE_URL sets the public address used in canonical links, Open Graph tags and the sitemap.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  output: 'static',
  // The official text is published verbatim: no typographic substitution of its quotes and apostrophes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx(), preact(), scormPackages()],
  devToolbar: { enabled: false },
  // Content cache inside the project (not node_modules), so checkouts sharing node_modules never mix caches.
  cacheDir: './.astro/cache',
  server: { port: 4321, host: '127.0.0.1' },
});
