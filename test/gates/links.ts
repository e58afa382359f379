/**
 * Link gate: every link or resource that points into the site resolves to a built file, and every
 * #fragment exists as an id in the target page (e.g. /politique/#section-3-1-5). Resources
 * (scripts, styles, images) may not come from another site at all.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GateResult, Site } from './site.ts';

/** Attributes holding a URL, by element ('*' for any element). */
const URL_ATTRS: Array<[string, string]> = [
  ['a', 'href'], ['area', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src'], ['source', 'src'],
  ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['track', 'src'], ['iframe', 'src'], ['embed', 'src'],
  ['form', 'action'], ['button', 'formaction'], ['input', 'formaction'],
  ['astro-island', 'component-url'], ['astro-island', 'renderer-url'], ['astro-island', 'before-hydration-url'],
];
/** Navigations may leave the site; everything else is a resource and must be the site's own. */
const NAVIGATION = new Set(['a', 'area', 'form', 'button', 'input']);
const OUTSIDE_REFERENCES = new Set(['canonical', 'alternate']);

const BASE = 'https://site.invalid';

function targetFile(dist: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function linksGate(site: Site): GateResult {
  const problems: string[] = [];
  const home = site.byPath.get('/');
  const canonical = home?.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
  const siteOrigin = canonical ? new URL(canonical).origin : undefined;
  let count = 0;
  for (const page of site.pages) {
    for (const tag of page.tags) {
      const values: Array<[string, string]> = [];
      for (const [el, attr] of URL_ATTRS) {
        const v = tag.name === el ? tag.attrs.get(attr) : undefined;
        if (v !== undefined) values.push([attr, v]);
      }
      const srcset = tag.attrs.get('srcset');
      if (srcset) for (const part of srcset.split(',')) values.push(['srcset', part.trim().split(/\s+/)[0] ?? '']);
      for (const [attr, raw] of values) {
        const value = raw.trim();
        if (value === '' || /^(mailto|tel|data|blob):/i.test(value)) continue;
        if (/^javascript:/i.test(value)) continue; // reported by the security gate
        const where = `${page.path} <${tag.name} ${attr}="${value}">`;
        let url: URL;
        try {
          url = new URL(value, BASE + page.path);
        } catch {
          problems.push(`${where} : adresse illisible`);
          continue;
        }
        const internal = url.origin === BASE || url.origin === siteOrigin;
        if (!internal) {
          const rel = tag.attrs.get('rel') ?? '';
          if (!NAVIGATION.has(tag.name) && !rel.split(/\s+/).some((r) => OUTSIDE_REFERENCES.has(r))) {
            problems.push(`${where} : ressource chargée d’un autre site`);
          }
          continue;
        }
        count += 1;
        const file = targetFile(site.dist, url.pathname);
        if (!file) {
          const hint = !url.pathname.endsWith('/') && targetFile(site.dist, `${url.pathname}/`) ? ' (il manque la barre oblique finale)' : '';
          problems.push(`${where} : aucun fichier ne répond à ${url.pathname}${hint}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment === '' || fragment === 'top') continue;
        const target = site.pages.find((p) => p.file === file);
        if (!target) problems.push(`${where} : #${fragment} vise un fichier qui n’est pas une page`);
        else if (!target.ids.has(fragment)) problems.push(`${where} : aucun id="${fragment}" dans ${target.path}`);
      }
    }
  }
  return { name: 'Liens et ancres', checked: `${count} liens internes dans ${site.pages.length} pages`, problems };
}
