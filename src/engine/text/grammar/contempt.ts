/**
 * Contempt without a bad word: condescension addressed to the reader (about their mind, reading or
 * schooling), sarcasm (« bravo », « brillant », « génial »… in a sentence that turns negative, or
 * next to an eye-roll), and the eye-roll or clown emoji alone (a warning).
 */
import type { WordHit } from './hit.ts';
import { findInsults } from './insult.ts';
import { negativeMore, sarcasmMore } from './lexicon-insult.ts';
import { condescension, negativeContext, sarcasm } from './lexicon-person.ts';
import { compile, DETERMINER_WORDS, findAllIn, SECOND_PERSON } from './patterns.ts';
import { isNegated, isReported, scopeOf, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';

const CONDESCENSION = compile(condescension);
const SARCASM = compile([...sarcasm, ...sarcasmMore]);
const NEGATIVE = compile([...negativeContext, ...negativeMore]);

/** The skills a sneer asks about (« tu sais lire? »). */
const SKILLS = new Set(['lire', 'ecrire', 'compter']);
/** Determiners: the skill has an object, so the question is a real one (« savez-vous lire les nouveaux panneaux? »). */
const DETERMINERS = new Set([...DETERMINER_WORDS, 'du']);
function askedWithObject(s: Stream, a: number, b: number): boolean {
  return SKILLS.has(s.wordKeys[b - 1]!) && b < s.words.length && s.sentence[b] === s.sentence[a] && DETERMINERS.has(s.wordKeys[b]!);
}

const INFINITIVE = new Set(['aller', 'retourner']);
/** The reader named in the four words before the frame [a, b) or right after it (« …, toi »), in its sentence. */
function addressed(s: Stream, a: number, b: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= 4 && s.sentence[k] === s.sentence[a]; k -= 1) if (SECOND_PERSON.has(s.wordKeys[k]!)) return true;
  return b < s.words.length && s.sentence[b] === s.sentence[a] && SECOND_PERSON.has(s.wordKeys[b]!);
}

export function findContempt(s: Stream, sc: Scope = scopeOf(s)): WordHit[] {
  const out: WordHit[] = findInsults(s, sc);
  const n = s.words.length;
  for (const [a, b] of findAllIn(s, CONDESCENSION)) {
    if (askedWithObject(s, a, b)) continue;
    // « Ma fille travaille pis va à l'école »: a verb coordinated to a subject of its own, no order to the reader.
    if (a > 0 && s.sentence[a - 1] === s.sentence[a] && ['pis', 'et', 'puis'].includes(s.wordKeys[a - 1]!) && ['va', 'retourne', 'vas'].includes(s.wordKeys[a]!) && !['toi', 'donc'].includes(s.wordKeys[b] ?? s.wordKeys[a]!)) continue;
    // An infinitive is said to the reader only with the reader named just before (« t'as besoin de retourner à l'école »);
    // otherwise it is a plan or a purpose (« je vais retourner à l'école », « pour aller à l'école »).
    if (INFINITIVE.has(s.wordKeys[a]!) && !addressed(s, a, b)) continue;
    out.push({ kind: 'contempt', severity: isNegated(s, a, b, [[a, b]], b) || isReported(s, sc, a, b) ? 'clear' : 'error', a, b });
  }
  // Sentences that turn negative, and sentences followed by an eye-roll.
  const sentences = n === 0 ? 0 : (s.sentence[n - 1] ?? 0) + 1;
  const negative = new Uint8Array(sentences + 1);
  for (const [a] of findAllIn(s, NEGATIVE)) negative[s.sentence[a] ?? 0] = 1;
  const rolled = new Uint8Array(sentences + 1);
  s.markAt.forEach((at) => {
    const sent = at > 0 ? (s.sentence[at - 1] ?? 0) : 0;
    rolled[sent] = 1;
  });
  const marked = new Set<number>();
  for (const [a, b] of findAllIn(s, SARCASM)) {
    const sent = s.sentence[a] ?? 0;
    if (negative[sent] || negative[sent + 1] || rolled[sent] || rolled[sent + 1]) {
      if (isReported(s, sc, a, b)) continue;
      out.push({ kind: 'contempt', severity: 'error', a, b });
      if (rolled[sent]) marked.add(sent);
    }
  }
  return out;
}
