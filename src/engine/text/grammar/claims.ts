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
import { antecedent, groupsOf, mentionAt, type Groups } from './groups.ts';
import type { WordHit } from './hit.ts';
import { becomingTheirs, blamedOn, overrunBy, rising, risingCauses, risingCues, callObjects, calls, claims, claimsEnding, claimSubjects, crimesBy, guards, hostilityEnding, hostilityJustified, innate, notClaimSubjects, notions, pointedSubjects, pointers, subjectDeterminers } from './lexicon-claims.ts';
import { compile, findAllIn, keyOf, PLURAL_SUBJECTS, wordSet, fills, isDe } from './patterns.ts';
import { isNegated, isReported, underBlameAsked, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import { objectOfClause } from './relative.ts';

const CLAIMS = compile(claims);
const ENDING = compile(claimsEnding);
/** Words that open a clause of time (« quand », « lorsque », « chaque fois que »). */
const WHENEVER = new Set(['quand', 'lorsque', 'lorsqu', 'chaque']);
const SUBJECTS = compile(claimSubjects);
const POINTED = compile(pointedSubjects);
const POINTERS = new Set(pointers);
const SUBJECT_DETERMINERS = wordSet(subjectDeterminers, false);
const NOT_SUBJECT = wordSet(notClaimSubjects, false);
/** Symbols debated as policy (« interdire le voile »): no object of a call to ban. */
const SYMBOLS = wordSet(['+voile', 'charia', 'burqa', 'niqab', 'hijab', 'foulard'], false);
const NOTIONS = wordSet(notions, false);
const CRIMES_BY = compile(crimesBy);
const JUSTIFIED = compile(hostilityJustified);
const BLAMED = compile(blamedOn);
const OVERRUN = compile(overrunBy);
const BECOMING = compile(becomingTheirs);
const INNATE = compile(innate);
const CALLS = compile(calls);
const CALL_OBJECTS = wordSet(callObjects, false);
const JUSTIFIED_ENDING = compile(hostilityEnding);
const RISING = compile(rising);
const RISING_CUES = new Set(risingCues);

const RISING_CAUSES = wordSet(risingCauses, false);
const GUARDS = compile(guards);
/** What ties a precaution to their presence (« quand », « lorsqu'un », « si », « chaque fois »). */
const WHEN = new Set(['quand', 'lorsque', 'lorsqu', 'chaque', 'si', 's']);
const SELF = new Set(['je', 'j', 'on', 'nous']);
/** Children and the young: keeping one's distance from them is no slight on a people. */
const YOUNG = wordSet(['+jeune', '+ado', '+enfant'], false);

/**
 * Evils said to rise with a group (« depuis que les musulmans sont arrivés, la criminalité a explosé »,
 * « avec l'immigration, les viols ont doublé »): a cue, then a group or an immigration word, then the
 * rise, at most 12 words apart in one sentence. One pass keeps the last cue and cause (linear).
 */
function risingWith(s: Stream, subj: Subjects, found: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  if (found.length === 0) return out;
  const n = s.words.length;
  const cue = new Int32Array(n).fill(-1);
  const cause = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const fresh = i === 0 || s.sentence[i - 1] !== s.sentence[i];
    cue[i] = RISING_CUES.has(s.wordKeys[i]!) ? i : fresh ? -1 : cue[i - 1]!;
    cause[i] = subj.start[i + 1]! >= 0 || fills(RISING_CAUSES, s.words[i]) ? i : fresh ? -1 : cause[i - 1]!;
  }
  for (const [p, q] of found) {
    if (p === 0) continue;
    const c = cue[p - 1]!;
    if (c >= 0 && p - c <= 12 && cause[p - 1]! > c) out.push([c, q]);
    // « Les …, on les reconnaît à l'odeur »: known by it, the people named first.
    else if (c >= 0 && p - c <= 4 && s.wordKeys[c]!.startsWith('reconn') && cause[c]! >= 0 && c - cause[c]! <= 8) out.push([cause[c]!, q]);
  }
  return out;
}

