/**
 * Universals restated as the generic sentence they mean, so every reading of what is said of a group
 * applies to them (3.2). A negated existence, a speaker who never met one, or a challenge to name one,
 * followed by a relative clause, counts its negations:
 * - « il n'y a pas un seul … qui ne soit pas un profiteur », « j'ai jamais vu une … qui était pas
 *   hystérique », « trouvez-moi un seul … qui ne vole pas » (two): « les … sont un profiteur »;
 * - « nommez-moi un seul … qui travaille », « il n'y a pas un … qui soit honnête » (one): « les … ne
 *   travaillent pas »;
 * and a negative quantifier as subject (« aucun … n'est capable de », « pas un seul de ces … n'est
 * honnête », « jamais un … ne respectera ») is « les … ne sont pas capables de ». The words kept are the text's own; the few put in
 * (« les », « ne », « pas ») carry the span of a word they replace, so findings stay in the text. Ordinary
 * requests (« trouvez-moi un employé qui parle anglais ») are not challenges: only « un seul » is.
 * One pass with a bounded look ahead: linear.
 */
import type { Token } from '../tokens.ts';
import { nominalAt } from './nominal.ts';
import { keyOf, isQue } from './patterns.ts';

/** Words spelt like an infinitive that are prepositions or determiners (« aucune différence entre un … »). */
const NOT_VERBS = new Set(['entre', 'contre', 'notre', 'votre', 'autre', 'leur', 'pour', 'sur', 'par', 'hier', 'cher', 'fier', 'premier', 'dernier']);

/** Participles of meeting (« je n'ai jamais rencontré / vu / connu / croisé un … »). */
const MET = new Set(['rencontre', 'rencontree', 'vu', 'vue', 'connu', 'connue', 'croise', 'croisee', 'trouve', 'trouvee', 'cotoye', 'cotoyee']);
/** Meeting, said in the present (« je ne connais aucun … », « je ne vois pas un … »). */
const MEET_NOW = new Set(['connais', 'connait', 'connaissons', 'vois', 'voit', 'voyons', 'rencontre', 'croise', 'trouve']);
/** Imperatives that dare the reader to name one (« nommez-moi un seul … »). */
const DARE = new Set(['trouvez', 'trouve', 'nommez', 'nomme', 'montrez', 'montre', 'citez', 'cite', 'donnez', 'donne', 'presentez', 'presente']);
const ONE = new Set(['un', 'une']);
const ALONE = new Set(['seul', 'seule']);
const NONE = new Set(['aucun', 'aucune', 'nul', 'nulle']);
const NE = new Set(['ne', 'n']);
/** Words of the relative's own negation (« qui ne soit pas », « qui n'a jamais »). */
const DENY = new Set(['pas', 'jamais', 'point']);
/** A negation already in the clause after a negative quantifier's verb (« aucun … ne sera jamais »): nothing to add. */
const STILL_DENIED = new Set(['pas', 'jamais', 'plus', 'rien', 'guere', 'point', 'que', 'qu', 'aucunement', 'nullement']);
/** Between « de » and the noun (« pas un seul de ces … », « aucun des … »). */
const OF_THEM = new Set(['ces', 'les', 'tous', 'toutes', 'nos', 'vos', 'leurs']);
/** The noun phrase before « qui » or « ne »: at most this many words. */
const NOUN_MAX = 3;
const RELATIVE = new Set(['que', 'qu', 'qui', 'dont']);

/** The words a restatement can start on (a quantifier, « pas un seul », « un … », or an opener's first word): any other is passed by. */
const STARTERS = new Set([...NONE, 'pas', ...ONE, 'il', 'y', 'ya', 'n', 'je', 'j', 'on', 'nous', 'jamais', 'qu', 'que', ...DARE]);

/** A word put in, on the span of the word `t` it stands for. */
const as = (t: Token, form: string): Token => ({ ...t, norm: form, form, lemma: form });

/**
 * Where the opener of a universal that starts at word i ends (exclusive) and how many negations it
 * carries, or undefined. The opener ends on « un / une / de », the noun's determiner.
 */
