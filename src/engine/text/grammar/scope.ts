/**
 * What keeps a statement from being the speaker's own: negation in its clause (« les immigrants ne
 * sont pas des criminels ») and reported or denounced speech (« dire que … c'est inacceptable »,
 * « certains prétendent que … c'est faux », « nous condamnons les propos… », quotation marks).
 * Bounded windows only: a clause, the sentence and the next one, at most WINDOW words.
 */
import { compile, findAllIn, wordSet, fills, type Slot, isQue, isDe } from './patterns.ts';
import { opensAct } from './relative.ts';
import type { Stream } from './stream.ts';
import { groupsOf, mentionAt } from './groups.ts';

const NEGATORS = new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'aucunement', 'personne', 'point', 'non']);
const AFTER_NEGATORS = new Set(['pas', 'jamais', 'plus', 'aucunement', 'nullement', 'point']);
/** Before « plus », these make it a quantity or an addition (« le plus de », « en plus »), not a negation. */
const QUANTITY_PLUS = new Set(['le', 'la', 'les', 'au', 'de', 'en']);
/** Object pronouns after which a bare « plus » negates (« je vais plus les tabasser »). */
const PLUS_BEFORE = new Set(['les', 'le', 'la', 'l', 'te', 't', 'vous', 'lui', 'leur', 'me', 'm', 'jamais', 'personne', 'rien']);
/** After « plus », these make it a comparison of time or manner (« plus tard », « plus fort »). */
const COMPARED_PLUS = new Set(['tard', 'tot', 'vite', 'fort', 'souvent']);
/** True when the « plus » at k (after the verb ending at verbEnd) compares or adds: « tuer le plus de… », « les tuer plus tard ». */
function comparativePlus(s: Stream, k: number, verbEnd: number): boolean {
  if (s.wordKeys[k]! !== 'plus') return false;
  if (k > verbEnd && QUANTITY_PLUS.has(s.wordKeys[k - 1]!)) return true;
  return k + 1 < s.words.length && s.sentence[k + 1] === s.sentence[k] && COMPARED_PLUS.has(s.wordKeys[k + 1]!);
}
const WINDOW = 40;

/** Words that say a statement is false, hateful or condemned. */
const DENOUNCE = wordSet([
  'faux', 'fausse', 'fausses', 'inacceptable', 'inacceptables', 'inadmissible', 'intolerable', '+raciste', 'racisme', '+xenophobe', 'xenophobie',
  '+homophobe', 'homophobie', '+transphobe', 'transphobie', '+sexiste', 'sexisme', '+misogyne', 'misogynie', '+antisemite', 'antisemitisme',
  '+islamophobe', 'islamophobie', '+discriminatoire', '+discrimination', '+prejuge', '+stereotype', '+cliche', '+mythe', '+amalgame',
  '+generalisation', '~generaliser', '~condamner', '~denoncer', '+mensonge', '+absurde', '+ignoble', '+odieux', '+haineux', '+deplorable',
  '+choquant', '+revoltant', '+honteux', 'honte', '+intolerance', 'propos', '+discours', '+haine', '+calomnie', '+rumeur', '+desinformation', '+sophisme',
], false);
/** Adverbs that insist on a denial (« je crois vraiment pas que… »). */
const INSISTING = 'vraiment|franchement|honnetement|sincerement|absolument|personnellement';
const INSISTING_WORDS = new Set(INSISTING.split('|'));
/** Verbs that report someone's words or belief (« certains disent que », « on entend que »). */
const SAY = compile([
  '~dire pas|jamais? que|qu\'|de|d\'', '~pretendre que|qu\'', '~affirmer que|qu\'', '~croire pas|jamais? que|qu\'', '~penser pas|jamais? que|qu\'', '~raconter que|qu\'', '~repeter que|qu\'',
  '~entendre que|qu\'|dire', '~ecrire que|qu\'',
  // Where or when it was said, between the verb and its clause (« quelqu'un a écrit plus haut que… », « il disait encore hier que… »).
  '~dire|~ecrire|~publier|~commenter plus haut|bas que|qu\'', '~dire|~ecrire|~publier|~commenter souvent|encore|aussi|meme|tantot|hier|ici|ailleurs|partout|publiquement que|qu\'', '~traiter de|d\'|les|la|le', '~qualifier de|d\'', '~accuser de|d\'', '~insinuer que|qu\'',
  '~laisser entendre|croire', '~propager', '~colporter', '~vehiculer', '~associer', 'selon lequel|laquelle|lesquels|lesquelles', '~oser dire|ecrire|affirmer|pretendre',
  '~sous-entendre', '~suggerer que|qu\'', '~soutenir que|qu\'', '~arreter de dire|croire|penser|repeter|traiter', '~cesser de dire|croire|penser|repeter|traiter',
  'selon lui|elle|eux|certains|les|des|ces|vous|toi', 'selon les dires',
  // The reader's belief, not the speaker's (« vous pensez peut-être que… », « tu trouves que… »).
  'tu|vous|t\' ~penser|~croire|~trouver que|qu\'', 'tu|vous|t\' ~penser|~croire|~trouver peut etre que|qu\'',
  'sous pretexte que|qu\'',
  // A belief denied with insistence (« je pense pas du tout que », « je crois vraiment pas que », « pas une seconde »).
  `~croire|~penser|~considerer|~trouver|~estimer ${INSISTING}? pas|jamais|aucunement|nullement du|une|un? tout|pantoute|seconde|instant|minute que|qu'`,
  `~croire|~penser|~considerer|~trouver|~estimer ${INSISTING} pas|jamais|aucunement|nullement que|qu'`,
  'tu|vous|t\' ~penser|~croire|~trouver vraiment|serieusement|sincerement|honnetement|surement|donc|bien que|qu\'', 'pas vrai que|qu\'', 'faux que|qu\'', '~considerer que|qu\'', 'je|j\'|nous ne|n\'? ~considerer|~trouver|~estimer pas|jamais que|qu\'', 'le|ce mot', 'le|ce terme', 'les|ces mots|termes|propos', 'contrairement a',
]);
const COORDINATION = new Set(['et', 'ou', 'pis', 'voire']);
const CONTRAST = new Set(['mais', 'pourtant', 'cependant', 'toutefois', 'sauf']);
const FIRST_PERSON = new Set(['je', 'j', 'moi', 'jpense', 'jcrois', 'jdis']);
/** Auxiliaries and adverbs between the speaker and a verb of belief (« j'ai toujours cru que… »). */
const OWN_BETWEEN = new Set(['ai', 'avais', 'toujours', 'vraiment', 'sincerement', 'franchement', 'bien', 'juste', 'fermement', 'honnetement',
  // The speaker's thought come to by itself (« je me suis toujours dit que… », « j'en suis venu à penser que… », « j'ai fini par croire que… »).
  'me', 'm', 'suis', 'en', 'venu', 'venue', 'a', 'fini', 'finie', 'par']);
/** « on dirait que… », « dirait qu'il est… »: how something looks to the speaker, not someone's words. */
const MODAL_OWN = new Set(['peut', 'peux', 'faut', 'dois', 'doit', 'ose', 'veux', 'tiens', 'ai', 'avais', 'aurais']);
const EVIDENTIAL = new Set(['dirait', 'diraient']);
/**
 * Denouncing words that are also the topics haters write about (« vous aimez vous plaindre du
 * racisme », « votre haine »): they judge a slur only as a verdict (« c'est raciste », « c'est du racisme »).
 */
const TOPIC = wordSet([
  '+raciste', 'racisme', '+xenophobe', 'xenophobie', '+homophobe', 'homophobie', '+transphobe', 'transphobie', '+sexiste', 'sexisme', '+misogyne',
  'misogynie', '+antisemite', 'antisemitisme', '+islamophobe', 'islamophobie', '+haine', '+haineux', 'honte',
], false);
const VERDICT = new Set(['est', 'c', 'cest', 'sont', 'etait', 'etaient', 'serait', 'du', 'de', 'la', 'vraiment', 'tellement', 'juste', 'quelle', 'quel']);

/** A denouncing word at i that is a verdict, not a topic (« c'est raciste », not « votre haine »). */
function isVerdict(s: Stream, i: number): boolean {
  if (!fills(TOPIC, s.words[i])) return true;
  for (let k = i - 1; k >= 0 && i - k <= 3 && s.sentence[k] === s.sentence[i]; k -= 1) {
    const w = s.wordKeys[k]!;
    if (w === 'est' || w === 'c' || w === 'cest' || w === 'sont' || w === 'etait' || w === 'quelle' || w === 'quel') return true;
    if (!VERDICT.has(w)) return false;
  }
  return false;
}

/** Precomputed per stream: which sentences hold a denunciation, where the saying frames are. */
export interface Scope {
  readonly denounced: Uint8Array;
  /** Sentences (with the next one) holding a verdict on speech, not only its topic: what clears a slur. */
  readonly judged: Uint8Array;
  /** For each word, the index of the last reporting frame (end) before it in its sentence, or -1. */
  readonly lastSay: Int32Array;
  /**
   * 1 for a word of someone else's words: a quotation of three words or more, or the clause of a
   * speech or attitude verb governed by a denouncing, negated, deontic or conditional matrix
   * (« arrêtez de dire que… », « comment pouvez-vous croire que… », « pas tolérable d'appeler les
   * gens des… », « puni pour avoir souhaité… », « Écrire que… »): 1; 2 inside a quotation. Word
   * lists judge it as quoted; a threat stays the speaker's unless it stands between quotation marks.
   */
  readonly spoken: Uint8Array;
}

