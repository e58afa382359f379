/**
 * Harm wished in a clause of its own (round 14), read as grammar: a wish opens the clause (« j'espère que », « pourvu
 * que », « vivement que », a bare « Que… » opening the sentence, « … pis que » going on with it, « je lui souhaite de »),
 * and the clause says who suffers what:
 * - a people or a person (a group, « ils » taking one up, an office: « le maire ») as the subject of a harm outcome
 *   (dying, freezing, drowning, burning, being hit or run over, catching a disease, losing home and family);
 * - an agent of harm as the subject (a disease, a disaster, a vehicle: « que le cancer emporte tous ceux qui… », « qu'une
 *   charrue passe sur le conseiller ») and its victim after the verb, or taken up before it (« que la peste les emporte »);
 * - a people's building as the subject of a disaster (« que l'hôtel des migrants saute », « ait une fuite de gaz »).
 * And a case settled by the speaker (« on va s'occuper de son cas ») with a people or an office named before it.
 * The words are there, the reading is not certain: a WARNING (the person checks). Quiet under negation, a question, a
 * report, a denunciation, another reading, or care beside it (« j'espère que les itinérants vont trouver un refuge
 * avant le froid » has no outcome; « pourvu qu'ils ne gèlent pas » is denied). The news told (« le cancer a emporté mon
 * père ») has no wish. Bounded windows after each wish: linear.
 */
