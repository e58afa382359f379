/**
 * Threats and wishes of harm against a person, as frames (lexicon-person.ts):
 * - speaker + (future, will, object pronoun…) + harm verb (« je vais te casser la gueule », « on va
 *   te retrouver » when nothing follows, « je te tuerai »);
 * - consequences promised to « tu / vous » (« tu vas le regretter », « je sais où tu restes »);
 * - a wish + what is wished (« j'espère que tu crèves », « tu mérites de te faire tabasser ») and
 *   orders of self-harm (« va crever », « pends-toi »).
 * A negated frame (« je ne vais pas te… ») is left alone; a reported one is a warning.
 */
import type { WordHit } from './hit.ts';
import { lemma } from '../lemma.ts';
import { auxiliaries, consequences, harmBare, harmDirect, harmWished, objects, selfHarm, speakers, wishes } from './lexicon-person.ts';
import { DEAD, findDoom, WISH } from './doom.ts';
import { findExclusion } from './exclusion.ts';
import { antecedent, groupsOf, mentionAt, type Groups, type Mention } from './groups.ts';
import { objectOfClause, relativeHead } from './relative.ts';
import { adverbials, advised, approved, armedFor, deadGood, deathFigures, takeCare, veiled, vigilante, stalking, vouched, noneSurvive, unworthy, betterWithout, cruelDeath, deserved, groupDoom, impact, massViolence, harmFigures, passiveHarm, placeHarm, roles, noneAlive, personViolence, weapons, promisedBeating, comeuppance, callGap, harmCalls, objectGap, suffer, violence, worship, wrongdoers } from './lexicon-threat.ts';
import { compile, DETERMINER_WORDS, fills, findAllIn, keyOf, matchAt, wordSet, isQue, isDe } from './patterns.ts';
import { isNegated, isReported, scopeOf, type Scope } from './scope.ts';
import { CLAUSE, SENTENCE, type Stream } from './stream.ts';
import { goodDeath } from './calm-death.ts';

const SPEAKERS = wordSet(speakers);
const AUX = wordSet(auxiliaries);
const OBJECTS = wordSet(objects);
const HARM = compile(harmDirect);
const HARM_BARE = compile(harmBare);
const CONSEQUENCES = compile(consequences);
const WISHES = compile(wishes);
const WISHED = compile(harmWished);
const SELF_HARM = compile(selfHarm);
const PROPERTY_HARM = wordSet(['~bruler', '~crever', '~casser', '~peter', '~defoncer', '~tuer', '~saccager', '~vandaliser', '~egorger', '~violer', '~incendier', '~fracasser', '~exploser', '~scrapper']);
/** « un coup de main, de pouce, de fil, d'œil… »: a « coup » that is no blow. */
const HELPING_BLOWS = new Set(['main', 'pouce', 'fil', 'telephone', 'oeil', 'balai', 'coeur', 'chance', 'genie', 'vent', 'frais', 'neuf', 'projecteur', 'pinceau', 'crayon', 'envoi', 'sonde', 'theatre', 'soleil', 'gueule', 'rein', 'reins', 'cle']);
const ERASE = wordSet(['~rayer', '~effacer']);
const WORLD = new Set(['carte', 'surface', 'face', 'planete', 'terre', 'monde', 'map']);
/** Worked to death (« se tuer au travail, à la tâche »). */
const WORK = new Set(['travail', 'tache', 'ouvrage', 'job', 'gym', 'entrainement', 'ecole', 'etude']);
/** Orders to die that make a sentence alone (« Crève! »). */
const DIE = new Set(['creve', 'crevez', 'meurs', 'mourez', 'crevee']);
const NEEDS_END = new Set(['payer', 'regretter', 'payerai', 'payera', 'regretteras', 'payeras']);
const POSSESSIVE = new Set(['ta', 'ton', 'tes', 'votre', 'vos']);
/** Sent to do it, or the speaker joining in (« allons… »). */
const GO = new Set(['va', 'allez', 'vas', 'allons']);
const NOT_HARM_AFTER = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'au', 'aux', 'a', 'sur', 'dans', 'chez', 'en', 'pour', 'avec', 'demain', 'bientot', 'ce', 'cette', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ici', 'la-bas', 'du', 'de', 'd', 'l']);

/**
 * « je ne pense pas à… », « je suis pas prêt à… »: the intention standing right before a call (over at most three words
 * of its clause) is denied; « je n’hésiterai pas à… », « je ne m’arrêterai pas avant… » assert it.
 */
export function deniedBefore(s: Stream, a: number): boolean {
  let denied = false;
  // « Il n'y a rien de mal à… »: the « ne » is the call's own « rien ».
  if (s.wordKeys[a]! === 'rien') return false;
  // « On ne sera pas en paix tant qu'on n'aura pas… », « faudra pas pleurer quand on les aura… »: the call opens its own clause.
  if (['tant', 'quand', 'lorsque', 'lorsqu'].includes(s.wordKeys[a]!)) return false;
  for (let k = a - 1; k >= 0 && a - k <= 3 && s.sentence[k] === s.sentence[a] && s.brk[k + 1] === 0; k -= 1) {
    const w = s.wordKeys[k]!;
    // « ils ne croient pas que je vais… »: a « que » opens the clause, the negation is the matrix's.
    if (w === 'que' || w === 'qu') return false;
    if (/^(?:hesit|tard|crain|peur|empech|retien|retenir|arret|cess|lach|recul|renonc)/.test(w)) return false;
    // (A « ne » right before the call is the call's own: « N'est-il pas temps de… ? ».)
    if (['pas', 'jamais', 'point', 'aucunement', 'nullement'].includes(w) || (k < a - 1 && (w === 'ne' || w === 'n'))) denied = true;
  }
  return denied;
}

/**
 * A people let die as an order or a duty: « Laissez-les crever de froid, ces… », « Laissez crever les… », « qu'on les
 * laisse mourir de faim », « faudrait laisser les… pourrir ». The plight after the verb (« de froid ») is the point here.
 * Not a state told (« on laisse mourir les aînés dans les CHSLD » denounces): the order opens the clause or a duty or
 * « qu'on » stands before it. Bounded looks around the verb: linear.
 */
function letDie(s: Stream, sc: Scope, g: Groups, out: WordHit[], h: number, h2: number): boolean {
  const sent = s.sentence[h]!;
  const key = (i: number): string => (i >= 0 && s.sentence[i] === sent ? s.wordKeys[i]! : '');
  // « laisser les… crever »: the people between the order and the verb.
  const between = mentionAt(g, g.endingAt[h]);
  let m = between?.generic ? between : undefined;
  let j = m ? m.a - 1 : h - 1;
  while (h - j < 5 && LET_GAP.has(key(j))) j -= 1;
  let a = j;
  while (j - a < 3 && LET_GAP.has(key(a - 1))) a -= 1;
  // (« il ne faut pas les laisser mourir de froid »: a negation stops both walks.)
  if (!LET.has(key(j)) || !(/^laiss(?:ez|ons)$/.test(key(j)) || LET_ORDER.has(key(a)))) return false;
  for (let i = a; !m && i < h; i += 1) if (key(i) === 'les') m = antecedent(s, g, i);
  m ??= mentionAt(g, g.startingAt[h2]);
  if (!m?.identity || s.sentence[m.a] !== sent) return false;
  add(out, s, sc, a, h2, [[a, h2]], h2);
  return true;
}

function add(out: WordHit[], s: Stream, sc: Scope, a: number, b: number, inside: ReadonlyArray<readonly [number, number]>, verbEnd = -1): void {
  // A span opening on its « que » (« qu'on devrait… ») is reported when what precedes that « que » reports it.
  const r = a + 1 < b && isQue(s.wordKeys[a]!) ? a + 1 : a;
  out.push({ kind: 'threat', severity: isNegated(s, a, b, inside, verbEnd) || deniedBefore(s, a) || playedAt(s, b) ? 'clear' : isReported(s, sc, r, b) ? 'warning' : 'error', a, b });
}

/**
 * « Je vais te tuer aux quilles », « on va vous massacrer au hockey »: harm promised at a game, right after the frame, is a
 * contest (not « à la sortie du bar », nor « avec ma boule de quilles », whose game names a weapon).
 */
function playedAt(s: Stream, b: number): boolean {
  const n = s.words.length;
  for (let k = b; k < n && k < b + 3 && s.sentence[k] === s.sentence[b - 1]; k += 1) {
    if (!['a', 'au', 'aux'].includes(s.wordKeys[k]!)) continue;
    const j = k + 1 < n && ['la', 'l'].includes(s.wordKeys[k + 1]!) ? k + 2 : k + 1;
    return j < n && s.sentence[j] === s.sentence[k] && HARM_FIGURES.has(s.wordKeys[j]!);
  }
  return false;
}

/** « noyer sous les formulaires », « pendre la crémaillère », « étouffer de bisous »: the verb's idioms, not harm. */
function idiom(s: Stream, h: number, h2: number): boolean {
  const next = h2 < s.words.length && s.sentence[h2] === s.sentence[h] ? s.wordKeys[h2]! : '';
  const then = h2 + 1 < s.words.length && s.sentence[h2 + 1] === s.sentence[h] ? s.wordKeys[h2 + 1]! : '';
  const third = h2 + 2 < s.words.length && s.sentence[h2 + 2] === s.sentence[h] ? s.wordKeys[h2 + 2]! : '';
  return (
    (next === 'sous' && h2 - h === 1) ||
    (next === 'la' && then === 'cremaillere') ||
    (['de', 'du', 'd', 'des'].includes(next) && (SHOWERED.has(then) || (DEATH_FIGURES.has(then) && /^(?:mour|meur|crev)/.test(s.wordKeys[h2 - 1]!)))) ||
    // « je te tue avec tes blagues », « on va vous achever avec notre buffet »: killed with something harmless, a figure.
    (next === 'avec' && WHOSE.has(then) && (SHOWERED.has(third) || HARMLESS.has(third)))
  );
}
const WHOSE = new Set(['ton', 'ta', 'tes', 'votre', 'vos', 'mon', 'ma', 'mes', 'notre', 'nos', 'son', 'sa', 'ses', 'leur', 'leurs', 'ces', 'cette', 'ce', 'cet']);
/** What kills only by laughter, boredom or delight. */
const HARMLESS = new Set(['blagues', 'blague', 'jokes', 'farces', 'histoires', 'niaiseries', 'conneries', 'calembours', 'chansons', 'chanson', 'buffet', 'gateau', 'gateaux', 'desserts', 'dessert', 'bouffe', 'recettes', 'cuisine', 'sourire', 'charme', 'gentillesse', 'talent', 'humour', 'demandes', 'formulaires', 'explications', 'details']);

/** The speaker before a harm verb at h (over auxiliaries, no object needed), or -1. */
function speakerBefore(s: Stream, h: number): number {
  for (let k = h - 1; k >= 0 && h - k <= 4 && s.sentence[k] === s.sentence[h]; k -= 1) {
    const w = s.words[k];
    if (fills(SPEAKERS, w)) return k;
    if (!fills(AUX, w)) return -1;
  }
  return -1;
}

/** The speaker + object before a harm verb at h, or -1: walks back over auxiliaries (at most 5 words). */
function frameStart(s: Stream, h: number): number {
  let object = false;
  for (let k = h - 1; k >= 0 && h - k <= 5 && s.sentence[k] === s.sentence[h]; k -= 1) {
    const w = s.words[k];
    if (fills(OBJECTS, w)) object = true;
    if (fills(SPEAKERS, w) && (object || ['jte', 'jvous'].includes(keyOf(w!)))) return k;
    if (!fills(AUX, w) && !fills(OBJECTS, w)) return -1;
  }
  return -1;
}

/** Who may carry out a harm relayed to the reader (« il va te tuer », joual « y vont te péter la gueule »). */
const THIRD = new Set(['il', 'elle', 'ils', 'elles', 'y']);
const SECOND = new Set(['te', 't', 'vous', 'toi']);
const WILL = wordSet(['~aller', '~vouloir', '~devoir', '~pouvoir']);
/**
 * A third person + a will or a future + « te / vous » before a harm verb at h, or -1: a threat relayed or foretold,
 * not the speaker's own (« ton père va te tuer » is as often a joke), so only a doubt to check.
 */
function thirdFrameStart(s: Stream, h: number): number {
  let reader = false;
  let will = false;
  for (let k = h - 1; k >= 0 && h - k <= 5 && s.sentence[k] === s.sentence[h]; k -= 1) {
    const key = s.wordKeys[k]!;
    if (SECOND.has(key)) reader = true;
    else if (THIRD.has(key) && reader) return will ? k : -1;
    else if (fills(WILL, s.words[k])) will = true;
    else if (!fills(AUX, s.words[k])) return -1;
  }
  return -1;
}

/** Third-person pronouns of a people's victims (« leur », « les », joual « y »). */
const THEM = new Set(['leur', 'les', 'y']);
/**
 * The speaker + a pronoun taking up a people before a harm verb at h (« m'as leur faire passer le goût du pain, à ces… »,
 * « j'vas leur arracher la tête, aux… »), or -1: the harm said to a person, said to a people named around it.
 */
function groupFrameStart(s: Stream, g: Groups, h: number): number {
  let them = -1;
  for (let k = h - 1; k >= 0 && h - k <= 5 && s.sentence[k] === s.sentence[h]; k -= 1) {
    const w = s.words[k];
    if (THEM.has(keyOf(w!))) them = k;
    else if (fills(SPEAKERS, w)) return them >= 0 && antecedent(s, g, them)?.identity === true ? k : -1;
    else if (!fills(AUX, w)) return -1;
  }
  return -1;
}

