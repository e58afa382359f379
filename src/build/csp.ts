/**
 * Reading and combining Content-Security-Policy strings. Used at build time to write the policy of
 * dist/_headers from the pages' <meta> policies, and by the gates to check that both agree.
 */
export type Csp = Map<string, string[]>;

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined if it has none. */
export function metaCsp(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/**
 * One policy allowing what each page allows: same directives everywhere (Astro writes the same ones
 * on every page), sources merged. Headers for `/*` apply to every file, so it must be the union;
 * each page's own <meta> keeps it to its own hashes, since browsers enforce both.
 */
export function unionCsp(policies: Csp[]): Csp {
  const out: Csp = new Map();
  for (const csp of policies) {
    for (const [name, sources] of csp) {
      const merged = out.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      out.set(name, merged);
    }
  }
  return out;
}

/** Directives that a <meta> policy cannot carry; they only work as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = { 'frame-ancestors': ["'none'"] };
