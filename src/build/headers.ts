/**
 * Writes the Content-Security-Policy of dist/_headers (Netlify / Cloudflare Pages format) from the
 * built pages, so its hashes always match this build. public/_headers holds the other headers; the
 * policy line is inserted in its `/*` block. Run by `npm run build`, after `astro build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, metaCsp, parseCsp, serializeCsp, unionCsp } from './csp.ts';
import { listHtmlFiles } from './html-files.ts';

export function headerPolicy(dist: string): string {
  const policies = listHtmlFiles(dist).map((file) => {
    const policy = metaCsp(readFileSync(file, 'utf8'));
    if (!policy) throw new Error(`${file} : aucune balise <meta http-equiv="content-security-policy">`);
    return parseCsp(policy);
  });
  const csp = unionCsp(policies);
  for (const [name, sources] of Object.entries(HEADER_ONLY_DIRECTIVES)) csp.set(name, sources);
  return serializeCsp(csp);
}

export function writeHeaders(dist: string): void {
  const path = join(dist, '_headers');
  const lines = readFileSync(path, 'utf8').split('\n');
  const block = lines.findIndex((l) => l.trim() === '/*');
  if (block < 0) throw new Error(`${path} : le bloc « /* » est introuvable (il reçoit la politique CSP).`);
  if (lines.some((l) => /^\s*Content-Security-Policy:/i.test(l))) {
    throw new Error(`${path} : la politique CSP est générée à la construction; retirez-la de public/_headers.`);
  }
  lines.splice(block + 1, 0, `  Content-Security-Policy: ${headerPolicy(dist)}`);
  writeFileSync(path, lines.join('\n'));
}
