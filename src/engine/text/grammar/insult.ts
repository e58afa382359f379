/**
 * Abuse of a person without a group frame (3.2): a word that insults only when someone is called
 * it (« cave », « épais », « innocent », « rat »), read in the frames that call someone something —
 * the copula said to the reader (« t'es donc ben épais », « vous êtes des moutons », « es-tu
 * cave? »), the third person with an article (« c'est un épais », « ce demeuré »), the vocative
 * (« voyons donc, mon innocent », « espèce de nouille ») — and dismissals of the reader (« on s'en
 * fout de ton avis », « mêle-toi de tes affaires »). The ordinary senses stay clean: « la cave de
 * l'hôtel de ville », « la glace est épaisse », « vous êtes innocent jusqu'à preuve du contraire »,
 * « les premiers colons », « un rat dans la ruelle ».
 *
 * Linear: each word is tried once as the insult, looking back over at most MAX_FILLERS words.
 */
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import {
  addressed, adjectival, afterNoun, articles, bodyAnimals, called, dismissals, nicknames, pitied, fillers, intensified, intensifiers, interjections, mouth, participles,
  secondCopula, secondSubject, shrugs, third, thirdCopula, thirdSubject,
} from './lexicon-insult.ts';
import { lacking } from './lexicon-predicates.ts';
import { DEGRADING, DEHUMANISING } from './predicate-sets.ts';
import { roles } from './lexicon-threat.ts';
import { compile, DETERMINER_WORDS, fills, findAllIn, isDe, keyOf, matchAt, wordSet } from './patterns.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import { CLAUSE, SENTENCE, type Stream } from './stream.ts';
import { kindOf } from '../vocabulary.ts';
import { properSense } from '../../lexicon/disrespect.ts';