/** Verbs of saying, naming or wishing whose clause is someone's words when a matrix governs them. */
const SPEECH = wordSet([
  '~dire', '~ecrire', '~appeler', '~traiter', '~qualifier', '~nommer', '~souhaiter', '~crier', '~hurler', '~publier', '~insulter', '~declarer', '~menacer',
  // « appeler » doubles its l before a silent e, which the paradigm does not spell.
  'appelle', 'appelles', 'appellent', 'appellera', 'appellerait',
], false);
/** Verbs that liken someone to something (« comparer les X à des rats »): someone's words with « à ». */
const LIKEN = wordSet(['~comparer', '~assimiler', '~associer'], false);
const LIKEN_OPENERS = new Set(['a', 'aux', 'avec']);
/** Verbs that portray someone as something (« ceux qui voient / présentent les X comme des… »): someone's words with « comme ». */
const PORTRAY = wordSet(['~voir', '~considerer', '~representer', '~presenter', '~decrire', '~percevoir', '~depeindre', '~imaginer'], false);
const AS = new Set(['comme']);
/** Verbs of belief: someone's words only with a clause (« croire que… », not « croire ce gars »). */
/** Where words were taken from (« où as-tu pris que… », « d'où tu sors ça que… »). */
const SOURCED = wordSet(['~prendre', '~sortir', 'pris'], false);
// Not « sortir »: « sorte » is also its subjunctive (« faire en sorte que… » is no report).
// With proof (« il n'a jamais été démontré que… », « rien ne prouve que… »): a claim whose proof is denied is not asserted.
const BELIEF = wordSet([
  '~prendre', '~croire', '~penser', '~affirmer', '~pretendre', '~repeter', '~insinuer', '~raconter', '~entendre', '~soutenir', '~suggerer', '~laisser', '~sous-entendre', '~lire', '~prouver', '~demontrer', 'prouve', 'demontre',
  // Claims pressed (« insister sur le fait que… », « clamer que… »); « soutiens » is also a noun's plural, so its forms are listed.
  '~insister', '~clamer', '~proclamer', '~marteler', '~alleguer', 'soutiens', 'soutient', 'soutenez', 'soutiennent',
  '~expliquer', '~estimer', '~avancer', '~gueuler', '~rabacher', '~seriner', '~tweeter', '~texter', '~poster', '~partager',
], false);
/** Verbs that give someone a name (« appeler X un… »). */
const NAMING = wordSet(['~appeler', '~traiter', '~nommer', '~qualifier', 'appelle', 'appelles', 'appellent'], false);
const NAME_OPENERS = new Set(['un', 'une']);
/** What opens the words a speech verb reports or the name it gives (« dire que », « traiter X de », « appeler les gens des »). */
const OPENERS = new Set(['que', 'qu', 'de', 'd', 'des', 'du']);

/** True when the verb at i opens a clause or a naming within `reach` words (or a quotation follows it). */
function opens(s: Stream, i: number, reach: number, openers: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < s.words.length && k - i <= reach && s.sentence[k] === s.sentence[i]; k += 1) {
    const w = s.wordKeys[k]!;
    // « dire de la marde » is talk, not words reported (« dire à X d'aller… », « traiter X de cons »).
    if ((w === 'de' || w === 'd') && k + 1 < s.words.length && ARTICLES.has(s.wordKeys[k + 1]!)) return false;
    if (openers.has(w) || s.quoted[k] === 1) return true;
  }
  return false;
}
const CLAUSE_OPENERS = new Set(['que', 'qu']);
const ARTICLES = new Set(['la', 'le', 'l', 'les', 'un', 'une']);
/** « espèce de… », « gang de… »: a vocative, the speaker's own words even after a reported clause. */
const VOCATIVE = new Set(['espece', 'gang', 'bande']);

/** « nommer une … à la tête de… », « nommé au poste de… »: a post given, not a name (« à / au » before any « de / que »). */
function appoints(s: Stream, i: number): boolean {
  if (!s.wordKeys[i]!.startsWith('nomm')) return false;
  for (let k = i + 1; k < s.words.length && k - i <= 4 && s.sentence[k] === s.sentence[i]; k += 1) {
    const w = s.wordKeys[k]!;
    if (w === 'a' || w === 'au' || w === 'aux') return true;
    if (OPENERS.has(w)) return false;
  }
  return false;
}

/** A speech or belief verb at i that reports words (its complement follows). */
const speaks = (s: Stream, i: number): boolean =>
  fills((speakingWords ??= unionOf([SPEECH, NAMING, BELIEF, PROPOSITION, LIKEN, PORTRAY])), s.words[i]) &&
  !appoints(s, i) &&
  ((fills(SPEECH, s.words[i]) && opens(s, i, 4, OPENERS)) ||
  // « être appelé une sale… », « traiter quelqu'un un… »: a name given with its article.
  (fills(NAMING, s.words[i]) && opens(s, i, 2, NAME_OPENERS)) ||
  // « je ne crois pas une seconde que… », « on entend trop souvent que… ».
  (fills(BELIEF, s.words[i]) && opens(s, i, 4, CLAUSE_OPENERS)) ||
  // « l'idée que… », « cette croyance que… »: a proposition named, not asserted.
  (fills(PROPOSITION, s.words[i]) && opens(s, i, 1, CLAUSE_OPENERS)) ||
  (fills(LIKEN, s.words[i]) && opens(s, i, 4, LIKEN_OPENERS)) ||
  (fills(PORTRAY, s.words[i]) && opens(s, i, 5, AS))) ||
  // « une seule preuve que… ? », « aucune étude que… »: evidence asked for or denied (not « la preuve que… », which asserts).
  (EVIDENCE.has(s.wordKeys[i]!) && i > 0 && DOUBTED.has(s.wordKeys[i - 1]!) && opens(s, i, 1, CLAUSE_OPENERS)) ||
  // « ton commentaire voulant que… », « la rumeur voulant que… »: what words hold, named.
  (s.wordKeys[i]! === 'voulant' && opens(s, i, 1, CLAUSE_OPENERS)) ||
  // « sortir que… » (Québec: to come out with), with its clause only (« sortir les … du pays » is no report).
  (COME_OUT.has(s.wordKeys[i]!) && opens(s, i, 2, CLAUSE_OPENERS));
/** Every word of the five classes of word sets above: one test rules out nearly every word of a text before five. */
let speakingWords: Slot | undefined;
const unionOf = (slots: readonly Slot[]): Slot => ({
  forms: new Set(slots.flatMap((x) => [...x.forms])),
  lemmas: new Set(slots.flatMap((x) => [...x.lemmas])),
  optional: false,
  any: false,
  // Every first letter and length: the union is looked up as before (a few bytes less than its own bits).
  mask: -1,
  formLengths: -1,
  lemmaLengths: -1,
});
/** « sortir que… », never « sorte » (« faire en sorte que » reports nothing). */
const COME_OUT = new Set(['sortir', 'sors', 'sort', 'sortez', 'sortent', 'sorti']);
const EVIDENCE = new Set(['preuve', 'preuves', 'etude', 'etudes', 'source', 'sources', 'chiffre', 'chiffres', 'statistique', 'statistiques']);
const DOUBTED = new Set(['seule', 'seules', 'aucune', 'quelle', 'quelles', 'des', 'vos', 'tes', 'ta', 'votre', 'vraie', 'moindre']);
/** Nouns that name a proposition someone holds (« l'idée que les… », « la théorie que… »). */
const PROPOSITION = wordSet([
  '+idee', '+croyance', '+theorie', '+these', '+notion', '+affirmation', '+pretention', '+allegation', '+legende', '+fable', '+hypothese',
  '+insinuation', '+prejuge', '+stereotype', '+cliche', '+mythe', '+rumeur', '+accusation', '+histoire',
], false);
/** What makes a speech verb someone else's act, judged (« arrêter de », « comment », « pas tolérable », « puni pour avoir »). */
const MATRIX = wordSet([
  '~arreter', '~cesser', '~refuser', 'arrete', 'comment', 'pourquoi', 'tolerable', 'acceptable', 'normal', 'correct', 'permis', 'si',
  '+puni', '~punir', '~sanctionner', 'prison', '~condamner', '~bloquer', '~bannir', '~interdire', '~eviter', 'jamais',
  // Feelings about someone's act (« ça me choque que tu traites… », « ça me dérange qu'on dise… »).
  '~choquer', '~deranger', '~revolter', '~ecoeurer', '~indigner', '~scandaliser', '~attrister', '~decevoir', '~tolerer', '~degouter', '+degoute', '~enrager', 'peine',
  // The sayer named as a kind of person (« les gens qui disent… », « quiconque traite… », « ceux qui écrivent… »).
  'qui', 'quiconque',
  // The one named, not the namer (« elle s'est fait traiter de… », « se faire appeler… »).
  'fait', 'faire', 'fais', 'faisait',
  // Words received, and weariness of them (« j'ai entendu dire que… », « tanné de lire que… », « marre de… »).
  '~entendre', '+tanne', '+ecoeure', '+fatigue', 'marre', 'assez',
], false);
/** The moment someone said it, told as an event (« quand tu dis que… », « lorsqu'il a écrit que… »): see {@link governed}. */
const WHEN = new Set(['quand', 'lorsque', 'lorsqu']);
/** Verbs by which the speaker receives someone else's words (« j'ai lu que… », « j'entends dire que… »): never the speaker's own saying. */
const RECEIVE = wordSet(['~lire', '~entendre'], false);
/** Who receives words right before the verb, when it is not the speaker alone (« on entend », « tu lis »). */
const HEARER = new Set(['on', 'tu', 'vous', 'il', 'elle', 'ils', 'elles', 'gens', 'monde']);
/** A verdict on a deed that follows it (« c'est dégueulasse d'écrire… », « je trouve honteux qu'il traite… »). */
const VERDICT_OF = wordSet(['+degueulasse', '+ecoeurant', '+degoutant', '+scandaleux', '+triste', '+ridicule', '+grave', '+lache', '+epouvantable', '+navrant', '+desolant', '+affligeant', '+consternant', '+attristant', '+regrettable', '+siderant'], false);
const DEED = new Set(['de', 'd', 'que', 'qu']);
/** Blame that only a question about saying turns into the speaker's own words (« c'est-tu méchant de dire… ? »); stated, it is someone's. */
const BLAME_ASKED = wordSet(['+mechant', 'mal', '+deplace', '+offensant', '+blessant', '+choquant', '+exagere', '+intolerant', '+insultant', '+irrespectueux', '+interdit', '+grave'], false);
/** The imperfect of « être » that opens a counterfactual after « si ». */
const IMPERFECT_BE = new Set(['etait', 'etaient', 'etions', 'etiez', 'etais']);
/** A conditional form (« aurait », « saurait », « verrait »). */
const CONDITIONAL = /^.{2,}r(?:ais|ait|aient|ions|iez)$/;
/** How far before a speech verb its matrix may stand (« vous ne pouvez pas sérieusement croire »). */
const MATRIX_REACH = 6;
/** A quotation this long is a statement reported, not a scare-quoted word (« vous êtes des "génies" »). */
const QUOTE_MIN = 3;

