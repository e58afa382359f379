/**
 * The learned net (3.2): the last reading, for a sentence about a group that no frame read. People
 * belittle a group in more shapes than any list of frames holds (insinuation, « on sait bien c'est
 * qui », exclusion said sideways, a question that is an opinion). Here a sentence that names an
 * identity group as a whole is scored by weights learned from our own labelled sentences
 * (`content/language/*.json`, trained by `src/build/learned-weights.ts`): its words (lemmas, the group
 * as one placeholder, words after a negation marked). Single words, not pairs: measured, pairs learned the
 * frames our sentences share (« les … sont ») more than what is said, and cost twice the bytes. Above the line, it is a
 * WARNING, never an error: the words look like hateful sentences we wrote, the reading is not certain,
 * so the person checks (« à vérifier »).
 *
 * Kept quiet: a sentence another reading judged, a quotation, someone else's words, a denounced
 * sentence (scope.ts). Linear: one pass over the words, one lookup per word.
 */
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { LEARNED_BIAS, LEARNED_SCALE, LEARNED_WEIGHTS } from './learned-weights.ts';
import { keyOf } from './patterns.ts';
import type { Scope } from './scope.ts';
import type { Stream } from './stream.ts';

/** The group, named as a whole, stands for itself in the features: the model learns what is said, not who. */
export const GROUP = 'G';
/** Words that turn what follows in their clause around: the words after them are features of their own (« ¬voleur »). */
const NEGATORS = new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'pu']);
export const NEGATION = '¬';
/** The score (in the weights' units) above which a sentence is worth a warning. */
export const LEARNED_LINE = 1.25;

/**
 * The features of each sentence of the stream that names an identity group as a whole (sentence number → features).
 * Shared by the build (training) and the engine (reading), so both see the same words.
 */
export function sentenceFeatures(s: Stream): Map<number, string[]> {
  const n = s.words.length;
  const out = new Map<number, string[]>();
  if (n === 0) return out;
  const word: string[] = s.words.map((w) => w.lemma);
  for (const m of groupsOf(s).mentions) {
    if (!m.identity || !m.generic || m.taken) continue;
    out.set(s.sentence[m.head]!, []);
    word.fill('', m.head, m.b);
    word[m.head] = GROUP;
  }
  let negated = false;
  let clause = -1;
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    const feats = out.get(k);
    if (s.clause[i] !== clause || (i > 0 && s.sentence[i - 1] !== k)) (clause = s.clause[i]!), (negated = false);
    if (!feats || word[i] === '') continue;
    let w = word[i]!;
    if (NEGATORS.has(keyOf(s.words[i]!))) (negated = true), (w = NEGATION);
    else if (negated) w = NEGATION + w;
    feats.push(w);
  }
  for (const [k, feats] of out) out.set(k, [...new Set(feats)]);
  return out;
}

let table: Map<string, number> | undefined;
/** The weights, decoded once: « weight:word word… » groups, as written by the build. */
function weights(): Map<string, number> {
  if (table) return table;
  table = new Map();
  for (const group of LEARNED_WEIGHTS.split('|')) {
    const at = group.indexOf(':');
    const w = Number(group.slice(0, at)) / LEARNED_SCALE;
    for (const f of group.slice(at + 1).split(' ')) if (f) table.set(f, w);
  }
  return table;
}

/** The learned score of a sentence's features (in logit units). */
export function learnedScore(feats: readonly string[]): number {
  const w = weights();
  let z = LEARNED_BIAS / LEARNED_SCALE;
  for (const f of feats) z += w.get(f) ?? 0;
  return z;
}

/** Warnings for sentences about a group that score above the line; `judged[i]` marks words other readings took. */
export function findLearned(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  const quiet = new Uint8Array(sentences);
  const first = new Int32Array(sentences).fill(-1);
  const end = new Int32Array(sentences);
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    if (first[k]! < 0) first[k] = i;
    end[k] = i + 1;
    if (judged[i] || s.quoted[i] || sc.spoken[i]) quiet[k] = 1;
  }
  for (const [k, feats] of sentenceFeatures(s)) {
    if (quiet[k] || sc.denounced[k]) continue;
    if (learnedScore(feats) > LEARNED_LINE) out.push({ kind: 'hate', severity: 'warning', a: first[k]!, b: end[k]!, doubtful: 'learned' });
  }
  return out;
}
