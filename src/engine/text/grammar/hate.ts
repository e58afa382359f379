/**
 * Hate as grammar: a group (groups.ts) and what is said of it (lexicon-predicates.ts), in either
 * order, within a clause or across a short window through a pronoun; and slurs, which are hate alone.
 *
 * Frames (G: a group or a pronoun taking one up; P: a predicate):
 * - G + copula + fillers + P (« les immigrés sont tous des parasites », « c'est des voleurs »);
 * - dehumanising P next to G (« ces parasites d'immigrés », « des rats, ces… », « immigrés parasites »);
 * - insulting word + G (« sales immigrés », « maudits BS »);
 * - G + what it does (« vivent sur notre dos », « ne valent rien », « se reproduisent comme des lapins »);
 * - the speaker's hatred + G (« je méprise les… ») or G + its effect (« les… me dégoûtent »), slogans;
 * - a wish or call + harm + G or pronoun (« il faudrait tous les chasser », « devraient être expulsés »);
 * - sending back (« qu'ils retournent chez eux », « retourne dans ton pays »).
 * Negated or reported statements are left alone (scope.ts); a slur stays a warning even then.
 */
import { findBlame } from './blame.ts';
import { findNothingExpected } from './expect.ts';
import { findWorseThanDeath } from './worse.ts';
import { findContactRefused } from './contact.ts';
import { LACKING } from './insult.ts';
import { antecedent, groupsOf, mentionAt, mentionEndingNear, namedByAge, PRONOUNS, type Groups, type Mention } from './groups.ts';
import type { WordHit } from './hit.ts';
import {
  hardshipVerbs, copulas, degrading, vices, dislikeBefore, fillers, goBack, goBackVerbs, groupCrimes, groupVerbs, harmModals, harmSoft, harmStrong, hatredAfter, hatredBefore, feelingOpeners, annoyanceAfter,
  identityVerbs, innateActs, innateFronted, innatePlaces, noneExists, notAddressed, worthEnding, pejoratives, positives,
  feelings, beasts, feelingHeld, peopleActs,
} from './lexicon-predicates.ts';
import { ambiguousSlurs, determinedSlurs, slurDeterminers, labels, ordinaryBefore, ordinaryNext, persons, reflexiveSlurs, replacement } from './lexicon-groups.ts';
import { compile, DETERMINER_WORDS, fills, findAllIn, keyOf, matchAt, NO_LONGER, PLURAL_SUBJECTS, SECOND_PERSON, wordSet, isQue, isDe } from './patterns.ts';
import { nounForms, verbForms } from './inflect.ts';
import { DEGRADING, DEHUMANISING } from './predicate-sets.ts';
import { headAcross, infinitive, insideAct, objectOfClause, objectOfInfinitive, relativeHead } from './relative.ts';
import { isNegated, isReported, scopeOf, UTTERANCE, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import { deniedBefore } from './threat.ts';
import { kindOf } from '../vocabulary.ts';
import { deathFigures, roles } from './lexicon-threat.ts';

const verbFormsOf = (verbs: readonly string[]): string[] => verbs.flatMap((v) => verbForms(v));
/** Dehumanising nouns, strong by themselves; degrading attributes, which need a verb (compiled once, predicate-sets.ts). */
const STRONG = DEHUMANISING;
const PLAIN = DEGRADING;
const PEJORATIVE = compile(pejoratives);
const POSITIVE = compile(positives);
const VICES = compile(vices);
const OF_PEOPLE = new Set(['des', 'de', 'du', 'd']);
const NONE_EXISTS = compile(noneExists);
/** Words between a group and the quality denied it (« aucun … ne sera jamais un membre utile »). */
const QUALITY_GAP = new Set(['jamais', 'vraiment', 'assez', 'un', 'une', 'des', 'membre', 'membres', 'citoyen', 'citoyens', 'qui', 'soit', 'soient', 'sont', 'reellement', 'veritablement', 'tout', 'a', 'fait']);
const MODAL = new Set(['peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient', 'saura', 'sauront', 'va', 'vont']);
const BEING = new Set(['etre', 'est', 'sont', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient', 'etait', 'etaient']);
const NOT_ADDRESSED = compile(notAddressed);
/** Every form of the one-word pejoratives, degrading words and labels (each listed with its plural and feminine). */
const NAMED_FORMS = new Set([...pejoratives, ...degrading, ...labels].flatMap((e) => (e.includes(' ') ? [] : e.split('|').flatMap((w) => (w.startsWith('+') ? nounForms(w.slice(1)) : [w.replace(/[?']$/, '')])))));
/** Words before a pejorative that aim it at someone (« espèce d'hypocrite », « gros crasseux », « bande de rageux »). */
const NAMING = new Set(['quel', 'quelle', 'quels', 'quelles', 'espece', 'especes', 'gros', 'grosse', 'bande', 'gang', 'sale', 'sales', 'pauvre', 'maudit', 'maudite', 'ordure', 'ordures', 'tas', 'ramassis', 'race', 'sous']);
const BE = new Set(['es', 'etes', 'tes', 'est', 'air', 'sembles', 'semblez']);
/** « t'as l'air d'être un énorme… », « tu sembles… »: being, said another way, and intensifiers. */
const LOOKS = new Set(['as', 'avez', 'l', 'air', 'etre', 'sembles', 'semblez', 'enorme', 'giga', 'pur', 'pure', 'sacre', 'sacree', 'vieux', 'vieille', 'beau', 'belle']);
const COPULA = wordSet(copulas);
const FILLER = wordSet(fillers);
const SINGULAR_DEMONSTRATIVES = new Set(['ce', 'cet', 'cette']);
/** Quantifiers that may stand between « sont » and a state (« sont tous malades »). */
const STATE_QUANTIFIERS = new Set(['tous', 'toutes', 'souvent', 'encore', 'deja']);
const GROUP_VERBS = compile(groupVerbs);
const CRIMES = compile(groupCrimes);
const WORTH_ENDING = compile(worthEnding);
const IDENTITY_VERBS = compile(identityVerbs);
/** Killing that only people suffer, as an order (« tuez-les tous »); not « abattez », « exterminez » (trees, pests). */
const MASS_KILL = new Set(verbFormsOf(['tuer', 'gazer', 'nuker', 'egorger', 'fusiller', 'pendre', 'massacrer', 'lyncher', 'buter', 'flinguer', 'decapiter']));
const COLOURS = new Set(['noir', 'noire', 'noirs', 'noires', 'blanc', 'blanche', 'blancs', 'blanches']);
/** Killing said of people (not « abattre » a tree, « éliminer » waste, « brûler » leaves); « exterminer » counts only with people named after it. */
const KILL_VERBS = new Set(verbFormsOf(['tuer', 'gazer', 'pendre', 'fusiller', 'buter', 'massacrer', 'egorger', 'lyncher', 'lapider', 'executer', 'flinguer', 'decapiter', 'torturer', 'exterminer']));
const PEOPLE_DET = new Set(['ces', 'les', 'tous', 'toutes']);
const TO_KILL_FILLER = new Set(['tous', 'toutes', 'ces', 'les']);
/** What may follow a crime said of a group without making it a complement (« volent et violent », « pillent partout »). */
const CRIME_AFTER = new Set(['et', 'ou', 'pis', 'puis', 'partout', 'toujours', 'encore', 'tous', 'toutes', 'aussi', 'souvent', 'tout', 'sans', 'impunement', 'ici', 'chez']);
const HATRED_BEFORE = compile(hatredBefore);
const DISLIKE = compile(dislikeBefore);
const OPENERS = compile(feelingOpeners);
/** After the people: the sentence's end, or where we live (« ici », « partout », « en ville », « dans ce pays », « à Montréal »). */
function whereWeLive(s: Stream, b: number): boolean {
  // The statement ends with the place: the people are not the subject of what follows (« trop d'immigrants ici ont de la misère »).
  const ends = (k: number): boolean => k >= s.words.length || s.sentence[k] !== s.sentence[b - 1] || s.brk[k] !== 0;
  if (ends(b)) return true;
  const w = s.wordKeys[b]!;
  if (['ici', 'icitte', 'partout', 'la'].includes(w)) return ends(b + 1);
  if (!['dans', 'en', 'au', 'a', 'chez'].includes(w)) return false;
  for (let k = b + 1; k - b <= 3 && !ends(k); k += 1) if (WORLD.has(s.wordKeys[k]!)) return ends(k + 1);
  // A place's own name, alone before the end (« à Montréal », « à Trois-Rivières »), not an infinitive (« à battre »).
  let k = b + 2;
  while (k < s.words.length && s.hyphen[k] === 1) k += 1;
  return w === 'a' && !/(?:er|ir|re)$/.test(s.wordKeys[k - 1]!) && ends(k);
}

/** True when word p opens its sentence, but for fillers (« Franchement, complètement écœuré des … »). */
function opensSentence(s: Stream, p: number): boolean {
  let k = p;
  while (k > 0 && p - k < 3 && s.sentence[k - 1] === s.sentence[p] && fills(FILLER, s.words[k - 1])) k -= 1;
  return k === 0 || s.sentence[k - 1] !== s.sentence[p];
}
const HATRED_AFTER = compile(hatredAfter);
const FEELING_HELD = compile(feelingHeld);
/** After a feeling, what gives it an object of its own (« un dégoût du racisme », « la haine de ceux qui… », « horreur qu'on les… »). */
const FEELING_OBJECT = new Set(['de', 'du', 'des', 'd', 'pour', 'envers', 'contre', 'a', 'au', 'aux', 'face', 'vis']);
/** « un dégoût que je peux pas expliquer »: « que » opens a clause on the feeling itself (not « horreur qu'on les… »). */
const ON_FEELING = new Set(['je', 'j', 'personne']);
/** Determiners that make the noun before a group its head (« la situation des … », « le traitement des … »). */
const NOUN_HEAD = new Set(DETERMINER_WORDS);
/** Prepositions that open a group's complement (« les … du conseil », « les … de la rue … »). */
const OF_PLACE = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux']);
/** « juste / seulement / rien qu' à voir … »: the mere sight, as « chaque fois que ». */
const MERELY = new Set(['juste', 'seulement', 'simplement', 'qu', 'que']);
const ANNOYANCE_AFTER = compile(annoyanceAfter);
const HARM_STRONG = compile(harmStrong);
const HARM_SOFT = compile(harmSoft);
const MODALS = compile(harmModals);
const GO_BACK = compile(goBack);
const GO_BACK_VERBS = compile(goBackVerbs);
const REFLEXIVE_SLURS = compile(reflexiveSlurs);
const INNATE = compile(innatePlaces);
const INNATE_ACT = compile(innateActs);
const TO_BE = compile(['de|d\' etre']);
const INNATE_FRONTED = compile(innateFronted);
/** People used as test subjects, ranked below lab animals (« tester les médicaments sur les … avant les animaux », « s'en servir comme cobayes »). */
const EXPERIMENT = wordSet(['~tester', '~experimenter', '~essayer', '~injecter', 'experience', 'experiences', 'experimentation', 'experimentations', 'essais', 'tests']);
const LAB = new Set(['cobaye', 'cobayes', 'rat', 'rats', 'souris', 'singe', 'singes', 'animal', 'animaux', 'bete', 'betes', 'chien', 'chiens', 'lapin', 'lapins']);
const RATHER = new Set(['avant', 'plutot', 'lieu', 'comme', 'de']);
const USE = new Set(['utiliser', 'servir', 'prendre', 'utilisez', 'utilisons', 'prenez', 'prenons']);
const DUTY_WORDS = wordSet(['~devoir', 'devrions', 'devriez', 'devrons', '~falloir', 'faudrait', 'faut', '~meriter', '~pouvoir', 'pourrions']);
/** A world imagined without a people, then judged better (« un monde sans … serait meilleur », « imagine un Québec sans …, ce serait le paradis »). */
// (And the public places a people is kept out of: « Pas de … dans nos piscines / les vestiaires »; not parks, where
// « trop de … dans les parcs » is as often care.)
const WORLD = new Set('monde pays planete ville quebec canada societe terre avenir quartier province region coin village ecoles piscine piscines vestiaires toilettes'.split(' '));
const WOULD_BE = new Set(['serait', 'seraient', 'sera', 'seront', 'deviendrait', 'irait']);
const BETTER = new Set(['meilleur', 'meilleure', 'mieux', 'paradis', 'parfait', 'parfaite', 'ideal', 'ideale', 'vivable', 'propre', 'securitaire', 'tranquille', 'paisible', 'sain', 'saine', 'reve', 'utopie']);
/** Words before a nature frame that belong to it, its negation included (« ce n'est pas dans leur nature »). */
const NATURE_LEAD = new Set(['c', 'ce', 'ca', 'cela', 'est', 'etait', 'sera', 'serait', 'n', 'ne', 'pas', 'point', 'jamais', 'toujours', 'juste', 'simplement', 'tout', 'fait', 'font', 'partie']);
const LABELS = compile(labels);
const AMBIGUOUS = compile(ambiguousSlurs);
const DETERMINED = compile(determinedSlurs);
const SLUR_DETERMINERS = wordSet(slurDeterminers);
/** Determiners that point at a whole people (not « des », « de »). */
const NAMED_PEOPLE = new Set(['les', 'ces', 'sales', 'maudits', 'maudites', 'vos', 'tes', 'leurs']);
const ORDINARY_NEXT = new Set(ordinaryNext);
const ORDINARY_BEFORE = new Set(ordinaryBefore);
/**
 * Bodies and places of people: a complement that makes an ambiguous slur a person (« les tapettes du conseil, de la
 * bibliothèque, de l'hôtel de ville »); any other is the tool's (« de plastique », « du garage », « de ma grand-mère »).
 */
const PEOPLE_PLACES = new Set('conseil mairie ville hotel gouvernement comite bibliotheque biblio ecole village parade fierte'.split(' '));
const PERSONS = compile(persons);
const REPLACEMENT = compile(replacement);
const SALE = new Set(['sale', 'sales', 'salle']);
/** A label named as a noun (« un gauchiste », « le facho », « d'un woke »). */
const LABEL_DETERMINERS = new Set(['un', 'une', 'le', 'la', 'l', 'ce', 'cet', 'cette']);
/** Words between a label and what it is called (« est un », « c'est juste de la »). */
const LABEL_COPULA = new Set(['est', 'c', 'ca', 'un', 'une', 'de', 'la', 'du', 'juste', 'vraiment']);
/** The end of a vile word said of the label ending at b (right after it, or after a copula of at most four words), or -1. */
function labelJudged(s: Stream, b: number): number {
  let k = b;
  while (k < s.words.length && k - b < 4 && s.sentence[k] === s.sentence[b - 1] && LABEL_COPULA.has(s.wordKeys[k]!)) k += 1;
  if (k >= s.words.length || s.sentence[k] !== s.sentence[b - 1]) return -1;
  // Right after the label, a vile adjective (« dégénéré »); after a copula, a vile noun (« un parasite »).
  const end = matchAt(s, STRONG, k);
  return end > k && (k === b || s.wordKeys[b] === 'est' || s.wordKeys[b] === 'c') ? end : -1;
}
/** Degrading nouns whose folded form is also a past participle (« menace » / « menacé »). */
const PARTICIPLE_NOUNS = new Set(['menace', 'menaces', 'menacee', 'menacees']);
const ARTICLE_BEFORE = new Set(['un', 'une', 'des', 'la', 'le', 'l', 'de', 'd', 'vraie', 'vrai', 'vraies', 'vrais', 'grande', 'grandes', 'grosse', 'grosses', 'veritable', 'veritables', 'reelle', 'reelles', 'pure', 'pures', 'sacree', 'maudite']);
const AUXILIARY = new Set(['est', 'suis', 'es', 'sommes', 'etes', 'sont', 'etait', 'etaient', 'serait', 'sera']);
const REFLEXIVE = new Set(['s', 'se', 'm', 'me', 't', 'te', 'nous', 'vous']);
/** A complement that limits an attribute to a skill (« nuls en anglais »). */
const LIMITING = new Set(['en', 'au', 'aux', 'pour']);

/** Words that may stand between a subject and its verb (« les immigrés qui ne… », « ils nous… »). */
// With the modals of will and future (« veulent juste recruter », « vont encore voler »). Not the auxiliary « ont »: the past
// tells history (« les Européens ont amené des maladies en Amérique »).
const SUBJECT_GAP = new Set(['comme', 'toi', 'moi', 'qui', 'ne', 'n', 'y', 'en', 'nous', 'tous', 'toutes', 'encore', 'juste', 'toujours', 'souvent', 'ils', 'elles', 'se', 's', 'vraiment', 'meme', 'aussi', 'qu', 'que', 'ca', 'cela', 'c', 'me', 'm', 'tellement', 'trop', 'sont', 'la', 'eux', 'autres', 'ici', 'veulent', 'vont', 'toute']);
/**
 * Where a progressive ending at p starts (« [sont encore] en train de ‹voler› »): what they are doing is said of them
 * like the verb itself, so the subject is looked for before « en train de ». Otherwise p.
 */
function progressiveFrom(s: Stream, p: number): number {
  if (p < 3 || s.wordKeys[p - 3]! !== 'en' || s.wordKeys[p - 2]! !== 'train' || !isDe(s.wordKeys[p - 1]!)) return p;
  return s.sentence[p - 3] === s.sentence[p] ? p - 3 : p;
}
/** True when the entry [p, q) itself opens on a progressive (« toujours en train de… »): no verb to agree with. */
function progressiveOpens(s: Stream, p: number, q: number): boolean {
  for (let k = p + 1; k < q && k <= p + 2; k += 1) if (s.wordKeys[k]! === 'train' && s.wordKeys[k - 1]! === 'en') return true;
  return false;
}
/** Words before a name that insult the whole group (« sales immigrés », « maudits BS »). */
const INSULTING = wordSet(['sale', 'sales', 'maudit', 'maudits', 'maudite', 'maudites', 'osti', 'ostie', 'esti', 'estie', 'criss', 'crisse', 'calisse', 'tabarnak', 'sacrament', 'putain', 'ptn', 'fucking', 'espece', 'especes', 'ramassis', 'sous', 'foutus', 'foutues', 'pourris', 'salauds']);
const DEMONSTRATIVE = new Set(['ces', 'cette', 'ce', 'cet', 'bande', 'gang', 'ramassis', 'tas', 'espece', 'especes', 'sales', 'sale', 'maudits', 'maudites', 'sortes', 'horde', 'troupeau', 'meute', 'des', 'quels', 'quelles', 'vrais', 'vraies']);
const EXCLUSION_AFTER = new Set(['tous', 'toutes', 'dehors', 'chez', 'hors', 'du', 'de', 'd', 'loin', 'ailleurs', 'eux', 'immediatement', 'direct', 'maintenant']);
const SUBJECT_PRONOUNS = new Set(PLURAL_SUBJECTS);
/** Pronouns between an object pronoun and its verb (« tous les y envoyer »). */
const READERS = new Set(['te', 't', 'vous', 'se', 's', 'me', 'm', 'nous']);
const CLITICS = new Set(['les', 'leur', 'l', 'y', 'en', 'lui', 'tous', 'toutes', 'eux']);
/** A preposition right after a violence verb, where its object should be (« frapper à la porte »). */
const INSTEAD_OF_OBJECT = new Set(['a', 'au', 'aux']);
/** What opens an object of its own after an active verb (« éliminer leurs dettes »). */
const OWN_OBJECT = new Set(['le', 'la', 'l', 'les', 'leur', 'leurs', 'des', 'du', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos']);
/** Adjectives with an ordinary sense: said bare after « sont », a state (« sont malades »), not a label (« sont des malades »). */
const ORDINARY_STATES = wordSet(['+malade', '+pauvre', '+fragile', '+faible', '+vulnerable', '+handicape', '+fatigue', '+seul', '+isole', '+triste', '+perdu'], false);
const COPULAS = new Set(['sont', 'est', 'etaient', 'etait', 'seront', 'sera', 'soient', 'soit', 'deviennent', 'devient', 'restent', 'reste', 'semblent', 'semble', 'tombent', 'tombe']);
/** Modals whose first word names the caller (« on devrait », « il faut », « je vais »). */
const CALLER_NAMED = new Set(['je', 'j', 'jvais', 'm', 'ma', 'mas', 'il', 'y', 'qu', 'que', 'on', 'nous', 'faudrait', 'faut', 'ya', 'a']);
/** Who may be called on to act, named by a noun (« la police devrait… »); any person or group named counts too. */
const CALLED_ON = new Set(['police', 'gouvernement', 'armee', 'etat', 'ville', 'province', 'pays', 'quebec', 'canada', 'societe', 'peuple', 'monde', 'gens', 'citoyens', 'population', 'maire', 'ministre', 'premier', 'conseil', 'justice', 'autorites', 'soldats', 'policiers', 'militaires', 'quelqu', 'un', 'chacun', 'personne', 'personnes', 'homme', 'hommes', 'femme', 'gars', 'individu', 'citoyen', ...roles, 'quiconque', 'tous', 'toutes', 'ils', 'elles', 'vous', 'nous', 'on', 'je', 'tu', 'il', 'elle', 'y', 'yz']);
const THING_DET = new Set(['la', 'le', 'l', 'ce', 'cet', 'cette', 'un', 'une', 'du', 'mon', 'ma', 'son', 'sa', 'notre', 'votre', 'leur']);
const NOBODY_SUBJECT = new Set(['personne', 'aucun', 'aucune', 'nul', 'nulle']);
/** Words of a compound preposition after a feeling (« à l'égard des », « à l'endroit des », « vis-à-vis des »), and what of the group is hated (« la présence des … »). */
const REGARD = new Set(['egard', 'endroit', 'encontre', 'vis', 'presence', 'existence']);
/** An adverb of manner right after the feeling (« je déteste cordialement les … »): by its ending, not a list (not those that deny: « rarement »); a noun in « -ment » needs a determiner first. */
const MANNER = /^(?!rare|aucune|nulle|faible|moyenne|difficile)[a-z]{4,}ment$/;
/**
 * The speaker's feeling read over a clause, not a fixed order (« j'éprouve à l'égard des … un mépris que… », « je porte aux … un
 * mépris… », « nous ressentons une vive antipathie envers les … »): the speaker, a verb that bears a feeling, the feeling noun and
 * an identity named for whom it is, all in one clause, in any order after the verb.
 */
const FEELING_NOUNS = wordSet(feelings);
const BEARING = wordSet(['~avoir', '~ressentir', 'ressens', 'ressent', 'ressentons', 'ressentez', 'ressentent', 'ressenti', 'ressentais', 'ressentait', '~eprouver', '~nourrir', '~vouer', '~porter', '~garder', '~conserver', '~cultiver']);
const SPEAKER = new Set(['je', 'j', 'nous', 'on', 'moi']);
/** What denies the feeling between the speaker and it (« je n'éprouve aucun mépris »); « ne … que » asserts it. */
const FEELING_DENIED = new Set(['pas', 'aucun', 'aucune', 'jamais', 'nul', 'nulle', 'zero', 'point', 'guere', 'sans']);
/** Words right before a group that make it whom a feeling is for (« envers les … », « à l'égard des … »). */
const FOR_GROUP = new Set(['pour', 'envers', 'contre', 'egard', 'endroit', 'encontre', 'vis', 'a']);
const REACH_FEELING = 8;
/** Words that give the feeling another object before the group (« une haine commune du racisme envers les … », « de la haine de la part des … »). */
const OTHER_OBJECT = new Set(['du', 'de', 'd', 'la', 'le', 'part', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leur', 'leurs', 'qui', 'que', 'qu']);
/** Verbs by which the speaker prevents or condemns the harm named after them. */
const AGAINST = wordSet(['~empecher', '~eviter', '~proteger', '~denoncer', '~condamner', '~combattre', '~prevenir', '~deplorer', '~defendre']);

/** Whether the modal at m is said of a person (a pronoun, someone, an institution, a group), not of a thing or of nobody. */
/** Only object pronouns between `from` and `to` (« à les tuer », « à vous frapper »). */
function objectsOnly(s: Stream, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!CLITICS.has(s.wordKeys[k]!) && !READERS.has(s.wordKeys[k]!)) return false;
  return true;
}

function callerIsPerson(s: Stream, g: Groups, m: number): boolean {
  if (CALLER_NAMED.has(s.wordKeys[m]!)) return true;
  const p = m - 1;
  if (p < 0 || s.sentence[p] !== s.sentence[m]) return true;
  const w = s.wordKeys[p]!;
  const det = p > 0 && s.sentence[p - 1] === s.sentence[m] ? s.wordKeys[p - 1]! : '';
  // « Personne devrait… » (Québec negation without « ne »): nobody is called on.
  if (NOBODY_SUBJECT.has(w) && !THING_DET.has(det) && det !== 'les' && det !== 'des') return false;
  if ((g.endingAt[m] ?? -1) >= 0 || CALLED_ON.has(w)) return true;
  // « La chaleur devrait… », « ce virus pourrait… »: a thing as subject.
  return !THING_DET.has(det);
}

/** Whether the sentence, before word h, prevents or condemns what follows (« empêcher que… », « je dénonce ceux qui… »). */
function againstIt(s: Stream, h: number): boolean {
  for (let k = h - 1; k >= 0 && s.sentence[k] === s.sentence[h]; k -= 1) if (fills(AGAINST, s.words[k])) return true;
  return false;
}
const OBJECT_PRONOUNS = new Set(['les', 'leur', 'eux', 'tous', 'toutes', 'l']);
/** Clitics between « aller » and its infinitive (« vont se sentir », « va leur montrer »). */
const INF_CLITICS = new Set(['se', 's', 'me', 'm', 'te', 't', 'nous', 'vous', 'leur', 'lui', 'y', 'en']);
const WISH_BEFORE_GO_BACK = wordSet(['que', 'qu\'', '~falloir', '~devoir', '~pouvoir', 'allez', 'va', '~meriter', 'doivent', '~aller', 'dehors', '~esperer', '~souhaiter']);
const FIRST_PERSON = new Set(['je', 'j', 'on', 'nous', 'jvais', 'moi', 'm', 'ma', 'mas']);
const IMPERATIVES = new Set(['retourne', 'retournez', 'rentre', 'rentrez', 'repars', 'repartez', 'va', 'allez', 'crisse', 'crissez', 'sacre', 'sacrez', 'decalisse', 'decalissez', 'calisse', 'calissez', 'retournes', 'rentres',
  // Orders to send others back (« Renvoyez les … en Haïti », « retournons-les dans leur pays »).
  'renvoyez', 'renvoyons', 'renvoie', 'retournons', 'expulsez', 'expulsons', 'deportez', 'deportons', 'reexpediez', 'rapatriez', 'rapatrions']);

/** Words after « pour » that name whom a group would harm (« dangereux pour la société »), not a skill. */
const FOR_WHOM = new Set(['la', 'le', 'les', 'l', 'nos', 'notre', 'tout', 'tous', 'nous', 'vous', 'eux']);
/** True when a complement limits the attribute at [p, q) to a skill (« nuls en anglais »); « pour » + whom (« dangereux pour la société ») does not. */
function limited(s: Stream, p: number, q: number): boolean {
  if (q >= s.words.length || s.sentence[q] !== s.sentence[p] || !LIMITING.has(s.wordKeys[q]!)) return false;
  // « le plus malhonnête au monde »: a superlative over the whole world limits nothing.
  if (s.wordKeys[q]! === 'au' && (s.wordKeys[q + 1] ?? s.wordKeys[q]!) === 'monde' && p > 0 && ['plus', 'moins'].includes(s.wordKeys[p - 1]!)) return false;
  return !(s.wordKeys[q]! === 'pour' && q + 1 < s.words.length && FOR_WHOM.has(s.wordKeys[q + 1]!));
}

const PEOPLE_NOUNS = new Set(['gens', 'membre', 'membres']);
/** People named in a superlative, and what states it as fact (« sont de loin / sans contredit le peuple le plus… »). */
const SUPERLATIVE_GAP = new Set('peuple peuples race races espece ethnie nation personnes etres creatures grands loin sans contredit conteste doute'.split(' '));
/** Walks back from word p over fillers (same sentence, at most 9 words: « sont sans aucun doute les personnes les plus… »); where it stops and what it saw. */
function walkBack(s: Stream, p: number): { k: number; copula: boolean; pronoun: number; modal: boolean } {
  let k = p - 1;
  let copula = false;
  let pronoun = -1;
  let modal = false;
  while (k >= 0 && p - k <= 9 && s.sentence[k] === s.sentence[p]) {
    const w = s.words[k];
    // « peuvent être », « ne peuvent s'empêcher d'être »: a modal before « être » links like a copula.
    const chain = keyOf(w!) === 'etre' ? modalChain(s, k) : -1;
    if (chain >= 0) {
      copula = true;
      modal = true;
      k = chain - 1;
      continue;
    }
    // « ont (toujours) été … »: the past of being.
    if (keyOf(w!) === 'ete' && k >= 1) {
      const j = k >= 2 && MODAL_ADVERB.has(s.wordKeys[k - 1]!) ? k - 2 : k - 1;
      if (HAVE.has(s.wordKeys[j]!) && s.sentence[j] === s.sentence[p]) {
        // « ont été malades » tells what happened: like a modal, only words without an ordinary sense.
        copula = true;
        modal = true;
        k = j - 1;
        continue;
      }
    }
    // « ont l'air (de) … »: looking like something is being it; like a modal, only words without an ordinary sense (« ont l'air malades »).
    if (keyOf(w!) === 'air' && k >= 2 && s.wordKeys[k - 1]! === 'l' && HAVE.has(s.wordKeys[k - 2]!) && s.sentence[k - 2] === s.sentence[p]) {
      copula = true;
      modal = true;
      k -= 3;
      continue;
    }
    // Québec « sont-tu assez sales? »: « tu » after a copula is the question particle, not the reader.
    if (keyOf(w!) === 'tu' && k >= 1 && fills(COPULA, s.words[k - 1]) && s.sentence[k - 1] === s.sentence[p]) {
      k -= 1;
      continue;
    }
    // « sont des gens violents », « être des membres utiles »: people as the noun, not « ces gens-là » (a pronoun of its own).
    if (PEOPLE_NOUNS.has(keyOf(w!)) && k >= 1 && ['des', 'de', 'du', 'un', 'une'].includes(s.wordKeys[k - 1]!)) {
      k -= 1;
      continue;
    }
    // « sont bruyants et sales »: an attribute coordinated after another, right after the copula.
    if (k === p - 1 && ['et', 'pis', 'ou'].includes(keyOf(w!)) && k >= 2 && s.sentence[k - 2] === s.sentence[p] && fills(COPULA, s.words[k - 2]) && !fills(FILLER, s.words[k - 1])) {
      k -= 2;
      continue;
    }
    // « sont ce qu'il y a de plus … »: a superlative stated as fact.
    if (k >= 5 && s.wordKeys.slice(k - 5, k + 1).join(' ') === 'ce qu il y a de') {
      k -= 6;
      continue;
    }
    // « ne sont même pas capables »: « même » sharpening the negation after it.
    if (keyOf(w!) === 'meme' && k + 1 < p && s.wordKeys[k + 1]! === 'pas') {
      k -= 1;
      continue;
    }
    if (fills(COPULA, w)) copula = true;
    if (pronoun < 0 && fills(PRONOUNS, w)) pronoun = k;
    // « sont intellectuellement inférieurs »: an adverb of manner, by its ending.
    if (!fills(FILLER, w) && !fills(COPULA, w) && !fills(PRONOUNS, w) && !SUPERLATIVE_GAP.has(keyOf(w!)) && keyOf(w!) + s.wordKeys[k + 1]! !== 'gensles' && !(k < p - 1 ? false : MANNER.test(keyOf(w!)))) break;
    k -= 1;
  }
  return { k, copula, pronoun, modal };
}

/** Modal verbs before « être » (« les … peuvent être », « semblent être », « vont être »). */
const MODAL_BE = new Set(['peuvent', 'pourront', 'pourraient', 'semblent', 'vont', 'savent', 'seront', 'restent', 'paraissent', 'demeurent', 'peut', 'pourra', 'pourrait', 'semble', 'va', 'sait', 'sera', 'reste', 'parait', 'demeure']);
const HAVE = new Set(['ont', 'a', 'avaient', 'avait', 'auront']);
const INVERTED = new Set(['ils', 'elles', 'on']);
const KNOWN_FOR = new Set(['connus', 'connues', 'reconnus', 'reconnues', 'reputes', 'reputees', 'celebres']);
const MODAL_ADVERB = new Set(['toujours', 'jamais', 'vraiment', 'juste', 'forcement', 'surement', 'bien', 'pas']);
/** Where the modal chain ending at « être » (word k) starts, or -1: « peuvent être », « ne peuvent s'empêcher d'être ». */
function modalChain(s: Stream, k: number): number {
  let j = k - 1;
  if (j >= 2 && isDe(s.wordKeys[j]!) && s.wordKeys[j - 1]! === 'empecher' && ['s', 'se'].includes(s.wordKeys[j - 2]!)) j -= 3;
  // « comment peuvent-ils être… »: the subject inverted after the modal in a question.
  if (j >= 1 && INVERTED.has(s.wordKeys[j]!)) j -= 1;
  // « ont tendance à être », « sont connus / réputés pour être »: a habit said like a modal.
  if (j >= 2 && s.wordKeys[j]! === 'a' && s.wordKeys[j - 1]! === 'tendance' && HAVE.has(s.wordKeys[j - 2]!)) return s.sentence[j - 2] === s.sentence[k] ? j - 2 : -1;
  if (j >= 2 && s.wordKeys[j]! === 'pour' && KNOWN_FOR.has(s.wordKeys[j - 1]!) && COPULAS.has(s.wordKeys[j - 2]!)) return s.sentence[j - 2] === s.sentence[k] ? j - 2 : -1;
  // « vont toujours être »: one adverb between the modal and « être ».
  if (j >= 1 && MODAL_ADVERB.has(s.wordKeys[j]!)) j -= 1;
  return j >= 0 && s.sentence[j] === s.sentence[k] && MODAL_BE.has(s.wordKeys[j]!) ? j : -1;
}

/** « … ou quoi », « … ou tu le fais exprès », « … ou bien »: a question asked as a taunt, after the attribute ending at q. */
function taunt(s: Stream, q: number): boolean {
  if (q + 1 >= s.words.length || s.sentence[q] !== s.sentence[q - 1] || s.wordKeys[q]! !== 'ou') return false;
  const next = s.wordKeys[q + 1]!;
  return next === 'quoi' || next === 'koi' || next === 'bien' || (next === 'tu' && q + 3 < s.words.length && s.wordKeys[q + 3]! === 'fais');
}

/** What condemns an act (« …, c'est un crime », « … est inacceptable », « … n'est pas une solution »). */
const CONDEMNED = new Set(['crime', 'crimes', 'criminel', 'inacceptable', 'mal', 'interdit', 'illegal', 'honteux', 'honte', 'horrible', 'raciste', 'odieux', 'ignoble', 'inhumain', 'barbare', 'atroce', 'abject', 'pas', 'jamais', 'faux', 'lache', 'intolerable', 'inadmissible', 'impensable', 'meurtre', 'meurtres', 'assassinat', 'criminelle', 'inexcusable', 'injustifiable', 'monstrueux', 'degueulasse']);

/** An act opening the sentence, then a copula and a condemnation: the act is judged, not called for. */
function judgedAct(s: Stream, from: number): boolean {
  let copula = false;
  for (let k = from; k < s.words.length && k - from < 10 && s.sentence[k] === s.sentence[from - 1]; k += 1) {
    const w = s.wordKeys[k]!;
    if (['est', 'c', 'cest', 'serait', 'sera', 'etait'].includes(w)) copula = true;
    else if (copula && CONDEMNED.has(w)) return true;
  }
  return false;
}

/** Words that name the reader with a slur (« espèce d'attardé », « sale mongol »): a vocative. */
const VOCATIVE = new Set(['espece', 'especes', 'sale', 'sales', 'sal', 'gros', 'grosse', 'bande', 'gang', 'maudit', 'maudite', 'maudits', 'maudites']);

/**
 * A slur reported, quoted or judged (a warning) rather than said (an error). A vocative ends the
 * reported words: « tu viens de dire que t'étais à l'école, espèce d'attardé » is said to the
 * reader, whatever saying verb came before, unless the saying verb names it (« traité d'espèce de… »).
 */
function slurReported(s: Stream, sc: Scope, a: number, b: number): boolean {
  if (!isReported(s, sc, a, b, true)) return false;
  if (s.quoted[a] === 1 || sc.judged[s.sentence[a] ?? 0] === 1) return true;
  const k = a > 0 && isDe(s.wordKeys[a - 1]!) ? a - 2 : a - 1;
  const vocative = k >= 0 && s.sentence[k] === s.sentence[a] && VOCATIVE.has(s.wordKeys[k]!);
  const say = sc.lastSay[a] ?? -1;
  return !(vocative && say >= 0 && k - say > 3);
}

/** A person named by a colloquial noun (« ce mec », « la meuf », « ce type-là »): what a pejorative may point at. */
const FELLOW = new Set(['mec', 'mecs', 'meuf', 'meufs', 'type', 'types', 'gars', 'nana', 'nanas', 'gonzesse', 'gonzesses', 'keum', 'keums', 'bonhomme', 'zouf', 'zoufs', 'pelo', 'gadjo', 'gadji']);
const POINTING = new Set(['ce', 'cet', 'cette', 'ces', 'le', 'la', 'les', 'l', 'ton', 'ta', 'tes', 'votre', 'vos']);

/**
 * A pejorative said of a person pointed at with a colloquial noun, before or after it: « ce mec est un
 * bouffon », « la meuf est moche », « c'est un malade, ce type ». Returns where the statement starts, or -1.
 * Not names of groups (groups.ts) nor ordinary people words (« cette dame est malade »).
 */
function pointedAt(s: Stream, p: number, q: number): number {
  const { k, copula } = walkBack(s, p);
  if (copula && k > 0 && s.sentence[k] === s.sentence[p] && FELLOW.has(s.wordKeys[k]!) && POINTING.has(s.wordKeys[k - 1]!)) return k - 1;
  // « c'est un bouffon, ce mec »: the person after.
  if (copula && q + 1 < s.words.length && s.sentence[q + 1] === s.sentence[p] && ['ce', 'cet', 'cette'].includes(s.wordKeys[q]!) && FELLOW.has(s.wordKeys[q + 1]!)) return k + 1;
  return -1;
}

/** A « tu / vous » within the filler walk before p, or -1. */
function secondPersonBefore(s: Stream, p: number): number {
  for (let k = p - 1; k >= 0 && p - k <= 9 && s.sentence[k] === s.sentence[p]; k -= 1) {
    const w = s.wordKeys[k]!;
    if (SECOND_PERSON.has(w)) return k;
    if (!fills(FILLER, s.words[k]) && !fills(COPULA, s.words[k]) && w !== 'es' && w !== 'etes' && !LOOKS.has(w)) return -1;
  }
  return -1;
}

/** Words before « des … » that still name people of the group (« la plupart des… », « les enfants des… »). */
const PEOPLE_OF = new Set(['plupart', 'beaucoup', 'certains', 'certaines', 'plusieurs', 'majorite', 'partie', 'moitie', 'tous', 'toutes', 'nombre', 'enfants', 'fils', 'filles', 'femmes', 'hommes', 'familles', 'parents', 'jeunes', 'descendants', 'gosses', 'membres', 'chefs', 'dirigeants', 'leaders', 'partisans', 'amis', 'peuple', 'communaute', 'gens', 'la', 'les', 'ces']);
/** « les entrées des résidents sont sales »: the group is the complement of a thing, which is the subject. */
function ofAThing(s: Stream, m: Mention): boolean {
  const de = s.wordKeys[m.a]!;
  // « le sort réservé aux immigrants est révoltant »: a complement, never the subject.
  if (de === 'aux') return true;
  if (!['de', 'des', 'du', 'd'].includes(de) || m.a === 0 || s.brk[m.a] !== 0) return false;
  // « la mentalité des … », « l'existence même des … »: what an identity is, said of it (a role's presence may be a danger).
  const owner = s.wordKeys[m.a - 1]! === 'meme' && m.a >= 2 ? s.wordKeys[m.a - 2]! : s.wordKeys[m.a - 1]!;
  if (m.identity && (OWNED.has(owner) || LIVES.has(owner))) return false;
  // « on accueille des …, qui… », « que dire des … ? »: after a verb with its subject, « des » is the article of an
  // object, set apart by a break (« je connais des … qui… », with no break, picks out some of them).
  if (de === 'des' && m.a >= 2 && s.sentence[m.a - 2] === s.sentence[m.a] && (VERB_SUBJECTS.has(s.wordKeys[m.a - 2]!) || infinitive(s, m.a - 1)) && (m.b >= s.words.length || s.brk[m.b] !== 0)) return false;
  return !PEOPLE_OF.has(s.wordKeys[m.a - 1]!);
}
const VERB_SUBJECTS = new Set(['on', 'je', 'j', 'tu', 'il', 'ils', 'elle', 'elles', 'nous', 'vous', 'que', 'qu']);

/** « … au plus haut point », « … le plus du monde »: a superlative after the verb, not « ne … plus ». */
const superlativeAt = (s: Stream, q: number): boolean =>
  q + 1 < s.words.length && ((['au', 'le', 'du'].includes(s.wordKeys[q]!) && s.wordKeys[q + 1]! === 'plus') || (s.wordKeys[q]! === 'plus' && isQue(s.wordKeys[q + 1]!)));

/** Words that single out a group among people in general (« surtout », « en particulier »). */
const SINGLED = new Set(['surtout', 'particulierement', 'notamment', 'principalement', 'specialement']);

/** Being among a group, between the speaker's feeling and the group (« … d'être entouré de … »); not seeing them, which is followed by what they suffer (« voir des aînés seuls »). */
const TREATED = wordSet(['~traiter', '~considerer', '~entasser', '~exploiter', '~transporter', '~vendre', '~regarder', '~recevoir', '~accueillir']);
const OUGHT = new Set(['devrait', 'devraient', 'doit', 'doivent', 'faudrait', 'faut', 'faudra', 'merite', 'meritent', 'meriteraient']);
const THAT = new Set(['c', 'ca', 'ce', 'cela', 'cest']);

/** Forms of « être » and « avoir » before a participle (« sont maltraités », « ont été refusés »). */
const BE_PASSIVE = new Set(['sont', 'est', 'etaient', 'etait', 'seront', 'sera', 'ete', 'soient', 'soit']);
const PASSIVE_SUBJECTS = new Set(['on', 'ils', 'nous', 'vous', 'je', 'j', 'y']);
const PASSIVE_ADVERBS = new Set(['souvent', 'toujours', 'encore', 'trop', 'tellement', 'vraiment', 'mal', 'tous', 'toutes', 'constamment', 'regulierement', 'systematiquement', 'deja', 'parfois', 'injustement', 'tres', 'si', 'beaucoup', 'ete']);
/**
 * The group whose complement of place or membership ends right before word p (« les … du conseil municipal me… »,
 * « les … hystériques du bloc d'en face me… »): a generic people opening its sentence, one adjective at most, then
 * « de / du / à … » and up to seven words in one clause with no relative.
 */
function carried(s: Stream, g: Groups, p: number): Mention | undefined {
  for (let k = p - 1; k > 1 && p - k <= 7 && s.clause[k] === s.clause[p] && !['qui', 'que', 'qu'].includes(s.wordKeys[k]!); k -= 1) {
    if (!OF_PLACE.has(s.wordKeys[k]!)) continue;
    // The first group met walking back must be the subject (« les enfants des … du quartier »: not « des … »).
    const m = mentionAt(g, (g.endingAt[k] ?? -1) >= 0 ? g.endingAt[k]! : g.endingAt[k - 1]);
    if (m) return m.generic && m.identity && opensSentence(s, m.a) ? m : undefined;
  }
  return undefined;
}

/**
 * True when words (from, to) tell what is done TO the group (« sont maltraités », « on les traite
 * comme des chiens »): then a « c'est une honte » that follows judges that clause, not the group.
 * Anything else (« sont partout, c'est dégoûtant », « …, ce sont des parasites ») still says it of them.
 */
function victimClause(s: Stream, from: number, to: number): boolean {
  // « les … meurent de faim / gèlent / dorment dehors, ça me lève le cœur »: a hardship they suffer, which the feeling is about.
  if (from < to && (fills(HARDSHIP, s.words[from]) || (fills(SLEEP, s.words[from]) && s.wordKeys.slice(from + 1, Math.min(to, from + 4)).some((w) => OUT_IN_COLD.has(w))))) return true;
  for (let k = from; k < to; k += 1) {
    const w = s.wordKeys[k]!;
    if ((w === 'les' || w === 'leur') && k > from && PASSIVE_SUBJECTS.has(s.wordKeys[k - 1]!)) return true;
    // « n'ont pas d'interprète », « ont plus de bus »: a lack they suffer (« pas de respect » is a vice: insult.ts).
    if (HAVE.has(w) && k + 2 < to && NOT_AGAIN.has(s.wordKeys[k + 1]!) && /^de?$/.test(s.wordKeys[k + 2]!) && matchAt(s, LACKING, k + 1) < 0) return true;
    // « se font abattre », « se sont fait tabasser »: harm suffered, said with « faire ».
    if ((w === 'font' || w === 'fait' || w === 'faisaient') && k > from && ['se', 's', 'sont'].includes(s.wordKeys[k - 1]!) && k + 1 < to && (fills(HARMED, s.words[k + 1]) || matchAt(s, HARM_STRONG, k + 1) >= 0)) return true;
    if (BE_PASSIVE.has(w) && k + 1 < to) {
      // « sont souvent exploités », « sont encore trop mal traités »: adverbs between the auxiliary and the participle.
      let j = k + 1;
      while (j + 1 < to && j - k <= 3 && PASSIVE_ADVERBS.has(s.wordKeys[j]!)) j += 1;
      const next = s.wordKeys[j]!;
      // Not a degrading adjective that happens to end like one (« sont sales »).
      if (next.length > 4 && /(?:e|es|ee|ees|is|ies|us|ues)$/.test(next) && next !== 'partout' && matchAt(s, PLAIN, j) < 0 && matchAt(s, STRONG, j) < 0) return true;
    }
  }
  return false;
}

/** Where or by whom only animals are kept or treated (« en cage », « à la fourrière », « par un vétérinaire »), and the handling verbs. */
const ANIMAL_PLACE = compile(['en|a|au|aux|dans|chez|par|avec la|le|l\'|un|une|des|les|leur? +cage|+fourriere|+abattoir|+zoo|+chenil|+niche|+porcherie|+etable|+enclos|+veterinaire|veto|vet|+animalerie|+poulailler|+laisse|+museliere|+poubelle|+ordure|vidanges|+decharge|+depotoir|dompe|+dechetterie|+egout|recyclage|compost|+incinerateur|+broyeur|+dechiqueteuse']);
const HANDLE = wordSet(['~mettre', 'mis', 'mise', 'mises', '~tenir', 'tenu', 'tenus', 'tenue', 'tenues', '~garder', '~enfermer', '~envoyer', '~amener', '~emmener', '~ramener', '~soigner', '~traiter', '~placer', '~attacher', '~parquer', '~enchainer', '~vacciner', '~examiner', '~dresser', '~elever', '~promener', '~loger', '~caser', '~jeter', '~euthanasier', '~soigne', '~traite', '~balancer', '~lancer', '~garrocher', '~crisser', '~calisser', '~foutre', '~sacrer', '~vider', '~pitcher', '~domper']);
const CONTAIN = wordSet(['~mettre', 'mis', 'mise', 'mises', '~enfermer', '~garder', '~parquer', '~placer', '~tenir', 'tenu', 'tenus', 'tenue', 'tenues', '~enchainer', '~attacher']);
/** What makes handling a wish or a call (« devraient », « faut », « on va », « à mettre », « qu'on »). */
const WISH = new Set(['devrait', 'devraient', 'doit', 'doivent', 'faudrait', 'faut', 'faudra', 'merite', 'meritent', 'meriteraient', 'vais', 'va', 'vont', 'allons', 'qu', 'a', 'pourrait', 'pourraient', 'serait', 'gagnerait', 'gagneraient', 'aurait', 'auraient']);
const HANDLED_GAP = new Set(['devraient', 'devrait', 'doivent', 'doit', 'meriteraient', 'meritent', 'faudrait', 'etre', 'sont', 'seront', 'soient', 'se', 's', 'faire', 'ca', 'tous', 'toutes', 'donc', 'ben', 'juste', 'vraiment', 'toute', 'gang', 'ne', 'n', 'pas', 'jamais', 'plus', 'serait', 'mieux', 'on', 'les']);
/** Vermin, waste and beasts a people is equated with; a possessive before one names a pet (« leurs chats »), not a comparison. */
const VERMIN = new Set('rat rats cafard cafards coquerelle coquerelles vermine parasite parasites porc porcs cochon cochons singe singes animal animaux bete betes dechet dechets ordure ordures merde marde poubelle poubelles vidange vidanges fumier crotte crottes microbe microbes pou poux punaise punaises sangsue sangsues tique tiques insecte insectes excrement excrements detritus bibitte bibittes charogne charognes'.split(' '));
/** What only people do, and what beasts or things also do (lexicon-predicates.ts), said of a vile noun. */
const VILE_ACTS = peopleActs.map(compile);
const OWNER = new Set(['leur', 'leurs', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos']);
const SAME = compile(['aucune|pas|zero|nulle|meme|aucun de|d\'|une|la? +difference', 'c\'|ca ~etre? pareil|pareille|pareils|pareilles|idem|kif-kif|equivalent', 'c\'|ca ~etre? la|le meme chose|affaire|bebelle|maudite', 'meme chose|affaire', 'c\'|ca ~etre? comme|egal|semblable', '~etre pareil|pareils|pareille|pareilles|equivalent|equivalents|semblables|identiques', '~valoir|~equivaloir autant qu\'|que|a', 'pareil comme|que|qu\'', 'dans|avec le|la meme panier|sac|poubelle|categorie que|qu\'|les']);
const LINKING = new Set('que qu ca c cest est tas sac bout et ou pis puis vs versus un une des les le la l d de du ce cet cette ces mort morte morts mortes sale sales gros grosse vivant vivants entre'.split(' '));
/** What comes out of a member's mouth, and calling it a lie. */
const MOUTH = compile(['ce|tout que|qu\'', 'qui|que ~sortir|~venir|sort|sortent|sortant de la|sa|leur +bouche de|d\'|des|du', 'de la +bouche de|d\'|des|du']);
const LIE = new Set('mensonge mensonges menterie menteries faux fausse fausses bullshit connerie conneries niaiserie niaiseries merde marde mensonger mensongere poison ordure ordures stupidite stupidites betise betises importe'.split(' '));
/** Distrust (« faire confiance », « se fier », « croire »), and the words that name what a member says (« un mot de », « ce que dit », « ce qui sort de la bouche d' »). */
const TRUST = new Set(['confiance', 'fier', 'fie', 'fient', 'fiez', ...verbFormsOf(['croire']), 'croirais', 'croirait', 'croirions', 'ecouter']);
/** Taking rights away, as an infinitive whose own negation (« on ne devrait pas enlever leurs droits aux … ») is the speaker's defence of them. */
const REMOVE = new Set(['enlever', 'retirer', 'supprimer', 'abolir', 'oter', 'refuser']);
// « je crois pas que les … soient … » doubts a statement (doubtedBefore), it does not distrust them: no « que » right after the verb.
const SAID = new Set('mot mots parole paroles promesse promesses propos ce qui que qu dit disent dira raconte racontent sort sortent sortir sortant de la leur sa bouche seul'.split(' '));
// Sharing where we live with them (« partager ma ville avec des … ») is being among them too.
const AMONG = new Set('etre entoure entouree entoures entourees cotoyer vivre avec parmi travailler endurer subir habiter rester devoir a cote pres partager ma mon notre nos ville quartier pays rue bloc immeuble province'.split(' '));

/** Seeing or meeting, opening the sentence (« Voir des … ici me met hors de moi »). */
/** Meeting a group, and the words that make it every time (« quand / chaque fois que / dès que je croise … »). */
const SEEING = wordSet(['~voir', '~croiser', '~entendre', '~cotoyer', '~rencontrer', '~sentir', 'vois', 'voit']);
/** Coming in, which tells where they are seen, not what is done to them. */
const ARRIVING = new Set(['arriver', 'venir', 'debarquer', 'entrer', 'rentrer', 'immigrer', 'passer', 'marcher', 'arrivent', 'debarquent', 'entrent', 'rentrent', 'passent', 'marchent']);
const WHENEVER = new Set(['quand', 'lorsque', 'lorsqu', 'fois', 'des', 'sitot']);
/** How many are seen (« voir autant de … »). */
const MANY = new Set(['autant', 'tant', 'trop', 'plein', 'beaucoup']);
const PERCEIVE = new Set(['voir', 'croiser', 'entendre', 'cotoyer', 'rencontrer', 'sentir', 'savoir']);
const NONE = new Set(['nul', 'nulle', 'personne', 'rien', 'aucun', 'aucune']);
/** Vices whose complement names a cause (« se battre pour l'égalité ») or a grievance (« se plaindre du bruit »): then no vice. */
const CAUSE_OF = new Map<string, ReadonlySet<string>>([
  ...verbFormsOf(['battre', 'disputer']).map((f): [string, ReadonlySet<string>] => [f, new Set(['pour', 'contre'])]),
  ...verbFormsOf(['plaindre']).map((f): [string, ReadonlySet<string>] => [f, new Set(['de', 'du', 'des', 'd', 'que', 'qu', 'aupres', 'a', 'au', 'aux'])]),
]);
/** Words before a predicate that opens a sentence without a verb (« Tous des paresseux, ces … »). */
const OPENING_PREDICATE = new Set(['tous', 'toutes', 'des', 'de', 'd', 'rien', 'que', 'juste', 'une', 'un', 'bande', 'gang', 'maudits', 'maudites', 'gros', 'grosses', 'sales', 'vrais', 'vraies']);
/** After a denial, what makes it a measure, a part or a time (« pas assez », « pas tous », « pas toujours »), not a refusal. */
/** « n'importe quel … », « chaque … »: any member stands for all. */
const ANY_MEMBER = new Set(['importe', 'quel', 'quelle', 'quels', 'quelles', 'chaque']);
const NOT_ENOUGH = new Set(['assez', 'suffisamment', 'toujours', 'tous', 'toutes', 'tout', 'seulement', 'juste', 'forcement', 'necessairement', 'autant']);
/** What people suffer, after a group seen (« voir des … souffrir / se faire insulter / maltraités »): the feeling is about that, not them. */
const SUFFER = wordSet([...hardshipVerbs, '~attendre', '~dormir', '~mendier', 'etre', 'faire']);
/** The same hardships said as what they do, and sleeping out in the cold. */
const HARDSHIP = wordSet([...hardshipVerbs, '~agoniser'], false);
const SLEEP = wordSet(['~dormir', '~coucher', '~vivre'], false);
const OUT_IN_COLD = new Set(['dehors', 'rue', 'froid', 'tente', 'tentes', 'abri', 'abris', 'carton', 'cartons', 'neige']);
/** Participles of dress and looks after a group seen (« voir des musulmanes voilées »): how they appear, not what they suffer. */
const LOOKS_LIKE = new Set(['voilee', 'voilees', 'voiles', 'barbus', 'enturbannes', 'tatoues', 'tatouees', 'habilles', 'habillees', 'deguises', 'maquillees']);
const MADE_TO = wordSet(['~faire']);
/** Harm done to people, after « se faire » (« se font insulter, agresser, exploiter… »). */
const HARMED = wordSet(['~insulter', '~agresser', '~battre', '~frapper', '~tabasser', '~tuer', '~voler', '~exploiter', '~maltraiter', '~harceler', '~attaquer', '~violer', '~discriminer', '~expulser', '~arreter', '~renvoyer', '~humilier', '~intimider', '~menacer', '~bousculer', '~rejeter', '~exclure', '~cracher', '~injurier', '~avoir', '~arnaquer', '~abuser']);
function suffering(s: Stream, b: number): boolean {
  if (b <= 0 || b >= s.words.length || s.sentence[b] !== s.sentence[b - 1]) return false;
  const w = s.wordKeys[b]!;
  // « se faire … » (seen: « voir des … se faire insulter »), and in any tense when harm follows (« qui se font insulter »; not « se font vivre »).
  if ((w === 'se' || w === 's') && b + 1 < s.words.length && s.wordKeys[b + 1]! === 'faire') return true;
  if ((w === 'se' || w === 's') && b + 2 < s.words.length && fills(MADE_TO, s.words[b + 1]) && fills(HARMED, s.words[b + 2])) return true;
  if (LOOKS_LIKE.has(w)) return suffering(s, b + 1);
  if (fills(SUFFER, s.words[b]) || fills(ORDINARY_STATES, s.words[b]) || w === 'sans' || w === 'dehors') return true;
  return w.length > 4 && /(?:e|es|ee|ees|is|ies|us|ues)$/.test(w) && w !== 'partout' && matchAt(s, PLAIN, b) < 0 && matchAt(s, STRONG, b) < 0;
}
/** A feeling or verdict against what follows « que » (« j'ai horreur qu'on méprise les … », « c'est triste que nous haïssions… »). */
const DISAPPROVE = wordSet(['horreur', '~detester', '~hair', '~degouter', '~ecoeurer', 'honte', '+honteux', '+triste', '+inacceptable', 'dommage', '~choquer', '+choquant', '+revoltant', '~revolter', 'marre',
  '~deplorer', '~denoncer', '~condamner', '+inadmissible', '+scandaleux', '+ridicule', '+degueulasse', '+degoutant', '+ecoeurant', '+injuste', '+intolerable', '~refuser', '~deranger', '~supporter', '~accepter']);
function disapprovedBefore(s: Stream, p: number): boolean {
  const j = p - 1;
  if (j < 1 || s.sentence[j] !== s.sentence[p] || !isQue(s.wordKeys[j]!)) return false;
  for (let k = j - 1; k >= 0 && j - k <= 5 && s.sentence[k] === s.sentence[p]; k -= 1) if (fills(DISAPPROVE, s.words[k])) return true;
  return false;
}
/** « je (ne) pense pas que », « je doute que » right before word a (the group): where the speaker starts, or -1. */
const SAYING = new Set(['dire', 'affirmer', 'pretendre']);
const BELIEVE = new Set(['pense', 'crois', 'trouve', 'considere', 'estime', 'pensons', 'croyons']);
function doubtedBefore(s: Stream, a: number): number {
  if (a < 3 || !isQue(s.wordKeys[a - 1]!) || s.sentence[a - 1] !== s.sentence[a]) return -1;
  let verb = a - 2;
  const doubts = ['doute', 'doutons'].includes(s.wordKeys[verb]!);
  let denied = false;
  // « on ne peut pas dire que les … soient … », « je ne saurais affirmer que … »: saying it is denied, like believing it.
  if (verb >= 3 && SAYING.has(s.wordKeys[verb]!) && ['peut', 'peux', 'pouvons', 'saurait', 'saurais'].includes(s.wordKeys[verb - 1]! === 'pas' ? s.wordKeys[verb - 2]! : s.wordKeys[verb - 1]!)) {
    verb -= s.wordKeys[verb - 1]! === 'pas' ? 2 : 1;
    denied = true;
    let who = verb - 1;
    if (who >= 1 && ['ne', 'n'].includes(s.wordKeys[who]!)) who -= 1;
    return ['je', 'j', 'on', 'nous'].includes(s.wordKeys[who]!) && s.sentence[who] === s.sentence[a] ? who : -1;
  }
  if (!doubts && ['pas', 'jamais', 'aucunement'].includes(s.wordKeys[verb]!)) {
    denied = true;
    verb -= 1;
  }
  if (verb < 1 || !(doubts || (denied && BELIEVE.has(s.wordKeys[verb]!)))) return -1;
  let who = verb - 1;
  if (who >= 1 && ['ne', 'n'].includes(s.wordKeys[who]!)) who -= 1;
  return ['je', 'j', 'on', 'nous'].includes(s.wordKeys[who]!) && s.sentence[who] === s.sentence[a] ? who : -1;
}

/** Where a people is sent (« à la cuisine », « au zoo »), and the here they are refused (« n'est pas ici »). */
const PLACE_ASSIGNED = new Set(['cuisine', 'maison', 'foyer', 'fourneaux', 'zoo', 'prison', 'poubelle', 'enfer', 'cage', 'asile', 'bled', 'cimetiere', 'vaisselle', 'lit']);
const PLACE_HERE = new Set(['ici', 'icitte', 'quebec', 'canada', 'parmi', 'chez']);
/** Meeting someone (« je n'ai jamais rencontré / vu / connu un … »). */
const MET = new Set(verbFormsOf(['rencontrer', 'voir', 'connaitre', 'croiser', 'trouver', 'cotoyer']));
/** What may follow « j'en ai jamais vu » and still close it (« de ma vie », « moi », « encore »). */
const CLOSING_MET = new Set(['de', 'moi', 'encore', 'personnellement', 'perso', 'pantoute', 'nulle', 'nul']);
/** Negations that deny a quality, and what softens one into a part, a time or a comparison (« pas tous », « pas toujours », « pas plus … que »). */
/** What a people is put below (animals, dirt, disease, death), the comparison, and the words between « que » and the group. */
const VILE = new Set('chien chiens chienne chat chats singe singes rat rats porc porcs cochon cochons vache vaches chevre mouton moutons poisson hamster cafard cafards coquerelle coquerelles roche roches caillou plante plantes brique merde marde crotte crottes ordure ordures dechet dechets poubelle poubelles fumier boue vomi pisse cancer sida peste cholera lepre diarrhee gale poux mourir crever suicider balle'.split(' '));
const COMPARED = new Set(['plus', 'mieux', 'davantage', 'plutot', 'autant']);
const BELOW_GAP = new Set('n importe quel quelle quels quelles de d des du les un une tous toutes ces ce cette l la le a au aux avec voisin voisins voisine collegue collegues patron patronne proximite pres me m se s ne seul seule simple cote ami amie amis parmi chez entoure entouree'.split(' '));
const DENIALS = new Set(['pas', 'jamais', 'aucunement', 'nullement', 'point', 'guere', 'rarement', 'peu', 'pantoute']);
const SELDOM = new Set(['rarement', 'peu', 'pantoute']);
const SOFTENED = new Set(['tous', 'toutes', 'tout', 'toujours', 'seulement', 'que', 'qu', 'juste', 'moins', 'plus', 'forcement', 'necessairement', 'encore', 'mal', 'les', 'uniquement']);
const BEASTS = wordSet(beasts);
const COMPARATIVE = new Set(['aussi', 'plus', 'si', 'autant', 'pire', 'pires']);

/** Lives as the subject (« leurs vies ne valent rien », « vos vies sont sans valeur »): whose, at word k (the noun), or ''. */
const LIVES = new Set(['vie', 'vies', 'existence', 'existences']);
function livesOf(s: Stream, k: number): 'their' | 'your' | '' {
  if (k < 1 || s.sentence[k - 1] !== s.sentence[k] || !LIVES.has(s.wordKeys[k]!)) return '';
  const owner = s.wordKeys[k - 1]!;
  return owner === 'leur' || owner === 'leurs' ? 'their' : ['vos', 'votre', 'ta', 'tes'].includes(owner) ? 'your' : '';
}

/** What a group is as a people (« leur culture est arriérée », « leur religion est barbare »): said of it, the group taken up by « leur ». */
const OWNED = new Set(['culture', 'cultures', 'religion', 'religions', 'race', 'mentalite', 'coutumes', 'moeurs', 'presence', 'communaute', 'peuple', 'espece', 'langue', 'odeur', 'genre', 'sorte']);
const theirOwn = (s: Stream, k: number): boolean =>
  k >= 1 && s.sentence[k - 1] === s.sentence[k] && OWNED.has(s.wordKeys[k]!) && ['leur', 'leurs'].includes(s.wordKeys[k - 1]!);

/** Verbs of judging with the speaker as subject, by lemma (« je trouve les … tellement aberrants », « je tiens les … pour des … », « je vois les … comme des … »): what follows the group is said of it. */
const JUDGE = wordSet(['~trouver', '~juger', '~considerer', '~estimer', 'tiens', 'tenons', '~voir', '~percevoir', '~regarder']);
function judgedBySpeaker(s: Stream, m: Mention): number {
  // « je ne considère pas les … comme… »: the negation stands between the verb and the group; the span from « je » holds it.
  let v = m.a - 1;
  if (v > 0 && s.sentence[v] === s.sentence[m.a] && ['pas', 'jamais', 'plus', 'aucunement', 'nullement'].includes(s.wordKeys[v]!)) v -= 1;
  if (v < 1 || s.sentence[v] !== s.sentence[m.a] || !fills(JUDGE, s.words[v])) return -1;
  let j = v - 1;
  if (j > 0 && ['ne', 'n'].includes(s.wordKeys[j]!)) j -= 1;
  return ['je', 'j', 'on', 'nous'].includes(s.wordKeys[j]!) ? j : -1;
}

const THING_DETERMINERS = new Set(DETERMINER_WORDS);
/**
 * True when a noun named earlier in the sentence, not a group of people, is what the object pronoun at
 * p takes up (« on va ramasser les feuilles et les brûler »): no unnamed victim then.
 */
function thingBefore(s: Stream, g: Groups, p: number): boolean {
  for (let k = p - 2; k >= 0 && p - k <= 10 && s.sentence[k] === s.sentence[p]; k -= 1) {
    if (!THING_DETERMINERS.has(s.wordKeys[k]!) || (g.startingAt[k] ?? -1) >= 0 || (g.headAt[k + 1] ?? -1) >= 0) continue;
    const noun = s.wordKeys[k + 1]!;
    // A noun (« feuilles », « branches »), not a pronoun or a verb form right after a clitic (« les brûler »).
    if (k + 1 < p && noun.length >= 3 && !/(?:er|ir|re)$/.test(noun) && !THING_DETERMINERS.has(noun)) return true;
  }
  return false;
}

/** Prepositions that make a group the complement of something else (« le programme pour les … »). */
const GOVERNING = new Set(['pour', 'avec', 'contre', 'sans', 'chez', 'envers', 'entre', 'parmi', 'sur', 'par', 'a', 'vers', 'selon']);
/** True when the mention is governed by a preposition or is the object inside a relative clause (« les insultes qui visent les … »), so it is not the subject of what follows. */
const governed = (s: Stream, m: Mention): boolean => (m.a > 0 && s.sentence[m.a - 1] === s.sentence[m.a] && GOVERNING.has(s.wordKeys[m.a - 1]!)) || objectOfClause(s, m);

/** The group words [.., p) speak of: a mention ending right there, or a pronoun's antecedent. */
/** Pronouns that take up a group after « que » in a comparison (« rien de plus hypocrite qu'eux »). */
const TAKEN_UP = new Set(['eux', 'elles', 'ceux-la', 'celles-la']);
/** Wrongs done to people (« plutôt mourir que d'abandonner / trahir / insulter les … »). */
const WRONG_DONE = wordSet(['~abandonner', '~trahir', '~lacher', '~renier', '~oublier', '~insulter', '~humilier', '~blesser', '~frapper', '~denoncer', '~expulser', '~chasser', '~rejeter', '~exclure', '~renvoyer', '~mepriser', '~hair', '~detester', '~discriminer', '~laisser', '~maltraiter', '~tromper', '~mentir'], false);
const WISHING_VERBS = wordSet(['~prier', '~vouloir', '~rever', '~demander', '~exiger', '~souhaiter', '~esperer', '~aimer', 'hate', 'vivement', '~implorer', '~supplier'], false);
/** True when a fault follows within a few words of k, in its sentence (« d'être radin », « de mentir »): a degrading word or a vice. */
function faultAfter(s: Stream, k: number): boolean {
  for (let j = k; j < s.words.length && j - k <= 4 && s.sentence[j] === s.sentence[k]; j += 1) if (matchAt(s, PLAIN, j) >= 0 || matchAt(s, STRONG, j) >= 0 || matchAt(s, VICES, j) >= 0 || fills(VICE_VERBS, s.words[j])) return true;
  return false;
}
/** Vices said as verbs after « typique d'un … de » (« de mentir, de voler, de tricher »). */
const VICE_VERBS = wordSet(['~mentir', '~voler', '~tricher', '~frauder', '~profiter', '~abuser', '~chialer', '~pleurnicher', '~quemander', '~mendier', '~paresser', '~trahir', '~tromper', '~magouiller', '~arnaquer', '~escroquer', '~puer', '~empester', '~violer', '~tuer', '~frapper', '~agresser', '~exagerer', '~hurler', '~plaindre'], false);
/** The speaker alone as the modal of a harm (« je tuerais… »), which governs only its own clause. */
const BARE_SPEAKER = new Set(['je', 'j']);
/** Verbs of winning as often as of violence, and what makes a sentence a contest (« éliminer les Français en demi-finale »). */
const CONTEST_VERBS = wordSet(['~eliminer', '~battre', '~ecraser', '~vaincre', '~descendre', '~planter', '~lessiver', '~detruire', '~pulveriser', '~aneantir', '~massacrer'], false);
const CONTEST = new Set(['finale', 'demi-finale', 'demi', 'quart', 'match', 'matchs', 'partie', 'parties', 'tournoi', 'ronde', 'series', 'serie', 'coupe', 'championnat', 'eliminatoires', 'competition', 'concours', 'hockey', 'soccer', 'football', 'baseball', 'basketball', 'volleyball', 'tennis', 'curling', 'ballon', 'patinoire', 'olympiques', 'mondial', 'score', 'points', 'buts', 'jeu', 'quiz', 'debat', 'elections', 'election', 'scrutin', 'urnes']);
/** True when the sentence of word h names a contest within a few words of it. */
function contestIn(s: Stream, h: number): boolean {
  for (let k = Math.max(0, h - 8); k < Math.min(s.words.length, h + 10); k += 1) if (s.sentence[k] === s.sentence[h] && CONTEST.has(s.wordKeys[k]!)) return true;
  return false;
}
/** Living and dying, and the manner that makes them no harm wished (« mourir dans la dignité », « vivre dans des tentes »). */
const LIVE_DIE = wordSet(['~mourir', '~vivre'], false);
/** Dying, which takes no object: what follows it is a cause (« mourir du sida », « du froid »), never the agent's own object. */
const DIE_VERBS = wordSet(['~mourir', '~perir'], false);
/** What one « dies of » in a figure of speech (« mourir de rire, d'envie, de honte »): no death wished. */
const DEATH_FIGURES = new Set(deathFigures);
/** True when word k opens a peaceful manner of life or death, not a cruel one (« dans la dignité », not « dans d'atroces souffrances »). */
function peaceful(s: Stream, k: number): boolean {
  if (!MANNER_OF_LIFE.has(s.wordKeys[k]!)) return false;
  for (let j = k + 1; j < s.words.length && j - k <= 3 && s.sentence[j] === s.sentence[k]; j += 1) if (CRUEL_MANNER.has(s.wordKeys[j]!)) return false;
  return true;
}
const CRUEL_MANNER = new Set(['atroce', 'atroces', 'souffrance', 'souffrances', 'douleur', 'douleurs', 'agonie', 'supplice', 'supplices', 'tourments', 'flammes', 'sang', 'horreur', 'torture', 'tortures', 'feu']);
const MANNER_OF_LIFE = new Set(['dans', 'en', 'ainsi', 'sous', 'sans', 'entoures', 'entourees', 'paisiblement', 'dignement', 'chez', 'seuls', 'seules', 'pauvres', 'pres', 'loin']);
const SINGULAR_BE = new Set(['est', 'serait', 'sera', 'etait', 'fut', 'soit']);
const NOT_AGAIN = new Set(['pas', 'plus', 'jamais']);
/**
 * True when a plural group stands inside an infinitive clause that opens the sentence and « être »
 * after it is singular (« ne pas accueillir les … serait une honte », « laisser entrer des … serait… »):
 * the clause is the subject, not the group (access.ts reads what such clauses say of a group).
 */
function inOpeningInfinitive(s: Stream, m: Mention, p: number): boolean {
  if (!/[sx]$/.test(s.wordKeys[m.head]!)) return false;
  let singular = false;
  for (let k = m.b; k < p; k += 1) if (SINGULAR_BE.has(s.wordKeys[k]!)) singular = true;
  if (!singular) return false;
  for (let k = m.a - 1; k >= 0 && m.a - k <= 8 && s.sentence[k] === s.sentence[m.a]; k -= 1) {
    const opens = k === 0 || s.sentence[k - 1] !== s.sentence[k] || (NOT_AGAIN.has(s.wordKeys[k - 1]!) && (k < 2 || s.sentence[k - 2] !== s.sentence[k] || s.wordKeys[k - 2]! === 'ne'));
    if (opens && /(?:er|ir|re)$/.test(s.wordKeys[k]!)) return true;
  }
  return false;
}

/** Prepositions that open the complement of a participle set after a subject (« logés au motel », « entassés dans l'hôtel »). */
const PARTICIPLE_PLACE = new Set(['a', 'au', 'aux', 'dans', 'en', 'sur', 'chez', 'pres', 'derriere', 'devant', 'sous', 'par']);
/**
 * The people named before a participle and its short complement, as the subject of the verb at p (« les … entassés à
 * l'hôtel se reproduisent comme… »): participle, preposition, at most three words, in one clause. Bounded look back.
 */
function participleSubject(s: Stream, g: Groups, p: number): Mention | undefined {
  let k = p;
  while (k > 0 && p - k < 3 && SUBJECT_GAP.has(s.wordKeys[k - 1]!)) k -= 1;
  for (let b = k - 3; b >= 0 && k - b <= 6; b -= 1) {
    if (s.brk[b + 1] !== 0 || s.clause[b] !== s.clause[p]) return undefined;
    const m = mentionAt(g, g.endingAt[b]);
    if (!m) continue;
    const part = s.wordKeys[b]!;
    return part.length >= 5 && /(?:e|es|ee|ees|is|us)$/.test(part) && PARTICIPLE_PLACE.has(s.wordKeys[b + 1]!) && s.brk[b] === 0 ? m : undefined;
  }
  return undefined;
}

function subjectBefore(s: Stream, g: Groups, p: number): { m: Mention; from: number; aside?: readonly [number, number] | undefined } | undefined {
  const { k, copula, pronoun } = walkBack(s, p);
  const direct = g.endingAt[k + 1] ?? -1;
  // A group that is only an object (« les gens qui haïssent les gais sont… ») is not what is spoken of (relative.ts).
  const m = direct >= 0 && objectOfClause(s, g.mentions[direct]!) ? undefined : mentionAt(g, direct);
  if (m && m.generic && (copula || pronoun >= 0) && !ofAThing(s, m) && !inOpeningInfinitive(s, m, p)) return { m, from: m.a };
  // « les immigrés que je connais sont… »: the subject carried past its relative clause.
  const relative = copula && direct < 0 ? relativeHead(s, g, k) : undefined;
  const head = relative ? { m: relative } : copula && direct < 0 ? headAcross(s, g, k) : undefined;
  if (head && !ofAThing(s, head.m)) return { m: head.m, from: head.m.a, aside: head.aside };
  // « je trouve les … tellement aberrants »: the speaker's judgement (its negation is read from « je »).
  if (m && m.generic && !copula) {
    const judge = judgedBySpeaker(s, m);
    if (judge >= 0) return { m, from: judge };
  }
  if (copula && k >= 0 && (livesOf(s, k) === 'their' || theirOwn(s, k))) {
    const ante = antecedent(s, g, k - 1);
    // A culture or a presence belongs to an identity; a role's presence may be a danger (« les cyclistes? leur présence… »).
    if (ante && (ante.identity || livesOf(s, k) === 'their')) return { m: ante, from: k - 1 };
  }
  // « je les trouve dégoûtants »: the speaker's judgement of a group taken up by « les ».
  if (!copula && k >= 2 && fills(JUDGE, s.words[k]) && s.wordKeys[k - 1]! === 'les' && s.sentence[k - 2] === s.sentence[p]) {
    const who = s.wordKeys[k - 2]! === 'ne' || s.wordKeys[k - 2]! === 'n' ? k - 3 : k - 2;
    const ante = who >= 0 && ['je', 'j', 'on', 'nous'].includes(s.wordKeys[who]!) ? antecedent(s, g, k - 1) : undefined;
    if (ante) return { m: ante, from: who };
  }
  if (pronoun >= 0 && copula) {
    const ante = antecedent(s, g, pronoun);
    // « détester les femmes, c'est… »: « c' » takes up the act, not the group that is its object.
    // « les … , on les traite comme des chiens, c'est révoltant »: « c' » after a clause of its own takes up that clause.
    if (ante && !insideAct(s, ante, pronoun) && !clauseTakenUp(s, ante, pronoun)) return { m: ante, from: ante.b === pronoun ? ante.a : pronoun };
  }
  return undefined;
}

/** A right denied under a condition (« pas le droit de conduire la nuit sans examen », « avant 18 ans »): a rule debated, not a people denied. */
const ruled = (s: Stream, q: number): boolean => s.wordKeys[q - 2]! === 'droit' && s.words.slice(q, q + 8).some((w, i) => /^(?:sans|avant|si|moins)$/.test(keyOf(w)) && s.clause[q + i] === s.clause[q - 1]);

const DANGER = new Set(['dangereux', 'dangereuse', 'risque', 'perilleux', 'perilleuse']);
const THEM = new Set(['eux', 'elles', 'lui', 'eux-autres', 'eux-memes']);
/**
 * « Ils marchent sur la 138 le soir, c'est dangereux », « …, c'est dangereux pour eux »: a danger said after a clause of
 * what they do (a verb of their own, not « sont »), or a danger to them, is the danger of that doing, not of the people.
 * « Les …, c'est dangereux », « Ils sont partout, c'est dangereux » still say it of them.
 */
function dangerOfDoing(s: Stream, ante: Mention, k: number): boolean {
  const at = k + 2;
  if (!THAT.has(s.wordKeys[k]!) || at >= s.words.length || !DANGER.has(s.wordKeys[at]!) || s.sentence[at] !== s.sentence[k]) return false;
  if ((s.wordKeys[at + 1] ?? s.wordKeys[at]!) === 'pour' && THEM.has(s.wordKeys[at + 2] ?? s.wordKeys[at]!)) return true;
  let from = k;
  while (from > 0 && s.sentence[from - 1] === s.sentence[k] && from - 1 >= ante.b) from -= 1;
  const clause = s.wordKeys.slice(from, k);
  return clause.length >= 3 && !clause.some((w) => BE_PASSIVE.has(w) || w === 'etaient' || w === 'etait');
}

/**
 * True when « c' / ça » at k takes up a clause about the group, not the group: « On abandonne les …, c'est une honte » (done
 * to them by a subject of its own, unless only seen, « j'ai croisé des …, c'était répugnant », or let do, « vous laissez les … envahir »), « les … sont maltraités / n'ont
 * pas de bus, c'est une honte » (what they suffer or lack), « les cyclistes roulent sur le trottoir, c'est dangereux » (a role's doing),
 * « c'est une honte de laisser les … sans transport » (an act).
 */
function clauseTakenUp(s: Stream, ante: Mention, k: number): boolean {
  if (dangerOfDoing(s, ante, k)) return true;
  // « Des travailleurs … meurent dans les serres. Faut des normes, c'est une honte. »: the sentence before told what
  // they suffer; « c' » takes up that story, not the people (« Les … sont partout. C'est dégoûtant. » still says it of them).
  if (THAT.has(s.wordKeys[k]!) && s.sentence[ante.a] !== s.sentence[k] && ante.b < s.words.length && s.sentence[ante.b] === s.sentence[ante.a] && s.brk[ante.b] === 0) {
    let end = ante.b;
    while (end < s.words.length && s.sentence[end] === s.sentence[ante.a]) end += 1;
    if (victimClause(s, ante.b, end)) return true;
  }
  return THAT.has(s.wordKeys[k]!) && s.sentence[ante.a] === s.sentence[k] && (lackBefore(s, ante.a) || nobodyDoes(s, ante.a) || (doneTo(s, ante.a) && !fills(SEEING, s.words[ante.a - 1]) && !infinitive(s, ante.b < k ? ante.b : k)) || (ante.b < k - 1 && (victimClause(s, ante.b, k) || !ante.identity)) ||
    // « c'est une honte de laisser les … sans transport »: « ce » stands for the act (seeing them, letting them in, is them).
    // Pronouns may stand between « de » and the infinitive (« de s'en prendre aux … », « de les insulter »).
    s.words.slice(k, ante.a).some((w, i) => {
      const j = afterClitics(s, k + i + 1);
      return /^de?$/.test(keyOf(w)) && infinitive(s, j) && !fills(SEEING, s.words[j]) && !infinitive(s, j + 1);
    }));
}
const DUTY_MODALS = new Set(['devrait', 'devrions', 'devraient', 'devriez', 'doit', 'doivent', 'devons', 'faut', 'faudrait', 'peut', 'pourrait', 'pourrions', 'pouvons', 'peuvent']);
/** True when a modal and its denial stand in the few words before p, within its clause (« on ne devrait pas… », « faut pas… »). */
function modalDenied(s: Stream, p: number): boolean {
  let modal = false;
  let denied = false;
  for (let k = p - 1; k >= 0 && p - k <= 4 && s.clause[k] === s.clause[p]; k -= 1) {
    const w = s.wordKeys[k]!;
    if (DUTY_MODALS.has(w)) modal = true;
    else if (NO_LONGER.has(w) || w === 'ne' || w === 'n') denied = true;
  }
  return modal && denied;
}
/** Between having and the feeling noun, words by which the feeling is others' (« honte de lire / voir / entendre autant de haine »). */
const SEEN_IN_OTHERS = new Set(['honte', 'lire', 'lu', 'lis', 'lisant', 'voir', 'vu', 'vois', 'voyant', 'entendre', 'entendu', 'entendant', 'constater', 'constate', 'remarquer', 'remarque', 'peur', 'marre']);
/** « Personne devrait refuser un logement à des …, c'est écœurant »: nobody (or whoever) does it, within the clause before them. */
function nobodyDoes(s: Stream, a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= 8 && s.sentence[k] === s.sentence[a] && s.brk[k + 1] === 0; k -= 1) if (['personne', 'quiconque', 'nul'].includes(s.wordKeys[k]!)) return true;
  return false;
}
/** « Pas de place pour les … au CHSLD, c'est une honte »: the clause opens on what they lack (« pas de », « aucun », « manque de »). */
function lackBefore(s: Stream, a: number): boolean {
  if (a === 0) return false;
  let k = a - 1;
  while (k > 0 && a - k < 6 && s.sentence[k - 1] === s.sentence[a] && s.brk[k] === 0) k -= 1;
  const w = s.wordKeys[k]!;
  return k < a && s.sentence[k] === s.sentence[a] && (w === 'aucun' || w === 'aucune' || w === 'manque' || ((w === 'pas' || w === 'zero') && isDe(s.wordKeys[k + 1]!)));
}
const afterClitics = (s: Stream, j: number): number => (j < s.words.length && (CLITICS.has(s.wordKeys[j]!) || /^se?$/.test(s.wordKeys[j]!)) ? afterClitics(s, j + 1) : j);

/** Subjects of a clause of one's own before its object (« on abandonne les … »). */
const OWN_SUBJECTS = new Set(['on', 'je', 'j', 'nous', 'vous', 'tu', 't', 'ils', 'il', 'elle', 'elles']);
/** True when the people named at a are the object of a clause whose subject is said just before, within it (a few words). */
function doneTo(s: Stream, a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= 4 && s.sentence[k] === s.sentence[a] && s.brk[k + 1] === 0; k -= 1) {
    if (OWN_SUBJECTS.has(s.wordKeys[k]!)) return true;
    // « La Ville laisse les … », « le gouvernement abandonne les … »: an institution or a person in charge as subject.
    if (k < a - 1 && AGENTS.has(s.wordKeys[k]!) && k > 0 && AGENT_DETERMINERS.has(s.wordKeys[k - 1]!)) return true;
  }
  return false;
}
/** Who acts on a people as subject of a clause: institutions and persons in charge (the clause is what they do to them). */
const AGENTS = new Set(['ville', 'gouvernement', 'gouvernements', 'maire', 'mairesse', 'police', 'proprio', 'proprietaire', 'ministre', 'etat', 'systeme', 'societe', 'employeur', 'patron', 'conseil', 'municipalite', 'ministere', 'federal', 'provincial', 'hopital', 'cisss', 'commission', 'ecole', 'direction']);
const AGENT_DETERMINERS = new Set(['la', 'le', 'l', 'notre', 'nos', 'ce', 'cette', 'votre', 'leur', 'mon', 'ma', 'son', 'sa', 'les', 'des']);

const ANSWERED_BE = new Set(['sont', 'etes', 'seraient', 'etaient']);
/**
 * Where the group a bare answer (words [e, q), a sentence of its own) is said of begins: the previous
 * sentence ends with a group (« que dire des … ? ») or with « ils / elles » and « sont » (« ce qu'ils sont ? »). -1 when none.
 */
function answerTo(s: Stream, g: Groups, e: number, q: number): number {
  if (e < 2 || (q < s.words.length && s.sentence[q] === s.sentence[e]) || s.sentence[e - 1] === s.sentence[e]) return -1;
  const m = mentionAt(g, g.endingAt[e]);
  if (m && m.generic && !ofAThing(s, m)) return m.a;
  if (!ANSWERED_BE.has(s.wordKeys[e - 1]!) || s.sentence[e - 2] !== s.sentence[e - 1] || !SUBJECT_PRONOUNS.has(s.wordKeys[e - 2]!)) return -1;
  return antecedent(s, g, e - 2) ? e - 2 : -1;
}

/** Determiners and quantifiers between a feeling that opens the sentence and the people it is about. */
/** « Pourquoi je devrais respecter … ? », « Comment peut-on aimer … ? »: asked only at the sentence's start and unanswered. */
const ASKING = new Set(['pourquoi', 'comment']);
const OPENER_GAP = new Set(['gang', 'bande', 'gagne', 'le', 'la', 'les', 'l', 'des', 'de', 'd', 'du', 'tous', 'toutes', 'tout', 'ces', 'ce', 'cet', 'cette', 'vos', 'nos', 'leurs', 'ses', 'mes', 'tes', 'un', 'une', 'ben', 'bien', 'vraiment', 'tellement', 'juste', 'completement', 'totalement', 'profondement', 'a', 'au', 'aux', 'autant']);
/** The words of a relative that only says a people is here or seen (« qu'il y a ici », « qu'on croise partout », « qui vivent ici »). */
const PRESENT_ONLY = new Set(['il', 'y', 'a', 'ya', 'on', 'je', 'j', 'voit', 'vois', 'croise', 'croises', 'rencontre', 'sont', 'vivent', 'habitent', 'restent', 'ici', 'icitte', 'partout', 'maintenant', 'rendus', 'rendues', 'au', 'en', 'ville', 'quartier', 'pays', 'quebec', 'dans', 'le', 'la', 'ce', 'cette', 'notre', 'mon', 'ma', 'coin']);
/** True when the rest of the clause from k (a few words) only says they are here or seen. */
function presentOnly(s: Stream, k: number): boolean {
  let j = k;
  for (; j < s.words.length && j - k < 6 && s.sentence[j] === s.sentence[k - 1] && s.brk[j] === 0; j += 1) if (!PRESENT_ONLY.has(s.wordKeys[j]!)) return false;
  return j > k && (j >= s.words.length || s.brk[j] !== 0 || s.sentence[j] !== s.sentence[k - 1]);
}

/** Words that give a verbless rest a clause or a place of its own (« Des rats partout. », « Des déchets dans la rue. »): not what the people are. */
const TAIL_STOPS = new Set(['selon', 'partout', 'ici', 'la', 'dans', 'sur', 'sous', 'au', 'aux', 'chez', 'pres', 'autour', 'devant', 'derriere', 'a', 'qui', 'que', 'qu', 'dont', 'il', 'ils', 'elle', 'elles', 'on', 'je', 'j', 'tu', 'y', 'les', 'leur', 'lui', 'se', 's', 'me', 'm', 'te', 't', 'est', 'sont', 'ont', 'sera', 'seront', 'va', 'vont', 'faut', 'c', 'ca']);
/** How far a verbless rest and the sentence naming the people may run (words). */
const TAIL_MAX = 4;
const TOPIC_SPAN = 20;
/** « …, c'est tout », « …, c'est ça », « …, point final »: a tag that closes the verdict, not a clause of its own. */
const closingTag = (s: Stream, q: number): boolean => {
  const [a, b, c] = [q, q + 1, q + 2].map((k) => (k < s.words.length && s.sentence[k] === s.sentence[q] ? s.wordKeys[k]! : ''));
  return s.brk[q] !== 0 && a === 'c' && b === 'est' && (c === 'tout' || c === 'ca') && (q + 3 >= s.words.length || s.sentence[q + 3] !== s.sentence[q]);
};

/**
 * « Parlons des … . Des menteurs de père en fils. », « Encore des … sur la rue. Une vraie plaie. »: what they are,
 * said alone in a short verbless sentence right after one that names a people anywhere (answerTo takes the people
 * at the end). Returns where the people's name starts, or -1. Bounded look back and ahead: linear.
 */
function topicBefore(s: Stream, g: Groups, e: number, q: number): number {
  if (e < 1 || s.sentence[e - 1] === s.sentence[e]) return -1;
  const tail = closingTag(s, q) ? q + 3 : q;
  for (let k = tail; k < s.words.length && s.sentence[k] === s.sentence[e]; k += 1) if (k - q >= TAIL_MAX || TAIL_STOPS.has(s.wordKeys[k]!)) return -1;
  const before = s.sentence[e - 1];
  for (let j = e; j > 0 && s.sentence[j - 1] === before && e - j <= TOPIC_SPAN; j -= 1) {
    const m = mentionAt(g, g.endingAt[j]);
    // Any people named there, as subject or object (« des … », « parlons des … »): the verbless sentence calls them what they are.
    if (m && m.identity) return m.a;
  }
  return -1;
}

/**
 * Exceptives: a negation that asserts (« ne sont rien d'autre que des cafards », « n'êtes pas mieux que
 * des rats », « valent moins que des rats »): what follows is said of the subject.
 */
const EXCEPTIVE = compile([
  'ne|n\'? ~etre|etes|~valoir rien d\'|de autre|plus|mieux que|qu\'', 'ne|n\' ~etre|etes|~valoir pas|guere|aucunement|jamais mieux que|qu\'',
  '~valoir moins que|qu\'', '~valoir pas|guere|jamais mieux|plus que|qu\'', '~etre|etes pas mieux que|qu\'',
]);
/** Words between an exceptive and what it says (« … que des rats »). */
const EXCEPTIVE_GAP = new Set(['des', 'de', 'd', 'un', 'une', 'la', 'le', 'les', 'l', 'du', 'vulgaires', 'simples', 'sales', 'vrais', 'vraies']);

/** Words that hold a negative word but assert (« sans aucun doute », « sans exception », « ne peuvent s'empêcher de », « ne sont-ils pas »): not a negation. */
const ASSERTING = compile(['sans aucun|nul doute', 'sans aucune? exception', 'ne|n\' ~pouvoir pas? s\'|se ~empecher', 'ne|n\' ~pouvoir pas? s\'|se en ~empecher',
  // A negative question asks for agreement (« ne sont-ils pas des… ? », Québec « sont-tu pas… ? »).
  'ne|n\'? ~etre|~pouvoir|~devoir ils|elles|on|il|elle|tu pas|jamais',
  // « pas mal tous » (Québec: « pretty much all ») counts, it does not deny.
  'pas mal',
  // « n'importe quel … »: any one, no negation.
  'n\'|ne importe quel|quelle|quels|quelles|qui|quoi|lequel|laquelle']);
/** Per stream: where each asserting adverb ends, by its first word (0: none). */
const asserting = new WeakMap<Stream, Int32Array>();

function push(out: WordHit[], s: Stream, sc: Scope, a: number, b: number, inside: ReadonlyArray<readonly [number, number]>, verbEnd = -1, severity: 'error' | 'warning' = 'error'): void {
  if (b <= a) return;
  let ends = asserting.get(s);
  if (!ends) {
    ends = new Int32Array(s.words.length + 1);
    for (const [x, y] of findAllIn(s, ASSERTING)) ends[x] = y;
    asserting.set(s, ends);
  }
  // A statement's span is a bounded window, so this walk is too.
  let within = inside;
  for (let k = a; k < b; k += 1) if (ends[k]! > 0 && ends[k]! <= b) within = [...within, [k, ends[k]!]];
  const cleared = isNegated(s, a, b, within, verbEnd) || isReported(s, sc, a, b);
  out.push({ kind: 'hate', severity: cleared ? 'clear' : severity, a, b });
}

/** True when the sentence holding word q is followed by one opening with « parce que » (a bounded look ahead). */
function answered(s: Stream, q: number): boolean {
  let k = q;
  while (k < s.words.length && k - q < 30 && s.sentence[k] === s.sentence[q - 1]) k += 1;
  return k < s.words.length && s.sentence[k] !== s.sentence[q - 1] && s.wordKeys[k]! === 'parce';
}

/** What keeps someone from doing a thing (« à cause des prix », « faute de », « tant que »): an ability denied by circumstance, not by nature. */
const CIRCUMSTANCE = new Set(['cause', 'faute', 'parce', 'puisque', 'car', 'sans', 'tant', 'raison', 'manque', 'depuis', 'encore']);
/** Getting something or getting about (« capables de trouver un logement, de payer, de se déplacer »): what circumstance denies, not a mind. */
const GETTING = wordSet(['~trouver', '~obtenir', '~payer', '~acheter', '~acceder', '~recevoir', '~loger', '~nourrir', '~avoir', '~joindre', '~rejoindre', '~entrer', '~sortir', '~voir', '~survivre', '~deplacer', '~deneiger', '~monter', '~soigner']);
/** True when the quality ending at q is an ability (« capables de ») denied by circumstance: getting something, or a circumstance named within reach. */
function hindered(s: Stream, q: number): boolean {
  if (!['de', 'd', 'a', 'au', 'aux'].includes(s.wordKeys[q - 1]!)) return false;
  if (q < s.words.length && (fills(GETTING, s.words[q]) || (['se', 's'].includes(s.wordKeys[q]!) && fills(GETTING, s.words[q + 1])))) return true;
  for (let k = q; k < s.words.length && k - q < 12 && s.sentence[k] === s.sentence[q - 1]; k += 1) if (CIRCUMSTANCE.has(s.wordKeys[k]!)) return true;
  return false;
}

/** Whose eyes open the sentence (« Pour le ministère, les … n'existent pas »): someone else's, not the speaker's (« pour moi »). */
const VIEWPOINT = new Set(['pour', 'selon']);
const SPEAKER_VIEW = new Set(['moi', 'nous']);
/** True when the sentence of word p opens on another's viewpoint set off by a comma before p (a bounded look back). */
function othersView(s: Stream, p: number): boolean {
  let k = p;
  while (k > 0 && p - k < 12 && s.sentence[k - 1] === s.sentence[p]) k -= 1;
  if (k > 0 && s.sentence[k - 1] === s.sentence[p]) return false;
  if (!VIEWPOINT.has(s.wordKeys[k]!) || k + 1 >= p || SPEAKER_VIEW.has(s.wordKeys[k + 1]!)) return false;
  for (let j = k + 2; j <= p; j += 1) if (s.brk[j] !== 0) return true;
  return false;
}

/** « rester / demeurer », and the adverbs of a fate (« restera toujours », « reste quand même », « reste avant tout »). */
const REMAINS = new Set(['reste', 'restent', 'restera', 'resteront', 'resterait', 'resteraient', 'restait', 'restaient', 'demeure', 'demeurent', 'demeurera', 'demeureront']);
const FATE_ADVERBS = new Set(['toujours', 'quand', 'meme', 'juste', 'avant', 'tout', 'simplement', 'eternellement', 'malgre']);
/** A name without its plural and feminine endings (« Arabe », « Arabes »; « Haïtien », « Haïtienne »). */
const stemOf = (w: string): string => w.replace(/(?:nes|ne|es|s|x|e)$/, '');

/** The clitics and negation between a subject pronoun and its verb (« vous n'y », « ils ne nous »). */
const BEFORE_VERB = new Set(['ne', 'n', 'y', 'en', 'nous', 'leur', 'les', 'se', 's', 'vraiment', 'jamais', 'toujours']);
/** Where a subject pronoun before the verb at p takes up a group (« Les … ? Elles ne… », « ils n'… »), or -1. */
function pronounSubject(s: Stream, g: Groups, p: number): number {
  for (let k = p - 1; k >= 0 && p - k <= 3 && s.sentence[k] === s.sentence[p]; k -= 1) {
    if (SUBJECT_PRONOUNS.has(s.wordKeys[k]!)) return antecedent(s, g, k) ? k : -1;
    if (!BEFORE_VERB.has(s.wordKeys[k]!)) break;
  }
  return addressedGroup(s, g, p);
}
/** Where « vous » before the verb at p addresses a group set out just before it (« Vous, les …, vous… », « Vous autres les …, vous… »), or -1. */
function addressedGroup(s: Stream, g: Groups, p: number): number {
  let k = p - 1;
  while (k >= 0 && p - k <= 3 && s.sentence[k] === s.sentence[p] && BEFORE_VERB.has(s.wordKeys[k]!)) k -= 1;
  if (k < 1 || s.wordKeys[k]! !== 'vous' || s.sentence[k] !== s.sentence[p] || s.brk[k] === 0) return -1;
  const m = mentionAt(g, g.endingAt[k]);
  if (!m || !m.identity || s.sentence[m.a] !== s.sentence[p]) return -1;
  // The group is the reader's own: « vous » or « vous autres » right before it.
  const w1 = m.a >= 1 ? s.wordKeys[m.a - 1]! : '';
  const w2 = m.a >= 2 ? s.wordKeys[m.a - 2]! : '';
  return w1 === 'vous' || (w1 === 'autres' && w2 === 'vous') ? m.a - (w1 === 'vous' ? 1 : 2) : -1;
}

/** The identity group set out after a comma at the end of the sentence of word q (« …, ces …-là. », « …, une … . »), or undefined. */
function setOutAfter(s: Stream, g: Groups, q: number): Mention | undefined {
  let k = q;
  while (k < s.words.length && k - q < 8 && s.sentence[k] === s.sentence[q - 1] && s.brk[k] === 0) k += 1;
  if (k >= s.words.length || s.sentence[k] !== s.sentence[q - 1]) return undefined;
  const m = mentionAt(g, g.startingAt[k]);
  const last = m ? m.b >= s.words.length || s.sentence[m.b] !== s.sentence[k] : false;
  return m && m.identity && last && ['ces', 'les', 'un', 'une', 'des'].includes(s.wordKeys[m.a]!) ? m : undefined;
}

/** Acts of trust or welcome, as an infinitive opening the sentence, and the words before their object (« faire confiance à », « louer aux »). */
const WELCOME = new Set(['faire', 'se', 's', 'engager', 'embaucher', 'louer', 'croire', 'ecouter', 'epouser', 'marier', 'aider', 'accueillir', 'elire']);
const WELCOME_GAP = new Set(['confiance', 'a', 'au', 'aux', 'fier']);
/** What the act is judged to be (« une erreur », « de la folie », « chercher le trouble », « naïf »). */
const MISTAKE = new Set(['erreur', 'folie', 'suicide', 'suicidaire', 'chercher', 'courir', 'naif', 'naive', 'dangereux', 'risque', 'perte', 'demander']);

/** Belief verbs of the speaker's denial frames (« je ne pense pas qu'on puisse… »), third word of the frame. */
const BELIEF_DENIED = new Set(['pense', 'crois']);

// People named by a vile noun, no group word (« ces animaux-là parlent même pas français », « cette vermine-là chiale », « les parasites
// qui dorment au parc »): walking back from what only people do (VILE_ACTS) across the words a subject may leave before its verb
// (SUBJECT_GAP: « -là », « qui », clitics, a modal, an adverb), a vile noun right after « ces / les / cette… » is a person; pests,
// waste and things stay clean (« ces rats-là ont rongé les fils »), and so does a noun completed (« les parasites de mon ordi »: « de »
// is no gap). An act beasts or things also do is only a doubt (the group-and-degrading-word one), and only with « parasites »,
// « sangsues », « charognes ». Not after « pas » (« c'est pas des parasites qui… »); reported speech is cleared downstream.
function findVile(s: Stream, out: WordHit[]): void {
  VILE_ACTS.forEach((set, mostly) => {
    for (const [p, q] of findAllIn(s, set)) {
      let k = p - 1;
      while (k > 1 && p - k <= 4 && SUBJECT_GAP.has(s.wordKeys[k]!)) k -= 1;
      // A comma after the noun ends its clause.
      if (k > 0 && VERMIN.has(s.wordKeys[k]!) && /^(ces|les|cette|la|ce|cet|des)$/.test(s.wordKeys[k - 1]!) && !NO_LONGER.has(s.wordKeys[k - 2] ?? s.wordKeys[k]!) && !s.brk[k + 1] && (!mostly || /^(parasite|sangsue|charogne)/.test(s.wordKeys[k]!)))
        out.push({ kind: 'hate', severity: mostly ? 'warning' : 'error', a: k - 1, b: q, ...(mostly ? { doubtful: 'together' as const } : {}) });
    }
  });
}

/** Hate findings in the stream. */
export function findHate(s: Stream, sc: Scope = scopeOf(s)): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const g = groupsOf(s);

  // Slurs: hate alone; a warning when quoted, reported or denounced (the City still should not repeat them).
  for (const [a, b] of g.slurs) out.push({ kind: 'hate', severity: slurReported(s, sc, a, b) ? 'warning' : 'error', a, b });

  for (const [a, b] of findAllIn(s, REFLEXIVE_SLURS)) {
    const p1 = a > 0 ? s.wordKeys[a - 1]! : '';
    const p2 = a > 1 ? s.wordKeys[a - 2]! : '';
    const p3 = a > 2 ? s.wordKeys[a - 3]! : '';
    // « s'attarde », « s'est attardé », « on s'y attarde », « il s'en est attardé »: a verb.
    const pronoun = p1 === 'y' || p1 === 'en';
    // « t'es attardé » (tu es) is an insult; « tu t'es attardé » a verb.
    const youAre = p1 === 'es' && p2 === 't' && p3 !== 'tu';
    if (!youAre && REFLEXIVE.has(p1) || (AUXILIARY.has(p1) && REFLEXIVE.has(p2)) || (pronoun && REFLEXIVE.has(p2)) || (AUXILIARY.has(p1) && (p2 === 'y' || p2 === 'en') && REFLEXIVE.has(p3))) continue;
    out.push({ kind: 'hate', severity: slurReported(s, sc, a, b) ? 'warning' : 'error', a, b });
  }
  for (const [a, b] of findAllIn(s, AMBIGUOUS)) {
    const next = b < n && s.sentence[b] === s.sentence[a] ? s.wordKeys[b]! : '';
    const prev = a > 0 ? s.wordKeys[a - 1]! : '';
    // The ordinary sense is cleared, so phrase lists do not flag it either.
    // « une tapette à mouches »; « mongol » takes no such complement (« le mongol de l'année » is an insult).
    // Called names (« gang de tapettes à la parade », « maudites tapettes »): a vocative, whatever follows.
    const called = (VOCATIVE.has(prev) || (isDe(prev) && a > 1 && VOCATIVE.has(s.wordKeys[a - 2]!))) && !(next === 'a' && /^(?:mouche|souris|rat)/.test(s.wordKeys[b + 1] ?? s.wordKeys[a]!));
    // « les tapettes de la bibliothèque », « du conseil »: a body or place of people as the complement names persons.
    // The complement's determiner is skipped (« de la », « de notre »); « à » and « pour » are the tool's.
    const k = b + 1 < n && NOUN_HEAD.has(s.wordKeys[b + 1]!) ? b + 2 : b + 1;
    const ofPeople = next[0] === 'd' && PEOPLE_PLACES.has(s.wordKeys[k] ?? s.wordKeys[a]!);
    const ordinary = !called && ((ORDINARY_NEXT.has(next) && !ofPeople && !s.wordKeys[a]!.startsWith('mongol')) || ORDINARY_BEFORE.has(prev) || (a > 1 && ORDINARY_BEFORE.has(s.wordKeys[a - 2]!)));
    if (ordinary) {
      out.push({ kind: 'hate', severity: 'clear', a, b });
      continue;
    }
    out.push({ kind: 'hate', severity: slurReported(s, sc, a, b) ? 'warning' : 'error', a, b });
  }
  for (const [a, b] of findAllIn(s, DETERMINED)) {
    if (a === 0 || s.sentence[a - 1] !== s.sentence[a] || !fills(SLUR_DETERMINERS, s.words[a - 1])) continue;
    // Only a people pointed at is named so (« les / ces sauvages »); « des sauvages » is what someone is called or acts like
    // (« appelés des sauvages dans les vieux livres », « agir comme des sauvages »).
    if (s.wordKeys[a]! === 'sauvages' && (!NAMED_PEOPLE.has(s.wordKeys[a - 1]!) || (a > 1 && s.wordKeys[a - 2]! === 'comme'))) continue;
    out.push({ kind: 'hate', severity: slurReported(s, sc, a, b) ? 'warning' : 'error', a: a - 1, b });
  }
  // LABELS and PLAIN are each read by two passes below: found once.
  const labels = findAllIn(s, LABELS);
  const plain = findAllIn(s, PLAIN);
  for (const [a, b] of labels) {
    // A label that is also a listed insult (« cassos », « plouc ») is marked, as an error, by the word lists.
    const listed = b === a + 1 ? kindOf(s.words[a]!.form, s.words[a]!.lemma) : undefined;
    if (listed !== undefined && listed !== 'unprofessional') continue;
    const insulted = a > 0 && fills(INSULTING, s.words[a - 1]) && s.sentence[a - 1] === s.sentence[a];
    // One of them, named as a noun (« un gauchiste dégénéré », « le facho est un parasite »), judged by a vile word: contempt.
    const judgedAt = !insulted && a > 0 && LABEL_DETERMINERS.has(s.wordKeys[a - 1]!) ? labelJudged(s, b) : -1;
    if (judgedAt > b && !isNegated(s, a - 1, judgedAt) && !isReported(s, sc, a - 1, judgedAt)) {
      out.push({ kind: 'contempt', severity: 'error', a: a - 1, b: judgedAt });
      continue;
    }
    out.push({ kind: 'contempt', severity: insulted && !isReported(s, sc, a, b) ? 'error' : 'warning', a: insulted ? a - 1 : a, b });
  }

  // « sale » + a person: « sale type », « sale fils de… ».
  for (const [a, b] of findAllIn(s, PERSONS)) {
    if (a > 0 && SALE.has(s.wordKeys[a - 1]!) && s.sentence[a - 1] === s.sentence[a] && !isReported(s, sc, a - 1, b)) out.push({ kind: 'contempt', severity: 'error', a: a - 1, b });
  }
  for (const [a, b] of findAllIn(s, REPLACEMENT)) if (!isNegated(s, Math.max(0, a - 4), a) && !isReported(s, sc, a, b)) out.push({ kind: 'hate', severity: 'warning', a, b });

  // Said to the reader, or named with « espèce de », « gros », « bande de »: « t'es attardé », « vous êtes
  // des hypocrites », « espèce de rageux ». Negated (« vous n'êtes pas ridicules ») or reported: clear.
  const notAddressedAt = new Uint8Array(n + 1);
  for (const [a, b] of findAllIn(s, NOT_ADDRESSED)) if (b === a + 1) notAddressedAt[a] = 1;
  for (const found of [findAllIn(s, PEJORATIVE), plain, labels]) {
    // A political label is a group too (groups.ts) but, unlike an identity, an insult when said to someone (« t'es un facho »).
    const label = found === labels;
    for (const [p, q] of found) {
      // One word met only by its stem is another word (« Quel retard! » is not « retardé »): its own forms are all listed.
      if (q === p + 1 && !NAMED_FORMS.has(s.wordKeys[p]!)) continue;
      // A condition asked kindly (« si vous êtes malade ») is no insult; asked as a taunt it is (« t'es autiste ou quoi? »).
      if (q === p + 1 && notAddressedAt[p] === 1 && !taunt(s, q)) continue;
      // A listed insult (« vous êtes un idiot ») is marked by the word lists, on the word itself.
      const listed = q === p + 1 ? kindOf(s.words[p]!.form, s.words[p]!.lemma) : undefined;
      if (listed !== undefined && listed !== 'unprofessional') continue;
      if (q < n && s.sentence[q] === s.sentence[p] && LIMITING.has(s.wordKeys[q]!)) continue;
      const prev = p > 0 && s.sentence[p - 1] === s.sentence[p] ? s.wordKeys[p - 1]! : '';
      const prev2 = p > 1 && s.sentence[p - 2] === s.sentence[p] ? s.wordKeys[p - 2]! : '';
      const named = NAMING.has(prev) ? p - 1 : isDe(prev) && NAMING.has(prev2) ? p - 2 : -1;
      const you = named >= 0 ? -1 : secondPersonBefore(s, p);
      const be = you >= 0 && (s.wordKeys[you]! === 'tes' || s.wordKeys.slice(you, p).some((w) => BE.has(w)));
      // « gauchistes de merde »: the insult after the name.
      const after = q + 1 < n && s.sentence[q + 1] === s.sentence[p] && isDe(s.wordKeys[q]!) && ['merde', 'marde', 'service'].includes(s.wordKeys[q + 1]!);
      if (after && named < 0) {
        if (!isReported(s, sc, p, q + 2)) out.push({ kind: 'contempt', severity: 'error', a: p, b: q + 2 });
        continue;
      }
      const a = named >= 0 ? named : be ? you : pointedAt(s, p, q);
      // A group's name said to the reader is no insult (« vous êtes résident? »), unless as a taunt (« t'es autiste ou quoi »).
      if (a < 0 || (!label && (g.startingAt[p] ?? -1) >= 0 && !(a === you && taunt(s, q)))) continue;
      if (!isNegated(s, a, q, [[p, q]]) && !isReported(s, sc, a, q)) out.push({ kind: 'contempt', severity: 'error', a, b: q });
    }
  }

  // Exceptive starts, by the word after the exceptive.
  const exceptiveAt = new Int32Array(n + 1).fill(-1);
  for (const [x, y] of findAllIn(s, EXCEPTIVE)) exceptiveAt[y] = x;

  // Predicates of being: G + copula + P, or pronoun + copula + P with the group named nearby.
  for (const [found, strong] of [[findAllIn(s, STRONG), true], [plain, false]] as const) {
    for (const [p, q] of found) {
      // The predicate word is itself a group name, unless a degrading one said of another group (« les … sont des assistés »).
      const named = (g.startingAt[p] ?? -1) >= 0 || (g.endingAt[q] ?? -1) >= 0;
      if (named && !(p > 0 && s.sentence[p - 1] === s.sentence[p] && OF_PEOPLE.has(s.wordKeys[p - 1]!) && walkBack(s, p).copula)) continue;
      if (!strong && limited(s, p, q)) continue;
      // « sont menacés par la chaleur »: folded, the participle is the noun; the noun takes an article (« une menace »).
      if (PARTICIPLE_NOUNS.has(s.wordKeys[p]!) && (p === 0 || !ARTICLE_BEFORE.has(s.wordKeys[p - 1]!))) continue;
      // « sont en danger », « en menace »: a bare noun after « en » is a state they are in (victims), not what they are.
      if (p > 0 && s.wordKeys[p - 1]! === 'en' && s.sentence[p - 1] === s.sentence[p] && /^(?:danger|peril|menace)/.test(s.wordKeys[p]!)) continue;
      // « peuvent être malades »: a modal says what may happen; only words without an ordinary sense count there.
      if (!strong && matchAt(s, NOT_ADDRESSED, p) >= q && walkBack(s, p).modal) continue;
      // « G ne sont rien d'autre que des P », « vous valez moins que des P »: the exceptive asserts, its negation is its own.
      let e = p;
      while (e > 0 && p - e < 2 && s.sentence[e - 1] === s.sentence[p] && EXCEPTIVE_GAP.has(s.wordKeys[e - 1]!) && (exceptiveAt[e] ?? -1) < 0) e -= 1;
      const x = exceptiveAt[e] ?? -1;
      if (x >= 0 && s.sentence[x] === s.sentence[p]) {
        const m = mentionEndingNear(s, g, x, SUBJECT_GAP, 2);
        const pronoun = x > 0 && s.sentence[x - 1] === s.sentence[x] && SUBJECT_PRONOUNS.has(s.wordKeys[x - 1]!) ? x - 1 : -1;
        const ante = m && m.generic ? m : pronoun >= 0 ? antecedent(s, g, pronoun) : undefined;
        const from = m && m.generic ? m.a : pronoun;
        if (ante && from >= 0) {
          push(out, s, sc, from, q, [[x, q]]);
          continue;
        }
        const you = x > 0 && SECOND_PERSON.has(s.wordKeys[x - 1]!) ? x - 1 : -1;
        if (you >= 0 && strong) {
          if (!isReported(s, sc, you, q)) out.push({ kind: 'contempt', severity: 'error', a: you, b: q });
          continue;
        }
      }
      // « Ce virus tue des aînés »: « ce » right before the noun is its determiner, not the « ce » of « ce sont ».
      const demonstrative = p > 0 && s.sentence[p - 1] === s.sentence[p] && SINGULAR_DEMONSTRATIVES.has(s.wordKeys[p - 1]!);
      const subj = demonstrative ? undefined : subjectBefore(s, g, p);
      if (strong && !subj) {
        // Said to the reader: « t'es juste un parasite », « vous êtes des déchets ».
        const { pronoun, copula } = walkBack(s, p);
        const you = pronoun >= 0 ? -1 : secondPersonBefore(s, p);
        const be = you >= 0 && s.wordKeys.slice(you, p).some((w) => ['es', 'etes', 'tes', 'est'].includes(w));
        if ((copula || be) && you >= 0) {
          if (!isNegated(s, you, q, [[p, q]]) && !isReported(s, sc, you, q)) out.push({ kind: 'contempt', severity: 'error', a: you, b: q });
          continue;
        }
      }
      // « Les aînés sont malades cet hiver », « c'est du monde malade »: a word with an ordinary sense, said bare after the copula or a noun of people, is a state (« sont des malades » is not).
      // « Les aînés sont tous malades » too: only quantifiers between the copula and the word.
      let c = p - 1;
      while (c > 0 && p - c < 3 && STATE_QUANTIFIERS.has(s.wordKeys[c]!)) c -= 1;
      if (subj && q - p === 1 && fills(ORDINARY_STATES, s.words[p]) && c >= 0 && (COPULAS.has(s.wordKeys[c]!) || ['gens', 'monde', 'personnes', 'plus', 'moins'].includes(s.wordKeys[c]!))) continue;
      if (subj) {
        push(out, s, sc, subj.from, q, subj.aside ? [[p, q], subj.aside] : [[p, q]]);
        continue;
      }
      const walked = walkBack(s, p);
      if (walked.copula && walked.k >= 1 && livesOf(s, walked.k) === 'your') {
        if (!isNegated(s, walked.k - 1, q, [[p, q]]) && !isReported(s, sc, walked.k - 1, q)) out.push({ kind: 'contempt', severity: 'error', a: walked.k - 1, b: q });
        continue;
      }
      // « Nul n'est aussi crasseux que ces … »: none compares, so the group is the worst.
      if (q + 1 < n && s.sentence[q + 1] === s.sentence[p] && isQue(s.wordKeys[q]!)) {
        // « … qu'eux », « … que ces gens-là »: a pronoun taking up the group named before.
        const after = mentionAt(g, g.startingAt[q + 1]) ?? (TAKEN_UP.has(s.wordKeys[q + 1]!) ? antecedent(s, g, q + 1) : undefined);
        let none = -1;
        for (let j = p - 1; j >= Math.max(0, walked.k) && none < 0; j -= 1) if (NONE.has(s.wordKeys[j]!) && s.sentence[j] === s.sentence[p]) none = j;
        // « Y'a pas plus paresseux qu'un … »: there is none more so.
        for (let j = p - 1; j >= Math.max(1, walked.k) && none < 0; j -= 1) if (s.wordKeys[j]! === 'pas' && ['a', 'ya', 'avait', 'aura'].includes(s.wordKeys[j - 1]!) && s.sentence[j - 1] === s.sentence[p]) none = j - 1;
        // « … qu'une femme »: one member compared stands for all.
        const one = after !== undefined && ['un', 'une'].includes(s.wordKeys[after.a]!);
        if (after && (after.generic || one) && none >= 0 && s.wordKeys.slice(none, p).some((w) => COMPARATIVE.has(w))) {
          // Taken up by a pronoun, the group stands before: the statement ends on the pronoun.
          const end = after.b > q ? after.b : q + 2;
          push(out, s, sc, none, end, [[none, end]]);
          continue;
        }
      }
      // « Sale comme un … », « paresseux comme des … »: a member of an identity as the measure of the vice.
      const measure = q + 1 < n && s.sentence[q + 1] === s.sentence[p] && s.wordKeys[q]! === 'comme' ? mentionAt(g, g.startingAt[q + 1]) : undefined;
      if (measure && measure.identity && ['un', 'une', 'des', 'les'].includes(s.wordKeys[q + 1]!)) {
        push(out, s, sc, p, measure.b, [[p, measure.b]]);
        continue;
      }
      // « Tous des paresseux, ces … », « Des voleurs, les … »: the predicate opens the sentence, the group is set out after a comma.
      let open = p;
      while (open > 0 && p - open < 3 && s.sentence[open - 1] === s.sentence[p] && OPENING_PREDICATE.has(s.wordKeys[open - 1]!)) open -= 1;
      const setOut = (open === 0 || s.sentence[open - 1] !== s.sentence[p]) && q < n && s.sentence[q] === s.sentence[p] && s.brk[q] !== 0 ? mentionAt(g, g.startingAt[q]) : undefined;
      if (setOut && setOut.generic && setOut.identity) {
        push(out, s, sc, open, setOut.b, [[open, q]]);
        continue;
      }
      if (!strong) continue;
      // « le cancer islamiste », « la vermine immigrée »: a group's name as the adjective right after (not a colour: « la peste noire »).
      const adjAfter = mentionAt(g, g.startingAt[q]);
      if (adjAfter && adjAfter.head === q && adjAfter.a === q && !COLOURS.has(s.wordKeys[q]!) && s.sentence[q] === s.sentence[p] && s.brk[q] === 0) {
        push(out, s, sc, p > 0 && s.sentence[p - 1] === s.sentence[p] && ['le', 'la', 'les', 'l', 'ce', 'cette', 'ces'].includes(s.wordKeys[p - 1]!) ? p - 1 : p, adjAfter.b, [[p, q]]);
        continue;
      }
      // « immigrés parasites »: right after a group's name.
      const adj = mentionAt(g, g.endingAt[p]);
      if (adj && adj.generic) {
        push(out, s, sc, adj.a, q, [[p, q]]);
        continue;
      }
      // « ces parasites d'immigrés », « des parasites, ces immigrés »: after a demonstrative, the group follows.
      const before = p > 0 ? s.wordKeys[p - 1]! : '';
      // « Les immigrés? Des rats. »: the group alone in the sentence before, the predicate opening this one.
      const opens = p === 0 || s.sentence[p - 1] !== s.sentence[p] || (before === 'des' && (p === 1 || s.sentence[p - 2] !== s.sentence[p]));
      const asked = opens ? mentionAt(g, g.endingAt[before === 'des' ? p - 1 : p]) : undefined;
      // « Les immigrés, quelle plaie »: the group in apposition, then an exclamation about it.
      const exclaimed = ['quel', 'quelle', 'quels', 'quelles'].includes(before) && p > 1 ? mentionAt(g, g.endingAt[p - 1]) : undefined;
      if (exclaimed && exclaimed.generic && s.sentence[exclaimed.a] === s.sentence[p] && s.brk[p - 1] !== 0) {
        push(out, s, sc, exclaimed.a, q, [[p - 1, q]]);
        continue;
      }
      // « Les Arabes, une bande de sauvages »: the group opening the sentence, a comma, then what it is.
      let lead = p;
      while (lead > 0 && p - lead < 4 && s.brk[lead] === 0 && s.sentence[lead - 1] === s.sentence[p] && fills(FILLER, s.words[lead - 1])) lead -= 1;
      const apposed = lead > 0 && s.brk[lead] !== 0 && s.sentence[lead - 1] === s.sentence[p] ? mentionAt(g, g.endingAt[lead]) : undefined;
      if (apposed && apposed.generic && (apposed.a === 0 || s.sentence[apposed.a - 1] !== s.sentence[apposed.a]) && (q >= n || s.sentence[q] !== s.sentence[p] || s.brk[q] !== 0)) {
        push(out, s, sc, apposed.a, q, [[p, q]]);
        continue;
      }
      if (asked && asked.generic && (asked.a === 0 || s.sentence[asked.a - 1] !== s.sentence[asked.a])) {
        push(out, s, sc, asked.a, q, [[p, q]]);
        continue;
      }
      // « Vous savez ce qu'ils sont ? Des parasites. », « Et que dire des … ? Des parasites. »: the answer alone in its sentence.
      const fragment = before === 'des' ? p - 1 : p;
      const answered = opens ? answerTo(s, g, fragment, q) : -1;
      const answer = opens && answered < 0 ? topicBefore(s, g, fragment, q) : answered;
      if (answer >= 0) {
        push(out, s, sc, answer, q, [[p, q]]);
        continue;
      }
      // (« ces bêtes noires des … »: an idiom, what someone dreads.)
      if ((DEMONSTRATIVE.has(before) || (p > 0 && s.sentence[p - 1] !== s.sentence[p]) || p === 0) && !COLOURS.has(s.wordKeys[q] ?? '')) {
        let k = q;
        while (k < n && k - q < 3 && s.sentence[k] === s.sentence[p] && (g.startingAt[k] ?? -1) < 0 && fills(FILLER, s.words[k])) k += 1;
        const after = mentionAt(g, g.startingAt[k]);
        if (after && s.sentence[k] === s.sentence[p]) push(out, s, sc, Math.max(0, p - 1), after.b, [[p, q]]);
      }
    }
  }

  // A quality denied to the whole group: « il n'existe pas de … intelligents », « un … honnête, ça n'existe pas »,
  // « aucun … ne sera jamais un membre utile de la société ».
  const qualityAfter = (from: number): number => {
    let k = from;
    while (k < n && k - from < 4 && s.sentence[k] === s.sentence[from - 1] && QUALITY_GAP.has(s.wordKeys[k]!)) k += 1;
    return k < n && s.sentence[k] === s.sentence[from - 1] ? matchAt(s, POSITIVE, k) : -1;
  };
  for (const [p, q] of findAllIn(s, NONE_EXISTS)) {
    const m = mentionAt(g, (g.startingAt[q] ?? -1) >= 0 ? g.startingAt[q] : g.headAt[q]);
    const end = m ? qualityAfter(m.b) : -1;
    if (m && end > m.b && !hindered(s, end)) push(out, s, sc, p, end, [[p, end]]);
  }
  for (const m of g.mentions) {
    const det = m.head > 0 && s.sentence[m.head - 1] === s.sentence[m.head] ? s.wordKeys[m.head - 1]! : '';
    if (det === 'un' || det === 'une') {
      // « Un … intelligent, ça n'existe pas. »
      const end = matchAt(s, POSITIVE, m.b);
      // « Je n'ai jamais rencontré un … honnête »: none met with the quality, said by the speaker.
      if (end > m.b && m.head >= 3 && MET.has(s.wordKeys[m.head - 2]!)) {
        let never = -1;
        let speaker = false;
        for (let k = m.head - 3; k >= 0 && m.head - k <= 7 && s.sentence[k] === s.sentence[m.head]; k -= 1) {
          if (s.wordKeys[k]! === 'jamais') never = k;
          if (['je', 'j', 'on', 'nous'].includes(s.wordKeys[k]!)) speaker = true;
        }
        if (never >= 0 && speaker) push(out, s, sc, never, end, [[never, end]]);
      }
      // « Un … honnête, j'en ai jamais vu »: the member with the quality set out first, taken up by « en ».
      if (end > m.b && end < n && m.identity && s.brk[end] !== 0 && s.sentence[end] === s.sentence[m.head]) {
        let never = -1;
        let taken = -1;
        let met = -1;
        for (let k = end; k < n && k - end < 6 && s.sentence[k] === s.sentence[m.head] && met < 0; k += 1) {
          const w = s.wordKeys[k]!;
          if (w === 'en' && k > end && ['j', 'je', 'on'].includes(s.wordKeys[k - 1]!)) taken = k;
          if (taken >= 0 && (w === 'jamais' || w === 'pas')) never = k;
          if (never >= 0 && MET.has(w)) met = k;
        }
        // « … j'en ai jamais vu autant »: so many, praise; only a verb that closes the clause says none.
        const closes = met > 0 && (met + 1 >= n || s.brk[met + 1] !== 0 || CLOSING_MET.has(s.wordKeys[met + 1]!));
        if (closes) push(out, s, sc, m.head - 1, met + 1, [[m.head - 1, met + 1]]);
      }
      if (end > m.b && end + 3 < n) {
        for (let k = end; k < end + 4 && s.sentence[k] === s.sentence[m.head]; k += 1) {
          if (s.wordKeys[k]! === 'existe' && ['pas', 'point', 'jamais'].includes(s.wordKeys[k + 1]!)) {
            push(out, s, sc, m.head - 1, k + 2, [[m.head - 1, k + 2]]);
            break;
          }
        }
      }
      continue;
    }
    // « pas un seul … n'est »: like « aucun ».
    const notOne = det === 'seul' || det === 'seule' ? m.head > 2 && ['un', 'une'].includes(s.wordKeys[m.head - 2]!) && s.wordKeys[m.head - 3]! === 'pas' : false;
    if (det !== 'aucun' && det !== 'aucune' && det !== 'nul' && det !== 'nulle' && !notOne) continue;
    // « aucun … ne (pourra) (jamais) être … »: a negative quantifier asserts the quality of nobody in the group.
    let k = m.b;
    if (k >= n || !['ne', 'n'].includes(s.wordKeys[k]!)) continue;
    k += 1;
    if (k < n && MODAL.has(s.wordKeys[k]!)) k += 1;
    if (k < n && s.wordKeys[k]! === 'jamais') k += 1;
    if (k >= n || !BEING.has(s.wordKeys[k]!) || s.sentence[k] !== s.sentence[m.head]) continue;
    const end = qualityAfter(k + 1);
    if (end > k + 1 && !hindered(s, end)) push(out, s, sc, m.head - 1, end, [[m.head - 1, end]]);
  }

  // A quality denied by the verb's own negation (« les … ne sont jamais compétents », « sont vraiment pas fiables », « ne seront
  // jamais de bons citoyens »): hate of an identity, a complaint of a role. Not « pas tous / toujours / seulement / plus … que »
  // (a part, a time, a comparison), nor a negative question (« ne sont-ils pas honnêtes? » asks for agreement).
  for (const [p, q] of findAllIn(s, POSITIVE)) {
    // « sont loin d'être … », « sont tout sauf … »: the denial is the phrase before the quality.
    const far = p >= 3 && s.wordKeys[p - 1]! === 'etre' && isDe(s.wordKeys[p - 2]!) && s.wordKeys[p - 3]! === 'loin' ? p - 3
      : p >= 2 && s.wordKeys[p - 1]! === 'sauf' && s.wordKeys[p - 2]! === 'tout' ? p - 2 : -1;
    if (far >= 0 && s.sentence[far] === s.sentence[p]) {
      const held = subjectBefore(s, g, far);
      if (held && held.m.identity && !limited(s, p, q)) push(out, s, sc, held.from, q, [[far, q]]);
      continue;
    }
    // « sont rarement honnêtes », « sont peu fiables », « sont pas pantoute fiables »: a denial that is no filler elsewhere
    // (« sont rarement violents » must not read as « violents »).
    const seldom = p > 0 && SELDOM.has(s.wordKeys[p - 1]!) ? p - 1 : p;
    const subj = subjectBefore(s, g, seldom);
    if (!subj || limited(s, p, q) || hindered(s, q)) continue;
    // « je (ne) pense pas que les … soient … », « je doute que les … soient … »: the speaker denies the quality.
    const doubt = doubtedBefore(s, subj.m.a);
    if (doubt >= 0 && subj.m.identity) {
      let plain = true;
      for (let k = subj.m.b; k < p; k += 1) if (DENIALS.has(s.wordKeys[k]!) || SOFTENED.has(s.wordKeys[k]!)) plain = false;
      if (plain) {
        // The clause after « pense pas que » reads as spoken: only the speaker's own verb may be someone else's words.
        out.push({ kind: 'hate', severity: isReported(s, sc, doubt, doubt + 1) ? 'clear' : 'error', a: doubt, b: q });
        continue;
      }
    }
    let neg = -1;
    let soft = false;
    for (let k = subj.m.b; k < p; k += 1) {
      const w = s.wordKeys[k]!;
      // A denial in a clause of its own before (« ne sont pas des voleurs, ce sont des humains ») is the correction's other half.
      if (DENIALS.has(w) && s.clause[k] === s.clause[p]) neg = neg < 0 ? k : neg;
      else if ((neg >= 0 && SOFTENED.has(w)) || (INVERTED.has(w) || w === 'tu') && k > 0 && fills(COPULA, s.words[k - 1])) soft = true;
    }
    if (neg >= 0 && !soft && subj.m.identity) push(out, s, sc, subj.from, q, [[subj.m.b, q]]);
  }

  // A people put below animals, dirt, disease or death (« mon chien est plus intelligent que n'importe quel … », « je
  // préférerais mourir que d'avoir un voisin … »): before « que », a vile term and a comparison but no group (« le cancer tue
  // plus de femmes que d'hommes » compares groups); right after it, the group, not doing something (« … que de voir les … souffrir »).
  for (let j = 1; j < n; j += 1) {
    if (!isQue(s.wordKeys[j]!)) continue;
    let vile = -1;
    let marker = -1;
    let grouped = false;
    for (let k = j - 1; k >= 0 && j - k <= 14 && s.sentence[k] === s.sentence[j] && !grouped; k -= 1) {
      const x = s.wordKeys[k]!;
      grouped = (g.headAt[k] ?? -1) >= 0 || (g.startingAt[k] ?? -1) >= 0;
      if (VILE.has(x)) vile = k;
      if (COMPARED.has(x) || x.startsWith('prefer')) marker = k;
    }
    if (grouped || vile < 0 || marker < 0) continue;
    let k = j + 1;
    while (k < n && k - j <= 6 && s.sentence[k] === s.sentence[j] && (g.startingAt[k] ?? -1) < 0 && (g.headAt[k] ?? -1) < 0 && (BELOW_GAP.has(s.wordKeys[k]!) || /(?:er|ir|re)$/.test(s.wordKeys[k]!))) k += 1;
    const m = mentionAt(g, (g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k] : g.headAt[k]);
    const doing = m !== undefined && m.b < n && s.sentence[m.b] === s.sentence[j] && /(?:er|ir|re)$/.test(s.wordKeys[m.b]!);
    // « plutôt mourir que d'abandonner les … »: what the speaker would rather die than do to them is a wrong; it defends them.
    let wronged = false;
    for (let x = j + 1; m && x < m.a; x += 1) if (fills(WRONG_DONE, s.words[x])) wronged = true;
    if (m && !doing && !wronged && s.sentence[m.a] === s.sentence[j]) push(out, s, sc, Math.min(vile, marker), m.b, [[Math.min(vile, marker), m.b]]);
  }

  // A people's place assigned or refused (« la place d'une … est à la cuisine », « la place des … n'est pas ici »).
  for (const m of g.mentions) {
    const of = ['des', 'du'].includes(s.wordKeys[m.a]!) ? m.a : m.a - 1;
    if (of < 2 || !OF_PEOPLE.has(s.wordKeys[of]!) || !['place', 'places'].includes(s.wordKeys[of - 1]!) || s.sentence[of - 1] !== s.sentence[m.a]) continue;
    let k = m.b;
    const denied = k + 1 < n && ['n', 'ne'].includes(s.wordKeys[k]!);
    if (denied) k += 1;
    if (k >= n || s.wordKeys[k]! !== 'est' || s.sentence[k] !== s.sentence[m.a]) continue;
    k += 1;
    if (denied && k < n && ['pas', 'plus', 'jamais'].includes(s.wordKeys[k]!)) k += 1;
    let end = -1;
    for (let j = k; j < n && j - k < 3 && s.sentence[j] === s.sentence[m.a]; j += 1) {
      if ((denied ? PLACE_HERE : PLACE_ASSIGNED).has(s.wordKeys[j]!)) end = j + 1;
      if (end > 0) break;
    }
    // The place ends its clause (« à la maison des aînés du quartier » names a building).
    if (end > 0 && (end >= n || s.sentence[end] !== s.sentence[m.a] || s.brk[end] !== 0)) push(out, s, sc, Math.max(0, of - 2), end, [[of - 1, end]]);
  }

  // People handled as animals or waste (« devraient être mis en cage », « jetés aux vidanges », « faut les tenir en laisse », « envoyez les … à la
  // fourrière », « soignés par un vétérinaire »): a handling verb, the group as what is handled, a place or a
  // handler only animals have, as a wish or a call (a news report, « sont mis en cage à la frontière », is not one).
  for (const [p, q] of findAllIn(s, ANIMAL_PLACE)) {
    let v = p - 1;
    while (v >= 0 && p - v <= 4 && s.sentence[v] === s.sentence[p] && !fills(HANDLE, s.words[v])) v -= 1;
    if (v < 0 || p - v > 4 || s.sentence[v] !== s.sentence[p] || !fills(HANDLE, s.words[v])) continue;
    // A zoo is also an outing (« amener les jeunes au zoo »): only kept there counts.
    if (s.wordKeys[q - 1]!.startsWith('zoo') && !fills(CONTAIN, s.words[v])) continue;
    let k = v - 1;
    while (k >= 0 && v - k <= 8 && s.sentence[k] === s.sentence[p] && !WISH.has(s.wordKeys[k]!)) k -= 1;
    const wished = (k >= 0 && v - k <= 8 && s.sentence[k] === s.sentence[p]) || /ez$/.test(s.wordKeys[v]!);
    if (!wished) continue;
    // The group as object (« mettre les … en cage »), taken up before the verb (« les mettre »), or as the passive subject.
    const object = mentionAt(g, g.startingAt[v + 1]);
    const pronoun = v >= 1 && OBJECT_PRONOUNS.has(s.wordKeys[v - 1]!) ? antecedent(s, g, v - 1)
      : v + 1 < p && /ez$/.test(s.wordKeys[v]!) && OBJECT_PRONOUNS.has(s.wordKeys[v + 1]!) ? antecedent(s, g, v + 1) : undefined;
    const passive = s.wordKeys.slice(Math.max(0, v - 3), v).some((w) => BEING.has(w) || w === 'faire');
    const named = passive ? mentionEndingNear(s, g, v, HANDLED_GAP, 7) : undefined;
    // « les chiens des résidents doivent être tenus en laisse »: a group after « des » completes another noun.
    const subject = named && !(named.a > 0 && s.sentence[named.a - 1] === s.sentence[named.a] && s.brk[named.a] === 0 && (OF_PEOPLE.has(s.wordKeys[named.a]!) || OF_PEOPLE.has(s.wordKeys[named.a - 1]!))) ? named : undefined;
    const m = object && object.b <= p ? object : pronoun ?? subject;
    if (!m || !m.generic && !m.identity) continue;
    push(out, s, sc, Math.min(m.a, v), q, [[v, q]], -1, m.identity ? 'error' : 'warning');
  }

  // A people equated with vermin or waste (« aucune différence entre un rat pis un … », « un … ou un déchet, c'est
  // pareil », « un … mort, c'est comme un rat mort »): the group and a vile noun side by side near the equating words.
  for (const [p, q] of findAllIn(s, SAME)) {
    let vile = -1;
    let group: Mention | undefined;
    for (let k = Math.max(0, p - 10); k < n && k < q + 10; k += 1) {
      if (s.sentence[k] !== s.sentence[p]) continue;
      if (VERMIN.has(s.wordKeys[k]!) && !(k > 0 && OWNER.has(s.wordKeys[k - 1]!))) vile = k;
      const mi = g.startingAt[k] ?? -1;
      if (mi >= 0 && g.mentions[mi]!.identity) group = g.mentions[mi];
    }
    if (vile < 0 || !group) continue;
    // Side by side: only linking words between them (« un rat mort pis un … », « … mort, c'est comme un rat »).
    const [x, y] = vile < group.a ? [vile + 1, group.a] : [group.b, vile];
    let linked = y - x <= 7;
    for (let k = x; k < y && linked; k += 1) if (!LINKING.has(s.wordKeys[k]!) && (k < p || k >= q)) linked = false;
    if (linked) push(out, s, sc, Math.min(p, vile, group.a), Math.max(q, vile + 1, group.b), [[p, q]], -1);
  }

  findVile(s, out);

  // Everything a member says is a lie (« chaque mot qui sort de la bouche d'un … est un mensonge »).
  for (const [p, q] of findAllIn(s, MOUTH)) {
    let k = q;
    while (k < n && k - q < 3 && (g.startingAt[k] ?? -1) < 0 && (g.headAt[k] ?? -1) < 0 && fills(FILLER, s.words[k])) k += 1;
    const m = mentionAt(g, (g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k] : g.headAt[k]);
    if (!m || !m.identity || s.sentence[m.a] !== s.sentence[p]) continue;
    // The lie is what their words are (« … est un mensonge », « c'est de la marde »), not a word about something else (« les fausses nouvelles »).
    let said = false;
    for (let j = m.b; j < n && j - m.b < 6 && s.sentence[j] === s.sentence[p]; j += 1) {
      if (COPULAS.has(s.wordKeys[j]!)) said = true;
      if (!said || !LIE.has(s.wordKeys[j]!)) continue;
      push(out, s, sc, p, j + 1, [[p, q]], -1);
      break;
    }
  }

  // « Un bon X est un X mort ».
  for (const m of g.mentions) {
    const before = m.head > 0 ? s.wordKeys[m.head - 1]! : '';
    if (before !== 'bon' && before !== 'bonne' && before !== 'bons' && before !== 'bonnes') continue;
    for (let k = m.b; k < Math.min(n, m.b + 6) && s.sentence[k] === s.sentence[m.head]; k += 1) {
      if (['mort', 'morte', 'morts', 'mortes'].includes(s.wordKeys[k]!)) {
        const from = m.head > 1 && ['un', 'une', 'les', 'des'].includes(s.wordKeys[m.head - 2]!) ? m.head - 2 : m.head - 1;
        push(out, s, sc, from, k + 1, [[from, k + 1]]);
        break;
      }
    }
  }

  // Insulting word + group: « sales immigrés », « maudits BS ».
  for (const m of g.mentions) {
    const k = m.head;
    const prev = k > 0 ? s.words[k - 1] : undefined;
    const prev2 = k > 1 ? s.words[k - 2] : undefined;
    // Like a slur: a warning when quoted or reported (« il m'a traité de sale Arabe »).
    // « maudite gang de … », « sale bande de … »: the insult on the collective noun before « de ».
    const de = prev && isDe(keyOf(prev));
    const from = fills(INSULTING, prev) && s.sentence[k - 1] === s.sentence[k] ? k - 1 : de && fills(INSULTING, prev2) && s.sentence[k - 2] === s.sentence[k] ? k - 2 : de && k > 2 && DEMONSTRATIVE.has(keyOf(prev2!)) && fills(INSULTING, s.words[k - 3]) && s.sentence[k - 3] === s.sentence[k] ? k - 3 : -1;
    if (from >= 0) out.push({ kind: 'hate', severity: isReported(s, sc, from, m.b, true) ? 'warning' : 'error', a: from, b: m.b });
  }

  // What the group does: G (or « qui », or a pronoun) + verb phrase.
  for (const [p, q] of findAllIn(s, GROUP_VERBS)) {
    const first = s.wordKeys[p]!;
    // « méritent de mourir dans la dignité », « ne méritent pas de vivre dans des tentes »: a manner of life or death, not one denied.
    if (q < n && q > p && s.sentence[q] === s.sentence[p] && fills(LIVE_DIE, s.words[q - 1]) && peaceful(s, q)) continue;
    if (first === 'comme') {
      // « sont traités comme du bétail » reports how they are handled (a denunciation); « devraient être traités comme… » wishes it.
      // So does the active verb before the people (« on traite les … comme des chiens », not the speaker's own « je traite »);
      // opening the sentence as an order it wishes it.
      const named = mentionAt(g, g.endingAt[p]);
      const v = p > 0 && fills(TREATED, s.words[p - 1]) ? p - 1 : named && named.a > 1 && fills(TREATED, s.words[named.a - 1]) && !['je', 'j', 'nous', 'moi'].includes(s.wordKeys[named.a - 2]!) ? named.a - 1 : -1;
      const treated = v >= 0;
      let wish = treated && (v === 0 || s.sentence[v - 1] !== s.sentence[v]) && /(?:ez|ons)$/.test(s.wordKeys[v]!);
      // (« méritent mieux que d'être traités comme… » wishes them better.)
      for (let k = v - 1; treated && !wish && k >= 0 && v - k <= 7 && s.sentence[k] === s.sentence[p] && s.wordKeys[k] !== 'mieux'; k -= 1) wish = OUGHT.has(s.wordKeys[k]!);
      if (treated && !wish) continue;
      // « … comme des animaux »: a group in the same clause before.
      const m = mentionAt(g, g.lastBefore[p]);
      if (m && m.generic && s.clause[m.b - 1] === s.clause[p] && p - m.b <= 6) {
        // « je vois les … comme des rats »: the speaker's judgement, its negation read from « je ».
        const judge = judgedBySpeaker(s, m);
        push(out, s, sc, judge >= 0 ? judge : m.a, q, [[p, q]]);
        continue;
      }
      // « … qu'ils agissent comme de la vermine », « on devrait les nourrir comme des chiens »: a pronoun in the clause taking up a group.
      for (let k = p - 1; k >= 0 && p - k <= 4 && s.clause[k] === s.clause[p]; k -= 1) {
        if (SUBJECT_PRONOUNS.has(s.wordKeys[k]!) || s.wordKeys[k]! === 'les') {
          if (antecedent(s, g, k)) push(out, s, sc, k, q, [[p, q]]);
          break;
        }
      }
      continue;
    }
    const from = progressiveFrom(s, p);
    const m = mentionEndingNear(s, g, from, SUBJECT_GAP, 3) ?? participleSubject(s, g, p);
    // « les soins des … sont un fardeau »: the group completes a thing, which is the subject (their lives are them).
    const thing = m !== undefined && ofAThing(s, m) && !LIVES.has(s.wordKeys[m.a - 1]!) && m.a >= 2 && (THING_DET.has(s.wordKeys[m.a - 2]!) || PEOPLE_DET.has(s.wordKeys[m.a - 2]!));
    // « On abandonne les …, c'est une honte »: « c'est » after a clause with its own subject takes up that clause, not its object.
    const clause = m !== undefined && s.wordKeys.slice(m.b, p).some((w) => THAT.has(w)) && doneTo(s, m.a);
    if (m && m.generic && !governed(s, m) && !thing && !inOpeningInfinitive(s, m, q) && !clause) {
      push(out, s, sc, m.a, q, [[p, q]], q);
      continue;
    }
    // Said to the reader: « tu sers à rien », « vous valez rien ».
    const you = p > 0 ? s.wordKeys[p - 1]! : '';
    const you2 = p > 1 ? s.wordKeys[p - 2]! : '';
    if (SECOND_PERSON.has(you) || (SECOND_PERSON.has(you2) && ['ne', 'n'].includes(you))) {
      const a = SECOND_PERSON.has(you) ? p - 1 : p - 2;
      if (!isNegated(s, a, q, [[p, q]], q) && !isReported(s, sc, a, q)) out.push({ kind: 'contempt', severity: 'error', a, b: q });
      continue;
    }
    // Lives as the subject: « leurs vies ne valent rien » (theirs: the group taken up), « vos vies… » (the reader's).
    const life = p > 0 && s.sentence[p - 1] === s.sentence[p] ? livesOf(s, p - 1) : '';
    if (life === 'their' && antecedent(s, g, p - 2)) {
      push(out, s, sc, p - 2, q, [[p, q]], q);
      continue;
    }
    if (life === 'your') {
      if (!isNegated(s, p - 2, q, [[p, q]], q) && !isReported(s, sc, p - 2, q)) out.push({ kind: 'contempt', severity: 'error', a: p - 2, b: q });
      continue;
    }
    // A pronoun subject: « ils vivent sur notre dos ».
    for (let k = from - 1; k >= 0 && from - k <= 3 && s.sentence[k] === s.sentence[p]; k -= 1) {
      if (fills(PRONOUNS, s.words[k]) || s.wordKeys[k]! === 'qui') {
        const ante = antecedent(s, g, k);
        // « Renvoyer les … chez eux, c'est pas humain »: « c' » takes up the act, not the group that is its object.
        if (ante && !clauseTakenUp(s, ante, k) && !insideAct(s, ante, k)) push(out, s, sc, k, q, [[p, q]], q);
        break;
      }
      if (!SUBJECT_GAP.has(s.wordKeys[k]!)) break;
    }
  }

  // Accusations said of people by their identity (« les … imposent leurs règles », « ils contrôlent tout »).
  for (const [p, q] of findAllIn(s, IDENTITY_VERBS)) {
    if (ruled(s, q)) continue;
    // « ne méritent pas de vivre dans des tentes »: a life in hardship, not a life denied.
    if (q < n && q > p && s.sentence[q] === s.sentence[p] && fills(LIVE_DIE, s.words[q - 1]) && peaceful(s, q)) continue;
    // « toujours en train de se battre pour l'égalité »: fighting for or against something is a cause, not a vice.
    // « ont tendance à se plaindre du bruit »: complaining of something named is a complaint, not a vice.
    const cause = q < n && s.sentence[q] === s.sentence[p] ? CAUSE_OF.get(s.wordKeys[q - 1]!) : undefined;
    if (cause && cause.has(s.wordKeys[q]!) && (s.wordKeys[q + 1] ?? s.wordKeys[q]!) !== 'rien') continue;
    // « les … qui portent plainte veulent juste de l'attention »: the subject carried past its relative clause.
    const from = progressiveFrom(s, p);
    const near = mentionEndingNear(s, g, from, SUBJECT_GAP, 3);
    const head = near === undefined && p > 0 ? relativeHead(s, g, p - 1) : undefined;
    const m = near ?? (head && !suffering(s, head.b + 1) ? head : undefined);
    // The verb agrees with a plural group (« le programme pour les … coûte une fortune » is about the programme).
    let verb = p;
    while (verb + 1 < q && verb - p < 2 && ['ne', 'n', 'se', 's', 'nous', 'me', 'm'].includes(s.wordKeys[verb]!)) verb += 1;
    // « Les …, c'est un problème »: « c'est » takes up a plural; « sont toujours en train de… » agrees before the entry;
    // « Les …, toujours en train de… » and « les … en train de… » have no verb at all.
    const before = from > 0 ? s.wordKeys[from - 1]! : '';
    const agrees = m !== undefined && (!/[sx]$/.test(s.wordKeys[m.b - 1]!) || /nt$/.test(s.wordKeys[verb]!) || (verb > 0 && ['c', 'ca'].includes(s.wordKeys[verb - 1]!)) || /nt$/.test(before) || (m.b === from && s.brk[from] !== 0) || from < p || progressiveOpens(s, p, q));
    if (m && m.generic && m.identity && agrees && !governed(s, m)) {
      push(out, s, sc, m.a, q, [[p, q]], q);
      continue;
    }
    const you = addressedGroup(s, g, p);
    if (you >= 0) {
      push(out, s, sc, you, q, [[p, q]], q);
      continue;
    }
    for (let k = p - 1; k >= 0 && p - k <= 3 && s.sentence[k] === s.sentence[p]; k -= 1) {
      if (SUBJECT_PRONOUNS.has(s.wordKeys[k]!)) {
        if (antecedent(s, g, k)?.identity) push(out, s, sc, k, q, [[p, q]], q);
        break;
      }
      // « Ce ne sont pas de vrais …, ces …-là », « Ça devrait pas voter, une … »: « ce / ça » taking up the group set out after, closing the sentence.
      if (THAT.has(s.wordKeys[k]!)) {
        const after = setOutAfter(s, g, q);
        if (after) push(out, s, sc, k, after.b, [[p, q]], q);
        break;
      }
      if (!SUBJECT_GAP.has(s.wordKeys[k]!)) break;
    }
  }

  // Worth denied that must end its clause (« leurs vies ne comptent pas »; not « ne comptent pas sur nous »).
  for (const [p, q] of findAllIn(s, WORTH_ENDING)) {
    if (q < n && s.sentence[q] === s.sentence[p] && s.brk[q] === 0) continue;
    if (othersView(s, p)) continue;
    const m = mentionEndingNear(s, g, p, SUBJECT_GAP, 3);
    const life = p > 0 && s.sentence[p - 1] === s.sentence[p] ? livesOf(s, p - 1) : '';
    const taken = m ? -1 : pronounSubject(s, g, p);
    if (m && m.generic) push(out, s, sc, m.a, q, [[p, q]]);
    else if (life === 'their' && antecedent(s, g, p - 2)) push(out, s, sc, p - 2, q, [[p, q]]);
    // « Les … ? Elles ne comprennent rien », « Vous, les …, vous n'accomplirez jamais rien »: a pronoun taking up the group.
    else if (taken >= 0) push(out, s, sc, taken, q, [[p, q]], q);
  }

  // Crimes said of the group, ending their clause or in a series (« les … volent, violent et… »).
  const crimes = findAllIn(s, CRIMES);
  const crimeAt = new Uint8Array(n + 1);
  for (const [p] of crimes) crimeAt[p] = 1;
  for (const [p, q] of crimes) {
    // A phrase (« font la loi ») is complete in itself; a single verb must end its clause.
    const ends = q - p > 1 || q >= n || s.sentence[q] !== s.sentence[p] || s.brk[q] !== 0 || crimeAt[q] === 1 || CRIME_AFTER.has(s.wordKeys[q]!);
    if (!ends) continue;
    const m = mentionEndingNear(s, g, p, SUBJECT_GAP, 3);
    if (m && m.generic) {
      push(out, s, sc, m.a, q, [[p, q]], q);
      continue;
    }
    // A pronoun taking up a group (« ils volent, ils pillent »).
    for (let k = p - 1; k >= 0 && p - k <= 3 && s.sentence[k] === s.sentence[p]; k -= 1) {
      if (SUBJECT_PRONOUNS.has(s.wordKeys[k]!)) {
        if (antecedent(s, g, k)) push(out, s, sc, k, q, [[p, q]], q);
        break;
      }
      if (!SUBJECT_GAP.has(s.wordKeys[k]!)) break;
    }
  }

  // The speaker's hatred, then the group (or « les » taking one up).
  for (const [set, severity] of [[HATRED_BEFORE, 'error'], [DISLIKE, 'warning'], [OPENERS, 'warning']] as const) {
    for (const [p, q] of findAllIn(s, set)) {
      if (set === OPENERS && !opensSentence(s, p)) continue;
      // An order (« coupez l'aide aux … », « interdisez aux … ») is matched by every form of its verb: an infinitive opening
      // the sentence or after « de » is an act judged, a participle after « a » is news (« … de couper l'aide aux … »).
      if (set === DISLIKE && /^(?:coup|enlev|retir|supprim|refus|interdi|ferm)/.test(s.wordKeys[p]!) && !/(?:ez|ons)$/.test(s.wordKeys[p]!) && (opensSentence(s, p) || ['de', 'd', 'a', 'ont', 'pour', 'va', 'vont'].includes(s.wordKeys[p - 1]!))) continue;
      // « Pourquoi je devrais respecter les … ? » asks only when it opens the sentence (not « je me demande pourquoi… »).
      // Answered right after (« … ? Parce que ce sont nos voisins. »), it is a real question.
      if (ASKING.has(s.wordKeys[p]!) && ((p > 0 && s.sentence[p - 1] === s.sentence[p]) || answered(s, q))) continue;
      // « J'ai horreur qu'on méprise les … »: the speaker stands against the hatred that follows.
      if (disapprovedBefore(s, p)) continue;
      // « Personne devrait interdire aux … »: nobody is called on (not « la personne »).
      if (p > 0 && s.sentence[p - 1] === s.sentence[p] && NOBODY_SUBJECT.has(s.wordKeys[p - 1]!) && !THING_DET.has(s.wordKeys[p - 2] ?? s.wordKeys[p]!)) continue;
      // « je ne respecte pas assez les … »: not enough, not all, not always.
      if (q < n && DENIALS.has(s.wordKeys[q - 1]!) && NOT_ENOUGH.has(s.wordKeys[q]!)) continue;
      // « de la haine pour ceux qui frappent les … »: people named by what they do, not a group.
      // (Unless what they are or do is itself a people's mark, a mention: « ceux qui portent le voile », see groups.ts described.)
      if (q + 1 < n && ['ceux', 'celles'].includes(s.wordKeys[q]!) && ['qui', 'que', 'qu', 'dont'].includes(s.wordKeys[q + 1]!) && g.startingAt[q]! < 0) continue;
      let k = q;
      // « écœuré de voir des … partout », « je déteste croiser des … »: the group seen, unless what they suffer follows.
      let seen = false;
      // « je déteste être entouré de … », « j'en ai marre de vivre avec des … »: being among them.
      let among = false;
      const trust = s.wordKeys.slice(p, q).some((w) => TRUST.has(w));
      if (trust && k < n && isQue(s.wordKeys[k]!)) continue;
      while (k < n && k - q < (trust ? 9 : among ? 7 : 5) && s.sentence[k] === s.sentence[p] && (g.startingAt[k] ?? -1) < 0 && (g.headAt[k] ?? -1) < 0 && (fills(FILLER, s.words[k]) || REGARD.has(s.wordKeys[k]!) || (k === q && MANNER.test(s.wordKeys[k]!)) || AMONG.has(s.wordKeys[k]!) || PERCEIVE.has(s.wordKeys[k]!) || ANY_MEMBER.has(s.wordKeys[k]!) || (trust && SAID.has(s.wordKeys[k]!)))) {
        if (AMONG.has(s.wordKeys[k]!)) among = true;
        if (PERCEIVE.has(s.wordKeys[k]!)) seen = among = true;
        k += 1;
      }
      const m = mentionAt(g, (g.startingAt[k] ?? -1) >= 0 ? g.startingAt[k] : g.headAt[k]);
      // A feeling opening the sentence reaches the people through determiners and verbs of being among or seeing them
      // only (« écœuré de voir des … »), not through a thing of theirs (« dégoûté par le sort des … »: compassion).
      if (m && set === OPENERS && s.wordKeys.slice(q, m.a).some((w) => !OPENER_GAP.has(w) && !REGARD.has(w) && !AMONG.has(w) && !PERCEIVE.has(w) && !ANY_MEMBER.has(w))) continue;
      // Too many of a people, said of where we live (« Trop de … en ville »), not of a plight (« trop de femmes en détresse »).
      // (« Pas de … dans notre quartier »: a people kept out of where we live, the slogan said the same way.)
      // (« Aucun … » keeps out only an identity, any member of it.)
      const none = set === OPENERS && /^aucune?$/.test(s.wordKeys[q - 1]!);
      if (none && !m?.identity) continue;
      if (m && set === OPENERS && q >= 2 && (['trop', 'pas', 'pu'].includes(s.wordKeys[q - 2]!) || none) && !whereWeLive(s, m.b)) continue;
      // Being among them is hate for an identity (« entouré de musulmans »), a complaint for a role (« travailler avec des fonctionnaires »).
      // Disgust felt « par » a people, or any feeling opening the sentence, is about what they suffer when that follows (« dégoûté par les … maltraités », « Quelle horreur, ces … noyés »).
      if (m && (seen || set === OPENERS || s.wordKeys[q - 1]! === 'par') && suffering(s, m.b)) continue;
      // « Je déteste que les … soient maltraités »: a clause after the feeling; what is done to them is what is hated.
      if (m && k > q && isQue(s.wordKeys[q]!) && (suffering(s, m.b) || victimClause(s, m.b, Math.min(n, m.b + 4)))) continue;
      if (m && s.sentence[m.head] === s.sentence[p] && (!among || m.identity)) {
        // « je déteste plus qu'un … »: a comparison, not « ne … plus ».
        const compared = s.wordKeys[q]! === 'plus' && q + 1 < n && isQue(s.wordKeys[q + 1]!);
        // Dislike of a whole identity (« j'en ai marre des musulmans ») is hate; of a role, or of those who do something
        // (« j'aime pas les jeunes qui flânent »), a complaint.
        // A relative that only says they are here or seen (« … qu'il y a ici », « … qu'on voit partout ») restricts nothing.
        // (After a comma the clause is no restriction: « coupez l'aide aux …, qu'ils se débrouillent ».)
        const restricted = m.b < n && s.sentence[m.b] === s.sentence[p] && s.brk[m.b] === 0 && ['qui', 'que', 'qu', 'quand', 'lorsqu'].includes(s.wordKeys[m.b]!) && !presentOnly(s, m.b + 1);
        // « je n'engagerais jamais un … »: never any member is the whole identity.
        if (REMOVE.has(s.wordKeys[p]!) && s.wordKeys.slice(Math.max(0, p - 3), p).some((w) => DENIALS.has(w) || w === 'ne')) {
          out.push({ kind: 'hate', severity: 'clear', a: p, b: m.b });
          continue;
        }
        const never = m.identity && (trust || none || s.wordKeys.slice(p, q).some((w) => w === 'jamais' || w === 'comment'));
        // « typique d'un … d'être généreux »: a stereotype with no fault said is a generalisation to check, not hate.
        // (The group's name may have taken « de » + the infinitive as its complement: « des … de travailler ».)
        let said = false;
        for (let k = m.head + 1; k <= m.b && k < n && s.sentence[k] === s.sentence[p]; k += 1) if (isDe(s.wordKeys[k]!)) said = true;
        const praised = s.wordKeys[p]!.startsWith('typique') && said && !faultAfter(s, m.head + 1);
        // « Une haine profonde envers les … » may be a headline: pointed at (« ces … ») it is the speaker's own.
        const headline = set === OPENERS && /^une?$/.test(s.wordKeys[p]!) && s.wordKeys[m.a]! !== 'ces';
        const level = m.identity && (m.generic || never) && !restricted && !praised && !headline ? 'error' : severity;
        // « la haine que m'inspirent les … »: the feeling named first is the speaker's own once its verb follows, not a topic
        // denounced by that very word (« la haine envers les … est un fléau »): only a verdict on the sentence clears it.
        if (q > p + 2 && isQue(s.wordKeys[p + 1]!)) {
          const cleared = isNegated(s, p + 2, m.b, [[p, q]], q) || isReported(s, sc, p + 2, m.b, true);
          out.push({ kind: 'hate', severity: cleared ? 'clear' : level, a: p, b: m.b });
          continue;
        }
        // « je ne pense pas qu'on puisse faire confiance aux … »: the belief denied is the speaker's own frame, so only its verb may be someone else's words.
        if (BELIEF_DENIED.has(s.wordKeys[p + 2] ?? s.wordKeys[p]!) && s.wordKeys.slice(p, q).some((w) => w === 'qu' || w === 'que')) {
          const cleared = isNegated(s, p, m.b, [[p, q]], q) || isReported(s, sc, p, p + 1);
          out.push({ kind: 'hate', severity: cleared ? 'clear' : level, a: p, b: m.b });
          continue;
        }
        // « On ne devrait pas fermer la frontière aux … »: the act denied by the modal before it defends them.
        if (modalDenied(s, p)) {
          out.push({ kind: 'hate', severity: 'clear', a: p, b: m.b });
          continue;
        }
        push(out, s, sc, p, m.b, [[p, q]], compared ? -1 : q, level);
        continue;
      }
      const les = (() => {
        for (let j = p; j < q; j += 1) if (OBJECT_PRONOUNS.has(s.wordKeys[j]!)) return j;
        return -1;
      })();
      // « Les Mexicains, j'haïs ça »: « ça » right after the feeling takes up a group set out before it, at the sentence's start.
      // « Les Arabes, on en a assez »: « en » in the feeling takes them up too.
      const taking = (q < n && s.sentence[q] === s.sentence[p] && ['ca', 'cela'].includes(s.wordKeys[q]!)) || s.wordKeys.slice(p, q).some((w) => w === 'en');
      const dislocated = les < 0 && taking ? mentionAt(g, g.lastBefore[p]) : undefined;
      // Set out at the sentence's start, or after a short opener (« Honnêtement, les …, on s'en passerait »).
      if (dislocated && dislocated.generic && dislocated.identity && (dislocated.a === 0 || s.sentence[dislocated.a - 1] !== s.sentence[dislocated.a] || s.brk[dislocated.a] !== 0) && s.clause[dislocated.b - 1] !== s.clause[p] && p - dislocated.b <= 3) {
        const end = q < n && ['ca', 'cela'].includes(s.wordKeys[q]!) ? q + 1 : q;
        push(out, s, sc, dislocated.a, end, [[p, end]], q);
        continue;
      }
      // « Ce sont les … que je déteste (le plus) »: the group brought forward by a cleft, the feeling after « que ».
      const cleft = p >= 3 && isQue(s.wordKeys[p - 1]!) && s.sentence[p - 1] === s.sentence[p] ? mentionAt(g, g.endingAt[p - 1]) : undefined;
      // Else « … pour des … que je méprise », « les … que j'haïs »: the speaker's own hatred (the error set only) in a relative
      // clause on the whole group, wherever the group stands in the sentence: as sure as « je méprise les … ».
      const presented = cleft !== undefined && cleft.a >= 2 && ['est', 'sont', 'etait', 'etaient'].includes(s.wordKeys[cleft.a - 1]!) && ['c', 'ce'].includes(s.wordKeys[cleft.a - 2]!);
      if (cleft && cleft.generic && cleft.identity && (presented || set === HATRED_BEFORE)) {
        push(out, s, sc, presented ? cleft.a - 2 : cleft.a, q, [[p, q]], q);
        continue;
      }
      const taken = les >= 0 ? antecedent(s, g, les) : undefined;
      // Mistrust of a role taken up (« les employés… je leur fais pas confiance ») is a complaint; of an identity, hate.
      if (taken && (taken.identity || s.wordKeys[q - 1]! !== 'confiance')) {
        push(out, s, sc, p, q, [[p, q]], q, (trust || taken.generic) && taken.identity ? 'error' : severity);
        continue;
      }
      // « Un …, tu lui fais pas confiance »: one member set out first and taken up by « lui » stands for all of them.
      const one = les < 0 && s.wordKeys.slice(p, q).some((w) => w === 'lui') ? mentionAt(g, g.lastBefore[p]) : undefined;
      if (one && one.identity && ['un', 'une'].includes(s.wordKeys[one.a]!) && (one.a === 0 || s.sentence[one.a - 1] !== s.sentence[one.a]) && one.b < n && s.brk[one.b] !== 0 && p - one.b <= 2) {
        push(out, s, sc, one.a, q, [[p, q]], q);
        continue;
      }
      // « du dégoût pour eux », « … pour tout ce qui les concerne »: a group named before, taken up after the feeling.
      const them = q < n && s.sentence[q] === s.sentence[p] && ['eux', 'elles'].includes(s.wordKeys[q]!) ? q
        : q + 4 < n && s.sentence[q + 4] === s.sentence[p] && s.wordKeys[q]! === 'tout' && s.wordKeys[q + 3]! === 'les' && ['concerne', 'touche', 'entoure'].includes(s.wordKeys[q + 4]!) ? q + 3 : -1;
      if (them >= 0 && antecedent(s, g, them)) {
        push(out, s, sc, p, them === q ? q + 1 : q + 5, [[p, q]], q, severity);
        continue;
      }
      // « j'exècre les gens, surtout si ce sont des … »: people in general, then the group singled out.
      for (let j = q; j < n && j - q < 8 && s.sentence[j] === s.sentence[p]; j += 1) {
        if (!SINGLED.has(s.wordKeys[j]!)) continue;
        let k2 = j + 1;
        while (k2 < n && k2 - j < 5 && s.sentence[k2] === s.sentence[p] && (g.startingAt[k2] ?? -1) < 0) k2 += 1;
        const m2 = mentionAt(g, g.startingAt[k2]);
        if (m2 && m2.generic && s.sentence[m2.a] === s.sentence[p]) push(out, s, sc, p, m2.b, [[p, q]], q, severity);
        break;
      }
    }
  }

  // The speaker's feeling over a clause (see FEELING_NOUNS): bounded look back and ahead from each feeling noun.
  for (let i = 0; i < n; i += 1) {
    if (!fills(FEELING_NOUNS, s.words[i])) continue;
    let v = -1;
    for (let k = i - 1; k >= 0 && i - k <= REACH_FEELING && s.clause[k] === s.clause[i]; k -= 1) if (fills(BEARING, s.words[k])) { v = k; break; }
    if (v < 0) continue;
    let who = -1;
    for (let k = v - 1; k >= 0 && v - k <= 3 && s.clause[k] === s.clause[i]; k -= 1) if (SPEAKER.has(s.wordKeys[k]!)) { who = k; break; }
    if (who < 0) continue;
    // « J'ai honte de lire autant de haine contre les … »: the feeling is one the speaker reads or sees in others.
    if (s.wordKeys.slice(v + 1, i).some((w) => SEEN_IN_OTHERS.has(w))) continue;
    let ne = false;
    let only = false;
    let denied = false;
    for (let k = who; k < i; k += 1) {
      const w = s.wordKeys[k]!;
      if (w === 'ne' || w === 'n') ne = true;
      else if (w === 'que' || w === 'qu') only = true;
      else if (FEELING_DENIED.has(w) || (w === 'plus' && ne)) denied = true;
    }
    if (denied || (ne && !only)) continue;
    let m: Mention | undefined;
    for (let k = v + 1; k < n && k - i <= REACH_FEELING && s.clause[k] === s.clause[i]; k += 1) {
      const found = mentionAt(g, g.startingAt[k]);
      if (!found) {
        // « j'ai la nausée quand je lis des commentaires contre les … »: what is read or said is the feeling's object, the group only its topic.
        if (k > i && (OTHER_OBJECT.has(s.wordKeys[k]!) || SEEN_IN_OTHERS.has(s.wordKeys[k]!) || fills(UTTERANCE, s.words[k]))) break;
        continue;
      }
      const first = s.wordKeys[found.a]!;
      if (found.identity && found.generic && (first === 'des' || first === 'aux' || FOR_GROUP.has(s.wordKeys[found.a - 1]!))) m = found;
      break;
    }
    if (!m) continue;
    push(out, s, sc, who, Math.max(m.b, i + 1), [[who, i + 1]], i + 1);
  }

  // The group, then its effect on the speaker (« me dégoûtent ») or a slogan after it (« … dehors »).
  for (const [p, q] of findAllIn(s, HATRED_AFTER)) {
    // « les … qui s'affichent en public me donnent la nausée »: the subject carried past its relative clause, unless that clause tells what they suffer.
    const near = mentionEndingNear(s, g, p, SUBJECT_GAP, 3);
    // « Les … qui travaillent au noir, dehors »: the slogan set off by a break after the relative clause is said of its head
    // too (a whole people only; « les itinérants qui dorment dehors » has no break and tells where they sleep).
    const slogan = s.wordKeys[p]! === 'dehors' && s.brk[p] !== 0;
    const head = near === undefined && (s.wordKeys[p]!.startsWith('m') || slogan) ? relativeHead(s, g, p - 1) : undefined;
    // « la situation des … me lève le cœur »: the group is the complement of a noun, which is what moves the speaker.
    const owned = near !== undefined && near.a >= 2 && OF_PLACE.has(s.wordKeys[near.a]!) && s.clause[near.a - 2] === s.clause[near.a] && NOUN_HEAD.has(s.wordKeys[near.a - 2]!);
    const m = (owned ? undefined : near) ?? (head && (!slogan || head.identity) && !victimClause(s, head.b, p) && !suffering(s, head.b + 1) ? head : undefined) ?? (near === undefined && s.wordKeys[p]!.startsWith('m') ? carried(s, g, p) : undefined);
    // « ta volonté de chasser les … me dégoûte »: the group is the act's object, not what disgusts (unless « qui » takes it up).
    // « ceux qui haïssent les … me dégoûtent »: the group is the object inside a relative clause.
    const object = m !== undefined && ((objectOfInfinitive(s, m) && !s.wordKeys.slice(m.b, p).some((w) => w === 'qui')) || objectOfClause(s, m));
    // « mettre les locataires dehors »: the verb's frame reads it (threat.ts), with its subject and negation; no slogan.
    const put = m !== undefined && s.wordKeys[p]! === 'dehors' && m.a > 0 && infinitive(s, m.a - 1);
    // « Les …, j'ai la haine de ceux qui les insultent »: the speaker's feeling has an object of its own.
    const aimed = ['je', 'j'].includes(s.wordKeys[p]!) && q < n && s.sentence[q] === s.sentence[p] && FEELING_OBJECT.has(s.wordKeys[q]!);
    if (m && !object && !put && !aimed && (m.generic || s.wordKeys[p]! === 'de')) {
      push(out, s, sc, m.a, q, [[p, q]], superlativeAt(s, q) ? -1 : q);
      continue;
    }
    // « Voir des … dans le coin me donne envie de vomir »: seeing or meeting the group, as the subject of the effect.
    const seen = mentionAt(g, g.lastBefore[p]);
    if (seen && seen.generic && s.wordKeys[p]!.startsWith('m') && s.sentence[seen.a] === s.sentence[p] && p - seen.b <= 6 && seen.a > 0 && PERCEIVE.has(s.wordKeys[seen.a - 1]!)) {
      const v = seen.a - 1;
      // What they are seen doing is not them (« voir des … se faire insulter me donne envie de vomir »).
      const doing = s.wordKeys.slice(seen.b, p).some((w) => /^(?:se|s|faire|etre)$|(?:er|ir|ant)$/.test(w));
      if (!doing && (v === 0 || s.sentence[v - 1] !== s.sentence[v])) {
        push(out, s, sc, v, q, [[p, q]], q);
        continue;
      }
    }
    // « Chaque fois que je croise une …, j'ai envie de vomir »: the speaker's nausea whenever the group is met.
    if (['je', 'j', 'ma', 'notre'].includes(s.wordKeys[p]!)) {
      const met = seen && seen.identity && s.sentence[seen.a] === s.sentence[p] && p - seen.b <= 6 && seen.a >= 2 ? seen : undefined;
      // « une femme voilée »: two names in a row are one person met.
      const from = met && (g.endingAt[met.a] ?? -1) >= 0 ? g.mentions[g.endingAt[met.a]!]!.a : met?.a ?? 0;
      // What they are seen doing is not them (« quand je vois des … se faire insulter »).
      // (Arriving is no deed done to them: « plus je vois de … arriver en ville, plus j'ai la haine ».)
      // (A relative clause telling what they suffer is that too: « des … qui dorment dehors ».)
      const doing = met !== undefined && (s.wordKeys.slice(met.b, p).some((w) => !ARRIVING.has(w) && /^(?:se|s|faire|etre)$|(?:er|ir|ant)$/.test(w)) || (met.b + 1 < p && s.wordKeys[met.b]! === 'qui' && suffering(s, met.b + 1)));
      let when = -1;
      // « Plus je vois de …, plus … »: the more they are seen, the more the feeling, as « chaque fois que ».
      const more = (k: number): boolean => s.wordKeys[k]! === 'plus' && (k === 0 || s.sentence[k - 1] !== s.sentence[k]);
      // « Juste à voir des …, rien qu'à croiser une … »: the mere sight.
      const merely = (k: number): boolean => s.wordKeys[k]! === 'a' && k > 0 && s.sentence[k - 1] === s.sentence[k] && MERELY.has(s.wordKeys[k - 1]!);
      // (« je vois d'… »: the partitive before the people.)
      const of = from >= 3 && isDe(s.wordKeys[from - 1]!) ? from - 1 : from;
      if (met && !doing && of >= 2 && fills(SEEING, s.words[of - 1])) for (let k = of - 2; k >= 0 && of - k <= 6 && s.sentence[k] === s.sentence[p] && when < 0; k -= 1) if (WHENEVER.has(s.wordKeys[k]!) || more(k) || merely(k)) when = k;
      if (when >= 0) push(out, s, sc, when, q, [[p, q]], q);
      continue;
    }
    // « Leur présence me dégoûte »: what a people is, taken up by « leur ».
    if (p >= 2 && theirOwn(s, p - 1) && s.wordKeys[p]!.startsWith('m') && antecedent(s, g, p - 2)?.identity) {
      push(out, s, sc, p - 2, q, [[p, q]], q);
      continue;
    }
    for (let k = p - 1; k >= 0 && p - k <= 3 && s.sentence[k] === s.sentence[p]; k -= 1) {
      if (fills(PRONOUNS, s.words[k])) {
        const ante = antecedent(s, g, k);
        // « Ça me dégoûte de voir des … », « … de voir autant de … »: a group named after, seen; an identity, and not what they suffer (« … se faire insulter »).
        const ahead = ante !== undefined && ante.a > k;
        // « les … dorment dehors / crèvent de faim, ça me lève le cœur »: « ça » takes up what they suffer, not them.
        if (ante && !ahead && ante.b < k && victimClause(s, ante.b, k)) break;
        // « Lire « les … sont des … », ça me fait honte », « Voir les … se faire insulter, ça me… »: « ça » takes up the
        // words quoted or the act that opens the sentence, not the group inside them.
        if (ante && !ahead && (s.quoted[ante.a] === 1 || insideAct(s, ante, k))) break;
        if (ante && s.wordKeys[p]!.startsWith('m') && (!ahead || (ante.identity && (PERCEIVE.has(s.wordKeys[ante.a - 1]!) || (ante.a >= 3 && MANY.has(s.wordKeys[ante.a - 2]!) && PERCEIVE.has(s.wordKeys[ante.a - 3]!)) || s.clause[ante.a - 1] !== s.clause[ante.a]) && !suffering(s, ante.b)))) push(out, s, sc, k, q, [[p, q]], q);
        break;
      }
    }
  }

  // « Les …, j'ai un dégoût que je peux pas expliquer »: a people set first, opening the sentence, then the speaker's
  // feeling with no object of its own (« …, j'ai un dégoût du racisme qu'ils subissent » is about something else).
  for (const [p, q] of findAllIn(s, FEELING_HELD)) {
    const m = mentionAt(g, g.endingAt[p]);
    if (!m || !m.generic || !m.identity || (m.a > 0 && s.sentence[m.a - 1] === s.sentence[m.a]) || s.sentence[p] !== s.sentence[m.a]) continue;
    const next = q < n && s.sentence[q] === s.sentence[p] ? s.wordKeys[q]! : '';
    if (FEELING_OBJECT.has(next) || ((next === 'que' || next === 'qu') && !ON_FEELING.has(s.wordKeys[q + 1] ?? s.wordKeys[q]!))) continue;
    push(out, s, sc, m.a, q, [[p, q]], q);
  }

  // Annoyance: hate said of an identity, a complaint said of a role (« les cyclistes me tombent sur les nerfs »).
  for (const [p, q] of findAllIn(s, ANNOYANCE_AFTER)) {
    const m = mentionEndingNear(s, g, p, SUBJECT_GAP, 3);
    if (m && m.generic && !objectOfClause(s, m)) push(out, s, sc, m.a, q, [[p, q]], superlativeAt(s, q) ? -1 : q, m.identity ? 'error' : 'warning');
  }

  // A vice named of a whole people (« la bêtise des … », « la paresse des … est légendaire »).
  for (const [p, q] of findAllIn(s, VICES)) {
    const m = mentionAt(g, g.startingAt[q]);
    if (m && m.generic && m.identity && OF_PEOPLE.has(s.wordKeys[q]!)) {
      push(out, s, sc, p > 0 && s.sentence[p - 1] === s.sentence[p] && ['la', 'l', 'leur'].includes(s.wordKeys[p - 1]!) ? p - 1 : p, m.b, [[p, q]]);
      continue;
    }
    // « Quelle paresse, ces … »: the vice exclaimed, the group set out right after.
    const next = mentionAt(g, g.startingAt[q]);
    if (p > 0 && ['quelle', 'quel'].includes(s.wordKeys[p - 1]!) && s.sentence[p - 1] === s.sentence[p] && next && next.generic && next.identity && s.sentence[next.a] === s.sentence[p]) {
      push(out, s, sc, p - 1, next.b, [[p - 1, q]]);
      continue;
    }
    // « Les …, c'est la paresse incarnée »: the vice as what the group is.
    const subj = subjectBefore(s, g, p);
    if (subj && subj.m.identity && walkBack(s, p).copula) push(out, s, sc, subj.from, q, [[p, q]]);
  }

  // A wish or call for harm: modal … harm verb, with a group or a pronoun as its object.
  const clitics = (s2: Stream, from: number, to: number): boolean => {
    for (let k = from; k < to; k += 1) if (!CLITICS.has(keyOf(s2.words[k]!))) return false;
    return true;
  };
  const modalStart = new Int32Array(n + 1).fill(-1);
  // A long modal (« dans un monde juste ») reaches as far past its end as a short one (« il faut »).
  const modalExtra = new Int32Array(n + 1);
  for (const [a, b] of findAllIn(s, MODALS)) (modalStart[b] = a), (modalExtra[a] = Math.max(0, b - a - 2));
  // lastModal[i]: start of the latest modal ending at or before i in the same sentence, or -1.
  const lastModal = new Int32Array(n + 1).fill(-1);
  for (let i = 0, cur = -1; i <= n; i += 1) {
    if ((modalStart[i] ?? -1) >= 0) cur = modalStart[i]!;
    lastModal[i] = cur >= 0 && (i === n || s.sentence[cur] === s.sentence[i]) ? cur : -1;
  }
  for (const [set, strong] of [[HARM_STRONG, true], [HARM_SOFT, false]] as const) {
    for (const [h, h2] of findAllIn(s, set)) {
      // An infinitive opening its sentence is a call too (« Expulser les migrants! »), checked below.
      const initial = (lastModal[h] ?? -1) < 0 && (h === 0 || s.sentence[h - 1] !== s.sentence[h]) && /(?:er|ir|re|ons|ez)$/.test(s.wordKeys[h]!);
      const mStart = initial ? h : (lastModal[h] ?? -1);
      if (mStart < 0 || h - mStart > 8 + (initial ? 0 : modalExtra[mStart]!) || s.sentence[mStart] !== s.sentence[h]) continue;
      // The bare « à » (« prêt à… », « je pense à… ») governs the verb right after it, not through an auxiliary (« a arrêté
      // l'homme qui… »); an intention denied before it is denied (« je ne pense pas à frapper… »; not « n'hésiterai pas à… »).
      // After « a » the verb must be an infinitive: « a tué une femme » is the auxiliary of a past event, not « à tuer ».
      if (!initial && s.wordKeys[mStart]! === 'a' && (!objectsOnly(s, mStart + 1, h) || deniedBefore(s, mStart) || !(infinitive(s, h) || s.wordKeys[h]! === 'mort'))) continue;
      // The call needs a person to do it: not a thing (« la chaleur devrait tuer… »), not nobody (« personne devrait… »),
      // and not a call the speaker prevents or denounces (« empêcher que… », « je dénonce ceux qui… »).
      if (!initial && !callerIsPerson(s, g, mStart)) continue;
      if (!initial && againstIt(s, h)) continue;
      // « je pense que les … seraient tués si… », « j'ai peur que les … meurent », « je me souviens, les … étaient gazés »: the
      // speaker's bare « je » governs its own verb; past a « que » or a comma the harm has a subject of its own.
      // (A wish keeps its clause: « je prie pour que les … meurent ».)
      if (!initial && BARE_SPEAKER.has(s.wordKeys[mStart]!) && !s.words.slice(mStart, h).some((w) => fills(WISHING_VERBS, w)) && s.words.slice(mStart, h).some((w, k) => keyOf(w) === 'que' || keyOf(w) === 'qu' || s.brk[mStart + k + 1] !== 0)) continue;
      // « éliminer les Français en demi-finale », « on va les écraser au hockey »: a contest, not violence.
      if (fills(CONTEST_VERBS, s.words[h]) && contestIn(s, h)) continue;
      // « mourir dans la dignité », « vivre dans des tentes »: a death in peace, a life in hardship, not a death wished.
      if (h2 < n && s.sentence[h2] === s.sentence[h] && fills(LIVE_DIE, s.words[h]) && peaceful(s, h2)) continue;
      // « mourir de rire », « d'envie »: a figure of speech.
      if (h2 + 1 < n && s.sentence[h2 + 1] === s.sentence[h] && fills(DIE_VERBS, s.words[h]) && isDe(s.wordKeys[h2]!) && DEATH_FIGURES.has(s.wordKeys[h2 + 1]!)) continue;
      // « a fait un million de morts »: the dead as a noun, not the verb « mourir ».
      if (['mort', 'morts', 'morte', 'mortes'].includes(s.wordKeys[h]!) && h > 0 && ['de', 'd', 'des', 'les', 'aux', 'nos', 'leurs', 'ses', 'mes', 'ces'].includes(s.wordKeys[h - 1]!)) continue;
      // « j'ai de la haine pour ceux qui frappent les … »: a relative clause between them gives the verb another subject.
      if (!initial && s.wordKeys.slice(mStart, h).some((w) => w === 'qui')) continue;
      // « frapper à la porte »: a preposition instead of an object, so no violence done to anyone.
      if (!initial && h2 < n && s.sentence[h2] === s.sentence[h] && s.brk[h2] === 0 && INSTEAD_OF_OBJECT.has(s.wordKeys[h2]!) && !OBJECT_PRONOUNS.has(s.wordKeys[h - 1]!) && !['coups', 'coup', 'mort', 'bout'].includes(s.wordKeys[h2 + 1] ?? s.wordKeys[h2]!)) continue;
      let target: Mention | undefined;
      let pronoun = -1;
      let person = false;
      for (let k = mStart; k < h; k += 1) {
        const w = s.wordKeys[k]!;
        // An object pronoun stands right before the verb (« les tuer », « tous les tuer »); « les feuilles » is a determiner.
        if (OBJECT_PRONOUNS.has(w) && pronoun < 0 && clitics(s, k + 1, h)) pronoun = k;
        if (w === 'te' || w === 't' || w === 'vous' || w === 'toi') person = true;
        const mm = mentionAt(g, g.startingAt[k]);
        if (mm && mm.generic) target = mm;
      }
      // A group just before the modal: « les immigrés devraient être expulsés », or a pronoun taking one up (« ils devraient tous crever »).
      if (!target) {
        const mm = mentionEndingNear(s, g, mStart, SUBJECT_GAP, 2);
        // « Les immigrants devraient éliminer leurs dettes »: an active verb with its own object makes the group its agent.
        const agent = mm !== undefined && h2 < n && s.sentence[h2] === s.sentence[h] && s.brk[h2] === 0 && OWN_OBJECT.has(s.wordKeys[h2]!) && (g.startingAt[h2] ?? -1) < 0 && /(?:er|ir|re)$/.test(s.wordKeys[h]!) && !fills(DIE_VERBS, s.words[h]);
        if (agent) continue;
        if (mm && mm.generic) target = mm;
        else if (mStart > 0 && SUBJECT_PRONOUNS.has(s.wordKeys[mStart - 1]!)) target = antecedent(s, g, mStart - 1);
      }
      // Or just after the verb: « il faut chasser les immigrés ».
      if (!target) {
        let k = h2;
        while (k < n && k - h2 < 2 && (g.startingAt[k] ?? -1) < 0 && fills(FILLER, s.words[k]) && s.sentence[k] === s.sentence[h]) k += 1;
        const mm = mentionAt(g, g.startingAt[k]);
        // One member is enough when the speaker says they would kill (« je tuerais volontiers un… »).
        // Or when the act is killing or rape, whoever says it (« vaut mieux violer une vieille »).
        const member = mm !== undefined && strong && (FIRST_PERSON.has(s.wordKeys[mStart]!) || KILL_VERBS.has(s.wordKeys[h]!) || s.wordKeys[h]!.startsWith('viol'));
        if (mm && (mm.generic || member) && s.sentence[mm.a] === s.sentence[h]) target = mm;
      }
      if (!target && pronoun >= 0) target = antecedent(s, g, pronoun);
      // Forbidding people named by a role (« faut interdire les cyclistes ») regulates the role; only an identity makes it exclusion.
      if (!strong && target && !target.identity && /^(?:interdi|refus|defend)/.test(s.wordKeys[h]!)) continue;
      // The span stays in the sentence of the wish (a group named in an earlier sentence is not marked).
      const pronounSubject = mStart > 0 && SUBJECT_PRONOUNS.has(s.wordKeys[mStart - 1]!) ? mStart - 1 : mStart;
      const from = target && s.sentence[target.a] === s.sentence[mStart] ? Math.min(mStart, target.a) : pronounSubject;
      const to = Math.max(h2, target && target.a > h ? target.b : h2);
      // Sending people away is exclusion only when it ends there or says where (« dehors », « chez eux »):
      // « il faut renvoyer les citoyens au 311 » is a redirection.
      // An opening call to kill « them all » (« Nukez-les tous », « Tuez-les tous »): people, by the verb.
      const all = h2 + 1 < n && OBJECT_PRONOUNS.has(s.wordKeys[h2]!) && ['tous', 'toutes'].includes(s.wordKeys[h2 + 1]!);
      if (initial && !target && all && MASS_KILL.has(s.wordKeys[h]!)) {
        push(out, s, sc, h, h2 + 2, [[h, h2]], h2);
        continue;
      }
      if (!strong || initial) {
        const after = to < n && s.sentence[to] === s.sentence[h] && s.brk[to] === 0 ? s.wordKeys[to]! : '';
        // « interdire les … sur la rue »: a place forbidden them (not « renvoyer les … sur le terrain »).
        // (« interdire les … aux piscines / dans les parcs »: a place forbidden them.)
        // (« devraient être bannis des piscines »: the passive, then where from.)
        const passiveFrom = after === 'des' && h > 0 && s.wordKeys[h - 1]! === 'etre';
        if (after !== '' && !EXCLUSION_AFTER.has(after) && !passiveFrom && !(['sur', 'aux', 'au', 'dans'].includes(after) && /^(?:interdi|bann)/.test(s.wordKeys[h]!))) continue;
      }
      if (initial && !(target && target.a >= h2)) continue;
      // « Tuer des …, c'est un crime »: an infinitive that a copula follows is the subject of a judgement, not a call;
      // an order stays an order (« Renvoyez les … chez eux, c'est pas un camp de réfugiés »).
      if (initial && /(?:er|ir|re)$/.test(s.wordKeys[h]!) && judgedAct(s, to)) continue;
      if (target) push(out, s, sc, from, to, [[h, h2]], h2);
      else if (strong && pronoun >= 0 && !person && !thingBefore(s, g, pronoun)) push(out, s, sc, mStart, h2, [[h, h2]], h2);
      else if (strong && !initial) {
        // People named by what they are said to be: « il faut exterminer ces terroristes », « faut tous les pendre, ces criminels ».
        let k = h2;
        while (k < n && k - h2 < 2 && s.sentence[k] === s.sentence[h] && TO_KILL_FILLER.has(s.wordKeys[k]!)) k += 1;
        const det = k > h2 ? s.wordKeys[k - 1]! : '';
        if (k < n && s.sentence[k] === s.sentence[h] && PEOPLE_DET.has(det) && KILL_VERBS.has(s.wordKeys[h]!) && matchAt(s, PLAIN, k) > k) push(out, s, sc, mStart, matchAt(s, PLAIN, k), [[h, h2]], h2);
      }
    }
  }

  // Sending back: verb + destination, as a wish, a call or an order.
  const goVerbEnd = new Int32Array(n + 1).fill(-1);
  for (const [a, b] of findAllIn(s, GO_BACK_VERBS)) goVerbEnd[b] = a;
  for (const [d, d2] of findAllIn(s, GO_BACK)) {
    let v = -1;
    let after = d;
    for (let k = d; k >= 0 && d - k <= 4; k -= 1) {
      if ((goVerbEnd[k] ?? -1) >= 0 && s.sentence[goVerbEnd[k]!] === s.sentence[d]) {
        v = goVerbEnd[k]!;
        after = k;
        break;
      }
    }
    if (v < 0) continue;
    // « Allez voir en Angleterre ce qui se passe »: « aller » before an infinitive is going to do, not being sent back.
    // (« vont », « iront » too: the verb matched is a form of « aller ».)
    const go = /^(?:all|va|aill|vont|ir)/.test(s.wordKeys[v]!);
    // (Its clitics first: « vont se sentir chez eux » is going to feel at home.)
    let inf = after;
    while (inf < d && INF_CLITICS.has(s.wordKeys[inf]!)) inf += 1;
    if (inf < d && go && infinitive(s, inf) && !/^(?:viv|rest|habit|crev|mour|pourr)/.test(s.wordKeys[inf]!)) continue;
    const prev = v > 0 && s.clause[v - 1] === s.clause[v] ? s.wordKeys[v - 1]! : '';
    if (FIRST_PERSON.has(prev)) continue;
    let wish = false;
    // (« Faut pas les renvoyer chez eux »: a negation between the wish and the verb denies it.)
    let denied = false;
    for (let k = v - 1; k >= 0 && v - k <= 4 && s.sentence[k] === s.sentence[v]; k -= 1) {
      if (fills(WISH_BEFORE_GO_BACK, s.words[k])) wish = true;
      else if (!wish && NO_LONGER.has(s.wordKeys[k]!)) denied = true;
    }
    if (wish && denied) continue;
    const verb = s.wordKeys[v]!;
    const dest = s.wordKeys[d]!;
    const toPerson = ['ton', 'ta', 'tes', 'votre', 'vos'].includes(s.wordKeys[d + 1] ?? s.wordKeys[d]!) || ['tu', 'vous'].includes(s.wordKeys[d + 2] ?? s.wordKeys[d]!);
    const order = IMPERATIVES.has(verb) && (prev === '' || !['tu', 'vous', 'il', 'elle', 'ils', 'elles', 'on'].includes(prev));
    // « Retournez chez vous » may be safety advice; « dans votre pays » is not.
    const home = dest === 'chez';
    const known = mentionAt(g, g.lastBefore[v]);
    const groupNear = known !== undefined && v - known.b <= 25;
    // « Allez en Italie, c'est magnifique »: going to a country is a trip unless a people is named (« retournez en … » sends back).
    const later = mentionAt(g, g.nextAfter[d2]);
    const leave = v + 1 < n && s.hyphen[v + 1] === 1;
    if (go && !wish && !leave && ['allez', 'va', 'vas'].includes(verb) && ['en', 'au', 'aux'].includes(dest) && !groupNear && !(later && s.sentence[later.a] === s.sentence[d])) continue;
    if (wish && (!home || groupNear || s.wordKeys[d + 1]! === 'eux')) push(out, s, sc, v, d2, [[v, d2]]);
    else if (order && (!home || groupNear) && (toPerson || !home)) push(out, s, sc, v, d2, [[v, d2]]);
    // « Les …, retournez chez vous », « retournez chez vous les … »: « chez vous » is no safety advice when a whole people (not an
    // age) is hailed right before the order or right after the place.
    // (The place ends the order: « … retournez chez vous en sécurité après la prière » is care.)
    else if (order && home && (d2 >= n || s.sentence[d2] !== s.sentence[d] || s.brk[d2] !== 0 || (later !== undefined && later.a - d2 <= 1)) && ['vous', 'toi'].includes(s.wordKeys[d + 1] ?? s.wordKeys[d]!) && [known && v - known.b <= 1 ? known : undefined, later && later.a - d2 <= 1 && s.sentence[later.a] === s.sentence[d] ? later : undefined].some((m) => m !== undefined && m.identity && m.generic && !namedByAge(s, m)))
      push(out, s, sc, known && v - known.b <= 1 ? known.a : v, d2, [[v, d2]]);
  }
  // Likened to animals by a comparison, whatever the quality (« sont aussi têtus que des mules », « plus bêtes qu'un âne »).
  for (let j = 2; j + 1 < n; j += 1) {
    if (!isQue(s.wordKeys[j]!) || s.sentence[j + 1] !== s.sentence[j]) continue;
    const beast = ['des', 'un', 'une', 'les', 'de'].includes(s.wordKeys[j + 1]!) ? j + 2 : j + 1;
    if (beast >= n || s.sentence[beast] !== s.sentence[j] || !fills(BEASTS, s.words[beast])) continue;
    let marker = -1;
    for (let k = j - 1; k >= 0 && j - k <= 3 && s.clause[k] === s.clause[j] && marker < 0; k -= 1) if (COMPARATIVE.has(s.wordKeys[k]!) || s.wordKeys[k]! === 'moins') marker = k;
    const subj = marker >= 0 ? subjectBefore(s, g, marker) : undefined;
    if (subj && subj.m.identity) push(out, s, sc, subj.from, beast + 1, [[marker, beast + 1]]);
  }

  // A people blamed for what goes wrong (blame.ts).
  for (const { a, b, denied } of findBlame(s, g)) {
    if (denied) out.push({ kind: 'hate', severity: 'clear', a, b });
    else push(out, s, sc, a, b, [[a, b]]);
  }
  // An identity as a fate (« un … reste un … », « les …, ça reste des … »): the name said again after « rester ».
  for (const m of g.mentions) {
    if (!m.identity || !['un', 'une', 'les', 'des'].includes(s.wordKeys[m.a]!)) continue;
    let k = m.b;
    while (k < n && k - m.b < 2 && s.sentence[k] === s.sentence[m.a] && ['ca', 'c', 'ce', 'il', 'elle', 'ils', 'elles'].includes(s.wordKeys[k]!)) k += 1;
    if (k >= n || !REMAINS.has(s.wordKeys[k]!) || s.sentence[k] !== s.sentence[m.a]) continue;
    k += 1;
    while (k < n && k - m.b < 6 && s.sentence[k] === s.sentence[m.a] && FATE_ADVERBS.has(s.wordKeys[k]!)) k += 1;
    const again = mentionAt(g, g.startingAt[k]);
    // The speaker's own people said to stay itself (« un Québécois reste un Québécois ») is pride, not a fate imposed.
    if (again && stemOf(s.wordKeys[again.head]!) === stemOf(s.wordKeys[m.head]!) && !/^(?:quebec|canad)/.test(s.wordKeys[m.head]!)) push(out, s, sc, m.a, again.b, [[m.a, again.b]]);
  }

  // An act of trust or welcome toward a people, said first as the subject and judged a mistake (« Faire confiance à un …, c'est
  // chercher les problèmes », « Engager des …, c'est une erreur »); not an act against them (« insulter un …, c'est une honte »).
  for (let i = 0; i < n; i += 1) {
    if ((i > 0 && s.sentence[i - 1] === s.sentence[i]) || !WELCOME.has(s.wordKeys[i]!)) continue;
    let k = i + 1;
    while (k < n && k - i <= 3 && s.brk[k] === 0 && (g.startingAt[k] ?? -1) < 0 && WELCOME_GAP.has(s.wordKeys[k]!)) k += 1;
    const m = mentionAt(g, g.startingAt[k]);
    if (!m || !m.identity || m.b >= n || s.brk[m.b] === 0 || !THAT.has(s.wordKeys[m.b]!)) continue;
    let bad = -1;
    for (let j = m.b + 1; j < n && j - m.b <= 6 && s.sentence[j] === s.sentence[i] && bad < 0; j += 1) if (MISTAKE.has(s.wordKeys[j]!) || matchAt(s, PLAIN, j) >= 0) bad = j;
    if (bad >= 0) push(out, s, sc, i, bad + 1, [[i, bad + 1]]);
  }

  // Nothing to be had from a people (expect.ts).
  for (const { a, b } of findNothingExpected(s, g)) push(out, s, sc, a, b, [[a, b]]);
  // Being one of them called worse than death (worse.ts); the hypothesis is the frame's own, not a supposition to clear.
  for (const { a, b } of findWorseThanDeath(s, g)) push(out, s, sc, a, b, []);
  // Contact with a people refused (contact.ts); the refusal's own negation is the frame.
  for (const { a, b } of findContactRefused(s, g)) push(out, s, sc, a, b, [[a, b]]);

  // A world imagined without a people, judged better: the world, « sans », the people, then a conditional judgement within reach.
  for (const m of g.mentions) {
    if (!m.identity || m.a < 2 || s.wordKeys[m.a - 1]! !== 'sans' || !WORLD.has(s.wordKeys[m.a - 2]!) || s.sentence[m.a - 2] !== s.sentence[m.a]) continue;
    let would = -1;
    let better = -1;
    for (let k = m.b; k < n && k - m.b < 8 && s.sentence[k] === s.sentence[m.a] && better < 0; k += 1) {
      if (WOULD_BE.has(s.wordKeys[k]!)) would = k;
      else if (would >= 0 && BETTER.has(s.wordKeys[k]!)) better = k;
    }
    // (« ne serait pas meilleur »: the judgement denied.)
    for (let k = m.b; k < better; k += 1) if (FEELING_DENIED.has(s.wordKeys[k]!)) better = -1;
    if (better >= 0) push(out, s, sc, m.a > 2 && s.sentence[m.a - 3] === s.sentence[m.a] ? m.a - 3 : m.a - 2, better + 1, [[m.a - 2, better + 1]]);
  }

  // The worst, said bare to end the statement (« Les … sont les pires. », « De toutes les races, les … sont la pire »); « les pires
  // victimes », « les pires de la ligue » go on, and are read by the lexicon where they mean hate.
  for (const m of g.mentions) {
    if (!m.identity || !m.generic) continue;
    let k = m.b;
    while (k < n && k - m.b < 4 && s.sentence[k] === s.sentence[m.a] && (fills(COPULA, s.words[k]) || ['vraiment', 'juste', 'clairement', 'tellement', 'de', 'loin'].includes(s.wordKeys[k]!))) k += 1;
    if (k === m.b || k >= n || s.sentence[k] !== s.sentence[m.a] || !['les', 'la', 'le'].includes(s.wordKeys[k]!)) continue;
    const w = k + 1 < n && s.sentence[k + 1] === s.sentence[m.a] ? s.wordKeys[k + 1]! : '';
    const closed = k + 2 >= n || s.sentence[k + 2] !== s.sentence[m.a] || s.brk[k + 2] !== 0;
    if ((w === 'pires' || w === 'pire') && closed) push(out, s, sc, m.a, k + 2, [[k, k + 2]]);
  }

  // People as test subjects, as a wish or a call (« on devrait tester … sur les … avant les animaux », « utiliser les … comme
  // cobayes »); a report of what was done to them (« les … ont servi de cobayes ») tells of victims.
  for (const m of g.mentions) {
    if (!m.identity) continue;
    let rather = -1;
    let lab = -1;
    for (let k = m.b; k < n && k - m.b < 8 && s.sentence[k] === s.sentence[m.a] && lab < 0; k += 1) {
      if (rather < 0 && RATHER.has(s.wordKeys[k]!)) rather = k;
      else if (rather >= 0 && LAB.has(s.wordKeys[k]!)) lab = k;
    }
    if (lab < 0 || (s.wordKeys[rather]! === 'comme' || s.wordKeys[rather]! === 'de') !== (lab === rather + 1)) continue;
    let v = -1;
    let duty = -1;
    // The verb before the people (« tester … sur les … ») or after them as its subject (« les … devraient servir de cobayes »).
    for (let k = m.a - 1; k >= 0 && m.a - k <= 8 && s.sentence[k] === s.sentence[m.a]; k -= 1) {
      if (v < 0 && (fills(EXPERIMENT, s.words[k]) || USE.has(s.wordKeys[k]!))) v = k;
      if (duty < 0 && fills(DUTY_WORDS, s.words[k])) duty = k;
    }
    for (let k = m.b; k < rather && v < 0; k += 1) {
      if (fills(DUTY_WORDS, s.words[k])) duty = k;
      if (USE.has(s.wordKeys[k]!)) v = k;
    }
    const called = duty >= 0 || (v >= 0 && /(?:ez|ons)$/.test(s.wordKeys[v]!));
    if (v < 0 || !called) continue;
    push(out, s, sc, Math.min(duty >= 0 ? duty : v, v, m.a), lab + 1, [[v, lab + 1]]);
  }

  // A vice or a degrading attribute placed in a people's nature (« c'est dans la nature des … d'être des sauvages », « les …, c'est
  // dans leur sang de voler », « c'est génétique chez les … d'être paresseux »). Denied (« ce n'est pas dans leur nature de… »), the
  // whole frame is cleared, the attribute read inside it included.
  const deniedNature = new Int32Array(n + 1).fill(-1);
  for (const [a, b] of findAllIn(s, INNATE)) {
    let q = -1;
    for (let j = b; j < n && j - b <= 6 && s.sentence[j] === s.sentence[a]; j += 1) {
      const act = matchAt(s, INNATE_ACT, j);
      if (act > j) q = act;
      const be = act > j ? -1 : matchAt(s, TO_BE, j);
      let k = be;
      while (k > j && k < n && k - be < 3 && s.sentence[k] === s.sentence[a] && matchAt(s, STRONG, k) < 0 && matchAt(s, PLAIN, k) < 0 && fills(FILLER, s.words[k])) k += 1;
      if (k > j) q = Math.max(matchAt(s, STRONG, k), matchAt(s, PLAIN, k));
      if (act > j || be > j) break;
    }
    let from = a;
    while (from > 0 && a - from < 5 && s.sentence[from - 1] === s.sentence[a] && NATURE_LEAD.has(s.wordKeys[from - 1]!)) from -= 1;
    // The vice set out first, the nature after it (« Voler, c'est dans la nature des … »): the people named inside ends the statement.
    let st = from;
    while (q < 0 && st > 0 && from - st < 4 && s.sentence[st - 1] === s.sentence[a]) st -= 1;
    if (q < 0 && st < from && (st === 0 || s.sentence[st - 1] !== s.sentence[a]) && s.brk[from] !== 0 && matchAt(s, INNATE_FRONTED, st) === from) {
      for (let k = b - 1; k <= b + 1 && k < n && q < 0; k += 1) if ((g.startingAt[k] ?? -1) >= 0) q = g.mentions[g.startingAt[k]!]!.b;
      from = st;
    }
    if (q < 0) continue;
    // Whose nature: a people named inside (« des … », « d'un … »), the owner taken up (« leur »), or the subject set out before (« Les …, c'est… »).
    let m: Mention | undefined;
    for (let k = a; k < q && !m; k += 1) m = mentionAt(g, g.startingAt[k]);
    for (let k = a; k < b && !m; k += 1) if (OWNER.has(s.wordKeys[k]!)) m = antecedent(s, g, k);
    if (!m) m = mentionAt(g, g.lastBefore[a]);
    if (!m || !m.identity || s.sentence[m.a] !== s.sentence[a] && !(m.generic && m.b <= a)) continue;
    const at = out.length;
    push(out, s, sc, s.sentence[m.a] === s.sentence[a] ? Math.min(from, m.a) : from, q, [[a, q]]);
    if (out[at]!.severity === 'clear' && isNegated(s, from, q, [[a, q]])) deniedNature.fill(at, out[at]!.a, q);
  }
  for (let k = 0; k < out.length; k += 1) {
    const h = out[k]!;
    const d = deniedNature[h.a] ?? -1;
    if (d >= 0 && d !== k && h.severity !== 'clear' && h.kind === 'hate' && deniedNature[h.b - 1] === d) out[k] = { ...h, severity: 'clear' };
  }
  return out;
}
