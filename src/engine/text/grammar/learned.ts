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
import type { Scope } from './scope.ts';
import type { Stream } from './stream.ts';

/** The group, named as a whole, stands for itself in the features: the model learns what is said, not who. */
const GROUP = 'G';
/** A sentence that names no group has this feature too: its own starting weight, learned like any other. */
const NO_GROUP = 'Ø';
/** The two placeholders weigh in the sum but are never the word shown as the reason. */
const placeholder = (f: string): boolean => f === GROUP || f === NO_GROUP || SIGNS.has(f);
/** A question mark and the moods of emoji (stream.ts): they weigh in the sum, never the word shown, never enough alone. */
const SIGNS = new Set(['?', '🤮', '😡', '😂', '❤']);
/** Words that turn what follows in their clause around: the words after them are features of their own (« ¬voleur »). */
const NEGATORS = new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'pu']);
const NEGATION = '¬';
/**
 * The score (log-odds of the converged fit, in the weights' units) above which a sentence is worth a warning. Set with the
 * lines below against the read sets, the dev file and our own clean counterparts (session 16): as many read flags as the
 * old online weights, fewer doubts on the read sets, as few on the dev file and on our own clean sentences.
 */
const LEARNED_LINE = 1;
/** The line for a sentence that names no group: higher, since most such sentences are ordinary. */
const LEARNED_LINE_PLAIN = 1.5;
/** …and one of its words must weigh this much on its own: many faint words (« grosse », « derrière ») make no case. */
const PLAIN_WORD = 1.25;

/**
 * Calls `visit(k, feature, i)` for each feature of each sentence of the stream, in order (repeats included): word i's
 * lemma, NEGATION-marked after a negator in its clause; the first group a sentence names as a whole, or takes up by a
 * pronoun (« ils », groups.ts), as the placeholder GROUP (its other words dropped); and, first, NO_GROUP for a sentence
 * that names none. Sentences marked in `skip` are not visited. Returns where each sentence's group is, sentence → [a, b).
 * One walk for the build (training) and the engine (reading), so both see the same features.
 */
function walk(s: Stream, visit: (k: number, f: string, i: number) => void, skip?: Uint8Array): Map<number, readonly [number, number]> {
  const n = s.words.length;
  const groups = new Map<number, readonly [number, number]>();
  if (n === 0) return groups;
  const word: string[] = s.words.map((w) => w.lemma);
  for (const m of groupsOf(s).mentions) {
    if (!m.identity || !(m.generic || m.taken)) continue;
    const k = s.sentence[m.head]!;
    if (!groups.has(k)) groups.set(k, [m.a, m.b]);
    word.fill('', m.head, m.b);
    word[m.head] = GROUP;
  }
  let negated = false;
  let clause = -1;
  let sentence = -1;
  let read = false;
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    if (k !== sentence) {
      sentence = k;
      clause = -1;
      read = !skip?.[k];
      if (read && !groups.has(k)) visit(k, NO_GROUP, i);
    }
    if (s.clause[i] !== clause) (clause = s.clause[i]!), (negated = false);
    if (!read || word[i] === '') continue;
    let w = word[i]!;
    if (NEGATORS.has(s.wordKeys[i]!)) (negated = true), (w = NEGATION);
    else if (negated) w = NEGATION + w;
    visit(k, w, i);
  }
  // The mood of an emoji closing a sentence (stream.ts) and its question mark are features of that sentence.
  for (let e = 0; e < s.moods.length; e += 2) {
    const at = (s.moods[e + 1] as number) - 1;
    if (at >= 0 && at < n && !skip?.[s.sentence[at]!]) visit(s.sentence[at]!, s.moods[e] as string, at);
  }
  for (const at of s.askedAt) if (at < n && !skip?.[s.sentence[at]!]) visit(s.sentence[at]!, '?', at);
  return groups;
}

/** The features of each sentence of the stream (sentence number → features, each once), as the build trains on them. */
export function sentenceFeatures(s: Stream): Map<number, string[]> {
  const sets = new Map<number, Set<string>>();
  walk(s, (k, f) => {
    const set = sets.get(k);
    if (set) set.add(f);
    else sets.set(k, new Set([f]));
  });
  return new Map([...sets].map(([k, set]) => [k, [...set]]));
}