/** Words between a subject and its claim: clitics, auxiliaries, modals, adverbs (« ont déjà envahi », « veulent nous imposer »). */
const GAP = new Set([
  'ne', 'n', 'nous', 'vous', 'leur', 'lui', 'y', 'en', 'se', 's', 'tous', 'toutes', 'qui', 'c', 'ce', 'ca', 'deja', 'toujours', 'encore', 'aussi', 'meme', 'vraiment',
  'clairement', 'partout', 'juste', 'surtout', 'ont', 'a', 'avait', 'avaient', 'veulent', 'veut', 'voudraient', 'voudrait', 'vont', 'va', 'cherchent', 'cherche', 'tentent',
  'tente', 'essaient', 'essayent', 'essaie', 'de', 'd', 'peuvent', 'peut', 'doivent', 'doit', 'finiront', 'finira', 'par', 'bel', 'et', 'bien', 'petit', 'peu', 'lentement',
  'sournoisement', 'finir', 'fini', 'voulu', 'reussi', 'essaye', 'commence', 'continue', 'progressivement', 'systematiquement', 'continuent', 'commencent', 'eux', 'autres', 'ici', 'icitte', 'donc', 'train', 'pis',
  // Coming here to do it (« viennent ici pour imposer… »).
  'viennent', 'vient', 'arrivent', 'debarquent', 'pour', 'uniquement', 'seulement',
]);
/** Prepositions and nouns' « de » that make a name the complement of something else (« la peur des… », « pour les… », « grâce aux… »). */
const GOVERNED = new Set(['pour', 'avec', 'contre', 'sans', 'chez', 'envers', 'entre', 'parmi', 'sur', 'par', 'a', 'vers', 'selon', 'de', 'd', 'du', 'des', 'aux', 'au', 'grace', 'comme', 'dont']);
/** Quantities of a group (« la plupart des… », « trop de… »). */
const QUANTITIES = new Set(['plupart', 'majorite', 'beaucoup', 'trop', 'plein', 'tellement', 'nombre', 'tas', 'millions', 'milliers', 'masse']);
const GOOD = new Set(['bon', 'bonne', 'vrai', 'vraie']);
const PLURAL_PRONOUNS = new Set(PLURAL_SUBJECTS);
/** A hypothesis or a wish to know: « si les musulmans étaient… », « est-ce que… ». */
const HYPOTHESIS = new Set(['si', 's']);
const REACH = 5;
/** A saying verb opening the next clause: the claim was someone's words (« …, disent certains »). */
const SAID_AFTER = wordSet(['~dire', '~pretendre', '~affirmer', '~croire', '~penser', '~repeter', '~clamer', '~ecrire', '~soutenir', '~raconter', '~crier', '~hurler', 'selon', 'parait'], false);

/** `subjectEnd[k]`: where a claim subject ending at word k starts, or -1; `plural[k]`: it is plural. */
interface Subjects {
  readonly start: Int32Array;
  readonly plural: Uint8Array;
  /** `end[a]`: where a named subject starting at word a ends (« les disciples de Mahomet »), or -1. */
  readonly end: Int32Array;
  /** Per word: the subject just before the last « qui » at or before it in its sentence, and that « qui » (-1: none). */
  readonly relative: Int32Array;
  readonly qui: Int32Array;
  /** Per word: the last word before it that ends a singular subject (« l'islam »), for « il » and « elle » (-1: none). */
  readonly single: Int32Array;
}

const isPluralWord = (w: string): boolean => /[sx]$/.test(w);

