/**
 * Which group a predicate is said of when a clause stands between them. A relative clause may
 * carry the subject past its verb (« les immigrés que je connais sont des voleurs »: the immigrants),
 * and a group may be only the object of another word (« les gens qui haïssent les gais sont des
 * malades », « détester les femmes, c'est pathétique »: not the gays, not the women).
 * Bounded windows only (a relative clause of at most REACH words, in one clause).
 */
import { mentionAt, type Groups, type Mention } from './groups.ts';
import type { Stream } from './stream.ts';

/** How many words a relative clause may hold between its pronoun and the main verb. */
const REACH = 10;
const RELATIVE = new Set(['qui', 'que', 'qu', 'dont']);
/** Prepositions before « qui » that make it an object (« à qui », « pour qui »), not a subject relative. */
const BEFORE_OBJECT_QUI = new Set(['a', 'de', 'd', 'pour', 'avec', 'sur', 'par', 'chez', 'contre', 'envers']);
/** What opens a relative clause's own subject after « que » (« que je connais », « qu'on accueille », « que les gens… »). */
const RELATIVE_SUBJECT = new Set(['je', 'j', 'tu', 't', 'on', 'nous', 'vous', 'il', 'ils', 'elle', 'elles', 'y', 'le', 'la', 'l', 'les', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'ces', 'cette', 'tout', 'certains', 'plusieurs', 'beaucoup']);
/** Words after which a group starts a subject (« Les … », « … et les … », « je pense que les … »). */
const SUBJECT_OPENERS = new Set(['meme', 'que', 'qu', 'et', 'mais', 'car', 'ou', 'pis', 'puis', 'donc', 'alors', 'parce', 'puisque', 'comme', 'quand', 'si', 'franchement', 'honnetement', 'bref', 'enfin', 'perso', 'personnellement']);
/** Words ending like an infinitive that are not verbs. */
const NOT_INFINITIVE = new Set(['hier', 'leur', 'pour', 'sur', 'par', 'entre', 'contre', 'notre', 'votre', 'autre', 'comme', 'cher', 'fier', 'premier', 'dernier', 'super', 'mer', 'fer', 'enfer', 'hiver', 'quartier', 'chantier', 'soir', 'noir', 'espoir', 'devoir', 'pouvoir', 'avoir', 'bonsoir', 'desir', 'plaisir', 'loisir', 'avenir', 'souvenir', 'plutot', 'encore', 'presque', 'lettre', 'maire', 'ministre', 'titre', 'centre', 'tiers', 'faire', 'etre', 'cuir', 'sire', 'zero', 'pere', 'mere', 'frere']);

const sameClause = (s: Stream, a: number, b: number): boolean => s.clause[a] === s.clause[b];

/** True when mention m starts a subject: at the start of its clause, or after a word that opens one. */
function startsSubject(s: Stream, m: Mention): boolean {
  if (m.a === 0 || s.brk[m.a] !== 0) return true;
  return SUBJECT_OPENERS.has(s.wordKeys[m.a - 1]!);
}

/**
 * True when the group named by m is the object of another word, so what follows is not said of it:
 * inside a « qui » relative clause (« les gens qui haïssent les gais »), or after an infinitive
 * opening the sentence (« détester les femmes, c'est… », « traiter les X de… est une honte »).
 */
export function objectOfClause(s: Stream, m: Mention): boolean {
  // An infinitive opening its sentence: the act is the subject, not the group.
  const v = m.a - 1;
  if (v >= 0 && s.sentence[v] === s.sentence[m.a] && (v === 0 || s.sentence[v - 1] !== s.sentence[v]) && infinitive(s, v)) return true;
  // « … qui (ne) (les) haïssent (pas) les … »: at most REACH words back to « qui », one clause, a head before it.
  for (let k = m.a - 1; k >= 0 && m.a - k <= REACH && sameClause(s, k, m.a); k -= 1) {
    const w = s.wordKeys[k]!;
    if (w === 'que' || w === 'qu') return false;
    if (w !== 'qui') continue;
    return k > 0 && s.sentence[k - 1] === s.sentence[k] && !BEFORE_OBJECT_QUI.has(s.wordKeys[k - 1]!);
  }
  return false;
}

/** True when word i is an infinitive by its form (« tuer », « haïr », « détruire »), not a noun like « hier ». */
export function infinitive(s: Stream, i: number): boolean {
  const w = s.wordKeys[i]!;
  return /(?:er|ir|re)$/.test(w) && w.length >= 4 && !NOT_INFINITIVE.has(w);
}
const INFINITIVE_OPENERS = new Set(['de', 'd', 'a', 'pour', 'sans']);
/** What follows an infinitive that opens an act: its object or complement (« détester les… », « appeler à… », « souhaiter que… »). */
const ACT_NEXT = new Set(['les', 'la', 'le', 'l', 'des', 'du', 'de', 'd', 'a', 'au', 'aux', 'un', 'une', 'ces', 'ce', 'cette', 'tous', 'toutes', 'que', 'qu', 'leur', 'leurs', 'ses', 'sa', 'son', 'ta', 'ton', 'tes', 'vos', 'votre', 'nos', 'notre', 'quelqu', 'publiquement', 'ouvertement', 'encore']);
/** True when word i opens its sentence with an infinitive and its object (« Détester les… », « Appeler à… »), not « @user eh… ». */
export function opensAct(s: Stream, i: number): boolean {
  return (i === 0 || s.sentence[i - 1] !== s.sentence[i]) && i + 1 < s.words.length && s.sentence[i + 1] === s.sentence[i] && infinitive(s, i) && ACT_NEXT.has(s.wordKeys[i + 1]!);
}

