/**
 * Lists the built site's HTML pages and maps each file to the URL path it is served at
 * (`dist/politique/index.html` → `/politique/`, `dist/404.html` → `/404.html`).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listFiles(dir: string, keep: (path: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

export const listHtmlFiles = (dist: string): string[] => listFiles(dist, (p) => p.endsWith('.html'));

export function urlPathOf(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
