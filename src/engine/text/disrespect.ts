/**
 * Detects disrespectful or unprofessional words (3.2) in normalised text; see lexicon/disrespect.ts.
 *
 * Words, not strings: single-word entries are looked up on tokens by their form (disguise undone)
 * and their lemma (every inflection), see tokens.ts and vocabulary.ts; phrases are matched as
 * patterns on the same words with their disguise undone. Linear: one pass over the tokens, one
 * scan per phrase pattern (patterns never nest a repeat), overlaps settled with a bitmap.
 */
import { properSense } from '../lexicon/disrespect.ts';
import { analyse } from './grammar/index.ts';
import type { Doubt } from './grammar/hit.ts';
import { nearCore, segment } from './grammar/near.ts';
import { lemma } from './lemma.ts';
import { compileTerms, findAll, type Match } from './match.ts';
import { mostlyEnglish } from './language.ts';
import { blankIdioms, isNegated } from './negation.ts';
import { tokensOfText, type Token } from './tokens.ts';
import { kindOf, LISTS, vocabulary, type DisrespectKind } from './vocabulary.ts';

export type { DisrespectKind } from './vocabulary.ts';

export interface DisrespectHit extends Match {
  kind: DisrespectKind;
  /** True for a sacre word that also has a proper sense, used in that sense (see `sacred-object-sense`). */
  properSense: boolean;
  /** A doubt the grammar raised (see Doubt in grammar/hit.ts): to check, a warning. */
  doubtful?: Doubt;
}

const RANK = new Map<DisrespectKind, number>(LISTS.map(([kind], i) => [kind, i]));
let phrasePatterns: Array<readonly [DisrespectKind, RegExp]> | undefined;
const phrases = (): Array<readonly [DisrespectKind, RegExp]> =>
  (phrasePatterns ??= vocabulary()
    .phrases.filter(([, list]) => list.length > 0)
    .map(([kind, list]) => [kind, compileTerms(list)] as const));

const PROPER = new Set(properSense.map((w) => lemma(w.replace(/ /g, ''))));
const DETERMINERS = new Set(
  "le la l' un une du au aux ce cet cette son sa ses notre nos votre vos leur leurs des les mon ma mes ton ta tes jesus paroisse eglise chapelle".split(' '),
);
/**
 * Just before a finding: someone else's attempt, told in the past (« un homme a voulu », « ils auraient
 * tenté de »), its verb before the finding or opening it (« tenté d'incendier… »). Not the speaker's
 * (« j'ai voulu », « on a essayé de »): those stay read.
 */
