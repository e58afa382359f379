/**
 * Security gate: every page carries a Content-Security-Policy that allows only the site itself,
 * every inline script or style is allowed by its hash (never by 'unsafe-inline'), no markup runs
 * code outside that policy (event-handler attributes, javascript: links, style attributes), and
 * dist/_headers carries the same policy plus frame-ancestors and the other security headers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, metaCsp, parseCsp, type Csp } from '../../src/build/csp.ts';
import type { GateResult, Page, Site } from './site.ts';

/** Directives every page must have, with exactly these sources. */
const REQUIRED: Record<string, string> = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;
/** The only sources allowed anywhere: the site itself, nothing, hashes; WebAssembly for Pagefind. */
const allowedSource = (directive: string, source: string): boolean =>
  source === "'self'" || source === "'none'" || HASH.test(source) || (directive === 'script-src' && source === "'wasm-unsafe-eval'");

const REQUIRED_HEADERS: Array<[string, RegExp]> = [
  ['Referrer-Policy', /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/],
  ['X-Content-Type-Options', /^nosniff$/],
  ['Permissions-Policy', /camera=\(\)/],
];

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function checkPolicy(csp: Csp, where: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (csp.get(name)?.join(' ') !== value) problems.push(`${where} : ${name} doit valoir ${value} (trouvé : ${csp.get(name)?.join(' ') ?? 'absent'})`);
  }
  for (const name of ['script-src', 'style-src']) {
    if (!csp.get(name)?.includes("'self'")) problems.push(`${where} : ${name} doit permettre 'self'`);
  }
  for (const [name, sources] of csp) {
    if (name === 'frame-ancestors') continue;
    for (const s of sources) if (!allowedSource(name, s)) problems.push(`${where} : source interdite dans ${name} : ${s}`);
  }
  return problems;
}

function checkPage(page: Page): { problems: string[]; csp?: Csp } {
  const where = page.path;
  const policy = metaCsp(page.html);
  if (!policy) return { problems: [`${where} : aucune politique CSP (<meta http-equiv="content-security-policy">)`] };
  const csp = parseCsp(policy);
  const problems = checkPolicy(csp, where);
  const metaIndex = page.tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  // A <meta> policy governs only what comes after it.
  const firstResource = page.tags.findIndex(
    (t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && /\b(stylesheet|modulepreload|preload)\b/.test(t.attrs.get('rel') ?? '')),
  );
  if (firstResource >= 0 && firstResource < metaIndex) problems.push(`${where} : la balise CSP doit précéder tout script et toute feuille de style`);
  const allowed = (directive: string): string[] => [...(csp.get(`${directive}-elem`) ?? csp.get(directive) ?? [])];
  for (const tag of page.tags) {
    if (tag.name === 'script' && !tag.attrs.has('src') && tag.text !== undefined && !['application/json', 'application/ld+json'].includes(tag.attrs.get('type') ?? '')) {
      if (!allowed('script-src').includes(sha256(tag.text))) problems.push(`${where} : script en ligne non autorisé par une empreinte : ${tag.text.slice(0, 60)}…`);
    }
    if (tag.name === 'style' && tag.text !== undefined && !allowed('style-src').includes(sha256(tag.text))) {
      problems.push(`${where} : style en ligne non autorisé par une empreinte : ${tag.text.slice(0, 60)}…`);
    }
    for (const [attr, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(attr)) problems.push(`${where} : attribut ${attr} sur <${tag.name}> (code en ligne bloqué par la CSP)`);
      if (attr === 'style') problems.push(`${where} : attribut style sur <${tag.name}> (bloqué par la CSP; utilisez une classe)`);
      if (['href', 'src', 'action', 'formaction'].includes(attr) && /^\s*javascript:/i.test(value)) problems.push(`${where} : lien javascript: sur <${tag.name}>`);
    }
  }
  return { problems, csp };
}

/** The blocks of a _headers file: a path pattern (`/*`, `/_astro/*`) and its headers. */
export function readHeaderBlocks(text: string): Array<{ pattern: string; headers: Map<string, string> }> {
  const blocks: Array<{ pattern: string; headers: Map<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (/^\S/.test(line)) blocks.push({ pattern: line.trim(), headers: new Map() });
    else {
      const i = line.indexOf(':');
      if (i > 0) blocks.at(-1)?.headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }
  return blocks;
}

/** The headers of the `/*` block, the ones every file gets. */
export const readHeadersFile = (text: string): Map<string, string> =>
  readHeaderBlocks(text).find((b) => b.pattern === '/*')?.headers ?? new Map();

export function cspGate(site: Site): GateResult {
  const problems: string[] = [];
  const policies: Array<[string, Csp]> = [];
  for (const page of site.pages) {
    const r = checkPage(page);
    problems.push(...r.problems);
    if (r.csp) policies.push([page.path, r.csp]);
  }
  const headersPath = join(site.dist, '_headers');
  if (!existsSync(headersPath)) problems.push('dist/_headers est absent (npm run build le produit à partir de public/_headers)');
  else {
    const headers = readHeadersFile(readFileSync(headersPath, 'utf8'));
    for (const [name, pattern] of REQUIRED_HEADERS) {
      const value = headers.get(name.toLowerCase());
      if (!value || !pattern.test(value)) problems.push(`dist/_headers : en-tête ${name} absent ou inattendu (${value ?? 'absent'})`);
    }
    const policy = headers.get('content-security-policy');
    if (!policy) problems.push('dist/_headers : pas de Content-Security-Policy dans le bloc « /* »');
    else {
      const header = parseCsp(policy);
      problems.push(...checkPolicy(header, 'dist/_headers'));
      for (const [name, sources] of Object.entries(HEADER_ONLY_DIRECTIVES)) {
        if (header.get(name)?.join(' ') !== sources.join(' ')) problems.push(`dist/_headers : ${name} doit valoir ${sources.join(' ')}`);
      }
      // Browsers enforce the header and the <meta> together: they must say the same thing.
      for (const [path, csp] of policies) {
        for (const name of new Set([...csp.keys(), ...header.keys()])) {
          if (name in HEADER_ONLY_DIRECTIVES) continue;
          const page = csp.get(name) ?? [];
          const head = header.get(name) ?? [];
          const missing = page.filter((s) => !head.includes(s));
          const extra = head.filter((s) => !HASH.test(s) && !page.includes(s));
          if (missing.length > 0) problems.push(`${path} : ${name} de la page permet ${missing.join(' ')}, que dist/_headers ne permet pas`);
          if (extra.length > 0) problems.push(`${path} : ${name} de dist/_headers permet ${extra.join(' ')}, que la page ne permet pas`);
        }
      }
    }
  }
  return { name: 'Sécurité (CSP, en-têtes)', checked: `${site.pages.length} pages et dist/_headers`, problems };
}
