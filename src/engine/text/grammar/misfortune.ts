/**
 * A misfortune wished or welcomed (3.2): a disease, a fire, a fall, a crash, a drowning or a death near a people or a person
 * (named by a role, a kin word or a pronoun), with the
 * speaker's wish (« j'espère que le prochain autobus de … se ramasse dans le fleuve », « un bon cancer pour toute
 * l'équipe, c'est ce que je vous souhaite ») or the speaker's indifference (« si quelqu'un mettait le feu à leur
 * mosquée, je pleurerais pas »). The words are there, the reading is not certain: a WARNING, so the person checks.
 * A wish is quiet under the net's guards (negation, question, report, victims) and beside help or care (« j'espère que
 * les pompiers vont maîtriser l'incendie », « je souhaite un prompt rétablissement »); indifference carries its own
 * negation and may follow a supposition, so only a quotation, a report or another reading quiets it.
 */
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { compile, fills, findAllIn, NO_LONGER, wordSet } from './patterns.ts';
import type { Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { quietSentences, quietSpan } from './cooccur.ts';
import { askedSentences } from './question.ts';
import { bodyHarm, carCrash } from './lexicon-person.ts';
import { roles } from './lexicon-threat.ts';

/**
 * The body hurt, and harm suffered (« se faire agresser dans le parc », « se fassent tous ramasser par un char »): only a
 * person or a people suffers it, so the one it is wished on need not be a group the lexicon knows (« que les écolos se fassent
 * écraser »).
 */
const BODY = compile([...bodyHarm, 's\'|se ~faire|fasse|fassent|ferait|feraient|fera|feront tous|toutes? ~attaquer|~agresser|~frapper|~battre|~tabasser|~violer|~ecraser|~renverser|~poignarder|~tuer|~voler|~inonder|~bombarder|~ramasser|~happer|~faucher']);

const MISFORTUNE = compile(['+cancer', 'covid',
  // A disease by its name (« qu'il pogne une bonne pneumonie »).
  '+pneumonie', 'tuberculose', '+leucemie', '+tumeur', 'ebola', 'variole', 'gangrene', 'lepre', '+cirrhose', '+meningite', 'cholera|typhus|malaria|paludisme', 'foudre', "+fuite de|d' gaz|monoxyde", '+maladie', 'grippe', '+epidemie', 'peste', 'cholera', '+accident', '+incendie', 'le|au|un feu', '~noyer', '~couler', '~exploser', '~crever', '+attentat', 'dans le fleuve|fosse|ravin', '~bruler|~sauter|~effondrer avec eux|elles|tous|toutes|les',
  // A death told (« un autre itinérant mort de froid »).
  'mort|morte|morts|mortes', '~mourir', '~geler',
  // A crash (« qu'il se plante en char », « que leur autobus prenne le clos »).
  carCrash, '~prendre le clos|fosse|champ', '~debouler',
  // A fire, a collapse, a house lost (« qu'elle flambe », « que sa cabane passe au feu », « que le pont s'écroule »).
  '~flamber', '~bruler', '~passer au feu', '~inonder', '~prendre feu', 'le|au|un|du prochain|gros|bon|autre? feu', 's\'|se ~ecrouler|~effondrer', '~perdre sa|son|ses|leur|leurs|ta|ton|tes|votre|vos maison|job|emploi|famille|char|business|jobs|maisons',
  // The body (« une belle crise cardiaque », « s'étouffer avec leur souper », « une overdose »).
  '+crise cardiaque', '+crise de coeur', '+infarctus', 'avc', 's\'|se ~etouffer', 'overdose|overdoses|surdose|surdoses',
  // Harm suffered (« se faire agresser dans le parc »), and « with them inside ».
  'avec eux|elles|lui|toi|vous autres? dedans', 'avec tout? le monde dedans',
  // Stones raining on them (« qu'il pleuve des briques sur leur défilé »), not heavy rain (« il pleut des cordes »).
  '~pleuvoir|pleuve des briques|roches|pierres|bombes',
  // A disaster or a plague as the agent (« qu'une inondation les emporte », « une tornade sur leur quartier », « que le virus les ramasse »).
  '+tornade|+ouragan|+inondation|+crue|+seisme|canicule|+bombe|virus|sida',
  // Falling ill, a misfortune befalling, a stray bullet (« qu'ils tombent tous malades », « qu'il leur arrive malheur »).
  '~tomber malade|malades', '+malheur', 'balle|balles perdue|perdues',
  // Ruin, want and a life of misery (« qu'ils fassent faillite », « passer l'hiver sans chauffage », « malheureux toute leur vie »).
  '~faire faillite', 'sans chauffage|electricite|bouffe|nourriture', 'malheureux|malheureuse|malheureuses toute|toutes sa|leur|ta|votre vie',
  // A vehicle driven into them (« qu'un char rentre dans leur parade »); over a road it passes (« l'autobus passe sur la rue »).
  'char|auto|autobus|bus|camion|truck|voiture|train ~rentrer|~foncer|~reculer dans|sur', 'char|auto|autobus|bus|camion|truck|voiture|train ~passer sur|dessus le|la|leur|leurs|eux defile|parade|monde|gang|manif']);
/** What opens the object of « brûler » (« brûler les feuilles »: a chore, not a misfortune). */
const OBJECT_OPENERS = new Set(['le', 'la', 'les', 'l', 'des', 'du', 'un', 'une', 'ses', 'leurs', 'mes', 'tes', 'nos', 'vos', 'ce', 'ces', 'cette']);
/** Things said dead (« les feuilles mortes », « la saison morte »): no one. */
const DEAD_THINGS = new Set(['feuille', 'feuilles', 'langue', 'langues', 'saison', 'nature', 'temps', 'point', 'poids', 'ville', 'angle', 'angles', 'bois', 'mer', 'peau', 'peaux', 'cellule', 'cellules', 'branche', 'branches', 'arbre', 'arbres', 'lettre', 'plante', 'plantes', 'fleurs', 'batterie', 'pile', 'piles', 'zone', 'zones', 'cle', 'moteur']);
/** A time after « brûle le … » (« que ta maison brûle le soir où… »): no object. */
const TIMES = new Set(['soir', 'matin', 'jour', 'nuit', 'semaine', 'mois', 'lendemain', 'printemps', 'ete', 'hiver', 'automne', 'weekend', 'fin']);
/** What a fire is when it is a celebration or a signal (« le feu de camp », « un feu d'artifice », « le feu de circulation »). */
const FESTIVE_FIRE = new Set(['camp', 'artifice', 'artifices', 'joie', 'foyer', 'circulation', 'signalisation', 'bengale', 'paille', 'poele', 'vert', 'rouge', 'jaune']);
const WISH = compile(["je|j'|on|nous ~esperer|~souhaiter", "je|j' ~prier tous|chaque? les? soirs|jours|nuits|matins|soir|jour|nuit|matin? pour que|qu'",
  // A wish put to God (« Dieu veuille que… », « que Dieu fasse que… »).
  "dieu|ciel veuille|veuillent|fasse|fassent|voulait|pouvait que|qu'",
  // A misfortune said deserved (« ils méritent d'attraper le sida », « un bon cancer, y'en a qui le méritent »).
  '~meriter', 'je te|vous|leur|lui ~souhaiter', "je|j' y ~souhaiter", 'pourvu que|qu', "hate que|qu'", 'vivement', "je|j' ~aimer|~vouloir ~voir"]);
const INDIFFERENT = compile([
  "je|j' ne|n'? ~pleurer|~verser pas|jamais|aucune", "je|j' ne|n'? ~aller pas|jamais ~pleurer|~brailler", "personne ne|n'? ~aller? ~pleurer|~regretter", 'bon debarras', 'bien fait pour',
  'on|ca ~regler le probleme', "ca|cela m'|me ~deranger|~faire pas|rien|ni", 'ca ~faire du menage',
  // One fewer of them (« Tant mieux, un de moins »), and « tant mieux » opening its sentence after a misfortune told.
  'ca ~faire? un|une de moins', 'un|une de moins', 'tant mieux',
  // The matter closed by the harm (« un bon accident pis on en parle plus »).
  'pis|et on en ~parler plus|pu|pus',
  // No loss (« ça serait pas une grosse perte si… »), no one hurt regretted (« dommage qu'il y avait personne dedans »).
  'pas|aucune une? grosse|grande? perte', "dommage que|qu' il|y y? ~avoir|avait|ait personne|aucun|aucune",
  // The harm celebrated by the speaker (« le jour où … je paye la tournée / je sors le champagne / on va fêter ça »).
  "je|j'|on ~aller? ~payer|paierais|paierait la|une tournee", 'la tournee est sur moi', "je|j'|on ~aller? ~sortir|~deboucher|~ouvrir le champagne|mousseux", "je|j'|on ~aller? ~feter|~celebrer", "on ~aller? ~faire un|le party",
]);
/** A regret or a « si au moins » over a plague that takes no one or might take them (« dommage que le cancer prenne jamais les … »). */
const REGRET = compile(['si au|seulement moins?', "dommage que|qu'"]);
const TAKE = wordSet(['~prendre', '~emporter', '~ramasser', '~tuer', '~debarrasser', '~frapper'], false);
const DIE = wordSet(['~mourir', '~crever'], false);
/** Third-person plural subjunctives of dying, said alone as a wish. */
const JUSSIVE_DEATH = /^(?:crevent|meurent|pourrissent|brulent)$/;
/** Guard words of the nets that say nothing here: the agent of the harm wished (« se faire frapper par un char »), a place (« la vieille d'en face », « cloué au lit »). */
const NOT_GUARDS = new Set(['par', 'face', 'lit']);
/** Help, care or a cure beside the misfortune: a wish for them, not against them. */
const CARE = wordSet(['~epargner', '~finir', '~cesser', '~guerir', '+retablissement', '~survivre', '~sauver', '~eviter', '~maitriser', '~eteindre', '~aider', '~proteger', '~soigner', '~vacciner', 'contre', 'courage', '+sympathie', '+condoleance', '+remede', '+secours', '~reconstruire', '~remettre', '~occuper', '~gerer', '~retablir', '~sortir', '~reloger', 'sains', 'saufs', 'sain', 'sauf', 'indemne', 'indemnes', '+pompier', '+ambulancier', '+secouriste', '+paramedic'], false);
/** The person a wish may be said to, or a people's place, when no group is named. */
const PERSON = new Set(['te', 't', 'toi', 'vous', 'ceux', 'maire', 'mairesse', 'conseiller', 'conseillere', 'equipe', 'mosquee', 'synagogue', 'islamique', 'refuge', 'reserve',
  // Someone named by a role, a kin or a plain noun (« le directeur », « la madame d'à côté », « mon voisin »), or taken up (« qu'ils… »).
  ...roles, 'inspecteur', 'inspectrice', 'greffier', 'greffiere', 'deneigeur', 'contremaitre', 'gars', 'madame', 'monsieur', 'vieille', 'vieux', 'bonhomme', 'bonne', 'femme', 'chum', 'blonde', 'boss', 'ils', 'elles', 'eux', 'leur', 'leurs', 'sa', 'son', 'ses', 'ta', 'ton', 'tes',
  // A people's event (« la parade de la fierté »).
  'defile', 'parade']);

/** What may open a clause that answers the one before (« pis franchement tant mieux »). */
const AND = new Set(['pis', 'et', 'puis']);
const FRANKLY = new Set(['franchement', 'honnetement', 'ben', 'bien', 'sincerement', 'perso', 'personnellement', 'moi']);
/** True when the word at a opens a clause joined by « pis / et », over at most one adverb. */
function answerAfter(s: Stream, a: number): boolean {
  const k = a >= 2 && FRANKLY.has(s.wordKeys[a - 1]!) ? a - 2 : a - 1;
  return k >= 0 && s.sentence[k] === s.sentence[a] && AND.has(s.wordKeys[k]!);
}

/** Warnings for misfortunes wished or welcomed near a people or a person; `judged[i]` marks words other readings took. */
export function findMisfortune(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  // First misfortune and first target of each sentence (word index + 1; 0 when none).
  const harm = new Int32Array(sentences);
  const target = new Uint8Array(sentences);
  for (const m of groupsOf(s).mentions) target[s.sentence[m.a]!] = 1;
  // (« le feu de camp », « un feu d'artifice »: a celebration or a signal.)
  // (« brûler les feuilles »: burning with an object is a chore, not a misfortune.)
  const found = findAllIn(s, MISFORTUNE).filter(([a, b]) => {
    const next = b < n && s.sentence[b] === s.sentence[a] ? s.wordKeys[b]! : '';
    // (« les feuilles mortes », « la saison morte »: things said dead, no one.)
    if (/^mort/.test(s.wordKeys[a]!) && a > 0 && DEAD_THINGS.has(s.wordKeys[a - 1]!)) return false;
    if (s.wordKeys[b - 1]! === 'feu') return !((next === 'de' || next === 'd') && FESTIVE_FIRE.has(s.wordKeys[b + 1] ?? s.wordKeys[b - 1]!));
    // (« que ta maison brûle le soir où… »: a time, no object; « brûler les feuilles »: « les » opens an object, not « them ».)
    if (!/^brul/.test(s.wordKeys[a]!) || a + 2 >= n || s.sentence[a + 2] !== s.sentence[a] || s.brk[a + 1] !== 0 || s.brk[a + 2] !== 0) return true;
    return !(OBJECT_OPENERS.has(s.wordKeys[a + 1]!) && !TIMES.has(s.wordKeys[a + 2]!) && /[a-z]{3}/.test(s.wordKeys[a + 2]!));
  });
  // A body harmed is a person's (« j'espère qu'il va se casser les deux jambes »): its own target.
  for (const f of findAllIn(s, BODY)) found.push(f), (target[s.sentence[f[0]]!] = 1);
  /** Where the misfortune starting at a word ends. */
  const end = new Int32Array(n);
  for (const [a, b] of found) {
    end[a] = b;
    // (« brûle avec les petits … dedans »: those it burns with are its target, whoever they are.)
    if (s.wordKeys[b - 2] === 'avec') target[s.sentence[a]!] = 1;
    if (!harm[s.sentence[a]!]) harm[s.sentence[a]!] = a + 1;
  }
  for (let i = 0; i < n; i += 1) if (PERSON.has(s.wordKeys[i]!)) target[s.sentence[i]!] = 1;
  // « … brûle avec les petits … dedans »: the people inside are the ones it befalls, whatever they are called.
  for (const [, b] of found) for (let j = b; j < n && j - b < 5 && s.sentence[j] === s.sentence[b - 1]; j += 1) if (s.wordKeys[j]! === 'dedans') target[s.sentence[j]!] = 1;
  // « qu'il en meure d'autres », « que le covid en ramasse une couple »: « en » before a verb of dying or taking takes up
  // the people said before; its own target.
  for (let i = 0; i + 1 < n; i += 1) if (s.wordKeys[i]! === 'en' && s.sentence[i + 1] === s.sentence[i] && (fills(TAKE, s.words[i + 1]) || fills(DIE, s.words[i + 1]))) target[s.sentence[i]!] = 1;
  const quiet = quietSentences(s, sc, judged, tokens, CARE, NOT_GUARDS);
  // Care anywhere in the sentence, and the sentence's own first word (a wish quiet only by what follows its clause is read again).
  // (The last care word + 1: care said in a clause before the wish's own, « ceux qui chialent contre …, j'espère que … », is no care for them.)
  const care = new Int32Array(sentences);
  const first = new Int32Array(sentences);
  for (let i = n - 1; i >= 0; i -= 1) {
    if (!care[s.sentence[i]!] && fills(CARE, s.words[i])) care[s.sentence[i]!] = i + 1;
    first[s.sentence[i]!] = i;
  }
  let asked: Uint8Array | undefined;
  /**
   * True when the wish from a to the misfortune ending at e is quiet: care anywhere, a question or a denunciation of the
   * sentence, or a guard, a report or a negation from the start of the wish's clause to the end of the clause the misfortune ends,
   * not in a clause that comes after it (« que le virus les emporte, c'est eux autres qui l'ont amené », « j'espère qu'elle
   * va se faire attaquer, on va voir si elle va encore dire… »: what follows comments on the wish, it does not undo it).
   */
  const wishQuiet = (a: number, e: number, k: number): boolean => {
    if (!quiet[k]) return false;
    // (From the start of the wish's clause: « Les … qui veulent qu'on les appelle …, j'espère qu'ils… » names them first.)
    let start = a;
    while (start > first[k]! && s.brk[start] === 0 && a - start < 24) start -= 1;
    if (care[k]! > start || sc.denounced[k] || (asked ??= askedSentences(s, tokens))[k]) return true;
    let stop = e;
    while (stop < n && s.sentence[stop] === k && stop - e < 12 && !(stop > e && s.brk[stop] !== 0) && !AND.has(s.wordKeys[stop]!)) stop += 1;
    return quietSpan(s, sc, judged, start, stop, NOT_GUARDS);
  };
  const push = (a: number, h: number, b: number): void => void out.push({ kind: 'threat', severity: 'warning', a: Math.min(a, h), b: Math.max(b, end[h]!), doubtful: 'violence' });
  // The misfortune at or after each word of its sentence (+1; 0 when none).
  const next = new Int32Array(n + 1);
  for (const [a] of found) next[a] = a + 1;
  for (let i = n - 1; i >= 0; i -= 1) if (!next[i] && s.sentence[i + 1] === s.sentence[i]) next[i] = next[i + 1]!;
  /** True when no clause break stands between the wish's end b and the misfortune at h, or a « que » reopens the wish after it. */
  const inWish = (b: number, h: number): boolean => {
    let open = true;
    for (let j = b; j <= h; j += 1) {
      if (j > b && s.brk[j] !== 0) open = false;
      if (!open && /^que?$/.test(s.wordKeys[j]!)) open = true;
    }
    return open;
  };
  /** The end of the last misfortune of sentence k from word h, within the wish's reach. */
  const lastAfter = (h: number, k: number): number => {
    let e = end[h]!;
    for (let j = h + 1; j < n && s.sentence[j] === k && j - h <= 16; j += 1) if (end[j]) e = Math.max(e, end[j]!);
    return e;
  };
  /**
   * True when « je souhaite à / au … qui … » describes the person by what they said (« à la journaliste qui a écrit ça de se
   * faire agresser »): scope takes what follows the verb of saying as someone else's words and the net takes the verb as a
   * guard, yet the wish is the speaker's. Still quiet under another reading, a quotation, care or a negation.
   */
  const described = (b: number, k: number): boolean => {
    if (!/^souhait/.test(s.wordKeys[b - 1]!) || !/^(?:a|au|aux)$/.test(s.wordKeys[b] ?? s.wordKeys[0]!)) return false;
    let rel = false;
    for (let j = b; j < n && s.sentence[j] === k; j += 1) {
      if (j - b <= 4 && s.wordKeys[j]! === 'qui') rel = true;
      if (judged[j] || s.quoted[j] || fills(CARE, s.words[j]) || NO_LONGER.has(s.wordKeys[j]!)) return false;
    }
    return rel;
  };
  const wishes = findAllIn(s, WISH);
  // A bare « Que… » opening the sentence wishes too (« Que la peste emporte… »), or its clause after a person set out first
  // (« Mon voisin, que sa cabane passe au feu »).
  // The wish with its « je » dropped, opening the sentence (« souhaite un bon cancer à… », « espère qu'un… »).
  for (let i = 0; i < n; i += 1) if ((!(i && s.sentence[i - 1] === s.sentence[i]) || s.brk[i] !== 0) && /^(?:que?|souhaite|espere|souhaitons|esperons)$/.test(s.wordKeys[i]!)) wishes.push([i, i + 1]);
  // The jussive without « que », opening the sentence (« Crèvent donc, les … », « Pourrissent, les … »): the verb wishes itself
  // when « donc » or a break follows it (« Meurent chaque année des milliers de… » tells a number).
  for (let i = 0; i + 1 < n; i += 1) {
    if ((i && s.sentence[i - 1] === s.sentence[i]) || !JUSSIVE_DEATH.test(s.wordKeys[i]!) || s.sentence[i + 1] !== s.sentence[i]) continue;
    if (s.wordKeys[i + 1]! === 'donc' || s.brk[i + 1] !== 0) wishes.push([i, i]);
  }
  for (const [a, b] of wishes) {
    const k = s.sentence[a]!;
    // What one hopes comes after « j'espère que » (« un accident, j'espère qu'il va bien » hopes for the good); what
    // one wishes someone may come first (« un cancer, c'est ce que je vous souhaite »).
    const h0 = b > a && /^(?:souhait|merit)/.test(s.wordKeys[b - 1]!) ? harm[k]! : next[b]! - b <= 16 ? next[b]! : 0;
    // What is hoped stays in the clause « que » opens: past a comma, a misfortune told is no longer the wish (« j'espère que
    // les pompiers arrivent vite, le feu est pris »), unless a new « que » takes the wish up again.
    const h = h0 && h0 - 1 > b && !inWish(b, h0 - 1) ? 0 : h0;
    // (The span reaches the last misfortune wished in the clauses that follow: « qu'ils se gèlent … pis qu'ils fassent une overdose ».)
    const e = h ? Math.max(b, lastAfter(h - 1, k)) : 0;
    // (Only a wish before its misfortune is read by clause: « un cancer, c'est ce que je vous souhaite » stays whole.)
    if (h && target[k] && (!quiet[k] || described(b, k) || (h > b && !wishQuiet(a, e, k)))) push(a, h - 1, e);
  }
  // The plague must take them: after « dommage que », a taking denied (« prenne jamais les … », « ait pas ramassé »); not grief
  // (« dommage que le covid ait emporté mon grand-père ») nor a break (« prenne pas de vacances »).
  for (const [a, b] of findAllIn(s, REGRET)) {
    const k = s.sentence[a]!;
    const h = next[b]!;
    let took = 0;
    const regret = s.wordKeys[a]! !== 'si';
    let never = !regret;
    // (The regret carries its own negation: under it, only the words of others, another reading or care quiet it.)
    let said = quiet[k] && !regret;
    for (let j = a; h && j < n && s.sentence[j] === k && j - b <= 10; j += 1) {
      // (« si au moins le covid pouvait frapper moins fort les aînés »: less harm is care.)
      if (judged[j] || s.quoted[j] || sc.spoken[j] || fills(CARE, s.words[j]) || (j >= h && s.wordKeys[j]! === 'moins')) said = true;
      if (j >= h && fills(TAKE, s.words[j]!)) took = j + 1;
      if (NO_LONGER.has(s.wordKeys[j]!) && (fills(TAKE, s.words[j + 1]) || OBJECT_OPENERS.has(s.wordKeys[j + 1] ?? s.wordKeys[j]!))) never = true;
    }
    if (took && never && target[k] && !said) push(a, h - 1, took);
  }
  for (const [a, b] of findAllIn(s, INDIFFERENT)) {
    const k = s.sentence[a]!;
    let said = false;
    for (let j = a; j < b; j += 1) if (judged[j] || s.quoted[j] || sc.spoken[j]) said = true;
    // (« Tant mieux » only as an answer, opening its sentence: « personne n'est blessé, tant mieux » is relief.)
    // (« … vont geler cet hiver pis franchement tant mieux »: after « pis / et » and an adverb, a clause of its own answers too.)
    if (s.wordKeys[a]! === 'tant' && a > 0 && s.sentence[a - 1] === k && !answerAfter(s, a)) continue;
    // The misfortune in the same sentence, or in the one before (« Un incendie à leur mosquée? Bon débarras. »).
    // It answers a misfortune told before it (« … brûlait, ça me dérangerait pas », not « ça me dérange pas que … »).
    // (« Bon débarras si la tour … s'écroule »: under « si », the misfortune comes after.)
    const supposed = b < n && s.sentence[b] === k && ['si', 's'].includes(s.wordKeys[b]!);
    const h = harm[k] && (harm[k]! <= a || supposed) && target[k] ? k : k > 0 && harm[k - 1] && (target[k - 1] || target[k]) ? k - 1 : -1;
    if (!said && h >= 0) push(a, harm[h]! - 1, b);
  }
  return out;
}