const ADJECTIVAL = wordSet(adjectival);
const ADDRESSED = wordSet(addressed);
const PARTICIPLES = wordSet(participles);
const INTENSIFIED = wordSet(intensified);
const CALLED = wordSet(called);
const THIRD = wordSet(third);
// Not correction targets (core false): a misspelling is never read back as a label.
const NICKNAMES = wordSet(nicknames, false);
const PITIED = wordSet(pitied, false);
const BODY = wordSet(bodyAnimals, false);
/** Every word of the classes but the labels and animals: most words of a text are none, and are passed over with one lookup. */
const ANY = wordSet([...adjectival, ...addressed, ...intensified, ...called, ...third]);
/** « madame la gauchiste », « monsieur le facho »: a title before the article makes the label a name called. */
const TITLES = new Set(['madame', 'monsieur', 'mademoiselle', 'mme', 'mr', 'm']);
/** « gros » before an animal said of a person (« grosse vache ») and before a label (« gros lard »). */
const FAT = new Set(['gros', 'grosse', 'grosses']);
/** Heads of « X de … » that call names (« charlot de gauchiste »), besides the insult classes. */
const NAME_HEADS = new Set(['charlot', 'charlots', 'clown', 'clowns', 'espece', 'bande', 'gang', 'tas', 'ramassis']);
const FILLERS = new Set(fillers);
const ARTICLES = new Set(articles);
const INTENSIFIERS = new Set(intensifiers);
const SECOND_COPULA = new Set(secondCopula);
const SECOND_SUBJECT = new Set(secondSubject);
const THIRD_COPULA = new Set(thirdCopula);
const THIRD_SUBJECT = new Set(thirdSubject);
const INTERJECTIONS = new Set(interjections);
const AFTER_NOUN = new Set(afterNoun);
const DETERMINERS = new Set([...DETERMINER_WORDS, 'du', 'au', 'aux']);
/** What may follow a participle used as an insult (« t'es bouché ou quoi », « t'es demeuré toi »). */
const PARTICIPLE_AFTER = new Set(['ou', 'toi', 'vous', 'pis', 'comme', 'ben', 'mais']);
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces']);
const VOCATIVE = new Set(['mon', 'ma', 'mes', 'pauvre']);
const THE = new Set(['le', 'la', 'les', 'l']);
/** « Il faut » in its tenses: one must be so to do what follows. */
const MUST = new Set(['faut', 'faudrait', 'fallait', 'faudra']);
/** Adjectives and sacres that call someone a name without a determiner (« gros cave », « maudit menteur »). */
const NAMING = new Set(['gros', 'grosse', 'maudit', 'maudite', 'maudits', 'sale', 'sales', 'pauvre', 'pauvres', 'osti', 'ostie', 'esti', 'estie', 'sti', 'criss', 'crisse', 'tabarnak', 'calisse', 'calice', 'mosusse', 'mautadit', 'espece', 'bande', 'gang', 'tas']);
const PERSONS = new Set(['gens', 'personne', 'personnes', 'monde', 'individu', 'individus', 'type', 'types', 'gars', 'bonhomme', 'madame', 'monsieur']);
/** Where filth lives: a figure's complement that only makes it worse (« rat d'égout »). */
const FILTH = new Set(['egout', 'egouts', 'poubelle', 'poubelles', 'depotoir', 'dompe', 'ruelle', 'marde', 'merde']);
/** Names for people that also say a thing is a burden or worthless (« une plaie », « un boulet », « une épave », « un torchon »). */
const THING_FIGURES = new Set(['plaie', 'plaies', 'boulet', 'boulets', 'zero', 'zeros', 'nullite', 'nullites', 'epave', 'epaves', 'torchon', 'torchons', 'guenille', 'guenilles', 'loque', 'loques', 'dechet', 'dechets', 'tache', 'taches', 'cloche', 'cloches', 'patate', 'patates', 'legume', 'legumes', 'crotte', 'crottes', 'trainee', 'trainees', 'debris', 'potiche', 'potiches', 'meuble', 'meubles']);
/** Subjects that are someone: people in general, roles, family and neighbours. */
const SOMEONE = new Set([...PERSONS, ...roles, 'chum', 'blonde', 'femme', 'mari', 'frere', 'soeur', 'pere', 'mere', 'fils', 'fille', 'cousin', 'cousine', 'oncle', 'tante', 'beau-frere', 'belle-soeur', 'boss', 'collegue', 'coloc', 'employe', 'employee', 'candidat', 'candidate', 'gouvernement']);
/** Adjectives and sacres that make an animal or a thing a name for a person (« une vraie dinde », « un maudit rat »). */
/** Figures no one is by trade (a clown or a rat catcher may be): said of a person, they stay insults before « qui ». */
const NO_TRADE = new Set(['parasite', 'parasites', 'vermine', 'vermines', 'ordure', 'ordures', 'pourriture', 'pourritures', 'charogne', 'charognes', 'larve', 'larves', 'sangsue', 'sangsues']);
const METAPHOR = new Set(['vrai', 'vraie', 'vrais', 'vraies', 'maudit', 'maudite', 'maudits', 'sale', 'sales', 'osti', 'ostie', 'esti', 'estie', 'sti', 'criss', 'crisse', 'tabarnak', 'calisse', 'calice', 'mosusse', 'mautadit', 'fichu', 'foutu', 'veritable', 'espece']);
const DISMISSALS = compile([...dismissals, ...mouth]);
const ROLES = new Set(roles);
const ROLE_QUALIFIERS = new Set(['general', 'generale', 'municipal', 'municipale', 'municipaux', 'adjoint', 'adjointe', 'principal', 'principale', 'responsable', 'regional', 'regionale', 'elu', 'elue']);
/** A person (SOMEONE, singular or plural) as the subject of the copula at word j, said just before it or taken up by « c' », « il », « elle » after a comma. */
function someoneBefore(s: Stream, j: number): boolean {
  // (« ce conseiller-là »: the particle glued by a hyphen stands for nothing.)
  const person = (k: number): boolean => k >= 0 && s.sentence[k] === s.sentence[j] && (personAt(s, k) || (k > 0 && s.hyphen[k] === 1 && s.wordKeys[k] === 'la' && personAt(s, k - 1)));
  // « le directeur général est… », « la conseillère municipale est… »: the role and its qualifier.
  if (person(j - 1) || (j >= 2 && ROLE_QUALIFIERS.has(s.wordKeys[j - 1]!) && person(j - 2))) return true;
  // (« le maire c'est un mouton »: Québec French takes the subject up with « c' » without a comma.)
  return j >= 2 && THIRD_SUBJECT.has(s.wordKeys[j - 1]!) && (s.brk[j - 1]! > 0 || s.wordKeys[j - 1] === 'c') && person(j - 2);
}
/** Word k names a person (SOMEONE); a plural only for the roles (« les conseillers »): « ceux qui détestent les femmes sont des malades » names haters. */
function personAt(s: Stream, k: number): boolean {
  const w = s.wordKeys[k]!;
  return SOMEONE.has(w) || (w.endsWith('s') && ROLES.has(w.slice(0, -1)));
}
/** Subjects no figure insults (« mon chien est une vraie vache »). */
const PETS_AND_THINGS = new Set(['chien', 'chienne', 'chat', 'chatte', 'minou', 'pitou', 'cheval', 'jument', 'lapin', 'perroquet', 'char', 'auto', 'voiture', 'truck', 'camion', 'ordi', 'ordinateur', 'cellulaire', 'cell', 'frigo', 'laveuse', 'tondeuse', 'souffleuse']);
/** Third-person pronouns that stand for someone in the clause before a dislocated name (« il a menti, cette ordure »). */
const SOMEONE_PRONOUNS = new Set(['il', 'elle', 'lui', 'le', 'la', 'l', 'y']);
/** Figures taken up that way: no thing is called one in the singular (« attraper un parasite », « les ordures » are things). */
const DISLOCATED = new Set(['ordure', 'pourriture', 'charogne', 'vermine']);
/** « il faut », « il y a », « il s'agit »: an impersonal « il » stands for no one. */
const IMPERSONAL = new Set(['faut', 'fallait', 'faudra', 'faudrait', 'y', 's']);
const THERE_IS = new Set(['a', 'avait', 'aura', 'aurait']);
/** True when word k is the last of its sentence. */
const closesSentence = (s: Stream, k: number): boolean => k + 1 >= s.words.length || s.sentence[k + 1] !== s.sentence[k];
/** True when a pronoun for someone stands in the sentence before word j, at most eight words back. */
function someoneSaidBefore(s: Stream, j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 8 && s.sentence[k] === s.sentence[j]; k -= 1) {
    const w = s.wordKeys[k]!;
    // (« il y a », « y a »: there is, no one.)
    if (SOMEONE_PRONOUNS.has(w) && !(w === 'il' && IMPERSONAL.has(s.wordKeys[k + 1]!)) && !(w === 'y' && THERE_IS.has(s.wordKeys[k + 1]!))) return true;
  }
  return false;
}
const SHRUGS = compile(shrugs);
/** A people's name made a collective before « de » (« maudite race d'… », « mosusse de gang de… »). */
const COLLECTIVE = new Set(['race', 'races', 'gang', 'bande', 'peuple', 'tas', 'engeance', 'ramassis']);
/** Oaths not in the word lists (« baptême de… », « satanés… »). */
const OATHS = new Set(['bapteme', 'satane', 'satanes', 'damne', 'damnes']);
/** Oaths that are ordinary nouns after a determiner (« le calvaire des réfugiés », « le baptême de Juifs convertis »). */
const PROPER = new Set([...properSense, 'bapteme', 'bordel', 'enfer']);
const OF = new Set(['de', 'd']);
export const LACKING = compile(lacking);
/** Where a lack read at i ends; « savoir » only in « savoir-vivre ». */
function lackEnd(s: Stream, i: number): number {
  const e = matchAt(s, LACKING, i);
  return e > i && s.wordKeys[e - 1]! === 'savoir' ? ((s.wordKeys[e] ?? s.wordKeys[0]!) === 'vivre' && s.brk[e] === 0 ? e + 1 : -1) : e;
}
/** Where the name in apposition to a people ends (« les Arabes, ces porcs », « les femmes, ces maudites vipères »), or -1. */
function appositionEnd(s: Stream, k: number): number {
  if (!DEMONSTRATIVES.has(s.wordKeys[k] ?? s.wordKeys[0]!)) return -1;
  let i = k + 1;
  while (i - k <= 2 && s.brk[i] === 0 && (METAPHOR.has(s.wordKeys[i]!) || NAMING.has(s.wordKeys[i]!))) i += 1;
  const w = s.words[i];
  // « les aînés, ces malades »: the sick, unless made a name (« ces maudits malades »).
  if (!w || s.brk[i] !== 0 || (i === k + 1 && keyOf(w).startsWith('malade'))) return -1;
  const e = fills(CALLED, w) || fills(THIRD, w) ? i + 1 : Math.max(matchAt(s, DEHUMANISING, i), matchAt(s, DEGRADING, i));
  // Closing the clause (the sentence, after a full stop): « les Roms, ces vipères », not « les immigrants, ces moutons qu'on exploite ».
  return e > i && (e >= s.words.length || s.brk[e]! >= s.brk[k]! || s.brk[e] === SENTENCE) ? e : -1;
}
/**
 * What is glued or set beside a people's name (hate): profanity whatever the oath's own strength (« maudite race
 * d'Arabes », « tabarouettes d'immigrants », « ces satanés … »), a name in apposition
 * (« les Roms, ces vipères ») and a lack without a verb (« Zéro hygiène, les … », « Les … : aucune morale »,
 * « pas d'hygiène, pas de morale, les … »). Bounded looks from each identity named: linear.
 */
