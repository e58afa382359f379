/**
 * Exclusion said of a group, whatever complement follows: a call (lexicon-threat.ts), an order or
 * a duty (« les… devraient être enfermés ») to shut a group away or send it off, then where
 * (« dans des cages », « dans leur pays », « hors du pays »). hate.ts reads the same verbs when the
 * clause ends with them; here the place makes the exclusion plain. A destination that is no
 * confinement or home (« renvoyez les formulaires dans leur enveloppe ») needs a group anyway.
 * A people sent away by bus or plane to a far city, and a people told to leave in the jussive
 * (« Qu'ils dégagent, les … »), are read here too.
 */
import { antecedent, mentionAt, namedByAge, peopleAdjectiveEnd, type Groups, type Mention } from './groups.ts';
import type { WordHit } from './hit.ts';
import { exclusion, exclusionPlaces, sending, sendPlaces } from './lexicon-threat.ts';
import { compile, fills, findAllIn, matchAt, NO_LONGER, PLURAL_SUBJECTS, wordSet } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import { infinitive } from './relative.ts';
import { peopleWorship } from './lexicon-groups.ts';

const EXCLUSION = compile(exclusion);
const PLACES = compile(exclusionPlaces);
const SENDING = compile(sending);
const FAR = compile(sendPlaces);
/** What may follow a vehicle and keep it a sending away (« dans un autobus pis envoyez-les », « … direction Haïti »), not a ride (« … pour le spectacle »). */
const AWAY = new Set(['pis', 'et', 'direction', 'vers', 'loin', 'hors', 'dehors', 'ailleurs']);
/** A duty said of the group before the verb (« devraient être », « méritent d'être », « doivent »). */
const DUTY = new Set(['devraient', 'doivent', 'devront', 'meritent', 'meriteraient', 'faudrait', 'faut']);
const BETWEEN = new Set(['tous', 'toutes', 'etre', 'd', 'de', 'qu', 'que', 'on', 'l', 'les', 'simplement', 'juste', 'tout', 'enfin', 'vite', 'immediatement']);
/** Words after the verb that hate.ts already reads as the end of an exclusion (« renvoyés chez eux », « dehors »). */
const READ_BY_HATE = new Set(['chez', 'dehors', 'hors', 'loin', 'ailleurs', 'de', 'du', 'd', 'eux']);
const OBJECT_GAP = new Set(['tous', 'toutes', 'ces', 'les', 'des', 'de', 'd', 'nos', 'vos', 'a', 'aux']);

/** Out of a body or a place (« du comité », « de la ligue », « des vestiaires »), read by its last word. */
const OUT_OF = compile(["de|du|des|d' la|le|l'|les|nos|notre|leur|leurs? *"]);
/** What one is taken out of for one's good (« sortir les … de la pauvreté / de la rue / des camps »): care, not exclusion. */
const PLIGHT = /^(?:pauvrete|misere|rue|isolement|precarite|itinerance|chomage|crise|danger|detresse|trou|drogues?|prisons?|hopital|urgence|camps?|eau|feu)$/;

/**
 * The people a pronoun at i takes up: its antecedent, or else the nearest whole people (not an age) named in its sentence up
 * to fifteen words before (« Trop de … dans les chauffeurs de taxi, faudrait arrêter de leur donner… »: the trade named last
 * is no people). At most four mentions looked at: bounded.
 */
function peopleTakenUp(s: Stream, g: Groups, i: number): Mention | undefined {
  const a = antecedent(s, g, i);
  if (a && a.identity && !namedByAge(s, a)) return a;
  let m = mentionAt(g, g.lastBefore[i]);
  for (let step = 0; m && step < 4 && i - m.b <= 15 && s.sentence[m.a] === s.sentence[i]; step += 1) {
    if (m.identity && m.generic && !namedByAge(s, m)) return m;
    m = m.a > 0 ? mentionAt(g, g.lastBefore[m.a]) : undefined;
  }
  return undefined;
}

/** The group whose name starts within two object words after k, or undefined. */
function objectAt(s: Stream, g: Groups, k: number, sentence: number): Mention | undefined {
  for (let j = k; j < s.words.length && j - k <= 2 && s.sentence[j] === sentence; j += 1) {
    const m = mentionAt(g, (g.startingAt[j] ?? -1) >= 0 ? g.startingAt[j] : g.headAt[j]);
    if (m) return m;
    if (!OBJECT_GAP.has(s.wordKeys[j]!)) return undefined;
  }
  return undefined;
}

/** End of an exclusion place starting within two words of k (same sentence), or -1. */
function placeAfter(s: Stream, g: Groups, k: number, sentence: number, send = false): number {
  for (let j = k; j < s.words.length && j - k <= 2 && s.sentence[j] === sentence; j += 1) {
    const e = Math.max(matchAt(s, PLACES, j), send ? matchAt(s, FAR, j) : -1);
    if (!(e > j)) continue;
    // Sent somewhere is sent away when the clause ends there or goes on away (« … pour le spectacle » is a ride, « au camp de jour » a stay).
    // (« Envoyez-les sur une île, les … »: the people set out after the place.)
    if (!send || e >= s.words.length || s.sentence[e] !== sentence || s.brk[e] !== 0 || AWAY.has(s.wordKeys[e]!) || (s.wordKeys[e] === 'en' && AWAY.has(s.wordKeys[e + 1] ?? '')) || g.startingAt[e]! >= 0) return e;
  }
  return -1;
}

