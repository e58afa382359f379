/**
 * The net under the frames (3.2). hate.ts reads what is said of a group frame by frame, and people
 * say it in more shapes than any list of frames holds (« les … sont de complètes pourritures à mes
 * yeux », « rien de plus hypocrite qu'un … »). Here, a clause that names an identity group and then,
 * a few words on, a degrading word about people (the classes of lexicon-predicates.ts) or a word of
 * hatred is worth a WARNING, never an error: the words are there, the reading is not certain, so the
 * person checks (« à vérifier »).
 *
 * Kept quiet: a clause with a negation, a question of doubt, a report or quotation (scope.ts), a
 * victim or a defender (« victimes de », « protéger contre », « dénoncer »), ordinary senses of
 * words that also name diseases, animals or dangers (« le cancer chez les femmes », « un chien »),
 * and any clause another reading already judged (the caller skips those).
 */
import { groupsOf, type Groups } from './groups.ts';
import type { WordHit } from './hit.ts';
import { degrading, dehumanising } from './lexicon-predicates.ts';
import { compile, findAllIn, keyOf, wordSet, fills, type Slot } from './patterns.ts';
import { objectOfClause } from './relative.ts';
import { isNegated, isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { askedSentences, CONDITION_SUBJECT } from './question.ts';

const DEGRADING = compile([...dehumanising, ...degrading]);
/** Hatred and disgust felt (any person, any tense): the feeling word itself. */
const HATRED = wordSet(['~detester', '~hair', '~mepriser', '~execrer', '~abhorrer', '~degouter', '~ecoeurer', '~repugner', '+haine', '+degout', '+mepris', '+repulsion', '+aversion', '+dedain', '+rancoeur', '+animosite', '+antipathie', '+ressentiment', '+ecoeurement']);
/** A hedge, not a form of « haïr » (the stemmer gives both « hai »): « une haie d'honneur pour les joueuses ». */
const hatred = (s: Stream, i: number): boolean => fills(HATRED, s.words[i]!) && !s.wordKeys[i]!.startsWith('haie');
/** Qualities as nouns, the nouns of the degrading adjectives (« capables d'une telle ignorance »). */
const FAULTS = wordSet([
  'ignorance', 'stupidite', 'betise', 'betises', 'connerie', 'conneries', 'debilite', 'idiotie', 'imbecillite', 'paresse', 'faineantise', 'hypocrisie', 'lachete', 'cruaute', 'barbarie',
  'sauvagerie', 'salete', 'crasse', 'puanteur', 'mechancete', 'malhonnetete', 'perversite', 'perversion', 'fourberie', 'traitrise', 'bassesse', 'ignominie', 'inferiorite', 'arrieration',
  // Greed, incapacity and mediocrity as a people's nature (« ce qui me dérange chez les …, c'est leur cupidité »).
  'cupidite', 'avarice', 'incapacite', 'incompetence', 'mediocrite', 'nullite', 'fanatisme', 'arrogance', 'vulgarite', 'inutilite',
]);
/** What may stand between a degrading word and the group named after it (« rien de plus hypocrite qu'un … », « ces pourritures de … »). */
const BEFORE_GROUP = new Set(['que', 'qu', 'de', 'd', 'des', 'chez', 'ces', 'comme', 'les']);
/**
 * What may stand before a group that is the subject of what follows: nothing (the clause starts), a
 * conjunction, a stance adverb, a quantifier. After a preposition or a noun the group is a complement
 * (« le sort réservé aux … est révoltant », « les délais pour les … »), not what the word is said of.
 */
export const SUBJECT_LEAD = new Set([
  'que', 'qu', 'et', 'mais', 'ou', 'car', 'donc', 'pis', 'puis', 'alors', 'bref', 'parce', 'quand', 'lorsque', 'seuls', 'seules', 'tous', 'toutes', 'surtout', 'meme',
  'honnetement', 'franchement', 'sincerement', 'clairement', 'evidemment', 'perso', 'personnellement', 'moi', 'vraiment', 'juste', 'bien', 'sur', 'c', 'ce', 'ca', 'oui', 'bon', 'ben',
  // A share of the group is still its subject (« la plupart des … sont… », « trop de … sont… »).
  'plupart', 'majorite', 'moitie', 'beaucoup', 'trop', 'plusieurs', 'certains', 'certaines', 'nombre', 'plein',
]);
/** How far, in words, the group may stand after the degrading word. */
const BACK_REACH = 3;
/**
 * Degrading words that have an ordinary sense beside a group (diseases, animals, dangers, dirt,
 * states): « le cancer du sein chez les femmes », « les aînés et leurs animaux », « un danger pour les
 * enfants », « les rues sales du quartier ».
 */
const ORDINARY = new Set([
  'animal', 'animaux', 'bete', 'betes', 'betail', 'chien', 'chiens', 'chienne', 'chiennes', 'chat', 'chats', 'rat', 'rats', 'porc', 'porcs', 'cochon', 'cochons', 'pou', 'poux', 'punaise', 'punaises',
  'virus', 'cancer', 'cancers', 'peste', 'maladie', 'maladies', 'malade', 'malades', 'microbe', 'microbes', 'plaie', 'plaies', 'tumeur', 'gangrene', 'trouble', 'troubles',
  'danger', 'dangers', 'dangereux', 'dangereuse', 'dangereuses', 'menace', 'menaces', 'fardeau', 'invasion', 'occupant', 'occupants', 'sauvage', 'sauvages', 'primitif', 'primitive',
  'sale', 'sales', 'violent', 'violente', 'violents', 'violentes', 'agressif', 'agressive', 'agressifs', 'brutal', 'brutale', 'criminel', 'criminels', 'criminelle', 'voleur', 'voleurs',
  'assiste', 'assistes', 'inadapte', 'inadaptes', 'handicape', 'horrible', 'affreux', 'atroce', 'insupportable', 'zero', 'nul', 'nulle', 'nuls', 'fou', 'folle', 'fous', 'folles', 'monstre', 'monstres', 'cruel', 'cruelle', 'toxique', 'toxiques', 'mechant', 'mechants', 'religion', 'secte', 'ideologie',
]);
/** A clause where these stand speaks of harm suffered, help, or a stand against hatred. */
const GUARDS = wordSet([
  '+victime', '~proteger', '+protection', '~aider', '~soutenir', '+soutien', '~defendre', '~denoncer', '~combattre', '~lutter', '~condamner', '~subir', '~craindre', 'contre', 'envers', 'face',
  '~accuser', '~traiter', '~appeler', '~qualifier', '~insulter', '~comparer', '~dire', '~ecrire', '~pretendre', '~entendre', '~lire', 'stereotype', 'stereotypes', 'prejuges', 'prejuge', 'cliche', 'cliches',
  'racisme', 'raciste', 'racistes', 'haineux', 'haineuse', 'homophobe', 'sexiste', 'xenophobe', 'discrimination', 'intimidation', 'harcelement', '+propos', '+message', '+commentaire',
  // An agent named (« agressé par des voyous »): the group suffers what the word says.
  'par',
], false);
/** True when word i opens a hypothesis: « si » before a subject, or « s' » glued to « il(s) ». */
function hypothesis(s: Stream, i: number): boolean {
  const w = s.wordKeys[i]!;
  if (w !== 'si' && w !== 's') return false;
  const next = i + 1 < s.words.length && s.sentence[i + 1] === s.sentence[i] ? s.wordKeys[i + 1]! : '';
  return w === 'si' ? CONDITION_SUBJECT.has(next) || next === '' : next === 'il' || next === 'ils';
}
const OF_WHAT = new Set(['de', 'd', 'du', 'des']);
/**
 * True when word i is a fault noun said of people: not the quality of a thing named right after it
 * (« la saleté des rues », « la bêtise du règlement »), unless that thing is a group (« la paresse des … »).
 */
function fault(s: Stream, g: Groups, i: number): boolean {
  if (!fills(FAULTS, s.words[i])) return false;
  const j = i + 1;
  if (j >= s.words.length || s.brk[j] !== 0 || !OF_WHAT.has(s.wordKeys[j]!)) return true;
  return g.startingAt[j]! >= 0 || g.headAt[j + 1]! >= 0 || g.startingAt[j + 1]! >= 0;
}
/** How far, in words, the degrading word may stand after the group's name. */
const REACH = 8;

/** Warnings for clauses where an identity group is followed by a degrading word or a word of hatred; `judged[i]` marks words other readings already took. */
export function findCooccurrence(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const g = groupsOf(s);
  if (g.mentions.length === 0) return out;
  // Degrading words and words of hatred, by start word: their end, and whether they are hatred (never ordinary).
  const wordEnd = new Int32Array(n).fill(-1);
  for (const [a, b] of findAllIn(s, DEGRADING)) if (!ORDINARY.has(s.wordKeys[a]!) && wordEnd[a]! < b) wordEnd[a] = b;
  for (let i = 0; i < n; i += 1) if (wordEnd[i]! < 0 && (hatred(s, i) || fault(s, g, i))) wordEnd[i] = i + 1;
  // The last degrading word seen before each word (for a group named after it), or -1.
  const lastWord = new Int32Array(n + 1).fill(-1);
  for (let i = 0, last = -1; i < n; i += 1) {
    lastWord[i] = last;
    if (wordEnd[i]! >= 0) last = i;
  }
  // Clauses another reading judged, or that hold a guard word or a quotation: one pass, one flag per clause.
  const clauses = (s.clause[n - 1] ?? 0) + 1;
  const quiet = new Uint8Array(clauses);
  for (let i = 0; i < n; i += 1) if (judged[i] || s.quoted[i] || fills(GUARDS, s.words[i]) || hypothesis(s, i)) quiet[s.clause[i]!] = 1;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && s.clause[j] === s.clause[i]) j += 1;
    if (isNegated(s, i, j)) quiet[s.clause[i]!] = 1;
    i = j;
  }
  let lastClause = -1;
  for (const m of g.mentions) {
    const c = s.clause[m.head]!;
    // A group inside « qui » relative clause or after an opening infinitive is an object (« ceux qui méprisent les … »).
    if (!m.identity || quiet[c] || c === lastClause || objectOfClause(s, m)) continue;
    // The degrading word first, the group right after it (« rien de plus hypocrite qu'un … »).
    const w = lastWord[m.a]!;
    const end = w >= 0 ? wordEnd[w]! : -1;
    if (w >= 0 && s.clause[w] === c && end <= m.a && m.a - end <= BACK_REACH && (end === m.a || BEFORE_GROUP.has(s.wordKeys[m.a - 1]!)) && !isReported(s, sc, w, m.b)) {
      out.push({ kind: 'hate', severity: 'warning', a: w, b: m.b, doubtful: 'together' });
      lastClause = c;
      continue;
    }
    const lead = m.a > 0 && s.clause[m.a - 1] === c ? s.wordKeys[m.a - 1]! : '';
    if (lead !== '' && !SUBJECT_LEAD.has(lead)) continue;
    for (let k = m.b; k < n && k - m.b <= REACH && s.clause[k] === c; k += 1) {
      const end = wordEnd[k]!;
      if (end < 0) continue;
      if (isReported(s, sc, m.a, end)) break;
      out.push({ kind: 'hate', severity: 'warning', a: m.a, b: end, doubtful: 'together' });
      lastClause = c;
      break;
    }
  }
  return out;
}