function besidePeople(s: Stream, sc: Scope, out: WordHit[]): void {
  const hit = (a: number, b: number): number => out.push({ kind: 'hate', severity: isReported(s, sc, a, b, true) ? 'warning' : 'error', a, b });
  for (const m of groupsOf(s).mentions) {
    if (!m.identity) continue;
    const e = appositionEnd(s, m.b);
    if (e > 0) hit(m.a, e);
    // « les … de mes deux », « ces … à la noix »: worthless, said with a vulgar idiom closing the clause.
    // The name may have taken « de mes deux » as its complement (groups.ts).
    const y = s.wordKeys[m.b - 1]! === 'mes' ? m.b - 2 : m.b;
    const x = (i: number): string => (s.brk[y + i] === 0 ? s.wordKeys[y + i]! : '');
    if (((x(0) === 'de' && x(1) === 'mes' && (x(2) === 'deux' || x(2) === 'fesses')) || (x(0) === 'a' && x(1) === 'la' && x(2) === 'noix')) && !(s.brk[y + 3]! < CLAUSE)) hit(m.a, y + 3);
    if (m.generic) {
      // The lack closes its clause after the name, or opens the clause before it (at most six words back).
      const after = s.brk[m.b]! >= CLAUSE ? lackEnd(s, m.b) : -1;
      if (after > m.b && !(s.brk[after]! < CLAUSE)) hit(m.a, after);
      let j = m.a - 1;
      while (j > 0 && m.a - j < 6 && s.brk[j] === 0) j -= 1;
      if (s.brk[m.a] === CLAUSE && (j === 0 || s.brk[j] !== 0) && lackEnd(s, j) === m.a) hit(j, m.b);
    }
    let k = m.head - 1;
    const at = (i: number): string => (i >= 0 && s.brk[i + 1]! < CLAUSE ? s.wordKeys[i]! : '');
    // « ces satanés immigrants »: the oath as an adjective (the listed ones, « maudits », « sales », are hate.ts's).
    if (OATHS.has(at(k))) hit(k, m.b);
    if (!OF.has(at(k))) continue;
    k -= 1;
    // « race d'… », « maudite race d'… », « mosusse de race de… ».
    if (COLLECTIVE.has(at(k))) k -= OF.has(at(k - 1)) ? 2 : 1;
    const key = at(k);
    if (key === '') continue;
    const w = s.words[k]!;
    const kind = OATHS.has(key) ? 'sacre' : kindOf(w.form, w.lemma);
    if (kind && kind !== 'contempt' && kind !== 'threat' && !NO_OATH.has(key) && !(PROPER.has(key) && DETERMINERS.has(at(k - 1)))) hit(k, m.b);
  }
}