/** `callAt[b]`: start of the call ending at word b, or -1 (read once in threat.ts). */
export function findExclusion(s: Stream, sc: Scope, g: Groups, callAt: Int32Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const found = findAllIn(s, EXCLUSION);
  const sends = findAllIn(s, SENDING);
  for (let f = 0; f < found.length + sends.length; f += 1) {
    const send = f >= found.length;
    const [h, h2] = send ? sends[f - found.length]! : found[f]!;
    const sent = s.sentence[h]!;
    // Who is excluded and what frames it: a group subject with a duty (« les… devraient être enfermés »),
    // or a call or an order with a group object (« on devrait enfermer les… », « Renvoyez les… »).
    let from = -1;
    let placeAt = -1;
    let m: Mention | undefined;
    // The people set out after the order's clitic (« Renvoyez-les chez eux, les … »): hate.ts does not read it.
    let later = false;
    let k = h;
    while (k > 0 && h - k < 4 && s.sentence[k - 1] === sent && BETWEEN.has(s.wordKeys[k - 1]!) && (callAt[k] ?? -1) < 0) k -= 1;
    if (k > 0 && DUTY.has(s.wordKeys[k - 1]!) && s.sentence[k - 1] === sent) {
      let j = k - 1;
      while (j > 0 && k - 1 - j < 2 && ['tous', 'toutes', 'ils', 'elles'].includes(s.wordKeys[j - 1]!)) j -= 1;
      m = mentionAt(g, g.endingAt[j]);
      if (!m && j > 0 && ['ils', 'elles'].includes(s.wordKeys[j]!)) m = antecedent(s, g, j);
      if (m && m.generic) from = m.a < j ? m.a : j;
      else m = undefined;
    }
    // (An order opens its clause after a break or « pis » too: « …, envoyez-les à Montréal », « fermez le refuge pis sortez les … ».)
    const opening = (h === 0 || s.sentence[h - 1] !== sent || s.brk[h] !== 0 || /^(?:pis|et)$/.test(s.wordKeys[h - 1]!)) && /(?:ez|ons)$/.test(s.wordKeys[h]!);
    if (!m && ((callAt[k] ?? -1) >= 0 || opening)) {
      let o = objectAt(s, g, h2, sent);
      // « Envoyez-les à Toronto, les… », « faudrait les enfermer en CHSLD »: the clitic taking a people up.
      const clitic = (s.wordKeys[h2] ?? s.wordKeys[h]!) === 'les' && s.sentence[h2] === sent ? h2 : h > 0 && s.wordKeys[h - 1]! === 'les' ? h - 1 : -1;
      if (!o && clitic >= 0) (o = antecedent(s, g, clitic)), (placeAt = clitic < h ? h2 : h2 + 1), (later = o !== undefined && o.a > h);
      if (o && o.generic) (m = o), (from = opening ? h : callAt[k]!);
    }
    // (« Sortir » excludes only its object: « les … devraient sortir de chez eux » goes out.)
    if (!m || from < 0 || ((send || later) && !m.identity) || (/^sort/.test(s.wordKeys[h]!) && m.a < h && s.wordKeys[h - 1]! !== 'les')) continue;
    const placeFrom = placeAt >= 0 ? placeAt : m.a >= h2 ? m.b : h2;
    // « Sortez les … du comité / de la ligue »: a people put out of a body or a place they belong to (not out of a plight).
    // (« de la ligue » may be read as the name's complement: « les … de la ligue ».)
    // (« du centre de jour »: the name's complement may run on; the first noun is what they are put out of.)
    const ownOut = matchAt(s, OUT_OF, m.head + 1);
    let outOf = /^sort/.test(s.wordKeys[h]!) && m.identity && m.a >= h2 - 1 ? (ownOut > m.head + 1 && ownOut <= m.b ? ownOut : matchAt(s, OUT_OF, placeFrom)) : -1;
    if (outOf > 0 && (PLIGHT.test(s.wordKeys[outOf - 1]!) || s.sentence[outOf - 1] !== sent)) outOf = -1;
    // hate.ts reads « renvoyés chez eux », « dehors » after its own calls; after the other calls (« il est temps de »,
    // « il conviendrait de ») the place is read here. Overlaps are resolved in index.ts (the longer reading stays).
    if (outOf < 0 && placeFrom < n && s.sentence[placeFrom] === sent && READ_BY_HATE.has(s.wordKeys[placeFrom]!) && (callAt[k] ?? -1) < 0 && !later) continue;
    let place = placeAfter(s, g, placeFrom, sent, send);
    // « chasser les … de ce pays »: the place read as the name's complement (« les … de ce pays ») still says where from.
    for (let j = m.head + 1; place < 0 && !send && j < m.b && m.a >= h2; j += 1) if (matchAt(s, PLACES, j) === m.b) place = m.b;
    if (place < 0) place = outOf;
    // The clause ending with the verb is hate.ts's reading; here a place must follow.
    if (place < 0) continue;
    // A call holds no negation but « pourquoi ne pas… ? », which proposes.
    const severity = isNegated(s, from, place, [[from < h && m.a > h ? from : h, h2]], h2) ? 'clear' : isReported(s, sc, from, place) ? 'warning' : 'error';
    out.push({ kind: 'hate', severity, a: from, b: place });
  }
  for (const hit of toldToLeave(s, sc, g)) out.push(hit);
  segregated(s, sc, g, out);
  deniedSlogan(s, sc, g, out);
  rightsDenied(s, sc, g, out);
  refusedToPeople(s, sc, g, out);
  oursFirst(s, sc, g, out);
  keptOut(s, sc, g, out);
  return out;
}

/** A way out (« l'avion », « la frontière », « la porte », a far province): shown to the discontented, it sends them off. */
const WAY_OUT = /^(?:avion|aeroport|frontiere|porte|ontario|france|bateau)$/;

/**
 * Round 28, one pass gated on a few words: (1) a people taken up by « les / leur » kept from a welcome by a third party's duty
 * denied (« les écoles devraient pas pouvoir les engager », « … avoir le droit de leur louer ») or barred from acting by an order
 * (« faut les empêcher de louer »; « … de se faire harceler » protects); (2) « c'est pas (à) leur place » said of a people
 * (not a plight: « … dehors l'hiver »); (3) the way out shown to a people « pas contents » (« l'avion part à 6 h », « l'Ontario est
 * pas loin », « la porte est là »); (4) a people allowed in one place and refused in another (« … aux champs oui, dans nos écoles
 * non »). Never an age; reported words warn.
 */