/**
 * Verbs that put someone else's claim forward (« vous insinuez que… », « ils répètent que… ») and
 * words that forbid (« il est interdit de… »): a sentence holding one is not the speaker's verdict.
 */
const SENTENCE_GUARDS = wordSet(['selon', '~insinuer', '~sous-entendre', '~suggerer', '~affirmer', '~raconter', '~repeter', '~colporter', '~vehiculer', '~propager', '~interdire', 'interdit', 'interdite'], false);

/**
 * 1 for each sentence a net must leave alone: another reading took a word of it, or it holds a
 * quotation, someone else's words, a guard (cooccur's, and the caller's `more`), a hypothesis, a
 * denunciation, a negation, or a question (question.ts's to read: « Les …, ça vous dérange tant que ça ? »).
 */
export function quietSentences(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[], more: Slot, except?: ReadonlySet<string>): Uint8Array {
  const n = s.words.length;
  const quiet = new Uint8Array(n === 0 ? 0 : s.sentence[n - 1]! + 1);
  const asked = askedSentences(s, tokens);
  for (let i = 0; i < n; ) {
    const k = s.sentence[i]!;
    let j = i;
    for (; j < n && s.sentence[j] === k; j += 1) if (fills(more, s.words[j])) quiet[k] = 1;
    if (sc.denounced[k] || asked[k] || quietSpan(s, sc, judged, i, j, except)) quiet[k] = 1;
    i = j;
  }
  return quiet;
}

