/**
 * Argumentative generalisations against a religion or an origin (the long comments of CONAN-style
 * hate): a claim (lexicon-claims.ts) said of a faith, its symbols or a people as a whole — « l'islam
 * encourage les guerres », « les musulmans ont envahi nos pays », « la religion musulmane est
 * incompatible avec nos valeurs », « ces gens-là imposent leurs règles », « ils nous remplacent ».
 *
 * The subject must stand just before the claim (a few clitics, auxiliaries or modals between), name
 * the whole (a religion, a plural, « ces gens-là », a pronoun taking them up), not be a complement
 * (« la peur des musulmans détruit… » speaks of fear) and agree with the verb. Counter-speech uses the
 * same words to deny them: negation anywhere in the clause (« ce n'est pas l'islam qui… »), reported or
 * denounced speech (scope.ts) and hypotheses (« si les musulmans étaient… ») clear the claim. Linear: each claim looks back a bounded number of words.
 */
import { antecedent, groupsOf, type Groups } from './groups.ts';
import type { WordHit } from './hit.ts';
import { becomingTheirs, blamedOn, claims, claimsEnding, claimSubjects, crimesBy, hostilityEnding, hostilityJustified, innate, notClaimSubjects, notions } from './lexicon-claims.ts';
import { compile, findAllIn, keyOf, wordSet, fills } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';

const CLAIMS = compile(claims);
const ENDING = compile(claimsEnding);
const SUBJECTS = compile(claimSubjects);
const NOT_SUBJECT = wordSet(notClaimSubjects, false);
const NOTIONS = wordSet(notions, false);
const CRIMES_BY = compile(crimesBy);
const JUSTIFIED = compile(hostilityJustified);
const BLAMED = compile(blamedOn);
const BECOMING = compile(becomingTheirs);
const INNATE = compile(innate);
const JUSTIFIED_ENDING = compile(hostilityEnding);

/** Words between a subject and its claim: clitics, auxiliaries, modals, adverbs (« ont déjà envahi », « veulent nous imposer »). */
const GAP = new Set([
  'ne', 'n', 'nous', 'vous', 'leur', 'lui', 'y', 'en', 'se', 's', 'tous', 'toutes', 'qui', 'c', 'ce', 'ca', 'deja', 'toujours', 'encore', 'aussi', 'meme', 'vraiment',
  'clairement', 'partout', 'juste', 'surtout', 'ont', 'a', 'avait', 'avaient', 'veulent', 'veut', 'voudraient', 'voudrait', 'vont', 'va', 'cherchent', 'cherche', 'tentent',
  'tente', 'essaient', 'essayent', 'essaie', 'de', 'd', 'peuvent', 'peut', 'doivent', 'doit', 'finiront', 'finira', 'par', 'bel', 'et', 'bien', 'petit', 'peu', 'lentement',
  'sournoisement', 'finir', 'fini', 'voulu', 'reussi', 'cherche', 'essaye', 'tente', 'commence', 'continue', 'progressivement', 'systematiquement', 'continuent', 'continue', 'commencent', 'commence', 'eux', 'autres', 'ici', 'icitte', 'donc', 'en', 'train',
]);
/** Prepositions and nouns' « de » that make a name the complement of something else (« la peur des… », « pour les… », « grâce aux… »). */
const GOVERNED = new Set(['pour', 'avec', 'contre', 'sans', 'chez', 'envers', 'entre', 'parmi', 'sur', 'par', 'a', 'vers', 'selon', 'de', 'd', 'du', 'des', 'aux', 'au', 'grace', 'comme', 'dont']);
/** Quantities of a group (« la plupart des… », « trop de… »). */
const QUANTITIES = new Set(['plupart', 'majorite', 'beaucoup', 'trop', 'plein', 'tellement', 'nombre', 'tas', 'millions', 'milliers', 'masse', 'majorite']);
const GOOD = new Set(['bon', 'bonne', 'vrai', 'vraie']);
const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'yz', 'y']);
/** A hypothesis or a wish to know: « si les musulmans étaient… », « est-ce que… ». */
const HYPOTHESIS = new Set(['si', 's']);
const REACH = 5;
/** A saying verb opening the next clause: the claim was someone's words (« …, disent certains »). */
const SAID_AFTER = wordSet(['~dire', '~pretendre', '~affirmer', '~croire', '~penser', '~repeter', '~clamer', '~ecrire', '~soutenir', '~raconter', '~crier', '~hurler', 'selon', 'parait'], false);

/** `subjectEnd[k]`: where a claim subject ending at word k starts, or -1; `plural[k]`: it is plural. */
interface Subjects {
  readonly start: Int32Array;
  readonly plural: Uint8Array;
}

const isPluralWord = (w: string): boolean => /[sx]$/.test(w);