/** The police as a body: a person's name for what oaths call (« calvinse de police »). */
const BODY_OF_PEOPLE = new Set(['police', 'polices', 'flics', 'boeufs']);
/** Words of the tone lists that are no oath (« franchement », « lol »). */
const NO_OATH = new Set([...INTERJECTIONS, 'lol', 'mdr', 'ptdr', 'duh']);
/**
 * « Mautadit de maire », « calvinse de police », « tabarouette de conseillers »: an oath, even a softened one, glued by « de » to
 * a person or a role calls that person a name (a softened oath alone stays a matter of tone). Not with a determiner before the
 * oath (« le calvaire de ma voisine » is her ordeal) nor after « de » (« maudite journée de ma vie »).
 */
function oathOfPerson(s: Stream, sc: Scope, out: WordHit[]): void {
  for (let i = 2; i < s.words.length; i += 1) {
    if (s.brk[i] !== 0 || s.brk[i - 1] !== 0 || !OF.has(s.wordKeys[i - 1]!) || !(personAt(s, i) || BODY_OF_PEOPLE.has(s.wordKeys[i]!))) continue;
    const k = i - 2;
    const x = s.words[k]!;
    const kind = OATHS.has(s.wordKeys[k]!) ? 'sacre' : kindOf(x.form, x.lemma);
    if (kind === undefined || kind === 'contempt' || kind === 'threat' || NO_OATH.has(s.wordKeys[k]!) || (k > 0 && s.brk[k] === 0 && DETERMINERS.has(s.wordKeys[k - 1]!))) continue;
    out.push({ kind: 'contempt', severity: isNegated(s, k, i + 1) || isReported(s, sc, k, i + 1) ? 'clear' : 'error', a: k, b: i + 1 });
  }
}

const MAX_FILLERS = 5;
const SHUT = new Set(['ferme', 'fermez', 'farme', 'farmez', 'fermes']);

/** Set by frameOf: the frame found is a vocative (« espèce de cave », « mon innocent »), said to the reader even after « dire que ». */
let vocative = false;