/**
 * True when words [a, b) hold another reading, a quotation, a report, a guard, a hypothesis or a negation: the part of
 * quietSentences that a reader may ask of one clause rather than of the whole sentence (misfortune.ts asks it of a wish
 * and the clause it opens, so « …, on va voir si elle va encore dire… » after the wish does not quiet it).
 */
export function quietSpan(s: Stream, sc: Scope, judged: Uint8Array, a: number, b: number, except?: ReadonlySet<string>): boolean {
  for (let j = a; j < b; j += 1) {
    const t = s.words[j]!;
    if (judged[j] || s.quoted[j] || sc.spoken[j] || (fills(GUARDS, t) && !except?.has(keyOf(t))) || hypothesis(s, j)) return true;
  }
  return isNegated(s, a, b);
}

/** True when word i stands after a « qui » of its clause: said of that clause's antecedent (« la chose qui vous dérange, c'est que les … »), not of a group named later. */
function inRelative(s: Stream, i: number): boolean {
  for (let k = i - 1; k >= 0 && s.clause[k] === s.clause[i]; k -= 1) if (s.wordKeys[k]! === 'qui') return true;
  return false;
}

/** Object pronouns: after one, a word spelt like an adjective is a verb (« ça vous dérange », « ça les écœure »). */
const CLITICS = new Set(['me', 'm', 'te', 't', 'se', 's', 'nous', 'vous', 'le', 'la', 'les', 'lui', 'leur', 'y', 'en']);
const afterClitic = (s: Stream, i: number): boolean => i > 0 && s.brk[i] === 0 && CLITICS.has(s.wordKeys[i - 1]!);
/** How far, in words, the group and the word may stand apart in one sentence. */
const SENTENCE_REACH = 16;

