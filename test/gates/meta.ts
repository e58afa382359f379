/**
 * Page metadata gate: each page has a unique, descriptive <title>, a meta description, Open Graph
 * tags and a canonical address; the sitemap lists exactly the indexable pages; robots.txt names it.
 * A site built without SITE_URL has no absolute address at all: then no page may name one (no
 * canonical, no og:url), there is no sitemap, and robots.txt names none (src/build/site-url.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GateResult, Site } from './site.ts';

const OG = ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name'];
const isNotFound = (path: string): boolean => path === '/404.html';

export function metaGate(site: Site): GateResult {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  const canonicals: string[] = [];
  // The home page says whether the build had a public address: every other page must agree with it.
  const addressed = site.byPath.get('/')?.tags.some((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical') ?? true;
  for (const page of site.pages) {
    const where = page.path;
    const meta = (key: string): string | undefined =>
      page.tags.find((t) => t.name === 'meta' && (t.attrs.get('name') === key || t.attrs.get('property') === key))?.attrs.get('content')?.trim();
    const html = page.tags.find((t) => t.name === 'html');
    if (html?.attrs.get('lang') !== 'fr-CA') problems.push(`${where} : <html lang="fr-CA"> attendu`);
    const title = page.tags.find((t) => t.name === 'title')?.text?.trim() ?? '';
    if (title.length < 10) problems.push(`${where} : titre absent ou trop court (« ${title} »)`);
    else if (titles.has(title)) problems.push(`${where} : même titre que ${titles.get(title)} (« ${title} »)`);
    titles.set(title, where);
    const description = meta('description') ?? '';
    if (description.length < 40) problems.push(`${where} : description d’au moins 40 caractères attendue (${description.length})`);
    const noindex = /noindex/.test(meta('robots') ?? '');
    // The 404 page answers at every missing address: no canonical address nor og:url of its own.
    const ownAddress = !isNotFound(page.path);
    for (const og of OG) if (!meta(og) && ((ownAddress && addressed) || og !== 'og:url')) problems.push(`${where} : balise Open Graph ${og} absente`);
    const canonical = page.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    if (!canonical && ownAddress && addressed) problems.push(`${where} : <link rel="canonical"> absent`);
    if (!addressed && (canonical || meta('og:url'))) problems.push(`${where} : adresse absolue sans SITE_URL (l’accueil n’en a pas)`);
    if (!ownAddress && !noindex) problems.push(`${where} : la page 404 doit porter <meta name="robots" content="noindex">`);
    if (canonical && !isNotFound(page.path) && !noindex) canonicals.push(canonical);
  }
  const sitemapPath = join(site.dist, 'sitemap.xml');
  const robots = existsSync(join(site.dist, 'robots.txt')) ? readFileSync(join(site.dist, 'robots.txt'), 'utf8') : '';
  if (!addressed) {
    if (existsSync(sitemapPath)) problems.push('dist/sitemap.xml présent alors que les pages n’ont pas d’adresse (SITE_URL absent)');
    if (!/^User-agent: \*$/m.test(robots) || /^Sitemap:/m.test(robots)) problems.push('dist/robots.txt attendu, sans ligne « Sitemap: » (SITE_URL absent)');
    return { name: 'Titres, descriptions, Open Graph (sans SITE_URL : aucune adresse absolue)', checked: `${site.pages.length} pages, robots.txt`, problems };
  }
  if (!existsSync(sitemapPath)) problems.push('dist/sitemap.xml absent');
  else {
    const listed = [...readFileSync(sitemapPath, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const c of canonicals) if (!listed.includes(c)) problems.push(`sitemap.xml : ${c} manque`);
    for (const l of listed) if (!canonicals.includes(l)) problems.push(`sitemap.xml : ${l} n’est pas une page indexable du site`);
  }
  if (!/^Sitemap: \S+\/sitemap\.xml$/m.test(robots)) problems.push('dist/robots.txt absent ou sans ligne « Sitemap: …/sitemap.xml »');
  return { name: 'Titres, descriptions, Open Graph, plan du site', checked: `${site.pages.length} pages, sitemap.xml, robots.txt`, problems };
}
