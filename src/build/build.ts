/**
 * `npm run build`: Astro, then the post-build steps (island styles into <head>, French typography, CSP of _headers,
 * sitemap and robots.txt, SCORM packages), then the search index (search-index.ts), timed. The duration is written
 * to build-artifacts/build-time.json for the build-time budget (test/gates/budgets.config.ts).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeHeaders } from './headers.ts';
import { listHtmlFiles } from './html-files.ts';
import { moveIslandStyles } from './island-styles.ts';
import { writeSearchIndex } from './search-index.ts';
import { applyTypography } from './typography.ts';
import { writeSitemap } from './sitemap.ts';
import { writeScormPackages } from '../lms/scorm-package.ts';
import { weightsAreCurrent } from './learned-weights.ts';

const DIST = 'dist';
const started = performance.now();
const run = (command: string): void => {
  execSync(command, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
};

// The learned net's corpus (content/language) is content: a malformed file stops the build (file, entry, field), and so do
// weights that no longer come from it.
if (!weightsAreCurrent()) {
  throw new Error('Les poids de la lecture apprise ne viennent plus de content/language : lancez « npx node src/build/learned-weights.ts ».');
}
run('astro build');
for (const file of listHtmlFiles(DIST)) {
  const html = readFileSync(file, 'utf8');
  const fixed = moveIslandStyles(html);
  if (fixed !== html) writeFileSync(file, fixed);
}
// French typography once, on the final pages, before anything copies them (sitemap, SCORM, search).
console.log(`Typographie française : ${applyTypography(DIST)} pages.`);
writeHeaders(DIST);
writeSitemap(DIST);
// The learning platform's packages are made from the final pages (styles moved, hashes valid).
for (const line of writeScormPackages(DIST)) console.log(line);
for (const line of await writeSearchIndex(DIST)) console.log(line);

const seconds = (performance.now() - started) / 1000;
mkdirSync('build-artifacts', { recursive: true });
writeFileSync('build-artifacts/build-time.json', JSON.stringify({ seconds, at: new Date().toISOString() }) + '\n');
console.log(`\nConstruction terminée en ${seconds.toFixed(1)} s.`);
