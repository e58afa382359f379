/**
 * A person's name standing for a people (3.2, antonomasia): « encore un Mohamed 🙄 », « le nouveau proprio s'appelle Goldberg,
 * devinez qui va monter les loyers », « je gage que le suspect s'appelle pas Gagnon 😏 ». No people is named in words: a
 * name marked by origin is used as a TYPE, and a hint leaves the reader to conclude. The same names are neighbours,
 * colleagues and news every day (« mon voisin Mohamed m'a aidé 😉 », « bienvenue à Karim »), so a name counts as a people
 * only used as a type: counted or indefinite (« un/encore un/un autre/des/les/trois Singh »), what someone is called
 * (« s'appelle Goldberg », « nommé Karim »); a very common name of ours only denied or searched for (« c'est pas un
 * Tremblay », « cherchez les Tremblay »: the others are meant; « le suspect s'appelle pas Gagnon » is hint.ts's own). hint.ts
 * reads them as the people of its hints (a warning, with its guards: welcome, praise, counter-speech, quotation, a sentence
 * another reading judged). The classes are short on purpose: common names the sets use to point at Arab
 * or Muslim, African, Jewish and South-Asian people, and the commonest Québécois surnames (not « Roy », « Côté », ordinary
 * words).
 */
import { keyOf } from './patterns.ts';
import type { Stream } from './stream.ts';

/**
 * Names marked by origin, then the commonest of ours (after « | »). (« Mohamed » reaches the grammar spelt « mohammed », the
 * lexicon's spelling: near.ts.)
 */
export const [OTHER_NAMES, OUR_NAMES] = 'mohammed mamadou karim youssef ahmed rachid goldberg cohen levy singh patel|tremblay gagnon lavoie'.split('|').map((l) => new Set(l.split(' ')));

/** The names used as a type (word indexes): counted or called so; ours, denied or searched for. */
export function namedTypes(s: Stream): number[] {
  const out: number[] = [];
  s.words.forEach((t, i) => {
    // (The word k before, across a sentence's end at times, which no name used as a type reads.)
    const at = (k: number): string => (i < k ? '' : s.wordKeys[i - k]!);
    if ((OTHER_NAMES!.has(keyOf(t)) && (/^(une?|des|les|autre|aucun|trois|\d+|appel\w*|nomme\w*)$/.test(at(1)))) || (OUR_NAMES!.has(keyOf(t)) && /^(pas|aucun|cherch|trouv)/.test(at(2)))) out.push(i);
  });
  return out;
}
