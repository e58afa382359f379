/**
 * Performance budget gate: for each page, the JavaScript it loads on open (following the module
 * graph: <script type="module" src>, inline modules, astro-island component and renderer URLs, and
 * their static imports; dynamic import() is lazy and not counted; a Web Worker a module starts
 * counts with its own imports, since the page starts it on open), its CSS, every image's weight,
 * and the build time. Returns a table for the console and the README.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../src/build/html-files.ts';
import { budgets, KB } from './budgets.config.ts';
import type { GateResult, Page, Site } from './site.ts';

const BASE = 'https://site.invalid';
/** Static imports and re-exports in built (minified) modules; `import(` is dynamic and excluded. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']((?:\/|\.\/|\.\.\/)[^"'\s]*\.m?js)["']/g;
/** A worker started by a built module: `new Worker(new URL("/_astro/x.worker-….js", import.meta.url), …)`. */
const WORKER = /\bnew\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*[`"']([^`"'\s]+\.m?js)[`"']/g;
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

const gz = (text: string | Buffer): number => gzipSync(text).length;
/** Kilobytes with one decimal; a few bytes are shown as bytes, so "0,0 Ko > 0,0 Ko" never happens. */
export const kb = (bytes: number): string =>
  bytes > 0 && bytes < KB / 10 ? `${bytes} o` : `${(bytes / KB).toFixed(1).replace('.', ',')} Ko`;

export interface PageRow {
  path: string;
  label: string;
  jsBytes: number;
  jsMax: number;
  jsFiles: string[];
  cssBytes: number;
}

function jsBudget(path: string): { label: string; maxBytes: number } {
  const rule = budgets.javascript.find((r) => r.match.test(path));
  return rule ? { label: rule.label, maxBytes: rule.maxBytes } : { label: 'lecture', maxBytes: budgets.readingPageJsBytes };
}

/** The module graph reachable without user action from the given entry URLs. */
function moduleGraph(dist: string, entries: string[], inlineSources: string[], from: string): { files: Set<string>; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const queue: Array<[string, string]> = entries.map((e) => [e, from]);
  for (const src of inlineSources) for (const m of src.matchAll(STATIC_IMPORT)) queue.push([m[1]!, from]);
  while (queue.length > 0) {
    const [spec, base] = queue.shift()!;
    const url = new URL(spec, BASE + base);
    if (url.origin !== BASE) continue;
    const path = url.pathname;
    if (files.has(path)) continue;
    const file = join(dist, path);
    if (!existsSync(file)) {
      missing.push(path);
      continue;
    }
    files.add(path);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push([m[1]!, path]);
    for (const m of code.matchAll(WORKER)) queue.push([m[1]!, path]);
  }
  return { files, missing };
}

function measurePage(site: Site, page: Page, problems: string[]): PageRow {
  const entries: string[] = [];
  const inline: string[] = [];
  let jsBytes = 0;
  let cssBytes = 0;
  for (const tag of page.tags) {
    if (tag.name === 'script') {
      const type = tag.attrs.get('type') ?? '';
      if (type === 'application/json' || type === 'application/ld+json') continue;
      const src = tag.attrs.get('src');
      if (src) entries.push(src);
      else if (tag.text?.trim()) {
        // Only module scripts can import; classic ones (Astro's island runtime) are counted as they are.
        if (type === 'module') inline.push(tag.text);
        jsBytes += gz(tag.text);
      }
    }
    if (tag.name === 'astro-island') {
      for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const v = tag.attrs.get(attr);
        if (v) entries.push(v);
      }
    }
    if (tag.name === 'link' && /\bmodulepreload\b/.test(tag.attrs.get('rel') ?? '') && tag.attrs.get('href')) entries.push(tag.attrs.get('href')!);
    if (tag.name === 'link' && /\bstylesheet\b/.test(tag.attrs.get('rel') ?? '')) {
      const href = tag.attrs.get('href');
      const file = href ? join(site.dist, new URL(href, BASE + page.path).pathname) : '';
      if (file && existsSync(file)) cssBytes += gz(readFileSync(file));
    }
    if (tag.name === 'style' && tag.text) cssBytes += gz(tag.text);
  }
  const graph = moduleGraph(site.dist, entries, inline, page.path);
  for (const m of graph.missing) problems.push(`${page.path} : le script ${m} est introuvable dans dist/`);
  for (const f of graph.files) {
    jsBytes += gz(readFileSync(join(site.dist, f)));
    if (budgets.lazyOnly.some((re) => re.test(f))) problems.push(`${page.path} : ${f} est chargé à l’ouverture; il doit l’être seulement à l’usage`);
  }
  const { label, maxBytes } = jsBudget(page.path);
  return { path: page.path, label, jsBytes, jsMax: maxBytes, jsFiles: [...graph.files], cssBytes };
}