function opener(words: readonly Token[], brk: readonly number[], i: number): { det: number; denials: number; seen: boolean } | undefined {
  const key = (k: number): string => (k < words.length && (k === i || brk[k] === 0) ? keyOf(words[k]!) : '');
  const w = key(i);
  let k = i;
  let denials = 1;
  if (w === 'il' || w === 'y' || w === 'ya' || w === 'n') {
    // « il n'y a pas », « y a pas », « y'a pas », « il n'existe pas ».
    if (key(k) === 'il') k += 1;
    if (NE.has(key(k))) k += 1;
    if (key(k) === 'y' && key(k + 1) === 'a') k += 2;
    else if (key(k) === 'ya' || key(k) === 'existe') k += 1;
    else return undefined;
    // « il n'y a aucun … qui »: the determiner denies.
    if (NONE.has(key(k))) return { det: k, denials, seen: false };
    if (!DENY.has(key(k))) return undefined;
    k += 1;
    if (key(k) === 'de' || key(k) === 'd') return { det: k, denials, seen: false };
  } else if (w === 'je' || w === 'j' || w === 'on' || w === 'nous') {
    // « je n'ai jamais rencontré », « j'ai jamais vu », « on n'a jamais connu », « je ne connais aucun ».
    k += 1;
    if (NE.has(key(k))) k += 1;
    if (MEET_NOW.has(key(k))) {
      k += 1;
      if (NONE.has(key(k))) return { det: k, denials, seen: true };
      if (!DENY.has(key(k))) return undefined;
      k += 1;
    } else {
      if (!['ai', 'a', 'avons'].includes(key(k))) return undefined;
      k += 1;
      if (key(k) === 'encore' || key(k) === 'toujours') k += 1;
      if (!DENY.has(key(k))) return undefined;
      k += 1;
      if (key(k) === 'encore') k += 1;
      if (!MET.has(key(k))) return undefined;
      k += 1;
    }
    // « je n'ai jamais vu de … qui ».
    if (key(k) === 'de' || key(k) === 'd') return { det: k, denials, seen: true };
    if (ONE.has(key(k))) return { det: k, denials, seen: true };
  } else if (w === 'jamais' && ['je', 'j', 'on', 'nous'].includes(key(k + 1))) {
    // « Jamais je n'ai rencontré de … qui … »: the denial fronted.
    k += 2;
    if (NE.has(key(k))) k += 1;
    if (!['ai', 'a', 'avons'].includes(key(k)) || !MET.has(key(k + 1))) return undefined;
    k += 2;
    if (key(k) === 'de' || key(k) === 'd' || ONE.has(key(k))) return { det: k, denials, seen: true };
    return undefined;
  } else if (DARE.has(w) || ((w === 'qu' || w === 'que') && key(k + 1) === 'on' && key(k + 2) === 'me' && DARE.has(key(k + 3)))) {
    // « Nommez-moi un seul … », « Qu'on me montre un seul … ».
    if (!DARE.has(w)) k += 3;
    k += 1;
    if (key(k) === 'moi' || key(k) === 'nous') k += 1;
    if (!ONE.has(key(k)) || !ALONE.has(key(k + 1))) return undefined;
    denials = 1;
  } else return undefined;
  return ONE.has(key(k)) ? { det: k, denials, seen: false } : undefined;
}

/**
 * Rewrites the universals and the nominal sentences (nominal.ts) of the stream's words in place
 * (parallel arrays, as stream.ts builds them). Each word is copied once; look aheads are bounded.
 */
