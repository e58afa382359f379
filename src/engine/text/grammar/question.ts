/**
 * Hate asked as a question (3.2): a rhetorical question asserts what it seems to ask. « Qui voudrait
 * d'un … comme voisin ? » says nobody would; « À quoi servent les … ? » says they are useless;
 * « Combien de temps va-t-on encore endurer les … ? », « Pourquoi on accepte encore des … ? »,
 * « Y a-t-il un seul … honnête ? », « Les … sont-ils vraiment des humains ? ». No degrading word is
 * written: the frame (who + a verb of wanting or accepting, what-for, how-long + enduring, why +
 * accepting, is-there-one + a quality, really + humanity) around an identity group is the slight.
 *
 * A real question has the same words with another verb (« Qui voudrait parrainer une famille de … ? »,
 * « À quoi sert le programme d'accueil des … ? »), a negation (« Pourquoi on n'accueille pas plus de … ? »)
 * or an answer right after (« … ? Moi, sans hésiter. »): those stay clean. Worth a WARNING to check
 * (doubtful, like the net in cooccur.ts), never an error. Bounded windows: linear in the text.
 */
import { NORMAL } from './claims.ts';
import { groupsOf, mentionAt, type Groups, type Mention } from './groups.ts';
import { peopleWorship, religiousDress } from './lexicon-groups.ts';
import { hardshipVerbs, TRUSTED_ROLES, VICE } from './lexicon-predicates.ts';
import { infinitive } from './relative.ts';
import type { WordHit } from './hit.ts';
import { compile, fills, matchAt, wordSet, isQue, isDe } from './patterns.ts';
import { isReported, RIGHT, type Scope } from './scope.ts';
import { CLAUSE, type Stream } from './stream.ts';
import type { Token } from '../tokens.ts';

/** Verbs and nouns of wanting, liking or bearing someone (« vouloir de », « aimer », « faire confiance à », « avoir envie de »). */
const WANT = wordSet(['~vouloir', '~aimer', '~apprecier', '~adorer', '~endurer', '~supporter', '~tolerer', '~sentir', '~blairer', 'confiance', 'envie', '~tenter', '~desirer'], false);
/** Taking someone in as a partner, neighbour, employee or tenant, or placing them (« mettre », « nommer »): rhetorical only when conditional, insisted on or decided (« Qui engagerait… ? », « Qui a eu l'idée d'engager… ? »). */
const TAKE = wordSet(['~engager', '~embaucher', '~marier', '~epouser', '~frequenter', '~louer', '~inviter', '~garder', 'mettre', 'nommer', 'placer'], false);
/** Words that may stand between the verb of wanting and the group: living beside them, having them as… (never another verb). */
const TOWARD = new Set([
  'de', 'd', 'a', 'au', 'aux', 'avec', 'cote', 'pres', 'proche', 'comme', 'pour', 'vrai', 'vraiment', 'bien', 'sincerement', 'serieusement', 'honnetement', 'franchement', 'encore', 'un', 'une', 'seul', 'seule',
  'avoir', 'vivre', 'habiter', 'cohabiter', 'rester', 'demeurer', 'travailler', 'engager', 'embaucher', 'marier', 'epouser', 'sortir', 'louer', 'cotoyer', 'frequenter', 'croiser', 'faire', 'voir', 'inviter', 'recevoir', 'elever',
  'donner', 'offrir', 'par', 'chez', 'enfants', 'enfant', 'flos', 'ca', 'logement', 'logements', 'appartement', 'appart', 'maison', 'chambre', 'job', 'jobs', 'emploi', 'poste', 'travail',
  'son', 'sa', 'ses', 'leur', 'mon', 'ma', 'mes', 'dans', 'voisin', 'voisins', 'voisine', 'voisines', 'gang', 'bande', 'famille', 'tas', 'paquet',
]);
/** Words that mark the question as rhetorical (insistence, or a modal of possibility). */
const INSIST = new Set(['vraiment', 'bien', 'serieusement', 'franchement', 'honnetement', 'sincerement', 'vrai', 'pourrait', 'voudrait', 'oserait', 'peut', 'pourrais', 'voudrais']);
/** Who is asked about: « qui » opening its clause, « quelqu'un », « qui que ce soit ». */
const SOMEONE = new Set(['quelqu', 'quelquun', 'qqn', 'qqun']);
/** « du monde qui… », « des gens qui… »: anyone, in a question. */
const ANYONE = new Set(['monde', 'gens']);
const READER = new Set(['vous', 'tu', 't', 'te']);
/** « quoi », and its Québec spellings (« kessé ça donne… »). */
const QUOI = new Set(['quoi', 'koi', 'kesse', 'quesse', 'kosse', 'quosse']);
const CONDITIONAL = /^.{2,}r(?:ais|ait|aient|ions|iez)$/;

/** Usefulness asked: « à quoi servent », « ça sert à quoi », « c'est quoi l'utilité de », « ça vaut quoi ». */
const SERVE = wordSet(['~servir', 'utilite', 'utiles', 'utile', 'vaut', 'valent', 'vaudrait', 'vaudraient', 'bon'], false);
const USE_OF = new Set(['utilite', 'but', 'raison']);
const IF_WHEN = new Set(['si', 'quand', 'alors', 'tant', 'sans', 'mais', 'lorsque']);

/** How long (« combien de temps », « jusqu'à quand », « encore longtemps »). */
const HOW_LONG = new Set(['combien', 'quand', 'longtemps', 'jusqu', 'jusquou']);
/** Bearing, keeping or letting someone (« endurer », « tolérer », « accepter », « laisser », « nourrir »). */
const BEAR = wordSet(['~endurer', '~supporter', '~tolerer', '~accepter', '~subir', '~garder', '~nourrir', '~laisser', '~accueillir', '~respecter', '~engager', '~embaucher', '~payer', '~financer', '~subventionner', '~ecouter', '~croire', '~entretenir', '~faire', '~accommoder', '~privilegier', '~chouchouter', '~dorloter', '~gater', '~eduquer', '~instruire', '~soigner', '~loger', '~former', 'confiance',
  // « accueillir » conjugates like a verb in -er, which its paradigm does not spell.
  'accueille', 'accueilles', 'accueillent', 'accueillons', 'accueillez', 'accueillera', 'accueillerait', 'accueilli', 'accueillis'], false);
/** Bearing verbs a « comment peut-on… » asks about as outrage (not « comment aider… », a real how-to). */
const LET = wordSet(['~laisser', '~tolerer', '~accepter', '~endurer', '~supporter', '~permettre', 'confiance'], false);
/** What may stand between « pourquoi » and the bearing verb: the generic subject, a modal, « est-ce que ». */
const WHY_GAP = new Set([
  'on', 'nous', 'il', 'ils', 'faut', 'faudrait', 'faudra', 'devrait', 'devrions', 'devons', 'doit', 'devrais', 'dois', 'je', 'j', 'tu', 'vous', 'est', 'ce', 'que', 'qu', 'encore', 'toujours',
  't', 'temps', 'diable', 'donc', 'faire', 'devoir', 'falloir', 'pouvoir', 'continue', 'continuer', 'continuons', 'continuez', 'de', 'd', 'va', 'vas', 'allons', 'allez', 'vraiment', 'serieusement', 'peut', 'peux', 'pouvons', 'pouvez', 'pourrait', 'nos', 'notre', 'gouvernement', 'ville', 'societe', 'canada', 'quebec', 'la', 'le', 'les', 'leur',
]);
/** Between the bearing verb and the group (« accepter encore des … », « endurer ces … ici »). */
const BEAR_GAP = new Set(['on', 't', 'encore', 'toujours', 'ici', 'autant', 'tant', 'plus', 'de', 'd', 'tous', 'toutes', 'ces', 'pour', 'a', 'aux', 'au', 'entrer', 'rentrer', 'venir']);
/** « Ça va durer encore longtemps, les … ? »: how long a presence lasts. */
const LAST = new Set(['durer', 'dure', 'durera', 'continuer']);
const NEGATORS = new Set(['ne', 'n', 'pas', 'jamais', 'plus', 'aucun', 'aucune', 'rien', 'personne', 'point', 'non']);

