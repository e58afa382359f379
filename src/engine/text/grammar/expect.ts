/**
 * Nothing to be had from a people (3.2): « on ne peut rien attendre des … », « il n'y a rien à tirer d'un
 * … », « il ne sort jamais rien de bon des … », « des …, on n'a jamais rien vu de bon ». The frame is
 * « rien » with a verb of getting or expecting in its clause, and the group as where it would come from
 * (« de / des / d' » after the verb, or set out before the clause as « Des …, »). Nothing from a thing or an
 * office is no hate (« on ne peut rien attendre du ministère »): the group must be an identity. Returns
 * spans for hate.ts to judge (the frame's own « ne … rien » is part of it; a negation or report around it
 * clears it there). Linear: a bounded look around each « rien ».
 *
 * The same walk reads low expectations said without « rien » (lowered(), below): praise limited by the
 * group (« il parle bien pour un … »), surprise that one of them can (« ça m'étonne qu'un … sache lire ») and
 * virtues supposed away (« si les … étaient capables, … »).
 */
import type { Groups, Mention } from './groups.ts';
import { fills, keyOf, wordSet } from './patterns.ts';
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

/** Praise of a person (« il parle bien », « elle est intelligente », « pas pire »), and the virtues a hypothesis supposes away. */
const PRAISE = wordSet(['bien', 'pire', '+intelligent', '+propre', '+poli', '+honnete', '+travaillant', '+brillant', '+articule', '+ponctuel', '+competent', '+capable', '+civilise', '+bon'], false);
/** The person praised, just before the praise (« il / elle / tu / y »). */
const PERSON = new Set(['il', 'elle', 'tu', 't', 'y', 'ils', 'elles', 's']);
/** Surprise at what one of them does (« ça m'étonne / c'est surprenant / j'en reviens pas qu'un … »). */
const SURPRISE = new Set(['etonne', 'etonnant', 'surprenant', 'surprend', 'reviens']);
/** What one of them is found able to do, the basics (knowing, reading, working, paying); a feat (« réussi à ouvrir son restaurant ») is admired. */
const ABLE = wordSet(['~savoir', 'sache', '~comprendre', '~travailler', '~payer', 'paie', '~parler', '~lire', '~compter'], false);
const THAT = new Set(['que', 'qu']);
const ONE = new Set(['un', 'une', 'des']);
/** Praise too plain to be a virtue supposed away (« si les … étaient bien payés »). */
const PLAIN = new Set(['bien', 'pire']);
const SKILL = new Set(['de', 'd', 'en', 'a', 'au', 'aux', 'avec', 'pour', 'dans']);
/** The speaker's own people said in the same frames is self-mockery (« s'ils étaient si bons, les Québécois… »). */
const OWN = /^(?:quebec|canad)/;

/** The identity group starting right at word k, in the sentence of word i. */
function identityAt(s: Stream, g: Groups, k: number, i: number): Mention | undefined {
  if (k >= s.words.length || s.sentence[k] !== s.sentence[i]) return undefined;
  const m = g.mentions[(g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k]! : (g.headAt[k] ?? -1)];
  return m && m.identity ? m : undefined;
}

/** True when « en » stands between words a and b (« rien en attendre »): the source is taken up. */
function takenUp(s: Stream, a: number, b: number): boolean {
  for (let k = a; k <= b; k += 1) if (keyOf(s.words[k]!) === 'en') return true;
  return false;
}

/** The first word from a on, within `reach` words in the sentence of a, that passes `test`, or -1. */
function ahead(s: Stream, a: number, reach: number, test: (k: number) => boolean): number {
  for (let k = a; k < s.words.length && k - a <= reach && s.sentence[k] === s.sentence[a]; k += 1) if (test(k)) return k;
  return -1;
}

