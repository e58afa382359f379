/**
 * A people blamed for what goes wrong (3.2): the group given as the cause (« c'est à cause des … que »,
 * « la faute aux … », « grâce aux … », « par la faute des … », « depuis l'arrivée des … », « depuis que
 * les … sont arrivés »), as the source (« … vient des … », « on doit aux … »), or as those responsible
 * (« les … sont responsables de … »), with something bad in the same sentence (an evil, a decline, a
 * danger: lexicon-claims.ts). The cause alone is no blame (« c'est grâce aux … que j'ai appris le
 * créole », « à cause des préjugés contre les … »): the group must follow the cue, and the harm be said.
 * Returns spans for hate.ts to judge (negated, reported: cleared there). Linear: a bounded look around
 * each cue.
 */
import { mentionAt, type Groups, type Mention } from './groups.ts';
import { blameOutcomes } from './lexicon-claims.ts';
import { fills, wordSet, isQue } from './patterns.ts';
import type { Stream } from './stream.ts';

const OUTCOME = wordSet(blameOutcomes);
/** Cues whose complement is a cause: « à cause de », « grâce à », « (la) faute à / de », « depuis l'arrivée de ». */
const CAUSE = new Set(['cause', 'grace', 'faute', 'arrivee', 'venue', 'merci']);
/** Thanks said in irony (« on peut remercier les … pour la destruction de … »). */
const THANK = wordSet(['~remercier']);
/** The preposition between a cue and the group. */
const OF = new Set(['de', 'd', 'des', 'du', 'a', 'au', 'aux']);
/** Between the source verb and « des » (« viennent tous / surtout / directement des … »). */
const ALL_OF = new Set(['tous', 'toutes', 'surtout']);
/** The group as a source or a debt: « vient des … », « on doit aux … ». */
const SOURCE = wordSet(['~venir', '~provenir', '~devoir']);
/** « les … sont responsables de … », « coupables de ». */
const RESPONSIBLE = wordSet(['+responsable', '+coupable']);
/** « depuis que les … sont arrivés / sont ici / sont là ». */
const ARRIVED = wordSet(['+arrive', '+debarque', '+installe', 'ici', 'la', 'icitte', 'partout', 'entres', 'entre']);
/** What the clause before the cue may hold and still be the blame's own frame (« ce n'est pas la faute … »: its negation is then inside the span). */
const FRAME = new Set(['c', 'ce', 'ca', 'est', 'etait', 'sera', 'n', 'ne', 'pas', 'jamais', 'a', 'la', 'par', 'juste', 'seulement', 'surtout', 'toujours', 'encore', 'tout', 'd', 'de']);
const DENIAL = new Set(['pas', 'jamais', 'aucun', 'aucune', 'nullement', 'aucunement', 'point', 'guere']);
/** How far from the group the harm may be said. */
const REACH = 14;
/** Every cue word of the frames below in one set: one test passes by nearly every word of a text. */
const CUES = wordSet(['~remercier', '~venir', '~provenir', '~devoir', '+responsable', '+coupable'], false);

/** The identity group starting at word k (after the preposition), or undefined. */
function groupAt(s: Stream, g: Groups, k: number): Mention | undefined {
  const m = mentionAt(g, (g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k] : g.headAt[k]);
  return m && m.identity && s.sentence[m.a] === s.sentence[k] ? m : undefined;
}

/** A word of harm at k; « pas mal » (Québec: « quite ») is none. */
const harmAt = (s: Stream, k: number): boolean => fills(OUTCOME, s.words[k]) && !(s.wordKeys[k]! === 'mal' && k > 0 && s.wordKeys[k - 1]! === 'pas');

/** The word of harm nearest to [a, b) in its sentence, outside it, or -1. */
function harmNear(s: Stream, a: number, b: number): number {
  for (let d = 1; d <= REACH; d += 1) {
    const after = b - 1 + d;
    if (after < s.words.length && s.sentence[after] === s.sentence[a] && harmAt(s, after)) return after;
    const before = a - d;
    if (before >= 0 && s.sentence[before] === s.sentence[a] && harmAt(s, before)) return before;
  }
  return -1;
}