const NARRATED = /(?:^|[^\p{L}'])(?!(?:j|je|on|nous|tu|t|vous)\b)[\p{L}]+[ '](?:a|ont|avait|avaient|aurait|auraient) (voulu |tente de |tente d'|essaye de |essaye d'|cherche a )?$/u;
const ATTEMPT = /^(?:voulu|tente|essaye|cherche)(?![\p{L}])/u;
/** Someone else's attempt told in a relative clause (« un homme qui voulait incendier… », « ceux qui avaient tenté de… »). */
const TOLD_RELATIVE = /(?:^|[^\p{L}])qui (?:voulait|voulaient|a voulu|ont voulu|avait voulu|avaient voulu|tentait de|tentaient de|a tente de|ont tente de|avait tente de|cherchait a|cherchaient a|projetait de|projetaient de) $/u;
/** A phrase that attacks a place of worship (lexicon/disrespect.ts, `hate`). */
const WORSHIP_ACT = /(?:mosquee|synagogue|eglise|temple|gurdwara|pagode)s?$/u;
/** A verdict on the act right before it (« c'est horrible de (vouloir) … », « il est criminel de … »). */
const CONDEMNED_BEFORE = /(?:horrible|inacceptable|odieux|ignoble|criminel|honteux|degueulasse|ecoeurant|revoltant|inadmissible|intolerable|lache|barbare|monstrueux|terrible|grave|interdit|illegal|un crime|une honte) (?:de |d')(?:vouloir |tenter de |tenter d'|chercher a )?$/u;
/** True when the act at `start` is an attempt told of someone else (see {@link NARRATED}). */
function told(norm: string, start: number): boolean {
  if (TOLD_RELATIVE.test(norm.slice(Math.max(0, start - 40), start))) return true;
  const m = NARRATED.exec(norm.slice(Math.max(0, start - 48), start));
  return m !== null && (m[1] !== undefined || ATTEMPT.test(norm.slice(start, start + 8)));
}

/** Adjectives that stand before a noun (« le vieux tabernacle », « le magnifique calvaire du rang ») and adverbs that qualify them. */
const PRENOMINAL = new Set(
  `vieux vieil vieille vieilles beau bel belle belles beaux magnifique magnifiques grand grande grands grandes petit petite
  petits petites nouveau nouvel nouvelle nouveaux nouvelles ancien ancienne anciens anciennes joli jolie jolis jolies superbe
  superbes splendide splendides precieux precieuse celebre celebres venerable venerables immense immenses imposant imposante
  premier premiere dernier derniere seul seule meme memes vrai vraie veritable long longue pur autre autres saint sainte tres plus si bien fameux fameuse unique
  modeste humble riche remarquable majestueux majestueuse ancestral ancestrale historique antique`
    .split(/\s+/)
    .filter(Boolean),
);
/** What a sacred object is made of (« un calvaire de bois »): « de » + material is not an intensifier. */
const MATERIALS = new Set('bois pierre fer granit bronze marbre metal argent or cuivre fonte laiton etain verre beton'.split(' '));
/** When or whence a sacred object comes (« le tabernacle d'origine », « un calice d'époque »): « de » + provenance is not an intensifier. */
const PROVENANCE = new Set('origine epoque antan style facture collection'.split(' '));
/** An adjective by its ending, when it is not in the list (« l'imposant », « le vénérable »). */
const ADJECTIVE_ENDING = /(?:ique|able|ible|ieux|ieuse|eux|euse|al|ale)s?$/;

/** Church objects that are never sacres: listed with one (« calices, ciboires pis ostensoirs »), a sacre names an object too. */
const LITURGY = new Set(['ostensoir', 'chasuble', 'encensoir', 'reliquaire', 'missel', 'burette', 'patene', 'etole', 'crucifix', 'chapelet', 'benitier', 'vitrail', 'vitraux', 'lutrin', 'aube', 'mitre', 'crosse'].map(lemma));
/** Words that join the items of a list. */
const LIST_JOINERS = new Set([',', 'et', 'pis', 'ou', 'puis']);

/** True when the word at `at` stands in a list (« a, b pis c ») with a church object that is never a sacre. */
function listedWithLiturgy(tokens: readonly Token[], at: number): boolean {
  for (const step of [-1, 1]) {
    // Item, joiner, item…: each step crosses one joiner to the next item (a bounded walk: a list of ten at most).
    for (let k = at, items = 0; items < 10; items += 1) {
      const joiner = tokens[k + step];
      const item = tokens[k + 2 * step];
      if (!joiner || !item || item.kind !== 'word' || !LIST_JOINERS.has(joiner.kind === 'word' ? joiner.form : joiner.norm)) break;
      if (LITURGY.has(lemma(item.form))) return true;
      k += 2 * step;
    }
  }
  return false;
}

/**
 * Words of the mass and of church life (« la communion », « le prêtre », « consacrées », « à Pâques »): in their sentence, a
 * host, a chalice or a tabernacle after « de » is the object (« le curé a manqué d'hosties à la messe »), not an oath.
 */
const MASS = /^(?:messe|communion|pretre|cure|eglise|fidele|paques)s?$/;
/** True when a word of the mass stands near the sacre (a dozen tokens on each side). */
const atMass = (tokens: readonly Token[], at: number): boolean => tokens.slice(Math.max(0, at - 12), at + 13).some((t) => t.kind === 'word' && MASS.test(t.form));

/** « Christ » and its spellings, as the last word of a name (`DISH_HEADS`). */
const CHRIST = /^(?:christ|crisse?|kriss?e?)$/;
/** The head nouns of a name that ends on « de Christ »: « des oreilles de Christ » (fried pork rinds at the sugar shack). */
const DISH_HEADS = /^oreilles?$/;
/** True when the word at `at` ends a name such as « oreilles de Christ », « de » and the head just before it. */
const namesADish = (tokens: readonly Token[], at: number): boolean =>
  CHRIST.test(tokens[at]!.form) && /^d(?:e|')$/.test(tokens[at - 1]?.form ?? '') && DISH_HEADS.test(tokens[at - 2]?.form ?? '');

/** True when the sacre at token index `at` is used in its proper sense (see lexicon). */
function usedInProperSense(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return false;
  if (namesADish(tokens, at)) return true;
  // « Saint-Sacrement »: the phrase starts on « saint ».
  const after = word.form === 'saint' ? tokens.slice(at + 1, at + 3).find((t) => t.kind === 'word') : undefined;
  if (!PROPER.has(after ? lemma(`saint${after.form}`) : lemma(word.form))) return false;
  if (listedWithLiturgy(tokens, at)) return true;
  // Before: a determiner, perhaps with up to two adjectives between (hyphens skipped: « Jésus-Christ »); or, in a sentence
  // about the mass, a partitive « de » (« manquer d'hosties », « une boîte d'hosties »; « espèce d'hostie de cave » is still
  // read below as an intensifier).
  let k = at - 1;
  let adjectives = 0;
  for (; k >= 0; k -= 1) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.norm === '-') continue;
    if (t.kind !== 'word') return false;
    if (DETERMINERS.has(t.form)) break;
    if (adjectives === 0 && /^de?'?$/.test(t.form) && atMass(tokens, at)) break;
    if (adjectives < 2 && (PRENOMINAL.has(t.form) || ADJECTIVE_ENDING.test(t.form)) && kindOf(t.form, t.lemma) === undefined) {
      adjectives += 1;
      continue;
    }
    return false;
  }
  if (k < 0) return false;
  // After: « un calvaire de chantier » is an intensifier; « le ciboire de l'église » is an object.
  let end = at + 1;
  if (after) end = tokens.indexOf(after, at) + 1;
  const de = tokens[end];
  if (!de || de.kind !== 'word' || (de.form !== 'de' && de.form !== "d'")) return true;
  const next = tokens[end + 1];
  return next !== undefined && next.kind === 'word' && (DETERMINERS.has(next.form) || MATERIALS.has(next.form) || PROVENANCE.has(next.form));
}

/** What a kiss is given to (« baiser la main »). */
const KISSED = /^(?:main|front|joue|pied|anneau|bague|croix)s?$/;

/** Words that end a clause for negation (its scope) and for the words around a hit. */
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', ',', '…', '(', ')']);
const CONTRASTIVE = new Set(['mais', 'cependant', 'toutefois', 'sinon', 'or']);
const NEGATORS = new Set(['pas', 'jamais', 'plus', 'aucun', 'aucune', 'ni', 'rien', 'point', 'nullement', 'aucunement']);
/** How many words may stand between a negator and the insult it negates (« ce n'est pas une question idiote »). */
const NEGATION_REACH = 4;

/** The word tokens before index k in its clause, nearest first, at most `count`. */
function wordsBefore(tokens: readonly Token[], k: number, count: number): Token[] {
  const out: Token[] = [];
  for (let j = k - 1; j >= 0 && out.length < count; j -= 1) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && CLAUSE_END.has(t.norm)) break;
    if (t.kind !== 'word') continue;
    if (CONTRASTIVE.has(t.form)) break;
    out.push(t);
  }
  return out;
}