/** Asking whether one exists: « y a-t-il », « existe-t-il », « as-tu déjà vu », « connaissez-vous », « qui a déjà rencontré ». */
const EXIST = wordSet(['ya', 'existe', 'existent', 'existait', 'a', 'vu', 'vus', 'vue', 'rencontre', 'rencontres', 'connu', 'connus', 'croise', 'connais', 'connait', 'connaissez', 'connaissent', 'trouve', 'trouves', 'trouver', 'voir', 'rencontrer', 'connaitre'], false);
/** Qualities whose existence, asked about, is denied (« un … honnête », « qui travaille »). */
const QUALITY = wordSet([
  '+honnete', '+intelligent', '+gentil', '+propre', '+utile', '+travaillant', '+fiable', '+poli', '+respectueux', '+competent', '+bon', '+normal', '+eduque', '+civilise',
  '+sobre', '+sympathique', '+aimable', '+travailleur', '+modere', '+integre', '+brillant', '+decent', '+cultive', '+instruit', '+pacifique', '+fidele', '+sincere',
  '~travailler', '~bosser', '~payer', '~respecter', '~contribuer', '~integrer', '~laver',
], false);
/** Humanity and worth doubted: « sont-ils vraiment des humains ? », « vraiment capables de… ». */
const HUMAN = wordSet(['+humain', '+etre', 'personnes', 'gens', 'citoyens', '+intelligent', '+capable', '+normal', '+civilise', '+evolue', '+cerveau', 'cervelle', 'ame'], false);
const REALLY = new Set(['vraiment', 'reellement', 'seulement', 'meme', 'veritablement']);

/** Words that answer a question in the next sentence, making it a real one (« Moi! », « Parce que… », « Venez… »). */
const ANSWER = new Set(['moi', 'nous', 'parce', 'depuis', 'le', 'la', 'l', 'notre', 'nos', 'votre', 'vos', 'vous', 'info', 'infos', 'details', 'inscription', 'inscriptions', 'car', 'beaucoup', 'plein', 'plusieurs', 'oui', 'venez', 'inscrivez', 'ecrivez', 'appelez', 'contactez', 'communiquez', 'ecrivez-nous', 'joignez']);

const at = (s: Stream, k: number, sent: number): string => (k >= 0 && k < s.words.length && s.sentence[k] === sent ? s.wordKeys[k]! : '');
const opensClause = (s: Stream, k: number): boolean => k === 0 || s.brk[k] !== 0;

/** Sentences that end with a question mark (1), read from the punctuation tokens around the words; once per stream (the question, net and echo readings all ask). */
const askedByStream = new WeakMap<Stream, Uint8Array>();
export function askedSentences(s: Stream, tokens: readonly Token[]): Uint8Array {
  let asked = askedByStream.get(s);
  if (asked === undefined) askedByStream.set(s, (asked = readAsked(s, tokens)));
  return asked;
}
function readAsked(s: Stream, tokens: readonly Token[]): Uint8Array {
  const n = s.words.length;
  const asked = new Uint8Array(n === 0 ? 0 : (s.sentence[n - 1] ?? 0) + 1);
  let w = 0;
  // Indexed: run once per text over every token, a for…of here allocated one iterator result per token.
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    while (w < n && s.words[w]!.end <= t.start) w += 1;
    if (t.kind === 'punct' && t.norm.includes('?') && w > 0) asked[s.sentence[w - 1] ?? 0] = 1;
  }
  return asked;
}

/** What opens a denial of the question just asked (« Voyons donc. », « Ben non. », « Franchement, pantoute. »). */
const DENIAL = new Set(['non', 'voyons', 'pantoute', 'jamais', 'faux', 'nope', 'ridicule', 'absurde', 'n\'importe']);
/** What may come before the denial: interjections and stance adverbs. */
const DENIAL_LEAD = new Set(['ben', 'bien', 'mais', 'franchement', 'allons', 'come', 'voyons', 'alors', 'euh', 'heu', 'bah', 'pff', 'hein']);

/**
 * Sentences asked and then denied by the next one (« Des parasites, les … ? Voyons donc. »): an
 * incredulous echo of someone's claim, counter-speech, not the speaker's own. 1 per such sentence.
 */
export function deniedQuestions(s: Stream, tokens: readonly Token[]): Uint8Array {
  const asked = askedSentences(s, tokens);
  const denied = new Uint8Array(asked.length);
  const n = s.words.length;
  for (let j = 1; j < n; j += 1) {
    const sent = s.sentence[j]!;
    if (s.sentence[j - 1] === sent || !asked[sent - 1]) continue;
    let k = j;
    while (k < n && k - j < 2 && s.sentence[k] === sent && DENIAL_LEAD.has(s.wordKeys[k]!) && !(s.wordKeys[k]! === 'voyons' && k + 1 < n && s.sentence[k + 1] !== sent)) k += 1;
    if (k < n && s.sentence[k] === sent && DENIAL.has(s.wordKeys[k]!)) denied[sent - 1] = 1;
    else if (k > j && s.wordKeys[k - 1]! === 'voyons') denied[sent - 1] = 1;
    // « Les … sont-ils des … ? Je pense pas. »: the asker's own opinion against a slight asked.
    else if (ownVerdict(s, Math.max(0, j - 40), j) < 0 && !favourable(s, Math.max(0, j - 40), j)) denied[sent - 1] = 1;
  }
  return denied;
}

/** True when the sentence after the one holding word k opens with an answer (not the asker's own verdict siding with the slight). */
function answered(s: Stream, k: number): boolean {
  const sent = s.sentence[k]!;
  let j = k;
  while (j < s.words.length && j - k < 40 && s.sentence[j] === sent) j += 1;
  return j < s.words.length && s.sentence[j] === sent + 1 && ANSWER.has(s.wordKeys[j]!) && !sidesWithSlight(s, k - Math.min(k, 40), j);
}

/**
 * The asker's own verdict on the question just asked: an opinion of the speaker's (« moi je pense que oui », « je trouve
 * que oui »), the truth or the right claimed (« parce que c'est la vérité », « l'histoire me donne raison », « j'ai
 * raison »), an apology refused (« pis je vais pas m'excuser »), the question said to answer itself. OWN_NO is the same
 * opinion the other way (« moi je pense pas », « je crois que non »). A « Moi! » volunteering, or facts, are none of these.
 */
const OWN_YES = compile([
  "je|j' ~penser|~trouver|~croire|dirais|~dire que|qu' oui|ouais", "c' ~etre juste? la|ma verite", "c' ~etre juste? la pure? verite", "j' ai raison",
  'me|m\' ~donner raison', "je|j' ne|n'? ~aller|vais pas m' ~excuser", "je|j' ne|n'? m' excuse|excuserai pas", "je|j' ne|n'? ~s'excuser pas",
  "poser la question c'|ce est? y repondre", 'je dis juste',
]);
const OWN_NO = compile(["je|j' ne|n'? ~penser|~croire|~trouver pas", "je|j' ~penser|~croire|~trouver que non"]);
/** A verdict that opens the answer (« Évidemment. », « Ben oui. », « C'est clair. »): the asker's only when the question insinuates. */
const OWN_YES_OPEN = compile(['evidemment', 'bien|ben|mais sur', 'ben|bien|mais oui', "c' est|cest clair|sur|certain|evident", 'certainement', 'absolument']);
/** What insinuates in a question (whether a fear, a distrust or a slight is normal, racist to say, really so). */
const INSINUATE = wordSet(['normal', 'acceptable', 'raciste', 'racistes', 'peur', '~craindre', 'confiance', 'vraiment', 'serieusement', 'franchement', 'honnetement'], false);
/** Leads before the verdict (« Moi, je… », « Ben… », « Parce que… », « Pis… »). */
const VERDICT_LEAD = new Set(['moi', 'ben', 'bien', 'mais', 'pis', 'et', 'parce', 'que', 'qu', 'franchement', 'honnetement', 'perso', 'personnellement']);

/** +1 when sentence `sent`+1 is the asker's verdict agreeing, -1 disagreeing, 0 none; `from` is a word of the asked sentence. */
function ownVerdict(s: Stream, from: number, j: number): number {
  const sent = s.sentence[j]!;
  let k = j;
  while (k < s.words.length && k - j < 3 && s.sentence[k] === sent && VERDICT_LEAD.has(s.wordKeys[k]!)) k += 1;
  let insinuated = false;
  for (let i = from; i < j; i += 1) if (s.sentence[i] === sent - 1 && fills(INSINUATE, s.words[i])) insinuated = true;
  if (insinuated && (matchAt(s, OWN_YES_OPEN, j) > 0 || matchAt(s, OWN_YES_OPEN, k) > 0)) return 1;
  for (let i = j; i < s.words.length && i - j < 14 && s.sentence[i] === sent; i += 1) {
    if (matchAt(s, OWN_NO, i) > 0) return -1;
    if (matchAt(s, OWN_YES, i) > 0) return 1;
  }
  return 0;
}

/** Trusting, wanting or a decent quality asked (« peut-on faire confiance à… », « sont-ils honnêtes ») in the asked words: « non » then slights. */
function favourable(s: Stream, from: number, j: number): boolean {
  for (let i = from; i < j; i += 1) if (s.sentence[i] === s.sentence[j]! - 1 && (fills(WANT, s.words[i]) || fills(QUALITY, s.words[i])) && !NORMAL.has(s.wordKeys[i]!) && !['se', 's'].includes(s.wordKeys[i - 1] ?? s.wordKeys[i]!)) return !NEGATORS.has(s.wordKeys[i - 1] ?? s.wordKeys[i]!);
  return false;
}

