/**
 * Where the text names a group (see lexicon-groups.ts), with its determiner (« les », « ces »,
 * « tous les »), and which group a pronoun (« ils », « eux », « les ») takes up: the last group named
 * at most REACH words before, or the next one in the same sentence (« ils sont tous pareils, ces… »).
 */
import { AGE_WORDS, determiners, groups, peopleWorship, labels, placeGroups, pronouns, religiousDress, slurs } from './lexicon-groups.ts';
import { DEHUMANISING } from './predicate-sets.ts';
import { compile, findAllIn, keyOf, matchAt, NO_LONGER, wordSet, fills, isDe } from './patterns.ts';
import type { Stream } from './stream.ts';

const IDENTITIES = compile(groups);
/** People named by where they live or work, or by a political label (« les gauchistes », « les bobos »). */
const PLACES = compile([...placeGroups, ...labels, 'bobo|bobos']);
/** The longer of an identity or a place group starting at word i (end, or i), and whether it is an identity. */
function groupAt(s: Stream, i: number): { end: number; identity: boolean } {
  const id = matchAt(s, IDENTITIES, i);
  const place = matchAt(s, PLACES, i);
  return id >= place ? { end: id, identity: id > i } : { end: place, identity: false };
}
const SLURS = compile(slurs);
const DETERMINERS = wordSet(determiners);
const GENERIC = new Set(['tout', 'toute', 'chaque', 'les', 'des', 'ces', 'tous', 'toutes', 'nos', 'vos', 'leurs', 'aux', 'ceux', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'trop', 'mes', 'tes', 'ses']);
export const PRONOUNS = wordSet(pronouns);
const REACH = 25;

export interface Mention {
  /** First word (determiner included) and end (exclusive) in the stream. */
  readonly a: number;
  readonly b: number;
  /** The group's name starts here. */
  readonly head: number;
  /** Named as a whole (« les », « ces », a bare plural), not one person (« cette femme »). */
  readonly generic: boolean;
  /** Named by an identity (origin, religion, gender…), not by where they live or work. */
  readonly identity: boolean;
  /** Taken up by a pronoun as the whole group, though named as one member or as a cause (see {@link antecedent}). */
  readonly taken?: true;
}

export interface Groups {
  readonly mentions: readonly Mention[];
  /** Mention index ending exactly at word i (exclusive end), or -1. */
  readonly endingAt: Int32Array;
  /** Mention index starting at word i (determiner included), or -1. */
  readonly startingAt: Int32Array;
  /** Mention index whose name starts at word i (determiner excluded), or -1. */
  readonly headAt: Int32Array;
  /** Last mention ending at or before i, or -1; next mention starting at or after i, or -1. */
  readonly lastBefore: Int32Array;
  readonly nextAfter: Int32Array;
  /** Slurs as word ranges. */
  readonly slurs: ReadonlyArray<readonly [number, number]>;
}

/** Where people live or work, after their name: « les employés de la Ville », « les gens du Cap ». */
/** Words between a determiner and a group's name (« ces maudits BS », « les sales… »). */
const PRE_HEAD = new Set(['individu', 'individus', 'personne', 'personnes', 'maudit', 'maudits', 'maudite', 'maudites', 'sale', 'sales', 'foutus', 'foutues', 'chers', 'cheres', 'pauvres', 'nouveaux', 'nouvelles', 'vrais', 'vraies', 'jeunes', 'vieux', 'autres', 'autre']);
const RELIGIONS = new Set(['islam', 'judaisme', 'christianisme', 'catholicisme', 'hindouisme', 'bouddhisme', 'sikhisme', 'gauchisme', 'wokisme', 'feminisme', 'communisme', 'transidentite', 'homosexualite']);
const NEEDS_PLACE = new Set(['gens', 'monde', 'ceux', 'celles']);
const OF = new Set(['de', 'du', 'des', 'd']);
/** « de cette espèce », « de votre race », « de leur genre »: a kind pointed at or owned belongs to the name. */
const ARTICLE = new Set(['la', 'le', 'l', 'notre', 'nos', 'ce', 'cette', 'votre', 'vos', 'ton', 'ta', 'son', 'sa', 'leur', 'leurs', 'mon', 'ma']);
const STOP = wordSet(['sont', 'est', 'c\'', 'ce', 'qui', 'que', 'qu\'', 'ont', 'a', 'en', 'tous', 'toutes', 'ne', 'n\'', 'me', 'm\'', 'nous', 'vous', 'y', 'se', 's\'', 'et', 'ou', 'pour', 'avec', 'devraient', 'doivent']);
function complementEnd(s: Stream, end: number): number {
  const w = s.words[end];
  if (!w || s.brk[end] !== 0 || !OF.has(keyOf(w))) return end;
  let k = end + 1;
  if (k < s.words.length && s.brk[k] === 0 && ARTICLE.has(s.wordKeys[k]!)) k += 1;
  if (k >= s.words.length || s.brk[k] !== 0 || fills(STOP, s.words[k])) return end;
  k += 1;
  // One word, with those hyphenated to it (« de Trois-Rivières », « du Cap-de-la-Madeleine ») or elided into it (« d'aujourd'hui »).
  while (k < s.words.length && (s.hyphen[k] === 1 || (s.wordKeys[k - 1]! === 'aujourd' && s.wordKeys[k]! === 'hui'))) k += 1;
  return k;
}

