/**
 * HTML validity gate: the Nu HTML Checker (npm vnu-jar, needs Java 8+) over every built page, in
 * one run (the Java start-up is the slow part). Without Java the gate cannot run: in CI (CI=true)
 * that is a failure; on a developer's machine it is reported as skipped, with how to install Java,
 * so the other gates still run. CI always validates.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { GateResult, Site } from './site.ts';

interface VnuMessage { type: string; subType?: string; url?: string; message: string; lastLine?: number; lastColumn?: number; extract?: string }

export function vnuGate(site: Site): GateResult & { skipped?: string } {
  const name = 'HTML valide (Nu HTML Checker)';
  const files = site.pages.map((p) => p.file);
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    const why = 'Java est introuvable : la validation HTML (vnu) ne peut pas s’exécuter. Installez Java 17 (Debian : apt-get install openjdk-17-jre-headless).';
    if (process.env.CI) return { name, checked: '0 page', problems: [`${why} En CI, c’est un échec.`] };
    return { name, checked: '0 page', problems: [], skipped: `${why} Étape sautée sur ce poste; la CI, elle, échoue.` };
  }
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let messages: VnuMessage[] = [];
  try {
    messages = (JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
  } catch {
    return { name, checked: `${files.length} pages`, problems: [`vnu n’a pas produit de rapport lisible : ${(run.stderr || run.stdout).slice(0, 300)}`] };
  }
  const problems = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const file = m.url ? relative(site.dist, new URL(m.url).pathname) : '?';
      return `dist/${file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} : ${m.message}${m.extract ? ` — « ${m.extract.replace(/\s+/g, ' ').trim()} »` : ''}`;
    });
  if (run.status !== 0 && problems.length === 0) problems.push(`vnu a échoué (code ${run.status}) : ${run.stderr.slice(0, 300)}`);
  return { name, checked: `${files.length} pages`, problems };
}