/** True when the asker's verdict in the sentence opening at j sides with the slight asked in the sentence before (from: its words' reach). */
function sidesWithSlight(s: Stream, from: number, j: number): boolean {
  const v = ownVerdict(s, from, j);
  return v !== 0 && v > 0 !== favourable(s, from, j);
}

/**
 * What opens a condition after « si » (« si la Ville offrait… », « si des … étaient »), not « si » as
 * a degree (« si paresseux », « si souvent »): a subject. The clause net reads « si » with it too.
 */
export const CONDITION_SUBJECT = new Set([
  'je', 'j', 'tu', 't', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'les', 'la', 'le', 'l', 'des', 'un', 'une', 'ce', 'c', 'ca', 'cela', 'ces', 'cet', 'cette',
  'leur', 'leurs', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'tout', 'tous', 'toutes', 'quelqu', 'personne', 'chaque', 'certains', 'certaines',
]);
/** True when the group is followed by a condition (« … si la Ville offrait une subvention ? ») or a comparison (« … et pas syriens ? »): a real question. */
function weighed(s: Stream, b: number): boolean {
  const sent = s.sentence[b - 1]!;
  for (let k = b; k < s.words.length && k - b <= 6 && s.sentence[k] === sent; k += 1) {
    const w = at(s, k, sent);
    const next = at(s, k + 1, sent);
    if ((w === 'si' || w === 's') && CONDITION_SUBJECT.has(next)) return true;
    if (((w === 'et' || w === 'mais') && next === 'pas') || w === 'plutot' || (w === 'au' && next === 'lieu')) return true;
  }
  return false;
}

/** True when words (from, to) hold no negation. */
function plain(s: Stream, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k += 1) if (NEGATORS.has(s.wordKeys[k]!)) return false;
  return true;
}

/** « Qui voudrait d'un … comme voisin ? », « Est-ce que quelqu'un aime vraiment les … ? », « Qui engagerait un … ? »: the first word of the frame, or -1. */
function whoWants(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  // Walk back over the words that lead to the group, to the verb of wanting.
  let v = m.a - 1;
  let insist = false;
  // (« Voulez-vous sérieusement des … ? »: the reader inverted after the verb is passed over too.)
  while (v >= 0 && m.a - v <= 8 && s.sentence[v] === sent && (TOWARD.has(at(s, v, sent)) || (v === m.a - 1 && fills(ROLE, s.words[v])) || (s.hyphen[v] === 1 && READER.has(at(s, v, sent)))) && !fills(WANT, s.words[v]) && !fills(TAKE, s.words[v])) {
    insist ||= INSIST.has(at(s, v, sent));
    v -= 1;
  }
  if (v < 0 || s.sentence[v] !== sent) return -1;
  const want = fills(WANT, s.words[v]);
  const take = !want && fills(TAKE, s.words[v]);
  if (!want && !take) return -1;
  if (s.hyphen[v + 1] === 1 && READER.has(at(s, v + 1, sent))) return asked && want && insist ? v : -1;
  // Then back to who is asked about, over a modal, an inversion or an insistence.
  for (let k = v - 1; k >= 0 && v - k <= 7 && s.sentence[k] === sent; k -= 1) {
    const w = at(s, k, sent);
    if (NEGATORS.has(w)) return -1;
    // « Ça vous tente vraiment d'avoir des … ? », « Voulez-vous sérieusement des … ? »: the reader asked, insisting.
    if (READER.has(w) && asked && want && (insist || INSIST.has(at(s, v + 1, sent)) || CONDITIONAL.test(at(s, v, sent)))) return k;
    // « Peut-on vraiment faire confiance à un … ? », « on devrait-tu faire confiance à une … ? »: trust asked with a modal and insistence.
    if ((w === 'on' || w === 'je' || w === 'j') && asked && s.wordKeys[v]! === 'confiance' && (insist || s.hyphen[k] === 1 || at(s, k + 2, sent) === 'tu')) return k;
    // « Qui a eu l'idée / a décidé d'engager un … ? »: who chose it, asked, doubts the one taken belongs there.
    insist ||= INSIST.has(w) || CONDITIONAL.test(w) || w === 'idee' || w === 'decide';
    // « qui » opening its clause is the interrogative; after « quelqu'un » it is the relative (« y a-tu quelqu'un qui aime… »).
    const anyone = ANYONE.has(at(s, k - 1, sent)) && ['du', 'des'].includes(at(s, k - 2, sent));
    const who = (w === 'qui' && (opensClause(s, k) || SOMEONE.has(at(s, k - 1, sent)) || at(s, k - 1, sent) === 'qui' || anyone)) || SOMEONE.has(w);
    if (!who) continue;
    // « Qui engage des … dans la région ? » is a real question; « Qui engagerait… », « Qui voudrait… » are not.
    if (take && !insist && !CONDITIONAL.test(at(s, v, sent))) return -1;
    // « quelqu'un » asks only in a question (« je connais quelqu'un qui aime les … » tells).
    if ((w !== 'qui' || anyone) && !asked) return -1;
    // The frame starts at « du monde » (« … qui » alone would read as a relative clause describing someone).
    return anyone ? k - 2 : k;
  }
  return -1;
}

/** « À quoi servent les … ? », « Ça sert à quoi, les … ? », « C'est quoi l'utilité des … ? », « Les …, ça vaut quoi ? », « À quoi bon éduquer les … ? ». */
function whatFor(s: Stream, m: Mention): number {
  const sent = s.sentence[m.a]!;
  const quoi = (k: number): boolean => QUOI.has(at(s, k, sent)) || QUOI.has(at(s, k - 1, sent)) || QUOI.has(at(s, k - 2, sent)) || QUOI.has(at(s, k + 1, sent)) || QUOI.has(at(s, k + 2, sent));
  // The group right after the verb or the noun of use (« servent les … », « l'utilité des … », « l'utilité de ces … »).
  for (const v of [m.a - 1, m.a - 2]) {
    const w = at(s, v, sent);
    if (!w) continue;
    if (v === m.a - 2 && !isDe(at(s, m.a - 1, sent))) continue;
    if (USE_OF.has(w) && (w !== 'raison' || at(s, v + 1, sent) === 'd')) return v;
    if (fills(SERVE, s.words[v]) && w !== 'bon' && quoi(v)) return v;
  }
  // « à quoi bon éduquer les … », « ça donne quoi d'accueillir des … », « ça sert à quoi de garder les … »: an infinitive between.
  for (let v = m.a - 1; v >= 0 && m.a - v <= 4 && s.sentence[v] === sent; v -= 1) {
    const w = at(s, v, sent);
    // Only a verb of caring for them (« à quoi bon haïr les … ? » defends them).
    const cared = (k: number): boolean => k < m.a && fills(BEAR, s.words[k]);
    if (w === 'bon' && at(s, v - 1, sent) === 'quoi' && cared(v + 1)) return v - 1;
    if ((w === 'donne' || fills(SERVE, s.words[v])) && quoi(v) && isDe(at(s, v + 1, sent)) && cared(v + 2)) return v;
    // « ça sert à quoi d'embaucher une … ? »: « à » between the verb and « quoi ».
    if (w === 'quoi' && isDe(at(s, v + 1, sent)) && (at(s, v - 1, sent) === 'donne' || fills(SERVE, s.words[v - 1]) || (at(s, v - 1, sent) === 'a' && fills(SERVE, s.words[v - 2]))) && cared(v + 2)) return v - 2;
  }
  // « à quoi ça sert de construire des logements pour les … ? »: what is done for them is useless, so they are; not when a
  // condition follows (« … pour les femmes si elle ferme le soir ? »: the service is blamed).
  let cond = false;
  for (let k = m.b; k - m.b < 6 && at(s, k, sent); k += 1) if (IF_WHEN.has(at(s, k, sent)) || (at(s, k, sent) === 's' && /^ils?$/.test(at(s, k + 1, sent)))) cond = true;
  if ((at(s, m.a - 1, sent) === 'pour' || at(s, m.a, sent) === 'aux') && !cond) {
    for (let v = m.a - 2; v >= 0 && m.a - v <= 9 && s.sentence[v] === sent; v -= 1) if (fills(SERVE, s.words[v]) && quoi(v) && isDe(at(s, v + 1, sent)) || (QUOI.has(at(s, v, sent)) && isDe(at(s, v + 1, sent)) && fills(SERVE, s.words[v - 2]))) return v;
  }
  // Dislocated: « ça sert à quoi, les … ? » (the group after a break, closing the sentence) or « Les …, ça vaut quoi ? ».
  if (s.brk[m.a] === CLAUSE && at(s, m.b, sent) === '') {
    for (let v = m.a - 1; v >= 0 && m.a - v <= 6 && s.sentence[v] === sent; v -= 1) if (fills(SERVE, s.words[v]) && quoi(v)) return v;
  }
  if (opensClause(s, m.a) && s.brk[m.b] === CLAUSE && at(s, m.b, sent)) {
    for (let v = m.b; v < s.words.length && v - m.b <= 5 && s.sentence[v] === sent; v += 1) if (fills(SERVE, s.words[v]) && quoi(v)) return m.a;
  }
  return -1;
}