/** Possessives of the group itself (« avec leur turban », « avec son voile »). */
const OWNED_BY_THEM = new Set(['leur', 'leurs', 'son', 'sa', 'ses']);
const ROLE = new Set(['conseil', 'greve', 'volant', 'commandes', 'pouvoir', 'gouvernement', 'politique', 'poste', 'postes']);
const TYPICAL = new Set(['moyen', 'moyenne', 'typique', 'type']);
/** Two of one sex (« deux gars », « deux femmes ») and a tender act or « ensemble » after: a same-sex couple, so gay people as such. */
const PAIRED = new Set(['gars', 'hommes', 'femmes', 'filles', 'garcons', 'mecs']);
const TENDER = /^(?:embrass|frenc|becqu|becot|minouch|caress|cajol|enlac|mari[ee]|tiennent|tenir|tenant)/;
/** Endings of plural adjectives of kind (origin, faith, condition) that may follow a group's name. */
const KIND_ADJECTIVE = /^[a-z]{3,}(?:iques|iels|uels|ains|aines|iens|iennes|ais|aises|ois|oises|istes|aux|ales|ifs|ives|iles)$/;
/** Words with those endings that are no adjective of kind (« les immigrants jamais », « les gais mais »). */
const NOT_KIND = new Set(['jamais', 'mais', 'anglais', 'francais', 'toujours', 'ailleurs', 'autres', 'memes', 'vrais', 'mauvais', 'frais', 'pays', 'fois', 'mois', 'trois', 'francaises', 'anglaises', 'heures', 'lois', 'rois', 'parfois', 'autrefois', 'quelquefois', 'desormais', 'dorenavant', 'ensembles', 'normales', 'speciales', 'sociales', 'illegaux', 'illegales']);
/** Words that make one member the type (« typique d'un … », « caractéristique d'une … »). */
const OF_KIND = new Set(['typique', 'typiques', 'caracteristique', 'digne', 'propre']);
const LIFE = new Set(['vie', 'vies', 'existence', 'existences']);
/** Who may be « like » the group (« les … comme vous »). */
const LIKE_WHOM = new Set(['vous', 'toi', 'moi', 'lui', 'elle', 'eux', 'elles', 'nous', 'ca', 'cela']);
const isPlural = (w: string): boolean => w.endsWith('s') || w.endsWith('x');
const ANY_WHICH = new Set(['quel', 'quelle', 'quels', 'quelles']);
/** States said after a group's name that pick some of its members (« les … malades »): never a verb. */
const QUALIFIERS = new Set(['malade', 'malades', 'pauvre', 'pauvres', 'riche', 'riches', 'pratiquant', 'pratiquants', 'pratiquante', 'pratiquantes', 'enceinte', 'enceintes', 'celibataire', 'celibataires', 'ages', 'agees']);
/** The verb and the adverb by which one member stands for all (« un … est toujours », « une … ne sera jamais »). */
const ALWAYS_VERB = new Set(['ne', 'n', 'est', 'sera', 'serait', 'reste', 'restera', 'peut', 'pourra', 'pourrait', 'doit', 'devrait', 'va', 'devient', 'demeure']);
/** Belief verbs whose denial (« je ne crois pas que », « je doute que ») makes the clause after them a claim about any member. */
const BELIEVE = new Set(['pense', 'crois', 'trouve', 'doute', 'imagine', 'vois', 'pensais', 'croyais', 'cru', 'imaginais']);
/** True when the « que » at q follows a belief verb denied or doubted (a bounded look back). */
function believedNot(s: Stream, q: number): boolean {
  let k = q - 1;
  if (k >= 0 && ['pas', 'jamais'].includes(s.wordKeys[k]!)) k -= 1;
  return k >= 0 && BELIEVE.has(s.wordKeys[k]!) && s.sentence[k] === s.sentence[q] && (s.wordKeys[k]! === 'doute' || s.wordKeys[q - 1]! !== s.wordKeys[k]!);
}
/** « que » opening a completive: the clause after it opens on its own subject. */
const CLAUSE_THAT = new Set(['que', 'qu']);
const ALWAYS = new Set(['toujours', 'forcement', 'necessairement', 'jamais', 'fatalement', 'inevitablement', 'naturellement']);

