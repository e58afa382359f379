/**
 * Doom said without a call for violence (round 9), read from structure:
 * - a people ADDRESSED (« …, les… », « bande de… », « vous autres les… ») and doom foretold to « vous / tu » (« vous ne
 *   verrez pas la fin de l'année », « vous allez tous y passer »): the address makes the reader a people;
 * - a life SPARED, denied under a duty or the future (« il ne faut épargner aucun… », « aucun… ne devrait rester en
 *   vie », « pas de quartier pour les… », « on ne devrait jamais les laisser respirer »): the negation is the threat;
 * - mass violence named as a noun and FORETOLD (« il y aura un massacre de… », « un bain de sang attend les… »);
 * - a victim SENT where the dead lie (« envoyer ce… six pieds sous terre », « les mettre en terre »);
 * - a restricted solution (« il n'y a qu'une chose à faire avec les… : les abattre »): what follows the colon is called for;
 * - a STATE of harm wished on a people (round 11: « si seulement les… avaient la gorge tranchée », « pourvu qu'ils se
 *   fassent tous tabasser, ces… », « j'espère que chaque… finira au bout d'une corde »): the wish opens the clause, the
 *   people is its subject, and the state is a body part harmed, a violence suffered (être, se faire) or a death end.
 * Each reading needs an identity group (groups.ts); a reported frame is a warning and a negated one is left alone.
 */
import { goodDeath } from './calm-death.ts';
import { antecedent, mentionAt, type Groups, type Mention } from './groups.ts';
import type { WordHit } from './hit.ts';
import { addressedDoom, deathPlaces, deserved, harmFigures, massViolence, roles, spared, violence } from './lexicon-threat.ts';
import { harmWished } from './lexicon-person.ts';
import { compile, fills, findAllIn, keyOf, matchAt, wordSet, isDe } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';

const ADDRESSED = compile(addressedDoom);
const SPARED = compile(spared);
const PLACES = compile(deathPlaces);
/** (Not « guerre »: a war foretold against a country is news.) */
const MASS = compile([...massViolence.map((e) => e.replace('|+guerre', '')), '+hecatombe', '+nettoyage']);
const DESERVED = compile(deserved);
/** What puts mass violence in the future (not the conditional of news, « ce serait un génocide selon… », nor « annonce », « prépare »). */
const FORETOLD = /^(?:aura$|auront|sera$|seront|va$|vont|ira$|viendr|approch|arrive$|arrivera|attend|guett|bientot|prochain|demain|preparez|commencer)/;
/** Words that open an address to a people (« bande de… », « sale… », « vous autres les… »). */
const ADDRESS = new Set(['bande', 'gang', 'sale', 'sales', 'maudit', 'maudite', 'maudits', 'maudites', 'vous', 'toi', 'autres', 'espece']);
/** A vocative after the doom (« …, le maire », « …, mon chum »). */
const VOCATIVE = new Set(['le', 'la', 'l', 'monsieur', 'madame', 'mon', 'ma', ...roles]);
const NEGATORS = new Set(['ne', 'n', 'pas', 'aucun', 'aucune', 'nul', 'nulle', 'jamais', 'personne', 'plus', 'zero', 'sans', 'point']);
/** A duty, an order or the future over a life spared (« il ne faut », « on ne devrait », « ne sera »). */
const DUTY = /^(?:aura$|peu[tx]$|pouv|pourr|fau[td]|fall|dev|doi|sera|seron|va$|vont|surviv|vivr|merit)/;
/** Verbless slogans opening the sentence (« Pas de quartier pour les… », « Aucune pitié pour… »). */
const SLOGAN = new Set(['pas', 'aucune', 'aucun', 'zero', 'jamais', 'point', 'sans']);
const NOBODY = new Set(['aucun', 'aucune', 'nul', 'nulle', 'personne']);
/** Between a life spared and its victims (« épargner aucun… », « laisser vivre un seul… », « pitié pour les… »). */
const VICTIM_GAP = new Set(['plus', 'pas', 'aucun', 'aucune', 'un', 'une', 'seul', 'seule', 'les', 'des', 'de', 'd', 'pour', 'a', 'aux', 'au', 'envers', 'ces', 'tous', 'toutes', 'ce', 'cet', 'cette', 'chaque', 'du', 'nul', 'nulle']);
const CLITICS = new Set(['les', 'le', 'la', 'l', 'leur', 'lui', 'en', 'y', 'vous', 'te', 't']);
const KEEP = /^(?:laiss|gard|rest|demeur|aura$)/;
/** End of « en vie » or « vivant(s) » at k, or -1. */
function alive(s: Stream, k: number): number {
  const w = k < s.words.length && s.sentence[k] === s.sentence[k - 1] ? s.wordKeys[k]! : '';
  if (/^(?:vivante?s?|debout)$/.test(w)) return k + 1;
  return w === 'en' && k + 1 < s.words.length && s.wordKeys[k + 1]! === 'vie' ? k + 2 : -1;
}
/** Bare verbs of living: a life spared only with « aucun… » as their subject. */
const LIVING = /^(?:surviv|survec|viv|vecu|vit$|respir|epargne[es]*$)/;
/** Between mass violence and its victims (« un massacre de… », « une boucherie s'annonce pour les… »). */
const MASS_GAP = new Set(['de', 'des', 'd', 'du', 'aux', 'au', 'a', 'contre', 'chez', 'parmi', 'pour', 'envers', 'sur', 'les', 'tous', 'toutes', 'ces', 's', 'se', 'annonce', 'attend', 'attendent', 'guette', 'guettent', 'prepare']);
/** A sentence that fears, remembers or tells of mass violence (news, history, fiction), or gives its cause or condition (« si… », « avec cette hausse »). */
const CONCERN = /^(?:si$|avec$|cause$|faute$|crai|redout|peur|risqu|empech|evit|condamn|denonc|commemor|souven|rappel|oubli|film|livre|jeu|histoire|victime|survivant|accus|menac)/;
/** Sending or putting someone somewhere. */
const SEND = /^(?:envo|enver|mett|mis$|mise|expedi|criss|sacr|caliss|fout|plac|couch|garroch)/;
const VIOLENCE = compile(violence);
/** Between a wish's « si / que » and its subject (« si seulement », « qu'un jour enfin »). */
const WISH_GAP = /^(?:seulement|un|jour|enfin|bientot|donc|juste)$/;
/**
 * A wish, a welcome or a duty before a clause (« j'espère que », « pourvu que », « ça irait mieux si », « je serais content
 * si », « il faudrait que »), shared with threat.ts.
 */