export interface BudgetReport extends GateResult {
  rows: PageRow[];
  images: Array<{ path: string; bytes: number }>;
  buildSeconds?: number;
  table: string;
}

export function budgetsGate(site: Site): BudgetReport {
  const problems: string[] = [];
  const rows = site.pages.map((p) => measurePage(site, p, problems));
  for (const r of rows) {
    if (r.jsBytes > r.jsMax) problems.push(`${r.path} : JavaScript ${kb(r.jsBytes)} > budget ${kb(r.jsMax)} (page « ${r.label} »)`);
    if (r.cssBytes > budgets.cssBytesPerPage) problems.push(`${r.path} : CSS ${kb(r.cssBytes)} > budget ${kb(budgets.cssBytesPerPage)}`);
  }
  const images = listFiles(site.dist, (f) => IMAGE.test(f)).map((f) => ({ path: '/' + f.slice(site.dist.length + 1), bytes: statSync(f).size }));
  for (const i of images) if (i.bytes > budgets.imageBytes) problems.push(`${i.path} : image de ${kb(i.bytes)} > budget ${kb(budgets.imageBytes)}`);
  let buildSeconds: number | undefined;
  const timing = 'build-artifacts/build-time.json';
  if (existsSync(timing)) {
    buildSeconds = (JSON.parse(readFileSync(timing, 'utf8')) as { seconds: number }).seconds;
    if (buildSeconds > budgets.buildSeconds) problems.push(`construction : ${buildSeconds.toFixed(1)} s > budget ${budgets.buildSeconds} s`);
  } else problems.push(`construction : durée inconnue (${timing} absent) — lancez npm run build`);

  const ok = (v: number, max: number): string => (v <= max ? '✓' : '✗ dépassé');
  // One row per section and kind of page (a section can have hundreds of generated pages): the
  // heaviest page of the group is the one shown.
  const groups = new Map<string, PageRow[]>();
  for (const r of rows) {
    const key = `${r.label} ${r.path.split('/')[1] ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines = [
    '| Page | Type | JavaScript à l’ouverture (gzip) | Budget JS | CSS (gzip) | Budget CSS | |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...[...groups.values()].map((group) => {
      const js = group.reduce((a, b) => (b.jsBytes - b.jsMax > a.jsBytes - a.jsMax ? b : a));
      const css = Math.max(...group.map((r) => r.cssBytes));
      const name = group.length === 1 ? `\`${js.path}\`` : `\`/${js.path.split('/')[1]}/…\` (${group.length} pages; la plus lourde : \`${js.path}\`)`;
      const pass = group.every((r) => r.jsBytes <= r.jsMax) && css <= budgets.cssBytesPerPage;
      return `| ${name} | ${js.label} | ${kb(js.jsBytes)} | ${kb(js.jsMax)} | ${kb(css)} | ${kb(budgets.cssBytesPerPage)} | ${pass ? '✓' : '✗ dépassé'} |`;
    }),
  ];
  const heaviest = images.reduce<{ path: string; bytes: number } | undefined>((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
  const extra = [
    '',
    '| Mesure | Valeur | Budget | |',
    '| --- | ---: | ---: | --- |',
    `| Image la plus lourde${heaviest ? ` (\`${heaviest.path}\`)` : ''} | ${kb(heaviest?.bytes ?? 0)} | ${kb(budgets.imageBytes)} | ${ok(heaviest?.bytes ?? 0, budgets.imageBytes)} |`,
    `| Durée de \`npm run build\` | ${buildSeconds === undefined ? 'inconnue' : `${buildSeconds.toFixed(1).replace('.', ',')} s`} | ${budgets.buildSeconds} s | ${buildSeconds === undefined ? '?' : ok(buildSeconds, budgets.buildSeconds)} |`,
  ];
  return {
    name: 'Budgets de performance',
    checked: `${rows.length} pages, ${images.length} images, durée de construction`,
    problems,
    rows,
    images,
    ...(buildSeconds === undefined ? {} : { buildSeconds }),
    table: [...lines, ...extra].join('\n'),
  };
}