/** Group names that are also adjectives before a noun (« les vieux papiers », « les jeunes pousses »). */
const ADJECTIVAL = new Set(['vieux', 'vieille', 'vieilles', 'jeune', 'jeunes', 'pauvre', 'pauvres', 'riche', 'riches', 'noir', 'noirs', 'noire', 'noires', 'blanc', 'blancs', 'blanche', 'blanches']);
/** Plural-looking words that are not nouns after such an adjective. */
const NOT_NOUN = new Set(['dehors', 'ailleurs', 'volontiers', 'desormais', 'dessus', 'dessous', 'autrefois', 'ensuite', 'pourtant', 'pres', 'lors', 'tandis', 'tous', 'toutes', 'sans', 'dans', 'moins', 'plus', 'jamais', 'vous', 'nous', 'ils', 'elles', 'les', 'des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'aux', 'pas', 'sous', 'apres', 'depuis', 'alors', 'ainsi', 'toujours', 'souvent', 'parfois', 'mais', 'puis', 'pis', 'chez', 'vers', 'selon', 'malgre', 'tres', 'assez', 'trop', 'surtout', 'certains', 'certaines', 'plusieurs', 'ceux', 'celles', 'eux', 'memes', 'autres', 'seuls', 'seules']);
/** Endings of conjugated verbs and infinitives (« devrait », « mérite » aside), which no noun after « vieux » has; « -ent », not « -nt » (« ce vieux pont »). */
const VERB_LIKE = /(?:ait|rai|ra|ent|ez|ons|er|ir|oir|it|ut|st)$/;
const SINGULAR_ADJECTIVES = new Set(['vieux', 'vieille', 'jeune', 'pauvre', 'riche']);
/** « le pauvre », « la pauvre », « le vieux » set after what happens to someone: pity for that one, no group (readGroups). */
const PITY = new Set(['pauvre', 'vieux', 'vieille']);
const THE_ONE = new Set(['le', 'la']);
const NOT_SINGULAR_NOUN = new Set(['sont', 'ont', 'font', 'vont', 'merite', 'doit', 'peut', 'veut', 'sait', 'fait', 'pense', 'croit', 'reste', 'comme', 'avec', 'pour', 'sans', 'dans', 'chez', 'apres', 'avant', 'selon', 'aussi', 'encore', 'donc', 'meme', 'ainsi', 'alors', 'quand', 'voila', 'ici', 'crisse', 'sacrament', 'tabarnak', 'ostie', 'calisse', 'gaga', 'fou', 'cave', 'crosseur', 'salaud', 'con', 'debile', 'fatigant', 'degueulasse', 'malade', 'fragile', 'pourri', 'sale', 'maudit', 'grincheux', 'senile', 'rentre', 'arrive', 'habite', 'vient', 'parle', 'tombe', 'mange', 'porte', 'joue', 'marche', 'conduit']);
/** True when the adjective-like name at `head` is followed by a noun it describes (a thing, not a group). */
function describesNoun(s: Stream, head: number, end: number): boolean {
  if (end - head !== 1 || !ADJECTIVAL.has(s.wordKeys[head]!) || end >= s.words.length || s.brk[end] !== 0 || s.hyphen[end] === 1) return false;
  const next = s.wordKeys[end]!;
  // « ce vieux chêne », « un vieux projet »: a singular noun too, when the word does not look like a verb (« ce vieux devrait… »).
  const noun = isPlural(next) || (SINGULAR_ADJECTIVES.has(s.wordKeys[head]!) && !VERB_LIKE.test(next) && !NOT_SINGULAR_NOUN.has(next));
  return next.length >= 4 && noun && !NOT_NOUN.has(next) && groupAt(s, end).end <= end && matchAt(s, SLURS, end) <= end;
}

/** Nouns of people: a name after them (« les voisins chinois », « des familles immigrantes ») still names people. */
const PEOPLE_NOUNS = new Set('gens personnes individus enfants familles voisins voisines amis amies collegues clients clientes eleves etudiants etudiantes parents meres peres couples citoyens residents habitants arrivants medecins soldats chefs elus deputes militants manifestants touristes visiteurs ados adolescents fideles croyants detenus communautes populations peuples minorites groupes membres mecs clans gangs bandes tribus hordes mafias'.split(' '));
/** Adjectives that stand before a name (« les bons Québécois », « ces damnés Anglais »): not a thing's name (PRE_HEAD and NOT_NOUN hold the others). */
const BEFORE_NAME = new Set('bons bonnes petits petites gros grosses grands grandes fameux fameuses derniers dernieres premiers premieres prochains prochaines nombreux nombreuses quelques faux fausses pseudo soi-disant damnes fichus satanes ostis osti crisses calisses tabarnak esti'.split(' '));
const THING_DETERMINERS = new Set('les des ces aux mes tes ses nos vos leurs'.split(' '));
const SINGULAR_THING_DETERMINERS = new Set('le l un au du ce cet mon ton son notre votre leur'.split(' '));
/** Singular nouns of people or of a whole people that are not in PEOPLE_NOUNS' plural: « le monde arabe », « le peuple juif ». */
const SINGULAR_PEOPLE = new Set('monde peuple gars mec chum type bonhomme voisin ami copain colocataire coloc patron boss proprio chauffeur gang clan seul vrai autre bon gros petit pauvre maudit sale dernier premier simple moindre certain'.split(' '));
/**
 * True when the name at `i`, with no determiner of its own, follows a thing's noun and its determiner: it is that
 * thing's adjective (« les fromages français », « les restaurants chinois », « les chats noirs »), not a people. Plural only:
 * « le cancer islamiste », « la vermine immigrée » stay said of people.
 * Nouns of people, agent nouns (« -eurs », « -istes »), names of groups and vile nouns (« ces parasites musulmans ») keep it a people.
 */
function adjectiveOfThing(s: Stream, i: number): boolean {
  if (i < 2 || s.brk[i] !== 0 || s.brk[i - 1] !== 0 || s.hyphen[i] === 1 || s.sentence[i - 2] !== s.sentence[i]) return false;
  const noun = s.wordKeys[i - 1]!;
  // « au resto chinois », « le marché portugais »: a name spelt the same in the singular, after one thing and its
  // determiner, is that thing's adjective (not « mon voisin chinois », « le monde arabe », « un Chinois »).
  if (SINGULAR_THING_DETERMINERS.has(s.wordKeys[i - 2]!) && /[aeiouy].*[sx]$/.test(s.wordKeys[i]!) && noun.length >= 4 && !isPlural(noun) && !PEOPLE_NOUNS.has(noun + 's') && !SINGULAR_PEOPLE.has(noun) && !PRE_HEAD.has(noun) && !BEFORE_NAME.has(noun + 's') && !/(?:eur|euse|trice|iste|ier|iere|ant|ante|ent|ente|e|ais|ois)$/.test(noun) && groupAt(s, i - 1).end <= i - 1 && matchAt(s, SLURS, i - 1) <= i - 1 && matchAt(s, DEHUMANISING, i - 1) <= i - 1) return true;
  if (!THING_DETERMINERS.has(s.wordKeys[i - 2]!) || noun.length < 4 || !isPlural(noun) || PEOPLE_NOUNS.has(noun) || BEFORE_NAME.has(noun) || PRE_HEAD.has(noun) || NOT_NOUN.has(noun) || matchAt(s, DEHUMANISING, i - 1) > i - 1) return false;
  return !/(?:eurs?|euses?|trices?|istes?|iers|ieres)$/.test(noun) && groupAt(s, i - 1).end <= i - 1 && matchAt(s, SLURS, i - 1) <= i - 1;
}

/**
 * « aux restaurants chinois »: end of a people's name used as a thing's adjective at i (the business of a people), or -1.
 * `any`: the noun before is known to be a thing (« un temple sikh »), so the singular counts too.
 */
export function peopleAdjectiveEnd(s: Stream, i: number, any = false): number {
  const { end, identity } = groupAt(s, i);
  return identity && end === i + 1 && (any || adjectiveOfThing(s, i)) ? end : -1;
}

/**
 * A people named by a description instead of its name, read once here so that every reader sees it as the people:
 * « tout ce qui est » + a people's name (« tout ce qui est juif »), or « ceux / celles qui », « le monde qui », « les gens /
 * personnes qui » + a relative clause whose content is itself a mark of a people: what it is (« qui sont musulmans »), where
 * it comes from (« qui viennent d'ailleurs / d'Afrique / de l'étranger »), its faith or dress (« qui portent le
 * voile », « qui vont à la mosquée »), its language (« qui parlent pas français »), welfare (« qui vivent sur le BS »), skin.
 * A thing (« tout ce qui est raciste »), a plain deed (« le monde qui vient au marché », « ceux qui viennent d'arriver ») or
 * a mark negated (« ceux qui portent pas le voile ») names no people. Bounded: eight words of the clause.
 */
const MARKS = compile([...religiousDress, ...peopleWorship, 'bs|citoyennete', 'aide sociale', 'peau noire', 'd\'|de l\'? ailleurs|etranger|afrique']);
function described(s: Stream, i: number): number {
  // Asked of every word: the words that can open a description are tested before anything is made for the others, in a
  // function of their own (the closure below makes a context, an object, at every call of the function that holds it).
  const w = s.wordKeys[i]!;
  return w !== 'ceux' && w !== 'celles' && w !== 'le' && w !== 'les' && w !== 'tout' ? -1 : describedFrom(s, i, w);
}
function describedFrom(s: Stream, i: number, w: string): number {
  const at = (k: number): string => s.wordKeys[k] ?? w;
  const q = w === 'ceux' || w === 'celles' ? i + 1 : /^(?:le|les|tout)$/.test(w) && /^(?:monde|gens|personnes|ce|c)$/.test(at(i + 1)) ? i + 2 : -1;
  if (q < 0 || at(q) !== 'qui') return -1;
  // The verb that ties them to the mark they own (« portent, ont, vont à, prient, vivent sur, arrivent de »), not one done
  // to it (« ceux qui crachent sur le voile »).
  const own = /^(?:port|ont$|a$|av|pri|vont$|va$|vi|sont$|est$|arriv)/.test(at(q + 1));
  let neg = false;
  // (A clause nested in it is its own: « ceux qui insultent le monde qui vient d'ailleurs ».)
  for (let j = q + 1; j <= q + 8 && s.brk[j] === 0 && !/^qu/.test(at(j)); j += 1) {
    const { end, identity } = groupAt(s, j);
    // What they are (« qui sont gais », « tout ce qui est juif »; not « tout ce qui est noir, vieux »), the language they
    // speak (« qui parlent (pas) arabe »).
    if (identity && !ADJECTIVAL.has(at(j)) && (IDENTITY_COPULA.has(at(j - 1)) || SPEAK.has(at(j - 1)) || SPEAK.has(at(j - 2)))) return end;
    const m = matchAt(s, MARKS, j);
    if (m > j && own && !neg) return m;
    neg ||= NO_LONGER.has(at(j));
  }
  return -1;
}

/**
 * The mention numbered x (an entry of endingAt, startingAt, headAt…), or undefined for -1: an array read at a
 * negative index is a slow property lookup, and the readings ask at most words.
 */
export const mentionAt = (g: Groups, x: number | undefined): Mention | undefined => (x! >= 0 ? g.mentions[x!] : undefined);

/** Groups of each stream, read once: the hate, threat, claims, cause and net readings all ask. */
const groupsByStream = new WeakMap<Stream, Groups>();
/**
 * Whether a mention names people by their age (« les jeunes », « les aînés »): ordinary rules are made for ages (« réservé aux
 * 65 ans et plus »), so the readings that exclude or hint leave them out, or read them less surely.
 */
export const namedByAge = (s: Stream, m: Mention): boolean => AGE_WORDS.has(s.wordKeys[m.head]!);

export function groupsOf(s: Stream): Groups {
  let g = groupsByStream.get(s);
  if (g === undefined) groupsByStream.set(s, (g = readGroups(s)));
  return g;
}

function readGroups(s: Stream): Groups {
  const n = s.words.length;
  const mentions: Mention[] = [];
  const endingAt = new Int32Array(n + 1).fill(-1);
  const startingAt = new Int32Array(n + 1).fill(-1);
  const headAt = new Int32Array(n + 1).fill(-1);
  for (let i = 0; i < n; ) {
    // (The only mentions starting at « ceux », « tout » or holding a negation: readers may take them as such.)
    const d = described(s, i);
    if (d > 0) {
      mentions.push({ a: i, b: d, head: d - 1, generic: true, identity: true });
      headAt[d - 1] = endingAt[d] = startingAt[i] = mentions.length - 1;
      i = d;
      continue;
    }
    const { end, identity } = groupAt(s, i);
    // (« travailler / payé au noir »: the idiom of undeclared work, no people.)
    const blackMarket = end === i + 1 && i > 0 && s.wordKeys[i]! === 'noir' && s.wordKeys[i - 1]! === 'au';
    if (end <= i || blackMarket || describesNoun(s, i, end) || adjectiveOfThing(s, i)) {
      i += 1;
      continue;
    }
    let a = i;
    let generic = false;
    while (a > 0 && i - a < 3 && s.brk[a] === 0 && (fills(DETERMINERS, s.words[a - 1]) || (a === i && PRE_HEAD.has(s.wordKeys[a - 1]!)))) {
      a -= 1;
      if (GENERIC.has(s.wordKeys[a]!)) generic = true;
    }
    // A bare plural is the whole group, but not a noun spelt the same in the singular after one person's determiner and an
    // adjective (« mon petit gars », « un bon gars »).
    const one = a === i && i >= 2 && s.brk[i] === 0 && s.brk[i - 1] === 0 && ONE_OF.has(s.wordKeys[i - 2]!);
    if (a === i) generic = !one && (isPlural(s.wordKeys[end - 1]!) || s.wordKeys[i]! === 'bs');
    // « une vie de femme », « la vie d'un musulman »: any member's life, so the whole group.
    if (a > 1 && OF.has(s.wordKeys[a - 1]!) && LIFE.has(s.wordKeys[a - 2]!) && s.sentence[a - 2] === s.sentence[i]) generic = true;
    // « typique d'un … », « digne d'une … »: what one member is said to do stands for the group.
    if (a > 1 && isDe(s.wordKeys[a - 1]!) && OF_KIND.has(s.wordKeys[a - 2]!) && s.sentence[a - 2] === s.sentence[i]) generic = true;
    // A religion is said of all its believers (« l'islam est une religion de haine »).
    if (RELIGIONS.has(s.wordKeys[i]!)) generic = true;
    let b = complementEnd(s, end);
    // « le monde du Cap », « le monde de Saint-Michel »: Québec's collective « le monde » with where they live is all of them,
    // as « les gens du Cap » is.
    if (b > end && s.wordKeys[a]! + s.wordKeys[i]! === 'lemonde') generic = true;
    // « les … du centre de jour », « les gens de la ville de Québec »: a place named by a noun and its own complement.
    if (b > end + 1 && b < n && s.brk[b] === 0 && ['du', 'la', 'l'].includes(s.wordKeys[b - 2]!) && !['plus', 'moins', 'tout', 'toute', 'rien'].includes(s.wordKeys[b + 1] ?? s.wordKeys[b]!)) b = complementEnd(s, b);
    // « les … comme vous », « les …, comme toi, »: the reader counted in the group; the comparison belongs to the name.
    if (b + 1 < n && s.sentence[b + 1] === s.sentence[i] && s.wordKeys[b]! === 'comme' && LIKE_WHOM.has(s.wordKeys[b + 1]!)) b += 2;
    // « les … malades », « les … pauvres », « les … pratiquants »: a state after the name picks some of them, still named as the group.
    if (b < n && s.brk[b] === 0 && QUALIFIERS.has(s.wordKeys[b]!)) b += 1;
    // « les Juifs hassidiques », « les déficients intellectuels », « les Noirs américains »: an adjective of kind after a plural
    // name (not a participle: « les immigrants maltraités » are what is done to them).
    else if (b < n && b === end && s.brk[b] === 0 && isPlural(s.wordKeys[end - 1]!) && KIND_ADJECTIVE.test(s.wordKeys[b]!) && !NOT_KIND.has(s.wordKeys[b]!)) b += 1;
    // « les Sikhs avec leur turban », « les femmes avec leur voile »: what they wear or carry, owned, still names the group.
    if (b + 2 < n && s.brk[b] === 0 && s.brk[b + 1] === 0 && s.brk[b + 2] === 0 && s.wordKeys[b]! === 'avec' && OWNED_BY_THEM.has(s.wordKeys[b + 1]!)) b += 3;
    // « les femmes au volant », « les … aux commandes »: members in a role are still the group.
    // (« les femmes au conseil municipal »: the body's own adjective too; one member « au conseil » is set in a role, appoint.ts.)
    if (b + 1 < n && s.brk[b] === 0 && ['au', 'aux', 'en'].includes(s.wordKeys[b]!) && ROLE.has(s.wordKeys[b + 1]!) && (isPlural(s.wordKeys[end - 1]!) || s.wordKeys[b + 1] !== 'conseil')) b += s.wordKeys[b + 2] === 'municipal' ? 3 : 2;
    // « l'immigrant moyen », « le musulman typique »: the average member stands for the group.
    if (b < n && s.brk[b] === 0 && TYPICAL.has(s.wordKeys[b]!)) {
      b += 1;
      generic = true;
    }
    // « Un immigrant, c'est… »: a sentence opening on one member, taken up by « c'est », speaks of all of them.
    // So does a clause opening on one member after an opinion (« À mon avis, un … », « je pense qu'un … »).
    const opens = a === 0 || s.sentence[a - 1] !== s.sentence[a] || s.brk[a] !== 0 || CLAUSE_THAT.has(s.wordKeys[a - 1]!);
    if (opens && ['un', 'une'].includes(s.wordKeys[a]!) && b + 1 < n && s.brk[b] !== 0 && s.sentence[b] === s.sentence[a] && ['c', 'ce', 'ca'].includes(s.wordKeys[b]!)) generic = true;
    // « n'importe quel … », and « Un … est toujours / ne sera jamais … » opening the sentence: any member, so all of them.
    if (a >= 2 && ANY_WHICH.has(s.wordKeys[a - 1]!) && s.wordKeys[a - 2]! === 'importe' && s.sentence[a - 2] === s.sentence[i]) generic = true;
    // « je ne crois pas qu'une … soit capable »: a belief denied before the member speaks of any of them.
    if (opens && ['un', 'une'].includes(s.wordKeys[a]!) && a >= 1 && CLAUSE_THAT.has(s.wordKeys[a - 1]!) && believedNot(s, a - 1)) generic = true;
    if (opens && ['un', 'une'].includes(s.wordKeys[a]!)) {
      let k = b;
      while (k < n && k - b < 3 && s.sentence[k] === s.sentence[a] && ALWAYS_VERB.has(s.wordKeys[k]!)) k += 1;
      if (k > b && k < n && s.sentence[k] === s.sentence[a] && ALWAYS.has(s.wordKeys[k]!)) generic = true;
    }
    // « deux gars s'embrasser », « deux femmes se tenir la main », « deux hommes ensemble »: the couple stands for gay people;
    // the tender act belongs to the name (it is no deed done to them).
    if (i > 0 && a >= i - 1 && end === i + 1 && s.brk[i] === 0 && s.wordKeys[i - 1]! === 'deux' && PAIRED.has(s.wordKeys[i]!) && s.brk[b] === 0 && s.sentence[b] === s.sentence[i]) {
      const w = s.wordKeys[b] ?? s.wordKeys[i]!;
      const act = ['se', 's'].includes(w) && s.brk[b + 1] === 0 && TENDER.test(s.wordKeys[b + 1] ?? s.wordKeys[i]!);
      if (act || w === 'ensemble') {
        generic = true;
        a = i - 1;
        b += act ? (/^ten/.test(s.wordKeys[b + 1]!) && (s.wordKeys[b + 3] ?? s.wordKeys[i]!) === 'main' ? 4 : 2) : 1;
      }
    }
    // « ces immigrés-là »: the « -là » belongs to the name.
    if (b < n && s.hyphen[b] === 1 && ['la', 'ci'].includes(s.wordKeys[b]!)) b += 1;
    // « les gens », « le monde » name a group only with where they live or work.
    // (« ces gens-là » is pointed at, and is enough.)
    const pointed = (i > 0 && s.wordKeys[i - 1]! === 'ces') || (end < n && s.hyphen[end] === 1 && s.wordKeys[end]! === 'la');
    // « ceux du Cap », « celles de Limoilou »: those of a place named bare; « ceux de la rue », « ceux des autres » are things as often.
    if (end - i === 1 && NEEDS_PLACE.has(s.wordKeys[i]!) && !pointed && (complementEnd(s, end) === end || (/^ce/.test(s.wordKeys[i]!) && (s.wordKeys[end] === 'des' || ARTICLE.has(s.wordKeys[end + 1]!))))) {
      i = end;
      continue;
    }
    // « Il dort dehors, le pauvre », « elle est toute seule, la pauvre »: one person pitied after a break, closing the sentence.
    if (b === i + 1 && a === i - 1 && s.brk[a] !== 0 && PITY.has(s.wordKeys[i]!) && THE_ONE.has(s.wordKeys[a]!) && (b >= n || s.sentence[b] !== s.sentence[i])) {
      i = b;
      continue;
    }
    mentions.push({ a, b, head: i, generic, identity });
    headAt[i] = mentions.length - 1;
    endingAt[end] = mentions.length - 1;
    endingAt[b] = mentions.length - 1;
    startingAt[a] = mentions.length - 1;
    i = b;
  }
  const lastBefore = new Int32Array(n + 1).fill(-1);
  const nextAfter = new Int32Array(n + 1).fill(-1);
  for (let i = 0, m = -1; i <= n; i += 1) {
    if ((endingAt[i] ?? -1) >= 0) m = endingAt[i]!;
    lastBefore[i] = m;
  }
  for (let i = n, m = -1; i >= 0; i -= 1) {
    if ((startingAt[i] ?? -1) >= 0) m = startingAt[i]!;
    nextAfter[i] = m;
  }
  return { mentions, endingAt, startingAt, headAt, lastBefore, nextAfter, slurs: findAllIn(s, SLURS) };
}

/** Words that open a clause of its own between a pronoun and a group named after it. */
const SUBORDINATE = new Set(['que', 'qu', 'qui', 'dont', 'quand', 'lorsque', 'lorsqu', 'si', 'parce', 'puisque']);

/** Plural pronouns: said after one member (« un … »), they take up the whole group. */
const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'eux', 'yz', 'les', 'leur', 'ceux', 'celles']);
const WITH = new Set(['et', 'avec', 'pis']);
/** Speaking a language (« parler arabe », « ils jasent espagnol »). */
const SPEAK = new Set(['parler', 'parle', 'parles', 'parlent', 'parlez', 'parlant', 'parlait', 'parlaient', 'jaser', 'jase', 'jasent', 'jasaient']);
const MEMBER = new Set(['un', 'une', 'ce', 'cet', 'cette']);
/** Determiners of one person (« un voisin … », « ma collègue … »). */
const ONE_OF = new Set([...MEMBER, 'mon', 'ma', 'ton', 'ta', 'son', 'sa', 'notre', 'votre']);
const PLURAL_VERBS = new Set(['sont', 'ont', 'vont', 'font', 'etaient', 'avaient', 'seront', 'peuvent', 'doivent', 'savent', 'veulent']);
/** Plural determiners: a plural noun phrase between one member and « ils » is what « ils » takes up. */
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'aux', 'plusieurs', 'deux', 'trois', 'quelques']);
/** Causes that give an identity as the reason (« … parce que c'est des … », « vu que ce sont des … »). */
const CAUSES = new Set(['parce', 'puisque', 'puisqu', 'vu', 'comme', 'car']);
const IDENTITY_COPULA = new Set(['c', 'ce', 'ca', 'cest', 'est', 'sont', 'etait', 'etaient']);