/** Where the matrix of the speech verb at i starts (i itself, or an earlier verdict), -1 when none: it stands under a matrix, a negation, or opens its sentence as an infinitive (« Dire que… »). */
function governed(s: Stream, i: number): number {
  // « Franchement, écrire que… »: an infinitive opening the sentence after an adverb and a comma.
  const first = i === 0 || s.sentence[i - 1] !== s.sentence[i] || (s.brk[i] !== 0 && i > 0 && LEAD_ADVERBS.has(s.wordKeys[i - 1]!) && (i === 1 || s.sentence[i - 2] !== s.sentence[i]));
  // A proposition named (« ton idée que… ») is someone's, unless the speaker owns it (settled by the caller).
  if (fills(PROPOSITION, s.words[i]) || EVIDENCE.has(s.wordKeys[i]!) || s.wordKeys[i]! === 'voulant') return i;
  // « où as-tu pris que… », « d'où tu sors que… »: asking where the words came from denies them.
  if (fills(SOURCED, s.words[i])) for (let k = i - 1; k >= 0 && i - k <= 3 && s.sentence[k] === s.sentence[i]; k -= 1) if (s.wordKeys[k]! === 'ou') return i;
  // « on entend (trop souvent) que… », « on lit partout que… »: words received by anyone but the speaker.
  if (fills(RECEIVE, s.words[i]) && i > 0 && s.sentence[i - 1] === s.sentence[i] && HEARER.has(s.wordKeys[i - 1]!)) return i;
  // « une caricature représentant les … comme… », « un message affirmant que… »: what a piece of speech says, described.
  if (i > 0 && s.sentence[i - 1] === s.sentence[i] && s.wordKeys[i]!.endsWith('ant') && fills(UTTERANCE, s.words[i - 1])) return i;
  if (first && /(?:er|ir|re)$/.test(s.wordKeys[i]!)) return i;
  // Someone else as the sayer, just before the verb (« certains disent que… », « ils les traitent de… »).
  // « il a dit que… », « ils ont menacé de… »: over an auxiliary too; the sayer opens the reported words.
  let j = i - 1;
  if (j >= 1 && AUXILIARIES.has(s.wordKeys[j]!)) j -= 1;
  if (j >= 1 && CLITICS.has(s.wordKeys[j]!)) j -= 1;
  if (j >= 0 && s.sentence[j] === s.sentence[i] && SAYERS.has(s.wordKeys[j]!)) return j;
  for (let k = i - 1; k >= 0 && i - k <= MATRIX_REACH && s.sentence[k] === s.sentence[i]; k -= 1) {
    const w = s.wordKeys[k]!;
    // « c'est honteux / dégueulasse de dire… », unless the verdict is denied (« c'est pas raciste de dire… »).
    // The verdict is part of the judgement of the words, not a word said of anyone (« c'est dégueulasse »).
    if ((fills(DENOUNCE, s.words[k]) || fills(VERDICT_OF, s.words[k])) && k + 1 < i && DEED.has(s.wordKeys[k + 1]!)) {
      // « t'as pas honte de dire… » asks, it does not deny.
      if ((w !== 'honte' && isNegatedAt(s, k)) || verdictAsked(s, k)) return -1;
      let from = k;
      while (from > 0 && k - from < 3 && s.sentence[from - 1] === s.sentence[k] && VERDICT_OPENERS.has(s.wordKeys[from - 1]!)) from -= 1;
      return from;
    }
    // « sans » right before the verb (« critiquer sans traiter la conseillère d'idiote », « sans la traiter de… »): the act
    // named to be refused. Further off it is a manner of the speaker's own (« sans exagérer, on peut dire que… »).
    if (NEGATORS.has(w) || fills(MATRIX, s.words[k]) || (w === 'sans' && i - k <= 2)) return i;
    // « quand tu dis que… », « quand j'ai lu que… »: words someone said or the speaker received, with their clause;
    // not the speaker's own thought (« quand je pense que… »).
    if (WHEN.has(w) && opens(s, i, fills(NAMING, s.words[i]) ? 4 : 3, fills(NAMING, s.words[i]) ? OPENERS : CLAUSE_OPENERS)) {
      let own = false;
      for (let j = k + 1; j < i; j += 1) own ||= FIRST_PERSON.has(s.wordKeys[j]!);
      if (!own || fills(RECEIVE, s.words[i])) return i;
    }
    // « puni pour avoir souhaité », « répondre d'avoir écrit »: a deed named to be judged.
    if (w === 'avoir' && k > 0 && DEED_OPENERS.has(s.wordKeys[k - 1]!)) return i;
  }
  return -1;
}
const DEED_OPENERS = new Set(['pour', 'd', 'de']);
/**
 * « Pourquoi personne ose dire que… ? », « pourquoi on peut plus dire que… »: asking why it is not said
 * says it (a negation between « pourquoi », opening the sentence, and the verb at i).
 */
const SILENCED = new Set(['on', 'plus', 'peut', 'peux', 'pouvons', 'pouvez', 'ose', 'osent', 'osez', 'osons', 'a', 'as', 'avons', 'avez', 'le', 'droit', 'de', 'd', 'nous', 'vous', 'je', 'j', 'il', 'est', 'ce', 'que', 'qu', 'encore', 'se', 'permet', 'veut']);
function whySilenced(s: Stream, i: number): boolean {
  let neg = false;
  for (let j = i - 1; j >= 0 && i - j <= 6 && s.sentence[j] === s.sentence[i]; j -= 1) {
    const w = s.wordKeys[j]!;
    neg ||= NEGATORS.has(w) || w === 'plus';
    if (w === 'pourquoi') return neg && (j === 0 || s.sentence[j - 1] !== s.sentence[j]);
    if (!SILENCED.has(w) && !NEGATORS.has(w)) return false;
  }
  return false;
}
/** Sentence adverbs that may open a sentence before an infinitive act (« Franchement, écrire que… »). */
const LEAD_ADVERBS = new Set(['franchement', 'honnetement', 'serieusement', 'sincerement', 'bref', 'non', 'voyons', 'vraiment', 'pis', 'et', 'mais', 'ben', 'bon']);
/** Third persons and quantifiers naming the sayer (never the speaker). */
const SAYERS = new Set(['il', 'elle', 'ils', 'elles', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'gens', 'monde', 'dautres', 'autres']);
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura']);
const CLITICS = new Set(['les', 'le', 'la', 'l', 'leur', 'lui', 'me', 'm', 'te', 't', 'nous', 'vous', 'y', 'en']);
const VERDICT_OPENERS = new Set(['c', 'cest', 'est', 'ca', 'vraiment', 'tellement', 'trop', 'juste']);

/** A right or an ability (« ont le droit », « peuvent », « savent »); question.ts reads « depuis quand les … savent » with it too. */
export const RIGHT = new Set(['droit', 'droits', 'peuvent', 'peut', 'osent', 'ose', 'permis', 'pensent', 'decident', 'savent', 'sait', 'comprennent', 'comprend', 'travaillent', 'travaille']);
/** A right or a capacity in the clause opened at i (« ont le droit de », « peuvent », « osent »). */
function grantsRight(s: Stream, i: number): boolean {
  for (let k = i + 2; k < s.words.length && k - i <= 8 && s.clause[k] === s.clause[i]; k += 1) if (RIGHT.has(s.wordKeys[k]!)) return true;
  return false;
}

/** Words of quotations long enough to be statements, and clauses of governed speech verbs. */
function spokenOf(s: Stream, judged: Uint8Array): Uint8Array {
  const n = s.words.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    if (s.quoted[i] !== 1) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < n && s.quoted[j] === 1) j += 1;
    if (j - i >= QUOTE_MIN) out.fill(2, i, j);
    i = j;
  }
  // A counterfactual « si » clause (« si les musulmans étaient des terroristes, on l'aurait su »): a
  // supposition the next clause answers in the conditional, not a statement.
  for (let i = 0; i < n; i += 1) {
    const w = s.wordKeys[i]!;
    if ((w !== 'si' && w !== 's') || (i > 0 && s.clause[i - 1] === s.clause[i])) continue;
    let end = i + 1;
    let imperfect = false;
    while (end < n && s.clause[end] === s.clause[i] && end - i <= WINDOW) {
      // The subject may be long (« si les 1 milliard et demi de musulmans étaient… »).
      if (end - i <= 10 && IMPERFECT_BE.has(s.wordKeys[end]!)) imperfect = true;
      end += 1;
    }
    if (!imperfect || end >= n || s.sentence[end] !== s.sentence[i]) continue;
    let answered = false;
    for (let k = end; k < n && s.clause[k] === s.clause[end] && !answered; k += 1) answered = CONDITIONAL.test(s.wordKeys[k]!);
    if (answered) for (let k = i; k < end; k += 1) out[k] ||= 1;
  }
  // A denial asked or exclaimed, opening the sentence (« Depuis quand les … sont des… ? », « Comme si
  // les … étaient… ! »): the statement is what the speaker rejects.
  for (let i = 0; i + 1 < n; i += 1) {
    if (i > 0 && s.sentence[i - 1] === s.sentence[i]) continue;
    const pair = `${s.wordKeys[i]!} ${s.wordKeys[i + 1]!}`;
    if (pair !== 'depuis quand' && pair !== 'comme si' && pair !== 'comme s') continue;
    // « Depuis quand les … ont le droit de parler ? » denies them a right: the speaker's own (grammar/question.ts).
    if (pair === 'depuis quand' && grantsRight(s, i)) continue;
    // Its clause only (« Comme si c'était pas assez, les … sont… » asserts the rest).
    for (let k = i; k < n && k - i <= WINDOW && s.clause[k] === s.clause[i]; k += 1) out[k] ||= 1;
  }
  // An act opening the sentence, judged by what follows (« Appeler à tuer les X est criminel », « Détester
  // les X, c'est pathétique »): the act is named to be condemned, read like a quotation.
  for (let i = 0; i < n; i += 1) {
    // (Also a clause that opens with « que » as its subject: « Que les … meurent en traversant, c'est une tragédie ».)
    if (!opensAct(s, i) && !(isQue(s.wordKeys[i]!) && (i === 0 || s.sentence[i - 1] !== s.sentence[i]))) continue;
    const verdict = judgedAfter(s, i);
    if (verdict > i) out.fill(2, i, verdict);
  }
  // The clause of a governed speech verb, up to its end (a comma or a contrast ends it).
  let until = -1;
  let order = false;
  for (let i = 0; i < n; i += 1) {
    const w = s.wordKeys[i]!;
    if (until >= 0 && i > until && (s.clause[i] !== s.clause[until] || CONTRAST.has(w) || VOCATIVE.has(w))) until = -1;
    if (until < 0 && speaks(s, i)) {
      // A verdict on the words later in the sentence or the next (« tu as appelé les femmes des…, c'est
      // inacceptable ») governs them too, unless the speaker is the sayer (« j'ai dit que… »).
      // The speaker's own saying (« je vais dire à mes chums de… ») is governed only by a negation of it.
      const before = [i - 1, i - 2, i - 3].filter((k) => k >= 0 && s.sentence[k] === s.sentence[i]);
      const near = before.map((k) => s.wordKeys[k]!);
      // … unless the speaker only received the words (« j'ai entendu dire que… »).
      const mine = near.some((w) => FIRST_PERSON.has(w)) && !before.some((k) => fills(MATRIX, s.words[k])) && !fills(RECEIVE, s.words[i]);
      const from = asksAgreement(s, i) || ownDeedDisbelieved(s, i) || askedToSay(s, i) || vouched(s, i) || (!mine && endorsed(s, i + 1)) ? -1 : mine ? (near.some((w) => NEGATORS.has(w)) ? i : -1) : judged[s.sentence[i] ?? 0] === 1 ? i : governed(s, i);
      if (from >= 0) {
        out.fill(1, from, i);
        until = i;
        // « lire, en 2024, que… »: an aside between the verb and its « que » does not end the words reported.
        const o = clauseAfterAside(s, i);
        if (o > i) until = o;
        // « si vous dites à des X d'aller se faire… »: an order reported, someone else's words to a third
        // party, read like a quotation (a threat in it is not the speaker's), unless the speaker gives it.
        order = !mine && ordered(s, i);
      }
    }
    if (until >= 0) out[i] = order && i > until ? 2 : 1;
  }
  return out;
}

