/**
 * Equivalence check for speed work: runs the engine over a large corpus and prints one hash of
 * every output, so an optimisation can be shown to change no result (same hash before and after).
 *
 * Corpus: every rule example (as its rule places it), every string literal of the unit tests
 * (tables of cases), every string of the scenario modules, the benchmark's texts, the adversarial
 * generators at a few lengths, runs of consecutive corpus texts joined into longer pastes, and —
 * only when named by REALDATA (a local development file, never committed) — real comments.
 * Each text is evaluated in every situation of test/support/cost.ts (every incoming kind, posts,
 * a personal account) and read by classifyIncomingDetailed.
 *
 * Run: npx node test/bench/outputs-hash.ts [--dump file] [--save-corpus file | --corpus file]
 * (REALDATA=/path/realdata-dev.json to add real text; ENGINE=/path/to/engine/index.ts to hash another
 * copy of the engine, e.g. an older commit's, on a corpus saved with --save-corpus).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Situation } from '../../src/engine/index.ts';
import { generators } from '../support/adversarial.ts';
import { situations } from '../support/cost.ts';
import { filesUnder, literals } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');
const { classifyIncomingDetailed, evaluate, rules } = (await import(process.env.ENGINE ?? '../../src/engine/index.ts')) as typeof import('../../src/engine/index.ts');
const option = (name: string): string | undefined => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
};

function yamlStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) yamlStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yamlStrings(v, out);
}

let texts = new Set<string>();
const add = (t: string): void => {
  if (t.trim().length >= 2) texts.add(t);
};
let whole: Situation[] = [];
const corpusIn = option('--corpus');
if (corpusIn) {
  const saved = JSON.parse(readFileSync(corpusIn, 'utf8')) as { texts: string[]; whole: Situation[] };
  texts = new Set(saved.texts);
  whole = saved.whole;
} else buildCorpus();

/** The corpus from the project's own files (and REALDATA when named). */
function buildCorpus(): void {
  for (const rule of rules) {
    for (const ex of [...rule.examples.mustFlag, ...rule.examples.mustPass]) {
      if (typeof ex === 'string') {
        const text = ex.replace(/[⟦⟧]/g, '');
        add(text);
        if (rule.context) whole.push({ ...rule.context, text } as Situation);
      } else whole.push(ex);
    }
  }
  for (const f of filesUnder(join(root, 'test/unit'), /\.ts$/)) for (const s of literals(f)) add(s);
  for (const f of filesUnder(join(root, 'content/scenarios'), /\.yaml$/)) {
    const out: string[] = [];
    yamlStrings(parse(readFileSync(f, 'utf8')), out);
    for (const s of out) add(s);
  }
  const base =
    'Bonjour! Merci pour votre message 😊 Nous ne traitons pas les plaintes ici : votre signalement doit passer par l’application Trois-Rivières 311, le site Web ou le 311. ';
  add(base.repeat(4).slice(0, 500));
  add(`${base}Calvaire, LISEZ LE SITE WEB!!! On s’en occupe. Sorry, we are closed. `.repeat(60));
  for (const g of generators) for (const n of [50, 300, 3000]) add(g.make(n));

  const realdata = process.env.REALDATA;
  if (realdata && existsSync(realdata)) {
    const data = JSON.parse(readFileSync(realdata, 'utf8')) as { groups: Record<string, { items: { text: string }[] }> };
    for (const group of Object.values(data.groups)) for (const item of group.items) add(item.text);
  }

  const single = [...texts];
  // Longer pastes: runs of consecutive texts joined (several sentences and rules in one text).
  for (let k = 0; k + 12 <= single.length; k += 12) texts.add(single.slice(k, k + 12).join(' '));
  for (let k = 0; k + 60 <= single.length; k += 300) texts.add(single.slice(k, k + 60).join('\n'));
}
const corpusOut = option('--save-corpus');
if (corpusOut) writeFileSync(corpusOut, JSON.stringify({ texts: [...texts], whole }));

const hash = createHash('sha256');
const dump: string[] = [];
const record = (label: string, value: unknown): void => {
  const line = `${label}\t${JSON.stringify(value)}`;
  hash.update(line);
  hash.update('\n');
  if (dumpPath) dump.push(line);
};
const dumpPath = option('--dump');

const t0 = performance.now();
let calls = 0;
for (const s of whole) {
  record(`E ${JSON.stringify(s)}`, evaluate(s));
  calls += 1;
}
for (const text of texts) {
  const key = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…${text.length}` : text);
  for (const s of situations(text)) {
    const { text: _t, ...facts } = s as Situation & { text?: string };
    record(`E ${key} ${JSON.stringify(facts)}`, evaluate(s));
    calls += 1;
  }
  record(`C ${key}`, classifyIncomingDetailed(text));
  calls += 1;
}
const ms = performance.now() - t0;
if (dumpPath) writeFileSync(dumpPath, `${dump.join('\n')}\n`);
console.log(`${texts.size} texts, ${whole.length} whole situations, ${calls} calls, ${(ms / 1000).toFixed(1)} s`);
console.log(`hash ${hash.digest('hex')}`);