/** « Combien de temps va-t-on encore tolérer les … ? », « Pourquoi on accepte encore des … ? », « Comment peut-on laisser des … ? ». */
function howLongWhy(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  // The bearing verb right before the group (over « encore », « ici »), or a clitic « les » and the group dislocated after a break.
  let v = m.a - 1;
  while (v >= 0 && m.a - v <= 3 && s.sentence[v] === sent && BEAR_GAP.has(at(s, v, sent))) v -= 1;
  if (v < 0 || s.sentence[v] !== sent || !fills(BEAR, s.words[v])) {
    // « On va-tu les endurer encore longtemps, les … ? », « Ça va durer encore longtemps, les … ? »
    if (s.brk[m.a] !== CLAUSE) return -1;
    v = -1;
    for (let k = m.a - 1; k >= 1 && m.a - k <= 5 && s.sentence[k] === sent; k -= 1) {
      if (fills(BEAR, s.words[k]) && ['les', 'leur'].includes(at(s, k - 1, sent))) v = k;
      if (LAST.has(at(s, k, sent)) && asked) v = k;
    }
    if (v < 0) return -1;
  }
  // « … endurer encore longtemps, les … », « durer encore longtemps, les … » : how long after the verb.
  for (let k = v + 1; k < m.a; k += 1) if (HOW_LONG.has(at(s, k, sent))) return plain(s, v, m.a) ? v : -1;
  // Back to the question word, over the subject and modals only.
  // « Quand va-t-on arrêter de nourrir les … ? »: stopping, asked how long (not « pourquoi arrêter d'accueillir… ? »).
  let stop = false;
  for (let k = v - 1; k >= 0 && v - k <= 8 && s.sentence[k] === sent; k -= 1) {
    const w = at(s, k, sent);
    if (NEGATORS.has(w)) return -1;
    if (HOW_LONG.has(w)) return plain(s, k, m.a) ? k : -1;
    if (w === 'arreter' || w === 'cesser') stop = true;
    if (w === 'pourquoi' && (asked || whyLed(s, k)) && !stop && plain(s, k, m.a)) return k;
    if (w === 'comment' && asked && fills(LET, s.words[v]) && plain(s, k, m.a)) return k;
    if (!WHY_GAP.has(w) && !stop && s.hyphen[k] !== 1 && !['les', 'leur', 'longtemps'].includes(w)) return -1;
  }
  return -1;
}

/** « Y a-t-il un seul … honnête ? », « As-tu déjà vu un … travailler ? », « Existe-t-il un … qui ne soit pas violent ? ». */
function oneThatIs(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  // The determiner: « un … » (inside the mention) or before it (« un seul … », « une … »).
  let d = m.a;
  let only = false;
  if (!(m.head > m.a && ['un', 'une', 'des'].includes(at(s, m.a, sent)))) {
    d = m.a - 1;
    if (['seul', 'seule'].includes(at(s, d, sent))) {
      only = true;
      d -= 1;
    }
    if (!['un', 'une', 'des'].includes(at(s, d, sent))) return -1;
  }
  // The quality after the group: an adjective, « qui » + a quality or « qui ne soit pas … », or an infinitive (« vu un … travailler »).
  const after = at(s, m.b, sent) === 'qui' ? m.b + 1 : m.b;
  const good = only || fills(QUALITY, s.words[after]) || (after > m.b && (at(s, after, sent) === 'ne' || at(s, after, sent) === 'n'));
  if (!good || !asked) return -1;
  // « Un … honnête, ça existe ? »: the existence asked after.
  for (let k = after + 1; k < s.words.length && k - after <= 3 && s.sentence[k] === sent; k += 1) if (at(s, k, sent).startsWith('exist')) return d;
  for (let k = d - 1; k >= 0 && d - k <= 5 && s.sentence[k] === sent; k -= 1) {
    if (fills(EXIST, s.words[k]) && (at(s, k, sent) !== 'a' || at(s, k - 1, sent) === 'y')) return k;
  }
  return -1;
}

/** « Les … sont-ils vraiment des humains ? », « Est-ce que les … sont vraiment capables de… ? », « … ont-ils vraiment une âme ? ». */
function reallyHuman(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (!asked || !m.generic) return -1;
  for (let k = m.b; k < s.words.length && k - m.b <= 4 && s.sentence[k] === sent; k += 1) {
    if (!REALLY.has(at(s, k, sent))) continue;
    let h = k + 1;
    // « … ont-elles vraiment un cerveau ? »: a faculty of a person doubted, ending the question (not « un cerveau plus lent »).
    const one = ['un', 'une', 'du'].includes(at(s, h, sent));
    if (one || ['des', 'de', 'd'].includes(at(s, h, sent))) h += 1;
    return h < s.words.length && (!one || at(s, h + 1, sent) === '') && s.sentence[h] === sent && fills(HUMAN, s.words[h]) && plain(s, m.b - 1, h) ? m.a : -1;
  }
  return -1;
}

/** « Depuis quand les … ont le droit de… / peuvent… ? »: a right denied by asking since when they have it. */
function sinceWhen(s: Stream, m: Mention): number {
  const sent = s.sentence[m.a]!;
  if (at(s, m.a - 1, sent) !== 'quand' || at(s, m.a - 2, sent) !== 'depuis') return -1;
  const v = at(s, m.b, sent);
  const right = (v === 'ont' || v === 'a') && at(s, m.b + 1, sent) === 'le' && at(s, m.b + 2, sent) === 'droit' && isDe(at(s, m.b + 3, sent)) && at(s, m.b + 4, sent) !== 'vote';
  return right || RIGHT.has(v) ? m.a - 2 : -1;
}

/** Verbs of belief or claim after « qui peut / comment peut-on » (« croire », « prétendre », « affirmer que »). */
const BELIEVE = wordSet(['~croire', '~penser', '~pretendre', '~affirmer', '~soutenir', '~imaginer', '~dire', '~oser'], false);
/** Between the copula and the quality (« sont des gens honnêtes », « sont aussi intelligentes », « sont tous des êtres humains »). */
const QUALITY_GAP = new Set(['des', 'de', 'd', 'gens', 'personnes', 'etres', 'citoyens', 'aussi', 'tous', 'toutes', 'vraiment', 'reellement', 'tout', 'a', 'fait', 'bien', 'si', 'plus', 'tres', 'parfaitement', 'capables', 'dignes']);
const BE = new Set(['sont', 'seraient', 'soient', 'etaient', 'etre', 'seront', 'restent', 'demeurent', 'peuvent', 'veulent', 'savent', 'va', 'vont', 'est', 'soit']);
const HUMANITY = new Set(['humain', 'humains', 'humaine', 'humaines', 'humanite', 'confiance']);
/** What a people's ability to run its own affairs or to learn is said of, after « capables de » (not « capables de tuer »). */
const ABLE = wordSet(['~gerer', '~diriger', '~decider', '~comprendre', '~apprendre', '~occuper', '~conduire', '~gouverner'], false);

/**
 * « Qui peut encore croire que les … sont honnêtes ? », « Comment peut-on prétendre que les … sont
 * aussi intelligents que nous ? »: believing a good quality of the group asked as absurd denies it. The
 * same question about a bad quality (« Qui peut croire que les … sont des terroristes ? ») is counter-speech.
 */
function whoBelievesGood(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (!asked || !(m.generic || ['un', 'une'].includes(at(s, m.a, sent))) || !isQue(at(s, m.a - 1, sent))) return -1;
  let v = m.a - 2;
  // Insisted on or asked as possible (« qui peut encore… », « oserait… », « vraiment »): « Qui pense que… ? » may be a poll.
  let insist = false;
  while (v >= 0 && m.a - v <= 4 && s.sentence[v] === sent && INSIST.has(at(s, v, sent))) {
    insist = true;
    v -= 1;
  }
  if (v < 0 || s.sentence[v] !== sent || !fills(BELIEVE, s.words[v])) return -1;
  let who = -1;
  for (let k = v - 1; k >= 0 && v - k <= 6 && s.sentence[k] === sent; k -= 1) {
    const w = at(s, k, sent);
    if ((w === 'qui' || w === 'comment') && opensClause(s, k)) {
      who = k;
      break;
    }
    // Between « qui / comment » and the verb of belief: the subject and modals of « pourquoi » questions, insistence.
    if (!WHY_GAP.has(w) && !INSIST.has(w) && !fills(BELIEVE, s.words[k])) return -1;
    insist ||= INSIST.has(w) || w === 'encore' || fills(BELIEVE, s.words[k]);
  }
  if (who < 0 || !(insist || at(s, who, sent) === 'comment')) return -1;
  // The copula, then only gap words up to a good quality; a negation or « moins » makes it counter-speech.
  let k = m.b;
  if (!BE.has(at(s, k, sent))) return -1;
  k += 1;
  if (at(s, k, sent) === 'etre') k += 1;
  let able = false;
  for (; k < s.words.length && k - m.b <= 6 && s.sentence[k] === sent && QUALITY_GAP.has(at(s, k, sent)); k += 1) able ||= /^capables?$/.test(at(s, k, sent));
  // (« capables de s'occuper… »: the reflexive before the ability.)
  if (able && /^se?$/.test(at(s, k, sent))) k += 1;
  const w = at(s, k, sent);
  return w !== '' && (fills(QUALITY, s.words[k]) || HUMANITY.has(w) || (able && fills(ABLE, s.words[k]))) ? who : -1;
}