const VIOLENCE = compile(violence);
const SUFFER = compile(suffer);
const CALLS = compile(harmCalls);
/** The calls without their last « de / à / que », for an incise before it (« Il conviendrait, selon moi, de… »). */
const OPEN_END = / (?:de\|d'|a|que\|qu'|de\|d'\|que\|qu'|de\|d'\|si)$/;
const CALL_HEADS = compile(harmCalls.filter((e) => OPEN_END.test(e)).map((e) => e.replace(OPEN_END, '')));
const CALL_GAP = wordSet(callGap);
const OBJECT_GAP = new Set(objectGap.map((w) => w.replace('\'', '')));
const BETTER_WITHOUT = compile(betterWithout);
const DESERVED = compile(deserved);
const MASS = compile(massViolence);
const DOOM = compile(groupDoom);
const MASS_OF = new Set(['des', 'de', 'd', 'du', 'contre', 'aux', 'sur', 'envers', 'chez', 'parmi']);
/** Between the call and the noun: its determiner, an approving adjective, a season opened (« une bonne purge », « une saison de chasse aux… »). */
const MASS_GAP = new Set(['un', 'une', 'le', 'la', 'l', 'des', 'saison', 'ouverture', 'permis', 'de', 'd', 'bon', 'bonne', 'beau', 'belle', 'gros', 'grosse', 'vrai', 'vraie', 'petit', 'petite', 'grand', 'grande', 'autre', 'nouveau', 'nouvelle', 'vaste']);
/** What calls for it, promises or cheers it (« il faut », « ça va être », « on va faire », « vivement »); not « c'est » (a report). */
const MASS_CALL = wordSet(['faut', 'faudrait', 'faudra', 'prend', 'prendrait', 'vivement', 'sera', 'serait', 'etre', '~commettre', '~organiser', '~faire', '~ouvrir', '~lancer', '~declencher', '~souhaiter', '~esperer', '~vouloir', '~meriter', '~rever'], false);
const DESERVE = new Set(['merite', 'meritent', 'meriterait', 'meriteraient', 'meritaient', 'meritera', 'meriteront']);
/** A subject or an auxiliary right before a verb: the verb is told, not ordered. */
const TOLD_BEFORE = new Set(['je', 'j', 'tu', 't', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'y', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'est', 'sont']);
/** « Deserve » in every person, for a cleft said to or of someone (« ce que tu mérites, c'est… »). */
const DESERVING = new Set([...DESERVE, 'merites', 'meritez', 'meriterais', 'meriteriez', 'meritais', 'meritiez']);
/** Who deserves, in a cleft: the reader or a person named before. */
const DESERVERS = new Set(['tu', 't', 'vous', 'il', 'elle', 'ils', 'elles', 'y']);
/** Where a deserved blow lands. */
const AIMED_AT = new Set(['dans', 'sur', 'entre', 'en', 'au', 'derriere']);
/** « …, c'est (tout / juste) ce que tu mérites » right after what is deserved: the index after the verb, or -1. */
function deservedAfter(s: Stream, q: number, sent: number): number {
  // Between them, only where it lands (« dans la tête », « entre les deux yeux »), then the break before « c'est ».
  if (q < s.words.length && s.brk[q] === 0 && !AIMED_AT.has(s.wordKeys[q]!)) return -1;
  for (let k = q; k + 5 < s.words.length && k - q <= 6 && s.sentence[k] === sent; k += 1) {
    if (s.wordKeys[k] !== 'c' || s.wordKeys[k + 1] !== 'est') continue;
    if (s.brk[k] === 0) return -1;
    const j = ['tout', 'juste', 'seulement', 'exactement'].includes(s.wordKeys[k + 2]!) ? k + 3 : k + 2;
    return s.wordKeys[j] === 'ce' && isQue(s.wordKeys[j + 1]) && DESERVERS.has(s.wordKeys[j + 2]!) && DESERVING.has(s.wordKeys[j + 3] ?? '') ? j + 4 : -1;
  }
  return -1;
}
const APPROVED = compile(approved);
/** (« …, il est mort »: dead as soon as met, only after the speaker's condition.) */
/** A dare opening the sentence (« remets les pieds icitte pis tu… »): the reader's own step, the condition of their fate. */
const DARE = /^(?:re)?(?:mets|mettez|touchez?|approchez?|essa[iy]e|essayez|osez?|pointez?|viens|venez|commencez?)$/;
const LEAVES = '~aller? ~repartir|~sortir|~ressortir|ressors|ressort|ressortez|sors|sortez|repars|repart|repartez|repartira|repartiras|repartirez|sortira|sortiras en|sur|dans|les une|un? ambulance|civiere|corbillard|pieds devant?';
const PROMISED = compile([
  'tu|vous|t\' ' + LEAVES,...promisedBeating, 'il|elle|ils|elles|y est|sont|sera|seront +mort|+morte|+cuit',
  // (« …, il repart en ambulance, les pieds devant ».)
  'il|elle|ils|elles|y ' + LEAVES]);
/** The same beating without its pronoun (« … va manger une volée »), for whoever is named before it. */
const PROMISED_BARE = compile(promisedBeating.map((e) => e.slice(e.indexOf(' ') + 1)));
const COMEUPPANCE = compile(comeuppance);
/** Whoever of a group (« tout / chaque / n'importe quel… qui… »). */
/** What one is struck off (« éliminer… de la liste, du concours »). */
const LISTS = new Set(['liste', 'listes', 'registre', 'programme', 'concours', 'competition', 'tournoi', 'course', 'calcul', 'budget', 'dossier', 'equation', 'series', 'eliminatoires', 'bottin', 'formulaire']);
const ANY_ONE = new Set(['tout', 'toute', 'chaque']);
const NONE_ALIVE = compile(noneAlive);
const PERSON_VIOLENCE = compile(personViolence);
/** Who may follow violence only people suffer: a determiner starts the victim's name. */
const DETERMINERS = new Set([...DETERMINER_WORDS, 'du', 'chaque', 'tous', 'toutes', 'de', 'd', 'quelqu', 'n']);
/** Pronouns naming one person before the verb (« quelqu'un devrait le poignarder »). */
const PERSON_PRONOUNS = new Set(['le', 'la', 'l', 'lui', 'les', 'leur']);
/** The speaker's own condition opening the sentence (« si je le croise », « si on les pogne »). */
const SPEAKER_IF = new Set(['je', 'j', 'on', 'jamais', 'jle', 'jla']);
const READER = new Set(['te', 't', 'vous', 'toi']);
/** Fire set to a place (« mettre le feu à l'hôtel de ville »): arson whatever burns, except the figures below. */
const FIRE = wordSet(['~incendier', 'feu', 'bombe', 'bombes', 'explosifs']);
/** What is burnt as brush or refuse (lemmas). */
const BRUSH = new Set(['feuille', 'branche', 'souche', 'broussaille', 'herbe', 'foin', 'bois', 'buche', 'dechet', 'ordure', 'papier', 'journal', 'sapin', 'paille', 'chaume', 'brindille', 'carton'].map((w) => lemma(w)));
const FIGURATIVE_FIRE = new Set(['poudres', 'poudre', 'baraque', 'plancher', 'scene', 'foule', 'salle', 'piste', 'internet', 'web', 'reseaux',
  // A party set going, a grill or a hearth lit (« mettre le feu au party », « au BBQ », « dans le foyer »).
  'party', 'partys', 'parties', 'fete', 'bbq', 'barbecue', 'foyer', 'poele', 'ambiance', 'dancefloor', 'show', 'spectacle']);
/** The last word of a body-part frame (« briser les os de… »). */
const BODY = new Set(['os', 'crane', 'tete', 'gueule', 'face', 'machoire', 'nez', 'dents', 'cotes', 'genoux', 'jambes', 'colonne', 'cervelle', 'nuque', 'cou', 'doigts', 'yeux', 'oeil', 'coeur', 'tripes', 'entrailles', 'langue', 'ventre', 'gorge', 'bide']);
const GROUP_PRONOUNS = new Set(['les', 'leur', 'l', 'en']);
/**
 * Animals slaughtered or hunted, and the creatures of games and tales (lemmas): the victim of « égorger, étrangler,
 * fusiller » is then no person (« égorger le mouton », « égorger le dragon », « tuer le boss final »).
 */
const ANIMALS = new Set(['poulet', 'poule', 'mouton', 'agneau', 'cochon', 'porc', 'veau', 'chevre', 'boeuf', 'lapin', 'canard', 'dinde', 'poisson', 'cerf', 'chevreuil', 'orignal', 'vache', 'bete', 'animal', 'gibier', 'bison', 'sanglier', 'lievre', 'oie', 'taureau',
  'dragon', 'monstre', 'zombie', 'boss', 'orque', 'gobelin', 'vampire', 'demon', 'extraterrestre', 'alien', 'robot', 'ogre', 'sorciere', 'loup-garou'].map((w) => lemma(w)));
/** Ending up so (« un jour, les … finiront pendus »). */
const END_UP = new Set(['finissent', 'finiront', 'finisse', 'finira', 'finiraient', 'finirait']);
/** A time between a wish's « que » and its subject (« qu'un jour prochain les… »). */
const SOMEDAY = new Set(['un', 'jour', 'prochain', 'enfin', 'bientot', 'demain', 'tot', 'tard', 'ou', 'l', 'autre']);
/** « si ces… étaient exterminés »: being, before a participle of violence. */
const BE_FORMS = new Set(['etaient', 'soient', 'seraient', 'etre', 'etait', 'soit', 'serait', 'sont', 'seront']);
/** A duty or desert said of the victims before « être » (« ce genre de… devrait être exécuté »). */
const DUTY = new Set(['devrait', 'devraient', 'doit', 'doivent', 'devront', 'merite', 'meritent', 'meriterait', 'meriteraient', 'de', 'd', 'besoin', 'ont']);
/** Whoever it is (« le premier… que je croise », « le meilleur… que je trouverai », « n'importe quel… »). */
const WHOEVER = new Set(['premier', 'premiere', 'prochain', 'prochaine', 'dernier', 'derniere', 'meilleur', 'meilleure', 'pire', 'moindre', 'quel', 'quelle']);
/** Killing, whose passive foretold to a group is a threat (« seront tous exterminés »). */
const KILLING = wordSet(['~tuer', '~exterminer', '~massacrer', '~pendre', '~fusiller', '~gazer', '~egorger', '~lyncher', '~executer', '~decapiter', '~abattre', '~assassiner', '~eradiquer', '~torturer', '~lapider', '~crucifier', '~mettre', '~immoler'], false);
/** The speaker and the pronoun of the victims right before a violence verb (« on les tuera »). */
const OWN_SPEAKER = new Set(['je', 'j', 'on', 'nous', 'mas']);
const OWN_OBJECT = new Set(['les', 'vous', 'leur', 'en', 'te', 't', 'lui']);
/** Showered with something (« je t'étouffe de bisous », « il me fusille du regard »): a figure, not harm. */
const SHOWERED = new Set(['bisous', 'becs', 'baisers', 'questions', 'regard', 'regards', 'courriels', 'messages', 'appels', 'compliments', 'cadeaux', 'photos', 'chiffres', 'statistiques', 'informations', 'infos', 'amour', 'calins', 'caresses', 'textos', 'notifications', 'reproches', 'critiques']);
/** Violence verbs that as often name a contest or a chore (« on les écrase », « je les élimine »). */
export const MILD = wordSet(['~battre', '~ecraser', '~eliminer', '~descendre', '~achever', '~bombarder', '~cogner', '~pulveriser', '~aneantir', '~nettoyer', '~purger', '~vider', '~liberer', '~debarrasser'], false);
/** Dying of something (« mourir de rire, de faim »): a figure or a cause, not harm promised. */
const DYING_OF = wordSet(['~mourir', '~crever', '~souffrir', '~pleurer'], false);
/** After one member's name, words that cannot be the real noun (« un immigrant que… », « un gai aujourd'hui »). */
const AFTER_MEMBER = new Set(['jusqu', 'que', 'qu', 'qui', 'aujourd', 'demain', 'ce', 'cette', 'dans', 'a', 'au', 'avec', 'pour', 'en', 'sur', 'comme', 'par', 'des', 'du', 'de', 'la', 'le', 'les', 'un', 'une', 'juste', 'pis', 'et', 'ou', 'si', 'quand', 'sans']);
const MEMBER_DET = new Set(['un', 'une', 'ce', 'cet', 'cette']);
const AMBIGUOUS_MEMBER = new Set(['noir', 'noire', 'blanc', 'blanche', 'vieux', 'vieille', 'jeune', 'gros', 'grosse', 'pauvre', 'riche', 'rouge', 'jaune', 'brun', 'brune', 'petit', 'petite']);
/** « votre race », « cette engeance »: the people as a kind. */
const KIN = new Set(['ta', 'votre', 'leur', 'sa', 'cette', 'la', 'toute']);
const RACE = new Set(['race', 'races', 'espece', 'engeance', 'vermine', 'sous-race', 'ethnie', 'peuplade', 'racaille']);
/** After « tirer » and its object: drawn, pulled, taken from (« tirer les aînés de l'isolement »). */
const PULLED = new Set(['de', 'd', 'du', 'des', 'vers', 'hors', 'parti', 'profit', 'lecon', 'lecons', 'plus']);
/** The speaker's own act in the future or the conditional (« je tuerai », « on leur collera », « nous les pendrions »). */
const SPEAKER_FUTURE = /r(?:ai|a|ons|ont|ais|ait|ions|aient)$/;
/** Being, foretold (« seront exterminés », « vous serez pendus »). */
const FUTURE_BE = new Set(['seront', 'serez', 'sera', 'seras']);
/** After a passive participle, what makes it a report or a complement (« tués par… », « éliminés du… »). */
const AGENT_AFTER = new Set(['par', 'de', 'du', 'des', 'd', 'au', 'aux', 'en', 'sous']);
/** « Le prochain qui…, je l'étripe »: whoever does it next is promised the harm. */
const NEXT_ONE = new Set(['prochain', 'prochaine', 'prochains', 'prochaines', 'premier', 'premiere']);
const SPEAKER = new Set(['je', 'j', 'on', 'jle', 'jla', 'jles', 'mas']);
const HARDSHIP_CAUSE = new Set(['avec', 'par', 'pendant', 'durant', 'cause']);
const PASSIVE_GAP = new Set(['tous', 'toutes', 'desormais', 'aussitot', 'immediatement', 'completement', 'simplement', 'enfin', 'tout', 'juste', 'definitivement', 'vraiment', 'bientot']);

const ROLES = new Set(roles);
const PASSIVE_HARM = compile(passiveHarm);
const HARM_FIGURES = new Set(harmFigures);
/** A wish named as a noun before « est que » (« mon vœu le plus cher est que… »). */
/** What welcomes an event (« ce serait une bénédiction, un soulagement si… »). */
const WELCOME = new Set(['benediction', 'soulagement', 'bonheur', 'plaisir', 'paradis', 'cadeau', 'delivrance', 'fete', 'miracle']);
const WISH_NOUN = new Set(['voeu', 'souhait', 'reve', 'espoir', 'priere', 'desir']);
const DUTY_VERB = wordSet(['~devoir', '~meriter', 'devrait', 'devraient', 'meriterait', 'meriteraient']);
const FORETOLD = new Set(['vont', 'allez', 'allaient']);
/** Between a group and the death shrugged off or wished (« peuvent bien aller crever », « qu'ils aillent… »). */
const MAY = new Set(['peuvent', 'pouvez', 'puissent', 'pouvaient', 'pourraient', 'aillent', 'aller', 'bien', 'ben', 'donc']);
/** Letting a people die as an order or a duty (« laissez-les crever », « faudrait les laisser mourir de froid »). */
const DECENCY = new Set(['decence', 'politesse']);
const LET = new Set(['laissez', 'laissons', 'laisse', 'laisser']);
const LET_ORDER = new Set(['faut', 'faudrait', 'devrait', 'qu']);
const LET_GAP = new Set(['les', 'tous', 'donc', 'on', 'qu', 'faut', 'faudrait', 'devrait']);
/** Deaths said with contempt (« vont crever »); « vont mourir » is as often a worry. */
const DEATH = wordSet(['~crever', '~pourrir', '~bruler']);
const RISK = new Set(['si', 'sinon', 'sans', 'quand', 'lorsque', 'parce', 'car', 'peur', 'risque', 'risquent']);
/** Revenge promised (« ils vont payer »), and what may end it (« payer cher », « le regretter amèrement »). */
const PAY = new Set(['payer', 'regretter']);
const PAY_END = new Set(['cher', 'ca', 'tres', 'amerement', 'bientot', 'un', 'tous', 'toutes']);
/** Death wished on someone named by role (« que le maire crève »); not « disparaître », said of leaving office. */
const DYING = wordSet(['~crever', '~mourir', '~pourrir', 'creve', 'meure', 'meurt']);
/** A violent end foretold (« le maire va finir avec une balle dans la tête »): « finir, se ramasser, se retrouver ». */
const END_VERBS = new Set(['finir', 'finira', 'finirait', 'ramasser', 'ramassera', 'retrouver', 'retrouvera']);
/** (And the foretold end's verbs, with their reflexive and their complement's preposition.) */
const ROLE_GAP = new Set(['la', 'va', 'vont', 'enfin', 'bientot', 'juste', 'donc', 'merite', 'meriterait', 'devrait', 'de', 'd', ...END_VERBS, 'se', 's', 'avec', 'par', 'ben']);
const KIND = new Set(['genre', 'type', 'sorte', 'espece']);
/** What denies the opinion a clause depends on (« je ne crois pas que… », « personne ne dit que… »). */
const DOERS = new Set(['ceux', 'celui', 'celle', 'celles', 'quiconque']);
const DENIED = new Set(['ne', 'n', 'pas', 'jamais', 'personne', 'nul', 'aucun', 'aucune']);
const NOBODY = new Set(['personne', 'aucun', 'aucune', 'nul', 'nulle']);
/** Where someone is brought, not beaten (« descendre les jeunes au sous-sol »). */
const MOVE_TO = new Set(['au', 'a', 'aux', 'dans', 'en', 'chez', 'vers', 'sur', 'jusqu']);

/** People named by what they do or where they live (« les squatteurs », « mes voisins », « les gens du parc »). */
const PEOPLE_PLURAL = new Set(['voisins', 'voisines', 'gens', 'gars', 'filles', 'monde', 'proprios', 'proprietaires', 'locataires', 'clients', 'elus', 'fonctionnaires', 'habitants', 'residents', 'residants', 'etudiants', 'ados', 'enfants', 'jeunes', 'cols', 'cyclistes', 'automobilistes', 'pietons']);
/** Agent nouns in the plural (« squatteurs », « quêteuses », « militants » aside): people, as a rule. */
const AGENT_PLURAL = /(?:eurs|euses|istes|iers|ieres)$/;
const PLURAL_DETERMINERS = new Set(['les', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'des']);
/** What one « dies of » in a figure of speech (« mourir de rire, d'envie »). */
const DEATH_FIGURES = new Set(deathFigures);

/**
 * « J'espère que tous les squatteurs du parc crèvent », « Je souhaite que mes voisins meurent »: death wished on people
 * named by a plural noun that no list gives as a group or a role (an agent noun, « voisins », « gens »). A WARNING: the noun
 * is read by its form, and the reader checks whom it names.
 */
function wishedOnPeople(s: Stream, sc: Scope, out: WordHit[]): void {
  const n = s.words.length;
  for (let q = 1; q < n; q += 1) {
    if (!isQue(s.wordKeys[q]!)) continue;
    const wish = fills(WISH, s.words[q - 1]) ? q - 1 : q > 1 && fills(WISH, s.words[q - 2]) ? q - 2 : -1;
    if (wish < 0 || s.sentence[wish] !== s.sentence[q]) continue;
    const sent = s.sentence[q]!;
    let k = q + 1;
    if (k < n && ['tous', 'toutes'].includes(s.wordKeys[k]!)) k += 1;
    if (k + 1 >= n || s.sentence[k + 1] !== sent || !PLURAL_DETERMINERS.has(s.wordKeys[k]!)) continue;
    const noun = s.wordKeys[k + 1]!;
    if (!PEOPLE_PLURAL.has(noun) && !AGENT_PLURAL.test(noun)) continue;
    // The noun, then at most one complement (« du parc », « de la rue Papineau »), then the death.
    let v = k + 2;
    if (v < n && ['du', 'de', 'des', 'd'].includes(s.wordKeys[v]!)) v += Math.min(3, n - v);
    for (let j = k + 2; j <= v && j < n && s.sentence[j] === sent; j += 1) {
      if (!fills(DYING, s.words[j])) continue;
      // « qu'ils meurent de rire »: a figure.
      const after = j + 2 < n && s.sentence[j + 2] === sent && isDe(s.wordKeys[j + 1]!) ? s.wordKeys[j + 2]! : '';
      if (after !== '' && DEATH_FIGURES.has(after)) break;
      const severity = isNegated(s, q, j + 1) || deniedBefore(s, wish) || isReported(s, sc, wish, j + 1) ? 'clear' : 'warning';
      out.push({ kind: 'threat', severity, a: wish, b: j + 1, doubtful: 'violence' });
      break;
    }
  }
}

/** End of a role named at word k (« le maire », « à ce conseiller-là », « du directeur »), or -1. */
function roleAfter(s: Stream, k: number, sentence: number): number {
  for (let j = k; j < s.words.length && j - k <= 2 && s.sentence[j] === sentence; j += 1) {
    const w = s.wordKeys[j]!;
    if (ROLES.has(w) && j > k) return j + 1;
    if (!DETERMINERS.has(w) && !MOVE_TO.has(w) && !OBJECT_GAP.has(w)) return -1;
  }
  return -1;
}

/** The group named at word k or after a few object words (« à toutes les… »), in h's sentence, or undefined. */
function objectAfter(s: Stream, g: Groups, k: number, sentence: number): Mention | undefined {
  // One place said first (« noyer dans le fleuve tous ces… »): the noun after its preposition is let through once.
  let place = 0;
  // (An adverbial phrase counts as one word: « éliminer une bonne fois pour toutes ces… », « tuer sans hésiter tous les… ».)
  for (let j = k, steps = 0; j < s.words.length && steps <= 6 && s.sentence[j] === sentence; j += 1, steps += 1) {
    const m = mentionAt(g, (g.startingAt[j] ?? -1) >= 0 ? g.startingAt[j] : g.headAt[j]);
    if (m) return m;
    const w = s.wordKeys[j]!;
    const adverbial = matchAt(s, ADVERBIALS, j);
    if (adverbial > j + 1 && s.sentence[adverbial - 1] === sentence) {
      j = adverbial - 1;
      continue;
    }
    if (w.length > 6 && w.endsWith('ment')) continue;
    // (« froidement et méthodiquement »: adverbs joined.)
    if (w === 'et' && j > k && s.wordKeys[j - 1]!.endsWith('ment')) continue;
    if (place === 0 && j === k && PLACE_FIRST.has(w)) place = 1;
    else if (place === 1 && !OBJECT_GAP.has(w)) place = 2;
    else if (!OBJECT_GAP.has(w)) return undefined;
  }
  return undefined;
}
const PLACE_FIRST = new Set(['dans', 'sur', 'sous', 'en', 'devant', 'derriere']);
const ADVERBIALS = compile(adverbials);
const CRUEL = compile(cruelDeath);
/** Going to (« va / vont mourir »). */
const GOING = new Set(['va', 'vont', 'allez', 'vas']);
/** Approving a massacre by its adjective (« une bonne boucherie de… »). */
const GOOD = new Set(['bon', 'bonne', 'beau', 'belle']);
const ARMED_FOR = compile(armedFor);
const NONE_SURVIVE = compile(noneSurvive);
/** What a cleft may propose (« la seule façon de…, c'est de… »). */
const SOLUTION = new Set(['besoin', 'solution', 'facon', 'moyen', 'remede', 'reponse', 'option', 'idee', 'chose', 'methode']);
const UNWORTHY = compile(unworthy);
const DEAD_GOOD = compile(deadGood);
/** Where « un … de moins » counts the living, not a body's members (« sur la planète », « au Québec », « en ville »). */
const LIVING_PLACES = new Set(['planete', 'terre', 'monde', 'quebec', 'canada', 'pays', 'ville', 'province', 'region', 'quartier']);
/** Regret after « un … de moins » (« dommage », « malheureusement »): a loss, not a death welcomed. */
const REGRET = new Set(['dommage', 'malheureusement', 'triste', 'helas', 'perte', 'regrette', 'regret']);
/** A power the speaker imagines holding (« moi président », « moi maire »). */
const POWER = new Set(['president', 'presidente', 'maire', 'mairesse', 'premier', 'premiere', 'ministre', 'roi', 'reine', 'dictateur', 'chef', 'empereur']);
const AURA = new Set(['aurai', 'aura', 'aurons', 'aurions', 'aurais', 'aurait']);

const JOINED = new Set(['et', 'pis', 'puis']);
const INFINITIVE = /(?:er|ir|re)$/;
/**
 * The call governing an infinitive joined to the violence verb at h (« je vais trouver un … et le
 * tabasser », « on va les attendre pis les battre »): « et » (and the object's pronoun) right before h,
 * an infinitive at most eight words before with its own call; or -1.
 */
function sharedCall(s: Stream, g: Groups, callStart: Int32Array, h: number): number {
  let k = h - 1;
  const clitic = k > 0 && PERSON_PRONOUNS.has(s.wordKeys[k]!);
  if (clitic) k -= 1;
  // « … passer à l'action et de massacrer… »: the second infinitive keeps its « de / à ».
  if (k > 1 && ['de', 'd', 'a'].includes(s.wordKeys[k]!) && JOINED.has(s.wordKeys[k - 1]!)) k -= 1;
  if (k <= 0 || s.sentence[k] !== s.sentence[h] || !JOINED.has(s.wordKeys[k]!)) return -1;
  for (let v = k - 1; v > 0 && k - v <= 10 && s.sentence[v] === s.sentence[h]; v -= 1) {
    if (!INFINITIVE.test(s.wordKeys[v]!)) continue;
    const call = callBefore(s, callStart, v);
    if (call < 0) continue;
    // The pronoun takes up people named between the two verbs (« un … », « les … »), not things (« les feuilles »),
    // or a people set out after it (« on va les mettre à genoux pis les exécuter, ces… »).
    if (clitic) {
      const m = mentionAt(g, g.lastBefore[k]);
      const after = antecedent(s, g, h - 1);
      if ((!m || m.a < v) && !(after && after.identity && after.a > h)) return -1;
    }
    return call;
  }
  return -1;
}

/**
 * The group that is the subject ending right before word k: named there, or carried past its relative
 * clause (« les … qui vivent ici devraient être pendus », « tous les … qui arrivent méritent de crever »).
 */
function subjectEndingAt(s: Stream, g: Groups, k: number): Mention | undefined {
  const m = mentionAt(g, g.endingAt[k]);
  // « Ceux qui battent les … devraient être pendus »: the group is the object inside the clause, the subject someone else.
  if (m) return objectOfClause(s, m) ? undefined : m;
  return k > 0 ? relativeHead(s, g, k - 1) : undefined;
}

/**
 * Per stream, the sentences that say a risk, a condition or a cause (bit 1: « si… », « à cause de… », « sous les bombes »)
 * or a means (bit 2: « avec cette hausse », « par… », « pendant… »): read once.
 */
const RISKY = new WeakMap<Stream, Uint8Array>();
const CAUSES = new Set(['cause', 'faute', 'sous']);
function riskIn(s: Stream, sentence: number, bits = 3): boolean {
  let risky = RISKY.get(s);
  if (!risky) {
    risky = new Uint8Array((s.sentence[s.words.length - 1] ?? 0) + 1);
    for (let k = 0; k < s.words.length; k += 1) {
      const w = s.wordKeys[k]!;
      risky[s.sentence[k]!]! |= (RISK.has(w) || CAUSES.has(w) ? 1 : 0) | (HARDSHIP_CAUSE.has(w) ? 2 : 0);
    }
    RISKY.set(s, risky);
  }
  return (risky[sentence]! & bits) !== 0;
}

const WRONGDOERS = wordSet(wrongdoers);
const WHOLE = new Set(['les', 'ces', 'tous', 'toutes', 'chaque', 'tout', 'aux', 'des', 'nos', 'vos']);
/**
 * Wrongdoers named as a whole with their name at word i (« tous les voleurs », « chaque pédophile »), as a mention that is
 * no identity: victims only of killing called for, foretold as a duty or deserved (findHarmCalls), never of the other frames.
 */
function wrongdoerAt(s: Stream, g: Groups, i: number): Mention | undefined {
  if (i < 1 || i >= s.words.length || !fills(WRONGDOERS, s.words[i]) || s.sentence[i - 1] !== s.sentence[i]) return undefined;
  // « les politiciens corrompus »: a group said to be wrongdoers by its adjective.
  const named = mentionAt(g, g.endingAt[i]);
  if (named && named.generic && s.brk[i] === 0) return { ...named, b: i + 1 };
  if (!WHOLE.has(s.wordKeys[i - 1]!)) return undefined;
  const a = i > 1 && s.sentence[i - 2] === s.sentence[i] && ['tous', 'toutes'].includes(s.wordKeys[i - 2]!) ? i - 2 : i - 1;
  return { a, b: i + 1, head: i, generic: true, identity: false };
}
/** The wrongdoers named right before word k, with a place after their name (« tous les pédophiles de la ville »). */
function wrongdoerBefore(s: Stream, g: Groups, k: number): Mention | undefined {
  const m = wrongdoerAt(s, g, k - 1);
  if (m) return m;
  for (let j = k - 3; j >= k - 4 && j > 0; j -= 1) {
    const w = wrongdoerAt(s, g, j);
    if (w && ['de', 'du', 'des', 'd'].includes(s.wordKeys[j + 1]!) && s.sentence[k - 1] === s.sentence[j]) return { ...w, b: k };
  }
  return undefined;
}
/** The wrongdoers named after word k, over a few object words (« tous les violeurs »). */
function wrongdoerAfter(s: Stream, g: Groups, k: number): Mention | undefined {
  for (let j = k; j < s.words.length && j - k < 4 && s.sentence[j] === s.sentence[k]; j += 1) {
    const m = wrongdoerAt(s, g, j);
    if (m) return m;
    if (!OBJECT_GAP.has(s.wordKeys[j]!)) return undefined;
  }
  return undefined;
}

const VOUCHED = compile(vouched);
/** Per stream, the sentences where the speaker vouches for what is foretold: read once. */
const VOUCHING = new WeakMap<Stream, Uint8Array>();
function vouchedIn(s: Stream, sentence: number): boolean {
  let v = VOUCHING.get(s);
  if (!v) {
    v = new Uint8Array((s.sentence[s.words.length - 1] ?? 0) + 1);
    for (const [a] of findAllIn(s, VOUCHED)) v[s.sentence[a]!] = 1;
    VOUCHING.set(s, v);
  }
  return v[sentence] === 1;
}

/** Start of the call ending right before word h (over at most five gap words), or -1. */
function callBefore(s: Stream, callStart: Int32Array, h: number): number {
  for (let k = h, steps = 0; k > 0 && steps <= 5 && s.sentence[k - 1] === s.sentence[h]; k -= 1, steps += 1) {
    if ((callStart[k] ?? -1) >= 0) return callStart[k]!;
    // An incise between commas (« Il faudrait, à mon humble avis, abattre… », « Nous devons, sans plus attendre, … »):
    // the call stands before it; at most six words, read once.
    if (s.brk[k] !== 0) {
      let j = k - 1;
      while (j > 0 && k - j < 6 && s.brk[j] === 0) j -= 1;
      if (j > 0 && j < k - 1 && s.brk[j] !== 0 && s.sentence[j - 1] === s.sentence[h] && (callStart[j] ?? -1) >= 0) return callStart[j]!;
    }
    if (!fills(CALL_GAP, s.words[k - 1])) return -1;
  }
  return -1;
}

/**
 * Violence called for against people (a group, one of its members, the reader): a call or wish
 * (lexicon-threat.ts) + a violence verb + its object, or the object before a verb of suffering
 * (« voir ces… souffrir »), a passive wish (« si ces… étaient exterminés »), a world better
 * without them, or the act approved (« Assassiner un… devrait être dépénalisé »).
 */
function findHarmCalls(s: Stream, sc: Scope, g: Groups, callStart: Int32Array, out: WordHit[], armed: Uint8Array): void {
  const n = s.words.length;
  // One member named by an identity (« cette musulmane », « un gai »), nothing after the name that could be the real
  // noun (not « ce vieux chêne »), and not a word that is as often a colour or an age (« ce noir », « ce vieux »).
  // As a subject (« cette femme mérite… »), the verb that follows is checked by the frame itself (`subject`).
  const member = (m: Mention, subject = false): boolean =>
    !m.generic && m.identity && MEMBER_DET.has(s.wordKeys[m.a]!) && !AMBIGUOUS_MEMBER.has(s.wordKeys[m.head]!) &&
    (subject || m.b >= n || s.brk[m.b] !== 0 || AFTER_MEMBER.has(s.wordKeys[m.b]!));
  const sentenceStart = (i: number): boolean => i === 0 || s.sentence[i - 1] !== s.sentence[i];
  // VIOLENCE and SUFFER are each read by two passes below: found once.
  const violenceFound = findAllIn(s, VIOLENCE);
  const sufferFound = findAllIn(s, SUFFER);
  for (const [h, h2] of violenceFound) {
    const sent = s.sentence[h]!;
    const form = s.wordKeys[h]!;
    // « Débarrassons-nous des… », « Tuons-les »: an order the speaker joins is its own call.
    // « Sortez vos fusils et tirez sur les… »: one order joined to another.
    const order = (sentenceStart(h) || s.brk[h] !== 0 || (h > 0 && JOINED.has(s.wordKeys[h - 1]!))) && /(?:ons|ez|^faites)$/.test(form);
    // « Allez tabasser les… », « Va tuer les… », « Allez les tabasser »: sent to do it.
    const pronounFirst = h > 1 && GROUP_PRONOUNS.has(s.wordKeys[h - 1]!) ? 1 : 0;
    // (« Les gars, allons tirer sur les… »: after an address.)
    const sent_ = h > pronounFirst && (sentenceStart(h - 1 - pronounFirst) || s.brk[h - 1 - pronounFirst] !== 0) && GO.has(s.wordKeys[h - 1 - pronounFirst]!);
    let call = order ? h : sent_ ? h - 1 - pronounFirst : callBefore(s, callStart, h);
    // « Je vais trouver un … et le tabasser »: an infinitive joined by « et » to one the call governs shares it.
    if (call < 0) call = sharedCall(s, g, callStart, h);
    // « Pourquoi on ne tue pas tous les… ? »: the proposal's « pas » stands before the object.
    let m = objectAfter(s, g, h2, sent) ?? (call >= 0 && s.wordKeys[call]! === 'pourquoi' && h2 < n && ['pas', 'plus'].includes(s.wordKeys[h2]!) ? objectAfter(s, g, h2 + 1, sent) : undefined);
    // « incendier les vieux tas de… », « écraser les petits cailloux »: an age or a size, the real noun after it.
    if (m && AMBIGUOUS_MEMBER.has(s.wordKeys[m.head]!) && m.b < n && s.sentence[m.b] === sent && s.brk[m.b] === 0 && !AFTER_MEMBER.has(s.wordKeys[m.b]!)) m = undefined;
    // « Il faudrait abattre tous les violeurs », « Les criminels, on devrait tous les exécuter »: wrongdoers, killing called for.
    const own = h >= 2 && OWN_OBJECT.has(s.wordKeys[h - 1]!) && OWN_SPEAKER.has(s.wordKeys[h - 2]!);
    if (!m && (call >= 0 || own) && fills(KILLING, s.words[h]) && !fills(MILD, s.words[h]) && h2 < n) {
      m = wrongdoerAfter(s, g, h2);
      let st = h;
      while (!m && st > 0 && s.sentence[st - 1] === sent && h - st < 12) st -= 1;
      const first = call >= 0 ? call : h - 2;
      const pronoun = first < h && GROUP_PRONOUNS.has(s.wordKeys[h - 1]!);
      for (let j = st; !m && pronoun && j < st + 3 && j < first; j += 1) m = wrongdoerAt(s, g, j);
    }
    // « Tuez-les tous, ces… », « Tuez-en le plus possible, des… »: the order's own pronoun, the group named after it.
    if (!m && order && h2 < n && s.sentence[h2] === sent && GROUP_PRONOUNS.has(s.wordKeys[h2]!)) m = antecedent(s, g, h2);
    // « Réglons-leur leur compte, aux… »: the order's pronoun inside the entry.
    if (!m && order && h + 1 < h2 && GROUP_PRONOUNS.has(s.wordKeys[h + 1]!)) m = antecedent(s, g, h + 1);
    // « Allons leur régler leur compte, aux… »: the pronoun before the verb sent to.
    if (!m && sent_ && pronounFirst) m = antecedent(s, g, h - 1);
    // One member (« ce vieux… ») is a victim only of violence people alone suffer (read below); others need the group.
    // « ce genre de… »: a kind of people, so the group.
    const kind = m !== undefined && m.a >= 2 && KIND.has(s.wordKeys[m.a - 2]!);
    // One member named with « un / une » and nothing after the name that could be the real noun (« frapper un gai »,
    // « un immigrant que je croise »; not « ce vieux chêne »): a person all the same.
    // « le premier / prochain / meilleur… que je croise », « n'importe quel… »: whoever it is, so a person.
    const one = m !== undefined && (member(m) || (!m.generic && m.identity && m.head > 0 && WHOEVER.has(s.wordKeys[m.head - 1]!)));
    // « casser du… », « taper de l'… »: the partitive names the whole kind.
    const partitive = m !== undefined && m.head > 0 && (s.wordKeys[m.head - 1]! === 'du' || (s.wordKeys[m.head - 1]! === 'l' && m.head > 1 && s.wordKeys[m.head - 2]! === 'de'));
    // As the subject of an approval (« Frapper une… devrait être permis »), one member is the victim even with a verb after it.
    const subjectMember = m !== undefined && member(m, true) ? m : undefined;
    if (m && !m.generic && !kind && !one && !partitive && matchAt(s, PERSON_VIOLENCE, h) !== h2) m = undefined;
    // « exterminer votre race », « éliminer leur engeance »: the people as a kind, whoever they are.
    if (!m && h2 + 1 < n && s.sentence[h2 + 1] === sent && KIN.has(s.wordKeys[h2]!) && RACE.has(s.wordKeys[h2 + 1]!)) {
      if (call >= 0) add(out, s, sc, call, h2 + 2, [[call, h], [h, h2]], h2);
      continue;
    }
    // « Ce genre de… devrait être exécuté », « cet immigrant mérite d'être pendu »: one member or a kind (hate.ts reads whole groups).
    // The passive, its victims named before « être » (« Les… méritent d'être battues », « devraient tous être pendus »)
    // or foretold (« Vous serez tous pendus », « Les… seront exterminés »), not as a report (« … par… », « si… »).
    let be = h - 1;
    // (« soient arrêtés et fusillés »: two participles joined.)
    if (be > 2 && JOINED.has(s.wordKeys[be]!) && /(?:e|i|u)e?s$/.test(s.wordKeys[be - 1]!)) be -= 2;
    while (be > 0 && h - be <= 4 && PASSIVE_GAP.has(s.wordKeys[be]!)) be -= 1;
    const beWord = call < 0 && be > 0 && s.sentence[be] === sent ? s.wordKeys[be]! : '';
    const afterVerb = h2 < n && s.sentence[h2] === sent ? s.wordKeys[h2]! : '';
    // « Il faudrait que ces… qui… soient tous fusillés », « Je souhaite qu'un jour les… soient exterminés », « Je ferai en
    // sorte que chaque… soit abattu »: the passive in the subjunctive after a call or a wish and its « que ».
    // (« J'espère que les… finiront tous poignardés »: ending so is being so.)
    if ((beWord === 'soient' || beWord === 'soit' || END_UP.has(beWord)) && !AGENT_AFTER.has(afterVerb) && !/(?:er|ir|re)$/.test(form) && (fills(KILLING, s.words[h]) || matchAt(s, PERSON_VIOLENCE, h) === h2 || s.wordKeys[h2 - 1]! === 'mort')) {
      let k = be;
      while (k > 0 && be - k < 2 && PASSIVE_GAP.has(s.wordKeys[k - 1]!)) k -= 1;
      const victim = k > 0 && s.sentence[k - 1] === sent ? subjectEndingAt(s, g, k) : undefined;
      let q = victim && s.sentence[victim.a] === sent && (victim.generic || ANY_ONE.has(s.wordKeys[victim.a]!)) ? victim.a - 1 : -1;
      while (q > 0 && victim !== undefined && victim.a - q <= 3 && SOMEDAY.has(s.wordKeys[q]!)) q -= 1;
      if (q >= 0 && s.sentence[q] === sent && isQue(s.wordKeys[q]!)) {
        // (« Je souhaite ardemment que… »: an adverb between the wish and its « que ».)
        const w = q > 1 && /ment$/.test(s.wordKeys[q - 1]!) ? q - 2 : q - 1;
        // (« Que tous les… soient massacrés »: the subjunctive opening the sentence is the wish.)
        const wish = callBefore(s, callStart, q) >= 0 ? callBefore(s, callStart, q) : fills(WISH, s.words[w]) ? w : sentenceStart(q) ? q : -1;
        if (wish >= 0) add(out, s, sc, wish, h2, [[wish, h2]], h2);
      }
      continue;
    }
    // (« d'être violents »: a form in -ent after « être » is the adjective, not « ils violent ».)
    if ((beWord === 'etre' || FUTURE_BE.has(beWord) || beWord === 'seraient' || beWord === 'serait') && !AGENT_AFTER.has(afterVerb) && !/ente?s?$/.test(form)) {
      let k = be;
      while (k > 0 && be - k < 4 && (DUTY.has(s.wordKeys[k - 1]!) || PASSIVE_GAP.has(s.wordKeys[k - 1]!) || FORETOLD.has(s.wordKeys[k - 1]!))) k -= 1;
      const duty = beWord === 'etre' && k < be && DUTY.has(s.wordKeys[k]!);
      // « Si ça ne tenait qu'à moi, les… seraient tous pendus », « Moi président, tous les… seraient gazés »: the conditional
      // under the speaker's own condition, read at the sentence's start.
      let own = false;
      if ((beWord === 'seraient' || beWord === 'serait') && k > 0) {
        let st = k - 1;
        while (st > 0 && s.sentence[st - 1] === sent && k - st < 12) st -= 1;
        for (let j = st; j < k && j < st + 8; j += 1) {
          const w = s.wordKeys[j]!;
          const next = s.wordKeys[j + 1] ?? s.wordKeys[j]!;
          // « Moi président », « si ça ne tenait qu'à moi », « si j'étais maire »: the speaker given the power.
          own ||= (w === 'moi' && (POWER.has(next) || (j > 1 && s.wordKeys[j - 1]! === 'a' && s.wordKeys[j - 2]! === 'qu'))) || (w === 'si' && ['je', 'j', 'on'].includes(next) && /^(?:etai|pouvai|decidai|avai)/.test(s.wordKeys[j + 2] ?? s.wordKeys[j]!));
        }
      }
      const foretold = FUTURE_BE.has(beWord) || own || (k < be && FORETOLD.has(s.wordKeys[k]!) && beWord === 'etre');
      let victim = k > 0 && s.sentence[k - 1] === sent ? subjectEndingAt(s, g, k) ?? (fills(KILLING, s.words[h]) ? wrongdoerBefore(s, g, k) : undefined) : undefined;
      let from = victim && s.sentence[victim.a] === sent ? victim.a : -1;
      if (!victim && k > 0 && s.sentence[k - 1] === sent && ['vous', 'ils', 'elles'].includes(s.wordKeys[k - 1]!)) {
        from = k - 1;
        victim = s.wordKeys[k - 1]! === 'vous' ? undefined : antecedent(s, g, k - 1);
      }
      let risk = false;
      // (The speaker's own condition is no risk: « si j'étais maire, … ».)
      for (let j = from - 1; foretold && !own && j >= 0 && from - j <= 12 && s.sentence[j] === sent; j -= 1) if (RISK.has(s.wordKeys[j]!)) risk = true;
      // (« … sera abattu sans sommation, sans hésiter »: how it is done, no risk.)
      for (let j = h2; j < n && j - h2 < 7 && s.sentence[j] === sent; j += 1) {
        const adverbial = matchAt(s, ADVERBIALS, j);
        if (adverbial > j) j = adverbial - 1;
        else if (HARM_FIGURES.has(s.wordKeys[j]!) || RISK.has(s.wordKeys[j]!)) risk = true;
      }
      const reader = from >= 0 && s.wordKeys[from]! === 'vous';
      // A harm only foretold must be killing itself: « seront frappés / écrasés / bombardés… » is as often a hardship.
      // Milder verbs (« battus », « éliminés ») only when the clause ends there or says how (« comme des chiens », « à mort »):
      // « Les Canadiens méritent d'être battus ce soir » is a game.
      // (« battus à mort »: the frame's own last word says it kills.)
      const killing = fills(KILLING, s.words[h]) || afterVerb.startsWith('vif') || s.wordKeys[h2 - 1]! === 'mort';
      const ends = h2 >= n || s.brk[h2] !== 0 || ['comme', 'a'].includes(afterVerb);
      if (from >= 0 && !risk && ((duty && (killing || ends)) || (foretold && killing)) && (reader || (victim && (victim.generic || duty || ANY_ONE.has(s.wordKeys[victim.a]!))))) {
        const kindFrom = victim && !victim.generic && victim.a >= 3 && ['genre', 'type', 'sorte'].includes(s.wordKeys[victim.a - 2]!) ? victim.a - 3 : from;
        add(out, s, sc, Math.max(0, kindFrom), h2, [[h, h2]], h2);
        continue;
      }
    }
    if (call < 0 && h >= 4 && PERSON_PRONOUNS.has(s.wordKeys[h - 1]!) && SPEAKER.has(s.wordKeys[h - 2]!) && s.sentence[h - 2] === sent) {
      // « Le prochain employé qui touche à ma clôture, je l'étripe ».
      let k = h - 2;
      while (k > 0 && h - k < 15 && s.sentence[k - 1] === sent) k -= 1;
      // (« La prochaine fois, je le noie dans le sirop »: a time, not whoever comes next.)
      if (NEXT_ONE.has(s.wordKeys[k + 1]!) && ['le', 'la', 'les'].includes(s.wordKeys[k]!) && (s.wordKeys[k + 2] ?? s.wordKeys[k]!) !== 'fois') {
        add(out, s, sc, k, h2, [[h, h2]], h2);
        continue;
      }
    }
    // « On les tuera tous, ces… », « Nous vous exterminerons », « Les…, je les égorge »: the speaker's own act in any tense,
    // the victims taken up by the pronoun (read below); not the verbs of a contest or a chore (« on les écrase »).
    // « Je tuerai n'importe quel… », « On pendra tous les… »: the speaker's act in the future or conditional.
    // (A contest verb too when said « comme des… », of vermin: « je les écraserai comme des insectes ».)
    const vermin = h2 + 1 < n && s.sentence[h2 + 1] === sent && s.wordKeys[h2]! === 'comme' && ['des', 'de', 'du', 'd'].includes(s.wordKeys[h2 + 1]!);
    const mild = fills(MILD, s.words[h]) && !vermin;
    if (call < 0 && h >= 1 && OWN_SPEAKER.has(s.wordKeys[h - 1]!) && s.sentence[h - 1] === sent && SPEAKER_FUTURE.test(form) && !mild) call = h - 1;
    // « … lorsque nous aurons exterminé tous les… », « quand on aura pendu le dernier… »: the speaker's act in the future perfect,
    // killing a people.
    if (call < 0 && h >= 2 && AURA.has(s.wordKeys[h - 1]!) && OWN_SPEAKER.has(s.wordKeys[h - 2]!) && s.sentence[h - 2] === sent && fills(KILLING, s.words[h]) && m?.generic && m.identity) call = h - 2;
    if (call < 0 && h >= 2 && OWN_OBJECT.has(s.wordKeys[h - 1]!) && OWN_SPEAKER.has(s.wordKeys[h - 2]!) && s.sentence[h - 2] === sent && !mild) call = h - 2;
    // « Ce soir, on massacre les… », « Demain je tue tous les… »: the present with a future sense, when what follows is a
    // whole people by name (not « on tue le temps », « je tue les mauvaises herbes »).
    // Or a fire set under a condition that opens the sentence (« Si y construisent …, je mets le feu au chantier »).
    if (call < 0 && h >= 1 && OWN_SPEAKER.has(s.wordKeys[h - 1]!) && s.sentence[h - 1] === sent && ((!fills(MILD, s.words[h]) && m?.generic && m.identity) || (fills(FIRE, s.words[h + 2]) && opensOnIf(s, h - 1)))) call = h - 1;
    if (call < 0) {
      // « Assassiner un… comme vous devrait être dépénalisé »: the act approved after its object.
      m ??= subjectMember;
      // At the start of its sentence, or of the speaker's own opinion (« je trouve que tuer des… devrait être légal »;
      // not a denied one, « je ne crois pas que… »).
      let opinion = h > 1 && isQue(s.wordKeys[h - 1]!);
      for (let k = h - 2; opinion && k >= 0 && s.sentence[k] === sent; k -= 1) if (DENIED.has(s.wordKeys[k]!)) opinion = false;
      // « Ceux qui tuent des… sont des héros »: the doers praised.
      const doers = h > 1 && s.wordKeys[h - 1]! === 'qui' && DOERS.has(s.wordKeys[h - 2]!);
      if (!(sentenceStart(h) || opinion || doers) || !m) continue;
      let e = m.b;
      while (e < n && e - m.b < 3 && s.sentence[e] === sent && matchAt(s, APPROVED, e) < 0) e += 1;
      const end = e < n && s.sentence[e] === sent ? matchAt(s, APPROVED, e) : -1;
      if (end > e) add(out, s, sc, doers ? h - 2 : h, end, [[h, h2], [e, end]], h2);
      continue;
    }
    // « se casser la tête pour les… », « me crever les yeux »: the body part is the doer's own, a figure.
    if (BODY.has(s.wordKeys[h2 - 1]!) && h > 0 && ['se', 's', 'me', 'm'].includes(s.wordKeys[h - 1]!)) continue;
    let reader = false;
    for (let k = call; k < h; k += 1) {
      const w = s.wordKeys[k]!;
      // « Vous devriez… »: the reader as subject is told, not threatened.
      if (READER.has(w) && !(k === call && w === 'vous')) reader = true;
      if (!m && GROUP_PRONOUNS.has(w)) m = antecedent(s, g, k);
    }
    // Arson needs no person named: the place is enough (the figure « mettre le feu aux poudres » is not arson).
    const arson = fills(FIRE, s.words[h]) || (h2 - h > 2 && fills(FIRE, s.words[h + 2]));
    // (The place may end the text: « je mets le feu au chantier ».)
    const place = h2 < n && s.sentence[h2] === sent ? s.wordKeys[h2]! : '';
    // (« une bombe de peinture, de bain »: not a bomb.)
    // (« incendier les vieilles souches », « mettre le feu aux feuilles mortes »: brush burnt, not a place.)
    let noun = h2;
    while (noun < n && noun - h2 < 3 && (DETERMINERS.has(s.wordKeys[noun]!) || ['aux', 'au', 'a', 'vieux', 'vieille', 'vieilles', 'gros', 'grosses', 'petites', 'petits'].includes(s.wordKeys[noun]!))) noun += 1;
    // (« les vieux tas de branches »: a heap of it.)
    if (noun + 2 < n && ['tas', 'pile', 'piles', 'amas', 'monceau', 'monceaux'].includes(s.wordKeys[noun]!) && isDe(s.wordKeys[noun + 1]!)) noun += 2;
    const brush = arson && noun < n && s.sentence[noun] === sent && BRUSH.has(lemma(s.wordKeys[noun]!));
    if (arson && !m && !brush && place !== '' && place !== 'de' && place !== 'd' && !FIGURATIVE_FIRE.has(place) && !FIGURATIVE_FIRE.has(s.wordKeys[h2 + 1]!)) {
      add(out, s, sc, call, Math.min(n, h2 + 2), [[call, h], [h, h2]], h2);
      continue;
    }
    // Violence only people suffer: whoever is named after it (« un pilote ») or before it (« le »), not « dans le dos » (betrayal).
    if (!m && !reader && matchAt(s, PERSON_VIOLENCE, h) === h2) {
      const next = h2 < n && s.sentence[h2] === sent ? s.wordKeys[h2]! : '';
      let figure = false;
      for (let k = h2; k < n && k - h2 < 6 && s.sentence[k] === sent; k += 1) if (s.wordKeys[k]! === 'dos') figure = true;
      let before = false;
      for (let k = call; k < h; k += 1) if (PERSON_PRONOUNS.has(s.wordKeys[k]!)) before = true;
      // « égorger le poulet, un mouton »: an animal slaughtered, not a person.
      let noun = h2;
      while (noun < n && noun - h2 < 3 && DETERMINERS.has(s.wordKeys[noun]!)) noun += 1;
      const animal = !before && noun < n && ANIMALS.has(lemma(s.wordKeys[noun]!));
      if (!figure && !animal && (before || (DETERMINERS.has(next) && h2 + 1 < n && s.sentence[h2 + 1] === sent))) {
        add(out, s, sc, call, before ? h2 : h2 + 2, [[call, h], [h, h2]], h2);
        continue;
      }
    }
    // « Je vais tuer le maire », « mettre une balle dans la tête de ce conseiller-là »: a role is a person.
    // « battre le maire aux élections », « écraser les Américains au hockey »: a contest, not violence.
    let contest = false;
    for (let k = h2; k < n && k - h2 < 7 && s.sentence[k] === sent; k += 1) if (HARM_FIGURES.has(s.wordKeys[k]!)) contest = true;
    if (contest || idiom(s, h, h2)) continue;
    const role = !m && !reader ? roleAfter(s, h2, sent) : -1;
    if (role > 0 && !(form.startsWith('descend') && role < n && s.sentence[role] === sent && MOVE_TO.has(s.wordKeys[role]!))) {
      add(out, s, sc, call, role, [[call, h], [h, h2]], h2);
      continue;
    }
    if (!m && !reader) continue;
    const to = m && m.a >= h2 && s.sentence[m.a] === sent ? m.b : h2;
    // « faire souffrir les cyclistes avec ces travaux »: hardship caused by something, not violence.
    if (form.startsWith('descend') && to < n && s.sentence[to] === sent && MOVE_TO.has(s.wordKeys[to]!)) continue;
    // « éliminer les aînés de la liste, du tournoi »: struck off a list or out of a contest, not harmed.
    let struck = false;
    for (let k = h2 + 1; k < n && k <= to + 2 && s.sentence[k] === sent; k += 1) if (LISTS.has(s.wordKeys[k]!) && ['de', 'du', 'la', 'l'].includes(s.wordKeys[k - 1]!)) struck = true;
    if (struck && fills(MILD, s.words[h])) continue;
    // « tirer les jeunes vers le haut, de l'isolement, au sort »: drawn or pulled, not shot (« tirer » alone shoots).
    const pulledAt = m !== undefined && m.a >= h2 && m.head + 1 < m.b ? m.head + 1 : to;
    if (h2 - h === 1 && form.startsWith('tir') && ((pulledAt < n && s.sentence[pulledAt] === sent && (MOVE_TO.has(s.wordKeys[pulledAt]!) || PULLED.has(s.wordKeys[pulledAt]!))) || (m !== undefined && m.a > h2 && !m.generic))) continue;
    if (s.wordKeys[h]!.startsWith('fai') && to < n && s.sentence[to] === sent && HARDSHIP_CAUSE.has(s.wordKeys[to]!)) continue;
    // « rayer, effacer les… »: wiped out only « de la carte, de la surface de la terre » (not « de la liste »).
    // « faire disparaître les… » alone is their end, « … des statistiques, de la liste » a removal.
    // (The group's name may take the complement in: « les… de la carte ».)
    let c = m && m.a >= h2 ? m.head + 1 : h2;
    while (c < to && !['de', 'du', 'des', 'd'].includes(s.wordKeys[c]!)) c += 1;
    const from_ = c < n && s.sentence[c] === sent && ['de', 'du', 'des', 'd'].includes(s.wordKeys[c]!) ? s.wordKeys[c]! : '';
    const world = from_ !== '' && WORLD.has(s.wordKeys[c + (from_ === 'de' ? 2 : 1)] ?? s.wordKeys[c]!);
    if ((fills(ERASE, s.words[h]) && !world) || (form.startsWith('fai') && (s.wordKeys[h + 1] ?? s.wordKeys[h]!).startsWith('dispar') && from_ !== '' && !world)) continue;
    // « Pourquoi ne pas… ? », « Pourquoi on ne les… pas ? »: the negation proposes, it does not deny.
    if (s.wordKeys[call]! === 'pourquoi') add(out, s, sc, call, to, [[call, Math.min(n, to + 2)]]);
    // (The words between the verb and its object are its own: « n'importe quel… » denies nothing.)
    else add(out, s, sc, call, to, [[call, h], [h, h2], [h2, m && m.a > h2 ? m.a : h2]], h2);
  }
  for (const [h, h2] of violenceFound) {
    // « Il me tarde de voir les… pendus », « J'aimerais voir ces… brûlés vifs »: a group seen harmed, the wish before « voir ».
    const m = mentionAt(g, g.endingAt[h]);
    if (!m || !m.generic || m.a < 2 || s.wordKeys[m.a - 1]! !== 'voir' || !/(?:e|i|u)e?s?$/.test(s.wordKeys[h]!) || /er$/.test(s.wordKeys[h]!)) continue;
    const call = callBefore(s, callStart, m.a - 1);
    let wish = call >= 0 ? call : fills(WISH, s.words[m.a - 2]) ? m.a - 2 : -1;
    // « Ce que je voudrais, c'est voir les… pendus »: the wish in the cleft's first half.
    if (wish < 0 && m.a >= 3 && s.wordKeys[m.a - 2]! === 'est' && s.wordKeys[m.a - 3]! === 'c') {
      for (let k = m.a - 4; k >= 0 && m.a - k <= 10 && s.sentence[k] === s.sentence[h]; k -= 1) if (fills(WISH, s.words[k])) wish = k;
    }
    if (wish >= 0 && s.sentence[wish] === s.sentence[h]) add(out, s, sc, wish, h2, [[wish, h2]], h2);
  }
  for (const [h, h2] of sufferFound) {
    // « Cet… va mourir d'une mort lente », « Ces… vont crever dans d'atroces souffrances », « Les… mourront à petit feu »:
    // a death foretold to a people or one of it with a cruel manner, as the speaker's own statement (not a risk or a cause).
    const sent = s.sentence[h]!;
    let j = h;
    let told = /(?:ront|ra)$/.test(s.wordKeys[h]!);
    // (« méritent de / devraient mourir lentement »: deserved, as certain as foretold.)
    while (j > 0 && h - j < 4 && s.sentence[j - 1] === sent && (PASSIVE_GAP.has(s.wordKeys[j - 1]!) || GOING.has(s.wordKeys[j - 1]!) || DUTY.has(s.wordKeys[j - 1]!))) {
      told ||= GOING.has(s.wordKeys[j - 1]!) || DUTY.has(s.wordKeys[j - 1]!);
      j -= 1;
    }
    let m = j > 0 && j < h ? subjectEndingAt(s, g, j) : told && j === h && j > 0 ? subjectEndingAt(s, g, j) : undefined;
    let from = m ? m.a : -1;
    if (!m && j > 0 && s.sentence[j - 1] === sent && ['ils', 'elles', 'il', 'elle', 'y'].includes(s.wordKeys[j - 1]!)) (m = antecedent(s, g, j - 1)), (from = j - 1);
    const c = h2 < n && s.sentence[h2] === sent && PASSIVE_GAP.has(s.wordKeys[h2]!) ? h2 + 1 : h2;
    let cruel = told && m !== undefined && m.identity && (m.generic || member(m, true)) && c < n && s.sentence[c] === sent ? matchAt(s, CRUEL, c) : -1;
    // « Ces… vont mourir, je vous le promets », « Ces… vont crever, je m'en charge »: the speaker vouching for the death (the verb's
    // clause ending there; « mourir de froid » is a plight, « si… », « avec… » a risk or a cause: read below).
    const vouch = cruel <= c && told && m !== undefined && m.identity && (m.generic || member(m, true)) && /^(?:mour|meur|crev|peri|agon|brul)/.test(s.wordKeys[h]!) && (h2 >= n || s.sentence[h2] !== sent || s.brk[h2] !== 0) && vouchedIn(s, sent) && !riskIn(s, sent, 2);
    if (vouch) cruel = h2;
    if ((cruel > c || vouch) && s.sentence[cruel - 1] === sent) {
      if (!riskIn(s, sent, 1) && from >= 0 && s.sentence[from] === sent) add(out, s, sc, from, cruel, [[from, cruel]], cruel);
    }
  }
  for (const [h, h2] of sufferFound) {
    // « voir ces… souffrir »: the sufferer is named before the verb, « voir » and a wish before it.
    let k = h;
    let may = false;
    let decent = false;
    // (« ont brûlé »: a past told, not « ont besoin de / ont à brûler ».)
    while (k > 0 && h - k < (decent ? 9 : 4) && (k < h || s.wordKeys[k - 1]! !== 'ont') && (PASSIVE_GAP.has(s.wordKeys[k - 1]!) || FORETOLD.has(s.wordKeys[k - 1]!) || MAY.has(s.wordKeys[k - 1]!) || DUTY.has(s.wordKeys[k - 1]!))) {
      // « peuvent (bien) crever », « devraient / méritent de crever, souffrir »: shrugged off or deserved.
      if ((MAY.has(s.wordKeys[k - 1]!) && s.wordKeys[k - 1]!.startsWith('p')) || (DUTY.has(s.wordKeys[k - 1]!) && s.wordKeys[k - 1]!.length > 2)) may = true;
      k -= 1;
      // « devraient avoir la décence de mourir », « feraient mieux de crever »: the duty framed as good manners or the better choice.
      // (« feraient mieux de mourir chez eux qu'à l'hôpital » compares places: « mourir » then needs « que » after it.)
      const w = k > 3 ? s.wordKeys[k - 1]! : '';
      const c = w === 'mieux' ? k - 2 : k - 3;
      if (/^de?$/.test(s.wordKeys[k]!) && (DECENCY.has(w) || (w === 'mieux' && (fills(DEATH, s.words[h]) || /^qu/.test(s.wordKeys[h2] ?? s.wordKeys[h]!)))) && /^(?:fer|avoir)/.test(s.wordKeys[c]!)) (decent = true), (k = c);
    }
    if (letDie(s, sc, g, out, h, h2)) continue;
    let m = subjectEndingAt(s, g, k);
    // « Ils peuvent tous crever, ces… »: a pronoun taking the group up.
    const pronoun = !m && k > 0 && ['ils', 'elles', 'y'].includes(s.wordKeys[k - 1]!) ? k - 1 : -1;
    if (pronoun >= 0) m = antecedent(s, g, pronoun);
    // « Vous, les…, vous allez tous mourir. »: the group addressed, its death foretold as the end of the sentence.
    if (!m && k > 0 && s.wordKeys[k - 1]! === 'vous' && h2 <= n && (h2 === n || s.sentence[h2] !== s.sentence[h])) {
      const named = antecedent(s, g, k - 1);
      let all = false;
      let told = false;
      for (let j = k; j < h; j += 1) (all ||= ['tous', 'toutes'].includes(s.wordKeys[j]!)), (told ||= s.wordKeys[j]! === 'allez');
      if (named && named.generic && named.identity && all && told && s.sentence[named.a] === s.sentence[h]) add(out, s, sc, k - 1, h2, [[k - 1, h2]], h2);
      continue;
    }
    if (!m || s.sentence[m.a] !== s.sentence[h]) continue;
    // « mourir de rire », « crever de faim »: a figure or a plight, not harm wished; « souffrent moins »: relief wished.
    // (« disparaître de la surface de la terre » is still their end.)
    const after = h2 < n && s.sentence[h2] === s.sentence[h] ? s.wordKeys[h2]! : '';
    if (['moins', 'plus', 'pas'].includes(after) || (isDe(after) && !s.wordKeys[h]!.startsWith('dispar')) || goodDeath(s, h2)) continue;
    // « Les… peuvent (bien) crever »: their death shrugged off.
    if ((may || decent) && m.generic && (fills(DEATH, s.words[h]) || s.wordKeys[h]!.startsWith('souffr') || decent)) {
      add(out, s, sc, pronoun >= 0 ? pronoun : m.a, h2, [[k, h2]], h2);
      continue;
    }
    // « Puissent les… crever », « Puissent-ils tous crever, ces… »: the optative opening the clause.
    const optative = (pronoun >= 0 ? pronoun : m.a) - 1;
    if (m.generic && optative >= 0 && s.wordKeys[optative]! === 'puissent') {
      add(out, s, sc, optative, h2, [[h, h2]], h2);
      continue;
    }
    // « Je souhaite que les… disparaissent », « J'aimerais que tous les… meurent »: the wish right before the clause's « que ».
    let q = pronoun >= 0 ? pronoun : m.a;
    if (q > 0 && PASSIVE_GAP.has(s.wordKeys[q - 1]!)) q -= 1;
    q -= 1;
    let wish = q > 0 && s.sentence[q] === s.sentence[h] && isQue(s.wordKeys[q]!) ? (fills(WISH, s.words[q - 1]) ? q - 1 : q > 1 && fills(WISH, s.words[q - 2]) ? q - 2 : -1) : -1;
    // « Mon vœu (le plus cher) est que les… disparaissent »: the wish as a noun, « est que » after it.
    for (let j = q - 2; wish < 0 && q > 1 && s.wordKeys[q - 1]! === 'est' && j >= 0 && q - j <= 6 && s.sentence[j] === s.sentence[h]; j -= 1) if (WISH_NOUN.has(s.wordKeys[j]!)) wish = j;
    // « Ce serait une bénédiction si tous les… périssaient »: a death in the imperfect after « si », welcomed before it.
    if (wish < 0 && m.generic && q >= 0 && s.wordKeys[q]! === 'si' && /aient$/.test(s.wordKeys[h]!)) {
      for (let j = q - 1; wish < 0 && j >= 0 && q - j <= 8 && s.sentence[j] === s.sentence[h]; j -= 1) if (fills(WISH, s.words[j]) || WELCOME.has(s.wordKeys[j]!)) wish = j;
    }
    if (m.generic && wish >= 0 && pronoun < 0) {
      add(out, s, sc, wish, h2, [[h, h2]], h2);
      continue;
    }
    // « Que les… crèvent! »: the subjunctive opening the sentence is the wish.
    if (m.generic && m.a > 0 && isQue(s.wordKeys[m.a - 1]!) && sentenceStart(m.a - 1)) {
      add(out, s, sc, m.a - 1, h2, [[m.a - 1, h2]], h2);
      continue;
    }
    // « Les… vont tous crever »: their death foretold as a sentence of its own, not as a risk (« si on fait rien, … »).
    if (m.generic && m.b < h && FORETOLD.has(s.wordKeys[m.b]!) && fills(DEATH, s.words[h]) && (h2 === n || s.sentence[h2] !== s.sentence[h])) {
      let risk = false;
      for (let j = m.a - 1; j >= 0 && s.sentence[j] === s.sentence[h]; j -= 1) if (RISK.has(s.wordKeys[j]!)) risk = true;
      if (!risk) add(out, s, sc, m.a, h2, [[m.b, h2]], h2);
      continue;
    }
    if (m.a === 0 || s.wordKeys[m.a - 1]! !== 'voir') continue;
    const call = callBefore(s, callStart, m.a);
    if (call >= 0) add(out, s, sc, call, h2, [[call, m.a], [h, h2]], h2);
  }
  for (const [a, b] of findAllIn(s, PROMISED)) {
    // « Si je croise le maire, il va manger une volée »: the speaker's condition makes it a threat
    // (« si le Canadien joue de même, il va manger une volée » is a forecast).
    let k = a;
    while (k > 0 && a - k < 15 && s.sentence[k - 1] === s.sentence[a]) k -= 1;
    // (« Le jour où je le croise, … », « Quand j'en pogne un, … »: the condition within the sentence's first words.)
    let c = k;
    // (« Si tu reviens, tu repars sur une civière »: the reader's own coming back or daring, for the reader's fate; not a fall.)
    const you = /^(?:tu|t|vous)$/.test(s.wordKeys[a]!);
    while (c < a - 1 && c - k < 4 && !(/^(?:si|quand|ou)$/.test(s.wordKeys[c]!) && (SPEAKER_IF.has(s.wordKeys[c + 1]!) || (you && /^(?:tu|t|vous)$/.test(s.wordKeys[c + 1]!) && /^(?:rev|remet|touch|approch|os|recommenc|point)/.test(s.wordKeys[c + 2] ?? s.wordKeys[c]!))))) c += 1;
    // (« il est mort » ends the sentence after a meeting: not « si je me souviens bien, il est mort en 2010 ».)
    let met = !/^(?:mort|cuit)/.test(s.wordKeys[b - 1]!);
    for (let j = c + 2; !met && j < a && j < c + 5; j += 1) met = /(?:crois|pogn|voi[st]?$|trouv|attrap|rencontr)/.test(s.wordKeys[j]!) && (b >= n || s.sentence[b] !== s.sentence[a]);
    // (« Remets les pieds dans ma cour pis tu ressors en ambulance »: a dare opening the sentence, on the speaker's ground or
    // said again; not advice, « mets ton casque sinon tu sors en ambulance ».)
    let dare = you && a - k > 1 && DARE.test(s.wordKeys[k]!);
    if (dare && !s.wordKeys[k]!.startsWith('re')) {
      dare = false;
      for (let j = k + 1; j < a; j += 1) dare ||= /^(?:mon|ma|mes|nos|encore|icitte|juste)$/.test(s.wordKeys[j]!);
    }
    if ((c < a - 1 && c - k < 4 && met) || dare) add(out, s, sc, k, b, [[a, b]]);
  }
  for (const [p, q] of findAllIn(s, NONE_ALIVE)) {
    // « Nous ne devons laisser vivre aucun… »: the group named after the quantifier (its own negation is the point).
    const m = mentionAt(g, (g.headAt[q] ?? -1) >= 0 ? g.headAt[q] : g.startingAt[q]);
    if (!m || s.sentence[m.a] !== s.sentence[p]) continue;
    // « laisser aucun… en vie »: the life named after the group.
    // (« ne laisser aucun… vivant », in written French.)
    const alive = m.b < s.words.length && s.sentence[m.b] === s.sentence[p] && (/^(?:vivant|survivant)e?s?$/.test(s.wordKeys[m.b]!) || (s.wordKeys[m.b]! === 'en' && (s.wordKeys[m.b + 1] ?? s.wordKeys[m.b]!) === 'vie'));
    if (q - p === 2 && !alive) continue;
    let a = p;
    while (a > 0 && p - a < 4 && s.sentence[a - 1] === s.sentence[p] && ['ne', 'n', 'nous', 'on', 'il', 'faut', 'faudrait', 'devons', 'devrait', 'devrions', 'doit', 'pas', 'jamais', 'je', 'vais', 'va'].includes(s.wordKeys[a - 1]!)) a -= 1;
    add(out, s, sc, a, m.b, [[a, m.b]]);
  }
  for (let h = 2; h < n; h += 1) {
    // « Les… vont payer », « Ils vont le regretter, ces… »: revenge promised to a group, said as the end of the sentence.
    if (!PAY.has(s.wordKeys[h]!)) continue;
    const sent = s.sentence[h]!;
    let k = h - 1;
    if (['le', 'l'].includes(s.wordKeys[k]!)) k -= 1;
    const all = k > 0 && ['tous', 'toutes'].includes(s.wordKeys[k]!);
    while (k > 0 && h - k < 4 && PASSIVE_GAP.has(s.wordKeys[k]!)) k -= 1;
    if (!FORETOLD.has(s.wordKeys[k]!) || s.sentence[k] !== sent) continue;
    const next = h + 1 < n && s.sentence[h + 1] === sent ? s.wordKeys[h + 1]! : '';
    // « Les aînés vont payer. » may be a cost foretold; « vont tous payer », « payer cher » is revenge.
    const ends = PAY_END.has(next) || (next === '' && all);
    let m = ends ? mentionAt(g, g.endingAt[k]) : undefined;
    if (!m && k > 0 && ['ils', 'elles', 'y'].includes(s.wordKeys[k - 1]!) && (next === '' || s.brk[h + 1] !== 0)) {
      // The group named right after, in apposition (« Ils vont payer, ces… »).
      const after = h + 1 < n && s.sentence[h + 1] === sent ? mentionAt(g, g.startingAt[h + 1]) : undefined;
      if (after && (after.b >= n || s.sentence[after.b] !== sent)) m = after;
    }
    // « Avec cette hausse, les aînés vont payer »: the cost of something, not revenge.
    let cost = false;
    for (let j = Math.min(k, m?.a ?? k) - 1; j >= 0 && s.sentence[j] === sent; j -= 1) if (RISK.has(s.wordKeys[j]!) || HARDSHIP_CAUSE.has(s.wordKeys[j]!)) cost = true;
    if (m && m.generic && !cost) add(out, s, sc, Math.min(m.a, k), h + 1, [[k, h + 1]], h + 1);
  }
  for (let i = 1; i < n; i += 1) {
    // « Que le maire crève », « J'espère que ce conseiller-là va mourir », « Le maire mérite de crever »: death wished on a role.
    const mi = mentionAt(g, g.headAt[i]);
    if (!(ROLES.has(s.wordKeys[i]!) || (mi !== undefined && mi.b === i + 1 && member(mi, true))) || !DETERMINERS.has(s.wordKeys[i - 1]!)) continue;
    const sent = s.sentence[i]!;
    let j = i + 1;
    let duty = false;
    for (; j < n && j - i <= 5 && s.sentence[j] === sent && ROLE_GAP.has(s.wordKeys[j]!); j += 1) {
      const w = s.wordKeys[j]!;
      // (« un policier va finir… » is a forecast of someone: the end foretold needs one person pointed at.)
      if ((DUTY.has(w) && w !== 'de' && w !== 'd') || (END_VERBS.has(w) && !/^une?$/.test(s.wordKeys[i - 1]!))) duty = true;
    }
    if (j >= n || s.sentence[j] !== sent) continue;
    let v = fills(DYING, s.words[j]) ? j + 1 : -1;
    if (v < 0 && duty) v = matchAt(s, PERSON_VIOLENCE, j);
    if (v <= j || (v < n && s.sentence[v] === sent && isDe(s.wordKeys[v]!))) continue;
    const q = i - 2;
    if (duty) add(out, s, sc, i - 1, v, [[i + 1, v]], v);
    else if (q >= 0 && s.sentence[q] === sent && isQue(s.wordKeys[q]!) && (sentenceStart(q) || (q > 0 && fills(WISH, s.words[q - 1])))) add(out, s, sc, sentenceStart(q) ? q : q - 1, v, [[q, v]], v);
  }
  wishedOnPeople(s, sc, out);
  // « Tout immigrant qui met le pied ici va se faire tirer dessus », « N'importe quel… qui passe va manger une volée »:
  // harm promised to whoever of a group does something (the sentence opens on « tout / chaque / n'importe quel / le prochain »).
  const whoever = (v: number, q: number, idiom = false): void => {
    // (« … se fera tirer dessus »: the future itself.)
    if (v < 2 || !['va', 'vont', 'fera', 'feront'].includes(s.wordKeys[v]!)) return;
    const sent = s.sentence[v]!;
    let j = v - 1;
    let relative = false;
    while (j > 0 && v - j < 15 && s.sentence[j - 1] === sent) (relative ||= s.wordKeys[j]! === 'qui'), (j -= 1);
    const first = s.wordKeys[j]!;
    const next = ['le', 'la', 'les'].includes(first) && NEXT_ONE.has(s.wordKeys[j + 1] ?? s.wordKeys[j]!);
    const opens = ANY_ONE.has(first) || (first === 'n' && (s.wordKeys[j + 1] ?? s.wordKeys[j]!) === 'importe') || next;
    let named = false;
    for (let k = j; k < j + 4 && k < v; k += 1) if (mentionAt(g, g.startingAt[k])?.identity || mentionAt(g, g.headAt[k])?.identity) named = true;
    // « … va se faire tirer dessus par la police »: an agent named, a forecast.
    const agent = q + 1 < n && s.sentence[q + 1] === sent && (s.wordKeys[q]! === 'par' || s.wordKeys[q + 1]! === 'par');
    // (The « n' » of « n'importe » denies nothing.)
    // « Le prochain qui touche à mon char va le sentir », « J'ai un .22… Le prochain y va y goûter »: a consequence idiom promised to whoever
    // comes next, said of a deed (« qui… ») or after a gun; no people needed.
    // (« va le sentir, le regretter » only after a trespass, « qui touche à mon char, rentre dans ma cour », or a gun: not « qui oublie son lunch va le regretter ».)
    let dare = armed[sent] === 1 || !/^(?:sentir|regretter)$/.test(s.wordKeys[q - 1]!);
    for (let k = j; k < v; k += 1) dare ||= /^(?:touch|approch|r?entr|mets?$|met[te]|pogn|vol[ea]|os[ea])/.test(s.wordKeys[k]!);
    if (opens && (named ? relative : idiom && next && dare && (relative || armed[sent] === 1)) && !agent) add(out, s, sc, j, q, [[v, q], [j, j + 2]], q);
  };
  for (const [p, q] of [...findAllIn(s, PROMISED_BARE), ...findAllIn(s, COMEUPPANCE)]) whoever(p, q, true);
  for (const [p, q] of findAllIn(s, PASSIVE_HARM)) {
    whoever(p - 1, q);
    whoever(p + 1, q);
    // « J'espère que le maire va se faire écraser », « ce conseiller devrait se faire tabasser »: harm wished in the passive.
    let figure = false;
    for (let k = q; k < n && k - q < 4 && s.sentence[k] === s.sentence[p]; k += 1) if (HARM_FIGURES.has(s.wordKeys[k]!)) figure = true;
    // The wish governs the clause right before its « que » (« j'espère que… », « ce serait bien que… »),
    // not through another verb (« nous ne devons jamais tolérer que… se fasse tuer »); a duty stands right before (« devrait se… »).
    let a = -1;
    let k = p - 1;
    while (k > 0 && p - k < 3 && (PASSIVE_GAP.has(s.wordKeys[k]!) || isDe(s.wordKeys[k]!))) k -= 1;
    if (k >= 0 && s.sentence[k] === s.sentence[p] && fills(DUTY_VERB, s.words[k])) a = k;
    for (k = p - 1; a < 0 && k > 0 && p - k <= 8 && s.sentence[k - 1] === s.sentence[p]; k -= 1) {
      // « Je souhaite que personne se fasse frapper »: nobody is the victim.
      if (NOBODY.has(s.wordKeys[k]!)) break;
      // « J'ai hâte de voir le maire se faire… »: seeing it, wished.
      if (!['que', 'qu', 'voir'].includes(s.wordKeys[k]!)) continue;
      if (fills(WISH, s.words[k - 1])) a = k - 1;
      else if (k > 1 && isDe(s.wordKeys[k - 1]!) && fills(WISH, s.words[k - 2])) a = k - 2;
      break;
    }
    if (!figure && a >= 0) add(out, s, sc, a, q, [[a, q]], q);
  }
  for (const [p, q] of findAllIn(s, DESERVED)) {
    // « Les… méritent une balle », « Chaque… mériterait la corde »: death deserved by a group (or one of it, « chaque »).
    const sent = s.sentence[p]!;
    let k = p;
    while (k > 0 && p - k < 2 && s.sentence[k - 1] === sent && PASSIVE_GAP.has(s.wordKeys[k - 1]!)) k -= 1;
    // « Les… sont bons pour la corde »: fit for it is deserving it.
    const fit = k > 2 && s.wordKeys[k - 1]! === 'pour' && /^bonn?e?s?$/.test(s.wordKeys[k - 2]!);
    if (fit) k -= BE_FORMS.has(s.wordKeys[k - 3]!) ? 2 : 1;
    if (k > 0 && s.sentence[k - 1] === sent && (DESERVE.has(s.wordKeys[k - 1]!) || fit)) {
      k -= 1;
      while (k > 0 && p - k < 4 && s.sentence[k - 1] === sent && PASSIVE_GAP.has(s.wordKeys[k - 1]!)) k -= 1;
      let m = k > 0 ? subjectEndingAt(s, g, k) ?? wrongdoerAt(s, g, k - 1) : undefined;
      let from = m && s.sentence[m.a] === sent ? m.a : -1;
      if (!m && k > 0 && s.sentence[k - 1] === sent && ['ils', 'elles', 'y'].includes(s.wordKeys[k - 1]!)) (m = antecedent(s, g, k - 1)), (from = k - 1);
      const each = m !== undefined && m.a < n && (s.wordKeys[m.a]! === 'chaque' || member(m, true));
      if (m && (m.generic || each) && from >= 0) add(out, s, sc, from, q, [[k, q]], q);
      // « Le DG mérite une balle », « ce maire-là mériterait la corde »: a person named by the role.
      else if (!m && k >= 2 && s.sentence[k - 2] === sent && ROLES.has(s.wordKeys[k - 1]!) && DETERMINERS.has(s.wordKeys[k - 2]!)) add(out, s, sc, k - 2, q, [[k, q]], q);
      continue;
    }
    // « La seule chose que méritent les…, c'est une balle », « Ce que les… méritent, c'est la corde »: the cleft.
    if (p > 2 && s.wordKeys[p - 1]! === 'est' && s.wordKeys[p - 2]! === 'c' && s.sentence[p - 2] === sent) {
      let found = false;
      for (let j = p - 3; !found && j >= 0 && p - j <= 14 && s.sentence[j] === sent; j -= 1) {
        if (!DESERVING.has(s.wordKeys[j]!)) continue;
        const m = mentionAt(g, g.startingAt[j + 1]) ?? mentionAt(g, g.endingAt[j]);
        if (m && m.generic && m.b <= p - 2) add(out, s, sc, Math.min(m.a, j), q, [[Math.min(m.a, j), q]], q), (found = true);
        // « Ce que tu mérites, c'est une balle »: the same cleft said of a person.
        else if (j > 1 && DESERVERS.has(s.wordKeys[j - 1]!) && isQue(s.wordKeys[j - 2]) && !isDe(s.wordKeys[q] ?? '')) add(out, s, sc, j - 2, q, [[j - 2, q]], q), (found = true);
      }
      if (found) continue;
    }
    // « Une balle dans la tête, c'est (tout) ce que tu mérites »: the cleft turned round, what is deserved first.
    const deserver = deservedAfter(s, q, sent);
    if (deserver > 0) {
      add(out, s, sc, p, deserver, [[p, deserver]], deserver);
      continue;
    }
    // « Les…, à la potence! », « Tous les… au bout d'une corde »: the group first, the slogan ending the sentence.
    if (p > 1 && ['a', 'au', 'aux'].includes(s.wordKeys[p - 1]!) && (q >= n || s.sentence[q] !== sent)) {
      const m = mentionAt(g, g.endingAt[p - 1]);
      if (m && m.generic && sentenceStart(m.a)) add(out, s, sc, m.a, q, [[m.a, q]], q);
      continue;
    }
    // « Au poteau, les… ! »: the slogan first, the group alone after the break.
    if (p > 0 && ['a', 'au', 'aux'].includes(s.wordKeys[p - 1]!) && sentenceStart(p - 1) && q < n && s.brk[q] !== 0) {
      const m = mentionAt(g, g.startingAt[q]);
      if (m && m.generic && (m.b >= n || s.sentence[m.b] !== sent)) add(out, s, sc, p - 1, m.b, [[p - 1, m.b]], m.b);
      continue;
    }
    // « Une balle pour chaque… », « La corde pour tous les… »: the slogan opening its sentence or joined to another (« …, pis une
    // balle dans la tête pour chaque… »), its impact and one more thing said before « pour » (« une corde et un arbre pour… »).
    // (« Le peloton pour les cyclistes part à 9 h »: a bare « peloton » opening a sentence is a race; only « au peloton ».)
    if (s.wordKeys[q - 1]! === 'peloton') continue;
    let r = Math.max(q, matchAt(s, IMPACT, p));
    if (r + 2 < n && JOINED.has(s.wordKeys[r]!) && ['un', 'une', 'des', 'du'].includes(s.wordKeys[r + 1]!)) r += 3;
    const opens = sentenceStart(p) || (p > 0 && JOINED.has(s.wordKeys[p - 1]!) && s.brk[p - 1] !== 0);
    if (!opens || r >= n || s.sentence[r] !== sent || !['pour', 'a', 'aux', 'au'].includes(s.wordKeys[r]!)) continue;
    const m = objectAfter(s, g, s.wordKeys[r]! === 'pour' ? r + 1 : r, sent);
    if (m && (m.generic || s.wordKeys[m.a]! === 'chaque')) add(out, s, sc, p, m.b, [[p, m.b]], m.b);
  }
  for (const [p, q] of findAllIn(s, DOOM)) {
    // « Les… vont y goûter », « Les…, vous êtes tous morts », « n'ont qu'à bien se tenir »: doom promised, the sentence ending there.
    if (q < n && s.sentence[q] === s.sentence[p]) continue;
    let k = p;
    while (k > 0 && p - k < 2 && (PASSIVE_GAP.has(s.wordKeys[k - 1]!) || FORETOLD.has(s.wordKeys[k - 1]!))) k -= 1;
    let m = k > 0 && s.sentence[k - 1] === s.sentence[p] ? subjectEndingAt(s, g, k) : undefined;
    let from = m ? m.a : -1;
    // Taken up by « ils / vous » (« Les…, vous êtes tous morts »).
    if (!m && k > 0 && s.sentence[k - 1] === s.sentence[p] && ['ils', 'elles', 'vous', 'y'].includes(s.wordKeys[k - 1]!)) (m = antecedent(s, g, k - 1)), (from = k - 1);
    if (m && m.generic && s.sentence[m.a] === s.sentence[p]) add(out, s, sc, Math.min(from, m.a), q, [[p, q]], q);
  }
  for (const [p, q] of findAllIn(s, MASS)) {
    // « Il faudrait un génocide des… », « On va faire une chasse aux… », « Ça va être un massacre de… »: mass violence
    // called for, promised or cheered, against an identity named right after (not « pour les… », a figure of cost).
    const sent = s.sentence[p]!;
    // « la solution finale pour les… »: that name needs no other word to mean extermination.
    const final = s.wordKeys[p]! === 'solution';
    let k = p;
    let good = false;
    while (k > 0 && p - k < 3 && s.sentence[k - 1] === sent && MASS_GAP.has(s.wordKeys[k - 1]!)) (good ||= GOOD.has(s.wordKeys[k - 1]!)), (k -= 1);
    const before = k > 0 && s.sentence[k - 1] === sent ? s.words[k - 1]! : undefined;
    // « Ce sera un bain de sang pour les… », « Ça va être une boucherie pour les… »: foretold, « pour » names the victims.
    const future = before !== undefined && (keyOf(before) === 'sera' || (keyOf(before) === 'etre' && k > 1 && GOING.has(s.wordKeys[k - 2]!)));
    const of = q < n && s.sentence[q] === sent ? s.wordKeys[q]! : '';
    let m = of !== '' && (MASS_OF.has(of) || ((final || future) && ['pour', 'a', 'aux', 'au'].includes(of))) ? objectAfter(s, g, ['chez', 'parmi', 'pour'].includes(of) ? q + 1 : q, sent) : undefined;
    // « Pour les…, ce sera un bain de sang. »: the victims named first.
    let lead = -1;
    if (!m && future && (q >= n || s.sentence[q] !== sent)) {
      let st = k;
      while (st > 0 && s.sentence[st - 1] === sent) st -= 1;
      const named = s.wordKeys[st]! === 'pour' ? mentionAt(g, g.startingAt[st + 1]) : undefined;
      if (named && named.b < n && s.brk[named.b] !== 0) (m = named), (lead = st);
    }
    // « Ce qu'il faudrait aux…, c'est une bonne boucherie »: the cleft, the group and the call in its first half.
    if (!m && before !== undefined && keyOf(before) === 'est' && k > 1 && s.wordKeys[k - 2]! === 'c' && (q >= n || s.sentence[q] !== sent)) {
      let called = -1;
      for (let j = k - 3; j >= 0 && k - j <= 12 && s.sentence[j] === sent; j -= 1) {
        const named = mentionAt(g, g.startingAt[j]);
        if (named && named.generic && named.identity && !m) m = named;
        if (fills(MASS_CALL, s.words[j]) || (callStart[j + 1] ?? -1) >= 0) called = j;
      }
      // (The call right before the group: « il faudrait aux… », not « il faut se rappeler sur les… ».)
      if (m && called >= 0 && called < m.a && m.a - called <= 2) add(out, s, sc, called, q, [[called, q]], q);
      continue;
    }
    if (!m || !m.identity || !(m.generic || s.wordKeys[m.a]! === 'chaque')) continue;
    // (« Ce sera un carnage pour les… si… », « … avec cette hausse »: a risk or a cost foretold.)
    if (future && (of === 'pour' || lead >= 0) && riskIn(s, sent)) continue;
    const call = callBefore(s, callStart, k);
    // (« Une bonne boucherie de…, c'est ce qu'il nous faut »: approved by its adjective.)
    // (« Ça va saigner chez les… »: the verb, foretold.)
    const bleed = s.wordKeys[p]!.startsWith('saign') && before !== undefined && GOING.has(keyOf(before));
    const from = lead >= 0 ? lead : call >= 0 ? call : before && (fills(MASS_CALL, before) || bleed) ? k - 1 : sentenceStart(k) && (k === p || final || good) ? k : -1;
    if (from >= 0 && lead >= 0) {
      add(out, s, sc, from, q, [[from, q]], q);
      continue;
    }
    if (from >= 0) {
      add(out, s, sc, from, m.b, [[from, q]], q);
      continue;
    }
    // « La chasse aux… devrait être légale », « Le meurtre de… ne devrait pas être puni »: the act named as a noun, made lawful.
    let e = m.b;
    let contest = false;
    while (sentenceStart(k) && e < n && e - m.b < 3 && s.sentence[e] === sent && matchAt(s, APPROVED, e) < 0) (contest ||= HARM_FIGURES.has(s.wordKeys[e]!)), (e += 1);
    const end = sentenceStart(k) && e < n && s.sentence[e] === sent && !contest ? matchAt(s, APPROVED, e) : -1;
    if (end > e) add(out, s, sc, k, end, [[k, q], [e, end]], q);
  }
  for (const [p, q] of findAllIn(s, ARMED_FOR)) {
    // « J'ai des balles pour chaque… », « J'ai acheté un fusil pour les… »: the speaker armed for a people.
    const sent = s.sentence[p]!;
    // (Or for the reader: « je garde une balle pour toi ».)
    const m = q < s.words.length && /^(?:toi|vous)$/.test(s.wordKeys[q]!) ? { b: q + 1 } : objectAfter(s, g, q, sent);
    if (!m || (!('identity' in m) ? false : !m.identity || !(m.generic || s.wordKeys[m.a]! === 'chaque'))) continue;
    for (let k = p - 1; k >= 0 && p - k <= 3 && s.sentence[k] === sent; k -= 1) {
      if (!SPEAKER.has(s.wordKeys[k]!) && !['nous'].includes(s.wordKeys[k]!)) continue;
      add(out, s, sc, k, m.b, [[k, m.b]], q);
      break;
    }
  }
  for (const [p, q] of findAllIn(s, NONE_SURVIVE)) {
    // « Je vais faire en sorte qu'aucun… ne survive », « Il faut qu'aucun… n'en sorte vivant »: none left alive, wished or called for.
    const sent = s.sentence[p]!;
    const m = mentionAt(g, g.endingAt[p]);
    if (!m || s.sentence[m.a] !== sent) continue;
    let a = NOBODY.has(s.wordKeys[m.a]!) ? m.a : m.a > 0 && NOBODY.has(s.wordKeys[m.a - 1]!) ? m.a - 1 : -1;
    if (a < 2 || !isQue(s.wordKeys[a - 1]!)) continue;
    const call = callBefore(s, callStart, a - 1);
    a = call >= 0 ? call : fills(WISH, s.words[a - 2]) ? a - 2 : -1;
    if (a >= 0 && s.sentence[a] === sent) add(out, s, sc, a, q, [[a, q]], q);
  }
  for (const [p, q] of findAllIn(s, UNWORTHY)) {
    // « Les… ne méritent pas de vivre », « Aucun… ne mérite de vivre », « Les… ne devraient pas exister »: life denied to a
    // people, the clause ending there (not « … ne devraient pas vivre dans la pauvreté »). The negation is the frame's own.
    const sent = s.sentence[p]!;
    if (q < n && s.sentence[q] === sent && s.brk[q] === 0) continue;
    let k = p;
    while (k > 0 && p - k < 2 && PASSIVE_GAP.has(s.wordKeys[k - 1]!)) k -= 1;
    const m = k > 0 && s.sentence[k - 1] === sent ? subjectEndingAt(s, g, k) : undefined;
    const none = m !== undefined && (NOBODY.has(s.wordKeys[m.a]!) || (m.a > 0 && NOBODY.has(s.wordKeys[m.a - 1]!)));
    const from = none && !NOBODY.has(s.wordKeys[m.a]!) ? m.a - 1 : (m?.a ?? -1);
    if (m && m.identity && (m.generic || none) && s.sentence[m.a] === sent) add(out, s, sc, from, q, [[from, q]], q);
  }
  for (const [p, q] of findAllIn(s, DEAD_GOOD)) {
    // « Un… mort, c'est un problème de moins », « Plus il y aura de… morts, mieux ce sera »: their death called good.
    const sent = s.sentence[p]!;
    let found = -1;
    for (let j = p - 1; found < 0 && j > 0 && p - j <= 8 && s.sentence[j] === sent; j -= 1) {
      if (!DEAD.test(s.wordKeys[j]!)) continue;
      const m = mentionAt(g, g.endingAt[j]);
      if (m && m.identity) found = m.a;
    }
    if (found >= 0) add(out, s, sc, found, q, [[found, q]], q);
  }
  // « Un … de moins, une bonne nouvelle », « un … de moins sur la planète »: one of a people fewer, welcomed.
  // (The name may have taken « de moins » as its complement.)
  for (const m of g.mentions) {
    if (!m.identity || !['un', 'une'].includes(s.wordKeys[m.a]!)) continue;
    // (« un … en moins » is the same count.)
    const end = s.wordKeys[m.b - 1]! === 'moins' && /^(?:de|en)$/.test(s.wordKeys[m.b - 2]!) ? m.b : m.b + 1 < s.words.length && /^(?:de|en)$/.test(s.wordKeys[m.b]!) && s.wordKeys[m.b + 1]! === 'moins' ? m.b + 2 : -1;
    if (end < 0 || s.sentence[end - 1] !== s.sentence[m.a]) continue;
    // (« Une femme de moins au conseil, dommage »: fewer in a body, regretted; « sur la planète » is the world.)
    const next = end < s.words.length && s.sentence[end] === s.sentence[m.a] && s.brk[end] === 0 ? s.wordKeys[end]! : '';
    if (['au', 'a', 'dans', 'en', 'aux'].includes(next) && !LIVING_PLACES.has(s.wordKeys[end + 2] ?? s.wordKeys[end]!) && !LIVING_PLACES.has(s.wordKeys[end + 1] ?? s.wordKeys[end]!)) continue;
    let regret = false;
    for (let k = end; k < s.words.length && s.sentence[k] === s.sentence[m.a]; k += 1) if (REGRET.has(s.wordKeys[k]!)) regret = true;
    if (!regret) add(out, s, sc, m.a, end, [[m.a, end]], end);
  }
  for (const [p, q] of findAllIn(s, BETTER_WITHOUT)) {
    const m = objectAfter(s, g, q, s.sentence[p]!);
    if (m && m.generic) add(out, s, sc, p, m.b, [[p, q]], q);
  }
}

const IMPACT = compile(impact);
/** Who is hit, as the pronoun right before the verb of an impact (« lui loger », « leur coller », joual « y crisser »). */
const DATIVE = new Set(['lui', 'leur', 'y', 'te', 't', 'vous']);
/** Whose body, after it (« dans le crâne de ce… »). */
const OF_WHOM = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux']);

/**
 * « Je vais lui loger une balle dans le crâne », « on va leur coller une balle entre les deux yeux », « je lui enverrai
 * un pruneau dans la nuque »: an impact on a body part (lexicon-threat.ts) after ANY verb, which a call or the speaker's own
 * future governs; the victim is the pronoun before the verb or the body's owner after it (not an animal, not oneself).
 */
function findImpacts(s: Stream, sc: Scope, callStart: Int32Array, out: WordHit[]): void {
  const n = s.words.length;
  for (const [p, q] of findAllIn(s, IMPACT)) {
    const sent = s.sentence[p]!;
    // (« je lui logerais volontiers une balle… »: an adverb after the verb.)
    const adverb = p > 1 && /(?:ment|volontiers)$/.test(s.wordKeys[p - 1]!) ? 1 : 0;
    const v = p - 1 - adverb;
    if (v < 1 || s.sentence[v] !== sent || s.brk[p] !== 0) continue;
    let k = v;
    let victim = false;
    while (k > 0 && v - k < 2 && s.sentence[k - 1] === sent && DATIVE.has(s.wordKeys[k - 1]!)) (victim = true), (k -= 1);
    // « dans la tête de ce… », « dans leur crâne » : the body's owner.
    const after = q < n && s.sentence[q] === sent ? s.wordKeys[q]! : '';
    let owner = OF_WHOM.has(after) && q + 1 < n && s.sentence[q + 1] === sent;
    for (let j = p; j < q; j += 1) if (['sa', 'son', 'ses', 'leur', 'leurs', 'ta', 'ton', 'tes', 'votre', 'vos'].includes(s.wordKeys[j]!)) owner = true;
    // (« … dans la tête du chevreuil », « à ce chevreuil »: game, not a person.)
    let animal = false;
    for (let j = q; j < n && j - q < 4 && s.sentence[j] === sent; j += 1) if (ANIMALS.has(lemma(s.wordKeys[j]!))) animal = true;
    if ((!victim && !owner) || animal) continue;
    let call = callBefore(s, callStart, v);
    // « Je rêve de leur planter… », « j'ai hâte de lui coller… »: the wish and its « de ».
    if (call < 0 && k > 1 && isDe(s.wordKeys[k - 1]!) && s.sentence[k - 2] === sent) call = callStart[k - 1]! >= 0 ? callStart[k - 1]! : fills(WISH, s.words[k - 2]) ? k - 2 : -1;
    // « Je lui enverrai… », « on leur collera… »: the speaker's own act in the future.
    if (call < 0 && k > 0 && OWN_SPEAKER.has(s.wordKeys[k - 1]!) && s.sentence[k - 1] === sent && SPEAKER_FUTURE.test(s.wordKeys[v]!)) call = k - 1;
    if (call >= 0) add(out, s, sc, call, q, [[call, q]], q);
  }
}

const WEAPONS = compile(weapons);
const FIREARM = /^(?:fusil|carabine|gun|12|pistolet|arme)/;
/** A weapon's ordinary use near it: a hunt, a range, a toy, a lesson, a gift, defence, a tool (« ma carabine est prête pour la chasse », « fendre le bois avec ma hache »). */
const WEAPON_USE = /^(?:jou(?:er?|ons|ez|ent|eurs?|euses?)$|ski|randonn|lumin|colle$|relais|encens|chass|tir|cible|eau$|paintball|jouet|montr|vend|nettoy|contre$|proteg|defend|interdi|police|pret(?:er|ons|ez)$|donn|offr|achet|cuisin|leve|coup(?:e|er|ons|ez)$|taill|fend|sci[ea]|pel|hach|bois$|arbre|haie|gateau|pain$|viande|legume|glace|musee|marche$|serr|equip|form(?:er|ons|ez|ation)$|entrain|securit)/;
/** A past told between the speaker and the weapon, often suffered (« on m'a frappé à coups de poing »). */
const PAST = /^(?:ai|avons|ont|avai[st]|ete|suis|sommes|etai[st])$/;
/** Verbs of meeting someone, harmless alone (« attendre, recevoir, rendre visite, jaser »): a threat with a weapon as instrument. */
const MEET = wordSet(['~attendre', '~accueillir', '~recevoir', '~visiter', '~voir', '~rencontrer', '~jaser', '~parler', '~regler', '~croiser', '~pogner', '~guetter', '~trouver', '~rendre'], false);

/**
 * « Je les reçois avec ma carabine », « on va aller les visiter avec des bâtons », « …, à coups de poing », « ma 12 est
 * chargée, les… »: a weapon the speaker brings (the nearest speaker in the fourteen words before it, no past after that
 * speaker) or holds ready, with a people or a role named in the sentence's window (the reader alone is too weak a sign:
 * « je t'attends au chalet avec mon fusil »). Not near a hunt, a range, a
 * toy or a game (« une batte de baseball » names the weapon, not the game). Bounded windows: linear.
 */
function findArmed(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  for (const [p, q] of findAllIn(s, WEAPONS)) {
    const held = /^(?:mon|ma|mes|nos|notre)$/.test(s.wordKeys[p]!);
    let speaker = held ? p : -1;
    let past = false;
    let victim = false;
    let use = false;
    let welcome = false;
    let reader = false;
    // « … à coups de pelle »: the manner of a blow, aimed at a person when the sentence opens on « le prochain (qui) » or the reader is the object.
    const manner = /^au?$/.test(s.wordKeys[p]!) && /^(?:coups?|grands?)$/.test(s.wordKeys[p + 1]!);
    let j = p;
    while (manner && j > 0 && p - j < 30 && s.sentence[j - 1] === s.sentence[p]) j -= 1;
    // A person met (« l'attendre », « lui rendre visite », « jaser avec lui »): by a verb harmless alone.
    let met = false;
    for (let k = Math.max(0, p - 14); k < s.words.length && k < q + 8; k += 1) {
      if (s.sentence[k] !== s.sentence[p]) continue;
      const w = s.wordKeys[k]!;
      // (« faudrait l'attendre », « chu prêt à l'attendre »: a call or « chu » stands for the speaker.)
      if (k < p && !held && (SPEAKER.has(w) || /^(?:moi|nous|chus?|faut|faudrait)$/.test(w) || (w === 'm' && s.wordKeys[k + 1] === 'as'))) (speaker = k), (met = false), (past = false);
      // (Not the imperfect, a report: « on l'attendait avec un fusil ».)
      else if (k < p && k > speaker && speaker >= 0 && fills(MEET, s.words[k]) && !/ai(?:s|t|ent)$/.test(w)) {
        const next = s.wordKeys[k + 1] ?? s.wordKeys[k]!;
        met ||= /^(?:l[ae]?|lui|les|leur)$/.test(s.wordKeys[k - 1]!) || (next === 'avec' && /^(?:lui|elle|eux)$/.test(s.wordKeys[k + 2] ?? s.wordKeys[k]!));
      }
      // (« a » is also « à »: a past only after its subject or object, « on m'a… ».)
      else if (k < p && (PAST.test(w) || (w === 'a' && /^(?:m|t|l|on|il|elle|y|qui)$/.test(s.wordKeys[k - 1] ?? s.wordKeys[k]!)))) past = true;
      // (« Les… qui vont venir samedi, on va les accueillir avec des battes »: the people taken up by the object pronoun.)
      victim ||= ROLES.has(w) || mentionAt(g, g.startingAt[k])?.identity === true || (/^(?:les|leur)$/.test(w) && antecedent(s, g, k)?.identity === true);
      // The reader waited for, welcomed (« je t'attends demain avec ma batte »).
      if (k < p && k > 0 && /^(?:attend|accueil|recev|recoi)/.test(w) && READER.has(s.wordKeys[k - 1]!)) welcome = true;
      reader ||= k > speaker && k < p && speaker >= 0 && READER.has(w);
      // (A chore said by the speaker, « je le déneige à coups de pelle »; « un banc de neige » before the speaker is no chore.)
      use ||= k > speaker && speaker >= 0 && /^(?:deneig|gratt)/.test(w);
      // (A figure only in the weapon's own clause: « …avec nos bats, ça va régler le dossier des taxes » names the motive.)
      use ||= ((k < p || k >= q) && WEAPON_USE.test(w)) || ANIMALS.has(lemma(w)) || (HARM_FIGURES.has(w) && s.clause[k] === s.clause[p] && !/^de?$/.test(s.wordKeys[k - 1]!));
    }
    // (« Le prochain qui… », a person by its deed; not « le prochain hiver », nor a snowbank cleared, « je le déneige à coups de pelle ».)
    victim ||= manner && /^l[ae]$/.test(s.wordKeys[j]!) && NEXT_ONE.has(s.wordKeys[j + 1]!) && /\bqui\b/.test(s.wordKeys.slice(j, p).join(' '));
    welcome ||= manner && reader;
    if (speaker >= 0 && !past && victim && !use) add(out, s, sc, speaker, q, [[p, q]], q);
    // A person met with a weapon, named only by a pronoun: a warning (what the pronoun takes up is not read).
    else if (speaker >= 0 && !past && met && !use && !isNegated(s, speaker, q) && !isReported(s, sc, speaker, q)) out.push({ kind: 'threat', severity: 'warning', a: speaker, b: q, doubtful: 'violence' });
    // The reader alone, waited for with a club or a blade (not a gun: « je t'attends au chalet avec mon fusil » invites to the hunt): a warning.
    else if (speaker >= 0 && !past && welcome && !use && !FIREARM.test(s.wordKeys[q - 1]!) && !isNegated(s, speaker, q)) out.push({ kind: 'threat', severity: 'warning', a: speaker, b: q, doubtful: 'violence' });
  }
}

/** A firearm or its ammunition (not « balle de golf », « fusil de chasse »), or a calibre: « un .22 » (the dot cut the sentence), « les 30-06 ». */
const GUN = /^(?:fusil|carabine|gun|pistolet|revolver|balle|plomb|cartouche|munition|kalach)s?$/;
const gunAt = (s: Stream, k: number): boolean => {
  const w = s.wordKeys[k]!;
  const prev = s.wordKeys[k - 1] ?? s.wordKeys[k]!;
  return GUN.test(w) ? !/^d[eu]?$/.test(s.wordKeys[k + 1] ?? s.wordKeys[k]!) : (s.brk[k] === SENTENCE && /^(?:22|303|308|12)$/.test(w) && DETERMINERS.has(prev)) || (w === '06' && prev === '30');
};
const SETTLE = wordSet(['~regler', 'regle']);

/**
 * A gun beside « régler » (« une balle pour régler le cas du maire », « on monte avec les 30-06 pis on règle ça nous autres »):
 * settled on a role or a people near it, or by the speaker (not a hunt, a range, an animal, a past). The gun counts for the
 * sentence before too (a calibre's dot cuts it). One pass for the guns, bounded windows: linear.
 */
function findSettled(s: Stream, sc: Scope, g: Groups, out: WordHit[]): Uint8Array {
  const n = s.words.length;
  const armed = new Uint8Array(s.sentence[n - 1]! + 2);
  for (let k = 0; k < n; k += 1) if (gunAt(s, k)) armed[s.sentence[k]!] = armed[s.sentence[k]! + 1] = armed[s.sentence[k - 1] ?? 0] = 1;
  for (let k = 0; k < n; k += 1) {
    if (!armed[s.sentence[k]!] || !fills(SETTLE, s.words[k])) continue;
    let victim = false;
    let speaker = false;
    let use = false;
    for (let j = Math.max(0, k - 12); j < n && j < k + 7; j += 1) {
      const w = s.wordKeys[j]!;
      if (s.sentence[j] !== s.sentence[k]) continue;
      // (The one settled follows « régler »: « le maire veut régler le problème des balles perdues » names the settler.)
      victim ||= j > k && j < k + 7 && (ROLES.has(w.replace(/s$/, '')) || mentionAt(g, g.startingAt[j])?.identity === true);
      speaker ||= j < k && k - j < 4 && (SPEAKER.has(w) || w === 'nous');
      use ||= WEAPON_USE.test(w) || ANIMALS.has(lemma(w)) || PAST.test(w);
    }
    if (victim || (speaker && !use)) add(out, s, sc, k, k + 1, [[k, k + 1]]);
  }
  return armed;
}

/** Cleansing verbs; means of mass killing (« au napalm », « par la purge »; « flammes » after « lance- »). */
const CLEANSE = wordSet(['~nettoyer', '~purger', '~pacifier', '~raser']);
const MASS_MEANS = new Set(['napalm', 'zyklon', 'kalach', 'purge', 'flammes', 'bombe', 'mitraillette', 'dynamite']);

/**
 * « Faut nettoyer ce quartier-là au napalm », « faudrait pacifier la zone par la purge »: a place or a people cleansed with a
 * means of mass killing, which a call governs. Sure with people or where they live as its object; « ça » is a doubt; the
 * speaker's own things (« ma chambre ») a joke. Window of 7 words.
 */
function findCleansing(s: Stream, sc: Scope, g: Groups, callStart: Int32Array, out: WordHit[]): void {
  for (let h = 0; h < s.words.length; h += 1) {
    const call = fills(CLEANSE, s.words[h]) ? callBefore(s, callStart, h) : -1;
    let people = false;
    let own = false;
    for (let j = h + 1; call >= 0 && j - h <= 7 && s.sentence[j] === s.sentence[h]; j += 1) {
      const w = s.wordKeys[j]!;
      // (« la purge des données » is a cleanup of things.)
      if (MASS_MEANS.has(w) && (w === 'flammes' ? s.wordKeys[j - 1] === 'lance' : !isDe(s.wordKeys[j + 1] ?? ''))) {
        const at = out.length;
        if (!own) add(out, s, sc, call, j + 1, [[h, j + 1]], j + 1);
        if (!own && !people && out[at]?.severity === 'error') out[at] = { ...out[at]!, severity: 'warning', doubtful: 'violence' };
        break;
      }
      if (/^(?:mon|ma|mes)$/.test(w)) own = true;
      else if (LIVING_PLACES.has(w) || /^(?:zone|banlieue|cite|ghetto|les|leur)$/.test(w) || g.startingAt[j]! >= 0) people = true;
    }
  }
}

const PLACE_HARM = compile(placeHarm);
const WORSHIP = compile(worship);
/** Places a people gathers in, theirs when « leur » or « des… » says so (« leur centre », « le commerce des… »). */
const GATHERING = wordSet(['+centre', '+ecole', '+commerce', '+quartier', '+maison', '+magasin', '+restaurant', '+epicerie', '+club', '+bar', '+salle', '+association', '+camp', '+foyer', '+hotel', '+refuge', '+local', '+village', '+cimetiere']);
/** Where the reader lives, works or drives, said with « ton / votre » (« ta maison », « votre bloc », « ton char »). */
const HOME = wordSet(['+maison', '+bloc', '+appartement', 'appart', '+logement', '+chalet', '+garage', '+char', '+auto', '+voiture', '+truck', '+camion', '+commerce', '+magasin', '+restaurant', '+shop', '+bureau', '+cabane', '+roulotte', '+building', '+immeuble']);
const YOUR = new Set(['ton', 'ta', 'tes', 'votre', 'vos']);
/** Between the act and the place: prepositions and determiners (« dans leur », « à toutes les »). */
const TO_PLACE = new Set(['dans', 'a', 'au', 'aux', 'sur', 'contre', 'devant', 'en', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'leur', 'leurs', 'toutes', 'tous', 'ce', 'cette', 'ces', 'cet', 'chaque', 'plein', 'pleine', 'meme']);

/**
 * « Je vais faire sauter leur mosquée », « On devrait mettre le feu à toutes les synagogues », « faire exploser une bombe dans le
 * centre des… », « Leur temple, je vais le faire sauter »: a place of worship, or a place said to be a people's, blown up, burnt or
 * attacked, which a call or the speaker's own future governs.
 */
function findPlaceAttacks(s: Stream, sc: Scope, g: Groups, callStart: Int32Array, out: WordHit[]): void {
  const n = s.words.length;
  for (const [h, h2] of findAllIn(s, PLACE_HARM)) {
    const sent = s.sentence[h]!;
    let call = callBefore(s, callStart, h);
    let k = h;
    // (« y » takes a place up: « Si la mosquée ouvre, on va y mettre le feu ».)
    while (k > 0 && h - k < 2 && s.sentence[k - 1] === sent && (PERSON_PRONOUNS.has(s.wordKeys[k - 1]!) || s.wordKeys[k - 1]! === 'y')) k -= 1;
    if (call < 0 && k > 0 && OWN_SPEAKER.has(s.wordKeys[k - 1]!) && s.sentence[k - 1] === sent && SPEAKER_FUTURE.test(s.wordKeys[h]!)) call = k - 1;
    if (call < 0) continue;
    let end = -1;
    let possessive = false;
    let loose = 0;
    for (let j = h2; j < n && j - h2 < 7 && s.sentence[j] === sent && (j === h2 || s.brk[j] === 0); j += 1) {
      const w = s.wordKeys[j]!;
      const worship = matchAt(s, WORSHIP, j);
      if (worship > j) {
        end = worship;
        break;
      }
      // « m'a vous faire sauter votre bloc », « je vais brûler ta maison »: the reader's own home.
      if (fills(HOME, s.words[j]) && j > h2 && YOUR.has(s.wordKeys[j - 1]!)) {
        end = j + 1;
        break;
      }
      if (fills(GATHERING, s.words[j])) {
        // Theirs: « leur centre », « le centre (culturel) des… ».
        // (« les quartiers où vivent les… »: a short relative clause may name them.)
        let m = objectAfter(s, g, j + 1, sent) ?? objectAfter(s, g, j + 2, sent);
        for (let t = j + 1; !m && t < n && t <= j + 4 && s.sentence[t] === sent; t += 1) m = mentionAt(g, g.startingAt[t]);
        const theirs = m !== undefined && m.identity && m.a <= j + 4;
        if (possessive || theirs) end = theirs ? m!.b : j + 1;
        break;
      }
      if (w === 'leur' || w === 'leurs') possessive = antecedent(s, g, j)?.identity === true;
      // (One adjective before the place: « la grande mosquée ».)
      if (!TO_PLACE.has(w) && (loose += 1) > 1) break;
    }
    // « Leur synagogue, je vais la faire sauter », « si la mosquée ouvre, on va y mettre le feu »: the place named first, taken up by the pronoun.
    if (end < 0 && k < h) {
      let st = call;
      while (st > 0 && s.sentence[st - 1] === sent && call - st < 10) st -= 1;
      for (let j = st; j < call && end < 0; j += 1) if (matchAt(s, WORSHIP, j) > j) end = h2;
      if (end >= 0) call = st;
      // « Si je vois …, j'va aller y mettre le feu »: any place set out under the speaker's condition (a warning).
      else if (s.wordKeys[k]! === 'y' && opensOnIf(s, call) && !isNegated(s, call, h2)) out.push({ kind: 'threat', severity: 'warning', a: call, b: h2, doubtful: 'violence' });
    }
    if (end > 0) add(out, s, sc, call, end, [[call, end]], end);
  }
}

/** True when the sentence of word k opens on « si » before it: a condition governs what follows. */
const opensOnIf = (s: Stream, k: number): boolean => {
  let j = k;
  while (j > 0 && k - j < 30 && s.sentence[j - 1] === s.sentence[k]) j -= 1;
  return j < k && /^si?$/.test(s.wordKeys[j]!);
};

const VEILED = compile(veiled);
const TAKE_CARE = compile(takeCare);
const VIGILANTE = compile(vigilante);

/**
 * Threats said without a violence verb (lexicon-threat.ts's `veiled`): the fire foretold as advice (« sinon ta maison va brûler
 * avec toi dedans ») and the lack of safety given a cause (« … nulle part avec ces chauffards ») are left alone. And « on va
 * s'occuper d'eux, des… » with a people or wrongdoers named, and a night, « une fois pour toutes », one by one or the police
 * failing in the sentence or the next: a warning, care is said the same way.
 */
function findVeiled(s: Stream, sc: Scope, g: Groups, out: WordHit[]): void {
  const n = s.words.length;
  for (const [a, b] of findAllIn(s, VEILED)) if (!(s.wordKeys[b - 1]! === 'dedans' ? riskIn(s, s.sentence[a]!, 1) : b < n && /^(?:avec|depuis|cause)$/.test(s.wordKeys[b]!))) add(out, s, sc, a, b, [[a, b]]);
  const marks = findAllIn(s, VIGILANTE);
  let m = 0;
  for (const [a, b] of findAllIn(s, TAKE_CARE)) {
    // (The marks in order, a pointer moved forward: no scan over all of them per act.)
    while (m < marks.length && marks[m]![0] < b) m += 1;
    const sent = s.sentence[a]!;
    let people = false;
    for (let k = Math.max(0, a - 12); k < n && k < b + 12; k += 1) people ||= s.sentence[k] === sent && (mentionAt(g, g.startingAt[k])?.identity === true || wrongdoerAt(s, g, k) !== undefined);
    // (Not « un soir par semaine »: a routine.)
    let marked = false;
    for (let j = m; j < marks.length && marks[j]![0] - b < 24; j += 1) marked ||= s.sentence[marks[j]![0]]! <= sent + 1 && keyOf(s.words[marks[j]![1]] ?? s.words[b]!) !== 'par';
    if (people && marked && b < n && /^(?:de|d|des)$/.test(s.wordKeys[b]!) !== (s.wordKeys[b - 2]! === 'en')) out.push({ kind: 'threat', severity: isNegated(s, a, b) ? 'clear' : 'warning', a, b, doubtful: 'violence' });
  }
}

const STALKING = [...stalking.map((k) => compile(k)), TAKE_CARE, WEAPONS, WORSHIP, ...advised.map((k) => compile(k))];
/** The kinds of STALKING as bits: the eleven lists of `stalking` (0 to 10), then « on va s'occuper » (11), a weapon (12), a place of worship (13), advice that warns (14, 15). */
const kinds = (...k: number[]): number => k.reduce((m, x) => m | (1 << x), 0);
/** Kinds that hold a negation of their own (« faux pas », « personne va rien voir », « pas avec des balais ») or are often followed by one (« nettoyer le campement, pis pas avec des balais »): not read as denied. */
const OWN_NEGATION = kinds(2, 5, 6, 7);
/** Kinds whose words are never the span shown (their negation word would read the span as denied). */
const NOT_SHOWN = kinds(5, 7);
/** Fuel and a flame, or a weapon; and the place of a people (a camp, a place of worship): together they weigh two kinds. */
const TOOL = kinds(8, 12);
const PLACE = kinds(9, 13);
/** The kinds counted one each (the tools and places only count together, above). */
const COUNTED = kinds(0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 14, 15);

/**
 * Veiled threats by their shape (lexicon-threat.ts `stalking`): the kinds met in a sentence and the next are counted, each
 * once; two kinds are a warning (a visit after an address, care said oddly), three an error. Fuel and a flame, or a weapon,
 * beside a people's place weigh two kinds. Linear: one mask per sentence; the span shown is the last cue found
 * that holds no negation word (a negated span would be read as denied).
 */
function findStalking(s: Stream, sc: Scope, out: WordHit[]): void {
  const mask = new Int32Array(s.sentence[s.words.length - 1]! + 2);
  let a = 0;
  let b = 0;
  STALKING.forEach((p, k) => {
    for (const [x, y] of findAllIn(s, p)) {
      if (!(OWN_NEGATION & (1 << k)) && isNegated(s, x, y)) continue;
      mask[s.sentence[x]!]! |= 1 << k;
      if (!(NOT_SHOWN & (1 << k))) (a = x), (b = y);
    }
  });
  for (let t = 0; t + 1 < mask.length; t += 1) {
    const m = mask[t]! | mask[t + 1]!;
    let count = m & TOOL && m & PLACE ? 2 : 0;
    for (let k = 0; k < STALKING.length; k += 1) if (COUNTED & m & (1 << k)) count += 1;
    // (A threat received and reported, « un gars m'a dit : m'a aller te trouver… », is a warning only when three kinds meet.)
    const told = isReported(s, sc, a, b);
    if (count > (told ? 2 : 1)) return void out.push(count > 2 && !told ? { kind: 'threat', severity: 'error', a, b } : { kind: 'threat', severity: 'warning', a, b, doubtful: 'veiled' });
  }
}

export function findThreats(s: Stream, sc: Scope = scopeOf(s)): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  // Groups are read once for both: calls for violence and exclusion.
  const g = groupsOf(s);
  // callStart[b]: start of the call (« il faudrait », « je vais ») ending at word b, or -1.
  const callStart = new Int32Array(n + 1).fill(-1);
  // (« J'ai peur qu'on… », « pour éviter qu'on… »: a « que » feared or prevented opens no call.)
  for (const [a, b] of findAllIn(s, CALLS)) if (a === 0 || !isQue(s.wordKeys[a]!) || !/^(?:peur|crain|evit|empech|redout)/.test(s.wordKeys[a - 1]!)) callStart[b] = a;
  // « Il conviendrait, selon moi, de… », « Il est urgent, à mon avis, de… »: the call cut by an incise of at most
  // six words before its « de / à / que »; the call then ends after that word.
  for (const [a, b] of findAllIn(s, CALL_HEADS)) {
    if (b >= n || s.brk[b] !== CLAUSE) continue;
    let j = b + 1;
    while (j < n && j - b < 7 && s.brk[j] === 0) j += 1;
    if (j < n && j - b < 7 && s.brk[j] === CLAUSE && s.sentence[j] === s.sentence[a] && ['de', 'd', 'a', 'que', 'qu'].includes(s.wordKeys[j]!) && (callStart[j + 1] ?? -1) < 0) callStart[j + 1] = a;
  }
  // « La seule façon de régler…, c'est de les tuer »: the cleft of a solution named before it is a call.
  for (let i = 2; i + 1 < n; i += 1) {
    if (s.wordKeys[i]! !== 'est' || s.wordKeys[i - 1]! !== 'c' || !isDe(s.wordKeys[i + 1]!) || s.brk[i - 1] === 0) continue;
    for (let k = i - 2; k >= 0 && i - k <= 12 && s.sentence[k] === s.sentence[i]; k -= 1) if (SOLUTION.has(s.wordKeys[k]!) && (callStart[i + 2] ?? -1) < 0) callStart[i + 2] = i - 1;
  }
  out.push(...findDoom(s, sc, g, callStart, (h) => callBefore(s, callStart, h)));
  findHarmCalls(s, sc, g, callStart, out, findSettled(s, sc, g, out));
  findImpacts(s, sc, callStart, out);
  findPlaceAttacks(s, sc, g, callStart, out);
  findCleansing(s, sc, g, callStart, out);
  findArmed(s, sc, g, out);
  findVeiled(s, sc, g, out);
  findStalking(s, sc, out);
  out.push(...findExclusion(s, sc, g, callStart));
  for (const [h, h2] of findAllIn(s, HARM)) {
    // (Said to a people, not the verbs of a contest or a welcome: « les Français, on va les battre, les détruire », « leur faire la fête ».)
    const contestVerb = fills(MILD, s.words[h]) || /^(?:detrui|explos|eclat|demol|pulver|ecras|batt)/.test(s.wordKeys[h]!) || s.wordKeys[h2 - 1]! === 'fete';
    // (« leur faire mal avec cette hausse »: a hardship caused by something, said to a people.)
    // (« avec mon pick-up, mes poings »: the speaker's own tool is no cause.)
    const cause = h2 + 1 < n && s.sentence[h2] === s.sentence[h] && HARDSHIP_CAUSE.has(s.wordKeys[h2]!) && !['mon', 'ma', 'mes', 'notre', 'nos'].includes(s.wordKeys[h2 + 1]!);
    const own = frameStart(s, h) >= 0 ? frameStart(s, h) : contestVerb || cause ? -1 : groupFrameStart(s, g, h);
    const a = own >= 0 || contestVerb || cause ? own : thirdFrameStart(s, h);
    // « vous faire payer » a fee, « faire regretter » a choice: a threat only when nothing follows (or « ça », « cher »).
    const next = h2 < n && s.sentence[h2] === s.sentence[h] && s.brk[h2] === 0 ? s.wordKeys[h2]! : '';
    if (a >= 0 && NEEDS_END.has(s.wordKeys[h2 - 1]!) && next !== '' && !['ca', 'cela', 'cher', 'tout'].includes(next)) {
      out.push({ kind: 'threat', severity: 'clear', a, b: h2 });
      continue;
    }
    // « on va vous donner un coup de main »: help, not a blow.
    const after = h2 + 1 < n && s.sentence[h2 + 1] === s.sentence[h] ? s.wordKeys[h2 + 1]! : '';
    if (a >= 0 && s.wordKeys[h2 - 1]! === 'coup' && (next === 'de' || next === 'd') && HELPING_BLOWS.has(after)) {
      out.push({ kind: 'threat', severity: 'clear', a, b: h2 + 2 });
      continue;
    }
    // « Je vous tuerai au Scrabble », « on va vous battre au hockey »: a game; « vous noyer sous les formulaires »,
    // « vous pendre la crémaillère »: idioms of the verb, not harm.
    let game = false;
    // (Not a weapon named by its sport: « ma batte de baseball », « mon bâton de hockey ».)
    for (let k = h2; a >= 0 && k < n && k - h2 < 7 && s.sentence[k] === s.sentence[h]; k += 1) if (HARM_FIGURES.has(s.wordKeys[k]!) && !isDe(s.wordKeys[k - 1]!)) game = true;
    if (a >= 0 && (game || idiom(s, h, h2))) {
      out.push({ kind: 'threat', severity: 'clear', a, b: h2 });
      continue;
    }
    if (own >= 0) add(out, s, sc, a, h2, [[h, h2]], h2);
    else if (a >= 0) out.push({ kind: 'threat', severity: isNegated(s, a, h2, [[h, h2]], h2) ? 'clear' : 'warning', a, b: h2, doubtful: 'relayed' });
    else if (fills(PROPERTY_HARM, s.words[h]) && h2 + 1 < n && POSSESSIVE.has(s.wordKeys[h2]!) && s.sentence[h2 + 1] === s.sentence[h]) {
      // Harm to what the person owns: « je vais brûler ta maison », « on va crever tes pneus ».
      const from = speakerBefore(s, h);
      if (from >= 0) add(out, s, sc, from, h2 + 2, [[h, h2]], h2);
    }
  }
  for (const [h, h2] of findAllIn(s, HARM_BARE)) {
    const a = frameStart(s, h);
    const next = s.words[h2];
    const ends = next === undefined || s.brk[h2] === SENTENCE || (s.brk[h2] ?? 0) > 0 || !NOT_HARM_AFTER.has(keyOf(next));
    // « on va te retrouver » (nothing after) threatens; « on va vous retrouver au parc » does not.
    if (a < 0) continue;
    // « On va vous retrouver, les… »: « vous » is the group named right after, not a polite reader.
    const after = h2 < n && s.sentence[h2] === s.sentence[h] && s.brk[h2] !== 0 ? mentionAt(g, g.startingAt[h2]) : undefined;
    // (« On va vous retrouver, les aînés! » is as often a meeting: not « retrouver ».)
    const named = after !== undefined && after.generic && (after.b >= n || s.sentence[after.b] !== s.sentence[h]) && !s.wordKeys[h]!.startsWith('retrouv');
    if (ends && (['te', 't'].includes(s.wordKeys[h - 1]!) || (s.wordKeys[h - 1]! === 'vous' && named))) add(out, s, sc, a, h2, [[h, h2]], h2);
    // « on va vous retrouver au parc »: not a threat, and phrase lists should not say otherwise.
    else out.push({ kind: 'threat', severity: 'clear', a, b: h2 });
  }
  for (const [a, b] of findAllIn(s, CONSEQUENCES)) {
    // « mort de rire », « mort de peur »: a figure of speech, not a death.
    if (s.wordKeys[b - 1]!.startsWith('mort') && b < n && s.sentence[b] === s.sentence[a] && isDe(s.wordKeys[b]!)) continue;
    // « une volée d'applaudissements », « une claque de compliments »: a shower of something, not a beating.
    if (/^(?:volee|claque)/.test(s.wordKeys[b - 1]!) && b + 1 < n && s.sentence[b] === s.sentence[a] && isDe(s.wordKeys[b]!) && !WHOSE.has(s.wordKeys[b + 1]!)) continue;
    // « une guerre de tuques, de prix, d'oreillers »: a game or a market, not a war.
    if (s.wordKeys[b - 1]!.startsWith('guerre') && b < n && s.sentence[b] === s.sentence[a] && ['de', 'd', 'des', 'du', 'aux', 'au', 'entre'].includes(s.wordKeys[b]!)) continue;
    // « Vous allez payer vos taxes », « tu vas payer 20 $ », « vous allez mourir de rire »: a bill or a figure, not revenge.
    const last = s.wordKeys[b - 1]!;
    const next = b < n && s.sentence[b] === s.sentence[a] && s.brk[b] === 0 ? s.wordKeys[b]! : '';
    // « Tu mérites une balle de golf signée », « … une volée de ping-pong »: a ball or a game, not a blow.
    // (« ping-pong » is read as two words joined by a hyphen.)
    if (isDe(next) && b + 1 < n && (HARM_FIGURES.has(s.wordKeys[b + 1]!) || (b + 2 < n && s.hyphen[b + 2] === 1 && HARM_FIGURES.has(s.wordKeys[b + 2]!)))) continue;
    if ((last.startsWith('pay') || last.startsWith('regrett')) && next !== '' && !PAY_END.has(next) && !['cela', 'cher', 'tout', 'pour'].includes(next)) continue;
    if (fills(DYING_OF, s.words[b - 1]) && (next === 'de' || next === 'd' || next === 'moins')) continue;
    // « Comptez vos jours de congé », « vous allez brûler des calories »: a complement makes it ordinary.
    // (« crever un par un, une après l'autre »: one at a time, no object.)
    const oneByOne = ['un', 'une'].includes(next) && b + 1 < n && ['par', 'apres'].includes(s.wordKeys[b + 1]!);
    // « qu'ils crèvent toutes (dehors) »: « tous » with no noun after it counts the dying, it is no object.
    const all = ['tous', 'toutes', 'toute'].includes(next) && !(b + 1 < n && s.sentence[b + 1] === s.sentence[a] && DETERMINERS.has(s.wordKeys[b + 1]!));
    if ((last === 'jours' && (next === 'de' || next === 'd')) || ((fills(DYING_OF, s.words[b - 1]) || /^(?:brul|pourri)/.test(last)) && DETERMINERS.has(next) && !oneByOne && !all)) continue;
    // (The verb ends the span: a « pas » right after it denies it, « j'espère qu'il souffre pas trop ».)
    add(out, s, sc, a, b, [[a, b]], b);
  }
  for (const [a, b] of findAllIn(s, SELF_HARM)) {
    // An order, not a deed told: « on a sauté en bas du pont », « il va te pendre » have a subject or an auxiliary before them.
    if (a > 0 && s.brk[a] === 0 && TOLD_BEFORE.has(s.wordKeys[a - 1]!)) continue;
    // « Tuez-vous au travail », « se tuer à la tâche »: worked to death, a figure.
    const then = b + 1 < n && s.sentence[b + 1] === s.sentence[a] ? s.wordKeys[b + 1]! : '';
    if (b < n && ['au', 'a'].includes(s.wordKeys[b]!) && WORK.has(then === 'la' || then === 'l' ? (s.wordKeys[b + 2] ?? s.wordKeys[b]!) : then)) continue;
    add(out, s, sc, a, b, [[a, b]]);
  }
  // « Crève! », « Meurs. »: the order alone makes the sentence.
  for (let i = 0; i < n; i += 1) {
    const alone = (i === 0 || s.sentence[i - 1] !== s.sentence[i]) && (i + 1 === n || s.sentence[i + 1] !== s.sentence[i]);
    if (alone && DIE.has(s.wordKeys[i]!)) add(out, s, sc, i, i + 1, [[i, i + 1]]);
  }
  // Wish + what is wished, within four words in the sentence (« va » only right before: « va crever »).
  const wishList = findAllIn(s, WISHES);
  let w = -1;
  for (const [h, h2] of findAllIn(s, WISHED)) {
    if (idiom(s, h, h2)) continue;
    while (w + 1 < wishList.length && (wishList[w + 1]?.[1] ?? n) <= h) w += 1;
    // The latest wish, or the one before it (« j'espère que tu vas crever »: « vas » is not the wish).
    for (const wish of [wishList[w], wishList[w - 1]]) {
      if (!wish) continue;
      const [a, e] = wish;
      // A subject of its own may take more words (« que tous les squatteurs du parc crèvent »), inside one clause.
      const subject = e < n && DETERMINERS.has(s.wordKeys[e]!) && s.clause[e] === s.clause[h];
      if (h - e > (subject ? 7 : 4) || s.sentence[a] !== s.sentence[h]) continue;
      const go = GO.has(s.wordKeys[a]!);
      if (go && (h - e > 1 || (h > e && !['te', 'vous', 't'].includes(s.wordKeys[e]!)) || (a > 0 && s.brk[a] === 0 && !['donc', 'toi'].includes(s.wordKeys[a - 1]!)))) continue;
      add(out, s, sc, a, h2, [[a, e], [h, h2]], h2);
      break;
    }
  }
  return out;
}