function subjectsOf(s: Stream, g: Groups): Subjects {
  const n = s.words.length;
  const start = new Int32Array(n + 1).fill(-1);
  const plural = new Uint8Array(n + 1);
  for (const m of g.mentions) {
    const head = s.words[m.head]!;
    const key = keyOf(head);
    // « ces gens-là », « ce monde-là »: pointed at, a people all the same.
    const pointed = (key === 'gens' || key === 'monde') && m.b > m.head + 1;
    // « un bon musulman », « un vrai immigré »: the model member stands for all of them.
    const model = m.head > 1 && GOOD.has(keyOf(s.words[m.head - 1]!)) && ['un', 'une', 'le', 'la', 'tout'].includes(keyOf(s.words[m.head - 2]!));
    if (model && m.identity && !fills(NOT_SUBJECT, head)) {
      start[m.b] = m.head - 2;
      continue;
    }
    if (!pointed && (!m.identity || !m.generic || fills(NOT_SUBJECT, head))) continue;
    start[m.b] = m.a;
    plural[m.b] = isPluralWord(keyOf(s.words[m.b - 1]!)) || key === 'gens' ? 1 : 0;
  }
  for (const [a, b] of findAllIn(s, SUBJECTS)) {
    if (start[b]! >= 0) continue;
    start[b] = a;
    plural[b] = isPluralWord(keyOf(s.words[b - 1]!)) ? 1 : 0;
  }
  return { start, plural };
}

/** First word of the subject of the claim starting at p (and whether it is the speaker's claim on the group), or -1. */
function subjectOf(s: Stream, g: Groups, subj: Subjects, p: number): number {
  const sent = s.sentence[p];
  for (let k = p, steps = 0; k > 0 && steps <= REACH && s.sentence[k - 1] === sent; k -= 1, steps += 1) {
    const a = subj.start[k] ?? -1;
    if (a >= 0) {
      // A complement of something else is not the subject (« la haine des musulmans détruit… »).
      // « la plupart des… », « trop de… », « beaucoup d'… »: a quantity of the group is still the group.
      const det = keyOf(s.words[a]!);
      const of = det === 'des' || det === 'du' ? a : a > 0 && ['de', 'd'].includes(keyOf(s.words[a - 1]!)) ? a - 1 : -1;
      const quantified = of > 0 && QUANTITIES.has(keyOf(s.words[of - 1]!));
      if (quantified) return of >= 2 && keyOf(s.words[of - 2]!) === 'la' ? of - 2 : of - 1;
      if (a > 0 && s.sentence[a - 1] === sent && s.brk[a] === 0 && GOVERNED.has(keyOf(s.words[a - 1]!))) return -1;
      if ((det === 'des' || det === 'du' || det === 'aux') && a > 0 && s.sentence[a - 1] === sent) return -1;
      // The verb agrees: a plural subject with a plural verb (« les musulmans imposent »), a singular one without (« l'islam impose »).
      const verb = firstVerb(s, k, p);
      if (verb !== '' && verb !== 'c' && subj.plural[k] === 1 !== pluralVerb(verb)) return -1;
      return a;
    }
    const w = keyOf(s.words[k - 1]!);
    if (PLURAL_PRONOUNS.has(w)) {
      const m = antecedent(s, g, k - 1);
      return m && subj.start[m.b] !== -1 ? k - 1 : -1;
    }
    // « sont en train de… »: the copula of a progressive, not a state.
    if (!GAP.has(w) && !(['sont', 'est', 'etaient', 'etait'].includes(w) && keyOf(s.words[k]!) === 'en')) return -1;
  }
  return -1;
}

/** A plural finite verb (« imposent », « ont », « vont »); « appartient », « vient » are singular. */
const pluralVerb = (v: string): boolean => /(?:ent|ont)$/.test(v) && !/[tv]ient$/.test(v);

/** The first word after the subject that is no clitic (the finite verb), or ''. */
function firstVerb(s: Stream, from: number, p: number): string {
  for (let k = from; k <= p && k < s.words.length; k += 1) {
    const w = keyOf(s.words[k]!);
    if (!['ne', 'n', 'nous', 'vous', 'leur', 'lui', 'y', 'en', 'se', 's', 'qui', 'tous', 'toutes', 'donc', 'aussi', 'deja'].includes(w)) return w;
  }
  return '';
}

/** The clause's first word, at most 8 words before a. */
function clauseStart(s: Stream, a: number): number {
  let k = a;
  while (k > 0 && a - k < 8 && s.clause[k - 1] === s.clause[a]) k -= 1;
  return k;
}

/** Verbs of belief or saying: addressed to the reader (« vous croyez vraiment que… », « tu dis que… »), the claim is theirs. */
const BELIEF = wordSet(['~croire', '~penser', '~dire', '~pretendre', '~trouver', '~imaginer', '~affirmer', '~insinuer', '~parler', '~sous-entendre', '~suggerer', '~oser'], false);
const YOU = new Set(['vous', 'tu', 't', 'toi']);
const WHY = new Set(['pourquoi', 'comment']);