/** Being fed up (« tannés », « écœurés », « en avez pas marre »). */
const FED_UP = wordSet(['+tanne', '+ecoeure', '+fatigue', 'marre'], false);
/** « Vous êtes pas tannés des … ? », « T'en as pas marre des … ? »: the reader asked to share the speaker's weariness. */
function fedUp(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  const v = isDe(at(s, m.a - 1, sent)) ? m.a - 2 : m.a - 1;
  if (!asked || !fills(FED_UP, s.words[v]) || at(s, v - 1, sent) !== 'pas') return -1;
  for (let k = v - 2; k >= 0 && v - k <= 5 && s.sentence[k] === sent; k -= 1) if (READER.has(at(s, k, sent))) return k;
  return -1;
}

/** Giving something to a place or a society (« apporter », « amener », « donner », « contribuer », « bâtir »). */
const CONTRIBUTE = wordSet(['~apporter', '~amener', '~donner', '~contribuer', '~inventer', '~creer', '~batir', '~construire', '~produire', '~offrir', '~faire'], false);
/** The good asked for (« de bon », « de positif », « d'utile », « chose positive », « bonne chose »). */
const GOOD = new Set(['bon', 'bonne', 'positif', 'positive', 'positives', 'utile', 'utiles', 'valable', 'bien', 'constructif', 'constructive', 'interessant', 'interessante', 'benefique']);
/** Asking the reader to name it (« nommez-moi », « citez », « trouvez-moi », « donnez-moi un exemple », « j'attends »). */
const NAME_IT = wordSet(['~nommer', '~citer', '~trouver', '~donner', '~montrer', '~attendre', 'exemple'], false);
/** Auxiliaries and adverbs between the people and the verb of giving (« ont-ils déjà apporté »). */
const GIVE_GAP = new Set(['ont', 'a', 'ils', 'elles', 'vont', 'va', 'deja', 'vraiment', 'reellement', 'seulement', 'meme', 'bien', 'donc', 'au', 'juste']);

/**
 * « Qu'est-ce que les … ont apporté de bon ? », « Nommez-moi une seule chose positive que les … ont faite. J'attends. »:
 * the good a people gave asked for as if there were none. A real question about a contribution has no challenge
 * and no « de bon » (« Qu'est-ce que les … ont apporté à la cuisine d'ici ? »), or a negation (counted elsewhere).
 */
function nothingGood(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  let v = m.b;
  while (v < s.words.length && v - m.b <= 3 && s.sentence[v] === sent && GIVE_GAP.has(at(s, v, sent))) v += 1;
  if (v === m.b || !fills(CONTRIBUTE, s.words[v]) || !plain(s, m.b - 1, v)) return -1;
  // The good named before the people (« une chose positive que les … ») or after the verb (« … de bon »).
  let good = -1;
  if (isQue(at(s, m.a - 1, sent))) for (let k = m.a - 2; k >= 0 && m.a - k <= 4 && s.sentence[k] === sent; k -= 1) if (GOOD.has(at(s, k, sent))) good = k;
  for (let k = v + 1; good < 0 && k < s.words.length && k - v <= 4 && s.sentence[k] === sent; k += 1) if (GOOD.has(at(s, k, sent)) && isDe(at(s, k - 1, sent))) good = k;
  if (good < 0) return -1;
  // Asked, or the reader challenged to name it in the sentence or the next one.
  let challenged = asked;
  for (let k = Math.max(0, m.a - 8); !challenged && k < s.words.length && k - m.a <= 20 && s.sentence[k]! <= sent + 1; k += 1) challenged = s.sentence[k]! >= sent && fills(NAME_IT, s.words[k]) && k !== v;
  return challenged ? good : -1;
}

/** More of them (« plus de », « d'autres », « encore des »), between « besoin » and the people: the gap of bearing verbs. */
const more = (w: string): boolean => BEAR_GAP.has(w) || w === 'des';
/**
 * « Est-ce qu'on a vraiment besoin de plus de … ? », « On a-tu vraiment besoin d'autres … icitte ? »: whether we
 * need a people, asked with insistence, says we do not (« on a pas besoin de … » is read as a statement). A
 * question without insistence may be a real one (« a-t-on besoin de plus d'immigrants pour les postes ? »), and
 * what is needed for them (« besoin de plus d'interprètes pour les … ») is no frame.
 */
function needMore(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  let v = m.a - 1;
  while (v >= 0 && m.a - v <= 3 && s.sentence[v] === sent && more(at(s, v, sent))) v -= 1;
  if (at(s, v, sent) !== 'besoin') return -1;
  let insist = false;
  let particle = asked;
  let k = v - 1;
  // Back to the asker over the subject, the verb and the particle (the gap of « pourquoi » questions).
  for (; k >= 0 && v - k <= 7 && s.sentence[k] === sent && (WHY_GAP.has(at(s, k, sent)) || ['a', 'avons'].includes(at(s, k, sent))); k -= 1) {
    const w = at(s, k, sent);
    insist ||= INSIST.has(w);
    particle ||= w === 'tu' || w === 'ce' || w === 'nous' || s.hyphen[k] === 1;
  }
  return insist && particle && plain(s, k, v) ? v : -1;
}

/** What may stand before « normal » in the asking: « est-ce (que c'est) », « c'est-tu », « trouvez-vous ça », an insistence. */
const NORMAL_GAP = new Set(['est', 'ce', 'que', 'qu', 'c', 'cest', 'tu', 'ca', 'vraiment', 'trouvez', 'vous', 'trouves', 'trouve', 'serieusement', 'franchement', 'honnetement', 'serieux', 'donc']);
/** Letting or allowing someone to do (« qu'on laisse des … conduire », « qu'on permette aux … de… »). */
const LET_DO = wordSet(['~laisser', '~permettre', 'permette', 'permettent', 'permet'], false);
/** What the people undergo, wait for or lack: a worry for them (« que les aînés attendent », « que des … meurent de froid »). */
const UNDERGO = wordSet([...hardshipVerbs, '~attendre', '~manquer', '~perdre', '~dormir', '~devoir', '~vivre', '~rester', '~chercher', '~payer', '~recevoir', '~etre'], false);
/** The clitics and adverbs between the people and their verb (« que les … nous ralentissent », « qu'une … se plaigne »). */
const VERB_GAP = new Set(['nous', 'se', 's', 'y', 'en', 'leur', 'les', 'encore', 'toujours', 'meme', 'juste', 'vraiment']);

/**
 * « Est-ce normal que les … achètent toutes les maisons ? », « C'est-tu normal qu'on laisse des … enseigner ? »: asking
 * whether what a people does is normal says it is not. The people must be the doer: what they wait for, suffer or lack
 * (« que les aînés attendent quatre heures », « qu'on laisse des aînés seuls »), a passive (« se fassent exploiter ») or a
 * negation (« aient pas accès ») is a worry for them and stays clean.
 */
function normalThat(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  let k = m.a - 1;
  let letting = false;
  // « C'est-tu normal d'engager des … ? »: a people's hiring asked « normal » doubts they can do the job (a negation before
  // the verb, « normal de ne pas engager de … », is no « de » right before it).
  const hire = m.generic && /^(?:engag|embauch)/.test(at(s, k, sent)) && isDe(at(s, k - 1, sent)) && NORMAL.has(at(s, k - 2, sent));
  if (hire) k -= 1;
  if (at(s, k, sent) === 'a' || at(s, k, sent) === 'aux') k -= 1;
  if (fills(LET_DO, s.words[k]) && at(s, k - 1, sent) === 'on') {
    letting = true;
    k -= 2;
  }
  if (!(hire || isQue(at(s, k, sent))) || !NORMAL.has(at(s, k - 1, sent))) return -1;
  // Back to where the asking opens, over its own words only; « est-ce », « -tu » or a question mark makes it asked.
  let j = k - 2;
  let particle = false;
  for (; j >= 0 && k - j <= 8 && s.sentence[j] === sent && s.brk[j + 1] === 0 && NORMAL_GAP.has(at(s, j, sent)); j -= 1) particle ||= at(s, j, sent) === 'tu' || (at(s, j, sent) === 'ce' && at(s, j - 1, sent) === 'est') || at(s, j, sent) === 'trouvez';
  if (!(particle || asked) || !(j < 0 || s.sentence[j] !== sent || s.brk[j + 1] !== 0)) return -1;
  if (hire) return k - 1;
  // The people's verb after them: an infinitive when let, a finite verb of doing otherwise.
  let v = m.b;
  while (v < s.words.length && v - m.b <= 2 && VERB_GAP.has(at(s, v, sent))) v += 1;
  const w = at(s, v, sent);
  // A negation after them (« aient pas accès ») is a lack; « plus » there is more (« aient plus de droits »).
  for (let k = m.b; k < s.words.length && k - m.b <= 5 && s.sentence[k] === sent; k += 1) if (at(s, k, sent) !== 'plus' && NEGATORS.has(at(s, k, sent))) return -1;
  if (w === '') return -1;
  if (!letting) return fills(UNDERGO, s.words[v]) || ((w === 'fassent' || w === 'fasse') && v > m.b) ? -1 : k - 1;
  // Let to do: the infinitive right after them, or after « de » (which the mention may have taken in: « aux … de garder »).
  for (let i = m.head + 1; i <= m.b && i < s.words.length; i += 1) {
    const x = at(s, i, sent);
    const inf = x === 'de' || x === 'd' ? i + 1 : x !== '' && infinitive(s, i) ? i : -1;
    if (inf >= 0) return at(s, inf, sent) !== '' && infinitive(s, inf) && !fills(UNDERGO, s.words[inf]) ? k - 1 : -1;
  }
  return -1;
}

