/**
 * Access granted to a group, judged a disaster (3.2, derogation without a degrading word):
 * « permettre aux … de voter serait la ruine du pays », « nommer une … à la tête de la police est la
 * pire erreur », « l'arrivée des … est une catastrophe », « la pire erreur serait de laisser les …
 * s'installer ». The group is neither insulted nor threatened: its presence, its rights or its role
 * are called a misfortune. A WARNING to check, never an error.
 *
 * The reading has a polarity. Refusing or removing access (« refuser aux … le droit de vote serait une
 * erreur », « ne pas accueillir les … serait une honte », « l'exclusion des … ») judges the refusal, so
 * it is clean; so are a negation, a question, a report, and a judgement that is no misfortune.
 */
import { groupsOf, mentionAt, type Mention } from './groups.ts';
import type { WordHit } from './hit.ts';
import { fills, wordSet, isDe } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { askedSentences } from './question.ts';

/** Verbs that give a group a place, a right or a role (infinitives opening the subject clause). */
const GRANT = wordSet(['~louer', '~marier', '~permettre', '~laisser', '~nommer', '~elire', '~embaucher', '~engager', '~accepter', '~accueillir', '~admettre', '~donner', '~confier', '~autoriser', '~ouvrir', '~integrer', '~recruter', '~promouvoir', '~mettre', '~importer', '~naturaliser', '~regulariser', '~tolerer'], false);
/** Grant verbs that need a complement to give anything: « laisser » + an infinitive, « mettre » + a place of power. */
const NEEDS_MORE = wordSet(['~laisser', '~mettre', '~ouvrir'], false);
const POWER = new Set(['pouvoir', 'tete', 'poste', 'postes', 'place', 'commandes', 'charge', 'responsabilite', 'direction', 'gouvernement', 'frontieres', 'portes', 'droit', 'droits', 'vote']);
/** Nouns of a group's coming or taking a place (« l'arrivée des … », « l'élection d'une … »). */
const ARRIVAL = wordSet(['+arrivee', '+presence', '+immigration', '+accueil', '+embauche', '+nomination', '+election', '+integration', '+venue', '+installation', '+admission', '+entree', '+afflux', '+regularisation', '+naturalisation'], false);
/** A misfortune as the judgement (« la ruine », « une catastrophe », « une erreur », « de la folie », « suicidaire »). */
const DISASTER = wordSet([
  '+ruine', '+catastrophe', '+desastre', '+erreur', '+folie', '+cauchemar', '+suicide', '+perte', '+declin', '+aberration', '+calamite', '+malheur', '+drame', '+fleau', '+betise', '+connerie', '+absurdite', '+non-sens', '+decadence',
  'suicidaire', 'catastrophique', 'desastreux', 'desastreuse', 'aberrant', 'insense', 'irresponsable', 'fou', 'folle',
  // Trouble, loss, theft or jail as the outcome (« c'est s'attirer des ennuis », « jeter son argent », « se faire voler », « signer pour la prison »).
  '+ennui', '+probleme', '~jeter', 'voler', '+prison', '+enfer',
], false);
/** Being, said of a clause (singular), or the « c' » that takes it up. */
const BE = new Set(['est', 'serait', 'sera', 'etait', 'fut', 'soit', 'ete', 'reviendrait', 'revient', 'equivaudrait', 'signifierait', 'signifie']);
const TAKE_UP = new Set(['c', 'ce', 'ca', 'cela']);
const OF = new Set(['de', 'd', 'du', 'des', 'aux', 'a', 'au']);
/** How many words the judgement may stand after the verb (« la plus grosse erreur », « courir au désastre »). */
const JUDGEMENT_REACH = 5;
/** How many words the granting clause may run before the verb. */
const CLAUSE_REACH = 14;

/** Index of the first word of `set` in [from, to) of the sentence, or -1. */
function firstIn(s: Stream, from: number, to: number, test: (k: number) => boolean): number {
  for (let k = from; k < to && k < s.words.length; k += 1) if (test(k)) return k;
  return -1;
}