/** Who is called the word at i, if anyone: the first word of the frame, or -1. */
function frameOf(s: Stream, i: number): number {
  vocative = false;
  const w = s.words[i]!;
  const nick = fills(NICKNAMES, w);
  const body = fills(BODY, w);
  if (!nick && !body && !fills(ANY, w)) return -1;
  const key = keyOf(w);
  const adjectivalWord = fills(ADJECTIVAL, w);
  const addressedWord = adjectivalWord || fills(ADDRESSED, w);
  const intensifiedWord = fills(INTENSIFIED, w);
  const calledWord = fills(CALLED, w);
  const thirdWord = fills(THIRD, w);
  if (!addressedWord && !intensifiedWord && !calledWord && !thirdWord && !nick && !body) return -1;
  const plural = (key.endsWith('s') && key !== 'epais') || (key.endsWith('x') && !key.endsWith('eux'));
  // « un rat d'égout », « une vache de dépotoir »: a complement of filth makes the figure worse, no compound noun (not « un rat
  // de bibliothèque »): read on past it.
  const filth = i + 2 < s.words.length && isDe(s.wordKeys[i + 1]!) && s.brk[i + 1] === 0 && s.brk[i + 2] === 0 && FILTH.has(s.wordKeys[i + 2]!) ? i + 2 : i;
  const next = filth + 1 < s.words.length && s.brk[filth + 1]! < CLAUSE ? s.wordKeys[filth + 1]! : undefined;
  // A participle completed (« t'es demeuré chez toi », « ignorant des règles ») is a verb or an adjective with its complement.
  const bareParticiple = !fills(PARTICIPLES, w) || next === undefined || PARTICIPLE_AFTER.has(next);
  // Back over the fillers, within the clause.
  let j = i - 1;
  let article = false;
  let intensifier = false;
  let metaphor = false;
  let person = false;
  let determiner = false;
  let naming = false;
  let first = '';
  for (let count = 0; j >= 0 && count < MAX_FILLERS && s.brk[j + 1]! < CLAUSE; j -= 1, count += 1) {
    const f = s.wordKeys[j]!;
    // « espèce de bobo gauchiste »: two labels in a row are one name.
    if (!FILLERS.has(f) && !(nick && j === i - 1 && fills(NICKNAMES, s.words[j]))) break;
    if (ARTICLES.has(f)) article = true;
    if (METAPHOR.has(f)) metaphor = true;
    if (PERSONS.has(f)) person = true;
    if (DETERMINERS.has(f)) determiner = true;
    if (NAMING.has(f)) naming = true;
    if (INTENSIFIERS.has(f)) intensifier = true;
    first = f;
  }
  const head = j >= 0 && s.brk[j + 1]! < CLAUSE ? s.wordKeys[j]! : '';
  const before = j >= 1 && s.brk[j]! < CLAUSE ? s.wordKeys[j - 1]! : '';
  // « Faut être cave pour voter pour lui », « faut-tu être épais »: whoever does it is called so (not « faut pas être… »).
  // (« être » is a filler: found between the frame's start and the word.)
  let e = i - 1;
  while (e > j && s.wordKeys[e] !== 'etre') e -= 1;
  if (e > j && e > 0 && (adjectivalWord || thirdWord) && bareParticiple) {
    const must = MUST.has(s.wordKeys[e - 1]!) ? e - 1 : s.wordKeys[e - 1] === 'tu' && e >= 2 && MUST.has(s.wordKeys[e - 2]!) ? e - 2 : -1;
    if (must >= 0 && s.sentence[must] === s.sentence[i]) return must;
  }
  if (nick || body) {
    const n = nicknameFrame(s, i, j, first, head, naming && !determiner, nick, body, next);
    if (n >= 0 || (!addressedWord && !intensifiedWord && !calledWord && !thirdWord)) return n;
  }
  // « un gauchiste dégénéré », « ce facho tordu »: an insult set right after a label.
  const label = i > 0 && s.brk[i]! === 0 && fills(NICKNAMES, s.words[i - 1]) ? i - 1 : -1;
  if (label >= 0 && (thirdWord || adjectivalWord) && bareParticiple) return label;
  // « Le conseiller Gagnon, un vrai tata », « les élus, des parasites »: a person named, then the word set beside it, closing the clause.
  if (head === '' && article && (next === undefined || next === 'qui') && (thirdWord || calledWord) && j >= 0 && s.sentence[j] === s.sentence[i] && (personAt(s, j) || (j >= 1 && s.brk[j] === 0 && personAt(s, j - 1)))) return j + 1;
  // « espèce de nouille », « bande de caves »: name-calling wherever it stands, unless « une espèce de » (a kind of).
  if ((first === 'espece' || first === 'bande' || first === 'gang') && !DETERMINERS.has(head)) {
    vocative = true;
    return j + 1;
  }
  // « gros cave », « maudit menteur », « pauvre innocent », « osti de colon », « sale rat »: name-calling without a determiner.
  if (naming && !determiner && !DETERMINERS.has(head) && !SECOND_COPULA.has(head) && !THIRD_COPULA.has(head) && (thirdWord || addressedWord || intensifiedWord || (calledWord && metaphor))) {
    vocative = true;
    return j + 1;
  }
  // Said to the reader: « t'es… », « vous êtes… », « es-tu… », « t'as l'air… ».
  const second =
    (SECOND_COPULA.has(head) && (head === 'tes' || SECOND_SUBJECT.has(before) || (head === 'air' && before === 'l'))) ||
    (SECOND_SUBJECT.has(head) && (before === 'es' || before === 'etes'));
  if (second) {
    // « tes caves »: the possessive, not « t'es ».
    if (head === 'tes' && plural && !article) return -1;
    // « vous êtes une personne innocente », « un colon de la Nouvelle-France »: the proper sense; « nul part »: « nulle part ».
    if (intensifiedWord && !addressedWord && (person || next === 'de' || next === 'du' || next === 'd' || next === 'des')) return -1;
    if (key.startsWith('nul') && next === 'part') return -1;
    const ok = addressedWord ? bareParticiple || article : intensifiedWord ? article || intensifier : calledWord && article;
    return ok ? (head === 'air' ? Math.max(0, j - 3) : head === 'tes' ? j : j - 1) : -1;
  }
  // In the third person: « c'est ben cave », « c'est un épais », « il est rien qu'un twit ».
  // The subject may be any noun (« le maire est un épais »): the article and the noun's place show a person called so.
  if (THIRD_COPULA.has(head)) {
    const a = head === 'cest' || head === 'ye' || !THIRD_SUBJECT.has(before) ? j : j - 1;
    if (adjectivalWord && !article) return a;
    // « c'est une cave », « des caves à vin »: the cellar.
    if (key.startsWith('cave') && (first === 'une' || first === 'des' || first === 'la' || first === 'le')) return -1;
    // « c'est une vraie dinde », « un maudit rat »: an animal or a thing made a person by « vrai », « maudit », a sacre.
    // Not « un vrai rat de bibliothèque », « une vraie vache à lait »: a compound noun.
    const compound = next === 'de' || next === 'd' || next === 'du' || next === 'a';
    // « ce chantier est une vraie plaie », « cette auto est une épave »: a figure said of a thing, unless the subject is someone.
    if (!thirdWord && THING_FIGURES.has(key) && !THIRD_SUBJECT.has(before) && !SOMEONE.has(before)) return -1;
    // « ce chantier, c'est une vraie plaie »: the same figure said of a thing set before « c'est »; not « ce gars-là, c'est… ».
    if (!thirdWord && THING_FIGURES.has(key) && j >= 2 && s.brk[j - 1]! > 0 && s.sentence[j - 2] === s.sentence[j] && !someoneBefore(s, j)) return -1;
    // « le maire est un clown », « ta conseillère, c'est une dinde »: a person named as the subject makes the figure an insult too.
    // Said alone (« … est un clown. »), not as a trade (« mon fils est un clown au cirque »).
    // A figure that is never a trade may take its relative (« le DG est un parasite qui vit sur notre dos »).
    // « mon chien est une vraie vache », « mon char est un vrai cochon »: a figure said of a pet or a thing insults no one.
    const figure = calledWord && !compound && !PETS_AND_THINGS.has(before) && (metaphor || ((next === undefined || (next === 'qui' && NO_TRADE.has(key))) && someoneBefore(s, j)));
    return (thirdWord || figure) && article && bareParticiple && (next === undefined || AFTER_NOUN.has(next)) ? a : -1;
  }
  // « ce demeuré qui… », « cet épais-là », « il m'énerve ce cave »: a demonstrative before the word used as a noun
  // (the cellar is feminine: « cette cave », « ces caves à vin »).
  if (DEMONSTRATIVES.has(head) && j === i - 1 && thirdWord && !(key.startsWith('cave') && head !== 'ce' && head !== 'cet') && (next === undefined || AFTER_NOUN.has(next))) return j;
  // « ce déchet de maire », « cette ordure de voisin », « ce clown de conseiller »: a figure made the name of the person after « de »
  // (not « un rat de bibliothèque », « un cochon de lait »: no person follows).
  if (calledWord && (next === 'de' || next === 'd') && i + 2 < s.words.length && s.brk[i + 2] === 0 && personAt(s, i + 2) && (head === '' || DETERMINERS.has(head) || METAPHOR.has(head))) return DETERMINERS.has(head) ? j : i;
  // « il a encore menti, cette pourriture », « on devrait l'enfermer, cette ordure-là »: a figure no one is by trade, set after a clause
  // about someone (il, elle, lui, le, la) and closing the sentence, takes that someone up.
  if (DEMONSTRATIVES.has(head) && head !== 'ces' && j === i - 1 && DISLOCATED.has(key) && (next === undefined || next === 'la') && closesSentence(s, next === 'la' ? i + 1 : i) && someoneSaidBefore(s, j)) return j;
  // The vocative: « mon innocent! », « voyons donc, ma belle épaisse », « pauvre cave ».
  // « Merci le cave », « toi, la nounoune »: the article as a vocative, the cellar excepted.
  const prev = i > 0 && s.brk[i]! < CLAUSE ? s.wordKeys[i - 1]! : '';
  if (THE.has(prev) && thirdWord && next === undefined && !(prev === 'la' && key.startsWith('cave'))) {
    const p = i - 1;
    if (p === 0 || s.brk[p]! >= CLAUSE || INTERJECTIONS.has(s.wordKeys[p - 1]!)) {
      vocative = true;
      return p;
    }
  }
  const calledBy = VOCATIVE.has(head) ? thirdWord || intensifiedWord : THE.has(head) && thirdWord && !(head === 'la' && key.startsWith('cave'));
  if (calledBy && next === undefined && (j === 0 || s.brk[j]! >= CLAUSE || INTERJECTIONS.has(before))) {
    vocative = true;
    return j;
  }
  return -1;
}