/**
 * True when words (i, a) are a cause giving identity as the reason (« ils sont violents parce que ce
 * sont des … »): the group named there is what the pronoun before it is.
 */
function identityCause(s: Stream, i: number, a: number): boolean {
  let k = a - 1;
  while (k > i && a - k <= 2 && IDENTITY_COPULA.has(s.wordKeys[k]!)) k -= 1;
  if (k === a - 1) return false;
  if (k > i && (s.wordKeys[k]! === 'que' || s.wordKeys[k]! === 'qu')) k -= 1;
  if (k <= i || !CAUSES.has(s.wordKeys[k]!)) return false;
  for (let j = i + 1; j < k; j += 1) if (SUBORDINATE.has(s.wordKeys[j]!)) return false;
  return true;
}

/** True when one member (« un … », « une … ») is taken up by the plural pronoun at i, with no plural noun phrase between. */
function memberForAll(s: Stream, m: Mention, i: number): boolean {
  const w = s.wordKeys[i]!;
  // Joual « y » is plural only before a plural verb (« y sont », « y ont »).
  const plural = PLURAL_PRONOUNS.has(w) || ((w === 'y' || w === 'yz') && i + 1 < s.words.length && PLURAL_VERBS.has(s.wordKeys[i + 1]!));
  // One member: « un … », « ce … », or named by its identity (« mon voisin est musulman »).
  // « un voisin musulman », « mon collègue gai »: the identity said of one person named by a noun before it.
  const described = m.a === m.head && m.a > 1 && s.brk[m.a] === 0 && s.brk[m.a - 1] === 0 && ONE_OF.has(s.wordKeys[m.a - 2]!);
  const one = MEMBER.has(s.wordKeys[m.a]!) || described || (m.a === m.head && m.a > 0 && ['est', 'etait'].includes(s.wordKeys[m.a - 1]!));
  // « entendre parler arabe dans l'autobus, je les hais »: a language heard stands for those who speak it, in any clause.
  const spoken = m.a === m.head && m.a > 0 && SPEAK.has(s.wordKeys[m.a - 1]!) && s.sentence[m.a] === s.sentence[i];
  if (!m.identity || !plural || (!spoken && (!one || s.clause[m.a] === s.clause[i]))) return false;
  // « cette femme et son mari… ils »: a couple or a crowd, not the group.
  for (let k = m.b; k < i; k += 1) if (PLURAL_DETERMINERS.has(s.wordKeys[k]!) || (s.sentence[k] === s.sentence[m.a] && WITH.has(s.wordKeys[k]!))) return false;
  return true;
}