function subjectsOf(s: Stream, g: Groups): Subjects {
  const n = s.words.length;
  const start = new Int32Array(n + 1).fill(-1);
  const plural = new Uint8Array(n + 1);
  const end = new Int32Array(n + 1).fill(-1);
  for (const m of g.mentions) {
    const head = s.words[m.head]!;
    const key = keyOf(head);
    // « ces gens-là », « ce monde-là »: pointed at, a people all the same.
    const pointed = (key === 'gens' || key === 'monde') && m.b > m.head + 1;
    // « un bon musulman », « un vrai immigré »: the model member stands for all of them.
    const model = m.head > 1 && GOOD.has(s.wordKeys[m.head - 1]!) && ['un', 'une', 'le', 'la', 'tout'].includes(s.wordKeys[m.head - 2]!);
    if (model && m.identity && !fills(NOT_SUBJECT, head)) {
      start[m.b] = m.head - 2;
      continue;
    }
    if (!pointed && (!m.identity || !m.generic || fills(NOT_SUBJECT, head))) continue;
    start[m.b] = m.a;
    plural[m.b] = isPluralWord(s.wordKeys[m.b - 1]!) || key === 'gens' ? 1 : 0;
  }
  for (const [h, b] of findAllIn(s, SUBJECTS)) {
    // A name that starts before a group ending at the same word heads it (« le livre saint des musulmans »).
    if (start[b]! >= 0 && start[b]! <= h) continue;
    const a = h > 0 && s.brk[h] === 0 && fills(SUBJECT_DETERMINERS, s.words[h - 1]) ? h - 1 : h;
    start[b] = a;
    end[a] = b;
    // The name comes first and agrees with the verb (« le livre des musulmans encourage »).
    plural[b] = isPluralWord(s.wordKeys[h]!) ? 1 : 0;
  }
  for (const [h, b] of findAllIn(s, POINTED)) {
    if (start[b]! >= 0 || h === 0 || s.brk[h] !== 0 || !POINTERS.has(s.wordKeys[h - 1]!)) continue;
    start[b] = h - 1;
    plural[b] = isPluralWord(s.wordKeys[b - 1]!) ? 1 : 0;
  }
  // One pass: relative clauses opened after a subject (« les musulmans qui vivent ici veulent… ») and the last singular subject.
  const relative = new Int32Array(n).fill(-1);
  const qui = new Int32Array(n).fill(-1);
  const single = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const fresh = i === 0 || s.sentence[i - 1] !== s.sentence[i];
    if (s.wordKeys[i]! === 'qui' && start[i]! >= 0) {
      relative[i] = start[i]!;
      qui[i] = i;
    } else if (!fresh) {
      relative[i] = relative[i - 1]!;
      qui[i] = qui[i - 1]!;
    }
    single[i] = i > 0 && start[i]! >= 0 && plural[i] === 0 ? i - 1 : i > 0 ? single[i - 1]! : -1;
  }
  return { start, plural, end, relative, qui, single };
}

/** First word of the subject of the claim starting at p (and whether it is the speaker's claim on the group), or -1. */
function subjectOf(s: Stream, g: Groups, subj: Subjects, p: number): number {
  const sent = s.sentence[p];
  // The « pour » of a purpose met on the way back (« … font des enfants pour nous envahir »), or -1.
  let purpose = -1;
  for (let k = p, steps = 0; k > 0 && steps <= REACH && s.sentence[k - 1] === sent; k -= 1, steps += 1) {
    const a = subj.start[k] ?? -1;
    if (a >= 0) {
      // A complement of something else is not the subject (« la haine des musulmans détruit… »).
      // « la plupart des… », « trop de… », « beaucoup d'… »: a quantity of the group is still the group.
      const det = s.wordKeys[a]!;
      const of = det === 'des' || det === 'du' ? a : a > 0 && isDe(s.wordKeys[a - 1]!) ? a - 1 : -1;
      const quantified = of > 0 && QUANTITIES.has(s.wordKeys[of - 1]!);
      if (quantified) return of >= 2 && s.wordKeys[of - 2]! === 'la' ? of - 2 : of - 1;
      if (a > 0 && s.sentence[a - 1] === sent && s.brk[a] === 0 && GOVERNED.has(s.wordKeys[a - 1]!)) return -1;
      if ((det === 'des' || det === 'du' || det === 'aux') && a > 0 && s.sentence[a - 1] === sent) return -1;
      // The verb agrees: a plural subject with a plural verb (« les musulmans imposent »), a singular one without (« l'islam impose »).
      const verb = firstVerb(s, k, p);
      if (verb !== '' && verb !== 'c' && subj.plural[k] === 1 !== pluralVerb(verb)) return -1;
      // « Quelqu'un qui insulte les … n'a pas sa place ici »: the object of a relative clause is not the subject.
      const m = mentionAt(g, g.startingAt[a]);
      if (m && objectOfClause(s, m)) return -1;
      return a;
    }
    const w = s.wordKeys[k - 1]!;
    if (PLURAL_PRONOUNS.has(w)) return pronounTakingUp(s, g, subj, k - 1);
    // « l'islam… il va détruire l'Europe »: a singular subject named shortly before is taken up.
    if ((w === 'il' || w === 'elle') && k >= 2 && subj.single[k - 2]! >= 0 && k - subj.single[k - 2]! <= 25) return k - 1;
    // « sont en train de… »: the copula of a progressive, not a state.
    // (« sont encore en train de… »: an adverb between the copula and the progressive.)
    if (!GAP.has(w) && !(['sont', 'est', 'etaient', 'etait'].includes(w) && (s.wordKeys[k]! === 'en' || (k + 1 < p && s.wordKeys[k + 1]! === 'en')))) return purpose >= 0 ? purposeSubject(s, g, subj, purpose) : afterRelative(s, subj, p);
    if (w === 'pour' && purpose < 0) purpose = k - 1;
  }
  return afterRelative(s, subj, p);
}

