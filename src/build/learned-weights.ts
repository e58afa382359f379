/**
 * Generates src/engine/text/grammar/learned-weights.ts: the weights of the learned net (grammar/learned.ts), a
 * logistic regression over the features the engine reads in each sentence (sentenceFeatures), trained
 * on our own labelled sentences in content/language/*.json. Fitted to convergence (full batch, truncated Newton) on mean
 * log-loss + L2, whose optimum is unique: the result does not depend on the order of the rows, and a few rows or one
 * lexicon word more move few weights (the online trainer it replaced moved ~100 read sentences when 14 rows were
 * dropped; this one ~10). The weights are rounded to quarters and those that round to zero dropped. Run it again when the corpus or the
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
/** Weights are kept in quarters (SCALE): the page carries them, and a quarter is finer than the lines need. */
const SCALE = 4;

export interface TrainingOptions {
  /** A feature seen in fewer sentences is not learned. */
  readonly minSeen: number;
  /** The L2 penalty on mean log-loss: larger keeps weights small and the fit steadier, but flags less (1e-3 halved the flags). */
  readonly l2: number;
  /** At most this many features are kept (the largest weights): the page carries them. */
  readonly keep: number;
}
/**
 * l2 3e-5 (session 16): with 1e-4 the fit was too smooth to keep our own clean counterparts (content/language/tables-clean.json,
 * « j'espère que les itinérants vont trouver un refuge ») under any line that still found as many hateful read sentences.
 */
export const TRAINING: TrainingOptions = { minSeen: 8, l2: 3e-5, keep: 3000 };

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

/** The rows the model learns from: each sentence's features (those seen in at least `minSeen` rows), duplicates once. */
function rowsOf(corpus: readonly Entry[], minSeen: number): Array<{ f: string[]; y: number }> {
  const rows: Array<{ f: string[]; y: number }> = [];
  const seenRows = new Set<string>();
  for (const e of corpus) {
    const f = featuresOf(e.text).sort();
    if (f.length === 0) continue;
    const key = `${e.label}|${f.join(' ')}`;
    if (seenRows.has(key)) continue;
    seenRows.add(key);
    rows.push({ f, y: e.label === 'flag' ? 1 : 0 });
  }
  const seen = new Map<string, number>();
  for (const r of rows) for (const f of r.f) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const r of rows) r.f = r.f.filter((f) => seen.get(f)! >= minSeen);
  return rows;
}

/** Newton steps at most, and the gradient size (relative to the first) at which the fit is taken as converged. */
const NEWTON_STEPS = 60;
const TOLERANCE = 1e-9;

/**
 * Logistic regression fitted to the unique minimum of mean log-loss + (l2 / 2)·‖w‖² (the bias is not penalised), by
 * truncated Newton: each step solves H·d = −g by conjugate gradients (Hessian-vector products over all rows, never the
 * Hessian itself), then halves the step until the objective falls. Why: the online trainer it replaces stopped after a
 * fixed number of passes over a shuffled order, so any change of features (one word added to a lexicon) reshuffled its
 * path and moved unrelated weights; here the answer is the optimum itself, whatever the order of the rows, and a few rows
 * more or less move it only a little (the penalty makes the problem strictly convex). Rows are sorted first so the sums
 * (and so the last bits) do not depend on the corpus's order either.
 */