/**
 * The frames in which a label (politics, a disability, a body) or an animal after « gros » calls someone a name (see
 * `nicknames` in lexicon-insult.ts); `k` is where the fillers before the word at i begin (k - 1 is `head`). Returns the
 * first word of the frame, or -1.
 */
function nicknameFrame(s: Stream, i: number, k: number, first: string, head: string, bare: boolean, nick: boolean, body: boolean, next: string | undefined): number {
  const fat = i > 0 && s.brk[i]! === 0 && FAT.has(s.wordKeys[i - 1]!);
  // An animal is a person's name only after « gros » (« grosse vache »), and not as a compound (« vache à lait »).
  const after = i + 2 < s.words.length && s.brk[i + 2] === 0 ? s.wordKeys[i + 2]! : '';
  if (body && !nick && (!fat || (next === 'a' && COMPOUND_A.has(after)) || next === 'de' || next === 'd')) return -1;
  // « espèce de facho », « bande de gauchistes »: unless « une espèce de » (a kind of).
  if ((first === 'espece' || first === 'bande' || first === 'gang') && !DETERMINERS.has(head)) {
    vocative = true;
    return k + 1;
  }
  // « maudit gauchiste », « grosse vache », « gros lard »: an oath or « gros » without a determiner; pity is no insult
  // (« pauvre autiste »). « cette grosse vache »: a demonstrative points at someone there.
  const pity = first === 'pauvre' || first === 'pauvres';
  if (bare && !DETERMINERS.has(head) && !SECOND_COPULA.has(head) && !THIRD_COPULA.has(head) && !(pity && fills(PITIED, s.words[i]))) {
    vocative = true;
    return k + 1;
  }
  if (body && fat && i === k + 2 && DEMONSTRATIVES.has(head)) return k;
  // « t'es un facho », « vous êtes des gauchistes »: the reader called so, with an article.
  if (SECOND_COPULA.has(head) && k + 1 < i && ARTICLES.has(s.wordKeys[k + 1]!)) {
    const before = k >= 1 && s.brk[k]! < CLAUSE ? s.wordKeys[k - 1]! : '';
    if (head === 'tes' || SECOND_SUBJECT.has(before)) return head === 'tes' ? k : k - 1;
  }
  // « charlot de gauchiste », « imbécile de facho »: an insult before « de ».
  const de = i - 1;
  if (de >= 1 && s.brk[de]! === 0 && s.brk[i]! === 0 && (s.wordKeys[de]! === 'de' || s.wordKeys[de]! === 'd')) {
    const x = s.words[de - 1]!;
    const kind = kindOf(x.form, x.lemma);
    if (NAME_HEADS.has(s.wordKeys[de - 1]!) || fills(CALLED, x) || fills(THIRD, x) || kind === 'insult' || kind === 'profanity' || kind === 'sacre') {
      vocative = true;
      return de - 1;
    }
  }
  // The vocative: « garde ça pour toi, le facho », « toi l'autiste », « madame la gauchiste ». Closing its sentence after a
  // break or « toi » (not « Ma voisine, la gauchiste, m'a dit », an apposition), or after a title, wherever it stands.
  const p = i - 1;
  if (p < 0 || s.brk[i]! !== 0 || !THE.has(s.wordKeys[p]!)) return -1;
  const titled = p >= 1 && s.brk[p]! === 0 && TITLES.has(s.wordKeys[p - 1]!);
  const ends = closesSentence(s, i);
  const prev = p >= 1 ? s.wordKeys[p - 1]! : '';
  const called = titled || (ends && (p === 0 || s.sentence[p - 1] !== s.sentence[p] || (s.brk[p]! >= CLAUSE && !AFTER_APPOSITION.has(prev)) || INTERJECTIONS.has(prev) || prev === 'vous'));
  if (!called) return -1;
  vocative = true;
  return titled ? p - 1 : p;
}
/** « vache à lait », « baleine à bosse »: « à » that makes a compound noun (not « a », has). */
const COMPOUND_A = new Set(['lait', 'bosse', 'bosses', 'dents', 'fanons']);
/** Words that end a subject set beside a label (« c'est qui, le facho? »): the label is then who is asked about, not called. */
const AFTER_APPOSITION = new Set(['qui', 'quoi', 'lequel', 'laquelle']);