/** An insult word negated close before it (« vous n'êtes pas des idiots »), or followed by « pas ». */
/** A preposition opens a new complement: a negation before it does not reach the insult after it (« prends pas la tête avec ces gogols »). */
// So does a new « être » (« vous n'êtes pas juif, vous êtes con »): the negation stays with the first attribute.
const NEGATION_BARRIER = new Set(['avec', 'pour', 'contre', 'chez', 'envers', 'parmi', 'es', 'etes', 'est', 'sont', 'suis', 'tes']);
const ARTICLES = new Set(['des', 'de', "d'", 'un', 'une']);
const SUPERLATIVE = new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux']);
/** Determiners that point at someone: « ce cave », « la conne » name a person, whatever the verb before them denies. */
const POINTING = new Set(['le', 'la', "l'", 'ce', 'cet', 'cette', 'ces']);
/** Forms of « être » (and « t'es »): a negation before one denies the attribute (« vous n'êtes pas les idiots du village »). */
const COPULA = new Set(['es', 'etes', 'est', 'sont', 'suis', 'tes', 'etait', 'etaient', 'etre', 'sera', 'serait', 'seront', 'serais']);
function negatedNear(tokens: readonly Token[], k: number): boolean {
  const all = wordsBefore(tokens, k, NEGATION_REACH + 1);
  // « Il a rien compris, la conne », « il écoute jamais ce cave »: the negation is the verb's, the name after it stands;
  // only a negated « être » denies it.
  if (POINTING.has(all[0]?.form ?? '') && !all.some((t) => COPULA.has(t.form))) return false;
  const near = ARTICLES.has(all[0]?.form ?? '') ? all.slice(1) : all;
  // « tout sauf stupides », « loin d'être idiots »: an exception or a distance that denies.
  if ((near[0]?.form === 'sauf' && near[1]?.form === 'tout') || (near[0]?.form === 'etre' && near[1]?.form === "d'" && near[2]?.form === 'loin')) return true;
  // « rien qu'une idiote », « rien d'autre qu'un cave », « t'es juste qu'un… »: a restriction asserts, it does not deny.
  if (near[0]?.form === "qu'" || near[0]?.form === 'que') return false;
  for (let j = 0; j < all.length; j += 1) {
    const t = all[j]!;
    if (NEGATION_BARRIER.has(t.form)) break;
    // « le plus abruti », « la plus conne »: a superlative, not « ne… plus ».
    if (t.form === 'plus' && SUPERLATIVE.has(all[j + 1]?.form ?? '')) continue;
    // « t'es plus con que ton frère »: a comparison, not « ne… plus ».
    if (t.form === 'plus' && /^qu/.test(tokens[k + 1]?.form ?? '')) continue;
    if (NEGATORS.has(t.form)) return true;
  }
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'word' && (next.form === 'pas' || next.form === 'jamais');
}

const CLITICS = new Set(["s'", "m'", "t'", 'se', 'me', 'te']);
/** A word after a reflexive pronoun is a verb (« on s'y attarde », « ne t'attarde pas »), not an insult. */
function reflexiveVerb(tokens: readonly Token[], k: number): boolean {
  const [a, b] = wordsBefore(tokens, k, 2);
  return (a !== undefined && CLITICS.has(a.form)) || (b !== undefined && (a?.form === 'y' || a?.form === 'en') && CLITICS.has(b.form));
}