/**
 * True when the claim is a yes-no question (« est-ce que les musulmans… ? », « l'islam menace-t-il… ? »)
 * or the reader's belief (« vous croyez vraiment que… »): counter-speech asks and answers. A question
 * why (« pourquoi les… imposent-ils… ? ») presupposes the claim and stays one.
 */
function askedOrAddressed(s: Stream, a: number, b: number): boolean {
  const sent = s.sentence[a];
  let why = false;
  let k = a;
  while (k > 0 && a - k < 15 && s.sentence[k - 1] === sent) k -= 1;
  for (let i = k; i < b; i += 1) {
    const w = keyOf(s.words[i]!);
    if (WHY.has(w)) why = true;
    if (i < a && YOU.has(w) && (fills(BELIEF, s.words[i + 1]) || fills(BELIEF, s.words[i + 2]))) return true;
    // « est-ce que », and a subject pronoun joined to its verb (« envahissent-ils »).
    const question = (w === 'est' && keyOf(s.words[i + 1] ?? s.words[i]!) === 'ce' && s.hyphen[i + 1] === 1) || (s.hyphen[i] === 1 && ['ils', 'elles', 'il', 'elle'].includes(w));
    if (question && !why) return true;
  }
  return false;
}

/** A claim as a finding: cleared when negated, reported or hypothetical. */
function judged(s: Stream, sc: Scope, a: number, b: number, inside: ReadonlyArray<readonly [number, number]>): WordHit {
  const from = clauseStart(s, a);
  let hypothesis = false;
  for (let k = from; k < a; k += 1) if (HYPOTHESIS.has(keyOf(s.words[k]!))) hypothesis = true;
  let next = b;
  while (next < s.words.length && next - b < 8 && s.clause[next] === s.clause[b - 1]) next += 1;
  const saidAfter = next < s.words.length && s.sentence[next] === s.sentence[b - 1] && fills(SAID_AFTER, s.words[next]);
  // A notion named in the sentence, outside the claim (« l'idée que les musulmans… est un fantasme », « selon vous… »).
  let notion = false;
  const sent = s.sentence[a];
  for (let k = Math.max(0, a - 15); k < Math.min(s.words.length, b + 15) && !notion; k += 1) if ((k < a || k >= b) && s.sentence[k] === sent && fills(NOTIONS, s.words[k])) notion = true;
  const cleared = hypothesis || saidAfter || notion || askedOrAddressed(s, a, b) || isNegated(s, from, b, inside) || isReported(s, sc, a, b);
  return { kind: 'hate', severity: cleared ? 'clear' : 'error', a, b };
}

/** Claims against a religion or an origin in the stream. */
export function findClaims(s: Stream, sc: Scope): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const g = groupsOf(s);
  const subj = subjectsOf(s, g);
  const said = (p: number, q: number): void => {
    const a = subjectOf(s, g, subj, p);
    if (a >= 0) out.push(judged(s, sc, a, q, [[p, q]]));
  };
  for (const [p, q] of findAllIn(s, CLAIMS)) said(p, q);
  for (const [p, q] of findAllIn(s, ENDING)) if (q >= n || s.brk[q] !== 0 || s.sentence[q] !== s.sentence[p]) said(p, q);
  // Crimes said to be theirs, evils blamed on them: the group named right after (« commis par des musulmans », « due aux immigrés »).
  for (const [p, q] of [...findAllIn(s, CRIMES_BY), ...findAllIn(s, BLAMED)]) {
    // The group right after, its « à » or « de » folded into the determiner or not (« aux immigrés », « à l'islam »).
    const after = q < n && ['a', 'de', 'd', 'par'].includes(keyOf(s.words[q]!)) ? q + 1 : q;
    const m = g.mentions[(g.startingAt[q] ?? -1) >= 0 ? g.startingAt[q]! : (g.startingAt[after] ?? -1)];
    if (m && subj.start[m.b] !== -1) out.push(judged(s, sc, p, m.b, [[p, q]]));
  }
  // Our country said to become theirs: no group subject needed.
  for (const [p, q] of [...findAllIn(s, BECOMING), ...findAllIn(s, INNATE)]) out.push(judged(s, sc, p, q, [[p, q]]));
  // Hostility said to be right: no subject needed.
  for (const [p, q] of findAllIn(s, JUSTIFIED)) out.push(judged(s, sc, p, q, [[p, q]]));
  for (const [p, q] of findAllIn(s, JUSTIFIED_ENDING)) if (q >= n || s.brk[q] !== 0) out.push(judged(s, sc, p, q, [[p, q]]));
  return out;
}