/** The plural pronoun at word k as a claim's subject when it takes up a people named before (« ils »), or -1. */
function pronounTakingUp(s: Stream, g: Groups, subj: Subjects, k: number): number {
  const m = antecedent(s, g, k);
  return m && (subj.start[m.b] !== -1 || m.taken) ? k : -1;
}

/** How far before « pour » the subject of its main clause may stand. */
const PURPOSE_REACH = 7;
/**
 * The subject of the clause a purpose hangs on (« les musulmans font des enfants pour nous envahir », « ils
 * arrivent par milliers pour remplacer… »): a group or a pronoun taking one up, a few words before « pour »
 * in the same clause, or -1.
 */
function purposeSubject(s: Stream, g: Groups, subj: Subjects, pour: number): number {
  for (let k = pour; k > 0 && pour - k <= PURPOSE_REACH && s.clause[k - 1] === s.clause[pour]; k -= 1) {
    const a = subj.start[k] ?? -1;
    if (a >= 0) return a > 0 && s.clause[a - 1] === s.clause[pour] && GOVERNED.has(s.wordKeys[a - 1]!) ? -1 : a;
    if (PLURAL_PRONOUNS.has(s.wordKeys[k - 1]!)) return pronounTakingUp(s, g, subj, k - 1);
  }
  return -1;
}

/** The subject of a claim that follows a relative clause on it (« les musulmans qui vivent ici veulent imposer… »), or -1. */
function afterRelative(s: Stream, subj: Subjects, p: number): number {
  const q = p > 0 ? subj.qui[p - 1]! : -1;
  if (q < 0 || p - q > 10) return -1;
  // « qui sont accusés de vouloir… », « qui disent que… »: someone else's words (at most 10 words read).
  for (let k = q + 1; k < p; k += 1) if (fills(ACCUSED, s.words[k]) || fills(BELIEF, s.words[k])) return -1;
  return subj.relative[p - 1]!;
}
const ACCUSED = wordSet(['~accuser', '~soupconner', '~suspecter', '~reprocher', '~traiter'], false);

/** A plural finite verb (« imposent », « ont », « vont »); « appartient », « vient » are singular. */
const pluralVerb = (v: string): boolean => /(?:ent|ont)$/.test(v) && !/[tv]ient$/.test(v);

const CLITICS = new Set(['ne', 'n', 'nous', 'vous', 'leur', 'lui', 'y', 'en', 'se', 's', 'qui', 'tous', 'toutes', 'donc', 'aussi', 'deja']);