/** Words after which « sale » names a thing (« une sale journée », « la vaisselle sale »). */
const THING_BEFORE = new Set("un une le la les l' des ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split(' '));
/** Words that cannot be the noun after « sale » (« c'est sale et mouillé », « sale comme tout »). */
const NOT_A_NOUN = new Set(
  'est sont etait etaient sera seront et ou mais donc car comme que qui quand avec sans pour par sur sous dans chez aussi tres trop plus moins bien pas partout encore toujours apres avant depuis pendant durant des les aux une ici'.split(' '),
);

/**
 * « sale » or « sales » before a noun, addressed to someone (« @user sale féministe », « sales
 * profiteurs! »): an insult whatever the noun. Not after a determiner (« une sale journée »).
 * Returns the index of the noun, or -1.
 */
function dirtyName(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  if (t.form !== 'sale' && t.form !== 'sales') return -1;
  const before = tokens[k - 1];
  if (before !== undefined && before.kind === 'word' && THING_BEFORE.has(before.form)) return -1;
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'word' && next.form.length >= 3 && !next.form.endsWith("'") && !NOT_A_NOUN.has(next.form) ? k + 1 : -1;
}

/** Words before « bordel » that make it a noun (« c'est le bordel », « quel bordel »): a mess, only unprofessional. */
const MESS_BEFORE = new Set("le la l' un une du au ce cet cette quel quelle en de d' gros beau vrai sacre tout son ton mon leur notre votre".split(' '));

/** « bordel » as an oath (« mais bordel, … », « … 18 ans bordel »), not as a noun: profanity. */
function swearing(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.form !== 'bordel') return false;
  const before = wordsBefore(tokens, k, 1)[0];
  return before === undefined || !MESS_BEFORE.has(before.form);
}

/**
 * « sacrément bon », « c'est sacrément beau »: the standard French adverb (folded like the noun
 * « sacrement ») between a verb and the word it qualifies, not an oath: familiar, not a sacre.
 */
function adverbSacre(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.form !== 'sacrement') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before?.kind === 'word' && !DETERMINERS.has(before.form) && !MESS_BEFORE.has(before.form) && after?.kind === 'word' && after.form !== 'de' && after.form !== "d'";
}

/** Adverbs between « c'est » and the adjective it gives (« c'est vraiment fou »). */
const DEGREE = new Set(['vraiment', 'tellement', 'trop', 'juste', 'assez', 'completement', 'totalement', 'donc', 'ben', 'bin', 'full', 'super', 'tout', 'carrement', 'franchement']);
/** What names a person right after the adjective (« c'est con, un gauchiste », « c'est fou, ton chum »): said of that person. */
const PERSON_AFTER = new Set(['un', 'une', 'ce', 'cet', 'cette', 'ces', 'ton', 'ta', 'tes', 'votre', 'vos', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leur', 'leurs', 'toi', 'vous', 'lui', 'eux', 'elle', 'elles']);
const IMPERSONAL = new Set(["c'", 'ca', 'cela']);
/** « c'est dégueulasse, ce que tu es »: what someone is, not what they said. */
const BEING = new Set(['es', 'etes', 'est', 'sont', 'etais', 'etait']);
const BE_THING = new Set(['est', 'etait', 'serait', 'sera']);
/**
 * « C'est fou », « c'était débile de… »: a bare adjective after an impersonal « c'est » judges a
 * situation or an act, not a person: familiar (a question of tone), not an insult.
 */
function impersonal(tokens: readonly Token[], k: number): boolean {
  const next = tokens.slice(k + 1, k + 6).filter((t) => t.kind === 'word');
  const after = next[0];
  // « c'est con, ce gars » names a person; « c'est dégueulasse, ce que tu dis » names words; « c'est dégueulasse, ce
  // sont nos voisins » opens a new clause (« ce » before a verb is no determiner).
  const newClause = after?.form === 'ce' && (BEING.has(next[1]?.form ?? '') || (['que', "qu'"].includes(next[1]?.form ?? '') && !BEING.has(next[3]?.form ?? '')));
  if (after && PERSON_AFTER.has(after.form) && !newClause) return false;
  const before = wordsBefore(tokens, k, 6);
  let j = 0;
  // « c'est un peu fou »: « un peu » is a degree, « c'est un fou » names someone.
  while (j < before.length && (DEGREE.has(before[j]!.form) || (before[j]!.form === 'peu' && before[j + 1]?.form === 'un'))) j += before[j]!.form === 'peu' ? 2 : 1;
  const verb = before[j]?.form ?? '';
  if (verb === 'cest') return true;
  return BE_THING.has(verb) && IMPERSONAL.has(before[j + 1]?.form ?? '');
}

/** Vulgar adjectives that, after an impersonal « c'est », judge a thing or an act (not oaths, not said of a person). */
const JUDGING = new Set(['degueulasse', 'deguelasse', 'merdique', 'chiant', 'chiante', 'emmerdant', 'emmerdante']);
/**
 * Words, deeds, events and things a vulgar or insulting adjective judges as the subject that opens its clause (« les insultes
 * dans ce fil sont dégueulasses », « la piscine est dégueulasse », « le match était débile », « la décision du conseil est
 * stupide »): tone, like « c'est dégueulasse »; a person, a people or an institution stays an insult. A thing is known by
 * the ending of an abstract noun (« -tion », « -ment », « -age », « -ance », « -isme », « -erie », « -rée »…) or as one of the
 * common nouns of events and objects below; anything else (« le maire », « le voisin ») is a person, and so are the bodies of
 * people those endings also make (« le gouvernement », « la population », « la direction », « le voisinage »).
 */
const THING_NOUN = /^(?!gouvernement|population|direction|administration|opposition|association|generation|nation|voisinage|entourage|gendarmerie)(?:\S*(?:tion|sion|ment|[^n]age|ance|ence|isme|erie|[rndv]ee)|match|show|film|spectacle|party|festival|concert|game|partie|jeu|livre|loi|plan|projet|budget|systeme|affaire|histoire|taxe|prix|site|app|rue|pont|parc|insulte|propos|commentaire|message|blague|facon|toilette|piscine|eau|service|idee|musique|chanson|toune|emission|pub|publicite|article|texte|video|photo|question|reponse|choix|vote|resultat|menu|bouffe|repas|trafic|meteo|hiver|ete|temps|journal|sondage|post|tweet)s?$/;
/** The forms of « être » that join a subject to its attribute. */
const BE_ATTRIBUTE = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'ete']);
/** Words after which a new clause, and its subject, begins. */
const CLAUSE_OPENERS = new Set(['que', "qu'", 'et', 'pis', 'quand', 'si', 'comme', 'parce', 'car', 'donc', 'ben', 'mettons']);
/** True when the adjective at k is said, through « être », of a thing named by the subject that opens its clause. */
function thingJudged(tokens: readonly Token[], k: number): boolean {
  const before = wordsBefore(tokens, k, 13);
  let j = 0;
  while (j < 2 && (DEGREE.has(before[j]?.form ?? '') || /ment$/.test(before[j]?.form ?? ''))) j += 1;
  if (!BE_ATTRIBUTE.has(before[j]?.form ?? '')) return false;
  // The subject opens its clause (« que le show était débile »): a determiner first, its head the next word that is no adjective.
  for (let d = j + 2; d < Math.min(before.length, 12); d += 1) {
    const opener = before[d + 1]?.form;
    if (!DETERMINERS.has(before[d]!.form) || (opener !== undefined && !CLAUSE_OPENERS.has(opener))) continue;
    let head = d - 1;
    while (head > j + 1 && PRENOMINAL.has(before[head]!.form)) head -= 1;
    return THING_NOUN.test(before[head]!.form);
  }
  return false;
}

