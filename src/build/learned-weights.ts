/**
 * Generates src/engine/text/grammar/learned-weights.ts: the weights of the learned net (grammar/learned.ts), a
 * logistic regression over the features the engine reads in each sentence (sentenceFeatures), trained
 * on our own labelled sentences in content/language/*.json. Deterministic: a fixed order, a fixed shuffle, a fixed
 * number of passes, the weights rounded to quarters and the smallest dropped. Run it again when the corpus or the
 * grammar's lexicons change (test/unit/engine/learned-net.test.ts says when):
 *   npx node src/build/learned-weights.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import '../engine/index.ts';
import { sentenceFeatures } from '../engine/text/grammar/learned.ts';
import { streamOf } from '../engine/text/grammar/stream.ts';
import { tokenize } from '../engine/text/tokens.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../content/language', import.meta.url));
export const WEIGHTS_FILE = fileURLToPath(new URL('../engine/text/grammar/learned-weights.ts', import.meta.url));
/** Weights are kept in quarters (SCALE); the passes and the step size are fixed, so the same corpus gives the same weights. */
const SCALE = 4;
const PASSES = 12;
const RATE = 0.3;

export interface TrainingOptions {
  /** A feature seen in fewer sentences is not learned. */
  readonly minSeen: number;
  /** The L2 penalty: larger keeps weights small. */
  readonly l2: number;
  /** At most this many features are kept (the largest weights): the page carries them. */
  readonly keep: number;
}
export const TRAINING: TrainingOptions = { minSeen: 8, l2: 1e-4, keep: 3000 };

/** One sentence of the corpus; the messages say what is expected, for the person who edits the file. */
const Entry = v.object({
  text: v.pipe(v.string('une phrase (texte) est attendue'), v.minLength(1, 'une phrase non vide est attendue')),
  label: v.picklist(['flag', 'clean'], '« flag » (haineux) ou « clean » (propre) est attendu'),
  sub: v.optional(v.string('un nom de sous-catégorie (texte) est attendu')),
});
export type Entry = v.InferOutput<typeof Entry>;

/** The corpus, file by file; a malformed file stops the build with the file, the entry, the field and what is expected (in French). */
export function loadCorpus(dir = CORPUS_DIR): Entry[] {
  const out: Entry[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file} : JSON invalide (${(e as Error).message}); une liste de { text, label, sub } est attendue`);
    }
    if (!Array.isArray(data)) throw new Error(`${file} : une liste de { text, label, sub } est attendue`);
    data.forEach((item, i) => {
      const r = v.safeParse(Entry, item);
      if (!r.success) {
        const issue = r.issues[0]!;
        throw new Error(`${file}, entrée ${i}, champ « ${v.getDotPath(issue) ?? '?'} » : ${issue.message}`);
      }
      out.push(r.output);
    });
  }
  return out;
}

/** The features of a text: those of its sentences, together. */
export function featuresOf(text: string): string[] {
  const all = new Set<string>();
  for (const feats of sentenceFeatures(streamOf(tokenize(text))).values()) for (const f of feats) all.add(f);
  return [...all];
}

export interface Model {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** Logistic regression with per-feature step sizes (AdaGrad) and a little L2; the same corpus gives the same model. */
export function train(corpus: readonly Entry[], { minSeen, l2, keep }: TrainingOptions = TRAINING): Model {
  const rows: Array<{ f: string[]; y: number }> = [];
  const seenRows = new Set<string>();
  for (const e of corpus) {
    const f = featuresOf(e.text);
    if (f.length === 0) continue;
    const key = `${e.label}|${[...f].sort().join(' ')}`;
    if (seenRows.has(key)) continue;
    seenRows.add(key);
    rows.push({ f, y: e.label === 'flag' ? 1 : 0 });
  }
  const seen = new Map<string, number>();
  for (const r of rows) for (const f of r.f) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const r of rows) r.f = r.f.filter((f) => seen.get(f)! >= minSeen);
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  for (let pass = 0; pass < PASSES; pass += 1) {
    // A fixed shuffle for each pass (a linear congruential walk), so the order never depends on the machine.
    for (let k = rows.length - 1; k > 0; k -= 1) {
      const j = (k * 7919 + pass * 104729) % (k + 1);
      [rows[k], rows[j]] = [rows[j]!, rows[k]!];
    }
    for (const r of rows) {
      let z = bias;
      for (const f of r.f) z += w.get(f) ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      biasG2 += err * err;
      bias -= (RATE * err) / Math.sqrt(biasG2 + 1);
      for (const f of r.f) {
        const wf = w.get(f) ?? 0;
        const grad = err + l2 * wf;
        const g = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, g);
        w.set(f, wf - (RATE * grad) / Math.sqrt(g + 1e-8));
      }
    }
  }
  const kept = [...w].map(([f, x]) => [f, Math.round(x * SCALE)] as const).filter(([, q]) => q !== 0);
  kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return { bias: Math.round(bias * SCALE) / SCALE, weights: new Map(kept.slice(0, keep).map(([f, q]) => [f, q / SCALE])) };
}

/** The generated module: weights grouped by value (« 8:mot mot…|-3:… »), words sorted, so the file compresses well. */
export function encode(model: Model): string {
  const byWeight = new Map<number, string[]>();
  for (const [f, x] of model.weights) {
    const q = Math.round(x * SCALE);
    byWeight.set(q, [...(byWeight.get(q) ?? []), f]);
  }
  const groups = [...byWeight].sort((a, b) => a[0] - b[0]).map(([q, fs]) => `${q}:${fs.sort().join(' ')}`);
  return [
    '// Generated by src/build/learned-weights.ts from content/language/*.json: do not edit (npx node src/build/learned-weights.ts).',
    `export const LEARNED_SCALE = ${SCALE};`,
    `export const LEARNED_BIAS = ${Math.round(model.bias * SCALE)};`,
    `export const LEARNED_WEIGHTS = ${JSON.stringify(groups.join('|'))};`,
    '',
  ].join('\n');
}

/** The weights as the corpus gives them now, and whether the committed file holds them (the build checks it). */
export function weightsAreCurrent(): boolean {
  return encode(train(loadCorpus())) === readFileSync(WEIGHTS_FILE, 'utf8');
}

if (process.argv[1]?.endsWith('learned-weights.ts')) {
  const corpus = loadCorpus();
  const model = train(corpus);
  writeFileSync(WEIGHTS_FILE, encode(model));
  console.log(`${corpus.length} sentences, ${model.weights.size} weights, bias ${model.bias} → ${relative(process.cwd(), WEIGHTS_FILE)}`);
}