/** Where the « que » of the speech verb at i stands when an aside between commas comes first (« lire, en 2024, que… »), or -1. */
function clauseAfterAside(s: Stream, i: number): number {
  for (let k = i + 1; k < s.words.length && k - i <= 6 && s.sentence[k] === s.sentence[i]; k += 1) {
    if (CLAUSE_OPENERS.has(s.wordKeys[k]!)) return s.clause[k] !== s.clause[i] && s.brk[k] !== 0 ? k : -1;
  }
  return -1;
}

/** A condemnation said of an act (« … est criminel », « c'est pathétique », « c'est un crime »). */
const CONDEMNATION = wordSet([
  '+criminel', 'crime', 'crimes', '+pathetique', '+lache', '+cruel', 'mal', '+degradant', '+deshumanisant', '+blessant', '+injuste', '+inhumain', '+abject',
  '+minable', '+pitoyable', '+lamentable', '+stupide', '+idiot', '+debile', '+niaiseux', '+imbecile', '+bete', '+illegal', 'interdit', '+grave', '+atroce',
  // Grief over what happened (« Que des … meurent en mer, c'est une tragédie »).
  '+tragedie', '+tragique', '+drame', '+dramatique', '+triste', 'dommage', '+horrible', '+terrible', '+desolant', '+navrant',
], false);
const ACT_COPULA = new Set(['est', 'c', 'cest', 'serait', 'sera', 'etait', 'reste', 'demeure']);
/** Words between the copula and the condemnation (« c'est vraiment un crime », « est tout simplement ignoble »). */
const VERDICT_GAP = new Set(['vraiment', 'tellement', 'trop', 'juste', 'tout', 'simplement', 'completement', 'totalement', 'un', 'une', 'du', 'de', 'la', 'le', 'assez', 'franchement', 'carrement', 'profondement', 'absolument', 'bien', 'donc', 'ben']);
/**
 * Where the copula that judges the act opened by the infinitive at i stands (the act ends there), or
 * -1: « Appeler à tuer les X est criminel ». Not when the verdict is denied (« … c'est pas grave »).
 */
function judgedAfter(s: Stream, i: number): number {
  for (let k = i + 1; k < s.words.length && k - i <= WINDOW && s.sentence[k] === s.sentence[i]; k += 1) {
    if (!ACT_COPULA.has(s.wordKeys[k]!)) continue;
    let j = k + 1;
    // « c'est »: two words, one copula.
    if (s.wordKeys[k]! === 'c' && j < s.words.length && ['est', 'etait', 'serait', 'sera'].includes(s.wordKeys[j]!)) j += 1;
    while (j < s.words.length && j - k <= 4 && s.sentence[j] === s.sentence[k] && VERDICT_GAP.has(s.wordKeys[j]!)) j += 1;
    if (j >= s.words.length || s.sentence[j] !== s.sentence[k]) return -1;
    const verdict = fills(CONDEMNATION, s.words[j]) || fills(DENOUNCE, s.words[j]) || fills(VERDICT_OF, s.words[j]);
    return verdict ? k : -1;
  }
  return -1;
}

/** Verbs that give an order to a third party (« dire / écrire / crier à X de… »). */
const ORDERING = wordSet(['~dire', '~ecrire', '~crier', '~hurler', '~demander', '~souhaiter'], false);
/** True when the speech verb at i reports an order: « à » someone, then « de » and an infinitive. */
function ordered(s: Stream, i: number): boolean {
  if (!fills(ORDERING, s.words[i])) return false;
  let to = false;
  for (let k = i + 1; k < s.words.length && k - i <= 5 && s.sentence[k] === s.sentence[i]; k += 1) {
    const w = s.wordKeys[k]!;
    if (w === 'a' || w === 'aux') to = true;
    else if (w === 'que' || w === 'qu') return false;
    else if (to && (w === 'de' || w === 'd')) return k + 1 < s.words.length && /(?:er|ir|re)$/.test(s.wordKeys[k + 1]!);
  }
  return false;
}

/** Possessives that give a clause to the group spoken of (« leur religion n'est qu'un tissu de mensonges »). */
const THEIR = new Set(['leur', 'leurs', 'sa', 'son', 'ses']);
const CONCEDE = new Set(['suis', 'chu', 'jsuis', 'probablement', 'possiblement', 'surement']);
/** Verbs by which others accuse the speaker (« on m'accuse de racisme », « ils crient au racisme »). */
const ACCUSE = wordSet(['~accuser', '~taxer', '~soupconner', '~crier', '~traiter'], false);
/**
 * True when the denouncing word at i judges speech: not negated (« ce n'est pas du racisme »), not said
 * of the group's own things (« leur religion est un mensonge »), not of the contrary (« prétendre le
 * contraire est un mensonge »), not an accusation against the speaker (« on m'accuse de racisme »).
 */
/** Words of acceptance that denounce when denied (« il n'est jamais acceptable de… », « pas tolérable »). */
const ACCEPTABLE = wordSet(['+acceptable', '+tolerable', '+admissible', '+excusable', '+justifiable', '+pardonnable', '+permis'], false);
/** After « sans », what makes a disclaimer (« sans vouloir être / paraître raciste »). */
const WITHOUT_BEING = new Set(['vouloir', 'etre', 'paraitre', 'sembler', 'passer']);
function denounces(s: Stream, i: number): boolean {
  if (fills(ACCEPTABLE, s.words[i])) return isNegatedAt(s, i);
  if (s.wordKeys[i]! === 'accord') return disagrees(s, i);
  if (!fills(DENOUNCE, s.words[i]) || isNegatedAt(s, i) || verdictAsked(s, i)) return false;
  // « Je suis peut-être raciste, mais les … »: the speaker concedes the word, then says the claim as their own.
  if ((s.wordKeys[i + 1] ?? s.wordKeys[i]!) === 'mais' && (CONCEDE.has(s.wordKeys[i - 1] ?? s.wordKeys[i]!) || (s.wordKeys[i - 2] ?? s.wordKeys[i]!) === 'peut')) return false;
  // « Sans vouloir être raciste, les … »: a disclaimer, the speaker's own claim follows.
  for (let k = Math.max(0, i - 3); k < i; k += 1) if (s.wordKeys[k]! === 'sans' && WITHOUT_BEING.has(s.wordKeys[k + 1]!)) return false;
  const sent = s.sentence[i];
  let j = i;
  while (j > 0 && i - j < 8 && s.clause[j - 1] === s.clause[i]) j -= 1;
  if (THEIR.has(s.wordKeys[j]!) || (j + 1 < i && COORDINATION.has(s.wordKeys[j]!) && THEIR.has(s.wordKeys[j + 1]!))) return false;
  for (let k = i - 1; k >= 0 && i - k <= 5 && s.sentence[k] === sent; k -= 1) {
    const w = s.wordKeys[k]!;
    if ((w === 'contraire' || w === 'inverse') && k > 0 && ['le', 'l'].includes(s.wordKeys[k - 1]!)) return false;
    if (i - k <= 3 && fills(ACCUSE, s.words[k])) return false;
  }
  return true;
}

/** « Je suis pas d'accord que les … sont … », « jamais d'accord avec… »: the claim after a disagreement is the one rejected. */
function disagrees(s: Stream, i: number): boolean {
  if (i < 2 || i + 1 >= s.words.length || !isDe(s.wordKeys[i - 1]!) || !['que', 'qu', 'avec'].includes(s.wordKeys[i + 1]!)) return false;
  for (let k = i - 2; k >= 0 && i - k <= 3 && s.sentence[k] === s.sentence[i]; k -= 1) if (['pas', 'jamais', 'aucunement', 'pu'].includes(s.wordKeys[k]!)) return true;
  return false;
}

/** What may open a yes-no question on a verdict before its copula: « ça », lead adverbs (« Sérieux, est-ce raciste… ? »). */
const ASK_LEAD = new Set(['ca', 'cela', 'serieux', 'serieusement', 'franchement', 'honnetement', 'sincerement', 'vraiment', 'bon', 'ben', 'mais', 'pis', 'et', 'question', 'juste']);
/** What may stand between the question's opener and the verdict (« est-ce que c'est vraiment raciste… »): the copula, its particle, a degree. */
const askGap = (w: string): boolean => VERDICT_GAP.has(w) || ACT_COPULA.has(w) || ['ce', 'que', 'qu', 'tu'].includes(w);
/** What answers the question yes in the next sentence (« … ? Oui. », « … ? Évidemment. »): then the verdict stands. */
/**
 * True when the verdict at k is asked as a yes-no question opening its sentence (« Est-ce raciste de dire que… ? »,
 * Québec « C'est-tu raciste de dire… ? »): asking whether saying it is racist says it, unless the next sentence
 * answers yes. « Vous trouvez pas que c'est raciste de dire… ? » (the reader's view asked) stays a denunciation.
 */
function verdictAsked(s: Stream, k: number): boolean {
  const sent = s.sentence[k];
  let asked = false;
  let j = k - 1;
  for (; j >= 0 && k - j <= 6 && s.sentence[j] === sent && askGap(s.wordKeys[j]!); j -= 1) {
    const w = s.wordKeys[j]!;
    const prev = j > 0 && s.sentence[j - 1] === sent ? s.wordKeys[j - 1]! : '';
    // « Ça serait-tu raciste de dire… ? »: the Québec particle after a conditional copula asks too.
    asked ||= (w === 'ce' || w === 'tu') && (prev === 'est' || prev === 'cest' || (w === 'tu' && (prev === 'serait' || prev === 'sera')));
  }
  // A subject « ça » and lead adverbs before the asking (« Sérieux, est-ce que c'est raciste… ? ») leave it a question.
  while (j >= 0 && k - j <= 9 && s.sentence[j] === sent && ASK_LEAD.has(s.wordKeys[j]!)) j -= 1;
  if (!asked || !(j < 0 || s.sentence[j] !== sent || s.brk[j + 1] !== 0)) return false;
  let next = k;
  while (next < s.words.length && s.sentence[next] === sent) next += 1;
  return !(next < s.words.length && ['oui', 'ouais'].includes(s.wordKeys[next]!));
}

