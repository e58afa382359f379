/**
 * Being one of them called worse than death (3.2, implicit derogation): « si j'étais un …, je me suiciderais »,
 * « si je me réveillais dans la peau d'une …, je me pendrais ». The frame is a hypothesis on the speaker (« si » +
 * « je » + être, devenir, se réveiller, se retrouver, naître) naming an identity, then, in the same sentence, the
 * speaker's own death or self-harm (« je me tuerais », « je me tirerais une balle », « je mourrais »). « Plutôt mourir
 * que d'être un … » is read in hate.ts. Not a hypothesis that ends well (« si j'étais un réfugié, je serais
 * reconnaissant »), nor a work idiom (« je me tuerais à la tâche »). Returns the answer's clause for hate.ts to judge
 * (its negation, a report around it). Linear: a bounded look after each « si ».
 */
import { mentionAt, type Groups } from './groups.ts';
import { fills, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/** The verbs of the speaker's hypothetical identity (« si j'étais », « si je devenais », « si je me réveillais »). */
const BECOME = new Set(['etais', 'devenais', 'reveillais', 'retrouvais', 'naissais', 'etait', 'devenait']);
/** The speaker's own death, in the conditional, after « me » (« je me tuerais ») or alone (« je mourrais »). */
const SELF_HARM = wordSet(['~suicider', '~tuer', '~pendre', '~flinguer', '~noyer', '~jeter', '~tirer', '~immoler'], false);
const DYING = new Set(['mourrais', 'creverais', 'mourrait', 'creverait']);
/** « à la tâche », « à l'ouvrage », « au travail »: working hard, not dying. */
const WORK = new Set(['tache', 'ouvrage', 'travail', 'job', 'ouvrer']);
/** How far, in words, the identity may stand after « si », and the self-harm after the identity. */
const IDENTITY_REACH = 8;
const HARM_REACH = 10;

/** Spans [a, b) where the speaker says being one of a people would be worse than death. */
export function findWorseThanDeath(s: Stream, g: Groups): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  const n = s.words.length;
  for (let i = 0; i + 2 < n; i += 1) {
    if (s.wordKeys[i]! !== 'si' && s.wordKeys[i]! !== 's') continue;
    // « si j'étais », « si je me réveillais », « s'il était » (the speaker's child: « si mon fils était … » is left out).
    let k = i + 1;
    if (!['je', 'j'].includes(s.wordKeys[k]!)) continue;
    k += 1;
    while (k < n && k - i <= 3 && ['me', 'm'].includes(s.wordKeys[k]!)) k += 1;
    if (k >= n || !BECOME.has(s.wordKeys[k]!) || s.sentence[k] !== s.sentence[i]) continue;
    // The identity named in the hypothesis (« un … », « dans la peau d'une … », « … demain matin »).
    let m = -1;
    for (let j = k + 1; j < n && j - i <= IDENTITY_REACH && s.sentence[j] === s.sentence[i] && m < 0; j += 1) {
      const mention = mentionAt(g, g.startingAt[j]) ?? mentionAt(g, g.headAt[j]);
      if (mention && mention.identity) m = mention.b;
    }
    if (m < 0) continue;
    // The speaker's own death after it, in the same sentence.
    for (let j = m; j < n && j - m <= HARM_REACH && s.sentence[j] === s.sentence[i]; j += 1) {
      const w = s.wordKeys[j]!;
      const reflexive = j > 0 && ['me', 'm'].includes(s.wordKeys[j - 1]!) && fills(SELF_HARM, s.words[j]);
      if (!reflexive && !DYING.has(w)) continue;
      // « je me tuerais à la tâche »: work, not death.
      let work = false;
      for (let w2 = j + 1; w2 < n && w2 - j <= 3 && s.sentence[w2] === s.sentence[i]; w2 += 1) if (WORK.has(s.wordKeys[w2]!)) work = true;
      if (work) break;
      // The span is the answer's clause (« je me suiciderais »): the « si » clause before it is the frame, not a supposition.
      let a = j;
      while (a > m && s.clause[a - 1] === s.clause[j]) a -= 1;
      out.push({ a, b: j + 1 });
      break;
    }
  }
  return out;
}
