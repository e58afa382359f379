/**
 * Insinuation (3.2, derogation without a degrading word): a people named, and words that leave the reader to draw the
 * conclusion (« comme par hasard », « on se comprend », « devinez qui », « si vous voyez ce que je veux dire », « pure
 * coïncidence », « ça doit être culturel »). Nothing is said of the group in words: the hint is the slight. The same words
 * hint at the City's decisions every day (« comme par hasard, le déneigement passe jamais chez nous »), so a people must be
 * named as a people (identity, origin, religion…) in the sentence or the one before or after, and the reading is a
 * WARNING to check, never an error. Age groups are left out (« devinez qui a gagné au bingo? les aînés! »), as in cause.ts,
 * unless set in quotation marks, the wink itself (« toujours les mêmes « jeunes » comme par hasard »). Where no people is
 * named, a clue may stand for one (« devinez la couleur du suspect », « son pays d'origine ») or a word of diversity set in
 * quotation marks (« depuis que le quartier s'est « diversifié » »). A disclaimer announces what follows (« sans vouloir être
 * raciste »): its « raciste » is no stand against prejudice.
 *
 * The hints are many shapes of one move, the conclusion left to the reader: handed over (« je vous laisse faire le
 * calcul »), foreseen in mock surprise (« qui aurait pu prévoir ça »), a one-sentence verdict on what came before
 * (« Surprenant. », « Belle époque. »), the others paid for by us (« ils paient pas de taxes », « nos impôts au travail »), a
 * hiring put down to quotas or counted (« pas pour ses compétences », « encore un Haïtien engagé »), our own town become
 * foreign (« dans 10 ans ça va prendre un interprète pour acheter du lait »), a place calm « avant que ce monde-là »
 * came. Clues also point at people without naming them (« ce monde-là », « originaires de », « un nom que personne est
 * capable de prononcer », « la parade de la fierté »), and euphemisms set in quotation marks (« cousins », « beau monde »,
 * « besoins particuliers »). Two dog whistles carry their own people: a bare « remplacement » with its signs (« regardez
 * juste les prénoms »), « 14 mots » with « 88 ».
 *
 * Kept quiet: a sentence another reading judged, a quotation or someone else's words, a denounced sentence, a welcome, a
 * party or a win (« on se comprend, tout le monde est invité! »), and a comment
 * that speaks against prejudice (« préjugé », « raciste »: the hint is named to be rejected).
 */