/**
 * The « weight:word word… » groups, as written by the build, split when the module loads: the worker's
 * build then moves their 12 Ko of words with the other load-time strings, away from the code (gzip,
 * measured in the size34 round: −650 o on engine.worker, −740 o on engine-evaluate.worker).
 */
const WEIGHT_GROUPS = LEARNED_WEIGHTS.split('|');
let table: Map<string, number> | undefined;
/** The weights, decoded once. */
function weights(): Map<string, number> {
  if (table) return table;
  table = new Map();
  for (const group of WEIGHT_GROUPS) {
    const at = group.indexOf(':');
    const w = Number(group.slice(0, at)) / LEARNED_SCALE;
    for (const f of group.slice(at + 1).split(' ')) if (f) table.set(f, w);
  }
  return table;
}

/**
 * Whether a sentence's score crosses its line: a sentence about a group against LEARNED_LINE; a sentence that names
 * none against the higher LEARNED_LINE_PLAIN, and only if one of its words weighs PLAIN_WORD on its own (`most`).
 */
const over = (z: number, most: number, plain: boolean): boolean => (plain ? z > LEARNED_LINE_PLAIN && most >= PLAIN_WORD : z > LEARNED_LINE);

/** Whether a model puts one sentence's features (each once, as sentenceFeatures gives them) over its line. */
export function readSentence(feats: readonly string[], weightOf: (f: string) => number, bias: number): boolean {
  let z = bias;
  let most = 0;
  for (const f of feats) {
    const x = weightOf(f);
    z += x;
    if (x > most && !placeholder(f)) most = x;
  }
  return over(z, most, feats.includes(NO_GROUP));
}

/**
 * Words by which the speaker welcomes what the sentence speaks of (« je trouve ça correct », « le fun », « une belle
 * avancée », « ben respectueux », « je me sens à l'aise », « bienvenue », « bonne idée / chance »). The net weighs single
 * words, and a warm sentence that names a people or an elected shares many of them with hateful ones (« les … »,
 * « conseiller », « pis »): a warmth the speaker states, not denied (« pas correct ») nor winked at, lowers suspicion below
 * the line.
 */
const WARM = /^(?:correcte?|fun|respectueu\w*|bienvenu\w*|avancee|accueillant\w*|chaleureu\w*|aise)$/;
/** « bonne idée », « belle chance »: the warm noun after its adjective (no string built per word). */
/**
 * A recovery wished (« qu'il va se remettre vite », « se rétablir », « un prompt rétablissement »): reflexive, not « remettre à sa
 * place », and not « se remettre à / en » (to start again: « se remettre à travailler au lieu de vivre sur notre dos »).
 */
const RECOVER = /^(?:remet|retabl)/;
const RESUMED = new Set(['a', 'au', 'aux', 'en', 'dans', 'sur']);
const warmAt = (s: Stream, i: number): boolean =>
  WARM.test(s.wordKeys[i]!) || ((s.wordKeys[i] === 'idee' || s.wordKeys[i] === 'chance') && (s.wordKeys[i - 1] === 'bonne' || s.wordKeys[i - 1] === 'belle')) ||
  s.wordKeys[i] === 'retablissement' || (RECOVER.test(s.wordKeys[i]!) && (s.wordKeys[i - 1] === 'se' || s.wordKeys[i - 1] === 's') && !RESUMED.has(s.wordKeys[i + 1]!));
/**
 * What turns praise into a wink (« encore », « bravo », « hein »), a warmth into its opposite (« mal à l'aise »), makes what
 * is welcomed a hypothesis (« si les … pouvaient disparaître, ça serait correct »: a harm wish; « si », « s' » and « mal »
 * are read whole, before it), or welcomes riddance
 * (« correct qu'ils crèvent », « bonne idée de les renvoyer »).
 */