/**
 * True when the group named by m is the object of an infinitive (« ta volonté de chasser les… me
 * dégoûte », « détester les… »): the verb that follows has the act's owner as subject, not the group.
 */
export function objectOfInfinitive(s: Stream, m: Mention): boolean {
  const v = m.a - 1;
  if (v < 0 || s.sentence[v] !== s.sentence[m.a] || !infinitive(s, v)) return false;
  return v === 0 || s.sentence[v - 1] !== s.sentence[v] || INFINITIVE_OPENERS.has(s.wordKeys[v - 1]!);
}

/**
 * True when m stands in an act that opens the sentence of the pronoun at p (« Souhaiter que les
 * femmes meurent, c'est… »): the pronoun takes up the act, not the group.
 */
export function insideAct(s: Stream, m: Mention, p: number): boolean {
  if (s.sentence[m.a] !== s.sentence[p] || m.a > p) return false;
  for (let k = m.a - 1; k >= 0 && m.a - k <= 12; k -= 1) {
    if (k === 0 || s.sentence[k - 1] !== s.sentence[k]) return s.sentence[k] === s.sentence[m.a] && opensAct(s, k);
  }
  return false;
}

/**
 * The group whose relative clause ends at word k (« les immigrés [que je connais] sont… », « les
 * femmes [qui travaillent] sont… »): a generic mention, starting a subject, right before « qui /
 * que / dont », with no other group named in the clause. Undefined when there is none.
 */
export function relativeHead(s: Stream, g: Groups, k: number): Mention | undefined {
  for (let r = k; r > 0 && k - r < REACH && sameClause(s, r, k); r -= 1) {
    const w = s.wordKeys[r]!;
    if (!RELATIVE.has(w)) {
      // Another group named inside: the predicate may be about it, or about the head as its foe; say nothing.
      if ((g.headAt[r] ?? -1) >= 0) return undefined;
      continue;
    }
    const m = mentionAt(g, g.endingAt[r]);
    if (!m || !m.generic || !sameClause(s, m.a, r) || !startsSubject(s, m)) return undefined;
    // « que » as a relative has a subject of its own right after it; else it is a conjunction.
    if ((w === 'que' || w === 'qu') && (r + 1 > k || !RELATIVE_SUBJECT.has(s.wordKeys[r + 1]!))) return undefined;
    return m;
  }
  return undefined;
}

/** Words that open an aside between a subject and its verb (« les …, même les gentils, sont… »). */
const ASIDE_OPENERS = new Set(['meme', 'surtout', 'quand', 'lorsque', 'lorsqu', 'qu', 'que', 'dont', 'qui', 'je', 'j', 'selon', 'pour', 'dailleurs', 'honnetement', 'franchement', 'evidemment', 'comme', 'tous', 'toutes', 'sans', 'peu', 'bien', 'en', 'au', 'malheureusement', 'clairement', 'souvent', 'toujours', 'presque',
  // Written asides: « les …, dans leur ensemble, sont… », « malgré l'aide qu'on leur donne », « à quelques exceptions près ».
  'dans', 'malgre', 'a', 'avec', 'depuis', 'parmi', 'quoi', 'quoique', 'pourtant', 'naturellement', 'visiblement', 'manifestement', 'generalement', 'globalement']);
const ASIDE_REACH = 8;
/** Endings of a conjugated verb, which no adjective after a group name has (« les immigrés arrivent »). */
const VERB_ENDING = /(?:ent|ons|ez|ait|aient|ai)$/;

/**
 * The group a predicate after word k is said of across an aside or a modifier: « les Arabes, même
 * les gentils, sont… », « les immigrés, quand ils arrivent, sont… », « les Haïtiens éduqués sont… ».
 * The aside is one clause between breaks, opened by a word that opens asides; the modifier one
 * word after the name in the same clause. Undefined when there is none.
 */
export function headAcross(s: Stream, g: Groups, k: number): { m: Mention; aside?: readonly [number, number] } | undefined {
  if (k < 1 || k + 1 >= s.words.length || s.sentence[k] !== s.sentence[k + 1]) return undefined;
  if (s.clause[k] === s.clause[k + 1]) {
    // One modifier between the name and the verb (« les Haïtiens éduqués sont… »).
    const m = mentionAt(g, g.endingAt[k]);
    const w = s.wordKeys[k]!;
    if (m && m.generic && s.clause[m.a] === s.clause[k] && w.length >= 4 && !VERB_ENDING.test(w) && (g.headAt[k] ?? -1) < 0) return startsSubject(s, m) ? { m } : undefined;
  }
  // The walk back may have crossed fillers of the aside (« …, dont la plupart ne travaillent pas, sont… »): its end.
  let e = k;
  while (e + 1 < s.words.length && e - k < ASIDE_REACH && s.clause[e + 1] === s.clause[k]) e += 1;
  if (e + 1 >= s.words.length || s.sentence[e + 1] !== s.sentence[k] || s.clause[e + 1] === s.clause[k]) return undefined;
  // The aside: the clause holding k, closed right before the verb, opened right after the group.
  let j = k;
  while (j > 0 && k - j < ASIDE_REACH && s.clause[j - 1] === s.clause[k]) j -= 1;
  if (j === 0 || s.clause[j - 1] === s.clause[k] || s.sentence[j - 1] !== s.sentence[k] || !ASIDE_OPENERS.has(s.wordKeys[j]!)) return undefined;
  const m = mentionAt(g, g.endingAt[j]);
  // The aside's own negation (« qu'ils soient gentils ou pas ») is not the statement's.
  return m && m.generic && startsSubject(s, m) ? { m, aside: [j, e + 1] } : undefined;
}