/** « tout ça », « tout ceci »: all that went before, the thing blamed; « encore », « toujours »: a fault said again. */
const ALL = new Set(['ca', 'cela', 'ceci', 'ce']);
const AGAIN = new Set(['encore', 'toujours']);
/** True when word k opens its sentence, or follows only a short opener set off by a comma (« Selon moi, tout ça… »), not a clause of its own (« j'ai appris le créole, tout ça… »). */
const opening = (s: Stream, k: number): boolean => k < 3 || s.sentence[k - 3] !== s.sentence[k] ? k === 0 || s.sentence[k - 1] !== s.sentence[k] || s.brk[k] !== 0 : false;
/** True when the cause at i blames the group (ending at b) for everything, or once more: no harm need be named. */
function blamesAll(s: Stream, i: number, b: number): boolean {
  // « c'est à cause des … qu'on a ouvert une école », « … si le quartier a changé »: what they caused is named after, and is no harm.
  if (b < s.words.length && s.sentence[b] === s.sentence[i] && ['que', 'qu', 'si', 's'].includes(s.wordKeys[b]!)) return false;
  for (let k = i - 1; k >= 1 && i - k <= 8 && s.sentence[k] === s.sentence[i]; k -= 1) {
    if (s.wordKeys[k - 1]! === 'tout' && ALL.has(s.wordKeys[k]!) && opening(s, k - 1) && !(s.wordKeys[k]! === 'ce' && k + 1 < i && ['qui', 'que'].includes(s.wordKeys[k + 1]!))) return true;
    if (i - k <= 4 && AGAIN.has(s.wordKeys[k]!)) return true;
  }
  // « la faute aux …, comme toujours », « encore »: after the group, closing its sentence.
  for (let k = b; k < s.words.length && k - b < 3 && s.sentence[k] === s.sentence[i]; k += 1) if (AGAIN.has(s.wordKeys[k]!)) return true;
  return false;
}