/**
 * True when the claim at a is the clause of a saying under a blame asked (« est-ce que c'est méchant de dire que… ? »):
 * the question asks about the blame, so the claim is the speaker's, not a question. Looks 4 words back.
 */
export function underBlameAsked(s: Stream, a: number): boolean {
  const sent = s.sentence[a];
  const at = (k: number): string => (k >= 0 && s.sentence[k] === sent ? s.wordKeys[k]! : '');
  if (!CLAUSE_OPENERS.has(at(a - 1)) || !fills(SPEECH_OR_BELIEF, s.words[a - 2]) || !DEED_OPENERS.has(at(a - 3)) || at(a - 3) === 'pour') return false;
  const k = a - 4;
  return k >= 0 && s.sentence[k] === sent && (fills(DENOUNCE, s.words[k]) || fills(BLAME_ASKED, s.words[k])) && verdictAsked(s, k);
}
const SPEECH_OR_BELIEF = wordSet(['~dire', '~penser', '~croire', '~trouver', '~ecrire', '~affirmer', '~constater', '~remarquer'], false);

/**
 * True when the saying verb at a follows the speaker's right or ability to say it, claimed or asked
 * (« j'ai le droit de penser que… », « on a-tu encore le droit de dire que… ? », « on peut plus dire que… »):
 * the words are the speaker's. Not denied (« on a pas le droit de dire que… » rebukes).
 */
function rightToSay(s: Stream, a: number): boolean {
  const sent = s.sentence[a];
  let right = false;
  let subject = false;
  for (let j = a - 1; j >= 0 && a - j <= 7 && s.sentence[j] === sent; j -= 1) {
    const w = s.wordKeys[j]!;
    // Between the speaker and the verb: the words of « pourquoi on a plus le droit de », the particle « -tu », « ai », « bien ».
    if (!SILENCED.has(w) && !['tu', 't', 'ai', 'bien', 'quand', 'meme', 'ne', 'n', 'juste', 'vraiment', 'simplement'].includes(w)) break;
    right ||= w === 'droit' || w === 'peut' || w === 'peux' || w === 'pouvons';
    subject ||= w === 'on' || w === 'nous' || FIRST_PERSON.has(w);
  }
  // A denial (« pas », « jamais ») is no gap word: the walk stops before the speaker.
  return right && subject;
}

function isNegatedAt(s: Stream, i: number): boolean {
  // « je suis pas raciste », « ce n'est pas du racisme » do not denounce.
  for (let k = Math.max(0, i - 3); k < i; k += 1) if (s.sentence[k] === s.sentence[i] && NEGATORS.has(s.wordKeys[k]!)) return true;
  return false;
}

/** What makes a saying the speaker's call (« il est temps de dire… », « le courage de dire… », « osons dire… »). */
const TIME_TO_SAY = new Set(['temps', 'moment', 'heure', 'courage', 'urgent', 'important', 'necessaire', 'essentiel']);
const DARE_TO_SAY = new Set(['osons', 'ose', 'osez', 'disons']);
/** The saying verb itself in the speaker's « we » (« osons dire… », « disons-le »); not « il ose dire ». */
const WE_SAY = new Set(['osons', 'disons']);

const STOLEN = new Set(['vole', 'volee', 'voles', 'volees']);
const HAD = new Set(['a', 'aura', 'aurait', 'ont', 'auront', 'auraient', 'avait', 'avaient', 'as', 'auras', 'aurais']);
/** « (il) l'a / l'aura pas volé » at the negator k: he deserved it, said with nothing stolen after it. */
function deservedIt(s: Stream, k: number): boolean {
  const n = s.words.length;
  if (k < 2 || k + 1 >= n || !STOLEN.has(s.wordKeys[k + 1]!) || !HAD.has(s.wordKeys[k - 1]!) || s.wordKeys[k - 2]! !== 'l') return false;
  return k + 2 >= n || s.sentence[k + 2] !== s.sentence[k] || s.brk[k + 2] !== 0;
}

/** A denial right after the verb at a, or after one adverb that insists on it (« je pense pas », « je crois vraiment pas »). */
function deniedAfter(s: Stream, a: number): boolean {
  const n = s.words.length;
  const k = a + 1 < n && INSISTING_WORDS.has(s.wordKeys[a + 1]!) ? a + 2 : a + 1;
  return k < n && NEGATORS.has(s.wordKeys[k]!);
}

export function scopeOf(s: Stream): Scope {
  const n = s.words.length;
  const sentences = n === 0 ? 0 : (s.sentence[n - 1] ?? 0) + 1;
  const denouncing = new Uint8Array(sentences + 1);
  const judging = new Uint8Array(sentences + 1);
  for (let i = 0; i < n; i += 1) {
    if (!denounces(s, i)) continue;
    denouncing[s.sentence[i] ?? 0] = 1;
    if (isVerdict(s, i)) judging[s.sentence[i] ?? 0] = 1;
  }
  const judged = new Uint8Array(sentences);
  for (let k = 0; k < sentences; k += 1) judged[k] = judging[k] || judging[k + 1] ? 1 : 0;
  // A sentence is denounced by its own words or the next sentence's (« … des parasites? C'est faux. »).
  const denounced = new Uint8Array(sentences);
  for (let k = 0; k < sentences; k += 1) denounced[k] = denouncing[k] || denouncing[k + 1] ? 1 : 0;
  const lastSay = new Int32Array(n).fill(-1);
  const frames = findAllIn(s, SAY);
  let f = 0;
  let last = -1;
  for (let i = 0; i < n; i += 1) {
    while (f < frames.length && (frames[f]?.[1] ?? 0) <= i) {
      const [a] = frames[f]!;
      // « je pense que… » is the speaker's own view, « je ne dis pas que… » is not.
      // « j'ai toujours pensé que… »: an auxiliary or an adverb may stand between the speaker and the verb.
      let b = a - 1;
      while (b > 0 && a - b < 6 && OWN_BETWEEN.has(s.wordKeys[b]!)) b -= 1;
      const prev = b >= 0 ? s.wordKeys[b]! : '';
      const justBefore = a > 0 ? s.wordKeys[a - 1]! : '';
      // « on peut dire que… », « faut dire que… », « j'ose dire que… »: the speaker vouching for it.
      const before = a > 1 ? s.wordKeys[a - 2]! : '';
      const vouched = MODAL_OWN.has(justBefore) && (before === 'on' || FIRST_PERSON.has(before) || justBefore === 'faut');
      // « il est temps de dire que… », « c'est le moment de dire que… », « osons dire que… »: the speaker calls for saying it.
      const called = ((justBefore === 'de' || justBefore === 'd') && TIME_TO_SAY.has(before)) || DARE_TO_SAY.has(justBefore) || WE_SAY.has(s.wordKeys[a]!);
      // « je vais leur dire que… », « j'vais dire à mes chums de… »: the speaker, a few words before, says it.
      const window = [a - 1, a - 2, a - 3].filter((k) => k >= 0 && s.sentence[k] === s.sentence[a]);
      const speaker =
        window.some((k) => FIRST_PERSON.has(s.wordKeys[k]!)) &&
        !window.some((k) => NEGATORS.has(s.wordKeys[k]!) || SAYERS.has(s.wordKeys[k]!) || fills(MATRIX, s.words[k]));
      // « on s'entend que… » is agreement asked for, not hearsay; « j'entends que… » is what the speaker hears from others.
      const agreed = (prev === 's' || prev === 'se') && s.wordKeys[a]!.startsWith('entend');
      const heard = !agreed && s.wordKeys[a]!.startsWith('entend');
      // « Suis-je le seul à penser que… ? », « Qui d'autre pense que… ? », « Vous croyez pas que… ? »: agreement asked for the speaker's view.
      // « Ce n'est pas de la haine de dire que… »: a verdict denied, then the saying, is the speaker's own.
      const deniedVerdict = (justBefore === 'de' || justBefore === 'd') && a >= 2 && fills(DENOUNCE, s.words[a - 2]) && isNegatedAt(s, a - 2) && statedDenial(s, a - 2);
      // « Est-ce raciste de dire que… ? », « On a-tu encore le droit de dire que… ? »: the saying asked about is the speaker's.
      // Asked, a milder blame does the same (« C'est-tu méchant de penser que… ? », « est-ce mal de dire que… ? »).
      const askedVerdict = (justBefore === 'de' || justBefore === 'd') && a >= 2 && (fills(DENOUNCE, s.words[a - 2]) || fills(BLAME_ASKED, s.words[a - 2])) && verdictAsked(s, a - 2);
      const own =
        agreed ||
        deniedVerdict ||
        askedVerdict ||
        rightToSay(s, a) ||
        asksAgreement(s, a) ||
        (!heard && (FIRST_PERSON.has(prev) || vouched || called || speaker) && !deniedAfter(s, a)) ||
        EVIDENTIAL.has(s.wordKeys[a]!);
      // The speaker taking the floor again (« on m'accuse de… parce que je dis que… ») ends someone else's words.
      last = own ? -1 : a;
      f += 1;
    }
    // « … pour dire qu'il est spontané, mais ça se voit que… »: a contrast ends the reported words.
    if (last >= 0 && i > last && CONTRAST.has(s.wordKeys[i]!)) last = -1;
    lastSay[i] = last >= 0 && s.sentence[last] === s.sentence[i] ? last : -1;
  }
  const spoken = spokenOf(s, judged);
  attributed(s, spoken);
  deniedInference(s, spoken);
  return { denounced, judged, lastSay, spoken };
}

/**
 * A call to say asked in the negative, the verb inverted (« N'est-il pas temps de dire que… ? », « N'est-ce pas le
 * moment de dire que… ? »): a question that asserts, so the words are the speaker's. « Ce n'est pas le moment de
 * dire que… », not inverted, stays a rebuke.
 */
function askedToSay(s: Stream, i: number): boolean {
  if (i < 2 || !isDe(s.wordKeys[i - 1]!) || !TIME_TO_SAY.has(s.wordKeys[i - 2]!)) return false;
  for (let k = i - 3; k >= 1 && i - k <= 6 && s.sentence[k] === s.sentence[i]; k -= 1) {
    if (s.wordKeys[k - 1]! === 'est' && ['il', 'ce'].includes(s.wordKeys[k]!) && s.brk[k] === 0) return true;
  }
  return false;
}

/** The reader as a subject (never « toi »), here for the reader's belief asked in the negative, without « ne » (« tu trouves pas
 * que… ? », « vous croyez pas que… ? »), and for the reader's belief that attributes an opinion (attributed(), below). */
const READER_SUBJECT = new Set(['tu', 't', 'vous']);
/**
 * True when the belief verb at a asks the reader to agree with the speaker: « le seul à penser que »,
 * « qui d'autre pense que », « tu penses pas que » (a question, not « vous ne croyez pas que », which tells).
 */