import { groupsOf } from './groups.ts';
import type { WordHit } from './hit.ts';
import { compile, fills, findAllIn, keyOf, wordSet } from './patterns.ts';
import { isNegated, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import { AGE_WORDS } from './lexicon-groups.ts';

/** What a disclaimer says the speaker is not (« sans vouloir être raciste »). */
const PREJUDICED = 'raciste|racistes|xenophobe|xenophobes|homophobe|homophobes|transphobe|sexiste|sexistes|islamophobe|antisemite';
/** Whose things a precaution keeps (« cachez vos sacoches »). */
const YOURS = 'vos|tes|mes|nos|ses|votre|ton|ta|mon|ma|son|sa|leurs|leur';
/** What a precaution is taken for (« barrez vos portes », « attachez vos tuques »). */
const GUARDED = '+sacoche|+portefeuille|porte|portes|+cabanon|+bicycle|+velo|+char|+auto|+voiture|+enfant|+fille|+poche|+bijou|+valeur|+affaire|+tuque|+biere|+caisse|+glaciere|+chat|+chien';
/** Words that leave the conclusion to the reader. */
const HINTS = compile([
  'comme par hasard', 'on|nous se comprend|comprends|comprenons', 'vous|tu me|m\' ~comprendre', 'si vous|tu ~voir ce que je|j\' ~vouloir dire', 'vous|tu ~voir ce que je|j\' ~vouloir dire',
  'devinez|devine|devinons qui|quoi', 'devinez|devine|devinons de|d\'? quelle|quel|la|le|son|sa|leur', 'je vous|te laisse deviner', 'suivez|suis mon regard', 'ceux|celles qui savent|comprennent savent|comprennent',
  'on|tlm ~savoir ben|bien|tres bien? c\'|ce est? qui', 'tout le monde ~savoir ben|bien|tres bien? c\'|ce est? qui', 'pas besoin de|d\' vous|te? ~faire un dessin', 'faites|fais le lien|calcul|math|maths',
  'pure|purement|drole|drôle|quelle|belle de? coincidence|coincidences', 'quelle belle? surprise', 'surprise surprise', 'toujours les memes', 'encore les memes',
  'ca|ce|c\' ~devoir ~etre culturel|culturelle', 'c\'|ce|ca est culturel|culturelle|genetique', 'on s\'|se en doutait|doute', 'je dis|dit ca de meme', 'je dis|dit rien', 'je dis|dit juste ca',
  'allez|va savoir pourquoi', 'je me demande|demandais bien pourquoi', 'drole comment|comme',
  // A question that answers itself (« poser la question, c'est y répondre »).
  'poser la question c\'|ce est? y repondre',
  // The guess left to the reader (« laissez-moi deviner »), the outcome said to follow (« ça explique bien des affaires »,
  // « pas surprenant que… »).
  'laisse|laissez|laissons moi|nous deviner', 'ca|c\' ~expliquer', 'pas|guere|aucunement surprenant|surprenante|etonnant|etonnante', 'comme de raison',
  // Questions not asked (« je pose pas de questions »), chance named (« hasard total », « coïncidence? »), the kind of people
  // (« on comprend quel genre de monde… »), and a precaution advised (« cachez vos sacoches », « barrez vos portes »).
  "je|j' ne|n'? ~poser|pose pas|aucune de|d'? +question", 'pur|drole|quel|beau|grand de? +hasard', '+hasard total|complet', '+coincidence',
  'quel|quelle|quels genre|sorte de|d\' monde|gens|personnes|personne', `~cacher|~barrer|~surveiller|~attacher|~garder ${YOURS} ${GUARDED}`,
  // « Just asking » (« je pose juste la question », « question innocente », « avec tout le respect », « juste moi qui trouve… »,
  // « je m'inquiète pour nos filles »): a question or a claim disowned as it is made. (Not « je dis juste que », « je demande
  // juste », « simple question », as often said kindly or to ask about a service.)
  'je|j\' ~poser|pose juste|seulement|simplement la|une question', 'je|j\' me ~poser|pose la question', 'sans mechancete|malice', 'question|questions innocente|innocentes',
  'avec tout le|mon respect', 'juste moi qui', 'moi qui|que ~trouver ca', 'je|j\' me|m\' ~inquieter sincerement|vraiment|juste? pour nos|mes|les filles|enfants|jeunes|femmes|ados',
  // A disclaimer that announces what follows (« sans vouloir être raciste », « je suis pas raciste mais »).
  `sans vouloir ~etre|paraitre|sembler ${PREJUDICED}`, `je|j' ne|n'? ~etre|suis|chu|chus pas|aucunement ${PREJUDICED} mais`, `c'|ce|ca ne|n'? ~etre|est pas ${PREJUDICED} mais|de`,
  // The conclusion handed over (« je vous laisse faire le calcul »), foreseen in mock surprise (« qui aurait pu prévoir ça »,
  // « qui l'aurait deviné »), read in a sign (« ça en dit long »), chance denied (« rien est jamais un hasard avec eux »), a
  // timing found odd (« drôle de timing »), the others praised to blame the rest (« eux autres au moins ils travaillent »).
  "je|j' vous|te|nous|les ~laisser faire|tirer? le|la|les|vos|tes calcul|calculs|conclusion|conclusions|lien|liens|reste",
  "qui l'? aurait|aurais|avait pu ~prevoir|~deviner|~croire|~imaginer|voir", "qui l' aurait|aurais|avait ~deviner|~prevoir|cru|crue", 'en ~dire long|beaucoup',
  "rien|jamais n'? ~etre|est|es jamais|pas un +hasard", "c'|ce ~etre|est jamais un +hasard", "drole|quel|quelle|beau|belle de|d'? +timing|+adon",
  'eux|elles autres? au moins', 'au moins eux|elles autres',
  // The guess already made (« on sait bien pour qui c'est fait »), the question asked to answer itself (« on se demande bien qui
  // paie leur essence », « pis après on se demande pourquoi »; else only with « bien », as often asked in earnest).
  'on|tlm ~savoir ben|bien|tres bien? pour qui', "on|tlm ~savoir ben|bien|tres bien? ce|c' que|qu' ca|c' ~vouloir dire", 'on se ~demander bien|ben pourquoi|qui|comment', 'apres|ensuite on se ~demander pourquoi|qui|comment', 'on se ~demander qui ~payer|paie|paye|paient|payent', 'je me ~demander bien|ben comment|qui',
  // The others paid for by us (« ils paient pas de taxes », « c'est le fédéral qui paye leur épicerie », « nos impôts au
  // travail », « apprendre à payer des taxes comme tout le monde »).
  "~payer|paient|payent|paye|paie pas|jamais|aucune de|d' taxe|taxes|impot|impots|loyer", "~apprendre a|à ~payer", "c'|ce ~etre|est le|les|nos|nous federal|gouvernement|contribuables|taxes|impots|autres? qui ~payer|paient|payent|paye|paie|payons",
  'nos|vos taxes|impots au travail', "nous autres? ~envoyer|~refiler|~laisser la facture",
  // A hiring said to answer a quota, not merit (« pas pour ses compétences », « pour les quotas », « qui cochent la bonne case de
  // couleur »).
  "~cocher la|les bonne|bonnes +case|+boite de|d' +couleur|+origine|+genre|+sexe|+religion",
  'pas|jamais pour|grace a? sa|ses|son|leur|leurs +competence|+talent|+experience|+merite|+qualification|diplome|diplomes', 'pour|~remplir|~combler les|des|ses|leurs|nos +quota',
  // What the precaution would be (« va falloir recompter nos pilules », « prévoir du désodorisant »).
  `~recompter ${YOURS}`, '~prevoir|~apporter|~acheter|~mettre du|de +desodorisant|+deodorant|febreze',
  // The others said to be coming before things went wrong (« c'était tranquille avant que ce monde-là arrive »).
  "tranquille|tranquilles|paisible|paisibles|securitaire|securitaires|propre|propres|calme|calmes|sur|sure avant que|qu'|l'",
]);
/**
 * Beside « remplacement » only (the dog whistle), names read as its sign (« regardez juste les prénoms des finissants ») and
 * the theory said true (« c'est pas une théorie »): elsewhere the same words honour names on a plaque.
 */
const REPLACEMENT_SIGNS = compile([
  'regarde|regardez|regardons|~compter juste|seulement? les|la +nom|+prenom|photo|photos', "c'|ce|ca ~etre|est pas|plus une|juste une? +theorie",
  'promene|promenez|va|allez ~toi|vous? au|a|dans|voir',
]);
/**
 * One more of a people given a post (« encore un Haïtien engagé », « une autre femme nommée à la direction »): the count
 * itself is the slight when the person is named by what they are; the word between must be a people's name (read below).
 */
const ONE_MORE = compile(['encore un|une|des * ~engager|~nommer|~embaucher|~elire|~promouvoir|~choisir', 'un|une autre * ~engager|~nommer|~embaucher|~elire|~promouvoir|~choisir']);
/** Good news said of it anywhere in the comment (« enfin », « une bonne nouvelle », « fière de… »): one more is welcomed. */
const GOOD_NEWS = compile(['bonne|belle|excellente|grande +nouvelle', 'enfin', 'fier|fiere|fiers|fieres|fierte', 'premiere|premier', 'bravo', '+parite', '+felicitation', '+bienvenue']);
/** A sentence of one mock verdict (« Surprenant. », « Belle époque. »): the conclusion of what came before. */
const VERDICTS = compile(['surprenant|etonnant|surprise|surprenante|etonnante', 'quelle|belle|drole|tiens|oh|ah surprise|epoque']);
/** Wanted in our own town, some day, to be understood (« dans 10 ans ça va prendre un interprète pour acheter du lait »). */
const FOREIGN_HERE = wordSet(['+interprete', '+traducteur', '+passeport', '+visa'], false);

/** Whom a colour is guessed of (« devinez la couleur du suspect »). */
const SUSPECTS = '+suspect|gars|+conducteur|+chauffeur|+voleur|+criminel|+coupable|+agresseur|+personne|+individu|bonhomme|+monsieur|+madame|+proprio|+proprietaire|+voisin|+locataire|+client|+tireur|+bandit';
/**
 * What stands for a people without naming one (« devinez la couleur du suspect », « son pays d'origine », « un bon
 * bronzage »): beside a hint, the reader is left to name the people.
 */
const CLUES = compile([
  '+pays|+lieu d\' origine', '+turban', '+voile', '+hijab', '+niqab', '+burqa', 'arc-en-ciel', 'multiculturel|multiculturelle|interculturel|interculturelle|multiethnique',
  // A place said darker, a reserve (« le quartier est rendu plus foncé », « c'est sur la réserve que ça se passe »).
  'plus fonce|foncee|fonces|foncees', 'sur|dans|de la|les reserve|reserves',
  'quelle|son|sa|leur|leurs|de|d\' +origine', 'couleur|couleurs de peau', `couleur|couleurs du|de|des|d' la|l'? ${SUSPECTS}`, '+bronzage', 'bien|bon|tres|pas mal bronze|bronzes|bronzee|bronzees', '+teint',
  // People pointed at without a name (« ce monde-là », « ces gens-là », « le genre de monde »), by origin (« originaires de »),
  // by a name nobody can say (« un nom que personne est capable de prononcer »), by dress (« en boubou »), by the place a
  // dog whistle gives them (« le grand remplacement »; a bare « remplacement » is read below).
  'ce|ces|cette monde|gens|gang|engeance la', "genre|sorte de|d' monde|gens", 'originaire|originaires de|d\'', "capable|capables de|d' le|les? prononcer", '+nom imprononcable',
  '+boubou', '+djellaba', '+kippa', '+carte de statut', '+pronom', 'pow wow|wows', '+powwow', 'parade|parades|defile|defiles|marche|marches de la fierte', 'grand|grande +remplacement',
  // A hiring put down to identity (« ceux qui cochent la bonne case de couleur »): the hint and its people at once.
  "~cocher la|les bonne|bonnes +case|+boite de|d' +couleur|+origine|+genre|+sexe|+religion", "~etre|est|sont de|d' la communaute",
]);
/** Words of diversity that, set in quotation marks, are the wink (« depuis que le quartier s'est « diversifié » »). */
const DIVERSITY = wordSet(['+diversite', '~diversifier', 'multiculturel', 'multiculturels', 'multiculturelle', 'multiculturalisme', '+enrichissement', '+inclusion', 'inclusif', 'inclusive', 'arrivants', 'vivre-ensemble', 'ensemble', 'culturel', 'culturelle',
  // Euphemisms that, set in quotation marks, point at people (« des « cousins » », « le « beau monde » », « à « besoins
  // particuliers » », « un « accent » »).
  'cousins', 'cousines', 'monde', 'particuliers', 'particulieres', 'accent', 'accents', 'artiste', 'artistes'], false);
/** A comment that names prejudice itself is against it (« encore un préjugé raciste », « arrêtez les clichés »). */
const AGAINST = wordSet(['+mythe', 'complotiste', 'complotistes', '+prejuge', '+cliche', '+stereotype', 'raciste', 'racistes', 'racisme', 'xenophobe', 'haineux', '+amalgame', '+discrimination', '~denoncer', 'honte', '+insulte', '+commentaire'], false);
/** Words by which quotation marks name what was said, read or chosen (« j'ai lu que c'était « une maladie » », « cochez « X » »): no wink. */
const NAMED = wordSet(['~lire', '~dire', '~ecrire', '~entendre', '~appeler', '~nommer', '~cocher', '~choisir', '~intituler', '~chanter', '~traiter', '~qualifier', '~surnommer'], false);
/** A welcome, a party, thanks or a win beside the hint: banter (« on se comprend, tout le monde est invité! »). */
const WARM = wordSet(['+bienvenue', '+fete', '~inviter', '+felicitation', '~feliciter', '+merci', '~remercier', '~gagner', '+champion', '+party', '~celebrer', '+souper', '+cadeau', '+empathie', '+compassion'], false);
/** What makes a noun a thing's (« le remplacement des conduites »). */
const OF = new Set(['de', 'des', 'du', "d'", 'd']);

/**
 * « interprète », « passeport » wanted some day (« bientôt », « dans 10 ans », a few words before) to do an everyday thing
 * (« pour acheter du lait », a few words after): our own town become foreign. Bounded windows, same sentence.
 */
function foreignHere(s: Stream, i: number): boolean {
  const k = s.sentence[i]!;
  let soon = false;
  for (let j = i - 1; j >= Math.max(0, i - 8) && s.sentence[j] === k && !soon; j -= 1) {
    const w = keyOf(s.words[j]!);
    soon = w === 'bientot' || (w === 'ans' && j >= 2 && keyOf(s.words[j - 2]!) === 'dans');
  }
  if (!soon) return false;
  // « pour » and a verb (« pour acheter », « pour rentrer »), not « pour l'école ».
  for (let j = i + 1; j < Math.min(s.words.length - 1, i + 4) && s.sentence[j + 1] === k; j += 1) {
    if (keyOf(s.words[j]!) === 'pour') return /(?:er|ir|re)$/.test(keyOf(s.words[j + 1]!));
  }
  return false;
}

/** How many sentences before or after the hint the people may be named (a comment of a few sentences). */
const SENTENCE_REACH = 1;

/** Warnings for hints beside a people named; `judged[i]` marks words other readings took. */
export function findHints(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  if (n === 0) return out;
  // A quota ends its clause when it is the reason given (« c'est sûrement pour les quotas »), not « les quotas de femmes ».
  const hints = findAllIn(s, HINTS).filter(([, b]) => keyOf(s.words[b - 1]!).slice(0, 5) !== 'quota' || b === n || s.clause[b] !== s.clause[b - 1]);
  const sentences = s.sentence[n - 1]! + 1;
  const { mentions, headAt } = groupsOf(s);
  const oneMore = findAllIn(s, ONE_MORE);
  for (const [a, b] of oneMore.length > 0 && findAllIn(s, GOOD_NEWS).length === 0 ? oneMore : []) {
    const m = headAt[b - 2]!;
    if (m >= 0 && mentions[m]!.identity && !AGE_WORDS.has(keyOf(s.words[b - 2]!))) hints.push([a, b]);
  }
  // A mock verdict is a sentence of its own and judges what came before it (« Belle époque. » after the scene, not before).
  const backOnly = new Set<number>();
  const ends = (a: number, b: number): boolean => (a === 0 || s.sentence[a - 1] !== s.sentence[a]) && (b === n || s.sentence[b] !== s.sentence[a]);
  for (const [a, b] of findAllIn(s, VERDICTS)) if (ends(a, b)) (hints.push([a, b]), backOnly.add(a));
  // A bare « remplacement » (not « le remplacement des conduites ») is the dog whistle: its people, and what may sign it.
  const replaced = new Uint8Array(sentences);
  for (let i = 0; i < n; i += 1) {
    if (keyOf(s.words[i]!) !== 'remplacement') continue;
    const next = i + 1 < n && s.sentence[i + 1] === s.sentence[i] ? keyOf(s.words[i + 1]!) : '';
    if (!OF.has(next)) replaced[s.sentence[i]!] = i + 1;
  }
  for (const [a, b] of findAllIn(s, REPLACEMENT_SIGNS)) {
    const k = s.sentence[a]!;
    if (replaced[k] || (k > 0 && replaced[k - 1]) || (k + 1 < sentences && replaced[k + 1])) hints.push([a, b]);
  }
  // « 14 mots » (the fourteen words of a white-power slogan) read beside « 88 »: the dog whistle is the hint, the number the people.
  let fourteen = -1;
  let eightyEight = -1;
  for (let i = 0; i < n; i += 1) {
    const w = keyOf(s.words[i]!);
    if (w === '88') eightyEight = i;
    else if (w === '14' && i + 1 < n && (keyOf(s.words[i + 1]!) === 'mots' || keyOf(s.words[i + 1]!) === 'words')) fourteen = i;
    else if (fills(FOREIGN_HERE, s.words[i]) && foreignHere(s, i)) hints.push([i, i + 1]);
  }
  if (fourteen >= 0 && eightyEight >= 0) hints.push([fourteen, fourteen + 2]);
  hints.sort((x, y) => x[0] - y[0]);
  // A word or three set in quotation marks is a wink too (« son « diplôme » de là-bas », « le « beau monde » qu'on connaît »),
  // read beside a people of its own sentence only (the same marks also name a program or a title).
  const winks: Array<[number, number]> = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && s.quoted[j] && s.sentence[j] === s.sentence[i]) j += 1;
    if (j > i && j - i <= 3) winks.push([i, j]);
    i = Math.max(j, i + 1);
  }
  if (hints.length === 0 && winks.length === 0) return out;
  // (A disclaimer's own « raciste » is no stand against prejudice.)
  const inHint = new Uint8Array(n);
  for (const [a, b] of hints) inHint.fill(1, a, b);
  for (let i = 0; i < n; i += 1) if (!inHint[i] && fills(AGAINST, s.words[i])) return out;
  const warm = new Uint8Array(sentences);
  for (let i = 0; i < n; i += 1) if (fills(WARM, s.words[i])) warm[s.sentence[i]!] = 1;
  const quiet = new Uint8Array(sentences);
  // A word or three in quotation marks is no quotation but a wink (« des « jeunes » »): the people so named count, ages too.
  // (The same short runs as the winks above.)
  const scare = new Uint8Array(n);
  for (const [a, b] of winks) scare.fill(1, a, b);
  // (A euphemism in quotation marks, « à « besoins particuliers » », is no one else's speech. « grand remplacement » is a tone
  // warning of its own in hate.ts: read here with the hint beside it, not left to quiet it.)
  const euphemism = new Uint8Array(n);
  for (const [a, b] of winks) for (let i = a; i < b; i += 1) if (fills(DIVERSITY, s.words[i])) euphemism.fill(1, a, b);
  for (let i = 0; i < n; i += 1) {
    const w = keyOf(s.words[i]!);
    const replacement = w === 'remplacement' || ((w === 'grand' || w === 'grande') && i + 1 < n && keyOf(s.words[i + 1]!) === 'remplacement');
    if ((judged[i] && !replacement) || (s.quoted[i] && !scare[i]) || (sc.spoken[i] && !euphemism[i])) quiet[s.sentence[i]!] = 1;
  }
  for (let k = 0; k < sentences; k += 1) if (sc.denounced[k]) quiet[k] = 1;
  // The first people named in each sentence (an identity, not an age), as word index + 1.
  const people = new Int32Array(sentences);
  for (const m of mentions) {
    const k = s.sentence[m.head]!;
    if (m.identity && (!AGE_WORDS.has(keyOf(s.words[m.head]!)) || scare[m.head]) && !people[k]) people[k] = m.head + 1;
  }
  // Where no people is named, a clue that stands for one, or a word of diversity set in quotation marks.
  for (const [a, b] of findAllIn(s, CLUES)) if (!people[s.sentence[a]!]) people[s.sentence[a]!] = b;
  for (let i = 0; i < n; i += 1) if (scare[i] && !people[s.sentence[i]!] && fills(DIVERSITY, s.words[i])) people[s.sentence[i]!] = i + 1;
  for (let k = 0; k < sentences; k += 1) if (!people[k] && replaced[k]) people[k] = replaced[k]!;
  if (fourteen >= 0 && eightyEight >= 0 && !people[s.sentence[eightyEight]!]) people[s.sentence[eightyEight]!] = eightyEight + 1;
  const sentenceStart = new Int32Array(sentences + 1).fill(n);
  const named = new Uint8Array(sentences);
  for (let i = n - 1; i >= 0; i -= 1) sentenceStart[s.sentence[i]!] = i;
  for (let i = 0; i < n; i += 1) if (fills(NAMED, s.words[i])) named[s.sentence[i]!] = 1;
  let last = -1;
  const marked = hints.length;
  for (const [h, [a, b]] of [...hints, ...winks].entries()) {
    const k = s.sentence[a]!;
    if (quiet[k] || warm[k] || k === last) continue;
    const reach = h < marked ? SENTENCE_REACH : 0;
    const after = backOnly.has(a) ? 0 : reach;
    // A wink needs a sentence that neither denies it (« ne sont pas « trop émotives » ») nor says where the words come from.
    if (h >= marked && (isNegated(s, sentenceStart[k]!, sentenceStart[k + 1]!) || named[k])) continue;
    let near = -1;
    for (let j = Math.max(0, k - reach); j <= Math.min(sentences - 1, k + after) && near < 0; j += 1) if (people[j] && !quiet[j]) near = people[j]! - 1;
    if (near < 0) continue;
    last = k;
    // The hint and, in its own sentence, the people named: what a person sees highlighted.
    const same = s.sentence[near] === k;
    let from = same ? Math.min(a, near) : a;
    const to = same ? Math.max(b, near + 1) : b;
    // A euphemism in quotation marks opens no span (what is quoted is read as someone else's words): start after it.
    let x = from;
    while (x < n && s.sentence[x] === k && sc.spoken[x] && euphemism[x]) x += 1;
    if (x < n && s.sentence[x] === k) from = x;
    out.push({ kind: 'hate', severity: 'warning', a: from, b: from < to ? to : sentenceStart[k + 1]!, doubtful: 'hint' });
  }
  return out;
}