export function restateUniversals(words: Token[], brk: number[], quoted: number[], hyphen: number[]): void {
  const nominal = nominalAt(words, brk);
  const w: Token[] = [];
  const b: number[] = [];
  const q: number[] = [];
  const h: number[] = [];
  // Nothing is copied until the first restatement: most texts have none, and keep their arrays as they are.
  let changed = false;
  const emit = (t: Token, x: number, y: number, z: number): void => {
    w.push(t);
    b.push(x);
    q.push(y);
    h.push(z);
  };
  /** At the first restatement, copies the words before it, kept as they are. */
  const catchUp = (i: number): void => {
    if (changed) return;
    for (let k = 0; k < i; k += 1) emit(words[k]!, brk[k]!, quoted[k]!, hyphen[k]!);
    changed = true;
  };
  const key = (k: number, from: number): string => (k < words.length && (k === from || brk[k] === 0) ? keyOf(words[k]!) : '');
  for (let i = 0; i < words.length; ) {
    if (nominal?.[i]) {
      catchUp(i);
      // « Les … : une calamité » → « les … sont une calamité »; « quelle plaie » → « sont des plaie ».
      emit(as(words[i]!, 'sont'), 0, quoted[i]!, 0);
      emit(nominal[i] === 2 ? as(words[i]!, 'des') : words[i]!, 0, quoted[i]!, 0);
      i += 1;
      continue;
    }
    const r = STARTERS.has(keyOf(words[i]!)) ? restateAt(words, brk, i, key) : undefined;
    if (!r) {
      if (changed) emit(words[i]!, brk[i]!, quoted[i]!, hyphen[i]!);
      i += 1;
      continue;
    }
    catchUp(i);
    // The noun keeps its place in the text; « les » (or « ils ») stands on the determiner.
    emit(as(words[r.det]!, r.pronoun ? 'ils' : 'les'), brk[i]!, quoted[i]!, 0);
    if (r.verb < 0) {
      i = r.det + 1;
      continue;
    }
    for (let k = r.noun; k < r.pivot; k += 1) emit(words[k]!, brk[k]!, quoted[k]!, hyphen[k]!);
    // After a quantifier the clause's own « ne » stays; after « qui » it is put in when the whole denies.
    if (r.quantified) emit(words[r.pivot]!, 0, quoted[r.pivot]!, 0);
    else if (r.deny) emit(as(words[r.pivot]!, 'ne'), 0, quoted[r.pivot]!, 0);
    emit(words[r.verb]!, 0, quoted[r.verb]!, 0);
    if (r.deny) emit(as(words[r.verb]!, 'pas'), 0, quoted[r.verb]!, 0);
    let k = r.verb + 1;
    for (; k < words.length && brk[k] === 0; k += 1) if (k !== r.drop) emit(words[k]!, brk[k]!, quoted[k]!, hyphen[k]!);
    i = k;
  }
  if (!changed) return;
  // Copied back one by one: a long text's words are too many for one call's arguments.
  words.length = brk.length = quoted.length = hyphen.length = 0;
  for (let k = 0; k < w.length; k += 1) {
    words.push(w[k]!);
    brk.push(b[k]!);
    quoted.push(q[k]!);
    hyphen.push(h[k]!);
  }
}

interface Match {
  /** The determiner the opener ends on, and the first word of the noun. */
  readonly det: number;
  readonly noun: number;
  /** « qui » or « ne », right after the noun: where a put-in « ne » takes its span. */
  readonly pivot: number;
  /** The verb of what is said (-1: only the determiner is restated), and a negation word after it to leave out (-1: none). */
  readonly verb: number;
  readonly drop: number;
  /** True when the restatement denies (one negation in all). */
  readonly deny: boolean;
  /** True after « aucun » or « pas un seul » (the pivot is the clause's « ne »). */
  readonly quantified: boolean;
  /** « aucun » standing alone: « ils » is put in for it. */
  readonly pronoun?: boolean;
}

/** Modals that make « un … ne … » a rule about any member (« ne peut pas », « ne pourra jamais »). */
const ANY_TIME = new Set(['peut', 'pourra', 'pourrait', 'saura', 'sait', 'doit', 'devrait', 'devra']);
const SENTENCE = 2;
const IDEAL = new Set(['bon', 'bonne', 'vrai', 'vraie', 'veritable']);
/** True when « un / une » at i opens a statement about any member: « jamais » or « toujours » within reach, or « ne » + a modal. */
function genericOne(brk: readonly number[], i: number, at: (k: number) => string): boolean {
  // « un bon / vrai … » is an ideal member, read as such by claims.ts.
  if (at(i + 1) === '' || (brk[i + 1] ?? 0) !== 0 || IDEAL.has(at(i + 1))) return false;
  for (let k = i + 2; k <= i + 6 && at(k) !== ''; k += 1) {
    const w = at(k);
    if (w === 'jamais' || w === 'toujours' || (NE.has(w) && ANY_TIME.has(at(k + 1)))) return true;
  }
  return false;
}

/** A wish or a duty over the clause (« faire en sorte qu'aucun … ne survive », « il faut qu'aucun … »): the threat frames read it. */
const WISHED = new Set(['sorte', 'faut', 'faudrait', 'faudra', 'souhaite', 'souhaiterais', 'souhaitons', 'veux', 'voudrais', 'voulons', 'espere', 'esperons', 'exige', 'prie', 'veille', 'veillons', 'assurer', 'assure', 'vivement']);
/** True when « aucun » at i opens a « que » clause governed by a wish or a duty (a few words back, same clause). */
function wished(words: readonly Token[], brk: readonly number[], i: number): boolean {
  if (i < 2 || brk[i] !== 0 || !isQue(keyOf(words[i - 1]!))) return false;
  for (let k = i - 2; k >= 0 && i - k <= 5; k -= 1) {
    if (WISHED.has(keyOf(words[k]!))) return true;
    if (brk[k] !== 0) return false;
  }
  return false;
}

