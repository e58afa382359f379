/**
 * A misfortune wished or welcomed (3.2): a disease, a fire, a drowning or a death near a people or a person, with the
 * speaker's wish (« j'espère que le prochain autobus de … se ramasse dans le fleuve », « un bon cancer pour toute
 * l'équipe, c'est ce que je vous souhaite ») or the speaker's indifference (« si quelqu'un mettait le feu à leur
 * mosquée, je pleurerais pas »). The words are there, the reading is not certain: a WARNING, so the person checks.
 * A wish is quiet under the net's guards (negation, question, report, victims) and beside help or care (« j'espère que
 * les pompiers vont maîtriser l'incendie », « je souhaite un prompt rétablissement »); indifference carries its own
 * negation and may follow a supposition, so only a quotation, a report or another reading quiets it.
 */
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { compile, findAllIn, keyOf, wordSet } from './patterns.ts';
import type { Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { quietSentences } from './cooccur.ts';
import { bodyHarm, CAR_CRASH } from './lexicon-person.ts';

const BODY = compile(bodyHarm);

const MISFORTUNE = compile(['+cancer', 'covid', 'foudre', "+fuite de|d' gaz|monoxyde", '+maladie', 'grippe', '+epidemie', 'peste', 'cholera', '+accident', '+incendie', 'le|au|un feu', '~noyer', '~couler', '~exploser', '~crever', '+attentat', 'dans le fleuve|fosse|ravin', '~bruler|~sauter|~effondrer avec eux|elles|tous|toutes|les',
  // A death told (« un autre itinérant mort de froid »).
  'mort|morte|morts|mortes', '~mourir', '~geler',
  // A crash (« qu'il se plante en char »).
  CAR_CRASH]);
const WISH = compile(["je|j' ~esperer|~souhaiter", 'je te|vous|leur|lui ~souhaiter', 'pourvu que|qu']);
const INDIFFERENT = compile([
  "je|j' ne|n'? ~pleurer|~verser pas|jamais|aucune", "je|j' ne|n'? ~aller pas|jamais ~pleurer|~brailler", "personne ne|n'? ~aller? ~pleurer|~regretter", 'bon debarras', 'bien fait pour',
  'on|ca ~regler le probleme', "ca|cela m'|me ~deranger|~faire pas|rien|ni", 'ca ~faire du menage',
  // One fewer of them (« Tant mieux, un de moins »), and « tant mieux » opening its sentence after a misfortune told.
  'ca ~faire? un|une de moins', 'un|une de moins', 'tant mieux',
]);
/** Help, care or a cure beside the misfortune: a wish for them, not against them. */
const CARE = wordSet(['~guerir', '+retablissement', '~survivre', '~sauver', '~eviter', '~maitriser', '~eteindre', '~aider', '~proteger', '~soigner', '~vacciner', 'contre', 'courage', '+sympathie', '+condoleance', '+remede', '+secours', '~reconstruire'], false);
/** The person a wish may be said to, or a people's place, when no group is named. */
const PERSON = new Set(['te', 't', 'toi', 'vous', 'ceux', 'maire', 'mairesse', 'conseiller', 'conseillere', 'equipe', 'mosquee', 'synagogue', 'islamique', 'refuge', 'reserve']);

/** What may open a clause that answers the one before (« pis franchement tant mieux »). */
const AND = new Set(['pis', 'et', 'puis']);
const FRANKLY = new Set(['franchement', 'honnetement', 'ben', 'bien', 'sincerement', 'perso', 'personnellement', 'moi']);
/** True when the word at a opens a clause joined by « pis / et », over at most one adverb. */
function answerAfter(s: Stream, a: number): boolean {
  const k = a >= 2 && FRANKLY.has(keyOf(s.words[a - 1]!)) ? a - 2 : a - 1;
  return k >= 0 && s.sentence[k] === s.sentence[a] && AND.has(keyOf(s.words[k]!));
}

/** Warnings for misfortunes wished or welcomed near a people or a person; `judged[i]` marks words other readings took. */
export function findMisfortune(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  // First misfortune and first target of each sentence (word index + 1; 0 when none).
  const harm = new Int32Array(sentences);
  const target = new Uint8Array(sentences);
  for (const m of groupsOf(s).mentions) target[s.sentence[m.a]!] = 1;
  const found = findAllIn(s, MISFORTUNE);
  // A body harmed is a person's (« j'espère qu'il va se casser les deux jambes »): its own target.
  for (const f of findAllIn(s, BODY)) found.push(f), (target[s.sentence[f[0]]!] = 1);
  /** Where the misfortune starting at a word ends. */
  const end = new Int32Array(n);
  for (const [a, b] of found) {
    end[a] = b;
    if (!harm[s.sentence[a]!]) harm[s.sentence[a]!] = a + 1;
  }
  for (let i = 0; i < n; i += 1) if (PERSON.has(keyOf(s.words[i]!))) target[s.sentence[i]!] = 1;
  const quiet = quietSentences(s, sc, judged, tokens, CARE);
  const push = (a: number, h: number, b: number): void => void out.push({ kind: 'threat', severity: 'warning', a: Math.min(a, h), b: Math.max(b, end[h]!), doubtful: 'violence' });
  // The misfortune at or after each word of its sentence (+1; 0 when none).
  const next = new Int32Array(n + 1);
  for (const [a] of found) next[a] = a + 1;
  for (let i = n - 1; i >= 0; i -= 1) if (!next[i] && s.sentence[i + 1] === s.sentence[i]) next[i] = next[i + 1]!;
  const wishes = findAllIn(s, WISH);
  // A bare « Que… » opening the sentence wishes too (« Que la peste emporte… »).
  for (let i = 0; i < n; i += 1) if (!(i && s.sentence[i - 1] === s.sentence[i]) && /^que?$/.test(keyOf(s.words[i]!))) wishes.push([i, i + 1]);
  for (const [a, b] of wishes) {
    const k = s.sentence[a]!;
    // What one hopes comes after « j'espère que » (« un accident, j'espère qu'il va bien » hopes for the good); what
    // one wishes someone may come first (« un cancer, c'est ce que je vous souhaite »).
    const h = /^souhait/.test(keyOf(s.words[b - 1]!)) ? harm[k]! : next[b]! - b <= 12 ? next[b]! : 0;
    if (h && target[k] && !quiet[k]) push(a, h - 1, b);
  }
  for (const [a, b] of findAllIn(s, INDIFFERENT)) {
    const k = s.sentence[a]!;
    let said = false;
    for (let j = a; j < b; j += 1) if (judged[j] || s.quoted[j] || sc.spoken[j]) said = true;
    // (« Tant mieux » only as an answer, opening its sentence: « personne n'est blessé, tant mieux » is relief.)
    // (« … vont geler cet hiver pis franchement tant mieux »: after « pis / et » and an adverb, a clause of its own answers too.)
    if (keyOf(s.words[a]!) === 'tant' && a > 0 && s.sentence[a - 1] === k && !answerAfter(s, a)) continue;
    // The misfortune in the same sentence, or in the one before (« Un incendie à leur mosquée? Bon débarras. »).
    // It answers a misfortune told before it (« … brûlait, ça me dérangerait pas », not « ça me dérange pas que … »).
    const h = harm[k] && harm[k]! <= a && target[k] ? k : k > 0 && harm[k - 1] && (target[k - 1] || target[k]) ? k - 1 : -1;
    if (!said && h >= 0) push(a, harm[h]! - 1, b);
  }
  return out;
}