const WINK = /^(?:encore|bravo|hein|ouin|toujours|asteure|genre|dispar|crev|meur|mour|debar+as|deport|renvo|expuls|elimin|extermin|dehors)/;

/**
 * The sentences the speaker warms to: a WARM word outside a negation, and no wink in the sentence (a WINK word, an emoji
 * mood other than love, an eye-roll, a question mark, quotation marks). One pass over the words.
 */
function warmSentences(s: Stream, sentences: number): Uint8Array {
  const warm = new Uint8Array(sentences);
  const winked = new Uint8Array(sentences + 1);
  let negated = false;
  for (let i = 0; i < s.words.length; i += 1) {
    const key = s.wordKeys[i]!;
    if (s.clause[i] !== s.clause[i - 1]) negated = false;
    negated ||= NEGATORS.has(key);
    if (key === 'si' || key === 's' || key === 'mal' || WINK.test(key) || s.quoted[i]) winked[s.sentence[i]!] = 1;
    else if (!negated && warmAt(s, i)) warm[s.sentence[i]!] = 1;
  }
  // An emoji or a mark closes the sentence of the word before it; a question is asked at its last word.
  for (let e = 0; e < s.moods.length; e += 2) if (s.moods[e] !== '❤') winked[s.sentence[Math.max(0, (s.moods[e + 1] as number) - 1)]!] = 1;
  for (const at of [...s.markAt, ...s.askedAt.map((x) => x + 1)]) winked[s.sentence[Math.max(0, at - 1)]!] = 1;
  for (let k = 0; k < sentences; k += 1) if (winked[k]) warm[k] = 0;
  return warm;
}

/** Features already counted, feature → the sentence that counted it (one map for a whole text: no set per sentence). */
const counted = new Map<string, number>();

/**
 * Warnings for sentences that score above their line; `judged[i]` marks words other readings took. About a group, the
 * warning spans the group and the word that weighs most toward hate (« les … », « … envahissent »), so a person sees
 * why; otherwise, the sentence. One walk over the words, one lookup per word; the sums are kept per sentence.
 */
export function findLearned(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  const quiet = new Uint8Array(sentences);
  for (let i = 0; i < n; i += 1) if (judged[i] || s.quoted[i] || sc.spoken[i]) quiet[s.sentence[i]!] = 1;
  for (let k = 0; k < sentences; k += 1) if (sc.denounced[k]) quiet[k] = 1;
  const warm = warmSentences(s, sentences);
  for (let k = 0; k < sentences; k += 1) if (warm[k]) quiet[k] = 1;
  const w = weights();
  const z = new Float64Array(sentences).fill(LEARNED_BIAS / LEARNED_SCALE);
  const most = new Float64Array(sentences);
  const top = new Int32Array(sentences).fill(-1);
  const first = new Int32Array(sentences).fill(-1);
  const last = new Int32Array(sentences);
  const plain = new Uint8Array(sentences);
  counted.clear();
  const groups = walk(
    s,
    (k, f, i) => {
      if (first[k]! < 0) first[k] = i;
      last[k] = i;
      if (f === NO_GROUP) plain[k] = 1;
      if (counted.get(f) === k) return;
      counted.set(f, k);
      const x = w.get(f) ?? 0;
      z[k] = z[k]! + x;
      if (x > most[k]! && !placeholder(f)) (most[k] = x), (top[k] = i);
    },
    quiet,
  );
  counted.clear();
  for (let k = 0; k < sentences; k += 1) {
    if (quiet[k] || first[k]! < 0 || !over(z[k]!, most[k]!, plain[k] === 1)) continue;
    const group = groups.get(k);
    // No group to show: the sentence resembles, as a whole (its strongest word may be a mere « ben »).
    if (!group) out.push({ kind: 'hate', severity: 'warning', a: first[k]!, b: last[k]! + 1, doubtful: 'learned-plain' });
    else {
      const t = top[k]!;
      out.push({ kind: 'hate', severity: 'warning', a: t < 0 ? group[0] : Math.min(group[0], t), b: t < 0 ? group[1] : Math.max(group[1], t + 1), doubtful: 'learned' });
    }
  }
  return out;
}
