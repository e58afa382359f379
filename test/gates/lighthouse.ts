/**
 * `npm run audit`: Lighthouse (mobile preset, its default) on the home, policy and netiquette pages
 * and on the first and the heaviest (in JavaScript) page of each interactive section that exists
 * (/parcours/, /quiz/, /simulateur/, /aide-a-la-decision/), served from dist/ with the production
 * headers. Every category must score 100; otherwise the failing audits are listed. Not part of `npm test` (about a minute).
 * `npm run audit -- --readme` also writes the score table into README.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { budgetsGate } from './budgets.ts';
import { loadSite } from './site.ts';
import { serveDist } from './static-server.ts';

const DIST = 'dist';
const PORT = Number(process.env.AUDIT_PORT ?? 4329);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync';
const SECTIONS = ['/parcours/', '/quiz/', '/simulateur/', '/aide-a-la-decision/'];

interface Audit { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
interface Report {
  categories: Record<string, { title: string; score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

/** The three reading pages, then for each interactive section its first page and its heaviest one in JavaScript. */
function pagesToAudit(): string[] {
  const rows = budgetsGate(loadSite(DIST)).rows;
  const paths = rows.map((r) => r.path);
  const picks = ['/', '/politique/', '/netiquette/'];
  for (const section of SECTIONS) {
    const inSection = rows.filter((r) => r.path.startsWith(section));
    const first = [...inSection].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0];
    const heaviest = [...inSection].sort((a, b) => b.jsBytes - a.jsBytes)[0];
    for (const r of [first, heaviest]) if (r && !picks.includes(r.path)) picks.push(r.path);
  }
  return picks.filter((p) => paths.includes(p));
}

/** Runs a command without blocking this process: the static server lives in the same event loop. */
function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr });
    });
  });
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = await serveDist(DIST, PORT);
let failed = 0;
const rows: string[] = [];
try {
  for (const path of pagesToAudit()) {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const run = await runAsync(
      process.execPath,
      [cli, url, '--quiet', '--output=json', '--output-path=stdout', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`],
      { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
    );
    if (run.status !== 0) {
      failed += 1;
      console.log(`✗ ${path} : Lighthouse a échoué\n${run.stderr.slice(0, 800)}`);
      continue;
    }
    const report = JSON.parse(run.stdout) as Report;
    const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    rows.push(`| \`${path}\` | ${scores.join(' | ')} |`);
    const weak = CATEGORIES.flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .map((ref) => report.audits[ref.id])
        .filter((a): a is Audit => !!a && a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => `${c} › ${a.id} : ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} — score ${a.score}`),
    );
    const ok = scores.every((s) => s === 100);
    if (!ok) failed += 1;
    console.log(`${ok ? '✓' : '✗'} ${path} : ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(', ')}`);
    for (const w of ok ? [] : weak) console.log(`    - ${w}`);
  }
} finally {
  server.close();
}
const table = `| Page | Performance | Accessibilité | Bonnes pratiques | SEO |\n| --- | ---: | ---: | ---: | ---: |\n${rows.join('\n')}`;
console.log(`\n${table}`);
if (process.argv.includes('--readme')) {
  const [start, end] = ['<!-- lighthouse:début -->', '<!-- lighthouse:fin -->'];
  const readme = readFileSync('README.md', 'utf8');
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i >= 0 && j > i) writeFileSync('README.md', `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`);
  else console.error(`README.md : marqueurs ${start} / ${end} introuvables.`);
}
console.log(failed === 0 ? '\nLighthouse : 100 partout.' : `\nLighthouse : ${failed} page(s) sous 100.`);
process.exit(failed === 0 ? 0 : 1);