function asksAgreement(s: Stream, a: number): boolean {
  const sent = s.sentence[a];
  const w = (k: number): string => (k >= 0 && s.sentence[k] === sent ? s.wordKeys[k]! : '');
  if (['seul', 'seule'].includes(w(a - 2)) || ['seul', 'seule'].includes(w(a - 3)) || whySilenced(s, a)) return true;
  if (w(a - 1) === 'autre' && w(a - 3) === 'qui') return true;
  return READER_SUBJECT.has(w(a - 1)) && w(a - 2) !== 'ne' && w(a - 2) !== 'n' && ['pas', 'jamais'].includes(w(a + 1));
}

/** Whose opinion it is: the reader's or someone else's (« pour vous », « selon toi », « d'après eux »). */
const YOURS = new Set(['vous', 'toi', 'lui', 'eux', 'elle', 'elles']);
const THEIR_EYES = new Set(['vos', 'tes', 'ses', 'leurs']);
const READER_THINKS = new Set(['penses', 'pensez', 'crois', 'croyez', 'trouves', 'trouvez', 'dis', 'dites', 'affirmes', 'affirmez', 'pretends', 'pretendez', 'sembles', 'semblez']);
/** True when word i attributes the sentence's opinion to someone other than the speaker. */
function attributes(s: Stream, i: number): boolean {
  const w = s.wordKeys[i]!;
  const next = i + 1 < s.words.length && s.sentence[i + 1] === s.sentence[i] ? s.wordKeys[i + 1]! : '';
  // « à vos yeux », « à tes yeux ».
  if (w === 'yeux') return i > 0 && THEIR_EYES.has(s.wordKeys[i - 1]!);
  // « vous pensez (peut-être) que… », « tu trouves que… », « tu dis que… ».
  if (READER_SUBJECT.has(w)) return READER_THINKS.has(next);
  if (!YOURS.has(next)) return false;
  if (w === 'selon' || (w === 'apres' && i > 0 && s.wordKeys[i - 1]! === 'd')) return true;
  // « pour vous » gives the opinion only opening its clause (« Pour toi, les … ») or right before the
  // « mais » that answers it (« … ne valent rien pour vous, mais… »), not as a benefit (« une chance pour vous »).
  const after = i + 2 < s.words.length && s.sentence[i + 2] === s.sentence[i] ? s.wordKeys[i + 2]! : '';
  return w === 'pour' && (opensClause(s, i) || after === 'mais') && !purpose(s, i + 2);
}
const INFINITIVE = /(?:er|ir|re)$/;
const PURPOSE_CLITICS = new Set(['le', 'la', 'les', 'l', 'en', 'y']);
/** « pour vous faire comprendre », « pour vous les montrer »: a purpose, not whose opinion (a comma after the pronoun settles it). */
function purpose(s: Stream, k: number): boolean {
  if (k >= s.words.length || s.brk[k] !== 0) return false;
  const w = s.wordKeys[k]!;
  return INFINITIVE.test(w) || (PURPOSE_CLITICS.has(w) && k + 1 < s.words.length && INFINITIVE.test(s.wordKeys[k + 1]!));
}
/** Words after which an attribution still opens its clause (« si pour vous… », « peut-être que pour toi… »). */
const CLAUSE_LEAD = new Set(['si', 's', 'que', 'qu', 'et', 'mais', 'etre']);
const opensClause = (s: Stream, i: number): boolean => i === 0 || s.brk[i] !== 0 || CLAUSE_LEAD.has(s.wordKeys[i - 1]!);

/**
 * An opinion given to the reader and answered (« Les … ne valent peut-être rien pour vous, mais votre
 * opinion ne compte pas »): everything before the « mais » is the reader's, said to be rejected.
 * One pass; each word filled at most once.
 */
/** How far, in words, the « que » of the conclusion may stand after « parce que ». */
const INFERENCE_REACH = 12;
/**
 * « (C'est) pas parce qu'on est sur l'aide sociale qu'on est paresseux », « ce n'est pas parce que les … sont X qu'ils sont
 * des … »: the speaker denies the inference, the conclusion is a prejudice quoted to be refuted, someone else's words (1).
 * Not when the conclusion holds a negation of its own (« c'est pas parce qu'ils sont X que je les aime pas »: the speaker's
 * dislike, given another cause). The conclusion ends at its clause. Bounded: a window after each « pas parce ».
 */
function deniedInference(s: Stream, spoken: Uint8Array): void {
  const n = s.words.length;
  for (let i = 0; i + 2 < n; i += 1) {
    if (s.wordKeys[i] !== 'pas' || s.wordKeys[i + 1] !== 'parce' || (s.wordKeys[i + 2] !== 'que' && s.wordKeys[i + 2] !== 'qu')) continue;
    let q = i + 4;
    while (q < n && q - i <= INFERENCE_REACH && s.sentence[q] === s.sentence[i] && s.wordKeys[q] !== 'que' && s.wordKeys[q] !== 'qu') q += 1;
    if (q >= n || q - i > INFERENCE_REACH || s.sentence[q] !== s.sentence[i]) continue;
    let end = q + 1;
    let negated = false;
    for (; end < n && s.sentence[end] === s.sentence[i] && s.brk[end] === 0; end += 1) if (NEGATORS.has(s.wordKeys[end]!)) negated = true;
    if (!negated) for (let k = i + 1; k < end; k += 1) spoken[k] ||= 1;
    i = end - 1;
  }
}

function attributed(s: Stream, spoken: Uint8Array): void {
  let sentence = -1;
  let start = 0;
  let marker = -1;
  let opening = false;
  let filled = 0;
  for (let i = 0; i <= s.words.length; i += 1) {
    if (i === s.words.length || s.sentence[i] !== sentence) {
      // « Pour vous, les … sont… », « Si selon toi les … »: an attribution opening its clause gives the rest of the sentence to the reader.
      if (marker >= 0 && opening) for (let k = Math.max(marker, filled); k < i; k += 1) spoken[k] ||= 1;
      if (i === s.words.length) break;
      sentence = s.sentence[i]!;
      start = i;
      marker = -1;
    }
    if (marker < 0 && attributes(s, i)) {
      marker = i;
      const w = s.wordKeys[i]!;
      opening = !READER_SUBJECT.has(w) && opensClause(s, w === 'yeux' || w === 'apres' ? i - 2 : i);
    }
    if (marker >= 0 && s.wordKeys[i]! === 'mais') {
      for (let k = Math.max(start, filled); k < i; k += 1) spoken[k] ||= 1;
      filled = i;
      marker = -1;
    }
  }
}

/** Nouns of hatred or contempt, and the determiners that give them to someone else or to no one. */
const FEELING = wordSet(['+haine', '+mepris', '+degout', '+aversion', '+hostilite', '+rancoeur', '+animosite', '+dedain', '+repulsion', '+menace', '+appel'], false);
/** People described by a relative clause (« ceux qui… », « les gens qui… »). */
const SOMEONE = new Set(['ceux', 'celles', 'celui', 'celle', 'gens', 'personnes', 'monde', 'individus', 'quiconque', 'trolls', 'internautes']);
const OTHERS_DETERMINERS = new Set(['les', 'des', 'ces', 'la', 'le', 'l', 'ta', 'ton', 'tes', 'votre', 'vos', 'sa', 'son', 'ses', 'leur', 'leurs', 'cette', 'cet', 'ce', 'une', 'un', 'de', 'd', 'du']);

/** Nouns of words said or written (« ce genre de commentaire », « ta publication », « ces blagues »). */
export const UTTERANCE = wordSet([
  '+commentaire', 'propos', '+message', '+publication', '+post', '+blague', '+farce', '+joke', '+niaiserie', '+remarque', '+insulte', '+tweet', '+texte',
  '+discours', '+video', '+phrase', '+commentaires', '+affaire', '+histoire', '+menace', '+attaque', '+injure', '+cochonnerie', '+connerie', '+mot', '+reflexion',
  '+caricature', '+dessin', '+image', '+article', '+affiche', '+slogan', '+pancarte', '+courriel', '+lettre',
], false);
/** Verbs of saying whose subject is not the speaker (« ce que tu dis sur les… », « ce qu'il a écrit contre les… »). */
const SAID = new Set(['dis', 'dit', 'dites', 'disent', 'ecrit', 'ecris', 'ecrivez', 'ecrivent', 'publie', 'publies', 'raconte', 'racontes', 'racontez', 'pense', 'penses', 'pensez', 'sors', 'sort', 'sortez', 'sorti']);
/** What makes a group the topic of words (« sur », « contre », « envers », « à propos de », « au sujet de »). */
const ABOUT = new Set(['sur', 'contre', 'envers', 'concernant', 'visant']);
const OWN_WORDS = new Set(['mon', 'ma', 'mes', 'notre', 'nos']);
/** Words that end a noun phrase looking back for its « sur / contre » (a verb, a conjunction, a relative). */
const ARTICLE = new Set(['les', 'des', 'ces', 'la', 'le', 'l', 'un', 'une', 'nos', 'vos', 'leurs']);
const TOPIC_STOP = new Set(['que', 'qu', 'qui', 'est', 'sont', 'a', 'ont', 'et', 'ou', 'mais', 'dit', 'disent', 'c', 'ce', 'ca']);

/**
 * True when the group at a is only the topic of words someone said (« ce genre de commentaire sur les …
 * me lève le cœur », « ce que t'as écrit sur les …, c'est écœurant »): what follows judges the words.
 */
function topicOfWords(s: Stream, a: number): boolean {
  const sent = s.sentence[a];
  const w = (k: number): string => (k >= 0 && s.sentence[k] === sent ? s.wordKeys[k]! : '');
  let p = a - 1;
  // « sur les musulmanes voilées »: the statement may start inside the group's name.
  if (ARTICLE.has(w(a - 2)) && ABOUT.has(w(a - 3)) && !TOPIC_STOP.has(w(a - 1))) p = a - 3;
  if (w(p) === 'de' || w(p) === 'd') p -= 1;
  if (!ABOUT.has(w(p)) && !((w(p) === 'propos' && w(p - 1) === 'a') || (w(p) === 'sujet' && w(p - 1) === 'au'))) return false;
  for (let k = p - 1; k >= 0 && p - k <= 5 && s.sentence[k] === sent; k -= 1) {
    // « mes commentaires sur les… sont vrais »: the speaker's own words are said, not judged.
    if (fills(UTTERANCE, s.words[k])) return !OWN_WORDS.has(w(k - 1)) && !OWN_WORDS.has(w(k - 2));
    // « ce que tu dis sur les… », not the speaker's own words (« ce que je dis sur les… »).
    if (SAID.has(w(k))) return !FIRST_PERSON.has(w(k - 1)) && !FIRST_PERSON.has(w(k - 2));
  }
  return false;
}