/**
 * A proposition, words or an idea that the adjective right after qualifies (« un préjugé dégueulasse », « des propos
 * complètement débiles », « une citation idiote », « c'est une généralisation stupide »): the speaker judges what was said,
 * often to denounce it, not a person. Tone, like « c'est dégueulasse ». At most one adverb between.
 */
const NOTION_JUDGED = /\b(?:prejuge|propos|commentaire|cliche|stereotype|idee|citation|argument|raisonnement|discours|remarque|theorie|mensonge|amalgame|generalisation|raccourci|affirmation|sophisme|rumeur)s? (?:(?:\S+ment|aussi|tres|trop|ben|tellement|si|pis) )?$/;

/**
 * A sacre mentioned as a word, not said: alone between quotation marks (« il disait jamais « câlice » »), or one of a list of
 * sacres joined by « et / ou » (« d'où viennent tabarnak, câlice et ciboire? », « calices, ciboires et vieux tabernacles »).
 * Oaths chain with « de », commas or « pis » (« câlice, ciboire, ramassez vos poubelles! »), never with « et ».
 */
function mentioned(tokens: readonly Token[], k: number): boolean {
  let sacres = 0;
  let joined = false;
  for (const step of [-1, 1]) {
    for (let j = k + step; Math.abs(j - k) < 12; j += step) {
      const f = tokens[j]?.form ?? '.';
      if (/^(?:et|ou|a)$/.test(f)) joined = true;
      else if (kindOf(f) === 'sacre') sacres += 1;
      // Commas, adjectives and other plural nouns of the list (« calices, patènes et ciboires »).
      else if (f !== ',' && !PRENOMINAL.has(f) && !/s$/.test(f)) break;
    }
  }
  // Plural, a sacre is an object (« calices, patènes et ciboires »).
  return (joined && (sacres > 0 || /s$/.test(tokens[k]!.form))) || /^[«“"][»”"]$/.test(`${tokens[k - 1]?.norm}${tokens[k + 1]?.norm}`) || NAMED_AS_WORD.test(tokens[k - 1]?.norm ?? '');
}
/** What names a word as a word (« il a appris le mot crisse », « arrêtez de dire tabarnak », « le juron câlice »). */
const NAMED_AS_WORD = /^(?:mots?|termes?|expressions?|jurons?|sacres?|dire|dit|ecrire|ecrit|prononcer|prononce|crier|crie|repeter|repete)$/;