/** Spans [a, b) where a people is blamed for harm; `denied` when the frame itself denies it (« ce n'est pas à cause des … »). */
export function findBlame(s: Stream, g: Groups): Array<{ a: number; b: number; denied: boolean }> {
  const out: Array<{ a: number; b: number; denied: boolean }> = [];
  const n = s.words.length;
  const at = (k: number, i: number): string => (k >= 0 && k < n && s.sentence[k] === s.sentence[i] ? s.wordKeys[k]! : '');
  for (let i = 0; i < n; i += 1) {
    const w = s.wordKeys[i]!;
    if (!CAUSE.has(w) && w !== 'depuis' && w !== 'qui' && !fills(CUES, s.words[i])) continue;
    let m: Mention | undefined;
    let cue = i;
    let inside = -1;
    if (CAUSE.has(w)) {
      // « à cause des … », « grâce aux … », « la faute aux … », « depuis l'arrivée des … ».
      let k = i + 1;
      if (OF.has(at(k, i))) k += 1;
      else continue;
      if (['les', 'ces', 'tous', 'toutes'].includes(at(k, i)) && !groupAt(s, g, k)) k += 1;
      m = groupAt(s, g, k) ?? groupAt(s, g, k - 1);
      if ((w === 'arrivee' || w === 'venue') && at(i - 1, i) !== 'l' && at(i - 2, i) !== 'depuis') m = undefined;
    } else if (fills(THANK, s.words[i])) {
      m = groupAt(s, g, i + 1);
    } else if (fills(SOURCE, s.words[i]) && (OF.has(at(i + 1, i)) || (ALL_OF.has(at(i + 1, i)) && OF.has(at(i + 2, i))))) {
      // « … vient des … », « on doit aux … la hausse de … », « nos problèmes viennent tous des … ».
      const o = OF.has(at(i + 1, i)) ? i + 1 : i + 2;
      m = groupAt(s, g, o) ?? groupAt(s, g, o + 1);
      if (w.startsWith('doi') || w.startsWith('dev') || w.startsWith('du')) {
        if (!['on', 'nous'].includes(at(i - 1, i))) m = undefined;
      }
    } else if (fills(SOURCE, s.words[i]) && ['on', 'nous'].includes(at(i - 1, i)) && isQue(at(i - 2, i))) {
      // « c'est aux … que nous devons cette insécurité »: the group brought forward by a cleft.
      const before = mentionAt(g, g.endingAt[i - 2]);
      m = before && before.identity && s.sentence[before.a] === s.sentence[i] ? before : undefined;
    } else if (fills(RESPONSIBLE, s.words[i]) && (OF.has(at(i + 1, i)) || at(i - 2, i) === 'en' || at(i - 3, i) === 'en')) {
      // « … responsables de … », or the harm said first and taken up by « en » (« si nos écoles se dégradent, les … en sont responsables »).
      // « les … sont (les seuls) responsables de … »: the group as the subject before.
      let k = i - 1;
      while (k >= 0 && i - k <= 4 && s.sentence[k] === s.sentence[i] && (g.endingAt[k + 1] ?? -1) < 0) k -= 1;
      const subj = k >= 0 ? mentionAt(g, g.endingAt[k + 1]) : undefined;
      m = subj && subj.identity && subj.generic ? subj : undefined;
      cue = m ? m.a : i;
    } else if (w === 'qui' && at(i - 1, i) === 'ce') {
      // « (tout) ce qui va mal ici, c'est les … »: the pseudo-cleft names the harm, then the group after « c'est ».
      let k = i + 1;
      while (k < n && k - i < 10 && s.sentence[k] === s.sentence[i] && !(['c', 'ce'].includes(at(k, i)) && ['est', 'sont', 'etait'].includes(at(k + 1, i)))) k += 1;
      if (at(k + 1, i) !== '' && s.brk[k] !== 0) m = groupAt(s, g, k + 2);
      // The harm is said inside the relative clause (« va mal », « cloche »): the span runs from « ce » on.
      for (let j = i + 1; m && j < k && inside < 0; j += 1) if (harmAt(s, j)) inside = j;
      if (inside < 0) m = undefined;
      cue = i - 1;
    } else if (w === 'depuis' && isQue(at(i + 1, i))) {
      // « depuis que les … sont arrivés / sont ici ».
      const found = groupAt(s, g, i + 2);
      let k = found ? found.b : -1;
      if (k >= 0 && ['sont', 'se'].includes(at(k, i))) k += 1;
      if (k >= 0 && ['y', 'en'].includes(at(k, i))) k += 1;
      m = found && k < n && fills(ARRIVED, s.words[k]) && s.sentence[k] === s.sentence[i] ? found : undefined;
    }
    if (!m) continue;
    let harm = inside >= 0 ? inside : harmNear(s, Math.min(cue, m.a), m.b);
    // « Tout ça, c'est à cause des … », « c'est encore la faute des … »: the harm is all that went before, taken up, or a fault said again.
    if (harm < 0 && (w === 'cause' || w === 'faute') && blamesAll(s, i, m.b)) harm = m.b - 1;
    if (harm < 0) continue;
    let from = Math.min(cue, m.a, harm);
    let denied = false;
    while (from > 0 && i - from < 6 && s.clause[from - 1] === s.clause[i] && FRAME.has(s.wordKeys[from - 1]!)) {
      from -= 1;
      if (['pas', 'jamais'].includes(s.wordKeys[from]!)) denied = true;
    }
    const to = Math.max(m.b, harm + 1);
    // « … ne sont pas responsables de … », « la criminalité n'a pas augmenté »: a denial anywhere in the blame.
    // The harm's own verb may follow it (« la criminalité n'a pas augmenté »): a few words more in its clause.
    const end = Math.min(s.words.length, to + 4);
    for (let k = from; k < end && !denied && (k < to || s.clause[k] === s.clause[to - 1]); k += 1) if (DENIAL.has(s.wordKeys[k]!) && (s.wordKeys[k + 1] ?? s.wordKeys[k]!) !== 'mal') denied = true;
    out.push({ a: from, b: to, denied });
  }
  return out;
}
