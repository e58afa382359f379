/**
 * `npm run test:gates`: the trust and quality gates over the built site (dist/). Prints what each
 * gate checked and every problem, then the budget table; exits 1 if any gate fails.
 * `--readme` also writes the budget table into README.md (between the « budgets » markers).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { budgetsGate } from './budgets.ts';
import { cspGate } from './csp.ts';
import { engineBuiltGate } from './engine-built.ts';
import { linksGate } from './links.ts';
import { localhostGate } from './localhost.ts';
import { typographyGate } from './typography.ts';
import { metaGate } from './meta.ts';
import { loadSite, type GateResult } from './site.ts';
import { vnuGate } from './vnu.ts';

const DIST = process.env.GATES_DIST ?? 'dist';
if (!existsSync(`${DIST}/index.html`)) {
  console.error(`${DIST}/index.html est absent : lancez d’abord npm run build.`);
  process.exit(1);
}

const site = loadSite(DIST);
const budgets = budgetsGate(site);
const results: Array<GateResult & { skipped?: string }> = [cspGate(site), linksGate(site), metaGate(site), localhostGate(site), typographyGate(site), vnuGate(site), await engineBuiltGate(DIST), budgets];

console.log('\nBudgets de performance\n');
console.log(budgets.table);
console.log('');
let failed = 0;
for (const r of results) {
  if (r.skipped) console.log(`⚠ ${r.name} : SAUTÉ — ${r.skipped}`);
  else if (r.problems.length === 0) console.log(`✓ ${r.name} (${r.checked})`);
  else {
    failed += 1;
    console.log(`✗ ${r.name} (${r.checked}) : ${r.problems.length} problème(s)`);
    // The first problems are enough to act on; a broken layout can produce one per page.
    for (const p of r.problems.slice(0, 40)) console.log(`    - ${p}`);
    if (r.problems.length > 40) console.log(`    … et ${r.problems.length - 40} autres.`);
  }
}

if (process.argv.includes('--readme')) {
  const start = '<!-- budgets:début -->';
  const end = '<!-- budgets:fin -->';
  const readme = readFileSync('README.md', 'utf8');
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) console.error(`README.md : marqueurs ${start} / ${end} introuvables.`);
  else {
    writeFileSync('README.md', `${readme.slice(0, i + start.length)}\n${budgets.table}\n${readme.slice(j)}`);
    console.log('\nTableau des budgets écrit dans README.md.');
  }
}

const skipped = results.filter((r) => r.skipped).length;
console.log(
  failed > 0 ? `\n${failed} barrière(s) en échec.` : skipped > 0 ? `\nBarrières franchies, mais ${skipped} sautée(s) : voir ⚠ plus haut.` : '\nToutes les barrières sont franchies.',
);
process.exit(failed === 0 ? 0 : 1);