/** Low expectations of a people at word i (see the header), as a span, or undefined. */
function lowered(s: Stream, g: Groups, i: number, w: string): { a: number; b: number } | undefined {
  const key = (k: number): string => (k >= 0 && s.sentence[k] === s.sentence[i] ? keyOf(s.words[k]!) : '');
  const praised = (k: number): boolean => fills(PRAISE, s.words[k]) && ahead(s, Math.max(0, k - 4), 3, (p) => PERSON.has(key(p))) >= 0;
  const next = key(i + 1);
  if (w === 'pour' && ONE.has(next)) {
    // « Pour une …, elle conduit pas si pire », « il s'exprime bien pour un … », « pour des …, ils sont propres »: the group closes its clause,
    // opening the sentence or clause before the praise (« Pour une …, elle… »), or right after the praise (« intelligente pour une … »).
    const m = identityAt(s, g, i + 1, i);
    if (!m || m.a !== i + 1 || s.clause[m.b] === s.clause[i]) return undefined;
    const after = ahead(s, m.b, 8, praised);
    if (after >= 0 && s.clause[i - 1] !== s.clause[i]) return { a: i, b: after + 1 };
    return praised(i - 1) && s.clause[i - 1] === s.clause[i] ? { a: i - 1, b: m.b } : praised(i - 2) && s.clause[i - 2] === s.clause[i] ? { a: i - 2, b: m.b } : undefined;
  }
  if (SURPRISE.has(w) && (w === 'reviens' || (next !== 'pas' && key(i - 1) !== 'pas'))) {
    // « Ça m'étonne qu'un … sache lire », « j'en reviens pas qu'une … paie ses taxes »: one member able to do the basics, a wonder.
    const that = ahead(s, i + 1, 3, (k) => THAT.has(key(k)));
    const m = that >= 0 && key(that + 1) !== 'des' && ONE.has(key(that + 1)) ? identityAt(s, g, that + 1, i) : undefined;
    const able = m ? ahead(s, m.b, 3, (k) => fills(ABLE, s.words[k]) && key(k + 1) !== 'ete') : -1;
    return able >= 0 ? { a: i, b: able + 1 } : undefined;
  }
  if (w !== 'si' && w !== 's') return undefined;
  // « Si les … étaient capables, … », « s'ils étaient si brillants, les … »: the virtue supposed away; not a skill or a means after it
  // (« bons en français », « capables de faire reconnaître leurs diplômes »), nor the speaker's own people.
  const m = identityAt(s, g, i + 1, i);
  const subject = m?.generic ? m.b : next === 'ils' || next === 'elles' ? i + 2 : -1;
  if (key(subject) !== 'etaient' && key(subject) !== 'avaient') return undefined;
  const virtue = ahead(s, subject + 1, 3, (k) => fills(PRAISE, s.words[k]) && !PLAIN.has(key(k)));
  const named = virtue < 0 || SKILL.has(key(virtue + 1)) ? undefined : m ?? g.mentions[g.nextAfter[virtue] ?? -1];
  if (!named?.generic || !named.identity || s.sentence[named.a] !== s.sentence[i] || OWN.test(keyOf(s.words[named.head]!))) return undefined;
  // The span is the answer after it (« …, l'Afrique serait riche »): the supposition alone is no statement (scope.ts).
  const a = ahead(s, virtue, 8, (k) => s.clause[k] !== s.clause[i]);
  if (a < 0) return { a: i, b: Math.max(virtue + 1, named.b) };
  let b = a;
  while (b < s.words.length && b - a < 10 && s.clause[b] === s.clause[a]) b += 1;
  return { a, b };
}

/** Spans [a, b) where nothing is to be had from a people. */
export function findNothingExpected(s: Stream, g: Groups): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  const n = s.words.length;
  for (let i = 0; i < n; i += 1) {
    const low = lowered(s, g, i, keyOf(s.words[i]!));
    if (low) out.push(low);
    // « rien », or « (pas) grand-chose »: nothing, or nearly.
    if (keyOf(s.words[i]!) !== 'rien' && !(keyOf(s.words[i]!) === 'chose' && i > 0 && keyOf(s.words[i - 1]!) === 'grand')) continue;
    // « rien ne … » is a subject (« rien ne vient des … »), read elsewhere.
    if (i + 1 < n && ['ne', 'n'].includes(keyOf(s.words[i + 1]!))) continue;
    let verb = -1;
    for (let k = Math.max(0, i - REACH); k < Math.min(n, i + REACH + 1) && verb < 0; k += 1) if (k !== i && s.clause[k] === s.clause[i] && fills(GET, s.words[k])) verb = k;
    if (verb < 0) continue;
    // The source after the verb and « rien »: « de / des / d' » then the group, only gap words between.
    let k = Math.max(i, verb) + 1;
    const source = (k: number): Mention | undefined => (FROM.has(keyOf(s.words[k]!)) ? identityAt(s, g, k + 1, i) ?? identityAt(s, g, k, i) : undefined);
    while (k < n && k - i <= 8 && s.clause[k] === s.clause[i] && GAP.has(keyOf(s.words[k]!)) && !source(k)) k += 1;
    const m = k < n ? source(k) : undefined;
    let from = Math.min(i, verb);
    // « Personne n'a jamais rien obtenu de … »: « personne » is the frame's own negation, kept inside the span.
    for (let p = from - 1; p >= 0 && from - p <= 4 && s.clause[p] === s.clause[i]; p -= 1) if (NOBODY.has(keyOf(s.words[p]!))) from = p;
    if (m) {
      // « rien … des … en retour », « sinon qu'ils… »: nothing asked back is generosity, not worth denied.
      if (![m.b, m.b + 1].some((k) => k < n && RETURN.has(keyOf(s.words[k]!)))) out.push({ a: from, b: m.b });
      continue;
    }
    // « Des …, on n'a jamais rien vu de bon », « Les …, faut rien en attendre »: the source set out before the clause.
    let j = from - 1;
    while (j >= 0 && from - j <= 10 && s.sentence[j] === s.sentence[i] && s.brk[j + 1] === 0) j -= 1;
    const before = j >= 0 && s.sentence[j] === s.sentence[i] ? g.mentions[g.endingAt[j + 1] ?? -1] : undefined;
    if (before && before.identity && s.brk[j + 1] !== 0 && (FROM.has(keyOf(s.words[before.a]!)) || (before.generic && takenUp(s, from, Math.max(i, verb))))) out.push({ a: before.a, b: Math.max(i, verb) + 1 });
  }
  return out;
}