/** Adverbs of time before a verbless progressive (« les … encore en train de… »). */
const STILL = new Set(['encore', 'toujours', 'constamment', 'juste', 'vraiment', 'souvent']);
/** The first word after the subject that is no clitic (the finite verb), or ''. */
function firstVerb(s: Stream, from: number, p: number): string {
  for (let k = from; k <= p && k < s.words.length; k += 1) {
    const w = s.wordKeys[k]!;
    // « les … (encore) en train de… » has no finite verb: nothing to agree with.
    if (w === 'en' && k + 1 < s.words.length && s.wordKeys[k + 1]! === 'train') return '';
    if (!CLITICS.has(w) && !STILL.has(w)) return w;
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
const PARTICLE_SUBJECTS = new Set(['je', 'j', 'on', 'nous', 'c', 'ca', 'y', 'il', 'ils', 'elle', 'elles']);
const WHY = new Set(['pourquoi', 'comment']);
/** Whether it is normal or acceptable (« est-ce normal que… », « c'est-tu acceptable que… »); question.ts asks with it too. */
export const NORMAL = new Set(['normal', 'acceptable']);
const INVERTED = new Set(['ils', 'elles', 'il', 'elle']);
const AGENT_OF = new Set(['a', 'de', 'd', 'par']);

/** Per word: the last word at or before it, in its sentence, that marks a notion, the reader's belief, a question or a « why » (-1: none). */
interface Marks {
  readonly notion: Int32Array;
  readonly you: Int32Array;
  readonly question: Int32Array;
  readonly why: Int32Array;
  /** « normal que » asked (« est-ce normal que les … »). */
  readonly normal: Int32Array;
  /** The first notion word at or after each word, in its sentence (n: none). */
  readonly notionNext: Int32Array;
}

/** One pass over the stream, so each claim is judged in constant time (linear in the text). */
function marksOf(s: Stream): Marks {
  const n = s.words.length;
  const notion = new Int32Array(n);
  const you = new Int32Array(n);
  const question = new Int32Array(n);
  const why = new Int32Array(n);
  const normal = new Int32Array(n);
  const notionNext = new Int32Array(n + 1).fill(n);
  for (let i = 0; i < n; i += 1) {
    const fresh = i === 0 || s.sentence[i - 1] !== s.sentence[i];
    const w = s.wordKeys[i]!;
    notion[i] = fills(NOTIONS, s.words[i]) ? i : fresh ? -1 : notion[i - 1]!;
    // The reader's belief (« vous croyez que… »), or a question put to the reader (« avez-vous des preuves que… », « d'où sortez-vous que… »).
    // The Québec particle « -tu » after a subject and its verb asks, it names no reader (« j'ai-tu le droit de dire que… », « on peut-tu dire que… »).
    const particle = w === 'tu' && i >= 2 && s.sentence[i - 2] === s.sentence[i] && PARTICLE_SUBJECTS.has(s.wordKeys[i - 2]!);
    you[i] = YOU.has(w) && !particle && (fills(BELIEF, s.words[i + 1]) || fills(BELIEF, s.words[i + 2]) || s.hyphen[i] === 1) ? i : fresh ? -1 : you[i - 1]!;
    // « est-ce que », and a subject pronoun joined to its verb (« envahissent-ils »).
    const asks = (w === 'est' && i + 1 < n && s.wordKeys[i + 1]! === 'ce' && s.hyphen[i + 1] === 1) || (s.hyphen[i] === 1 && INVERTED.has(w));
    question[i] = asks ? i : fresh ? -1 : question[i - 1]!;
    why[i] = WHY.has(w) ? i : fresh ? -1 : why[i - 1]!;
    // « est-ce normal que… », « trouvez-vous ça normal que… »: whether it is normal presupposes the claim, like « pourquoi ».
    normal[i] = NORMAL.has(w) && i + 1 < n && (s.wordKeys[i + 1]! === 'que' || s.wordKeys[i + 1]! === 'qu') ? i : fresh ? -1 : normal[i - 1]!;
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    const last = i === n - 1 || s.sentence[i + 1] !== s.sentence[i];
    notionNext[i] = fills(NOTIONS, s.words[i]) ? i : last ? n : notionNext[i + 1]!;
  }
  return { notion, you, question, why, normal, notionNext };
}

/**
 * True when the claim is a yes-no question (« est-ce que les musulmans… ? », « l'islam menace-t-il… ? »)
 * or the reader's belief (« vous croyez vraiment que… »): counter-speech asks and answers. A question
 * why (« pourquoi les… imposent-ils… ? ») presupposes the claim and stays one. Looks 15 words back at most.
 */
function askedOrAddressed(s: Stream, mk: Marks, a: number, b: number): boolean {
  const from = Math.max(0, a - 15);
  const you = a > 0 ? mk.you[a - 1]! : -1;
  if (you >= from && s.sentence[you] === s.sentence[a]) return true;
  // « Est-ce que c'est méchant de dire que les … ? »: the question asks about the blame, the claim is said.
  return mk.question[b - 1]! >= from && mk.why[b - 1]! < from && !(mk.question[b - 1]! < a && underBlameAsked(s, a));
}

/** A claim as a finding: cleared when negated, reported or hypothetical. */
function judged(s: Stream, sc: Scope, mk: Marks, a: number, b: number, inside: ReadonlyArray<readonly [number, number]>): WordHit {
  const from = clauseStart(s, a);
  let hypothesis = false;
  for (let k = from; k < a; k += 1) if (HYPOTHESIS.has(s.wordKeys[k]!)) hypothesis = true;
  let next = b;
  while (next < s.words.length && next - b < 8 && s.clause[next] === s.clause[b - 1]) next += 1;
  const saidAfter = next < s.words.length && s.sentence[next] === s.sentence[b - 1] && fills(SAID_AFTER, s.words[next]);
  // A notion named in the sentence, outside the claim (« l'idée que les musulmans… est un fantasme », « selon vous… »).
  const notion = (a > 0 && mk.notion[a - 1]! >= Math.max(0, a - 15) && s.sentence[mk.notion[a - 1]!] === s.sentence[a]) || (mk.notionNext[b]! < b + 15 && s.sentence[mk.notionNext[b]!] === s.sentence[a]);
  const held = hypothesis || saidAfter || notion || isNegated(s, from, b, inside) || isReported(s, sc, a, b);
  const asked = askedOrAddressed(s, mk, a, b);
  // « Est-ce normal que les … passent avant nous ? »: asking whether it is normal takes the claim as a fact, a doubt to check.
  if (asked && !held && a > 0 && mk.normal[a - 1]! >= Math.max(0, a - 8)) return { kind: 'hate', severity: 'warning', a, b, doubtful: 'question' };
  return { kind: 'hate', severity: held || asked ? 'clear' : 'error', a, b };
}

/** Claims against a religion or an origin in the stream. */
export function findClaims(s: Stream, sc: Scope): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const claimed = findAllIn(s, CLAIMS);
  // A clause of time after it ends the claim too (« ils mentent quand ça les arrange »): a habit, said of them all the same.
  const ending = findAllIn(s, ENDING).filter(([p, q]) => q >= n || s.brk[q] !== 0 || s.sentence[q] !== s.sentence[p] || WHENEVER.has(s.wordKeys[q]!));
  const agents = [...findAllIn(s, CRIMES_BY), ...findAllIn(s, BLAMED), ...findAllIn(s, OVERRUN)];
  const calls = findAllIn(s, CALLS);
  const rises = findAllIn(s, RISING);
  const guardsFound = findAllIn(s, GUARDS);
  const bare = [...findAllIn(s, BECOMING), ...findAllIn(s, INNATE), ...findAllIn(s, JUSTIFIED), ...findAllIn(s, JUSTIFIED_ENDING).filter(([, q]) => q >= n || s.brk[q] !== 0)];
  // Most texts hold no claim: the groups and marks are read only when one is there.
  if (claimed.length + ending.length + agents.length + bare.length + calls.length + rises.length + guardsFound.length === 0) return out;
  const g = groupsOf(s);
  const subj = subjectsOf(s, g);
  const mk = marksOf(s);
  for (const [p, q] of [...claimed, ...ending]) {
    const a = subjectOf(s, g, subj, p);
    if (a >= 0) out.push(judged(s, sc, mk, a, q, [[p, q]]));
  }
  // Crimes said to be theirs, evils blamed on them: the group named right after (« commis par des musulmans », « due aux immigrés »).
  for (const [p, q] of agents) {
    // The group right after, its « à » or « de » folded into the determiner or not (« aux immigrés », « à l'islam »).
    const after = q < n && AGENT_OF.has(s.wordKeys[q]!) ? q + 1 : q;
    const m = mentionAt(g, (g.startingAt[q] ?? -1) >= 0 ? g.startingAt[q] : g.startingAt[after]);
    if (m && subj.start[m.b] !== -1) out.push(judged(s, sc, mk, p, m.b, [[p, q]]));
    else if (q < n && subj.end[q]! > q) out.push(judged(s, sc, mk, p, subj.end[q]!, [[p, q]]));
  }
  // Calls to ban or destroy them: a group, or a faith, its book or places, as object (« il faut interdire l'islam »).
  for (const [p, q] of calls) {
    let j = q;
    while (j < n && j - q < 2 && s.sentence[j] === s.sentence[p] && (s.wordKeys[j]! === 'tous' || s.wordKeys[j]! === 'toutes')) j += 1;
    const m = mentionAt(g, g.startingAt[j]);
    if (m && subj.start[m.b] !== -1 && !fills(SYMBOLS, s.words[m.head])) {
      out.push(judged(s, sc, mk, p, m.b, [[p, q]]));
      continue;
    }
    // « l'islam », « les mosquées », « la religion musulmane »: a determiner, then the name.
    const k = j < n && fills(SUBJECT_DETERMINERS, s.words[j]) ? j + 1 : j;
    if (k < n && s.sentence[k] === s.sentence[p] && fills(CALL_OBJECTS, s.words[k]) && subj.start[k + 1] !== -1) out.push(judged(s, sc, mk, p, k + 1, [[p, q]]));
    else if (k < n && s.sentence[k] === s.sentence[p] && fills(CALL_OBJECTS, s.words[k]) && k + 1 < n && subj.start[k + 2] !== -1) out.push(judged(s, sc, mk, p, k + 2, [[p, q]]));
  }
  // Our country said to become theirs, innate evils, hostility said to be right: no group subject needed.
  for (const [p, q] of [...bare, ...risingWith(s, subj, rises)]) out.push(judged(s, sc, mk, p, q, [[p, q]]));
  // Keeping one's things or one's distance when one of them is there (« je garde mon portefeuille quand un … passe », « quand un …
  // monte, je change de siège »): the precaution is the slur. A group (one member will do) and a « when » within 12 words, in one
  // sentence, the group inside the « when » clause (not « …, comme mes voisins … »); a negation clears it (« personne ne devrait… »).
  for (const [p, q] of guardsFound) {
    let group = -1;
    let when = -1;
    for (let pass = 0; pass < 2; pass += 1) {
      for (let k = Math.max(0, p - 12); k < Math.min(n, q + 12); k += 1) {
        if (s.sentence[k] !== s.sentence[p]) continue;
        const m = mentionAt(g, g.startingAt[k]);
        if (pass && group < 0 && m?.identity && s.clause[k] === s.clause[when] && !fills(YOUNG, s.words[m.head])) group = k;
        if (when < 0 && (WHEN.has(s.wordKeys[k]!) || (s.wordKeys[k]! === 'des' && (s.wordKeys[k + 1] ?? s.wordKeys[k]!) === 'qu'))) when = k;
      }
    }
    // The speaker's own precaution (« je garde… », « on change de… »), not one of them keeping their things.
    const mine = [p - 1, p - 2, p - 3].some((k) => k >= 0 && SELF.has(s.wordKeys[k]!));
    if (mine && group >= 0 && when >= 0) out.push(judged(s, sc, mk, Math.min(p, group, when), Math.max(q, group + 1), [[p, q]]));
  }
  return out;
}