/**
 * The same net, one level up: a sentence that names an identity group as a whole and holds a
 * degrading word or a word of hatred, when no clause of it was read (the words are split by a
 * comma, a « qui » or a « que »: « les …, je les trouve d'une hypocrisie… », « ce que je ressens
 * pour les …, c'est du mépris »). Still a WARNING only, and quieter than the clause net: the whole
 * sentence must be free of negation, hypothesis, report, quotation, guard and any other reading.
 * Its degrading words are adjectives and nouns of the lexicon, never violence (a threat needs its
 * frame: « la chaleur peut tuer les personnes âgées » is a notice).
 */
export function findSentenceCooccurrence(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  const g = groupsOf(s);
  if (n === 0 || g.mentions.length === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  const quiet = quietSentences(s, sc, judged, tokens, SENTENCE_GUARDS);
  // The first degrading word or word of hatred of each sentence.
  const first = new Int32Array(sentences).fill(-1);
  const firstEnd = new Int32Array(sentences);
  for (const [a, b] of findAllIn(s, DEGRADING)) {
    const k = s.sentence[a]!;
    if (first[k]! < 0 && !ORDINARY.has(s.wordKeys[a]!) && !afterClitic(s, a)) [first[k], firstEnd[k]] = [a, b];
  }
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    if ((first[k]! < 0 || first[k]! > i) && (hatred(s, i) || fault(s, g, i))) [first[k], firstEnd[k]] = [i, i + 1];
  }
  for (const m of g.mentions) {
    const k = s.sentence[m.head]!;
    const w = first[k]!;
    // « ce qui caractérise les …, c'est leur paresse »: « leur » takes the group up even where it is an object.
    const theirs = w > 0 && ['leur', 'leurs'].includes(s.wordKeys[w - 1]!);
    if (!m.identity || !m.generic || quiet[k] || w < 0 || (w >= m.a && w < m.b) || (objectOfClause(s, m) && !theirs)) continue;
    // Split across clauses (one clause is the clause net's), within reach, and not said in a relative clause of something else.
    if (s.clause[w] === s.clause[m.head] || Math.abs(w - m.head) > SENTENCE_REACH || (w < m.a && inRelative(s, w))) continue;
    quiet[k] = 1;
    // The span is the word alone: the words between belong to other readings (« franchement »).
    out.push({ kind: 'hate', severity: 'warning', a: w, b: firstEnd[k]!, doubtful: 'together' });
  }
  return out;
}
