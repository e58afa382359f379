/**
 * A member of a people put in a role, mocked by a forecast (3.2, derogation without a degrading word): « une femme chef
 * des pompiers ? ben hâte de voir comment elle va éteindre les feux avec son mascara », « le nouveau conseiller est en
 * fauteuil roulant, au moins il partira pas en courant 🙃 », « un chauffeur avec un turban, j'espère qu'ils ont vérifié son
 * permis ». Two parts in one comment: a sentence that sets a person named by a people (an identity, a religious dress, a
 * wheelchair, an age of 60 and over) in a role, a job or a task (a role noun, « nommé », « engagé », « au volant », « qui
 * conduit »), and in it or the next sentence a forecast or a doubt on competence that mocks.
 *
 * A forecast is no mockery by itself (« hâte de la voir à l'œuvre! », « inquiétez-vous pas, elle a 20 ans d'expérience »):
 * the weak ones (« hâte de voir comment », « au moins il », « inquiétez-vous pas », « j'espère que », « va falloir »)
 * count only with a sign of irony in their sentence — a wink, contempt, laughter or nail emoji, « hein », « lol », a
 * stereotyped prop of vanity or smell (« ses ongles », « du désodorisant »). The strong ones mock on their own: a precaution or a prayer against the person at work (« on est jamais
 * trop prudent », « je reste en dedans », « prier pour arriver »), papers doubted (« vérifié son permis »), merit doubted
 * (« pour ses compétences, hein »), a failure blamed on them (« c'est pour ça que ma rue est jamais faite »).
 *
 * Kept quiet: praise or good news anywhere (« bravo », « félicitations », « enfin »), a comment against prejudice
 * (« préjugé », « sexiste »), one's own relatives (« ma fille conduit la souffleuse »), a sentence denounced, quoted or
 * reported, words another reading judged. A warning to check, never an error: the forecasts found here are read by hint.ts
 * as one more hint, beside a people named in their sentence or the next or the one before, with its guards (a comment
 * against prejudice, praise or good news, quotation, denounced or judged sentences); this file reads the role and the mockery.
 */
import { ROLE, SNEER } from './question.ts';
import { compile, fills, findAllIn, keyOf, NO_LONGER, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/** Forecasts and doubts. */
const MOCKS = compile(["hate de|d' voir comment", "au moins s'? il|elle|on", 'inquietez vous pas', 'trop +prudent', '~prier pour', '~verifier son|ses +permis|+diplome|+papier', "c' est pour ca qu'|que"]);
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
  // (Moods come as pairs, the mood then the word after it: warmth, « ❤ », sorts before the others; a number is no mood.)
  const ironic = new Set([...s.winkAt, ...s.moods.filter((_, k) => s.moods[k - 1]! > '❤')]);
  return findAllIn(s, MOCKS).filter(([a, b]) => {
    const k = s.sentence[a]!;
    let ok = false;
    let role = false;
    // (Past the last word, its sentence is undefined: the loop stops.)
    for (let j = Math.max(0, a - 30); j < a + 20 && s.sentence[j]! <= k; j += 1) {
      const w = s.words[j]!;
      if (s.sentence[j]! + 1 < k) continue;
      if ((j < 1 || s.brk[j] > 1) && /^m[ao]n?$/.test(keyOf(w))) return false;
      ok ||= s.sentence[j] === k && (ironic.has(j + 1) || ((j < a || j >= b) && (NO_LONGER.has(keyOf(w)) || SNEER.has(keyOf(w)))));
      role ||= fills(ROLE, w) || fills(PLACED, w);
    }
    return ok && role;
  });
}