/** The group a pronoun at word i takes up, or undefined. */
export function antecedent(s: Stream, g: Groups, i: number): Mention | undefined {
  const before = mentionAt(g, g.lastBefore[i]);
  if (before && i - before.b <= REACH && before.generic) return before;
  // « Encore un … . Ils sont tous pareils »: one member, then « ils », speaks of all of them.
  if (before && i - before.b <= REACH && memberForAll(s, before, i)) return { ...before, generic: true, taken: true };
  const after = mentionAt(g, g.nextAfter[i + 1]);
  if (!after || after.a - i > 12 || s.sentence[after.a] !== s.sentence[i]) return undefined;
  // « ils sont violents parce que c'est des … », « y est fou, c'est un … »: identity given as the cause.
  if (identityCause(s, i, after.a) && after.identity) return { ...after, generic: true, taken: true };
  if (!after.generic) return undefined;
  // The group named after is the pronoun's only when it is set out in the same clause (« ils sont
  // tous pareils, ces… »), not the subject or object of a clause of its own (« c'est fou le nombre de
  // gens qui pensent que les… »).
  for (let k = i + 1; k < after.a; k += 1) if (SUBORDINATE.has(s.wordKeys[k]!)) return undefined;
  return after;
}

/** The mention that ends at i, skipping up to `skip` words of `between` (« les immigrés qui… »). */
export function mentionEndingNear(s: Stream, g: Groups, i: number, between: ReadonlySet<string>, skip = 2): Mention | undefined {
  for (let k = i, steps = 0; k > 0 && steps <= skip; k -= 1, steps += 1) {
    const m = g.endingAt[k] ?? -1;
    if (m >= 0) return g.mentions[m];
    if (!between.has(s.wordKeys[k - 1]!)) return undefined;
  }
  return undefined;
}
