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
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { degrading, dehumanising } from './lexicon-predicates.ts';
import { compile, findAllIn, keyOf, wordSet, fills } from './patterns.ts';
import { objectOfClause } from './relative.ts';
import { isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';

const DEGRADING = compile([...dehumanising, ...degrading]);
/** Hatred and disgust felt (any person, any tense): the feeling word itself. */
const HATRED = wordSet(['~detester', '~hair', '~mepriser', '~execrer', '~abhorrer', '~degouter', '~ecoeurer', '~repugner', '+haine', '+degout', '+mepris', '+repulsion', '+aversion', '+dedain', '+rancoeur', '+animosite', '+antipathie', '+ressentiment', '+ecoeurement']);
/** Qualities as nouns, the nouns of the degrading adjectives (« capables d'une telle ignorance »). */
const FAULTS = wordSet([
  'ignorance', 'stupidite', 'betise', 'betises', 'connerie', 'conneries', 'debilite', 'idiotie', 'imbecillite', 'paresse', 'faineantise', 'hypocrisie', 'lachete', 'cruaute', 'barbarie',
  'sauvagerie', 'salete', 'crasse', 'puanteur', 'mechancete', 'malhonnetete', 'perversite', 'perversion', 'fourberie', 'traitrise', 'bassesse', 'ignominie', 'inferiorite', 'arrieration',
]);
/** What may stand between a degrading word and the group named after it (« rien de plus hypocrite qu'un … », « ces pourritures de … »). */
const BEFORE_GROUP = new Set(['que', 'qu', 'de', 'd', 'des', 'chez', 'ces', 'comme', 'les']);
/**
 * What may stand before a group that is the subject of what follows: nothing (the clause starts), a
 * conjunction, a stance adverb, a quantifier. After a preposition or a noun the group is a complement
 * (« le sort réservé aux … est révoltant », « les délais pour les … »), not what the word is said of.
 */
const SUBJECT_LEAD = new Set([
  'que', 'qu', 'et', 'mais', 'ou', 'car', 'donc', 'pis', 'puis', 'alors', 'bref', 'parce', 'quand', 'lorsque', 'seuls', 'seules', 'tous', 'toutes', 'surtout', 'meme',
  'honnetement', 'franchement', 'sincerement', 'clairement', 'evidemment', 'perso', 'personnellement', 'moi', 'vraiment', 'juste', 'bien', 'sur', 'c', 'ce', 'ca', 'oui', 'bon', 'ben',
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
  'ne', 'n\'', 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'si',
  // An agent named (« agressé par des voyous »): the group suffers what the word says.
  'par',
], false);
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
  for (const [a, b] of findAllIn(s, DEGRADING)) if (!ORDINARY.has(keyOf(s.words[a]!)) && wordEnd[a]! < b) wordEnd[a] = b;
  for (let i = 0; i < n; i += 1) if (wordEnd[i]! < 0 && (fills(HATRED, s.words[i]) || fills(FAULTS, s.words[i]))) wordEnd[i] = i + 1;
  // The last degrading word seen before each word (for a group named after it), or -1.
  const lastWord = new Int32Array(n + 1).fill(-1);
  for (let i = 0, last = -1; i < n; i += 1) {
    lastWord[i] = last;
    if (wordEnd[i]! >= 0) last = i;
  }
  // Clauses another reading judged, or that hold a guard word or a quotation: one pass, one flag per clause.
  const clauses = (s.clause[n - 1] ?? 0) + 1;
  const quiet = new Uint8Array(clauses);
  for (let i = 0; i < n; i += 1) if (judged[i] || s.quoted[i] || fills(GUARDS, s.words[i])) quiet[s.clause[i]!] = 1;
  let lastClause = -1;
  for (const m of g.mentions) {
    const c = s.clause[m.head]!;
    // A group inside « qui » relative clause or after an opening infinitive is an object (« ceux qui méprisent les … »).
    if (!m.identity || quiet[c] || c === lastClause || objectOfClause(s, m)) continue;
    // The degrading word first, the group right after it (« rien de plus hypocrite qu'un … »).
    const w = lastWord[m.a]!;
    const end = w >= 0 ? wordEnd[w]! : -1;
    if (w >= 0 && s.clause[w] === c && end <= m.a && m.a - end <= BACK_REACH && (end === m.a || BEFORE_GROUP.has(keyOf(s.words[m.a - 1]!))) && !isReported(s, sc, w, m.b)) {
      out.push({ kind: 'hate', severity: 'warning', a: w, b: m.b, doubtful: 'together' });
      lastClause = c;
      continue;
    }
    const lead = m.a > 0 && s.clause[m.a - 1] === c ? keyOf(s.words[m.a - 1]!) : '';
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