/** Pronouns that take up what was just said (« …, ça me fait mal au cœur », « …, c'est criminel »). */
const RESUMING = new Set(['ca', 'c', 'cela', 'ce', 'cest']);
/**
 * True when the word at a is a pronoun opening a clause right after someone else's words that hold
 * hate (`said`: words of a finding): it takes up those words (« Quand je lis que les … devraient se
 * taire, ça me fait mal au cœur »), not a group in them. Neutral words reported (« il dit que les …
 * arrivent, ça pue ») leave the pronoun to the group.
 */
export function resumesHate(s: Stream, sc: Scope, a: number, said: Uint8Array): boolean {
  const reported = (k: number): boolean => (sc.spoken[k] ?? 0) > 0 || (sc.lastSay[k] ?? -1) >= 0;
  // A sentence adverb opening the verdict is stepped over (« … des parasites? Franchement c'est dégueulasse… »).
  const p = a > 1 && LEAD_ADVERBS.has(s.wordKeys[a - 1]!) && s.clause[a - 2] !== s.clause[a - 1] ? a - 2 : a - 1;
  if (a === 0 || !RESUMING.has(s.wordKeys[a]!) || (p === a - 1 && s.clause[p] === s.clause[a]) || !reported(p)) return false;
  let hate = false;
  for (let k = p; k >= 0 && a - k <= WINDOW && reported(k) && !hate; k -= 1) hate = said[k] === 1;
  if (!hate) return false;
  if (s.sentence[p] === s.sentence[a]) return true;
  // The next sentence (« Tu as dit que… . C'est monstrueux. »): a verdict, not a class (« C'est des … » takes up the group);
  // « de » before an infinitive names the act judged (« C'est dégueulasse de parler de même »).
  for (let k = a + 1; k < s.words.length && k - a <= 3 && s.sentence[k] === s.sentence[a]; k += 1) {
    const w = s.wordKeys[k]!;
    if (NAMING_ARTICLES.has(w) && !(/^de?$/.test(w) && /(?:er|ir|re)$/.test(s.wordKeys[k + 1] ?? s.wordKeys[k]!))) return false;
  }
  return true;
}
const NAMING_ARTICLES = new Set(['des', 'un', 'une', 'les', 'de', 'du', 'la', 'le', 'tous', 'toutes']);

/** True when the words reported inside [a, b) open with a completive « que » (« entendre que les … »), not « croire ce que dit un … ». */
function reportsClause(s: Stream, sc: Scope, a: number, b: number): boolean {
  let k = a;
  while (k < b && (sc.spoken[k] ?? 0) === 0) k += 1;
  for (let j = k; j < b; j += 1) {
    const w = s.wordKeys[j]!;
    // Not « ce que dit un … », nor « ne pensent qu'à … » (a restriction: a preposition follows, no clause).
    if ((w === 'que' || w === 'qu') && j > 0) return !['ce', 'c'].includes(s.wordKeys[j - 1]!) && !(j + 1 < b && AFTER_RESTRICTING_QUE.has(s.wordKeys[j + 1]!));
  }
  return false;
}
/** What follows a restricting « que » and never a completive one: a preposition (« ne pensent qu'à l'argent »). */
const AFTER_RESTRICTING_QUE = new Set(['a', 'au', 'aux', 'de', 'du', 'pour', 'par', 'en', 'dans', 'sur', 'avec']);

/** « ils ne croient pas que je vais… »: someone else's disbelief in the speaker's own deed, which the speaker asserts. */
function ownDeedDisbelieved(s: Stream, i: number): boolean {
  if (!fills(BELIEF, s.words[i]) || !deniedFrame(s, i)) return false;
  for (let k = i + 1; k + 1 < s.words.length && k - i <= 3 && s.sentence[k] === s.sentence[i]; k += 1) {
    if (CLAUSE_OPENERS.has(s.wordKeys[k]!)) return ['je', 'j'].includes(s.wordKeys[k + 1]!) && !FIRST_PERSON.has(s.wordKeys[Math.max(0, i - 2)]!) && !FIRST_PERSON.has(s.wordKeys[Math.max(0, i - 1)]!);
  }
  return false;
}

/** « ce n'est pas du racisme », « c'est pas de la haine »: a verdict denied as a statement (not « tu trouves pas ça raciste… ? »). */
function statedDenial(s: Stream, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5 && s.sentence[k] === s.sentence[i]; k -= 1) if (['est', 'cest'].includes(s.wordKeys[k]!)) return true;
  return false;
}

/** Words that endorse what was just reported (« il avait raison », « c'est vrai », « c'est la vérité »). */
const ENDORSE = new Set(['raison', 'vrai', 'verite', 'exact', 'exacte', 'exactement']);
const ENDORSE_BEFORE = new Set(['est', 'c', 'cest', 'etait', 'avait', 'avaient', 'a', 'ont', 'as', 'avez', 'la', 'bien', 'tout', 'totalement', 'parfaitement', 'entierement']);
/** True when an endorsement, not negated nor asked (« est-ce vrai ? »), follows b in its sentence or the next within a few words. */
function endorsed(s: Stream, b: number): boolean {
  const sent = s.sentence[b - 1]!;
  for (let k = b; k < s.words.length && k - b <= 10 && s.sentence[k]! <= sent + 1; k += 1) {
    if (!ENDORSE.has(s.wordKeys[k]!) || k === 0) continue;
    const before = s.wordKeys[k - 1]!;
    // In a clause of its own (« …, et c'est vrai »), not inside the words (« il dit qu'il est vrai que… »).
    if (before === 'ce' || !ENDORSE_BEFORE.has(before) || isNegatedAt(s, k) || s.clause[k] === s.clause[b - 1]) continue;
    // « c'est exactement le genre de commentaire qui… »: « exactement » before a noun phrase qualifies it, it endorses nothing.
    if (k + 1 < s.words.length && s.sentence[k + 1] === s.sentence[k] && s.brk[k + 1] === 0 && ARTICLES.has(s.wordKeys[k + 1]!)) continue;
    return true;
  }
  return false;
}

/**
 * True when the saying at f is vouched for just before it: being wrong, lying or exaggerating denied (« je pense pas me
 * tromper en disant que… », « sans mentir, … », « ce n'est pas pour rien qu'on dit que… »); « il se trompe en disant que… » stays reported.
 */
const WRONG = wordSet(['~tromper', '~mentir', 'mens', 'ment', '~exagerer', 'rien'], false);
function vouched(s: Stream, f: number): boolean {
  for (let k = f - 1; k > 1 && f - k <= 6 && s.sentence[k] === s.sentence[f] && !CONTRAST.has(s.wordKeys[k]!); k -= 1) {
    // The denial on the verb itself: « (ne) mens pas », « pas me tromper », « sans mentir », « pas pour rien ».
    if (fills(WRONG, s.words[k]) && [k - 2, k - 1, k + 1].some((j) => NEGATORS.has(s.wordKeys[j]!) || s.wordKeys[j]! === 'sans')) return true;
  }
  return false;
}

/** True when the reporting verb at f is negated (« ne croient pas que », « personne ne dit que »). */
function deniedFrame(s: Stream, f: number): boolean {
  for (let k = Math.max(0, f - 2); k <= f + 1 && k < s.words.length; k += 1) if (s.sentence[k] === s.sentence[f] && NEGATORS.has(s.wordKeys[k]!)) return true;
  return false;
}

/** True when the statement in words [a, b) is reported, quoted or denounced rather than said. */
export function isReported(s: Stream, sc: Scope, a: number, b: number, denounceInside = false): boolean {
  if (s.quoted[a] === 1) return true;
  // « J'en ai assez d'entendre que les … »: a statement that ends inside someone else's words is about those words.
  if (b - 1 > a && (sc.spoken[a] ?? 0) === 0 && (sc.spoken[b - 1] ?? 0) > 0 && s.sentence[a] === s.sentence[b - 1] && reportsClause(s, sc, a, b)) return true;
  // « votre haine des… », « la haine envers les… est un fléau »: someone else's feeling, or the topic, not the speaker's.
  if (a > 0 && s.sentence[a - 1] === s.sentence[a] && fills(FEELING, s.words[a]) && OTHERS_DETERMINERS.has(s.wordKeys[a - 1]!)) return true;
  // « ceux qui veulent exterminer les… », « les gens qui souhaitent… »: a relative clause describing someone, not the speaker's call.
  if (a > 0 && s.sentence[a - 1] === s.sentence[a] && s.wordKeys[a]! === 'qui' && SOMEONE.has(s.wordKeys[a - 1]!)) return true;
  // « … ne croient pas que je vais tous les… »: the speaker's own deed that others fail to believe is still asserted;
  // not when the frame is itself the denial (« c'est pas vrai que je déteste les… »: the speaker denies it).
  // « … disait que les … étaient des …, et il avait raison »: words reported, then endorsed, are the speaker's.
  const say = sc.lastSay[a] ?? -1;
  const disbelieved = say >= 0 && FIRST_PERSON.has(s.wordKeys[a]!) && deniedFrame(s, say) && !NEGATORS.has(s.wordKeys[say]!);
  if (say >= 0 && a - say <= WINDOW && !disbelieved && !endorsed(s, b) && !vouched(s, say)) return true;
  // (Not for a slur: the speaker who writes « un commentaire sur les [slur] » still uses the word.)
  if (!denounceInside && topicOfWords(s, a)) return true;
  if (sc.denounced[s.sentence[a] ?? 0] !== 1) return false;
  if (denounceInside) return sc.judged[s.sentence[a] ?? 0] === 1;
  // The denouncing word must stand outside the statement itself.
  const sent = s.sentence[a];
  for (let k = Math.max(0, a - WINDOW); k < Math.min(s.words.length, b + WINDOW); k += 1) {
    if (k >= a && k < b) continue;
    // « … sont violents et haineux »: an attribute joined to the statement is more of it, not a verdict on it.
    if (k === b + 1 && s.sentence[b] === s.sentence[a] && COORDINATION.has(s.wordKeys[b]!)) continue;
    // « … sont des criminels odieux »: an adjective right after the predicate qualifies it, it is no verdict.
    if (k === b && s.brk[k] === 0 && s.sentence[k] === s.sentence[a]) continue;
    if ((s.sentence[k] === sent || s.sentence[k] === (sent ?? 0) + 1) && denounces(s, k)) return true;
  }
  return false;
}

/**
 * True when words [a, b) hold a negation outside the given entry ranges (which may carry their own:
 * « je peux pas les sentir »), or a « pas » follows the verb at `verbEnd`. « ne … que » and
 * « rien que » restrict, they do not negate (« ils ne sont que des parasites »).
 */