/** Must or should (« on devrait », « faudrait », « je dois »): « pourquoi » with one asks for a duty the speaker refuses (not « pourquoi faut-il aider… ? », which asks for reasons). */
const DUTY = new Set(['devrait', 'devrais', 'devrions', 'devraient', 'faudrait', 'dois', 'devons']);
/** Duties owed to a people that the refusal names (paying, welcoming, integrating, apologizing, housing…), with the bearing verbs. */
const OWE = wordSet(['~integrer', '~excuser', '~offrir', '~fournir', '~donner', '~construire', '~heberger',
  // « payer » in the conditional with its « ie » spelling, which the paradigm (« payeraient ») does not give.
  'paierais', 'paierait', 'paierions', 'paieriez', 'paieraient'], false);
/** What ends the duty's reach: another clause (« alors que les loyers… », « quand les … »). */
const DUTY_STOP = new Set(['alors', 'quand', 'pendant', 'si', 'parce', 'mais', 'puisque', 'car']);
/** What may open the people after the duty's verb and its thing: a preposition, a determiner, a « que » clause. */
const OWED_TO = new Set(['pour', 'a', 'aux', 'les', 'des', 'ces', 'que', 'qu', 'avec']);

/**
 * « Pourquoi on devrait payer des appartements pour les … ? », « Pourquoi faudrait intégrer les … dans nos classes ? »: a
 * duty toward a people asked « why » refuses it, even when a thing stands between the verb and the people. A negation
 * (« pourquoi on devrait pas aider les … »), fear (« avoir peur des … », not a duty) or the people suffering after
 * « que » (« accepter que des … se fassent suivre ») stays clean; an answer in the next sentence is read by the caller.
 */
function whyShouldWe(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  const lead = whyLed(s, m.a);
  if (!(asked || lead) || !OWED_TO.has(at(s, m.a - 1, sent)) && !(m.head > m.a && OWED_TO.has(at(s, m.a, sent)))) return -1;
  // Back from the people to the duty's verb (a bearing or owing verb), within a few words of one clause.
  let v = m.a - 1;
  for (; v >= 0 && m.a - v <= 7 && s.sentence[v] === sent && s.brk[v + 1] === 0; v -= 1) {
    if (DUTY_STOP.has(at(s, v, sent))) return -1;
    if (fills(BEAR, s.words[v]) || fills(OWE, s.words[v])) break;
  }
  if (v < 0 || s.sentence[v] !== sent || !(fills(BEAR, s.words[v]) || fills(OWE, s.words[v])) || !plain(s, v, m.a)) return -1;
  // « accepter que des … se fassent suivre »: the people suffer what is accepted.
  if (isQue(at(s, m.a - 1, sent)) && ['se', 's'].includes(at(s, m.b, sent)) && ['fassent', 'fasse', 'font'].includes(at(s, m.b + 1, sent))) return -1;
  // Then the duty and « pourquoi » opening the sentence, over the subject and « est-ce que ». A conditional (« pourquoi mes taxes
  // paieraient… ») asks the duty as much as « devrait »; so does « our own » going without (« … quand nos aînés ont faim »).
  let duty = CONDITIONAL.test(at(s, v, sent)) || ourOwnAfter(s, m.b, sent);
  for (let k = v - 1; k >= 0 && v - k <= 8 && s.sentence[k] === sent; k -= 1) {
    const w = at(s, k, sent);
    if (NEGATORS.has(w)) return -1;
    // « Pourquoi nos taxes payent… »: public money as the payer refuses the duty as much as « devrait ».
    duty ||= DUTY.has(w);
    if (w === 'pourquoi') return duty && (opensClause(s, k) || lead) ? k : -1;
    if (!WHY_GAP.has(w) && !DUTY.has(w) && !PAYER.has(w) && s.hyphen[k] !== 1) return -1;
  }
  return -1;
}

/** Who pays, between « pourquoi » and the verb (« pourquoi mes taxes paieraient… »), with the clitics. */
const PAYER = new Set(['se', 's', 'nous', 'moi', 'les', 'leur', 'mes', 'taxes', 'impots', 'argent', 'on']);
/** « Our own » a favour to a people is set against (« quand nos aînés… », « alors que nos jeunes… », « pendant que nous… »). */
const CONTRAST = new Set(['quand', 'alors', 'pendant', 'tandis', 'lorsque']);
const OWN = wordSet(['+aine', 'vieux', 'vieilles', '+jeune', '+enfant', '+famille', '+citoyen', '+propre', 'monde', 'gens', '+itinerant', '+veteran', '+malade', '+pauvre', '+parent', '+contribuable', '+travailleur', '+etudiant', '+ancien', '+retraite', '+personne'], false);
function ourOwnAfter(s: Stream, b: number, sent: number): boolean {
  for (let k = b; k - b < 6 && at(s, k, sent); k += 1) {
    if (!CONTRAST.has(at(s, k, sent))) continue;
    let j = k + 1;
    if (at(s, j, sent) === 'que' || at(s, j, sent) === 'qu') j += 1;
    if (at(s, j, sent) === 'nous') return true;
    return (at(s, j, sent) === 'nos' || at(s, j, sent) === 'notre') && fills(OWN, s.words[j + 1]);
  }
  return false;
}
/**
 * What asks « why » as much as « pourquoi » opening the sentence: not understanding or not seeing why (« je comprends pas
 * pourquoi », « je vois pas pourquoi »), asking to be told (« quelqu'un peut m'expliquer pourquoi »). Understanding (« je comprends
 * pourquoi ») or an explanation given (« la Ville a expliqué pourquoi ») is none.
 */
const WHY_LEAD = compile(["je|j' ne|n'? comprends|vois pas pourquoi", "quelqu' un? peut|pourrait m' expliquer pourquoi"]);
/** « Pourquoi » as the sentence's first word, or after one of the frames above: a rhetorical « why » even written without its question mark (« POURQUOI ON PAYE… »). */
function whyLed(s: Stream, k: number): boolean {
  let j = k;
  while (j > 0 && s.sentence[j - 1] === s.sentence[k]) j -= 1;
  return s.wordKeys[j]! === 'pourquoi' || matchAt(s, WHY_LEAD, j) > 0;
}

/** Roles of trust and authority a member of a people is sneered at in (« une femme chef des pompiers ? »), lexicon-predicates.ts. */
export const ROLE = wordSet([TRUSTED_ROLES, '+cheffe|+enseignant|+prof|+professeur|+infirmier|+chauffeur|+educateur|+capitaine|+agent|+depute'], false);
/** What sneers at the question just asked (« Sérieux? », « Voyons donc », « lol »): a mocking reaction, not an answer. */
export const SNEER = new Set(['serieux', 'serieusement', 'voyons', 'franchement', 'lol', 'mdr', 'haha', 'ha', 'pff', 'ouin', 'come', 'hein']);
/** Laughing or eye-rolling symbols after the question. */
const SNEER_SYMBOL = /[\u{1F602}\u{1F923}\u{1F644}\u{1F606}\u{1F921}\u{1F926}\u{1F601}\u{1F60F}\u{1F612}]/u;
/** Verdicts on fitness asked after the role (« …, c'est-tu responsable ? », « est-ce vraiment prudent ? »). */
const FIT = new Set(['responsable', 'serieux', 'prudent', 'raisonnable', 'securitaire', 'normal']);