export const WISH = wordSet(['mieux', 'bien', '~esperer', '~souhaiter', '~prier', '~aimer', '~vouloir', '~rever', 'vivement', 'hate', 'faudrait', 'faut', 'temps', 'juste', 'sorte', '~assurer', 'pourvu', 'fasse', 'veuille', 'plaise', 'content', 'contente', 'heureux', 'heureuse', 'soulage', 'soulagee', '~arreter', 'repos', 'fun']);
const FIGURES = new Set(harmFigures);
/** Between the subject and its state: « tous », an adverb (« complètement »), a modal (« pouvaient », « allaient »). */
const STATE_GAP = /^(?:tou[st]e?s?|enfin|bi?en)$|^(?:pouv|pourr|puiss|all|aill|peu[tv])|ment$/;
const BE = /^(?:etai|soi[et]|serai|sont$|seron|etre$)/;
const HAVE = /^(?:avai|aie|ait$|aur|ont$)/;
const BODY = /^(?:gorge|tete|cou|crane|ventre|yeux|jambes?|bras|gueule|face|mains?|nez)$/;
/** Participles of a body harmed (« tranchée, coupée, arrachés, fracassé, crevés, fendu »). */
const HURT = /^(?:tranch|coup|arrach|bris|cass|fracass|explos|defonc|pet|crev|ecras|brul|fendu)e?e?s?$/;
/** Dead, as the state wished on them (« le jour où les… seront tous morts »), shared with threat.ts. */
export const DEAD = /^(?:morte?s?|crevee?s?|disparue?s?)$/;
/** What makes a harm suffered a report or a figure (« tranchée par la peur », « battus au tournoi »). */
const AGENT = /^(?:par|au|aux|lors|pendant|durant|en)$/;
/**
 * What a people or a person suffers after a wish and its subject, as a WARNING (round 14): what is wished on the reader
 * (lexicon-person.ts: dying, drowning, a beating, a disease, losing everything), freezing, being run over (« j'espère que
 * les… vont geler dehors », « que le maire se fasse rentrer dedans », « qu'ils pognent le covid »).
 */
