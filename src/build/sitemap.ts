/**
 * Writes dist/sitemap.xml and dist/robots.txt from the built pages, so every page is listed without
 * anyone keeping a list: each page's <link rel="canonical"> gives its public address (from SITE_URL).
 * Left out: the 404 page and any page marked `<meta name="robots" content="noindex">`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathOf } from './html-files.ts';

const CANONICAL = /<link\s+rel="canonical"\s+href="([^"]+)"/i;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

export function sitemapUrls(dist: string): string[] {
  const urls: string[] = [];
  for (const file of listHtmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (urlPathOf(dist, file) === '/404.html' || NOINDEX.test(html)) continue;
    const canonical = CANONICAL.exec(html)?.[1];
    if (!canonical) throw new Error(`${file} : pas de <link rel="canonical">, impossible de l'inscrire au plan du site.`);
    urls.push(canonical.replaceAll('&amp;', '&'));
  }
  return urls.sort();
}

export function writeSitemap(dist: string): void {
  const urls = sitemapUrls(dist);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  writeFileSync(join(dist, 'sitemap.xml'), xml);
  const origin = new URL(urls[0] ?? 'http://localhost/').origin;
  writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
}