/**
 * « Une femme chef des pompiers ? Sérieux ? 🙄 », « Un … comme juge ? lol », « Une femme enceinte comme mairesse, c'est-tu
 * responsable ? »: a member of a people in a role of trust, asked about with a sneer or a doubt on fitness, says they are
 * unfit for it. A welcome (« … ? Bravo! »), an answer (« … ? Oui, depuis mars. ») or another question (« c'est-tu possible
 * de prendre un congé ? ») stays clean.
 */
function roleSneered(s: Stream, m: Mention, asked: boolean, tokens: readonly Token[]): number {
  const sent = s.sentence[m.a]!;
  if (!asked || !opensClause(s, m.a)) return -1;
  let r = m.b;
  if (at(s, r, sent) === 'comme') r += 1;
  if (!fills(ROLE, s.words[r])) return -1;
  // The role and its complement (« chef de police », « directrice générale ») end the clause within a few words.
  let e = r + 1;
  while (e < s.words.length && e - r <= 4 && s.sentence[e] === sent && s.brk[e] === 0) e += 1;
  if (e < s.words.length && s.sentence[e] === sent) {
    // « …, c'est-tu vraiment responsable ? »: a verdict of fitness asked in the same sentence.
    for (let k = e; k < s.words.length && k - e <= 7 && s.sentence[k] === sent; k += 1) if (FIT.has(at(s, k, sent))) return m.a;
    return -1;
  }
  // Otherwise a sneer right after the question: its next word, or a laughing or eye-rolling symbol.
  if (e < s.words.length && SNEER.has(s.wordKeys[e]!)) return m.a;
  const end = s.words[e - 1]!.end;
  // Binary search for the first token after the question's last word: a bounded look, never a walk from the start.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let t = lo; t < tokens.length && t - lo < 6; t += 1) {
    const tok = tokens[t]!;
    if (tok.kind === 'word' || tok.start - end > 12) break;
    if (tok.kind === 'symbol' && SNEER_SYMBOL.test(tok.norm)) return m.a;
  }
  return -1;
}

/** Having a right, said or supposed (« ont », « aurait », « auraient »), and what may stand before « le droit » (« encore », « vraiment »). */
const HAVE = new Set(['ont', 'a', 'aurait', 'auraient', 'avait', 'avaient']);
const RIGHT_GAP = new Set(['encore', 'vraiment', 'meme', 'toujours', 'deja']);
/** « Pourquoi les … ont le droit de dormir dans le parc ? », « pourquoi un … aurait le droit d'enseigner ? »: a right asked why, denied. */
function whyRight(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (at(s, m.a - 1, sent) !== 'pourquoi' || !((asked && opensClause(s, m.a - 1)) || whyLed(s, m.a)) || !HAVE.has(at(s, m.b, sent))) return -1;
  let k = m.b + 1;
  while (k - m.b <= 2 && RIGHT_GAP.has(at(s, k, sent))) k += 1;
  return at(s, k, sent) === 'le' && at(s, k + 1, sent) === 'droit' && isDe(at(s, k + 2, sent)) && at(s, k + 3, sent) !== 'vote' ? m.a - 1 : -1;
}

/** Squandering verbs (« gaspiller », « garrocher », « flamber ») and the public money squandered (« nos taxes », « des millions »). */
const WASTE = wordSet(['~gaspiller', '~garrocher', '~flamber', '~dilapider', '~jeter', '~engloutir', '~bruler'], false);
const MONEY = new Set(['taxes', 'impots', 'argent', 'millions', 'milliards', 'piasses', 'piastres', 'cash', 'fonds', 'ressources', 'dollars', 'budget', 'budgets']);
const MONEY_DET = new Set(['nos', 'notre', 'mes', 'des', 'de', 'd', 'l', 'les', 'leur', 'autant']);
const SPENT_ON = new Set(['pour', 'a', 'aux', 'au', 'sur', 'dans']);
/**
 * « Pourquoi on gaspille nos taxes pour les … ? », « la ville garroche notre argent aux … ? »: public money squandered on a
 * people, asked, says they are not worth it. Money « prévu pour » them (« l'argent qui était prévu… »), « pour rien » then
 * another clause, or a negation stays clean: the preposition must follow the money, the people within a few words after.
 */
function wasteOn(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (!asked && !whyLed(s, m.a)) return -1;
  for (let k = m.a - 1; k >= 0 && m.a - k <= 8 && s.sentence[k] === sent && s.brk[k + 1] === 0; k -= 1) {
    const w = at(s, k, sent);
    if (NEGATORS.has(w) || DUTY_STOP.has(w) || w === 'qui' || w === 'que') return -1;
    if (!MONEY.has(w) || !SPENT_ON.has(at(s, k + 1, sent))) continue;
    let v = k - 1;
    if (MONEY_DET.has(at(s, v, sent))) v -= 1;
    return v >= 0 && s.sentence[v] === sent && fills(WASTE, s.words[v]) ? v : -1;
  }
  return -1;
}

/** « Les …, on les endure jusqu'à quand ? », « les … on les fait vivre combien de temps encore ? »: a people named first, borne how long. */
const HOW_LONG_ASKED = new Set(['jusqu', 'jusquou', 'combien', 'longtemps']);
function leftHowLong(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (!asked || !opensClause(s, m.a) || !m.generic) return -1;
  for (let k = m.b; k - m.b <= 4 && at(s, k, sent); k += 1) {
    if (!['les', 'leur'].includes(at(s, k, sent)) || !fills(BEAR, s.words[k + 1])) continue;
    for (let j = k + 2; j - k <= 6 && at(s, j, sent); j += 1) if (HOW_LONG_ASKED.has(at(s, j, sent))) return plain(s, m.b - 1, j) ? m.a : -1;
    return -1;
  }
  return -1;
}

/** A people weighed as a burden in a poll (« les …, une richesse ou un fardeau ? », « les … au volant, danger public oui ou non ? »). */
const BURDEN = new Set(['fardeau', 'fardeaux', 'menace', 'danger', 'probleme', 'plaie', 'fleau', 'boulet', 'nuisance', 'poids']);
const POLL_GAP = new Set(['un', 'une', 'des', 'richesse', 'chance', 'atout', 'bienfait', 'avantage', 'ou', 'oui', 'non', 'pas', 'public', 'publique']);
function poll(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  if (!asked || !m.generic || s.brk[m.b] !== CLAUSE) return -1;
  let or = false;
  let burden = false;
  for (let k = m.b; k - m.b < 8 && at(s, k, sent); k += 1) {
    const w = at(s, k, sent);
    if (w === 'pour' || w === 'ici') break;
    if (BURDEN.has(w)) burden = true;
    else if (w === 'ou') or = true;
    else if (!POLL_GAP.has(w)) return -1;
  }
  return or && burden ? m.a : -1;
}

/** A people's places of worship and religious dress, asked about as one more or too many. */
const SYMBOL = wordSet([...peopleWorship, ...religiousDress], false);
/** Where, after the symbol, in the few words the bare question may end with (« … icitte ? », « … dans le quartier ? »). */
const WHERE_TAIL = new Set(['ici', 'icitte', 'en', 'ville', 'au', 'a', 'dans', 'le', 'la', 'l', 'notre', 'nos', 'mon', 'ma', 'quartier', 'coin', 'region', 'quebec', 'pays', 'province', 'rue', 'encore', 'la-dedans', 'astheure']);
/**
 * « Pourquoi encore des mosquées ? », « Trop de voiles icitte ? », « Encore une synagogue ? »: a bare question counting a
 * people's places of worship or dress as one too many. Anything more said of the thing (« … vandalisées ? », « … fermée ? »,
 * « des places à la … ») or an answer after it stays clean.
 */
function symbolCounted(s: Stream, k: number, asked: Uint8Array): [number, number] | null {
  const sent = s.sentence[k]!;
  if (!asked[sent] || !fills(SYMBOL, s.words[k])) return null;
  let a = k - 1;
  if (!['des', 'une', 'un', 'de', 'd'].includes(at(s, a, sent))) return null;
  a -= 1;
  if (at(s, a, sent) === 'plus' && at(s, a - 1, sent) === 'encore') a -= 1;
  else if (at(s, a, sent) !== 'encore' && !(at(s, a, sent) === 'trop' && at(s, a + 1, sent) !== 'des')) return null;
  if (at(s, a - 1, sent) === 'pourquoi') a -= 1;
  if (a > 0 && s.sentence[a - 1] === sent) return null;
  let e = k + 1;
  for (; e < s.words.length && s.sentence[e] === sent; e += 1) if (e - k > 4 || !WHERE_TAIL.has(at(s, e, sent))) return null;
  return answered(s, k) ? null : [a, k + 1];
}

/** The mention with a people's adjective read as its own mention right after it (« une femme | voilée »): one person. */
function whole(g: Groups, m: Mention): Mention {
  const next = mentionAt(g, g.startingAt[m.b]);
  return next && next.identity && next.head === next.a && next.b === m.b + 1 ? { ...m, b: next.b } : m;
}