/** True when the grant verb at v gives something: « laisser » before an infinitive, « mettre / ouvrir » before a place of power. */
function gives(s: Stream, v: number, end: number): boolean {
  if (!fills(NEEDS_MORE, s.words[v])) return true;
  const laisser = s.wordKeys[v]!.startsWith('laiss');
  for (let k = v + 1; k < end; k += 1) {
    const w = s.wordKeys[k]!;
    if (laisser ? /(?:er|ir|re)$/.test(w) && w !== 'leur' : POWER.has(w)) return true;
  }
  return false;
}

/** Warnings for sentences that call a group's access or presence a misfortune. */
export function findAccess(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  const g = groupsOf(s);
  if (n === 0 || g.mentions.length === 0) return out;
  const asked = askedSentences(s, tokens);
  const groupIn = (from: number, to: number): Mention | undefined => {
    for (let k = from; k < to; k += 1) {
      const m = mentionAt(g, g.startingAt[k]);
      if (m && m.identity) return m;
    }
    return undefined;
  };
  for (let i = 0; i < n; ) {
    const sent = s.sentence[i]!;
    let j = i;
    while (j < n && s.sentence[j] === sent) j += 1;
    const start = i;
    i = j;
    if (asked[sent] || sc.denounced[sent]) continue;
    if (firstIn(s, start, j, (k) => judged[k] === 1 || s.quoted[k] === 1) >= 0) continue;
    // The subject clause opens the sentence: a grant infinitive (« permettre aux … ») or a noun of arrival (« l'arrivée des … »).
    const opener = firstIn(s, start, Math.min(j, start + 3), (k) => fills(GRANT, s.words[k]) || fills(ARRIVAL, s.words[k]));
    // Someone else's words, unless the run only starts at the opener (« nommer » is also a verb of naming, scope.ts).
    const from = opener >= 0 ? opener : start;
    const runFromOpener = (sc.spoken[from] ?? 0) > 0 && (from === start || (sc.spoken[from - 1] ?? 0) === 0);
    if (firstIn(s, start, j, (k) => (sc.spoken[k] ?? 0) > 0 && !(runFromOpener && k >= from)) >= 0) continue;
    // « la pire erreur serait de laisser les … »: the judgement first, the grant after « de ».
    const judgementFirst = firstIn(s, start, Math.min(j, start + 4), (k) => fills(DISASTER, s.words[k]));
    if (opener >= 0) {
      const verb = firstIn(s, opener + 1, Math.min(j, opener + CLAUSE_REACH), (k) => BE.has(s.wordKeys[k]!));
      if (verb < 0) continue;
      const arrival = fills(ARRIVAL, s.words[opener]);
      // « l'arrivée des … »: the group right after the noun's « de ».
      const m = arrival ? (opener + 1 < verb && OF.has(s.wordKeys[opener + 1]!) ? groupIn(opener + 1, Math.min(verb, opener + 3)) : undefined) : groupIn(opener + 1, verb);
      if (!m || (!arrival && !gives(s, opener, verb))) continue;
      const judgement = firstIn(s, verb + 1, Math.min(j, verb + 1 + JUDGEMENT_REACH), (k) => fills(DISASTER, s.words[k]));
      if (judgement < 0 || isNegated(s, start, judgement + 1) || (!runFromOpener && isReported(s, sc, start, judgement + 1))) continue;
      // The span opens on the clause, or on the « c' / ce » that takes it up (« embaucher des …, c'est courir au désastre »).
      const spanStart = opener > start && TAKE_UP.has(s.wordKeys[opener - 1]!) ? opener - 1 : opener;
      out.push({ kind: 'hate', severity: 'warning', a: spanStart, b: judgement + 1, doubtful: 'access' });
    } else if (judgementFirst >= 0) {
      const verb = firstIn(s, judgementFirst + 1, Math.min(j, judgementFirst + 3), (k) => BE.has(s.wordKeys[k]!));
      if (verb < 0 || verb + 2 >= j || !isDe(s.wordKeys[verb + 1]!) || !fills(GRANT, s.words[verb + 2])) continue;
      const m = groupIn(verb + 3, Math.min(j, verb + 3 + CLAUSE_REACH));
      if (!m || !gives(s, verb + 2, j) || isNegated(s, start, m.b) || isReported(s, sc, start, m.b)) continue;
      out.push({ kind: 'hate', severity: 'warning', a: judgementFirst, b: m.b, doubtful: 'access' });
    }
  }
  return out;
}
