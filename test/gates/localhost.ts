/**
 * No local address gate: nothing in dist/ that a browser or a search engine reads (pages, sitemap,
 * robots.txt, _headers, scripts, styles, JSON) may name `localhost`, 127.0.0.1 or 0.0.0.0. A build
 * made without SITE_URL once published `http://localhost:4321` as every page's canonical address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GateResult, Site } from './site.ts';

/** Text files worth reading; Pagefind's index and the SCORM packages are compressed binaries. */
const TEXT = /\.(html|xml|txt|json|js|mjs|css|svg|webmanifest)$|(^|\/)_headers$/;
const LOCAL = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function localhostGate(site: Site): GateResult {
  const problems: string[] = [];
  let checked = 0;
  for (const file of files(site.dist)) {
    const path = relative(site.dist, file).split('\\').join('/');
    if (!TEXT.test(path)) continue;
    checked += 1;
    const text = readFileSync(file, 'utf8');
    const match = LOCAL.exec(text);
    if (match) {
      const line = text.slice(0, match.index).split('\n').length;
      problems.push(`${path}, ligne ${line} : « ${text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' ')} »`);
    }
  }
  return { name: 'Aucune adresse locale (localhost) dans le site', checked: `${checked} fichiers texte`, problems };
}
