/**
 * Coded references (3.2, implicit derogation): words that stand for a people only to those who know the code, read ONLY
 * beside their second element, never alone, as a warning to check (doubt 'hint', as hint.ts). The welfare-cheque day (« le
 * 1er du mois », « les chèques sont rentrés ») beside a crowd at the store (« plein à craquer », « les habitués »), beer
 * (« caisse de 24 »), scratch tickets, a party or « merci à nous »; a woman's period (« sa mauvaise semaine du mois », « quelle
 * semaine du mois éviter ») beside a woman in a role. Each half alone is ordinary: rent due on the 1st, the SAQ open on the
 * 1st, a date in the month, a woman named director. (Other codes are read by hint.ts: « grand remplacement », « 14 mots »
 * as whistles, « une certaine culture », « ce genre de monde » as clues.) Quiet in a denounced sentence (scope.ts).
 * Cost: a few pattern lookups by key (patterns.ts), nothing on a text without a code.
 */
import type { WordHit } from './hit.ts';
import { compile, findAllIn } from './patterns.ts';
import type { Scope } from './scope.ts';
import type { Stream } from './stream.ts';

/** Each code and its second elements (forms written out, no inflection: each new form also grows the disguise tables). */
const PAIRS = [
  [['1|premier er? du mois', 'cheques sont rentres'], ['craquer', 'habitues', '+caisse de 24', 'gratteux|party', 'merci a nous']],
  [['mauvaise semaine du mois', 'semaine du mois eviter'], ['femme|directrice|mairesse']],
].map(([c, p]) => [compile(c!), compile(p!)]);
/** The first person singular, by key; one expression for the module: a literal in the loop is a new object per word. */
const FIRST_PERSON = /^(?:je|mon|ma|mes|moi|me)$/;

/**
 * Warnings for a code beside its second element, in its sentence or the one before or after, the code's words highlighted;
 * not in a denounced sentence nor in one the speaker tells in the first person. One per kind of code: the warning asks to check the comment, not to count.
 */
export function findCoded(s: Stream, sc: Scope): WordHit[] {
  const out: WordHit[] = [];
  // The speaker's own errand or date is no code (« j'achète mes gratteux le 1er du mois », « mon chèque rentre le premier du
  // mois »): a sentence in the first person singular is left alone.
  const mine = new Set<number>();
  // (Not « j' », which keyOf reads « j »: « mauvaise semaine du mois, j'imagine » is an aside on someone else.)
  s.wordKeys.forEach((w, i) => FIRST_PERSON.test(w) && mine.add(s.sentence[i]!));
  for (const [code, second] of PAIRS) {
    // (The sentences of the second elements, looked up: linear however many codes a paste holds.)
    const near = new Set(findAllIn(s, second!).map(([c]) => s.sentence[c]!));
    const hit = findAllIn(s, code!).find(([a]) => !sc.denounced[s.sentence[a]!] && !mine.has(s.sentence[a]!) && [-1, 0, 1].some((d) => near.has(s.sentence[a]! + d)));
    if (hit) out.push({ kind: 'hate', severity: 'warning', a: hit[0], b: hit[1], doubtful: 'hint' });
  }
  return out;
}