function keptOut(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  const k = (j: number): string => (j > 0 && j < n ? s.wordKeys[j]! : '');
  const people = (m: Mention | undefined): Mention | undefined => (m?.identity && m.generic && !namedByAge(s, m) ? m : undefined);
  for (let i = 1; i < n; i += 1) {
    const w = k(i);
    const prev = k(i - 1);
    const sent = s.sentence[i]!;
    let m: Mention | undefined;
    let a = -1;
    let b = i + 1;
    let sure = true;
    if (w === 'place' && prev === 'leur') {
      // Only « c'est pas (à) leur place »: « les insultes n'ont pas leur place ici » and « ne sont pas à leur place parmi les
      // suspects » defend the people they name.
      const at = k(i - 2) === 'a' ? 3 : 2;
      // (« c'est pas leur place d'être payées moins » refuses them a wrong: « de » after it is no exclusion.)
      if (NO_LONGER.has(k(i - at)) && k(i - at - 1) === 'est' && !/^d/.test(k(i + 1)) && ![1, 2, 3].some((d) => PLIGHT.test(k(i + d)) || k(i + d) === 'dehors')) m = people(peopleTakenUp(s, g, i - 1));
    } else if (prev === 'les' || prev === 'leur') {
      let neg = false;
      for (let j = i - 2; a < 0 && j >= 0 && i - j <= 8 && s.sentence[j] === sent; j -= 1) (neg ||= NO_LONGER.has(k(j))), ORDER_MODALS.has(k(j)) && (a = j);
      if (a >= 0 && (neg ? fills(WELCOME, s.words[i]) && infinitive(s, i) : /^(?:interdire|defendre|empecher)$/.test(w) && /^de?$/.test(k(i + 1)) && !/^se?$/.test(k(i + 2)))) m = people(peopleTakenUp(s, g, i - 1));
    } else if (NO_LONGER.has(prev) && /^(?:content|heureu)/.test(w)) {
      for (let j = i + 1; j < n && j - i <= 8 && s.sentence[j]! - sent <= 1; j += 1) {
        // (« leur avion part sans eux » is their own flight: the way out is « l' / la ».)
        if (!WAY_OUT.test(k(j)) || !/^(?:la?|le|l')$/.test(k(j - 1)) || !(k(j + 1) === 'part' ? k(j + 2) !== 'en' : k(j + 1) === 'est' && /^(?:pas loin|la $)/.test(`${k(j + 2)} ${s.sentence[j + 3] === s.sentence[j] ? k(j + 3) : ''}`))) continue;
        b = j + 2;
        m = people(mentionAt(g, g.lastBefore[i]));
        // A warning, never an error: the same words tell of tourists going home (« pas contents de la météo, l'avion part demain »).
        sure = false;
        if (!m && /^(?:ceux|celles)$/.test(k(i - 4))) a = i - 4;
        break;
      }
    }
    if (!m) {
      if (sure || a < 0) continue;
    } else if (a < 0 || s.sentence[m.a] === s.sentence[b - 1]) a = a < 0 ? m.a : Math.min(a, m.a);
    sure &&= !isReported(s, sc, a, b);
    out.push({ kind: 'hate', severity: sure ? 'error' : 'warning', a, b, ...(sure ? {} : { doubtful: 'denied' as const }) });
  }
}

/** Ourselves named against a people (« les nôtres », « les Québécois », « les gens d'ici », « de souche », « pure laine »). */
const OURS = new Set(['notres', 'quebecois', 'quebecoises', 'ici', 'icitte', 'souche', 'laine']);
/** First in line (« d'abord », « en premier »). */
const FIRST = /^(?:d abord|en premier)$/;
/** What may follow « d'abord » and keep it a rank, not a time (« … d'abord pis les réfugiés après », « … d'abord pas les … »). */
const RANK_AFTER = /^(?:pas|pis|et|point|ensuite|apres|)$/;
/** Reserving (« réservé aux », « juste pour », « c'est pour »). */
const RESERVE = /^(?:reserv|juste$|seulement$)/;

/**
 * Ours first over a people (round 19): « les nôtres / les Québécois d'abord » with a people in the sentence (« les réfugiés
 * après », « pas les immigrants »); « aux jeunes d'ici, pas aux … »; a reservation for the born (« réservé aux Québécois de
 * souche », « c'est pour les Québécois pure laine »), which shuts every other people out. Never a priority by age or need
 * (« les aînés d'abord », « réservé aux résidents d'ici » name no people against them), nor words reported.
 */
function oursFirst(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  // A people of the sentence, not an age (the in-group's own mention is neither the last before it nor the next after it).
  const people = (x: number, sent: number): Mention | undefined => {
    const m = mentionAt(g, x);
    return m && m.identity && s.sentence[m.a] === sent && !namedByAge(s, m) ? m : undefined;
  };
  for (let i = 0; i < n; i += 1) {
    const w = s.wordKeys[i]!;
    if (!OURS.has(w)) continue;
    const sent = s.sentence[i]!;
    const f = i + 2 < n && FIRST.test(`${s.wordKeys[i + 1]!} ${s.wordKeys[i + 2]!}`);
    const b = f ? i + 3 : i + 1;
    const next = b < n && s.sentence[b] === sent ? s.wordKeys[b]! : '';
    const first = f && (s.brk[b] !== 0 || RANK_AFTER.test(next));
    // « aux / pour » before the in-group, a reservation word up to six words before that; a negation before it denies
    // (« c'est pas juste pour les Québécois de souche »; the « pas » of a contrast after it is its own).
    let to = -1;
    let reserved = false;
    let denied = false;
    for (let j = i - 1; j >= 0 && i - j <= 10 && s.sentence[j] === sent; j -= 1) {
      const v = s.wordKeys[j]!;
      if (to < 0 && i - j < 6 && /^(?:aux?|a|pour)$/.test(v)) to = j;
      else if (to >= 0 && (RESERVE.test(v) || (v === 'est' && j === to - 1))) reserved = true;
      denied ||= i - j <= 6 && NO_LONGER.has(v);
    }
    // « aux jeunes d'ici, pas aux (étudiants) … »: the contrast names the people shut out.
    const after = people(g.nextAfter[b]!, sent);
    const them = first ? after ?? people(g.lastBefore[i]!, sent) : to >= 0 && next === 'pas' ? after : undefined;
    if (denied || (!them && !(reserved && /^(?:souche|laine)$/.test(w)))) continue;
    const from = Math.min(to >= 0 ? to : i, them ? them.a : n);
    const end = Math.max(b, them ? them.b : 0);
    if (!isReported(s, sc, from, end)) out.push({ kind: 'hate', severity: 'error', a: from, b: end });
  }
}

/** Welcoming someone: hiring, renting, selling, admitting, serving. Denied in an order, they refuse a people. */
const WELCOME = wordSet(['~engager', '~embaucher', '~louer', '~vendre', '~accepter', '~accueillir', '~admettre', '~servir', '~recruter']);
/** Taking a thing away or refusing it (« refusez les permis aux … », « coupez l'aide aux … »). */
const REFUSE = wordSet(['~refuser', '~enlever', '~couper', '~retirer', '~supprimer', '~bloquer']);
/** Banning a people itself (« interdire les … », « bannir les … »). */
const BAN = wordSet(['~interdire', '~bannir']);
// (Plain stems, not word sets: these words are ordinary vocabulary, not classes the disguise reader should learn.)
/** Refusing a people itself (« refusez les … », « bloquez les … »). */
const SHUT_OUT = /^(?:refus|bloqu)(?:e|er|ez|ons|ent|erait|eraient)$/;
/** Giving a living (« leur donner des permis / de l'aide »). */
const GIVE = /^(?:donner|accorder|octroyer|distribuer|emettre)$/;
/** Coming in or settling (what a people is kept from when « les laisser » is denied). */
const SETTLE = /^(?:installer|entrer|rentrer|immigrer|venir|etablir|acheter|voter|construire)$/;
/** Modals that make an order of a duty (« on devrait pas engager de … », « faudrait refuser les permis aux … »). */
const ORDER_MODALS = new Set(['devrait', 'devraient', 'devrions', 'devriez', 'doit', 'doivent', 'faut', 'faudrait', 'faudra']);
/** Stopping (« arrêtez de », « devrait cesser de »): before a welcome, a refusal. */
const STOP = /^(?:arret|cess)(?:e|er|ez|ons)$/;

/** The singular imperatives of WELCOME and REFUSE (the plural ones end in -ez, -ons). */
const SINGULAR_ORDERS = new Set(['engage', 'embauche', 'loue', 'vends', 'accepte', 'accueille', 'admets', 'sers', 'recrute', 'refuse', 'enleve', 'coupe', 'retire', 'supprime', 'bloque']);

/** True when the verb at i is an order: an imperative opening its clause, or an infinitive after a modal of duty. */
function ordered(s: Stream, i: number, modalAt: number): boolean {
  const w = s.wordKeys[i]!;
  const opens = i === 0 || s.sentence[i - 1] !== s.sentence[i] || s.brk[i] !== 0 || /^(?:pis|et|mais)$/.test(s.wordKeys[i - 1]!);
  if (opens && (/(?:ez|ons)$/.test(w) || SINGULAR_ORDERS.has(w))) return true;
  return modalAt >= 0 && modalAt < i && s.sentence[modalAt] === s.sentence[i] && ORDER_MODALS.has(s.wordKeys[modalAt]!) && infinitive(s, i);
}

/**
 * A people refused work, a home or a service by an order (round 17): « Engagez pas de … aux travaux publics », « Propriétaires,
 * louez pas aux … », « on devrait pas engager de … », « La ville devrait refuser les permis aux restos … », « coupez l'aide
 * aux … ». A whole people, never an age (« refusez l'entrée aux moins de 18 ans » is a rule). The welcome verb must be
 * denied (« engagez des … » welcomes them); the refusal verb must not be (« on devrait pas refuser les permis aux … »).
 */
function refusedToPeople(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  const people = (k: number, sent: number): Mention | undefined => {
    const m = objectAt(s, g, k, sent);
    return m && m.identity && !namedByAge(s, m) ? m : undefined;
  };
  for (let i = 0; i < n; i += 1) {
    const sent = s.sentence[i]!;
    if (fills(WELCOME, s.words[i])) {
      // Denied after an imperative (« engagez pas »), or between a modal and its infinitive (« devrait pas engager »).
      const after = i + 1 < n && s.sentence[i + 1] === sent && NO_LONGER.has(s.wordKeys[i + 1]!) ? i + 1 : -1;
      const before = i >= 2 && NO_LONGER.has(s.wordKeys[i - 1]!) ? i - 2 : -1;
      // « Arrêtez d'engager des … », « la ville devrait arrêter de louer aux … »: stopping the welcome, ordered and not denied itself.
      // (« Faut pas arrêter d'engager »: the stop itself denied.)
      const stop = before < 0 && i >= 2 && /^d?e?$/.test(s.wordKeys[i - 1]!) && STOP.test(s.wordKeys[i - 2]!) && !NO_LONGER.has(s.wordKeys[i - 3] ?? s.wordKeys[0]!) ? i - 2 : -1;
      const stopped = stop >= 0 && ordered(s, stop, stop - 1);
      const order = (after >= 0 && ordered(s, i, -1)) || (before >= 0 && ordered(s, i, before)) || stopped;
      if (!order) continue;
      const m = people((after >= 0 ? after : i) + 1, sent);
      if (!m) continue;
      const from = after >= 0 ? i : before >= 0 ? before : stop;
      out.push({ kind: 'hate', severity: isReported(s, sc, from, m.b) ? 'warning' : 'error', a: from, b: m.b });
    } else if (i >= 3 && s.wordKeys[i - 1]! === 'leur' && GIVE.test(s.wordKeys[i]!) && /^d?e?$/.test(s.wordKeys[i - 2]!) && STOP.test(s.wordKeys[i - 3]!)) {
      // « faudrait arrêter de leur donner des permis », « arrêtez de leur accorder de l'aide »: a living stopped for a people
      // taken up by « leur » (the stop ordered and not denied; never an age).
      const stop = i - 3;
      if (!ordered(s, stop, stop - 1) || NO_LONGER.has(s.wordKeys[stop - 1] ?? s.wordKeys[0]!)) continue;
      let j = i + 1;
      while (j < n && j - i <= 3 && s.sentence[j] === sent && !fills(DENIED_THING, s.words[j])) j += 1;
      if (j >= n || s.sentence[j] !== sent || !fills(DENIED_THING, s.words[j])) continue;
      const m = peopleTakenUp(s, g, i - 1);
      if (!m) continue;
      const from = stop > 0 && ORDER_MODALS.has(s.wordKeys[stop - 1]!) ? stop - 1 : stop;
      out.push({ kind: 'hate', severity: isReported(s, sc, from, j + 1) ? 'warning' : 'error', a: from, b: j + 1 });
    } else if (i >= 2 && s.wordKeys[i - 1]! === 'les' && /^laiss(?:er|ez|ons)$/.test(s.wordKeys[i]!) && NO_LONGER.has(s.wordKeys[i - 2]!)) {
      // « Les … faut pas les laisser s'installer / entrer »: a people kept from settling or coming in, the duty said denied
      // (« faut pas les laisser seuls » names no coming in; never an age).
      const modal = i >= 3 && ORDER_MODALS.has(s.wordKeys[i - 3]!) ? i - 3 : -1;
      if (modal < 0 && !ordered(s, i, -1)) continue;
      let j = i + 1;
      if (j < n && /^se?$/.test(s.wordKeys[j]!)) j += 1;
      if (j >= n || s.sentence[j] !== sent || !SETTLE.test(s.wordKeys[j]!)) continue;
      const m = peopleTakenUp(s, g, i - 1);
      if (!m || !m.generic) continue;
      const from = modal >= 0 ? modal : i - 2;
      out.push({ kind: 'hate', severity: isReported(s, sc, from, j + 1) ? 'warning' : 'error', a: from, b: j + 1 });
    } else if (fills(BAN, s.words[i])) {
      // « Interdisez les … à la bibliothèque », « faudrait bannir les … »: a people itself banned (« interdire les chiens », « les
      // propos contre les … » ban a thing). An order, or a bare infinitive opening its sentence as a slogan (a warning; asked, clean).
      const modal = i >= 1 && ORDER_MODALS.has(s.wordKeys[i - 1]!) ? i - 1 : i >= 2 && ORDER_MODALS.has(s.wordKeys[i - 2]!) ? i - 2 : -1;
      let c = modal >= 0 ? modal : i;
      while (c > 0 && s.clause[c - 1] === s.clause[i]) c -= 1;
      const slogan = (i === 0 || s.sentence[i - 1] !== sent) && infinitive(s, i);
      if (!(ordered(s, i, modal) || slogan) || isNegated(s, c, i + 1)) continue;
      const m = people(i + 1, sent);
      if (!m || !m.generic) continue;
      const from = modal >= 0 ? modal : i;
      out.push({ kind: 'hate', severity: isReported(s, sc, from, m.b) || (slogan && !ordered(s, i, modal)) ? 'warning' : 'error', a: from, b: m.b, ...(slogan && !ordered(s, i, modal) ? { doubtful: 'denied' as const } : {}) });
    } else if (fills(REFUSE, s.words[i])) {
      const modal = i >= 1 && ORDER_MODALS.has(s.wordKeys[i - 1]!) ? i - 1 : i >= 2 && ORDER_MODALS.has(s.wordKeys[i - 2]!) ? i - 2 : -1;
      // (Denied anywhere in its clause before it: « Personne devrait refuser un logement à des … ».)
      let c = modal >= 0 ? modal : i;
      while (c > 0 && s.clause[c - 1] === s.clause[i]) c -= 1;
      // (« Coupez pas l'aide aux … »: the order itself denied.)
      const deniedAfter = i + 1 < n && s.sentence[i + 1] === sent && NO_LONGER.has(s.wordKeys[i + 1]!);
      if (!ordered(s, i, modal) || isNegated(s, c, i + 1) || deniedAfter) continue;
      // The thing refused (« les permis », « l'aide », « leur chèque »), then « à / aux » and the people.
      let j = i + 1;
      while (j < n && j - i <= 2 && s.sentence[j] === sent && !fills(DENIED_THING, s.words[j])) j += 1;
      if (j >= n || s.sentence[j] !== sent || !fills(DENIED_THING, s.words[j])) {
        // « Refusez les … au CLSC », « faudrait bloquer les … »: the people itself refused, a whole people (not « refusez les permis »).
        const whole = SHUT_OUT.test(s.wordKeys[i]!) && !(modal >= 0 && /^(?:il|on)$/.test(s.wordKeys[modal + 1] ?? s.wordKeys[i]!)) ? people(i + 1, sent) : undefined;
        if (whole && whole.generic) out.push({ kind: 'hate', severity: isReported(s, sc, modal >= 0 ? modal : i, whole.b) ? 'warning' : 'error', a: modal >= 0 ? modal : i, b: whole.b });
        continue;
      }
      let k = j + 1;
      while (k < n && k - j <= 3 && s.sentence[k] === sent && !['a', 'au', 'aux'].includes(s.wordKeys[k]!)) k += 1;
      if (k >= n || s.sentence[k] !== sent || !['a', 'au', 'aux'].includes(s.wordKeys[k]!)) continue;
      // (« aux restos haïtiens »: their business, named by the people's adjective.)
      const m = people(k + 1, sent) ?? people(k + 2, sent);
      const end = m ? m.b : k + 2 < n && s.sentence[k + 2] === sent ? peopleAdjectiveEnd(s, k + 2) : -1;
      if (end < 0) continue;
      const from = modal >= 0 ? modal : i;
      out.push({ kind: 'hate', severity: isReported(s, sc, from, end) ? 'warning' : 'error', a: from, b: end });
    }
  }
}

/** Verbs of leaving that say « get out » alone (« qu'ils dégagent », « qu'ils décrissent », « qu'ils s'en aillent »). */
const LEAVE = wordSet(['~degager', '~decrisser', '~deguerpir', '~decamper', '~disparaitre', '~decoller', 'aillent', 'aille', '~partir', '~sacrer', '~crisser', '~calisser']);
/** What may follow a verb of leaving and keep it a dismissal (« qu'ils partent d'ici », « … au plus vite »); « partir en vacances » does not. */
const LEAVE_AFTER = new Set(['d', 'ici', 'icitte', 'ailleurs', 'tous', 'toutes', 'vite', 'au', 'plus', 'le', 'leur', 'camp', 'dehors', 'pis', 'et', 'donc', 'toute']);
const SUBJECTS = new Set(PLURAL_SUBJECTS);
/** Staying where they are from (« qu'ils restent chez eux », « qu'ils vivent dans leur pays »). */
// (« qu'ils retournent / rentrent chez eux »: sent back, when a place of their own follows.)
const STAY = /^(?:rest|viv|habit|retourn|rentr)/;
/** Between « que » and the verb: the subject's clitics and quantifiers (« qu'ils s'en aillent tous »). */
const JUSSIVE_GAP = new Set(['s', 'se', 'en', 'tous', 'toutes', 'donc', 'juste']);

/**
 * A people told to leave in the jussive, the sentence opening with « que » or set out before it (« Qu'ils dégagent, les
 * … », « Les …, qu'ils s'en aillent », « Que les … soient tous expulsés »). Not a wish the speaker states in a clause
 * of their own (« je veux qu'ils partent » is read elsewhere) and not a leave-taking with its purpose (« qu'ils partent
 * en vacances »). One pass, bounded windows: linear.
 */
function toldToLeave(s: Stream, sc: Scope, g: Groups): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  let last: Mention | undefined;
  let lastSentence = -1;
  for (let i = 0; i + 1 < n; i += 1) {
    const w = s.wordKeys[i]!;
    if (w !== 'que' && w !== 'qu') continue;
    const sent = s.sentence[i]!;
    // « Que … » opening the sentence, or after a people set out and a break (« Les …, qu'ils… »).
    // Without the comma too when the people opens the sentence and « ils » takes it up (« Les … qu'ils dégagent »): a
    // relative « que » would need a verb with an object (« les … qu'ils ont aidés »), which the verbs below never take.
    const before = i > 0 && s.sentence[i - 1] === sent ? mentionAt(g, g.endingAt[i]) : undefined;
    const setOut = before && (s.brk[i] !== 0 || ((before.a === 0 || s.sentence[before.a - 1] !== sent) && SUBJECTS.has(s.wordKeys[i + 1]!))) ? before : undefined;
    // « qu'ils apprennent le français ou qu'ils dégagent »: the second jussive of an alternative.
    const alternative = i > 0 && s.sentence[i - 1] === sent && ['ou', 'sinon'].includes(s.wordKeys[i - 1]!);
    // « Refusez le zonage, qu'ils aillent à Montréal »: a jussive opening its clause after a break, its subject a pronoun.
    // (« fermez leur mosquée pis qu'ils aillent… »: after « pis / et » too.)
    const clauseJussive = i > 0 && (s.brk[i] !== 0 || /^(?:pis|et)$/.test(s.wordKeys[i - 1]!)) && i + 1 < n && SUBJECTS.has(s.wordKeys[i + 1]!);
    if (i > 0 && s.sentence[i - 1] === sent && !(setOut && setOut.identity) && !alternative && !clauseJussive) continue;
    let m: Mention | undefined = setOut;
    let k = i + 1;
    const named = mentionAt(g, g.startingAt[k]);
    if (named) (m = m ?? named), (k = named.b);
    else if (SUBJECTS.has(s.wordKeys[k]!)) {
      // The second jussive of an alternative has the first one's subject.
      m = m ?? (alternative && lastSentence === sent ? last : undefined) ?? antecedent(s, g, k);
      // (« Les … qui étudient ici, pas de permis, qu'ils retournent chez eux »: the people named further back.)
      if (!m?.identity && clauseJussive) m = peopleTakenUp(s, g, k) ?? m;
      k += 1;
    } else continue;
    last = m;
    lastSentence = sent;
    for (let gap = 0; gap < 4 && k < n && s.sentence[k] === sent && JUSSIVE_GAP.has(s.wordKeys[k]!); gap += 1) k += 1;
    if (!m || !m.identity || k >= n || s.sentence[k] !== sent) continue;
    let end = -1;
    // « que les … soient expulsés »: the passive of a verb of exclusion.
    if (['soient', 'soit', 'soyent'].includes(s.wordKeys[k]!)) {
      let j = k + 1;
      for (let gap = 0; gap < 4 && j < n && s.sentence[j] === sent && JUSSIVE_GAP.has(s.wordKeys[j]!); gap += 1) j += 1;
      const e = j < n ? matchAt(s, EXCLUSION, j) : -1;
      if (e > j) end = e;
    } else if ((STAY.test(s.wordKeys[k]!) && !namedByAge(s, m)) || fills(LEAVE, s.words[k])) {
      // « qu'ils aillent se faire voir / foutre », « … à Montréal », « qu'ils restent dans leur pays ».
      const stay = !fills(LEAVE, s.words[k]);
      let j = k + 1;
      if (!stay && j + 2 < n && s.sentence[j + 2] === sent && s.wordKeys[j]! === 'se' && /^(?:voir|foutre|pendre)$/.test(s.wordKeys[j + 2]!)) j += 3;
      const next = j < n && s.sentence[j] === sent && s.brk[j] === 0 ? s.wordKeys[j]! : undefined;
      const place = j < n ? Math.max(matchAt(s, PLACES, j), matchAt(s, FAR, j)) : -1;
      if (place > j) end = place;
      else if (!stay && (next === undefined || LEAVE_AFTER.has(next) || j > k + 3)) end = j;
      // « qu'ils aillent prier dans leur pays / vivre ailleurs / s'installer à Toronto »: sent to do it away (not « jouer dehors »).
      else if (!stay && infinitive(s, (j += /^se?$/.test(next ?? '') ? 1 : 0)))
        for (let p = j + 1; end < 0 && p < j + 5 && s.sentence[p] === sent && !s.brk[p]; p += 1) end = s.wordKeys[p]! === 'ailleurs' ? p + 1 : s.wordKeys[p]! === 'dehors' ? -1 : Math.max(matchAt(s, PLACES, p), matchAt(s, FAR, p));
    }
    if (end < 0) continue;
    const a = setOut && setOut.a < i ? setOut.a : i;
    out.push({ kind: 'hate', severity: isNegated(s, i, end, [[k, end]]) ? 'clear' : isReported(s, sc, a, end) ? 'warning' : 'error', a, b: end });
  }
  return out;
}

/** Set apart for a people (« juste pour les … », « réservée aux … », « à part pour les … »), or set apart (« heures séparées », « leurs propres … »). */
const APART = compile(['juste|seulement|rien que? pour', '+reserve|+separe a|aux|pour', 'a part pour', '+separe', 'leur|leurs +propre']);
/** A duty before a separation (« devraient avoir », « faudrait », « on devrait faire »). */
const APART_DUTY = new Set(['devraient', 'devrait', 'faudrait', 'faut', 'meriteraient']);
/** Us, or ours, in the contact avoided (« avec nos enfants », « avec nous autres »). */
const US = new Set(['nos', 'nous', 'notre']);

/**
 * A people set apart so as not to be near them: a service or a place « juste pour les … » (a bus, a school, an entrance)
 * with a contact avoided after it (« comme ça on serait pas obligés de s'asseoir à côté d'eux », « on aurait plus à les
 * voir »). A service meant for a people (« un autobus adapté pour les personnes handicapées ») avoids nobody.
 * (Round 26) A separation wished for a people named before its duty or after it (« les … devraient avoir leurs propres
 * heures », « faudrait des heures séparées »), the contact denied with us (« pas se baigner avec nos enfants »), or with
 * them by ours (« pour pas que nos enfants se baignent avec les … »; not women kept from men). An age keeps its rules.
 */
function segregated(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  const people = (x: number | undefined, sent: number): Mention | undefined => {
    const m = mentionAt(g, x);
    return m && m.identity && m.generic && !namedByAge(s, m) && s.sentence[m.a] === sent ? m : undefined;
  };
  for (const [a, b] of findAllIn(s, APART)) {
    const sent = s.sentence[a]!;
    // (« réservée aux … »: the mention opens on the « aux » the entry ends with.)
    let m = people(g.startingAt[b], sent) ?? people(g.startingAt[b - 1], sent);
    let from = a;
    if (!m) {
      while (from >= 0 && a - from <= 6 && s.sentence[from] === sent && !APART_DUTY.has(s.wordKeys[from]!)) from -= 1;
      if (from < 0 || !APART_DUTY.has(s.wordKeys[from]!)) continue;
      m = people(g.lastBefore[from + 1], sent) ?? people(g.nextAfter[b], sent);
    }
    if (!m) continue;
    let neg = false;
    let ours = false;
    for (let k = from < a ? b : m.b; k < n && k < b + 20 && s.sentence[k] === sent; k += 1) {
      const w = s.wordKeys[k]!;
      if (NO_LONGER.has(w)) neg = true;
      else if (neg && US.has(w)) ours = true;
      // Them avoided: « (à côté) d'eux », « avec elles », « les » before an infinitive (« les voir », « les croiser »), « avec nous ».
      else if (neg && ((from === a && (w === 'eux' || w === 'elles' || (w === 'les' && k + 1 < n && infinitive(s, k + 1)))) || (w === 'avec' && (US.has(s.wordKeys[k + 1] ?? s.wordKeys[k]!) || (ours && people(g.startingAt[k + 1], sent)))))) {
        const end = w === 'les' || w === 'avec' ? k + 2 : k + 1;
        // (« … de les voir, les gars »: the people avoided is the one set out after.)
        const later = mentionAt(g, g.nextAfter[end]);
        if (w !== 'avec' && later && later.a - end <= 2 && s.sentence[later.a] === sent) break;
        const start = Math.min(from, m.a);
        out.push({ kind: 'hate', severity: isReported(s, sc, start, end) ? 'warning' : 'error', a: start, b: end });
        break;
      }
    }
  }
}

/** What a slogan denies a people: a home, help, a service, a permit, a place. */
const DENIED_THING = wordSet(['+embauche', '+logement', 'aide', '+service', '+soin', '+allocation', '+prestation', '+cheque', '+subvention', '+bourse', '+emploi', '+job', '+permis', '+place', '+passe-droit', '+privilege', '+droit', '+accommodement', '+pension', '+visa', '+vote', 'citoyennete', '+passeport', 'argent', 'cenne', 'cennes', 'piastre', 'piastres', 'dollar', 'dollars']);
/** The refusal a slogan opens on (« Aucun logement pour les … », « Pas une cenne aux … », « Zéro service pour … »). */
const NONE = new Set(['aucun', 'aucune', 'pas', 'zero', 'plus', 'pu', 'pus', 'fini', 'finies', 'finis', 'un', 'une', 'des']);
/** Slogan heads that refuse what follows, without a verb (« Non aux … », « Stop aux … », « Assez de … », « Ça suffit (avec) les … »). */
const SLOGAN = compile(["non|stop a|au|aux la|l'?", "assez de|d'|des|du", "ca|c' suffit avec?"]);
/** Places that stand for the people they serve when a people's name follows (« une école musulmane », « un temple sikh »). */
const PEOPLE_PLACE = wordSet(['+ecole', '+cimetiere', '+temple']);

/** Where a people is kept out of (« ici », « icitte », « à … », « dans … », « chez nous »), or what role. */
const HERE = new Set(['ici', 'icitte', 'a', 'au', 'aux', 'dans', 'en', 'chez', 'sur',
  // A role kept from them (« Pas de … comme profs au primaire »).
  'comme']);
/** A people's house of worship (« Pas de mosquée icitte. Jamais. »): refusing it refuses the people who would pray there. */
const WORSHIP = wordSet(peopleWorship);
/**
 * A short answer that refuses (« Non merci », « Pas question », « Jamais », « Pas chez nous »), or them sent elsewhere (« qu'ils
 * aillent… »): what makes a lack, or a people or a place asked about, a slogan.
 */
const REFUSAL = compile(['non merci', 'pas question', 'non|ca? jamais', 'pas chez nous', "qu'|que ils|elles|y aillent|~aller"]);
/** Between the refusal and the thing: « de », « une », adjectives (« social », « subventionnés ») in the next loop. */
const NONE_GAP = new Set(['de', 'd', 'un', 'une', 'des', 'seul', 'seule', 'maudit', 'maudite', 'osti', 'criss']);

/**
 * A refusal said without a verb at the head of its sentence (« Aucun logement social pour les … tant que… », « Pas une cenne
 * aux … », « Aucun service pour eux »), or a people itself kept out of a place (« Zéro réfugié icitte »): said as a slogan.
 * A WARNING: the same words may tell a lack, and a lack judged after it (« pas de logement pour les réfugiés cet hiver,
 * c'est inhumain ») is left clean, so the person checks the rest.
 */
function deniedSlogan(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  for (let a = 0; a < n; a += 1) {
    if (!(a === 0 || s.sentence[a - 1] !== s.sentence[a])) continue;
    const sent = s.sentence[a]!;
    // « Non aux … », « Stop aux … », « Assez de … », « Ça suffit les … »: a people, or a place that stands for one, refused by
    // the head alone, read as the refusals below. The people must be what is refused, not the complement of a thing (« Non aux
    // préjugés contre les … »); asked (« Non aux réfugiés ? Voyons donc »), it is the slogan questioned.
    const h = matchAt(s, SLOGAN, a);
    if (h < 0 && !NONE.has(s.wordKeys[a]!)) continue;
    let k = h > 0 ? h : a + 1;
    while (k < n && k - a <= 4 && s.sentence[k] === sent && NONE_GAP.has(s.wordKeys[k]!)) k += 1;
    // « Zéro réfugié icitte », « Pas de … à l'ancien couvent »: the people themselves kept out of a place.
    const people = mentionAt(g, g.startingAt[k]) ?? mentionAt(g, g.headAt[k]);
    // « Un … comme directeur? Non merci », « Un … au conseil? Jamais » (round 19): a member asked about in a role or a place,
    // refused in the short answer after (« … ? Pourquoi pas » welcomes).
    const asked = /^(?:un|une|des)$/.test(s.wordKeys[a]!);
    // A slogan asked (« Non aux réfugiés ? Voyons donc ») is the slogan questioned.
    const questioned = h > 0 && s.askedAt.some((x) => s.sentence[x] === sent);
    // (Not an age: « Pas de jeunes dans le parc après 23 h » is a rule of the place; « Plus de … » may ask for more.)
    if (people?.identity && !namedByAge(s, people) && s.wordKeys[a]! !== 'plus') {
      const at = people.b < n && s.sentence[people.b] === sent ? s.wordKeys[people.b]! : '';
      let e = people.b;
      while (asked && e < n && s.sentence[e] === sent) e += 1;
      const b = asked ? matchAt(s, REFUSAL, e) : people.b;
      if ((asked ? b > e && HERE.has(at) : at === '' || HERE.has(at) || (h > 0 && s.brk[b] !== 0)) && !isReported(s, sc, a, b) && !questioned) out.push({ kind: 'hate', severity: 'warning', a, b, doubtful: 'denied' });
      continue;
    }
    // « Pas de mosquée icitte. Jamais. », « Pas de permis pour une synagogue ici, qu'ils aillent prier ailleurs », « Un
    // cimetière musulman à Trois-Rivières ?? Non merci »: a place that stands for a people refused, with the refusal said next
    // (within eight words, the next sentence at most), or as the slogan's head (« Non aux mosquées »). A lack told alone (« pas
    // de mosquée ici, faut aller à Québec ») or asked is left clean.
    let w = k;
    if (!asked && w + 3 < n && s.wordKeys[w]! === 'permis') {
      while (w < n && w - k <= 3 && s.sentence[w] === sent && s.wordKeys[w]! !== 'pour') w += 1;
      w += 2;
    }
    const p = w >= n || s.sentence[w] !== sent ? -1 : fills(WORSHIP, s.words[w]) ? w + 1 : fills(PEOPLE_PLACE, s.words[w]) ? peopleAdjectiveEnd(s, w + 1, true) : -1;
    if (p > 0) {
      let e = h > 0 ? p : -1;
      for (let j = p; e < 0 && j < n && j - w <= 8 && s.sentence[j]! - sent <= 1; j += 1) {
        const r = (s.brk[j] !== 0 || s.sentence[j] !== s.sentence[j - 1]) ? matchAt(s, REFUSAL, j) : -1;
        // (« Jamais » alone as its answer, not « jamais entendu parler de ça ».)
        if (r > j && (s.wordKeys[j]! !== 'jamais' || r >= n || s.sentence[r] !== s.sentence[j] || s.brk[r] !== 0)) e = r;
      }
      if (e > 0 && !isReported(s, sc, a, e) && !s.quoted[w] && !questioned) out.push({ kind: 'hate', severity: 'warning', a, b: e, doubtful: 'denied' });
      continue;
    }
    if (asked || k >= n || s.sentence[k] !== sent || !fills(DENIED_THING, s.words[k])) continue;
    // The thing, then words that qualify it or say where (« social », « de vote », « au municipal », « dans nos HLM »), then
    // « pour / à » and the people (the first link naming a people, within six words).
    let who: Mention | undefined;
    let next = -1;
    // (« Pas d'embauche d'immigrants »: after hiring, « de » names the people hired; not asked, « Pas d'embauche des femmes chez
    // les pompiers? Voyons donc » questions the refusal.)
    for (let j = k + 1; !who && j + 1 < n && j - k <= 6 && s.sentence[j + 1] === sent; j += 1) {
      if (!['pour', 'a', 'aux', 'au'].includes(s.wordKeys[j]!) && !(j === k + 1 && /^embauche \S*d/.test(`${s.wordKeys[k]!} ${s.wordKeys[j]!}`) && !s.askedAt.some((x) => s.sentence[x] === sent))) continue;
      next = j + 1;
      const m = mentionAt(g, (g.startingAt[next] ?? -1) >= 0 ? g.startingAt[next] : g.startingAt[j]);
      const them = ['eux', 'elles'].includes(s.wordKeys[next]!) ? antecedent(s, g, next) : undefined;
      who = m && m.generic && m.identity && !namedByAge(s, m) ? m : them?.identity ? them : undefined;
    }
    if (!who) continue;
    const end = Math.max(who.b, next + 1);
    // « Pas de logement pour les … cet hiver, c'est inhumain »: a lack judged after it, not a refusal.
    let judged = false;
    for (let k = end; k < n && s.sentence[k] === sent && !judged; k += 1) judged = s.brk[k] !== 0 && ['c', 'ca', 'cest'].includes(s.wordKeys[k]!);
    if (judged || isReported(s, sc, a, end)) continue;
    out.push({ kind: 'hate', severity: 'warning', a, b: end, doubtful: 'denied' });
  }
}

/** A people's place or rights denied by what is said of them (the group is the subject, right before). */
const RIGHTS_DENIED = compile([
  // « … devraient pas pouvoir coacher / voter / enseigner », « … pas avoir accès à l'urgence ».
  // (« … devraient pas pouvoir entrer au pays / rentrer dans les bars / posséder une maison »: a place or a property shut to them.)
  "ne|n'? ~devoir|~meriter pas|jamais|plus|pu|pus pouvoir ~voter|~adopter|~enseigner|~coacher|~entrainer|~travailler|~habiter|~immigrer|~diriger|~participer|~acheter|~louer|~servir|~occuper|~marier|~presenter|~elever|~entrer|~rentrer|~etudier|~posseder",
  "ne|n'? ~devoir|~meriter pas|jamais|plus pouvoir se|s' ~marier|~presenter|~installer|~porter",
  "ne|n'? ~devoir|~meriter pas|jamais|plus|pu|pus avoir le? acces|droit a|au|aux|d'|de",
  // « … devraient pas voter / se présenter »: the right itself denied, without « pouvoir » (only rights of a citizen, not
  // « venir » or « travailler », which advice gives too: « les femmes enceintes devraient pas travailler de nuit »).
  "ne|n'? ~devoir|~meriter pas|jamais|plus|pu|pus ~voter|~immigrer|~adopter", "ne|n'? ~devoir|~meriter pas|jamais|plus|pu|pus se|s' ~presenter aux? elections|election",
  // « … devraient perdre leur droit de vote / leur citoyenneté / leurs jobs »: a right or a living taken away.
  "~devoir|~meriter de|d'? ~perdre le|la|leur|leurs|son|sa +droit|acces|citoyennete|+permis|+job|+emploi|+logement|+allocation|+cheque",
  // « … ont pas d'affaire ici / à acheter des terrains », « … ont rien à faire icitte ».
  "ne|n'? ~avoir pas|aucune d'|de affaire", "ne|n'? ~avoir rien a faire ici|icitte|chez|au|en|dans",
]);
/**
 * « Aucun … devrait pouvoir adopter / voter »: the same rights denied through a subject that names no one of the people
 * (the negation is « aucun » before the name, so the verb carries none).
 */
const NO_ONE_MAY = compile(["~devoir|~meriter pouvoir|avoir ~voter|~adopter|~enseigner|~immigrer|~diriger|~acheter|~louer|~marier|~presenter|~entrer|~rentrer|~posseder|~habiter|le|acces|droit"]);
const NO_ONE = new Set(['aucun', 'aucune', 'nul', 'nulle']);
/** A right reached only after a wait (« … devraient attendre dix ans avant d'avoir droit à l'aide »): the right delayed. */
const UNTIL_RIGHT = compile(["avant d'|de avoir le? droit|acces"]);
/** The wait wished, not told (« doivent attendre trois mois » is the law): a conditional duty. */
const WISHED = new Set(['devraient', 'meriteraient', 'faudrait']);
/** Between the people and what is denied them: a quantifier or an adverb (« les … devraient tous / même pas… »). */
const SUBJECT_FILLER = new Set(['tous', 'toutes', 'vraiment', 'juste', 'meme', 'carrement', 'simplement', 'franchement', 'aussi']);

/**
 * « Les … devraient pas pouvoir coacher les équipes de filles », « Les … ont pas d'affaire à acheter des terrains ici », « Les …
 * devraient pas avoir accès à l'urgence »: what a whole people (never an age) may not do or have, said of it as its subject.
 */
function rightsDenied(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const spans = findAllIn(s, RIGHTS_DENIED);
  const noOne = spans.length;
  for (const f of findAllIn(s, NO_ONE_MAY)) spans.push(f);
  const named = spans.length;
  // « … devraient (tous) attendre (dix ans) avant d'avoir droit »: read from the duty, as a right denied.
  for (const [p, q] of findAllIn(s, UNTIL_RIGHT)) {
    let w = p - 1;
    while (w > 0 && p - w <= 4 && s.sentence[w] === s.sentence[p] && s.wordKeys[w]! !== 'attendre') w -= 1;
    if (w <= 0 || s.wordKeys[w]! !== 'attendre') continue;
    let d = w - 1;
    while (d > 0 && w - d <= 2 && /^(?:tous|toutes|d|de)$/.test(s.wordKeys[d]!)) d -= 1;
    if (WISHED.has(s.wordKeys[d]!) && s.sentence[d] === s.sentence[p]) spans.push([d, q]);
  }
  for (let x = 0; x < spans.length; x += 1) {
    const [p, q] = spans[x]!;
    let k = p;
    while (k > 0 && p - k < 3 && s.sentence[k - 1] === s.sentence[p] && SUBJECT_FILLER.has(s.wordKeys[k - 1]!)) k -= 1;
    let m = mentionAt(g, g.endingAt[k]);
    // (« Ceux qui portent le voile devraient perdre… »: the relative clause before the verb names the people, see groups.ts.)
    const byNoOne = x >= noOne && x < named;
    for (let c = k - 3; !(m?.generic && m.identity) && !byNoOne && c >= 0 && k - c <= 10 && s.clause[c] === s.clause[p]; c -= 1) m = mentionAt(g, g.startingAt[c]) ?? m;
    if (!m || !(m.generic || byNoOne) || !m.identity || s.sentence[m.a] !== s.sentence[p]) continue;
    // (« Aucun couple gai devrait pouvoir adopter »: « aucun » within two words before the name, opening its clause.)
    let a = m.a;
    if (byNoOne) {
      while (a > 0 && m.a - a < 2 && s.sentence[a - 1] === s.sentence[p] && !NO_ONE.has(s.wordKeys[a - 1]!)) a -= 1;
      if (a === 0 || !NO_ONE.has(s.wordKeys[a - 1]!) || s.sentence[a - 1] !== s.sentence[p]) continue;
      a -= 1;
    }
    // An age keeps its rules (« les moins de 16 ans devraient pas voter »); a right it has taken away from it is still
    // an exclusion (« les vieux devraient pus avoir le droit de voter », « … perdre leur droit de vote »), less sure: a warning.
    let lost = false;
    // (Only the vote: « les aînés devraient plus avoir le droit de conduire la nuit sans examen » is a rule of safety.)
    for (let j = p; j < q; j += 1) lost ||= /^(?:perd|plus$|pu$|pus$)/.test(s.wordKeys[j]!);
    let vote = false;
    for (let j = q - 1; j < q + 3 && j < s.words.length && s.sentence[j] === s.sentence[p]; j += 1) vote ||= /^vot/.test(s.wordKeys[j]!);
    lost &&= vote;
    const age = namedByAge(s, m);
    if (age && !lost) continue;
    out.push({ kind: 'hate', severity: age || isReported(s, sc, a, q) ? 'warning' : 'error', a, b: q, ...(age ? { doubtful: 'denied' as const } : {}) });
  }
}