/**
 * « t'es ben fou 😂 », « hahaha t'es folle »: someone called crazy, in a few words, in a text that laughs, is a joke among
 * friends, a question of tone; not « espèce de fou », nor « t'es un ostie de malade mental ».
 */
const laughing = (norm: string, start: number, end: number): boolean =>
  /^(?:t'|tu |vous )(?:\S+ ){0,3}(?:fou|folle|malade)s?$/.test(norm.slice(start, end)) && /😂|🤣|\b(?:lo+l|p?t?mdr|(?:ha ?){2,})/.test(norm);

/** Words that aim a threat at the reader (« je vais te tuer », « on va vous trouver »). */
const AT_READER = /(?<![\p{L}])(?:te|t'|toi|tu|vous|ta|ton|tes|votre|vos)(?![\p{L}])/u;

const MASKED = /[*#]/;
/** Words before an insult said to someone (« t'es », « vous êtes », « espèce de », « sale », « mon »). */
const ADDRESS = new Set(['es', 'etes', 'sont', 'espece', 'sale', 'sales', 'gros', 'grosse', 'maudit', 'maudite', 'mon', 'ma', 'ton', 'ta', 'tu', 'vous', 'toi', 'pauvre', 'gang', 'bande', 'tas', 'quel', 'quelle']);

/** True when the word at k is said to someone: after an address word, or alone between breaks (a vocative, an oath). */
function addressed(tokens: readonly Token[], k: number): boolean {
  const words = wordsBefore(tokens, k, 3);
  if (words.some((w) => ADDRESS.has(w.form))) return true;
  // « le maire est un c** »: said of someone; « c'est une c******e d'eau » may be a thing.
  if (words[1]?.form === 'est' && !['c', "c'", 'ce', 'ca', 'cela'].includes(words[2]?.form ?? 'c')) return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const edge = (x: Token | undefined): boolean => x === undefined || (x.kind === 'punct' && x.norm !== "'" && x.norm !== '-');
  return edge(before) && edge(after);
}

/** The last piece and the kind of a listed word spelt in three or more pieces of at most three letters joined by hyphens, from k. */
function piecesAt(tokens: readonly Token[], k: number): [number, DisrespectKind] | undefined {
  let word = '';
  let j = k;
  for (let pieces = 1; ; pieces += 1, j += 2) {
    word += tokens[j]!.form;
    const next = tokens[j + 2];
    if (pieces === 6 || tokens[j + 1]?.norm !== '-' || next?.kind !== 'word' || next.form.length > 3) {
      const kind = pieces >= 3 ? kindOf(word) : undefined;
      return kind ? [j, kind] : undefined;
    }
  }
}

const NO_PARTS: readonly string[] = [];
/** The strongest kind among the listed words of a token cut into words (grammar/near.ts), if any. */
function gluedKind(form: string): DisrespectKind | undefined {
  let best: DisrespectKind | undefined;
  // (Asked of every word, most of which are no glued words: no empty array made for each.)
  for (const p of segment(form) ?? NO_PARTS) {
    const kind = kindOf(p);
    if (kind && (best === undefined || (RANK.get(kind) ?? 9) < (RANK.get(best) ?? 9))) best = kind;
  }
  return best;
}

/** The words with their disguise undone, as one text, and where each of its characters comes from. */
function formsText(norm: string, tokens: readonly Token[]): { text: string; from: (k: number) => number; to: (k: number) => number } {
  const changed = tokens.filter((t) => t.form !== t.norm);
  if (changed.length === 0) return { text: norm, from: (k) => k, to: (k) => k + 1 };
  const parts: string[] = [];
  // A form may be one letter longer than its word (a missing letter put back).
  const from = new Int32Array(norm.length + changed.length);
  const to = new Int32Array(norm.length + changed.length);
  let length = 0;
  let last = 0;
  const copy = (a: number, b: number): void => {
    parts.push(norm.slice(a, b));
    for (let k = a; k < b; k += 1, length += 1) {
      from[length] = k;
      to[length] = k + 1;
    }
  };
  for (const t of changed) {
    copy(last, t.nStart);
    parts.push(t.form);
    for (let k = 0; k < t.form.length; k += 1, length += 1) {
      from[length] = t.nStart;
      to[length] = t.nEnd;
    }
    last = t.nEnd;
  }
  copy(last, norm.length);
  return { text: parts.join(''), from: (k) => from[k] ?? 0, to: (k) => to[k] ?? 0 };
}

/** True when a candidate is one word token (its negation was checked on the words around it). */
const isWordHit = (c: Candidate, tokens: readonly Token[]): boolean => c.token >= 0 && tokens[c.token]!.nEnd === c.end;

interface Candidate {
  kind: DisrespectKind;
  start: number;
  end: number;
  token: number;
}

/** The last text read (evaluate and classifyIncoming read the same text): hits are never changed by callers. */
let last: { norm: string; hits: DisrespectHit[] } | undefined;

/** Every disrespect hit, without overlaps (the stronger kind wins, in the order of LISTS). */
export function findDisrespect(norm: string): DisrespectHit[] {
  if (last?.norm !== norm) last = { norm, hits: readDisrespect(norm) };
  return last.hits;
}

function readDisrespect(norm: string): DisrespectHit[] {
  const tokens = tokensOfText(norm);
  const candidates: Candidate[] = [];
  // A comment in English: no French misspelling or gluing guessed in it (« made » is no « marde »).
  const english = mostlyEnglish(tokens, false);
  const tokenAt = new Int32Array(norm.length + 1).fill(-1);
  tokens.forEach((t, k) => {
    tokenAt[t.nStart] = k;
    if (t.kind !== 'word') return;
    // « baiser la main, le front »: a kiss, the word's old proper sense.
    const listed = swearing(tokens, k) ? 'profanity' : adverbSacre(tokens, k) ? 'unprofessional' : t.form.startsWith('bais') && KISSED.test(tokens[k + 2]?.form ?? '') ? undefined : kindOf(t.form, t.lemma);
    // « C'est dégueulasse (de dire que…) », « c'est merdique »: a vulgar adjective that judges a situation or an act is tone, not an oath.
    const judging = listed === 'profanity' && JUDGING.has(t.form.replace(/s$/, ''));
    // (A sacre in its proper sense is never a mere mention: « il manquait d'hosties à la messe » names the object.)
    const kind = ((listed === 'insult' || judging) && impersonal(tokens, k)) || ((listed === 'insult' || judging) && (thingJudged(tokens, k) || NOTION_JUDGED.test(norm.slice(Math.max(0, t.nStart - 48), t.nStart)))) || (listed === 'sacre' && mentioned(tokens, k) && !usedInProperSense(tokens, k)) ? 'unprofessional' : listed;
    if (kind && !(kind === 'insult' && (reflexiveVerb(tokens, k) || negatedNear(tokens, k)))) {
      // A masked word is known only by its length and a letter or two: after a determiner it is a noun
      // hidden for tone (« la p******e fois », « une c******e d'eau »), unless it is said to someone
      // (« t'es une c*****e », « espèce de c****d », « ils sont des c****s »).
      // One letter hidden in a word of five or more (« n*gr3s »: its other letters shown, even as digits) leaves nothing to guess.
      const guessed = kind !== 'unprofessional' && MASKED.test(t.norm) && (t.norm.length < 5 || /[*#].*[*#]/.test(t.norm)) && !addressed(tokens, k) && DETERMINERS.has(wordsBefore(tokens, k, 1)[0]?.form ?? '');
      candidates.push({ kind: guessed ? 'unprofessional' : kind, start: t.nStart, end: t.nEnd, token: k });
    }
    // Words run together (« salopecomme », « emmerdetousles »): the strongest listed part, over the token.
    // A listed word misspelt (« futre »): read through the grammar's correction and its dictionary guard.
    // (Not a short code whose digits were read as letters: « F1F05 » is no slur missing a letter.)
    const misspelt = kind === undefined && !english && (t.form === t.norm || t.form.length > 5) ? nearCore(t.form) : undefined;
    const glued = kind !== undefined || english ? undefined : misspelt !== undefined ? kindOf(misspelt) : gluedKind(t.form);
    if (glued) candidates.push({ kind: glued, start: t.nStart, end: t.nEnd, token: k });
    // « ma-u-dit », « ta-ber-nak »: a listed word cut into three or more short pieces joined by hyphens, read whole.
    const cut = kind === undefined && t.form.length <= 3 && tokens[k - 1]?.norm !== '-' ? piecesAt(tokens, k) : undefined;
    if (cut) candidates.push({ kind: cut[1], start: t.nStart, end: tokens[cut[0]]!.nEnd, token: k });
    const named = kind === undefined ? dirtyName(tokens, k) : -1;
    if (named > 0) candidates.push({ kind: 'insult', start: t.nStart, end: tokens[named]!.nEnd, token: k });
  });
  const forms = formsText(norm, tokens);
  for (const [kind, re] of phrases()) {
    for (const m of findAll(re, forms.text)) {
      const start = forms.from(m.start);
      candidates.push({ kind, start, end: forms.to(m.end - 1), token: tokenAt[start] ?? -1 });
    }
  }
  candidates.sort((a, b) => (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) || a.start - b.start);
  const hits: DisrespectHit[] = [];
  const taken = new Uint8Array(norm.length);
  // Hate, threats and contempt read as grammar on the same words (grammar/) come first. A grammar
  // warning (a slur quoted in counter-speech, an eye-roll) is a question of tone: reported as
  // unprofessional. What the grammar reads as negated or reported speech is not flagged as hate,
  // threat or contempt by the lists either.
  const grammar = analyse(tokens);
  const cleared = new Uint8Array(norm.length);
  for (const c of grammar.cleared) cleared.fill(1, c.nStart, c.nEnd);
  // Someone else's words quoted or reported under a judging matrix (« arrêtez de traiter les gens de… »):
  // a slur repeated there is a question of tone, never an error.
  // A threat stays the speaker's unless it is quoted (« arrête de dire que je vais te tuer » is not reported).
  for (const c of grammar.spoken) cleared.fill(c.quote ? 3 : 2, c.nStart, c.nEnd);
  // A threat against a group or a third party in reported words (« arrêtez de dire qu'on devrait tuer les… ») is
  // someone else's too; one aimed at the reader (« te », « vous ») is read as the speaker's unless quoted.
  const spokenHere = (kind: DisrespectKind, at: number, text = ''): boolean => (cleared[at] ?? 0) >= (kind === 'threat' && AT_READER.test(text) ? 3 : 2);
  for (const h of grammar.hits) {
    if (h.doubtful || h.nEnd <= h.nStart || taken.subarray(h.nStart, h.nEnd).includes(1)) continue;
    taken.fill(1, h.nStart, h.nEnd);
    // « un individu aurait tenté d'incendier la mosquée »: someone else's attempt, told; news, not a call.
    if ((h.kind === 'threat' || h.kind === 'hate') && told(norm, h.nStart)) continue;
    const kind = h.severity === 'error' && !spokenHere(h.kind, h.nStart, norm.slice(h.nStart, h.nEnd)) && !(h.kind === 'contempt' && laughing(norm, h.nStart, h.nEnd)) ? h.kind : 'unprofessional';
    hits.push({ start: h.nStart, end: h.nEnd, text: norm.slice(h.nStart, h.nEnd), kind, properSense: false });
  }
  const blanked = candidates.some((c) => c.kind === 'insult') ? blankIdioms(norm) : norm;
  for (const c of candidates) {
    if (c.end <= c.start || taken.subarray(c.start, c.end).includes(1)) continue;
    const inert = c.kind === 'hate' || c.kind === 'threat' || c.kind === 'contempt';
    if (inert && cleared[c.start] === 1) continue;
    // An attempt told of someone else (« un homme a tenté d'incendier la mosquée »): news, not a call.
    if ((c.kind === 'hate' || c.kind === 'threat') && told(norm, c.start)) continue;
    // An attack on a place of worship named by a phrase, denied or condemned (« je ne vais jamais faire sauter une
    // synagogue », « c'est horrible de vouloir incendier une mosquée »): the grammar reads no group there, so the
    // phrase's own clause decides.
    if (c.kind === 'hate' && WORSHIP_ACT.test(norm.slice(c.start, c.end)) && (isNegated(norm, c.start, c.end, blanked) || CONDEMNED_BEFORE.test(norm.slice(Math.max(0, c.start - 48), c.start)))) continue;
    // An insult inside a statement the grammar read as reported or denounced (« arrêtez de dire que les
    // femmes sont stupides ») is quoted, not said: a question of tone on the City's account.
    if ((c.kind === 'insult' && cleared[c.start] === 1) || (c.kind !== 'unprofessional' && spokenHere(c.kind, c.start))) {
      taken.fill(1, c.start, c.end);
      hits.push({ start: c.start, end: c.end, text: norm.slice(c.start, c.end), kind: 'unprofessional', properSense: false });
      continue;
    }
    // Phrases keep the clause-wide negation (« vous n'êtes vraiment pas tous des caves »); words were checked above.
    if (c.kind === 'insult' && !isWordHit(c, tokens) && isNegated(norm, c.start, c.end, blanked)) continue;
    taken.fill(1, c.start, c.end);
    hits.push({
      start: c.start,
      end: c.end,
      text: norm.slice(c.start, c.end),
      kind: c.kind,
      properSense: c.kind === 'sacre' && c.token >= 0 && usedInProperSense(tokens, c.token),
    });
  }
  // Doubts come last: a listed word inside them keeps its own finding (« stupides » stays an insult). A word of tone only
  // (« franchement », « pis franchement tant mieux ») gives way to the doubt around it, which says more.
  let toneOwner: Int32Array | undefined;
  const dropped = new Set<number>();
  for (const h of grammar.hits) {
    if (!h.doubtful || h.nEnd <= h.nStart || spokenHere('hate', h.nStart)) continue;
    if (taken.subarray(h.nStart, h.nEnd).includes(1)) {
      if (!toneOwner) {
        toneOwner = new Int32Array(norm.length).fill(-1);
        hits.forEach((x, k) => x.kind === 'unprofessional' && toneOwner!.fill(k, x.start, x.end));
      }
      let other = false;
      for (let k = h.nStart; k < h.nEnd && !other; k += 1) other = taken[k] === 1 && toneOwner[k]! < 0;
      if (other) continue;
      for (let k = h.nStart; k < h.nEnd; k += 1) if (toneOwner[k]! >= 0) dropped.add(toneOwner[k]!);
    }
    taken.fill(1, h.nStart, h.nEnd);
    hits.push({ start: h.nStart, end: h.nEnd, text: norm.slice(h.nStart, h.nEnd), kind: h.kind, properSense: false, doubtful: h.doubtful });
  }
  return (dropped.size > 0 ? hits.filter((_, k) => !dropped.has(k)) : hits).sort((a, b) => a.start - b.start);
}
