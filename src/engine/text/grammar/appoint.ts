/**
 * A member of a people put in a role, mocked by a forecast (3.2, derogation without a degrading word): « le nouveau
 * conseiller est en fauteuil roulant, au moins il partira pas en courant 🙃 », « un chauffeur avec un turban, j'espère
 * qu'ils ont vérifié son permis pis pas juste son diplôme », « les femmes au volant des chasse-neige, c'est pour ça que ma
 * rue est jamais faite ». Two parts: a person named by a people (an identity, a religious dress, a wheelchair: hint.ts reads
 * them, in the forecast's sentence or the one before or after) set in a role, a job or a task (a role of trust,
 * lexicon-predicates.ts, a hiring verb, « au volant », « conduire ») in the forecast's sentence or the one before, and a
 * forecast or a doubt on competence that mocks (« au moins il », « inquiétez-vous pas », « on est jamais trop prudent », « vérifié
 * son permis », « c'est pour ça que »).
 *
 * A forecast is no mockery by itself (« inquiétez-vous pas, elle a 20 ans d'expérience »): it counts with a sign of irony in
 * its sentence — a wink emoji or an emoji mood other than warmth (laughter, « 💅 », stream.ts), a sneer (« hein », « lol »,
 * question.ts) — or a failure foretold or blamed besides its own words (a negation: « au moins il va pas… », « jamais
 * faite »). The forecasts found here are read by hint.ts as one more hint, with its guards: praise or good news in the
 * comment (« bravo », « félicitations », « enfin »), a comment against prejudice, quotation, denounced or judged sentences.
 * A warning to check, never an error. (Kept small for the page budget: a hope « espérons que », « va falloir », « hâte de voir
 * comment », a prayer « prier pour arriver » and props of a stereotype « son mascara » are left out.)
 */
import { ROLE, SNEER } from './question.ts';
import { compile, fills, findAllIn, keyOf, NO_LONGER, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/**
 * The words that follow a wink or an emoji mood other than warmth (hint.ts reads its forecasts with them too). (Moods come as
 * pairs, the mood then the word after it: warmth, « ❤ », sorts before the others; a number is no mood.)
 */
export const ironyAt = (s: Stream): Set<number> => new Set([...s.winkAt, ...s.moods.filter((_, k) => s.moods[k - 1]! > '❤')] as number[]);

/** Forecasts and doubts. */
const MOCKS = compile(["au moins s'? il|elle|on|les|ses|nos", 'inquietez vous pas', 'bonne chance pour|avec', 'trop +prudent', '~verifier son|ses +permis|+diplome', "c' est pour ca qu'|que"]);
/** The speaker's own family. */
const KIN = compile(['ma|mon|mes +fille|+fils|+femme|+mari|blonde|chum|mere|pere|+soeur|+frere|+enfant']);
/** Hiring verbs (hint.ts counts one more of a people hired with them). */
export const HIRED = '~engager|~nommer|~embaucher|~elire';
/** A person set in a role, a job or a task, besides the roles of trust (question.ts). */
const PLACED = wordSet([HIRED, '~conduire', 'volant'], false);

/**
 * The forecasts that mock a person set in a role, in their sentence or the one before: with a sign of irony in their
 * sentence, an emoji of winking or of a mood other than warmth closing a word, or a sneer (« hein », « lol », question.ts)
 * or a failure besides the forecast's own words (« au moins il partira pas », « on est jamais trop prudent », « c'est pour
 * ça que ma rue est jamais faite »). Bounded: a window of words around each forecast.
 */
export function mocked(s: Stream): Array<[number, number]> {
  const ironic = ironyAt(s);
  // One's own family at the wheel is care, not a people mocked (« ma fille conduit la souffleuse, on est jamais trop prudent »).
  const kin = new Set(findAllIn(s, KIN).map(([a]) => s.sentence[a]!));
  return findAllIn(s, MOCKS).filter(([a, b]) => {
    const k = s.sentence[a]!;
    if (kin.has(k) || kin.has(k - 1)) return false;
    let ok = false;
    let role = false;
    // (Past the last word, its sentence is undefined: the loop stops.)
    for (let j = Math.max(0, a - 30); j < a + 20 && s.sentence[j]! <= k; j += 1) {
      const w = s.words[j]!;
      if (s.sentence[j]! + 1 < k) continue;
      ok ||= s.sentence[j] === k && (ironic.has(j + 1) || ((j < a || j >= b) && (NO_LONGER.has(keyOf(w)) || SNEER.has(keyOf(w)))));
      role ||= fills(ROLE, w) || fills(PLACED, w);
    }
    return ok && role;
  });
}
