/**
 * French typography gate: every built page already has the typography the build applies
 * (src/build/typography.ts) — curly apostrophes in prose, narrow no-break spaces inside « » and
 * before : ; ! ? — so running it again changes nothing; and the official text was left as
 * published (no narrow space, no curly apostrophe where the official text has none).
 */
import { frenchTypography, NNBSP } from '../../src/build/typography.ts';
import type { GateResult, Site } from './site.ts';

const OFFICIAL = /<div class="official"[^>]*data-official-section="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g;

export function typographyGate(site: Site): GateResult {
  const problems: string[] = [];
  for (const page of site.pages) {
    const fixed = frenchTypography(page.html);
    if (fixed === page.html) continue;
    // Name the first place that still needs it, with a little context.
    let i = 0;
    while (i < fixed.length && fixed[i] === page.html[i]) i += 1;
    problems.push(`${page.path} : « ${page.html.slice(Math.max(0, i - 30), i + 20).replace(/\s+/g, ' ')} » (typographie française non appliquée)`);
  }
  const policy = site.byPath.get('/politique/');
  if (policy) {
    for (const [, number, body] of policy.html.matchAll(OFFICIAL)) {
      if (body!.includes(NNBSP) || body!.includes('’')) problems.push(`/politique/ : le texte officiel de la section ${number} a été retouché (espace fine ou apostrophe courbe)`);
    }
  }
  return { name: 'Typographie française (hors texte officiel)', checked: `${site.pages.length} pages`, problems };
}
