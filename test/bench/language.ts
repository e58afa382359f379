/**
 * `npm run bench:language`: the 3.2 language checks and classifyIncoming on real French text written
 * by people outside the project (tweets, forum comments), labelled by their datasets' authors.
 *
 * Reads the development file named by the REALDATA environment variable (default
 * ../shared/data/realdata-dev.json, beside the project's clone). It is not part of a user's clone:
 * without it, the benchmark says so and stops. Nothing is copied into the project, and `npm test`
 * never runs this. For each group it prints the share of items:
 * - flagged by 3.2 (an error or a warning of `respectful-language`, `professional-tone`, `shouting`
 *   or `french-language` on a reply on the City's account),
 * - classified « disrespectful » by classifyIncoming,
 * - given a 3.2 error (what a « clean » item must not get),
 * and how long the engine takes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyIncoming, evaluate } from '../../src/engine/index.ts';

interface Item {
  id: string;
  source: string;
  text: string;
}
interface Group {
  expect: 'flag' | 'clean';
  items: Item[];
}

const RULES_32 = new Set(['respectful-language', 'professional-tone', 'shouting', 'french-language']);
const path = resolve(process.env.REALDATA ?? '../shared/data/realdata-dev.json');

if (!existsSync(path)) {
  console.log(`bench:language — pas de données réelles à ${path} (fichier de développement absent d’un clone ordinaire) : rien à mesurer.`);
  console.log('Indiquez-le avec REALDATA=/chemin/realdata-dev.json npm run bench:language');
  process.exit(0);
}

const data = JSON.parse(readFileSync(path, 'utf8')) as { groups: Record<string, Group> };
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`.padStart(8);
const showMisses = Number(process.env.MISSES ?? 0);

let totalMs = 0;
let totalItems = 0;
const times: number[] = [];
console.log(`${'groupe'.padEnd(20)} ${'attendu'.padEnd(7)} ${'n'.padStart(5)} ${'3.2 signalé'.padStart(12)} ${'reçu irresp.'.padStart(12)} ${'l’un ou l’autre'.padStart(15)} ${'erreur 3.2'.padStart(10)}`);
for (const [name, group] of Object.entries(data.groups)) {
  let flagged = 0;
  let disrespectful = 0;
  let either = 0;
  let errors = 0;
  const misses: string[] = [];
  for (const item of group.items) {
    const t = performance.now();
    const findings = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text: item.text }).findings.filter((f) =>
      RULES_32.has(f.rule),
    );
    const kind = classifyIncoming(item.text);
    const ms = performance.now() - t;
    times.push(ms);
    totalMs += ms;
    totalItems += 1;
    const isFlagged = findings.some((f) => f.severity === 'error' || f.severity === 'warning');
    flagged += isFlagged ? 1 : 0;
    disrespectful += kind === 'disrespectful' ? 1 : 0;
    either += isFlagged || kind === 'disrespectful' ? 1 : 0;
    errors += findings.some((f) => f.severity === 'error') ? 1 : 0;
    const wrong = group.expect === 'flag' ? !isFlagged : findings.some((f) => f.severity === 'error');
    if (wrong && misses.length < showMisses) misses.push(`  ${item.id}: ${item.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  const n = group.items.length;
  console.log(`${name.padEnd(20)} ${group.expect.padEnd(7)} ${String(n).padStart(5)} ${pct(flagged, n).padStart(12)} ${pct(disrespectful, n).padStart(12)} ${pct(either, n).padStart(15)} ${pct(errors, n).padStart(10)}`);
  if (misses.length > 0) console.log(misses.join('\n'));
}
times.sort((a, b) => a - b);
console.log(`moteur : ${totalItems} textes en ${totalMs.toFixed(0)} ms (médiane ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, 99e centile ${times[Math.floor(times.length * 0.99)]?.toFixed(2)} ms par texte, evaluate + classifyIncoming)`);