export function train(corpus: readonly Entry[], { minSeen, l2, keep }: TrainingOptions = TRAINING): Model {
  const rows = rowsOf(corpus, minSeen).sort((a, b) => a.y - b.y || (a.f.join(' ') < b.f.join(' ') ? -1 : a.f.join(' ') > b.f.join(' ') ? 1 : 0));
  const names = [...new Set(rows.flatMap((r) => r.f))].sort();
  const index = new Map(names.map((f, i) => [f, i + 1] as const));
  // Column 0 is the bias, on in every row; the rows are stored flat (start offsets into one column list).
  const n = rows.length;
  const dim = names.length + 1;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r += 1) start[r + 1] = start[r]! + rows[r]!.f.length + 1;
  const cols = new Int32Array(start[n]!);
  const y = new Float64Array(n);
  rows.forEach((r, k) => {
    let at = start[k]!;
    cols[at++] = 0;
    for (const f of r.f) cols[at++] = index.get(f)!;
    y[k] = r.y;
  });
  const penalty = (i: number): number => (i === 0 ? 0 : l2);
  const z = new Float64Array(n);
  const scores = (w: Float64Array): Float64Array => {
    for (let r = 0; r < n; r += 1) {
      let s = 0;
      for (let j = start[r]!; j < start[r + 1]!; j += 1) s += w[cols[j]!]!;
      z[r] = s;
    }
    return z;
  };
  const objective = (w: Float64Array): number => {
    scores(w);
    let loss = 0;
    for (let r = 0; r < n; r += 1) {
      const m = y[r] ? -z[r]! : z[r]!; // log(1 + e^m), computed without overflow
      loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    let reg = 0;
    for (let i = 1; i < dim; i += 1) reg += w[i]! * w[i]!;
    return loss / n + (l2 / 2) * reg;
  };
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < dim; i += 1) s += a[i]! * b[i]!;
    return s;
  };
  let w = new Float64Array(dim);
  const grad = new Float64Array(dim);
  const curv = new Float64Array(n); // p(1 − p) per row: the Hessian's weights at the current point
  const hv = (v: Float64Array, out: Float64Array): void => {
    out.fill(0);
    for (let r = 0; r < n; r += 1) {
      let s = 0;
      for (let j = start[r]!; j < start[r + 1]!; j += 1) s += v[cols[j]!]!;
      s *= curv[r]! / n;
      for (let j = start[r]!; j < start[r + 1]!; j += 1) out[cols[j]!] = out[cols[j]!]! + s;
    }
    for (let i = 0; i < dim; i += 1) out[i] = out[i]! + penalty(i) * v[i]!;
  };
  let f = objective(w);
  let first = 0;
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    scores(w);
    grad.fill(0);
    for (let r = 0; r < n; r += 1) {
      const p = 1 / (1 + Math.exp(-z[r]!));
      curv[r] = p * (1 - p);
      const e = (p - y[r]!) / n;
      for (let j = start[r]!; j < start[r + 1]!; j += 1) grad[cols[j]!] = grad[cols[j]!]! + e;
    }
    for (let i = 0; i < dim; i += 1) grad[i] = grad[i]! + penalty(i) * w[i]!;
    const size = Math.sqrt(dot(grad, grad));
    if (step === 0) first = size;
    if (size <= TOLERANCE * first) break;
    // Conjugate gradients on H·d = −g, stopped when the residual is small against the gradient (truncated Newton).
    const d = new Float64Array(dim);
    const res = grad.map((g) => -g);
    const dir = res.slice();
    const hd = new Float64Array(dim);
    let rr = dot(res, res);
    for (let it = 0; it < 250 && Math.sqrt(rr) > Math.min(0.1, Math.sqrt(size)) * size; it += 1) {
      hv(dir, hd);
      const a = rr / dot(dir, hd);
      for (let i = 0; i < dim; i += 1) (d[i] = d[i]! + a * dir[i]!), (res[i] = res[i]! - a * hd[i]!);
      const next = dot(res, res);
      for (let i = 0; i < dim; i += 1) dir[i] = res[i]! + (next / rr) * dir[i]!;
      rr = next;
    }
    // Halve the step until the objective falls enough (Armijo); a full Newton step is taken near the optimum.
    const slope = dot(grad, d);
    let t = 1;
    let tried = w.map((x, i) => x + d[i]!);
    let ft = objective(tried);
    while (ft > f + 1e-4 * t * slope && t > 1e-6) {
      t /= 2;
      tried = w.map((x, i) => x + t * d[i]!);
      ft = objective(tried);
    }
    if (ft >= f) break;
    (w = tried), (f = ft);
  }
  const kept = names.map((name, i) => [name, Math.round(w[i + 1]! * SCALE)] as const).filter(([, q]) => q !== 0);
  kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return { bias: Math.round(w[0]! * SCALE) / SCALE, weights: new Map(kept.slice(0, keep).map(([name, q]) => [name, q / SCALE])) };
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