const OUTCOME = compile([...harmWished, '~geler']);
/** An object or a figure after the outcome, or after its « de » (« brûler les étapes », « mourir de rire »): no harm. */
const FIGURE = /^(?:rire|envie|plaisir|les?|la|l|une?|des|du)$/;
const ROLES = new Set(roles);
const SOLUTION = new Set(['chose', 'solution', 'issue', 'option', 'facon', 'moyen', 'remede', 'reponse', 'sort']);

function hit(out: WordHit[], s: Stream, sc: Scope, a: number, b: number): void {
  // (No verb end: the frames end their clause, and « jamais » after a slogan insists.)
  out.push({ kind: 'threat', severity: isNegated(s, a, b, [[a, b]]) ? 'clear' : isReported(s, sc, a, b) ? 'warning' : 'error', a, b });
}

/** True when the clause goes on after word b - 1 (no break, same sentence). */
const goesOn = (s: Stream, b: number): boolean => b < s.words.length && s.sentence[b] === s.sentence[b - 1] && s.brk[b] === 0;

/** The identity group named from word k over a few victim words, in the sentence, or undefined. */
function victimAfter(s: Stream, g: Groups, k: number, gap: ReadonlySet<string>, steps = 3): Mention | undefined {
  for (let j = k; j < s.words.length && j - k <= steps && s.sentence[j] === s.sentence[k]; j += 1) {
    const m = mentionAt(g, (g.startingAt[j] ?? -1) >= 0 ? g.startingAt[j] : g.headAt[j]);
    if (m) return m.identity ? m : undefined;
    if (!gap.has(s.wordKeys[j]!)) return undefined;
  }
  return undefined;
}

/** Said after the victims or the doom without changing it (« parmi nous », « ici », « un après l'autre », « crois-moi »). */
const TAIL = new Set(['chacun', 'd', 'les', 'jamais', 'premiers', 'parmi', 'nous', 'ici', 'longtemps', 'tous', 'toutes', 'un', 'une', 'par', 'apres', 'l', 'autre', 'bientot', 'demain', 'crois', 'moi']);
/** Past the tail words after b (at most six), in b's sentence. */
function tail(s: Stream, b: number): number {
  let k = b;
  while (k < s.words.length && k - b < 6 && s.sentence[k] === s.sentence[b - 1] && TAIL.has(s.wordKeys[k]!)) k += 1;
  return k;
}

/** Per sentence, 1 when an identity group stands set off in it as an address (« Vous, les…, », « …, bande de… »). */
function addresses(s: Stream, g: Groups): Uint8Array {
  const n = s.words.length;
  const out = new Uint8Array((s.sentence[n - 1] ?? 0) + 1);
  for (const m of g.mentions) {
    if (!m.identity) continue;
    const sent = s.sentence[m.a]!;
    const opens = m.a === 0 || s.sentence[m.a - 1] !== sent || s.brk[m.a] !== 0 || ADDRESS.has(s.wordKeys[m.a - 1]!) || (m.a > 1 && isDe(s.wordKeys[m.a - 1]!) && ADDRESS.has(s.wordKeys[m.a - 2]!));
    if (opens && !goesOn(s, m.b)) out[sent] = 1;
  }
  return out;
}

/**
 * True when nothing but the address and tail words follow word b - 1 in its sentence (« vous ne verrez pas l'été, bande
 * de… », « …, les…, un après l'autre »): not « on va s'occuper de vous, les…, avec des repas chauds ».
 */
function endsAfter(s: Stream, g: Groups, b: number): boolean {
  let k = tail(s, b);
  for (let steps = 0; steps < 3 && k < s.words.length && s.sentence[k] === s.sentence[b - 1]; steps += 1) {
    const m = mentionAt(g, g.startingAt[k]) ?? mentionAt(g, g.headAt[k]);
    if (m && m.identity) k = tail(s, m.b);
    else if (ADDRESS.has(s.wordKeys[k]!) || ['de', 'd', 'les', 'le', 'la', 'l'].includes(s.wordKeys[k]!)) k += 1;
    else return false;
  }
  return k >= s.words.length || s.sentence[k] !== s.sentence[b - 1];
}

