/**
 * Nothing to be had from a people (3.2): « on ne peut rien attendre des … », « il n'y a rien à tirer d'un
 * … », « il ne sort jamais rien de bon des … », « des …, on n'a jamais rien vu de bon ». The frame is
 * « rien » with a verb of getting or expecting in its clause, and the group as where it would come from
 * (« de / des / d' » after the verb, or set out before the clause as « Des …, »). Nothing from a thing or an
 * office is no hate (« on ne peut rien attendre du ministère »): the group must be an identity. Returns
 * spans for hate.ts to judge (the frame's own « ne … rien » is part of it; a negation or report around it
 * clears it there). Linear: a bounded look around each « rien ».
 */
import { mentionAt, type Groups, type Mention } from './groups.ts';
import { fills, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/** Getting, expecting or drawing something from someone, by lemma. */
const GET = wordSet(['~attendre', '~compter', '~esperer', '~tirer', '~retirer', '~sortir', '~venir', '~voir', '~gagner', 'obtenir', 'obtient', 'obtiennent', 'obtenu', 'obtiendra', 'obtiendrait'], false);
/** « de » before the source, with its article. */
const FROM = new Set(['de', 'd', 'des', 'du']);
/** Words between « rien » and the source, or around the verb (« rien de bon », « rien à tirer », « jamais rien vu »). */
const GAP = new Set(['de', 'd', 'bon', 'bien', 'valable', 'utile', 'positif', 'a', 'jamais', 'plus', 'vraiment', 'absolument', 'strictement', 'pu', 'eu', 'on', 'peut', 'pourra', 'va', 'faut', 'y', 'en', 'ne', 'n', 'ai', 'as', 'avons', 'avez', 'ont', 'pas', 'grand', 'chose', 'du', 'tout', 'la', 'part', 's', 'se']);
const RETURN = new Set(['retour', 'echange', 'sinon', 'sauf']);
/** Negative subjects of the frame (« personne n'a jamais rien tiré de … »). */
const NOBODY = new Set(['personne', 'nul']);
/** How far from « rien » the verb may stand. */
const REACH = 5;

/** The identity group starting right at word k, in the sentence of word i. */
function identityAt(s: Stream, g: Groups, k: number, i: number): Mention | undefined {
  if (k >= s.words.length || s.sentence[k] !== s.sentence[i]) return undefined;
  const m = mentionAt(g, (g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k] : g.headAt[k]);
  return m && m.identity ? m : undefined;
}

/** True when « en » stands between words a and b (« rien en attendre »): the source is taken up. */
function takenUp(s: Stream, a: number, b: number): boolean {
  for (let k = a; k <= b; k += 1) if (s.wordKeys[k]! === 'en') return true;
  return false;
}

/** Spans [a, b) where nothing is to be had from a people. */
export function findNothingExpected(s: Stream, g: Groups): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  const n = s.words.length;
  for (let i = 0; i < n; i += 1) {
    // « rien », or « (pas) grand-chose »: nothing, or nearly.
    if (s.wordKeys[i]! !== 'rien' && !(s.wordKeys[i]! === 'chose' && i > 0 && s.wordKeys[i - 1]! === 'grand')) continue;
    // « rien ne … » is a subject (« rien ne vient des … »), read elsewhere.
    if (i + 1 < n && ['ne', 'n'].includes(s.wordKeys[i + 1]!)) continue;
    let verb = -1;
    for (let k = Math.max(0, i - REACH); k < Math.min(n, i + REACH + 1) && verb < 0; k += 1) if (k !== i && s.clause[k] === s.clause[i] && fills(GET, s.words[k])) verb = k;
    if (verb < 0) continue;
    // The source after the verb and « rien »: « de / des / d' » then the group, only gap words between.
    let k = Math.max(i, verb) + 1;
    const source = (k: number): Mention | undefined => (FROM.has(s.wordKeys[k]!) ? identityAt(s, g, k + 1, i) ?? identityAt(s, g, k, i) : undefined);
    while (k < n && k - i <= 8 && s.clause[k] === s.clause[i] && GAP.has(s.wordKeys[k]!) && !source(k)) k += 1;
    const m = k < n ? source(k) : undefined;
    let from = Math.min(i, verb);
    // « Personne n'a jamais rien obtenu de … »: « personne » is the frame's own negation, kept inside the span.
    for (let p = from - 1; p >= 0 && from - p <= 4 && s.clause[p] === s.clause[i]; p -= 1) if (NOBODY.has(s.wordKeys[p]!)) from = p;
    if (m) {
      // « rien … des … en retour », « sinon qu'ils… »: nothing asked back is generosity, not worth denied.
      if (![m.b, m.b + 1].some((k) => k < n && RETURN.has(s.wordKeys[k]!))) out.push({ a: from, b: m.b });
      continue;
    }
    // « Des …, on n'a jamais rien vu de bon », « Les …, faut rien en attendre »: the source set out before the clause.
    let j = from - 1;
    while (j >= 0 && from - j <= 10 && s.sentence[j] === s.sentence[i] && s.brk[j + 1] === 0) j -= 1;
    const before = j >= 0 && s.sentence[j] === s.sentence[i] ? mentionAt(g, g.endingAt[j + 1]) : undefined;
    if (before && before.identity && s.brk[j + 1] !== 0 && (FROM.has(s.wordKeys[before.a]!) || (before.generic && takenUp(s, from, Math.max(i, verb))))) out.push({ a: before.a, b: Math.max(i, verb) + 1 });
  }
  return out;
}
