/**
 * Identity given as the explanation (3.2): « Normal, c'est des … », « Ça paraît que c'est un … »,
 * « Pas surprenant, ce sont des … », « Typique d'un … », « … parce que ce sont des … ». Nothing
 * degrading is said in words: the group's identity is offered as the reason, which is the insult.
 * Worth a WARNING to check (like the net, cooccur.ts), never an error: the same shape explains
 * innocently when the sentence goes on (« normal, c'est des Québécois, ils aiment le hockey »), so
 * the group must close its sentence. Age groups are left out (« normal, c'est des jeunes »).
 */
import { antecedent, groupsOf, mentionAt, namedByAge } from './groups.ts';
import type { WordHit } from './hit.ts';
import { isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';

/** Words that present what follows as expected: « normal », « évidemment », « pas surprenant », « comme par hasard ». */
const EXPECTED = new Set(['normal', 'normale', 'evidemment', 'evidement', 'forcement', 'logique', 'typique', 'typiquement', 'classique', 'surprenant', 'etonnant', 'surprise', 'hasard', 'etonne', 'surprend', 'veux', 'voyons']);
/** Verbs that read a sign (« ça paraît », « ça se voit », « on voit bien », « ça explique »), with « ça / on / se » before them. */
const SIGN = new Set(['parait', 'paraissait', 'voit', 'voyait', 'explique', 'sent']);
const SIGN_SUBJECT = new Set(['ca', 'on', 'se', 's', 'cela']);
/** Causes (« parce que », « puisque », « vu que »). */
const CAUSES = new Set(['parce', 'puisque', 'puisqu', 'vu']);
/** How the identity is stated: « c'est », « ce sont », « c'était ». */
const COPULA = new Set(['est', 'sont', 'etait', 'etaient', 'cest']);
const THIS = new Set(['c', 'ce', 'ca']);
const STILL = new Set(['encore', 'juste', 'surement', 'forcement', 'evidemment']);
/** What may close the sentence after the group (« …, quoi », « … hein »). */
const TAIL = new Set(['quoi', 'hein', 'la', 'ben', 'tse', 'toute', 'encore']);
/** How far before « c'est » the word that marks the explanation may stand. */
const REACH = 6;

/** First word of « c'est » / « ce sont » ending right before word a, or -1. */
function statedAt(s: Stream, a: number): number {
  // « c'est encore un … », « c'est juste des … ».
  if (a > 1 && STILL.has(s.wordKeys[a - 1]!)) a -= 1;
  const w = a > 0 ? s.wordKeys[a - 1]! : '';
  if (!COPULA.has(w) || s.sentence[a - 1] !== s.sentence[a]) return -1;
  if (w === 'cest') return a - 1;
  return a > 1 && s.sentence[a - 2] === s.sentence[a] && THIS.has(s.wordKeys[a - 2]!) ? a - 2 : -1;
}

/** The word marking the explanation in the few words before `c` (same sentence), or -1. */
function explainedFrom(s: Stream, c: number): number {
  for (let k = c - 1; k >= 0 && c - k <= REACH && s.sentence[k] === s.sentence[c]; k -= 1) {
    const w = s.wordKeys[k]!;
    if (EXPECTED.has(w) || CAUSES.has(w) || (GUESS.has(w) && w !== 'doit' && w !== 'devait')) return k;
    if (SIGN.has(w) && k > 0 && SIGN_SUBJECT.has(s.wordKeys[k - 1]!)) return k - 1;
  }
  return -1;
}

/** A state said of someone (« ils sont / doivent être … »), the only clause a cause may explain here. */
const STATE = new Set(['est', 'sont', 'etre', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient']);
/**
 * What was done TO them (« ils ont été refusés », « se font arrêter ») or « juste parce que »: a
 * complaint of discrimination, not an explanation by identity.
 */
const DONE_TO = new Set(['ete', 'fait', 'font', 'faire', 'juste', 'seulement', 'uniquement', 'simplement']);
/** How far back from « parce que » the state may stand. */
const CLAUSE_REACH = 12;

/** True when the words before the cause at k say a state of someone, not something done to them. */
function explainsState(s: Stream, k: number): boolean {
  let state = false;
  for (let j = k - 1; j >= 0 && k - j <= CLAUSE_REACH && s.sentence[j] === s.sentence[k]; j -= 1) {
    const w = s.wordKeys[j]!;
    if (DONE_TO.has(w)) return false;
    state ||= STATE.has(w);
  }
  return state;
}

/** True when the mention ending at b closes its sentence (fillers aside). */
function closes(s: Stream, b: number, sentence: number): boolean {
  let k = b;
  while (k < s.words.length && s.sentence[k] === sentence && k - b < 2 && TAIL.has(s.wordKeys[k]!)) k += 1;
  return k >= s.words.length || s.sentence[k] !== sentence;
}

/** « seuls / seules » before « capables »: only they could. */
const ONLY = new Set(['seul', 'seule', 'seuls', 'seules']);
const CAPABLE = new Set(['capable', 'capables']);
/** What « capables de » may blame: « ça », and deeds that are wrong in themselves (« une telle violence »). */
const DEEDS = new Set([
  'ca', 'cela', 'violence', 'horreur', 'horreurs', 'atrocite', 'atrocites', 'crime', 'crimes', 'cruaute', 'barbarie', 'sauvagerie', 'abomination', 'monstruosite',
  'saloperie', 'saloperies', 'ignominie', 'lachete', 'betise', 'betises', 'connerie', 'conneries', 'massacre', 'meurtre', 'viol', 'attentat', 'vol',
]);
/** Pronouns that stand for a group before « seuls » (« eux seuls », « elles seules »). */
const GROUP_PRONOUNS = new Set(['eux', 'elles', 'ils']);

/**
 * « Eux seuls sont capables d'une telle violence », « Seuls les … sont capables de ça »: a wrong blamed
 * on the group alone. The group is named there or taken up by the pronoun (« Un … a dû faire ça. Eux seuls… »).
 */
function onlyThem(s: Stream, g: ReturnType<typeof groupsOf>, out: WordHit[]): void {
  for (let k = 0; k < s.words.length; k += 1) {
    if (!ONLY.has(s.wordKeys[k]!)) continue;
    const sent = s.sentence[k];
    // The group: named after « seuls » (« Seuls les … »), or just before it, by name or by pronoun.
    const named = mentionAt(g, g.startingAt[k + 1]);
    const before = k > 0 && s.sentence[k - 1] === sent ? mentionAt(g, g.endingAt[k]) : undefined;
    const pronoun = k > 0 && s.sentence[k - 1] === sent && GROUP_PRONOUNS.has(s.wordKeys[k - 1]!) ? antecedent(s, g, k - 1) : undefined;
    const m = named ?? before ?? pronoun;
    if (!m || !m.identity || !m.generic) continue;
    let j = named ? named.b : k + 1;
    while (j < s.words.length && s.sentence[j] === sent && j - k <= 4 && !CAPABLE.has(s.wordKeys[j]!)) j += 1;
    if (j >= s.words.length || s.sentence[j] !== sent || !CAPABLE.has(s.wordKeys[j]!)) continue;
    for (let d = j + 1; d < s.words.length && s.sentence[d] === sent && d - j <= 5; d += 1) {
      if (!DEEDS.has(s.wordKeys[d]!)) continue;
      out.push({ kind: 'hate', severity: 'warning', a: pronoun && !named && !before ? k - 1 : Math.min(m.a, k), b: d + 1, doubtful: 'cause' });
      break;
    }
  }
}

/** Words that link the group to what it explains: « typique des … », « venant d'un … », « de la part d'un … ». */
const OF_WHOM = new Set(['typique', 'typiques', 'classique', 'digne', 'venant', 'part']);
/** Guessing the culprit by identity: « sûrement un … », « je gage que c'est un … », « ça doit être un … ». */
const GUESS = new Set(['surement', 'probablement', 'certainement', 'gage', 'parie', 'devine', 'deviner', 'doit', 'devait']);

/**
 * Where the words that offer the group as the reason start (the marker), or -1: the group is stated
 * (« c'est des … ») after a marker, or linked by « de » to a word that is one (« typique d'un … »),
 * or guessed (« sûrement un … », « ça doit être un … »).
 */
function explanation(s: Stream, m: { a: number }): number {
  const a = m.a;
  const sent = s.sentence[a];
  const at = (k: number): string => (k >= 0 && s.sentence[k] === sent ? s.wordKeys[k]! : '');
  const c = statedAt(s, a);
  if (c >= 0) return explainedFrom(s, c);
  // « ça doit être un … »: the guess is its own marker.
  if (at(a - 1) === 'etre' && GUESS.has(at(a - 2))) return a - 2;
  // « Sûrement un … », « Je gage un … »
  if (GUESS.has(at(a - 1)) && ['un', 'une', 'des'].includes(at(a))) return a - 1;
  // « typique des … », « de la part d'un … », « venant d'un … ».
  const of = at(a) === 'des' ? a : at(a - 1) === 'd' || at(a - 1) === 'de' ? a - 1 : -1;
  if (of < 0 || !OF_WHOM.has(at(of - 1))) return -1;
  const marked = explainedFrom(s, of - 1);
  return marked >= 0 ? marked : EXPECTED.has(at(of - 1)) ? of - 1 : -1;
}

/** Warnings where an identity group closes a sentence as the explanation given for something. */
export function findCause(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const g = groupsOf(s);
  onlyThem(s, g, out);
  for (const m of g.mentions) {
    if (!m.identity || namedByAge(s, m) || judged[m.head] || !closes(s, m.b, s.sentence[m.a]!)) continue;
    const from = explanation(s, m);
    if (from < 0 || judged[from] || isReported(s, sc, from, m.b) || (CAUSES.has(s.wordKeys[from]!) && !explainsState(s, from))) continue;
    out.push({ kind: 'hate', severity: 'warning', a: from, b: m.b, doubtful: 'cause' });
  }
  return out.filter((h) => !isReported(s, sc, h.a, h.b));
}