/** Forms of « être » and « faire » between « jamais / plus » and a restricting « que » (« n'ont jamais été que »). */
const RESTRICT_GAP = new Set(['ete', 'sont', 'est', 'etait', 'etaient', 'seront', 'sera', 'seraient', 'serait', 'etes', 'es', 'font', 'fait', 'faisaient', 'feront']);
/** True when « jamais / plus » at k is followed, over at most one form of « être / faire », by « que » in its sentence. */
function restricts(s: Stream, k: number): boolean {
  for (let j = k + 1; j < s.words.length && j - k <= 2 && s.sentence[j] === s.sentence[k]; j += 1) {
    const w = s.wordKeys[j]!;
    if (w === 'que' || w === 'qu') return true;
    if (!RESTRICT_GAP.has(w)) return false;
  }
  return false;
}

/**
 * Verbs of stopping, holding back or failing whose negation asserts what follows « de / à »
 * (« ils n'arrêtent pas d'être… », « ne cessent de… », « n'hésitent jamais à… », « ne manquent pas de… »).
 */
const KEEP_ON = wordSet(['~arreter', '~cesser', '~hesiter', '~manquer', '~lasser', '~priver', '~gener', '~empecher', '~retenir'], false);
const KEEP_ON_AFTER = new Set(['de', 'd', 'a', 'pour']);
const RESTRICTING = new Set(['juste', 'seulement', 'simplement', 'uniquement']);
/** True when the negator at k (or the « ne » before a verb of stopping at k) only says « keep on ». */
function keepsOn(s: Stream, k: number): boolean {
  const next = k + 1 < s.words.length && s.sentence[k + 1] === s.sentence[k] ? s.wordKeys[k + 1]! : '';
  if (!KEEP_ON_AFTER.has(next)) return false;
  // « ne cessent de… »: the verb itself before « de »; « n'arrêtent pas de… »: the verb before the negator.
  if (fills(KEEP_ON, s.words[k])) return true;
  return AFTER_NEGATORS.has(s.wordKeys[k]!) && k > 0 && s.sentence[k - 1] === s.sentence[k] && fills(KEEP_ON, s.words[k - 1]);
}

/** Words before « personne » that make it a noun (« une personne », « la personne », « en personne »), not « nobody ». */
const SOMEONE_BEFORE = new Set(['une', 'la', 'l', 'cette', 'chaque', 'toute', 'aucune', 'en', 'de', 'd', 'quelle', 'sa', 'ma', 'ta', 'votre', 'notre', 'leur', 'seule', 'meme', 'grande', 'bonne', 'vieille', 'jeune', 'autre', 'premiere', 'derniere', 'tierce', 'moindre']);
/** Degree words that, followed by « que », compare (« plus que », « autant que », « davantage que »). */
const DEGREE = new Set(['plus', 'autant', 'davantage', 'mieux', 'pire', 'pis']);
/** True when « rien / personne » at k is compared (« rien … plus que », « personne … autant que ») within its clause: it asserts. */
function comparedAfter(s: Stream, k: number): boolean {
  for (let j = k + 1; j + 1 < s.words.length && j - k <= 6 && s.clause[j] === s.clause[k]; j += 1) {
    if (!DEGREE.has(s.wordKeys[j]!)) continue;
    for (let q = j + 1; q < s.words.length && q - j <= 3 && s.sentence[q] === s.sentence[k]; q += 1) if (isQue(s.wordKeys[q]!)) return true;
  }
  return false;
}

/** True when word k lies in one of the ranges (a loop, not a closure per word: isNegated reads every word of every sentence some nets test). */
function within(ranges: ReadonlyArray<readonly [number, number]>, k: number): boolean {
  for (let r = 0; r < ranges.length; r += 1) if (k >= ranges[r]![0] && k < ranges[r]![1]) return true;
  return false;
}
const NO_RANGES: ReadonlyArray<readonly [number, number]> = [];

/** Verbs of proof: their clause, demanded of the reader, is what the speaker dares them to show. */
const PROVE = wordSet(['~prouver', '~demontrer', '~montrer'], false);
const TO_ME = new Set(['moi', 'me', 'm']);
/**
 * True when the clause at a (or just after) is demanded as proof from the reader: an imperative with « moi »
 * (« prouvez-moi que… », « montre-moi que… ») or « qu'on / que quelqu'un me prouve que… ». Looks 6 words back.
 */
function challenged(s: Stream, a: number): boolean {
  const sent = s.sentence[a];
  for (let j = Math.max(2, a - 6); j < s.words.length && j <= a + 6; j += 1) {
    if (s.sentence[j] !== sent) break;
    if (s.sentence[j - 2] !== sent || !CLAUSE_OPENERS.has(s.wordKeys[j]!)) continue;
    // « Prouvez-moi que vous êtes pas raciste »: a dare about the reader is no claim about a people.
    if (['vous', 'tu', 't', 'je', 'j'].includes(s.wordKeys[j + 1] ?? s.wordKeys[j]!)) return false;
    // « prouvez-moi que », « prouve moi que »; « qu'on / que quelqu'un me prouve que »; not « on m'a prouvé que » (a past proof reported).
    if (s.wordKeys[j - 1]! === 'moi') return fills(PROVE, s.words[j - 2]);
    if (!fills(PROVE, s.words[j - 1])) continue;
    return j >= 3 && s.sentence[j - 3] === sent && TO_ME.has(s.wordKeys[j - 2]!) && ['on', 'quelqu', 'quelquun', 'qqn', 'qui', 'un'].includes(s.wordKeys[j - 3]!);
  }
  return false;
}

export function isNegated(s: Stream, a: number, b: number, inside: ReadonlyArray<readonly [number, number]> = NO_RANGES, verbEnd = -1): boolean {
  // « Qu'on me prouve que les … sont pas… » asserts the claim; « prouvez-moi que les … sont des… » doubts it: a dare turns the polarity.
  const neg = deniedIn(s, a, b, inside, verbEnd);
  return challenged(s, a) ? !neg : neg;
}

function deniedIn(s: Stream, a: number, b: number, inside: ReadonlyArray<readonly [number, number]>, verbEnd: number): boolean {
  let neg = false;
  let ne = false;
  // « ne … rien », « ne … jamais » written inside an entry (« ne sont bons à rien »): its « ne » is the entry's.
  let insideNegator = false;
  // « Aucun musulman ne mérite… », « Personne ne devrait… »: the verb's own « ne » stands just before the entry.
  if (a > 0 && s.sentence[a - 1] === s.sentence[a] && (s.wordKeys[a - 1]! === 'ne' || s.wordKeys[a - 1]! === 'n')) ne = true;
  const g = groupsOf(s);
  for (let k = a; k < b; k += 1) {
    // « ceux qui parlent pas français »: a negation inside a people's name (groups.ts described) denies nothing said of them.
    const d = mentionAt(g, g.startingAt[k]);
    if (d) {
      k = d.b - 1;
      continue;
    }
    if (within(inside, k)) {
      if (AFTER_NEGATORS.has(s.wordKeys[k]!) || s.wordKeys[k]! === 'rien') insideNegator = true;
      continue;
    }
    const w = s.wordKeys[k]!;
    const next = k + 1 < s.words.length ? s.wordKeys[k + 1]! : '';
    if (w === 'ne' || w === 'n') ne = true;
    // « n'arrêtent pas d'être… », « ne cessent de… »: a negation that says « keep on » asserts.
    else if (ne && keepsOn(s, k)) ne = false;
    // « tout sauf stupides »: an exception that denies.
    else if (w === 'sauf' && k > a && s.wordKeys[k - 1]! === 'tout') neg = true;
    else if ((w === 'que' || w === 'qu') && ne) ne = false;
    // « ils ne sont juste bons à rien »: a « ne » with no second word of negation before « juste, seulement » restricts.
    else if (ne && RESTRICTING.has(w)) ne = false;
    else if (w === 'rien' && (next === 'que' || next === 'qu' || next === 'de')) continue;
    // « Rien me dégoûte plus qu'un … », « personne les hait autant que moi »: nothing more than, a superlative that asserts.
    else if ((w === 'rien' || w === 'personne') && comparedAfter(s, k)) continue;
    // « Personne ici déteste les … » (Québec, without « ne »): nobody, the subject, denies; « une personne » is someone.
    else if (w === 'personne' && !(k > 0 && s.sentence[k - 1] === s.sentence[k] && SOMEONE_BEFORE.has(s.wordKeys[k - 1]!))) neg = true;
    else if (w === 'personne' || w === 'non' || w === 'point') continue;
    // « n'ont jamais été que des… », « ne sont plus que des… »: the « que » to come restricts, it does not negate.
    else if (ne && (w === 'jamais' || w === 'plus') && restricts(s, k)) continue;
    // « sans jamais travailler », « sans rien faire »: the negation belongs to « sans », not to the clause.
    else if (k > a && s.wordKeys[k - 1]! === 'sans' && s.brk[k] === 0) continue;
    // « y l'aura pas volé »: deserved it, an idiom that asserts (not « il a pas volé d'argent »).
    else if (NEGATORS.has(w) && deservedIt(s, k)) continue;
    // « Ramadan ou pas, … »: either way, nothing denied.
    else if (w === 'pas' && k > 0 && s.wordKeys[k - 1]! === 'ou') continue;
    // « sur un trottoir pas déneigé », « au parc pas éclairé »: after a preposition's noun, « pas » denies the noun's qualifier,
    // not the clause (whose « pas » follows its verb).
    else if (w === 'pas' && k > 2 && !s.brk[k] && /^(?:(?:sur|dans|de|a) (?:l[ae]s?|une?|[mts][aeo]s?n?)|\S+ aux?) \S+ \S{4}/.test(`${s.wordKeys[k - 3]!} ${s.wordKeys[k - 2]!} ${s.wordKeys[k - 1]!} ${next}`)) continue;
    else if (NEGATORS.has(w)) neg = true;
    // « je vais plus les voir »: « plus » without « ne » before an object pronoun is « ne … plus ».
    else if (w === 'plus' && PLUS_BEFORE.has(next) && s.sentence[k + 1] === s.sentence[k] && !(k > 0 && QUANTITY_PLUS.has(s.wordKeys[k - 1]!))) neg = true;
  }
  if (ne && !insideNegator) neg = true;
  if (verbEnd >= 0) {
    for (let k = verbEnd; k < Math.min(s.words.length, verbEnd + 2); k += 1) {
      // « …, point. »: past a comma the word closes the sentence (« un point c'est tout »), it does not complete « ne ».
      if (s.sentence[k] !== s.sentence[verbEnd - 1] || s.brk[k] !== 0) break;
      // « le plus de … possible », « en plus »: a quantity or an addition, not « ne … plus ».
      if (AFTER_NEGATORS.has(s.wordKeys[k]!) && !comparativePlus(s, k, verbEnd) && s.wordKeys[k - 1]! !== 'sans') return true;
    }
  }
  return neg;
}
