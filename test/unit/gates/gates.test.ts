/**
 * The gates catch what they promise: each check runs on a tiny built site in a temporary folder,
 * once sound and once with the one defect it must report.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../../src/build/headers.ts';
import { moveIslandStyles } from '../../../src/build/island-styles.ts';
import { budgetsGate } from '../../gates/budgets.ts';
import { cspGate } from '../../gates/csp.ts';
import { linksGate } from '../../gates/links.ts';
import { localhostGate } from '../../gates/localhost.ts';
import { metaGate } from '../../gates/meta.ts';
import { loadSite } from '../../gates/site.ts';

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const INLINE = 'console.log(1)';
const policy = (extra = ''): string =>
  `default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' ${hash(INLINE)}${extra}; style-src 'self'`;

function page(path: string, { title = `Page ${path} du site`, body = '', csp = policy() } = {}): string {
  return `<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="Une description assez longue pour décrire la page ${path} du site.">
<link rel="canonical" href="https://exemple.ca${path}">
${['og:title', 'og:description', 'og:type', 'og:locale', 'og:site_name'].map((p) => `<meta property="${p}" content="x">`).join('')}
<meta property="og:url" content="https://exemple.ca${path}">
<meta http-equiv="content-security-policy" content="${csp}"></head><body><main>${body}</main></body></html>`;
}

let dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'gates-'));
  dirs.push(dist);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const sound = (): Record<string, string> => ({
  'index.html': page('/', { body: '<a href="/politique/#section-3-1-5">3.1.5</a><a href="/politique/">politique</a>' }),
  'politique/index.html': page('/politique/', { body: '<h2 id="section-3-1-5">Plaintes</h2><a href="/">accueil</a>' }),
  'sitemap.xml': '<urlset><url><loc>https://exemple.ca/</loc></url><url><loc>https://exemple.ca/politique/</loc></url></urlset>',
  'robots.txt': 'User-agent: *\nSitemap: https://exemple.ca/sitemap.xml\n',
});
const withHeaders = (files: Record<string, string>, csp: string): Record<string, string> => ({
  ...files,
  _headers: `/*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'\n  Referrer-Policy: same-origin\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: camera=()\n`,
});

describe('barrière des liens', () => {
  it('accepte un site dont tous les liens et ancres existent', () => {
    expect(linksGate(loadSite(site(sound()))).problems).toEqual([]);
  });
  it('signale une ancre absente de la page visée', () => {
    const files = sound();
    files['index.html'] = page('/', { body: '<a href="/politique/#section-9-9">?</a>' });
    expect(linksGate(loadSite(site(files))).problems).toEqual([expect.stringContaining('aucun id="section-9-9" dans /politique/')]);
  });
  it('signale une page absente et une ressource venue d’un autre site', () => {
    const files = sound();
    files['index.html'] = page('/', { body: '<a href="/regles/">règles</a><img src="https://images.exemple.com/a.png" alt="">' });
    const problems = linksGate(loadSite(site(files))).problems;
    expect(problems).toEqual([expect.stringContaining('aucun fichier ne répond à /regles/'), expect.stringContaining('ressource chargée d’un autre site')]);
  });
});

describe('barrière de sécurité', () => {
  it('accepte des pages dont les scripts en ligne ont leur empreinte, et des en-têtes concordants', () => {
    const files = sound();
    files['index.html'] = page('/', { body: `<script>${INLINE}</script>` });
    const dist = site(withHeaders(files, policy()));
    expect(cspGate(loadSite(dist)).problems).toEqual([]);
  });
  it('signale un script en ligne sans empreinte, un attribut onclick et unsafe-inline', () => {
    const files = sound();
    files['index.html'] = page('/', { body: `<script>alert(1)</script><button onclick="x()">b</button>`, csp: policy(" 'unsafe-inline'") });
    const problems = cspGate(loadSite(site(withHeaders(files, policy())))).problems.join('\n');
    expect(problems).toMatch(/script en ligne non autorisé/);
    expect(problems).toMatch(/attribut onclick/);
    expect(problems).toMatch(/source interdite dans script-src : 'unsafe-inline'/);
  });
  it('signale une page sans politique et des en-têtes qui ne concordent pas', () => {
    const files = sound();
    files['politique/index.html'] = page('/politique/').replace(/<meta http-equiv[^>]*>/, '');
    const problems = cspGate(loadSite(site(withHeaders(files, policy().replace("object-src 'none'", "object-src 'self'"))))).problems.join('\n');
    expect(problems).toMatch(/\/politique\/ : aucune politique CSP/);
    expect(problems).toMatch(/dist\/_headers : object-src doit valoir 'none'/);
  });
  it('la politique des en-têtes réunit celles des pages et ajoute frame-ancestors', () => {
    const files = sound();
    files['politique/index.html'] = page('/politique/', { csp: policy(` ${hash('autre')}`) });
    const header = headerPolicy(site(files));
    expect(header).toContain(hash(INLINE));
    expect(header).toContain(hash('autre'));
    expect(header).toMatch(/frame-ancestors 'none'$/);
  });
});

describe('barrière des métadonnées', () => {
  it('accepte des titres uniques, des descriptions et un plan du site complet', () => {
    expect(metaGate(loadSite(site(sound()))).problems).toEqual([]);
  });
  it('signale un titre en double et une page absente du plan du site', () => {
    const files = sound();
    files['politique/index.html'] = page('/politique/', { title: 'Page / du site' });
    files['sitemap.xml'] = '<urlset><url><loc>https://exemple.ca/</loc></url></urlset>';
    const problems = metaGate(loadSite(site(files))).problems.join('\n');
    expect(problems).toMatch(/même titre que \//);
    expect(problems).toMatch(/sitemap.xml : https:\/\/exemple.ca\/politique\/ manque/);
  });
});

describe('sans SITE_URL', () => {
  const unaddressed = (): Record<string, string> => {
    const strip = (html: string): string => html.replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    return { 'index.html': strip(page('/')), 'politique/index.html': strip(page('/politique/')), 'robots.txt': 'User-agent: *\nAllow: /\n' };
  };
  it('accepte des pages sans adresse absolue, sans plan du site', () => {
    expect(metaGate(loadSite(site(unaddressed()))).problems).toEqual([]);
  });
  it('signale une page qui a gardé une adresse, et un plan du site sans adresses', () => {
    const files = unaddressed();
    files['politique/index.html'] = page('/politique/');
    files['sitemap.xml'] = '<urlset></urlset>';
    const problems = metaGate(loadSite(site(files))).problems.join('\n');
    expect(problems).toMatch(/\/politique\/ : adresse absolue sans SITE_URL/);
    expect(problems).toMatch(/sitemap.xml présent/);
  });
});

describe('barrière des adresses locales', () => {
  it('accepte un site sans localhost', () => {
    expect(localhostGate(loadSite(site(sound()))).problems).toEqual([]);
  });
  it('signale localhost dans une page et dans robots.txt', () => {
    const files = sound();
    files['index.html'] = page('/').replace('https://exemple.ca/', 'http://localhost:4321/');
    files['robots.txt'] = 'User-agent: *\nSitemap: http://127.0.0.1:4321/sitemap.xml\n';
    const problems = localhostGate(loadSite(site(files))).problems.join('\n');
    expect(problems).toMatch(/index.html, ligne \d+ : .*localhost:4321/);
    expect(problems).toMatch(/robots.txt, ligne 2/);
  });
});

describe('budgets', () => {
  it('suit le graphe des modules d’une page et refuse du JavaScript sur une page de lecture', () => {
    const files = sound();
    files['index.html'] = page('/', { body: '<script type="module" src="/_astro/a.js"></script>' });
    files['_astro/a.js'] = 'import{b}from"./b.js";import("./lazy.js");b();';
    files['_astro/b.js'] = `export const b=()=>{${'x'.repeat(50)}};`;
    files['_astro/lazy.js'] = 'export const never=1;';
    const report = budgetsGate(loadSite(site(files)));
    const home = report.rows.find((r) => r.path === '/');
    expect(home?.jsFiles.sort()).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(report.problems).toContainEqual(expect.stringMatching(/^\/ : JavaScript .* > budget 0,0 Ko \(page « lecture »\)/));
  });
  it('compte le Web Worker qu’un module démarre, avec ses propres imports', () => {
    const files = sound();
    files['index.html'] = page('/', { body: '<script type="module" src="/_astro/a.js"></script>' });
    files['_astro/a.js'] = 'const w=new Worker(new URL(`/_astro/engine.worker-x.js`,``+import.meta.url),{type:`module`});';
    files['_astro/engine.worker-x.js'] = 'import{r}from"./rules.js";onmessage=r;';
    files['_astro/rules.js'] = 'export const r=()=>1;';
    const home = budgetsGate(loadSite(site(files))).rows.find((r) => r.path === '/');
    expect(home?.jsFiles.sort()).toEqual(['/_astro/a.js', '/_astro/engine.worker-x.js', '/_astro/rules.js']);
  });
  it('refuse une image de plus de 100 Ko', () => {
    const files = sound();
    files['grande.png'] = 'x'.repeat(101 * 1024);
    expect(budgetsGate(loadSite(site(files))).problems).toContainEqual(expect.stringContaining('/grande.png : image de 101,0 Ko'));
  });
});

describe('styles des îlots', () => {
  it('déplace la feuille de style des îlots, intacte, du corps vers l’en-tête', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>a</p><style>astro-island,astro-slot{display:contents}</style><astro-island></astro-island></body></html>';
    expect(moveIslandStyles(html)).toBe('<html><head><meta charset="utf-8"><style>astro-island,astro-slot{display:contents}</style></head><body><p>a</p><astro-island></astro-island></body></html>');
  });
});