export function findInsults(s: Stream, sc: Scope): WordHit[] {
  const out: WordHit[] = [];
  for (let i = 0; i < s.words.length; i += 1) {
    const a = frameOf(s, i);
    if (a < 0) continue;
    // « vous êtes pas mal caves » (quite): « pas mal » intensifies.
    const inside: Array<[number, number]> = [];
    for (let k = a; k < i; k += 1) if (s.wordKeys[k]! === 'pas' && s.wordKeys[k + 1]! === 'mal') inside.push([k, k + 2]);
    const clear = isNegated(s, a, i + 1, inside) || (i + 1 < s.words.length && s.brk[i + 1]! < CLAUSE && s.wordKeys[i + 1]! === 'pas') || (!(vocative && s.brk[a]! >= CLAUSE) && isReported(s, sc, a, i + 1));
    out.push({ kind: 'contempt', severity: clear ? 'clear' : 'error', a, b: i + 1 });
  }
  // A dismissal carries its own negation (« si t'es pas content, déménage », « personne t'a demandé »).
  for (const [a, b] of findAllIn(s, DISMISSALS)) {
    // « Tout est allé chez le diable »: things gone wrong, no one sent there.
    if (/^allee?s?$/.test(s.wordKeys[a]!)) continue;
    out.push({ kind: 'contempt', severity: isNegated(s, a, b, [[a, b]]) || isReported(s, sc, a, b) ? 'clear' : 'error', a, b });
  }
  // « Fermez-la! », « farme-la »: the pronoun ending the clause (not « fermez la porte », « fermez-la en partant »).
  for (let i = 0; i + 1 < s.words.length; i += 1) {
    const next = s.words[i + 2];
    if (SHUT.has(s.wordKeys[i]!) && s.wordKeys[i + 1]! === 'la' && (next === undefined || s.brk[i + 2]! >= CLAUSE)) {
      out.push({ kind: 'contempt', severity: isNegated(s, i, i + 2) || isReported(s, sc, i, i + 2) ? 'clear' : 'error', a: i, b: i + 2 });
    }
  }
  besidePeople(s, sc, out);
  oathOfPerson(s, sc, out);
  const shrugs = findAllIn(s, SHRUGS);
  const mentions = shrugs.length > 0 ? groupsOf(s).mentions.filter((m) => m.identity && m.generic) : [];
  for (const [a, b] of shrugs) {
    // « Les handicapés, on s'en torche », « je m'en fous des immigrés »: a people shrugged off is contempt for a group, to check.
    // In its sentence, or alone as the topic just before it (« Les autochtones? On s'en balance. »).
    const alone = (x: { a: number; b: number }): boolean => (x.a === 0 || s.sentence[x.a - 1] !== s.sentence[x.a]) && (x.b >= s.words.length || s.sentence[x.b] !== s.sentence[x.a]);
    const m = mentions.find((x) => s.sentence[x.head] === s.sentence[a] || (s.sentence[x.head] === s.sentence[a]! - 1 && alone(x)));
    // « je m'en fiche pas mal »: « pas mal » intensifies.
    const pasMal: Array<[number, number]> = [[a, b]];
    if (b + 1 < s.words.length && s.wordKeys[b]! === 'pas' && s.wordKeys[b + 1]! === 'mal') pasMal.push([b, b + 2]);
    if (m && !isNegated(s, Math.min(a, m.a), Math.max(b, m.b), pasMal) && !isReported(s, sc, Math.min(a, m.a), Math.max(b, m.b))) {
      out.push({ kind: 'hate', severity: 'warning', a: Math.min(a, m.a), b: Math.max(b, m.b), doubtful: 'together' });
    } else out.push({ kind: 'contempt', severity: 'warning', a, b });
  }
  return out;
}
