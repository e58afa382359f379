/**
 * `npm run bench:hatecheck`: the 3.2 checks on Multilingual HateCheck's French test suite (Röttger et
 * al., 2022; github.com/rewire-online/multilingual-hatecheck, « MHC Final Cases »,
 * hatecheck_cases_final_french.csv; CC-BY-4.0). Functional tests written by its authors, not by this
 * project: hate said in many constructions (insults, threats, dehumanisation, negated positives,
 * questions, disguised spellings) and the non-hateful cases that look like it (counter-speech quoting
 * or reporting hate, negated hate, neutral and positive sentences about the same groups).
 *
 * The file is not in the project (nor copied into it): download it and name it with HATECHECK=…; without
 * it, the benchmark says so and stops. `npm test` never runs this. HALF=odd or HALF=even keeps the
 * templates of that parity only: the engine was developed looking at the odd half, the even half is
 * what it never saw (README, « Sur des données publiques tenues à part »).
 *
 * Measures, as in bench:language, on a reply on the City's account: « signalé » (an error or a warning
 * of respectful-language, professional-tone, shouting or french-language), « irrespectueux »
 * (classifyIncoming), and the issue's two figures: hateful cases both signalled and « disrespectful »,
 * and clean cases given a 3.2 error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyIncoming, evaluate } from '../../src/engine/index.ts';

const RULES_32 = new Set(['respectful-language', 'professional-tone', 'shouting', 'french-language']);
/** Non-hateful functionalities the issue counts as clean (ordinary, negated, counter-speech). */
const CLEAN = new Set(['ident_neutral_nh', 'ident_pos_nh', 'negate_neg_nh', 'counter_quote_nh', 'counter_ref_nh']);

const path = resolve(process.env.HATECHECK ?? '../shared/data/hatecheck_cases_final_french.csv');
if (!existsSync(path)) {
  console.log(`bench:hatecheck — pas de fichier HateCheck à ${path} : rien à mesurer.`);
  console.log('Téléchargez « hatecheck_cases_final_french.csv » (github.com/rewire-online/multilingual-hatecheck, CC-BY-4.0)');
  console.log('puis : HATECHECK=/chemin/hatecheck_cases_final_french.csv npm run bench:hatecheck');
  process.exit(0);
}

/** RFC 4180 rows, in one pass (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const [header, ...body] = csvRows(readFileSync(path, 'utf8'));
const col = (name: string): number => {
  const i = header?.indexOf(name) ?? -1;
  if (i < 0) throw new Error(`${path} : colonne « ${name} » absente (attendu : le fichier de cas final de HateCheck)`);
  return i;
};
const [F, T, L, TEMPLATE] = [col('functionality'), col('test_case'), col('label_gold'), col('templ_id')];
const half = process.env.HALF;

interface Tally { n: number; flagged: number; disrespectful: number; both: number; errors: number }
const byFunctionality = new Map<string, Tally>();
for (const r of body) {
  if (r.length <= Math.max(F, T, L, TEMPLATE)) continue;
  const template = Number(r[TEMPLATE]);
  if ((half === 'odd' && template % 2 !== 1) || (half === 'even' && template % 2 !== 0)) continue;
  const text = r[T]!;
  const findings = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text }).findings.filter((f) => RULES_32.has(f.rule));
  const flagged = findings.some((f) => f.severity === 'error' || f.severity === 'warning');
  const disrespectful = classifyIncoming(text) === 'disrespectful';
  const key = `${r[L] === 'hateful' ? 'haineux' : 'non haineux'} ${r[F]}`;
  const t = byFunctionality.get(key) ?? { n: 0, flagged: 0, disrespectful: 0, both: 0, errors: 0 };
  t.n += 1;
  t.flagged += +flagged;
  t.disrespectful += +disrespectful;
  t.both += +(flagged && disrespectful);
  t.errors += +findings.some((f) => f.severity === 'error');
  byFunctionality.set(key, t);
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`.padStart(8);
console.log(`HateCheck français${half ? ` (gabarits ${half === 'odd' ? 'impairs' : 'pairs'})` : ''}`);
console.log(`${'fonctionnalité'.padEnd(32)} ${'n'.padStart(5)} ${'signalé'.padStart(8)} ${'irresp.'.padStart(8)} ${'les deux'.padStart(8)} ${'erreur'.padStart(8)}`);
const total = { hate: { n: 0, both: 0 }, clean: { n: 0, errors: 0 } };
for (const [key, t] of [...byFunctionality].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(32)} ${String(t.n).padStart(5)} ${pct(t.flagged, t.n)} ${pct(t.disrespectful, t.n)} ${pct(t.both, t.n)} ${pct(t.errors, t.n)}`);
  if (key.startsWith('haineux')) {
    total.hate.n += t.n;
    total.hate.both += t.both;
  } else if (CLEAN.has(key.split(' ').pop()!)) {
    total.clean.n += t.n;
    total.clean.errors += t.errors;
  }
}
console.log(`Haineux signalés ET « disrespectful » : ${pct(total.hate.both, total.hate.n).trim()} de ${total.hate.n} (cible ≥ 85 %)`);
console.log(`Non haineux (neutres, positifs, niés, contre-discours) avec une erreur 3.2 : ${pct(total.clean.errors, total.clean.n).trim()} de ${total.clean.n} (cible ≤ 5 %)`);