import { antecedent, groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { roles, worship } from './lexicon-threat.ts';
import { compile, fills, findAllIn, keyOf, matchAt, wordSet } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { quietSentences } from './cooccur.ts';

const OPEN = compile(["je|j'|on ~esperer ben|bien|vraiment? que|qu'?", "je|j'|on ~souhaiter que|qu'", 'pourvu|vivement|esperons|souhaitons que|qu']);
/** The dative wish (« je lui souhaite de… », « je souhaite au maire de… »): an infinitive follows. */
const OPEN_TO = compile(["je|j'|on lui|leur|te|t'|vous ~souhaiter de|d'", "je|j'|on ~souhaiter a|au|aux * *? *? de|d'"]);
const DISEASE = '+cancer|covid|sida|peste|+maladie|+virus|grippe|ebola|cholera|+tumeur|avc|rage|lepre|variole|+infection';
/** What a people or a person suffers (« vont geler », « se fassent écraser », « pognent le covid », « perdent leur maison »). */
const OUTCOME = compile([
  '~crever', '~mourir', '~geler', '~pourrir', '~agoniser', '~perir', '~souffrir', '~bruler', '~griller', '~cramer',
  "se|s' ~noyer|~tuer|~suicider|~pendre|~etouffer|~ecraser|~electrocuter|~empoisonner",
  "se|s' ~faire ~frapper|~ecraser|~tuer|~tabasser|~battre|~lyncher|~egorger|~massacrer|~violer|~buter|~abattre|~poignarder|~faucher|~renverser|~ramasser|~ecrapoutir|~bruler|~noyer",
  "se|s' ~faire ~rentrer dedans|dans", "se|s' ~faire ~casser|~peter|~defoncer la|sa|leur|les gueule|yeule|face|tete|jambes",
  '~etre +ecrase|+frappe|+tue|+noye|+brule|+emporte|+fauche|+renverse|+ramasse',
  `~attraper|~pogner|~choper|~chopper|~avoir|~contracter|~mourir|~crever le|la|une|un|des|l'|d'|du ${DISEASE}`,
  '~perdre leur|leurs|sa|son|ses maison|+famille|+femme|+enfant|vie|+logement|+blonde|+mari|+chum|job|jobs|+emploi|travail', 'tout ~perdre', '~perdre tout',
]);
/** What an agent of harm does to its victim. */
const AGENT_HARM = compile(['~emporter', '~tuer', '~ecraser', '~frapper', '~faucher', '~ramasser', '~decimer', '~exterminer', '~aneantir', '~renverser', '~bruler', '~noyer', '~rentrer dans|dedans', '~passer sur|dessus', '~prendre|~pogner dans|a|au|aux']);
/** Agents of harm: diseases, disasters, vehicles. */
const AGENT = wordSet([...DISEASE.split('|'), 'feu', '+incendie', 'foudre', '+tornade', '+ouragan', 'tsunami', '+inondation', '+explosion', '+bombe', '+char', 'auto', '+voiture', '+camion', '+autobus', 'bus', '+train', '+charrue', 'chasse-neige', '+souffleuse', '+tracteur', '+avion', '+semi-remorque', 'fleau', '+accident']);
/** What befalls a people's building. */
const PLACE_OUTCOME = compile([
  '~sauter', '~exploser', '~bruler', '~flamber', '~passer au feu', '~prendre|~pogner feu', "s'|se ~effondrer|~ecrouler|~ecraser", '~etre +rase|+detruit|+incendie|+bombarde',
  '~avoir|~pogner une|un|des bonne|belle|grosse|beau|bon|gros? +fuite|+explosion|+incendie|+inondation|feu|+tornade|+effondrement|+bombe',
]);
const WORSHIP = compile(worship);
/** A people's building, theirs when a group follows it or « leur » owns it. */
const BUILDING = wordSet(['+hotel', '+refuge', '+centre', '+maison', '+ecole', '+commerce', '+local', '+foyer', '+camp', '+logement', '+bloc', '+autobus', '+bateau', '+salle']);
/** People named by an office or a calling (the mayor, an imam, the plough driver). */
const PERSON = new Set([...roles, 'imam', 'rabbin', 'pretre', 'cure', 'pasteur', 'chauffeur', 'conducteur', 'proprio', 'ceux', 'celles']);
/** Between the subject and its outcome: the future, a modal, « finir par », « tous », a time. */
const GAP = /^(?:va|vont|aille|aillent|puisse|puissent|peuvent|pourr\w*|fini\w*|par|tou[st]e?s?|enfin|donc|ben|bien|juste|bientot|un|une|jour|bonne|finalement|meme|ca)$/;
/** Causes that are no harm after dying, freezing… (« mourir de rire, d'envie »), and a transitive use (« brûler les étapes »). */
const FIGURE = /^(?:rire|envie|plaisir|joie|honte|curiosite|impatience|ennui|le|la|les|l|un|une|des|du|ses|leurs?)$/;
const DETERMINER = /^(?:le|la|l|les|un|une|des|notre|nos|ce|cet|cette|ces|mon|ma|ton|ta|votre|leur|leurs|sa|son|du|au|aux|a|tous|toutes|dans|sur|de|d)$/;
/** A case settled by the speaker (« on va s'occuper de son cas », « je vais régler leur cas »). */
const SETTLE = compile(["je|j'|on|nous|m'|ma|mas ~aller? aller? s'|se|m'|me|nous ~occuper de|du son|sa|leur|leurs|ton|votre cas", "je|j'|on|nous|m'|ma|mas ~aller? ~regler son|sa|leur|leurs cas"]);
const CARE = wordSet(['~guerir', '+retablissement', '~survivre', '~sauver', '~eviter', '~aider', '~proteger', '~soigner', '~vacciner', 'courage', '+secours', '~reconstruire', 'dignite', 'paix'], false);

/** Warnings for harm wished in a clause, or a case settled, on a people or a person; `judged[i]` marks words other readings took. */
export function findWished(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const g = groupsOf(s);
  const quiet = quietSentences(s, sc, judged, tokens, CARE, true);
  const at = (k: number, sent: number): string => (k >= 0 && k < n && s.sentence[k] === sent ? keyOf(s.words[k]!) : '');
  /** A person named by an office in the twelve words before a. */
  const personBefore = (a: number, sent: number): boolean => {
    for (let j = a - 1; j >= 0 && a - j <= 12; j -= 1) if (PERSON.has(at(j, sent))) return true;
    return false;
  };
  const push = (a: number, b: number): void => {
    for (let k = a; k < b; k += 1) if (judged[k] || s.quoted[k] || sc.spoken[k]) return;
    // (Its own clause's negation, the words after the verb included: « pourvu qu'ils ne gèlent pas ».)
    if (quiet[s.sentence[a]!] || isNegated(s, a, b, [], b) || isReported(s, sc, a, b)) return;
    out.push({ kind: 'threat', severity: 'warning', a, b, doubtful: 'violence' });
  };
  /** A person or a people named at k (a group, an office after its determiner), and where it ends, or -1. */
  const named = (k: number, sent: number): number => {
    const m = g.mentions[g.startingAt[k] ?? -1] ?? g.mentions[g.headAt[k] ?? -1];
    if (m) return m.b;
    const r = DETERMINER.test(at(k, sent)) ? k + 1 : k;
    return PERSON.has(at(r, sent)) ? r + 1 : -1;
  };
  /** A people's building at k (« leur mosquée », « l'hôtel des migrants »), and where it ends, or -1. */
  const building = (k: number, sent: number): number => {
    const own = /^leurs?$/.test(at(k, sent)) && antecedent(s, g, k) !== undefined;
    const r = DETERMINER.test(at(k, sent)) ? k + 1 : k;
    const w = matchAt(s, WORSHIP, r);
    if (w > r) return w;
    if (r >= n || s.sentence[r] !== sent || !fills(BUILDING, s.words[r])) return -1;
    const of = /^(?:des|du|de|d|pour)$/.test(at(r + 1, sent)) ? named(r + 2, sent) : -1;
    return of > 0 ? of : own ? r + 1 : -1;
  };
  /** The victim after an agent's verb (« emporte tous ceux qui… », « rentre dans l'autobus des… »), its end or -1. */
  const victimAfter = (k: number, sent: number): number => {
    for (let j = k; j < k + 4 && at(j, sent); j += 1) {
      const e = Math.max(named(j, sent), building(j, sent));
      if (e > 0) return e;
      if (!DETERMINER.test(at(j, sent))) return -1;
    }
    return -1;
  };
  const clause = (a: number, e: number, dative: boolean): void => {
    const sent = s.sentence[a]!;
    let k = e;
    while (k - e < 3 && /^(?:un|jour|enfin|donc|ben|bien)$/.test(at(k, sent))) k += 1;
    // The subject: a people or a person, a pronoun taking one up, an agent of harm, or a people's building.
    let subject = dative ? k : named(k, sent);
    let place = -1;
    let agent = -1;
    if (!dative && subject < 0 && /^(?:ils?|elles?|y)$/.test(at(k, sent))) {
      if (antecedent(s, g, k) !== undefined || personBefore(a, sent)) subject = k + 1;
    }
    if (subject < 0) place = building(k, sent);
    if (subject < 0 && place < 0) {
      let j = DETERMINER.test(at(k, sent)) ? k + 1 : k;
      if (/^(?:bon|bonne|beau|belle|gros|grosse|petit|petite)$/.test(at(j, sent))) j += 1;
      if (j < n && s.sentence[j] === sent && fills(AGENT, s.words[j])) agent = j + 1;
    }
    let v = Math.max(subject, place, agent);
    if (v < 0) return;
    if (agent > 0) {
      // « que la peste les emporte », « qu'un char lui rentre dedans »: the victim taken up before the verb.
      const clitic = /^(?:les|lui|leur)$/.test(at(v, sent));
      const taken = clitic && (antecedent(s, g, v) !== undefined || personBefore(a, sent));
      if (clitic) v += 1;
      while (v - agent < 6 && GAP.test(at(v, sent))) v += 1;
      const h = matchAt(s, AGENT_HARM, v);
      if (h <= v) return;
      const end = taken ? h : victimAfter(h, sent);
      if (end > 0) push(a, end);
      return;
    }
    const outcome = place > 0 ? PLACE_OUTCOME : OUTCOME;
    // (« tout perdre »: the outcome may open on a word of the gap.)
    while (v - k < 8 && matchAt(s, outcome, v) <= v && GAP.test(at(v, sent)) && !/^(?:un|une)$/.test(at(v, sent))) v += 1;
    const h = matchAt(s, outcome, v);
    // (A building's « une bonne nuit » is a time; a person's « brûler les étapes », « mourir de rire » are no harm.)
    if (h <= v || (place < 0 && FIGURE.test(at(h, sent)))) return;
    // Losing only one's job is as often an election lost: the job needs more losses after it (« sa job, sa maison pis… »).
    if (/^(?:job|jobs|emploi|travail|poste)$/.test(at(h - 1, sent)) && !/^(?:pis|et|puis)$/.test(at(h, sent)) && !(s.brk[h] !== 0 && /^(?:sa|son|ses|leurs?)$/.test(at(h, sent)))) return;
    push(a, h);
  };
  const opened = new Int32Array(s.sentence[n - 1]! + 1).fill(-1);
  for (const [a, e] of findAllIn(s, OPEN)) {
    if (opened[s.sentence[a]!]! < 0) opened[s.sentence[a]!] = a;
    clause(a, e, false);
  }
  for (const [a, e] of findAllIn(s, OPEN_TO)) {
    // « je souhaite au maire de… »: the one wished on is named between.
    if (/^(?:a|au|aux)$/.test(keyOf(s.words[a + 2]!)) && named(a + 2, s.sentence[a]!) < 0 && named(a + 3, s.sentence[a]!) < 0) continue;
    clause(a, e, true);
  }
  for (let i = 0; i < n; i += 1) {
    const w = keyOf(s.words[i]!);
    if (w !== 'que' && w !== 'qu') continue;
    const sent = s.sentence[i]!;
    const prev = at(i - 1, sent);
    // A bare « Que… » opening the sentence or set off after its people (« Les…, qu'ils… »), or « pis que » going on with a wish.
    if (prev === '' || s.brk[i] !== 0 || (/^(?:pis|et|puis)$/.test(prev) && opened[sent]! >= 0 && opened[sent]! < i)) clause(opened[sent]! >= 0 && opened[sent]! < i ? opened[sent]! : i, i + 1, false);
  }
  for (const [a, b] of findAllIn(s, SETTLE)) {
    const sent = s.sentence[a]!;
    // The case ends its clause or is the speaker's own (« …, personnellement »): « on va s'occuper de son cas avec le
    // CIUSSS, au bureau lundi » handles a file.
    if (at(b, sent) !== '' && s.brk[b] === 0 && !/^(?:personnellement|moi-meme|nous-memes|moi|nous|bientot|drette|ben|bien)$/.test(at(b, sent))) continue;
    let victim = personBefore(a, sent);
    for (let j = a - 1; !victim && j >= 0 && a - j <= 14 && s.sentence[j] === sent; j -= 1) victim = g.mentions[g.startingAt[j] ?? -1]?.identity === true;
    if (victim) push(a, b);
  }
  return out;
}