/**
 * A people's basic decency asked as a yes-no question (« Les … sont-ils capables de respecter une femme ? », « les … sont-tu
 * honnêtes ? », « est-ce qu'un … peut être fiable ? »): asking whether a whole people can be honest says it cannot. Only moral
 * qualities and acts (honest, trustworthy, civilised, to respect, to fit in), not abilities a sincere question weighs
 * (« capables de marcher jusqu'au centre ? », « bienvenus au souper ? »). The question must be marked: an inverted pronoun,
 * the Québec « -tu », « est-ce que » or an insistence (« vraiment »), and hold no negation.
 */
const CAN_BE = new Set(['sont', 'est', 'peuvent', 'peut']);
function decencyAsked(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  // One member with « un » stands for any (« est-ce qu'un … peut être honnête ? »).
  if (!asked || !(m.generic || at(s, m.a, sent) === 'un' || at(s, m.a, sent) === 'une')) return -1;
  let v = m.b;
  // Over a short relative clause (« les … qui arrivent ici sont-ils… »), to an inverted verb.
  if (at(s, v, sent) === 'qui') for (let j = v + 2; j - v <= 6 && at(s, j, sent); j += 1) if (CAN_BE.has(at(s, j, sent)) && s.hyphen[j + 1] === 1) v = j;
  if (!CAN_BE.has(at(s, v, sent))) return -1;
  // Marked as a question: « est-ce que » before the people, « -ils » or « -tu » after the verb, or « vraiment ».
  let marked = at(s, m.a - 2, sent) === 'ce';
  let k = v + 1;
  for (; k - v <= 6 && (s.hyphen[k] === 1 || at(s, k, sent) === 'tu' || DECENCY_GAP.has(at(s, k, sent))); k += 1) marked ||= !DECENCY_GAP.has(at(s, k, sent)) || REALLY.has(at(s, k, sent));
  return marked && plain(s, m.b - 1, k) && fills(QUALITY, s.words[k]) && /^(?:[^bgut]|respect|integr)/.test(at(s, k, sent)) && !/^[^ri].*(?:er|ir)$/.test(at(s, k, sent)) ? m.a : -1;
}
const DECENCY_GAP = new Set(['vraiment', 'reellement', 'etre', 'capables', 'capable', 'de', 'd', 'se', 's']);

/**
 * What a people is said to keep doing as a nuisance, right after it and with the habit said (« toujours », « tout le temps »):
 * complaining and the vices of a way of life, imposing and demanding, flaunting, needing to tell it, noise and trouble. What they
 * undergo (« attendent toujours », « se font toujours arrêter », « doivent toujours se battre ») is none of these. The last entry
 * is a need of theirs doubted (« ont-tu vraiment besoin de s'exhiber / d'un autre centre ? »), not « se montrer reconnaissants ».
 */
const HABIT_DO = compile([
  "se|s'|nous? " + VICE + "|~imposer|~exiger toujours|partout|tout",
  "ont|a|doivent|font toujours|tout le? temps? besoin? de|d'? faire? se|s'|nous|du|des? ~imposer|~exiger|~exhiber|~crier|~dire|bruit|trouble",
  "ont|a tu|ils|elles vraiment besoin de|d' se|s'|un|une? ~exhiber|~afficher|~imposer|autre",
]);
/**
 * « Pourquoi les … se plaignent toujours ? », « pourquoi les … ont toujours besoin de crier… ? », « Pourquoi les … font tout le
 * temps du bruit ? »: a habit of nuisance asked « why » of a whole people says it of them; « Les … ont-tu vraiment besoin d'un
 * autre centre ? » doubts a need of theirs. A negation after (« … se plaignent toujours qu'il y a rien à faire »: a lack voiced
 * for them) stays clean.
 */
function habitAsked(s: Stream, m: Mention, asked: boolean): number {
  const sent = s.sentence[m.a]!;
  const e = m.generic ? matchAt(s, HABIT_DO, m.b) : -1;
  if (e < 0) return -1;
  for (let k = e; k < e + 6; k += 1) if (NEGATORS.has(at(s, k, sent))) return -1;
  if (at(s, m.a - 1, sent) === 'pourquoi') return asked || whyLed(s, m.a) ? m.a - 1 : -1;
  return asked && opensClause(s, m.a) && at(s, m.b + 2, sent) === 'vraiment' ? m.a : -1;
}

/** Asking the reader for a proof (« qu'on me prouve que », « prouvez-moi que »). */
const PROVE = wordSet(['~prouver', '~demontrer'], false);
/**
 * « Qu'on me prouve que les … volent pas », « prouvez-moi qu'un seul … a travaillé »: the reader dared to prove the slight
 * false, or to find a single decent one, asserts the slight. Proof asked of the slight itself (« prouvez-moi que les … volent
 * nos jobs ») is counter-speech: only a negated claim or « un seul » counts, and not a right or a virtue denied (« prouvez-moi qu'un
 * … a pas le droit de parler », « … travaillent pas »), which the dare defends.
 */
function burdenShifted(s: Stream, m: Mention): number {
  let one = false;
  for (let k = m.head - 1; k >= 0 && m.head - k < 7 && s.sentence[k] === s.sentence[m.a]; k -= 1) {
    one ||= /^seule?$/.test(s.wordKeys[k]!);
    if (fills(PROVE, s.words[k])) return [k - 1, k + 1].some((j) => /^m(?:e|oi)?$/.test(at(s, j, s.sentence[k]!))) && (one || (!plain(s, m.b - 1, m.b + 5) && ![0, 1, 2, 3].some((j) => RIGHT.has(at(s, m.b + j, s.sentence[k]!))))) ? k : -1;
  }
  return -1;
}

/** Warnings on identity groups inside rhetorical questions no other frame judged. */
export function findQuestions(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  if (s.words.length === 0) return out;
  const g = groupsOf(s);
  const asked = askedSentences(s, tokens);
  for (const m of g.mentions) {
    if (!m.identity) continue;
    // The claim after « prouvez-moi que » may have been read and then dropped as reported: the frame takes it back.
    const burden = burdenShifted(s, m);
    if (judged[m.head] && burden < 0) continue;
    const sent = s.sentence[m.a]!;
    const q = asked[sent] === 1;
    // The belief asked about is reported words by form (« croire que… »): only the question itself may be reported or denounced.
    const good = burden >= 0 ? burden : whoBelievesGood(s, m, q);
    const habit = habitAsked(s, m, q);
    const from = good >= 0 ? good : habit >= 0 ? habit : [whoWants(s, m, q), whatFor(s, m), howLongWhy(s, m, q), oneThatIs(s, m, q), reallyHuman(s, m, q), sinceWhen(s, m), fedUp(s, m, q), nothingGood(s, m, q), needMore(s, m, q), normalThat(s, m, q), whyShouldWe(s, m, q), roleSneered(s, whole(g, m), q, tokens), whyRight(s, whole(g, m), q), poll(s, m, q), wasteOn(s, m, q), leftHowLong(s, m, q), decencyAsked(s, whole(g, m), q)].find((k) => k >= 0) ?? -1;
    if (from < 0 || judged[from]) continue;
    const a = Math.min(from, m.a);
    let b = Math.max(m.b, from + 1);
    // The habit's whole clause is the statement (« … se plaignent toujours du racisme »): what they complain of is no verdict on it.
    if (from === habit) while (at(s, b, sent) && b - m.b < 9 && !s.brk[b]) b += 1;
    // A challenge is no question: « … vous pourrez pas » after it is its dare, not an answer.
    if ((burden < 0 && answered(s, m.a)) || weighed(s, m.b) || (good >= 0 ? isReported(s, sc, a, a + 1) : isReported(s, sc, a, b))) continue;
    out.push({ kind: 'hate', severity: 'warning', a, b, doubtful: 'question' });
  }
  // A question on a people the asker answers at once siding with the slight (« Est-ce normal d'avoir peur des … ? Moi je
  // trouve que oui. », « Peut-on faire confiance à un … ? Moi je pense pas. »): the speaker's own claim, a warning to check.
  let mentioned = -1;
  for (const m of g.mentions) {
    const sent = s.sentence[m.a]!;
    if (!m.identity || !asked[sent] || judged[m.head] || sent === mentioned) continue;
    let j = m.b;
    while (j < s.words.length && j - m.b < 40 && s.sentence[j] === sent) j += 1;
    if (j >= s.words.length || s.sentence[j] !== sent + 1 || !sidesWithSlight(s, Math.max(0, m.a - 30), j) || isReported(s, sc, m.a, m.b)) continue;
    mentioned = sent;
    if (!out.some((h) => s.sentence[h.a] === sent)) out.push({ kind: 'hate', severity: 'warning', a: m.a, b: m.b, doubtful: 'question' });
  }
  for (let k = 0; k < s.words.length; k += 1) {
    const span = symbolCounted(s, k, asked);
    if (span && !judged[k] && !isReported(s, sc, span[0], span[1])) out.push({ kind: 'hate', severity: 'warning', a: span[0], b: span[1], doubtful: 'question' });
  }
  return out;
}