function restateAt(words: readonly Token[], brk: readonly number[], i: number, key: (k: number, from: number) => string): Match | undefined {
  const at = (k: number): string => key(k, i);
  const w = at(i);
  // A negative quantifier as subject: « aucun … ne », « pas un seul (de ces) … ne ».
  let det = -1;
  let quantified = false;
  let denials = 0;
  let seen = false;
  if (NONE.has(w) && NE.has(at(i + 1)) && brk[i] !== 0 && i > 0) {
    // « De tous les … que j'ai connus, aucun n'était … »: « aucun » alone takes them up: « ils ne … pas ».
    const verb = i + 2;
    if (at(verb) === '') return undefined;
    const still = STILL_DENIED.has(at(verb + 1)) || STILL_DENIED.has(at(verb + 2));
    return { det: i, noun: i + 1, pivot: i + 1, verb, drop: -1, deny: !still, quantified: true, pronoun: true };
  } else if (NONE.has(w) && !wished(words, brk, i)) {
    det = i;
    quantified = true;
  } else if (w === 'pas' && ONE.has(at(i + 1)) && ALONE.has(at(i + 2)) && (i === 0 || brk[i] !== 0)) {
    det = i + 1;
    quantified = true;
  } else if (w === 'jamais' && ONE.has(at(i + 1)) && (i === 0 || brk[i] !== 0)) {
    // « Jamais un … ne respectera … »: the denial fronted before one member is « les … ne respecteront pas ».
    det = i + 1;
    quantified = true;
  } else if (ONE.has(w) && (i === 0 || brk[i] === SENTENCE) && genericOne(brk, i, at)) {
    // « Un … ne sera jamais … », « Une … restera toujours … »: one member said of all, opening the sentence.
    return { det: i, noun: i + 1, pivot: i + 1, verb: -1, drop: -1, deny: false, quantified: false };
  } else {
    const o = opener(words, brk, i);
    if (!o) return undefined;
    det = o.det;
    denials = o.denials;
    seen = o.seen;
  }
  let noun = det + 1;
  if (ALONE.has(at(noun))) noun += 1;
  if ((at(noun) === 'de' || at(noun) === 'd' || (quantified && at(noun) === 'des')) && OF_THEM.has(at(noun + 1))) noun += 2;
  else if (quantified && (at(noun) === 'des' || at(noun) === 'd')) noun += 1;
  let end = noun;
  const stop = quantified ? NE : new Set(['qui']);
  while (end < noun + NOUN_MAX && at(end) !== '' && !stop.has(at(end)) && !(quantified && end > noun && RELATIVE.has(at(end)))) end += 1;
  // « aucun des … que je connais n'est … »: a relative clause between the noun and the verb's « ne ».
  if (quantified && RELATIVE.has(at(end))) {
    let k = end + 1;
    while (k <= end + 6 && at(k) !== '' && !NE.has(at(k))) k += 1;
    if (NE.has(at(k))) end = k;
  }
  // « on n'a jamais vu un … travailler »: an infinitive right after a one-word noun is what none was seen doing.
  // What follows the infinitive is its own complement (« on n'a jamais vu un … dire merci »).
  if (seen && end >= noun + 2 && /^[a-z]{2,}(?:er|ir|re)$/.test(at(noun + 1)) && !NOT_VERBS.has(at(noun + 1)) && (end === noun + 2 || at(noun + 2) !== 'qui')) return { det, noun, pivot: noun + 1, verb: noun + 1, drop: -1, deny: denials % 2 === 1, quantified };
  if (end === noun || !stop.has(at(end))) return undefined;
  if (quantified) {
    // « aucun … ne V »: the verb's clause denies it already, unless a negation follows (« ne sera jamais »).
    const verb = end + 1;
    if (at(verb) === '') return undefined;
    const still = STILL_DENIED.has(at(verb + 1)) || STILL_DENIED.has(at(verb + 2));
    return { det, noun, pivot: end, verb, drop: -1, deny: !still, quantified };
  }
  // The relative: « qui ne V pas … », « qui V pas … » (Québec), or « qui V … ».
  let verb = end + 1;
  const ne = NE.has(at(verb));
  if (ne) verb += 1;
  if (at(verb) === '' || at(verb) === 'que' || at(verb) === 'qu') return undefined;
  let drop = -1;
  for (let k = verb + 1; k <= verb + 2 && drop < 0; k += 1) if (DENY.has(at(k))) drop = k;
  // « qui ne … que » restricts, « qui n'a rien » names nothing: left as written.
  if (ne && drop < 0) return undefined;
  if (drop >= 0) denials += 1;
  // The words between the verb and the dropped negation are kept; only the negation goes.
  return { det, noun, pivot: end, verb, drop, deny: denials % 2 === 1, quantified };
}
