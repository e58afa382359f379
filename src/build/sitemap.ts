/**
 * Writes dist/sitemap.xml and dist/robots.txt from the built pages, so every page is listed without
 * anyone keeping a list: each page's <link rel="canonical"> gives its public address (from SITE_URL).
 * Left out: the 404 page and any page marked `<meta name="robots" content="noindex">`.
 * robots.txt keeps crawlers out of the decision helper's verdict files (JSON read by its island, not pages).
 * Without SITE_URL the pages carry no canonical address: then there is no sitemap (it needs absolute
 * addresses) and robots.txt names none, rather than pointing search engines at `localhost`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathOf } from './html-files.ts';
import { missingSiteUrlWarning } from './site-url.ts';
import { VERDICTS_PATH } from '../components/decide/tree.ts';

const CANONICAL = /<link\s+rel="canonical"\s+href="([^"]+)"/i;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** The robots.txt rules, before any « Sitemap: » line. */
const ROBOTS = `User-agent: *\nAllow: /\nDisallow: ${VERDICTS_PATH}\n`;

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** The indexable pages' canonical addresses, or undefined when the site was built without SITE_URL. */
export function sitemapUrls(dist: string): string[] | undefined {
  const urls: string[] = [];
  let unaddressed = 0;
  for (const file of listHtmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (urlPathOf(dist, file) === '/404.html' || NOINDEX.test(html)) continue;
    const canonical = CANONICAL.exec(html)?.[1];
    if (!canonical && urls.length === 0) {
      unaddressed += 1;
      continue;
    }
    if (!canonical || unaddressed > 0) throw new Error(`${file} : pas de <link rel="canonical">, impossible de l'inscrire au plan du site.`);
    urls.push(canonical.replaceAll('&amp;', '&'));
  }
  return urls.length === 0 ? undefined : urls.sort();
}

export function writeSitemap(dist: string): void {
  const urls = sitemapUrls(dist);
  if (!urls) {
    console.warn(`\n⚠ ${missingSiteUrlWarning}\n`);
    rmSync(join(dist, 'sitemap.xml'), { force: true });
    writeFileSync(join(dist, 'robots.txt'), ROBOTS);
    return;
  }
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  writeFileSync(join(dist, 'sitemap.xml'), xml);
  const origin = new URL(urls[0]!).origin;
  writeFileSync(join(dist, 'robots.txt'), `${ROBOTS}\nSitemap: ${origin}/sitemap.xml\n`);
}
