/**
 * The learned net (3.2): the last reading, for a sentence no frame read. People belittle a group, threaten a person or
 * wish them harm in more shapes than any list of frames holds (insinuation, « on sait bien c'est qui », exclusion said
 * sideways, a question that is an opinion, « fais attention à ton char »). Here each sentence is scored by weights learned
 * from our own labelled sentences (`content/language/*.json`, trained by `src/build/learned-weights.ts`): its words
 * (lemmas, a group named as a whole or taken up by a pronoun as one placeholder, words after a negation marked). Single
 * words, not pairs: measured, pairs learned the frames our sentences share (« les … sont ») more than what is said, and
 * cost twice the bytes.
 *
 * A sentence about a group has one line; a sentence that names none (a person, « ce monde-là », « eux autres ») has a
 * higher one and needs one word that weighs on its own, since most such sentences are ordinary. Above its line, it is a
 * WARNING, never an error: the words look like hateful sentences we wrote, the reading is not certain, so the person
 * checks (« à vérifier »).
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
const GROUP = 'G';
/** A sentence that names no group has this feature too: its own starting weight, learned like any other. */
const NO_GROUP = 'Ø';
/** Words that turn what follows in their clause around: the words after them are features of their own (« ¬voleur »). */
const NEGATORS = new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'pu']);
const NEGATION = '¬';
/** The score (in the weights' units) above which a sentence is worth a warning. */
export const LEARNED_LINE = 1.25;
/** The line for a sentence that names no group: higher, since most such sentences are ordinary. */
export const LEARNED_LINE_PLAIN = 2;
/** …and one of its words must weigh this much on its own: many faint words (« grosse », « derrière ») make no case. */
const PLAIN_WORD = 1.5;

/** A sentence's words as features, in order (with repeats), where each stands, and where its group is named. */
interface SentenceWords {
  readonly feats: string[];
  readonly at: number[];
  /** The first group named as a whole (or taken up) in the sentence: words [a, b); none when it names no group. */
  readonly group?: readonly [number, number];
}

/**
 * The words of each sentence of the stream, sentence number → its words; the first group it names as a whole, or takes
 * up by a pronoun (« ils », groups.ts), becomes the placeholder, and a sentence that names none starts with NO_GROUP.
 */
function sentenceWords(s: Stream): Map<number, SentenceWords> {
  const n = s.words.length;
  const out = new Map<number, SentenceWords>();
  if (n === 0) return out;
  const word: string[] = s.words.map((w) => w.lemma);
  for (const m of groupsOf(s).mentions) {
    if (!m.identity || !(m.generic || m.taken)) continue;
    const k = s.sentence[m.head]!;
    if (!out.has(k)) out.set(k, { feats: [], at: [], group: [m.a, m.b] });
    word.fill('', m.head, m.b);
    word[m.head] = GROUP;
  }
  let negated = false;
  let clause = -1;
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    const sw = out.get(k);
    if (s.clause[i] !== clause || (i > 0 && s.sentence[i - 1] !== k)) (clause = s.clause[i]!), (negated = false);
    let sw2 = sw;
    if (!sw2) out.set(k, (sw2 = { feats: [NO_GROUP], at: [i] }));
    if (word[i] === '') continue;
    let w = word[i]!;
    if (NEGATORS.has(keyOf(s.words[i]!))) (negated = true), (w = NEGATION);
    else if (negated) w = NEGATION + w;
    sw2.feats.push(w);
    sw2.at.push(i);
  }
  return out;
}

/**
 * The features of each sentence of the stream (sentence number → features, each once). Shared by the build (training)
 * and the engine (reading), so both see the same words.
 */
export function sentenceFeatures(s: Stream): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [k, sw] of sentenceWords(s)) out.set(k, [...new Set(sw.feats)]);
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

/** What the weights say of one sentence: over its line or not, and which of its features weighs most toward hate. */
export interface SentenceReading {
  readonly over: boolean;
  /** Index in the features of the word that weighs most toward hate (never the placeholders); -1 if none does. */
  readonly top: number;
}

/**
 * Scores one sentence's features (repeats counted once) against its line: a sentence about a group against LEARNED_LINE;
 * a sentence that names none against the higher LEARNED_LINE_PLAIN, and only if one of its words weighs PLAIN_WORD on
 * its own. Shared by the engine and by the test that holds sentences out of a training run.
 */
export function readSentence(feats: readonly string[], weightOf: (f: string) => number, bias: number): SentenceReading {
  const seen = new Set<string>();
  let z = bias;
  let top = -1;
  let most = 0;
  feats.forEach((f, j) => {
    if (seen.has(f)) return;
    seen.add(f);
    const x = weightOf(f);
    z += x;
    if (x > most && f !== GROUP && f !== NO_GROUP) (most = x), (top = j);
  });
  const plain = feats[0] === NO_GROUP;
  const over = plain ? z > LEARNED_LINE_PLAIN && most >= PLAIN_WORD : z > LEARNED_LINE;
  return { over, top };
}

/**
 * Warnings for sentences that score above their line; `judged[i]` marks words other readings took. About a group, the
 * warning spans the group and the word that weighs most toward hate (« les … », « … envahissent »), so a person sees
 * why; otherwise, the sentence.
 */
export function findLearned(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const quiet = new Uint8Array(s.sentence[n - 1]! + 1);
  for (let i = 0; i < n; i += 1) if (judged[i] || s.quoted[i] || sc.spoken[i]) quiet[s.sentence[i]!] = 1;
  const w = weights();
  const weightOf = (f: string): number => w.get(f) ?? 0;
  const bias = LEARNED_BIAS / LEARNED_SCALE;
  for (const [k, sw] of sentenceWords(s)) {
    if (quiet[k] || sc.denounced[k]) continue;
    const { over, top: j } = readSentence(sw.feats, weightOf, bias);
    if (!over) continue;
    if (!sw.group) {
      // No group to show: the sentence resembles, as a whole (its strongest word may be a mere « ben »).
      out.push({ kind: 'hate', severity: 'warning', a: sw.at[0]!, b: sw.at[sw.at.length - 1]! + 1, doubtful: 'learned-plain' });
      continue;
    }
    const top = j < 0 ? -1 : sw.at[j]!;
    const [a, b] = sw.group;
    out.push({ kind: 'hate', severity: 'warning', a: top < 0 ? a : Math.min(a, top), b: top < 0 ? b : Math.max(b, top + 1), doubtful: 'learned' });
  }
  return out;
}