export function findDoom(s: Stream, sc: Scope, g: Groups, callStart: Int32Array, callBefore: (h: number) => number): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  const addressed = addresses(s, g);
  for (const [a, b] of findAllIn(s, ADDRESSED)) {
    // « Vous ne verrez pas la fin de l'année, bande de… »: the entry's own negation is its doom.
    // Or a people named just before, in this sentence or the one before (« Les…? Vous ne verrez pas Noël. », « Un message
    // pour les… : vous… »): the doom is said to them.
    const named = mentionAt(g, g.lastBefore[a]);
    const to = addressed[s.sentence[a]!] === 1 || (named !== undefined && named.identity && named.generic && s.sentence[named.a]! + 1 >= s.sentence[a]!);
    // « Tu passeras pas l'hiver(, le maire) »: one reader's doom, the sentence ending there or on a role named to them.
    // (Opening the sentence or after a role, « Monsieur le maire, tu… »: not « Mon vieux chien, tu passeras pas l'hiver ».)
    let k = b;
    let j = a;
    while (k < n && k - b < 3 && s.sentence[k] === s.sentence[a] && VOCATIVE.has(s.wordKeys[k]!)) k += 1;
    while (j > 0 && a - j < 3 && s.sentence[j - 1] === s.sentence[a] && VOCATIVE.has(s.wordKeys[j - 1]!)) j -= 1;
    const you = /^(?:tu|t|ton|ta|tes)$/.test(s.wordKeys[a]!) && (k >= n || s.sentence[k] !== s.sentence[a]) && (j === 0 || s.sentence[j - 1] !== s.sentence[a]);
    if ((to && endsAfter(s, g, b)) || you) hit(out, s, sc, a, b);
  }
  // (An office may be the subject of a harm wished, below.)
  if (g.mentions.length === 0 && !s.words.some((w) => ROLES.has(keyOf(w)))) return out;
  for (const [p, q0] of findAllIn(s, SPARED)) {
    // (The « pas » the stream adds for « aucun… ne » shares the verb's offsets: not a word that goes on.)
    let q = q0 < n && s.wordKeys[q0]! === 'pas' && s.words[q0]!.start === s.words[q0 - 1]!.start ? q0 + 1 : q0;
    const sent = s.sentence[p]!;
    let start = p;
    while (start > 0 && s.clause[start - 1] === s.clause[p]) start -= 1;
    let denied = false;
    let duty = false;
    for (let k = start; k < q; k += 1) (denied ||= NEGATORS.has(s.wordKeys[k]!)), (duty ||= DUTY.test(s.wordKeys[k]!));
    // (The speaker's own future: « on n'épargnera aucun… », « on ne laissera pas un seul… en vie ».)
    duty ||= /(?:ra|ront|rons|rai)$/.test(s.wordKeys[p]!);
    // (« Faut épargner aucun… »: the negation is the victim's quantifier.)
    for (let k = q; k < n && k - q < 2 && s.clause[k] === s.clause[p]; k += 1) denied ||= NOBODY.has(s.wordKeys[k]!);
    // An order opening the sentence (« Ne laissez aucun… », « N'épargnez personne »), or a slogan (« Pas de quartier pour… »).
    const first = s.wordKeys[start]!;
    const order = /(?:ez|ons)$/.test(s.wordKeys[start]!) || ((first === 'ne' || first === 'n') && start + 1 < n && /(?:ez|ons)$/.test(s.wordKeys[start + 1]!));
    const slogan = start + 2 >= p && SLOGAN.has(first) && (s.sentence[start - 1] !== sent || start === 0 || s.brk[start] !== 0);
    // « Tant qu'il restera un seul… vivant, … »: the people's survival as the condition to end.
    const whileAlive = s.wordKeys[start]! === 'tant';
    if (!(denied || whileAlive) || !(duty || order || slogan)) continue;
    const living = LIVING.test(s.wordKeys[p]!) && q0 === p + 1;
    // « On ne laissera pas un seul… en vie », « il ne devrait rester aucun… vivant »: a bare verb of keeping, alive after its victims.
    const keep = q0 === p + 1 && KEEP.test(s.wordKeys[p]!);
    if (keep) {
      const v = victimAfter(s, g, q, VICTIM_GAP);
      const clitic = p > 0 && CLITICS.has(s.wordKeys[p - 1]!) ? antecedent(s, g, p - 1) : undefined;
      const end = v ? alive(s, v.b) : clitic ? alive(s, q) : -1;
      if (end > 0 && !goesOn(s, tail(s, end))) hit(out, s, sc, Math.min(start, clitic?.a ?? start), Math.max(end, clitic?.b ?? end));
      // (« Aucun… ne restera debout »: no victim after, the subject before is read below.)
      if (v || clitic || end > 0 || (q = alive(s, q)) < 0 || goesOn(s, tail(s, q))) continue;
    }
    // The victims after it (« épargner aucun… », « pitié pour les… »), the clause ending with them.
    const after = living ? undefined : victimAfter(s, g, q, VICTIM_GAP);
    if (after && !goesOn(s, tail(s, after.b)) && (after.generic || NOBODY.has(s.wordKeys[after.a]!) || s.wordKeys[after.a]! === 'chaque' || (after.a > 0 && ['aucun', 'aucune', 'seul', 'seule'].includes(s.wordKeys[after.a - 1]!)))) {
      hit(out, s, sc, start, after.b);
      continue;
    }
    if (goesOn(s, q)) continue;
    // A pronoun taking them up before the verb (« on ne devrait jamais les laisser respirer, ces… »).
    const clitic = !living && p > 0 && CLITICS.has(s.wordKeys[p - 1]!) ? antecedent(s, g, p - 1) : undefined;
    if (clitic && clitic.identity) {
      hit(out, s, sc, Math.min(start, clitic.a), Math.max(q, clitic.b));
      continue;
    }
    // « Aucun… ne devrait rester en vie », « aucun… ne sera épargné », « Ne laissez aucun… survivre »: « aucun… » is the subject.
    // (The stream reads « aucun… ne » as « les… ne… pas »: a people's life denied under a duty, « les… ne devraient pas vivre ».)
    const m = mentionAt(g, g.lastBefore[p]);
    let none = m !== undefined && (NOBODY.has(s.wordKeys[m.a]!) || (m.a > 0 && NOBODY.has(s.wordKeys[m.a - 1]!)));
    // (The stream reads « aucun… ne sera » as « les… ne sera pas », the « pas » it adds sharing the verb's offsets.)
    for (let k = m ? m.b : p; !none && k < q; k += 1) none = s.wordKeys[k]! === 'pas' && s.words[k]!.start === s.words[k - 1]!.start;
    let must = false;
    // (« Aucun… ne sera épargné »: a participle of sparing foretold to none of them is a duty too.)
    const participle = /^epargne[es]*$/.test(s.wordKeys[p]!);
    for (let k = m ? Math.min(start, m.b) : p; k < p; k += 1) must ||= /^(?:dev|doi|faut|faud|merit)/.test(s.wordKeys[k]!) || (participle && none && /^(?:sera|seron)/.test(s.wordKeys[k]!));
    if (m && m.identity && s.clause[m.a] === s.clause[p] && p - m.b <= 4 && (none || (m.generic && must) || order)) hit(out, s, sc, Math.min(start, m.a), q);
  }
  for (const [p, q] of findAllIn(s, MASS)) {
    // « Il y aura un massacre de… », « Un bain de sang attend les… », « Le génocide des…, c'est pour bientôt »: foretold.
    const sent = s.sentence[p]!;
    // (The noun, not the verb its lemma shares: « on va les chasser » is read by exclusion.ts and the calls.)
    if (/(?:er|ez|ons)$/.test(s.wordKeys[p]!)) continue;
    let m = victimAfter(s, g, q, MASS_GAP, 3);
    // « Les…, un massacre vous attend »: the victims taken up by a pronoun before the verb that awaits them.
    if (!m && q + 1 < n && ['vous', 'les', 'leur', 'te', 't'].includes(s.wordKeys[q]!) && FORETOLD.test(s.wordKeys[q + 1]!)) m = antecedent(s, g, q);
    if (!m || !m.generic || !m.identity) continue;
    let told = false;
    let concern = false;
    // (« s'en vient »: coming; « vient de » alone is the recent past.)
    const tells = (k: number): boolean => FORETOLD.test(s.wordKeys[k]!) || (s.wordKeys[k]! === 'vient' && k > 0 && s.wordKeys[k - 1]! === 'en');
    for (let k = p; k > 0 && s.sentence[k - 1] === sent; k -= 1) (told ||= tells(k - 1)), (concern ||= CONCERN.test(s.wordKeys[k - 1]!));
    for (let k = q; k < n && s.sentence[k] === sent; k += 1) (told ||= tells(k)), (concern ||= CONCERN.test(s.wordKeys[k]!));
    if (told && !concern) hit(out, s, sc, Math.min(p, m.a), Math.max(q, m.b));
  }
  for (const [p, q] of findAllIn(s, PLACES)) {
    // « Je vais envoyer ce… six pieds sous terre », « on va les mettre en terre, les… »: the victim between the verb and the place.
    const sent = s.sentence[p]!;
    for (let v = p - 1; v >= 0 && p - v <= 5 && s.sentence[v] === sent; v -= 1) {
      if (!SEND.test(s.wordKeys[v]!)) continue;
      const between = victimAfter(s, g, v + 1, VICTIM_GAP, p - v - 1);
      const clitic = v > 0 && CLITICS.has(s.wordKeys[v - 1]!) ? antecedent(s, g, v - 1) : undefined;
      const victim = between && between.b <= p ? between : clitic;
      const call = callBefore(v);
      if (victim && victim.identity && call >= 0) hit(out, s, sc, call, Math.max(q, victim.b));
      break;
    }
  }
  // « Si seulement les… avaient la gorge tranchée », « pourvu qu'ils se fassent tous tabasser, ces… », « vivement que chaque…
  // finisse au bout d'une corde »: a people (or « ils » taking one up) as the subject of a wished state of harm.
  const at = (k: number, sent: number): string => (k >= 0 && k < n && s.sentence[k] === sent ? s.wordKeys[k]! : '');
  for (let k = 0; k < n; k += 1) {
    const sent = s.sentence[k]!;
    // (An office after its determiner is a subject too: « que le maire se fasse… ».)
    const role = ROLES.has(at(k, sent)) && /^(?:le|la|l|ce|cet|cette)$/.test(at(k - 1, sent));
    const named = mentionAt(g, g.startingAt[k]) ?? (role ? ({ a: k - 1, b: k + 1, generic: true } as Mention) : undefined);
    const m = named ?? (/^(?:ils|elles|y)$/.test(at(k, sent)) ? antecedent(s, g, k) : undefined);
    if (!m || !(m.generic || /^(?:chaque|tou)/.test(s.wordKeys[m.a]!))) continue;
    let j = (role ? k - 1 : k) - 1;
    while (WISH_GAP.test(at(j, sent))) j -= 1;
    const w = at(j, sent);
    // « si seulement », « que » opening the sentence (« Qu'ils… »), or a wish right before « que » (« j'espère que », not « il
    // faut éviter que ») or in the sentence before « si / où / quand / avant que » (« ça irait mieux si », « vivement le jour où », « je ne
    // m'arrêterai pas avant que… »).
    let from = (w === 'si' && at(j + 1, sent) === 'seulement') || (/^que?$/.test(w) && at(j - 1, sent) === '') ? j : -1;
    for (let i = j - 1; from < 0 && /^(?:que?|si|ou|quand)$/.test(w) && i >= 0 && j - i <= (/^que?$/.test(w) && !/^(?:avant|pis|et)$/.test(at(j - 1, sent)) ? (at(j - 1, sent) === 'ca' ? 3 : 1) : 12) && at(i, sent); i -= 1) if (fills(WISH, s.words[i])) from = i;
    let p = named ? named.b : k + 1;
    // « Les … peuvent ben toutes crever »: leave to die given as a wish.
    if (from < 0 && named && /^peu[tv]/.test(at(p, sent)) && /^bi?en$/.test(at(p + 1, sent))) from = named.a;
    if (from < 0) continue;
    while (STATE_GAP.test(at(p, sent))) p += 1;
    const v = at(p, sent);
    // (« se fassent tous tabasser »: the state after « se faire ».)
    const made = /^se?$/.test(v) && /^f[ai]/.test(at(p + 1, sent));
    let e = p + (made ? 2 : 1);
    while (STATE_GAP.test(at(e, sent))) e += 1;
    const f = at(e, sent) === 'au' ? e + 1 : e;
    // Being (« étaient pendus, morts »), having a body part harmed, being made to suffer it, or ending so (« au bout d'une corde »).
    const end = BE.test(v) ? (DEAD.test(at(e, sent)) ? e + 1 : matchAt(s, VIOLENCE, e)) : HAVE.test(v) ? (BODY.test(at(e + 1, sent)) && HURT.test(at(e + 2, sent)) ? e + 3 : -1) : made ? matchAt(s, VIOLENCE, e) : /^fini/.test(v) ? (DEAD.test(at(e, sent)) ? e + 1 : Math.max(matchAt(s, DESERVED, f), matchAt(s, PLACES, e), matchAt(s, VIOLENCE, e))) : -1;
    // (Not a hardship or a game: « frappés par la hausse », « battus au tournoi », « aux élections ».)
    let game = AGENT.test(at(end, sent));
    for (let i = end; i < end + 6 && at(i, sent); i += 1) game ||= FIGURES.has(at(i, sent));
    if (end > p && !game) hit(out, s, sc, from, Math.max(end, named ? end : m.b));
    else {
      // A harm outcome after the future or « finir par » (« vont geler », « finissent par se tuer »): a warning.
      let o = p;
      while (o - p < 4 && /^(?:va|vont|aill\w*|fini\w*|par|se|s)$/.test(at(o, sent))) o += 1;
      const e2 = matchAt(s, OUTCOME, o);
      // (Nor an election or a game after it: « va tout perdre aux élections ».)
      // (A death « de la grippe », « du covid » is no figure.)
      const x = at(/^de?$/.test(at(e2, sent)) ? e2 + 1 : e2, sent);
      game = FIGURE.test(x) && !(/^(?:mour|crev)/.test(at(e2 - 1, sent)) && x.length < 4);
      for (let i = e2; i < e2 + 6 && at(i, sent); i += 1) game ||= FIGURES.has(at(i, sent));
      if (e2 > o && !game && !goodDeath(s, e2) && !isNegated(s, from, e2, [], e2) && !isReported(s, sc, from, e2)) out.push({ kind: 'threat', severity: 'warning', a: from, b: e2, doubtful: 'violence' });
    }
  }
  // « Il n'y a qu'une chose à faire avec les… : les abattre », « je ne vois qu'une issue pour les… : la mort »: the one
  // solution, its people named, and what follows the break called for (the break then ends a call) or deserved.
  for (let i = 1; i < n; i += 1) {
    // (« Ma solution pour les… : … »: the speaker's own is the one too.)
    if (!SOLUTION.has(s.wordKeys[i]!) || !['une', 'un', 'la', 'seule', 'ma', 'mon', 'notre'].includes(s.wordKeys[i - 1]!)) continue;
    const only = (i > 1 && ['qu', 'que'].includes(s.wordKeys[i - 2]!)) || ['seule', 'ma', 'mon', 'notre'].includes(s.wordKeys[i - 1]!);
    if (!only) continue;
    let j = i + 1;
    while (j < n && j - i <= 8 && s.brk[j] === 0) j += 1;
    if (j >= n || j - i > 8 || s.sentence[j] !== s.sentence[i]) continue;
    const m = mentionAt(g, g.lastBefore[j]);
    if (!m || !m.identity || m.a < i) continue;
    // (The call opens on « une »: the « ne … que » before it restricts, it does not deny.)
    if ((callStart[j] ?? -1) < 0) callStart[j] = i - 1;
    // (« …, c'est la mort »: the cleft's copula before what is deserved.)
    const d = j + 1 < n && ['c', 'ce'].includes(s.wordKeys[j]!) && ['est', 'sera', 'serait'].includes(s.wordKeys[j + 1]!) ? j + 2 : j;
    const end = matchAt(s, DESERVED, d);
    if (end > d && !goesOn(s, tail(s, end))) hit(out, s, sc, i - 1, end);
  }
  return out;
}
