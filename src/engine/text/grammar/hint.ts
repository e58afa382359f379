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
 * calcul »), foreseen in mock surprise (« qui aurait pu prévoir ça »), read in a sign (« ça en dit long »), the others paid
 * for by us (« ils paient pas de taxes », « c'est le fédéral qui paye », « nos impôts au travail »), a hiring put down to
 * quotas (« pas pour ses compétences », « ceux qui cochent la bonne case de couleur ») or counted (« encore un Haïtien
 * engagé »), a one-sentence mock verdict on what came before (« Surprenant. »), a place better « avant que ce monde-là »
 * came, our town become foreign (« dans 10 ans ça va prendre un interprète pour… »), and dog whistles that carry their own
 * people (« grand remplacement », « 14 mots » with « 88 »). Clues also point at people without
 * naming them (« ce monde-là », « le genre de monde »), and euphemisms set in quotation marks (« cousins », « beau monde »,
 * « besoins particuliers »).
 *
 * The guesses and questions not asked are hints too (« devinez », « on devine », « faut pas se demander
 * pourquoi », « tu comprends pourquoi »), and a name used as a type stands for its people (« encore un Mohamed 🙄 »,
 * « s'appelle Goldberg », names.ts).
 *
 * Kept quiet: a sentence another reading judged, a quotation or someone else's words, a denounced sentence, a welcome, a
 * party or a win (« on se comprend, tout le monde est invité! »), and a comment
 * that speaks against prejudice (« préjugé », « raciste »: the hint is named to be rejected).
 */
import { groupsOf, namedByAge } from './groups.ts';
import type { WordHit } from './hit.ts';
import { compile, fills, findAllIn, NO_LONGER, wordSet } from './patterns.ts';
import { isNegated, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import { peopleWorship, religiousDress } from './lexicon-groups.ts';
import { hardshipVerbs } from './lexicon-predicates.ts';
import { FOREIGN, HOME } from './foreign.ts';
import { HIRED, ironyAt, mocked } from './appoint.ts';
import { namedTypes, OUR_NAMES } from './names.ts';
import { SNEER } from './question.ts';

/** What a disclaimer says the speaker is not (« sans vouloir être raciste »). */
const PREJUDICED = 'raciste|racistes|xenophobe|xenophobes|homophobe|homophobes|transphobe|sexiste|sexistes|islamophobe|antisemite';
/** Whose things a precaution keeps (« cachez vos sacoches »). */
const YOURS = 'vos|tes|mes|nos|ses|votre|ton|ta|mon|ma|son|sa|leurs|leur';
/** What a precaution is taken for (« barrez vos portes », « attachez vos tuques »). */
const GUARDED = '+sacoche|+portefeuille|porte|portes|+cabanon|+bicycle|+velo|+char|+auto|+enfant|+fille|+poche|+bijou|+valeur|+affaire|+tuque|+biere|+caisse|+cellulaire|+pilule';
/**
 * A precaution advised (« barrez vos portes », « faites attention à vos vélos », « je laisse mon portefeuille à la maison »):
 * beside a people, or a service that stands for them (« un nouveau refuge »), the theft is blamed on them.
 */
const GUARDS = [`~cacher|~barrer|~surveiller|~attacher|~garder|~compter|~recompter|attention a? ${YOURS} ${GUARDED}`, `~laisser ${YOURS} ${GUARDED} a|chez la? maison|nous`];
/** Who is hired for a box ticked (« ceux qui cochent la bonne case de couleur »): a hint that names its people (a clue too). */
const BOX = "~cocher la bonne +case de +couleur|+origine";
/** Whom a colour or a name is guessed of (« devinez la couleur du suspect »). */
const SUSPECTS = '+suspect|gars|+conducteur|+chauffeur|+voleur|+criminel|+coupable|+agresseur|+personne|+individu|bonhomme|+monsieur|+madame|+proprio|+proprietaire|+voisin|+locataire|+client|+tireur|+bandit';
/** What a people is praised for doing, against another (« eux autres au moins ils travaillent »). */
const DUTY = '~travailler|~payer|~parler|~respecter|~integrer|~chialer';
/** A value of openness, named to be mocked (« ça doit être ça l'ouverture »). */
const VALUE = "+ouverture|+diversite|vivre-ensemble|+inclusion|+integration|+tolerance";
const MOCKED = [`ca|c' ~devoir ~etre ca le|la|l' ${VALUE}`, `${VALUE} qu' ils|y|on nous? ~dire|~vendre`, `${VALUE} ca ~marcher|~aller`];
/**
 * Hints that a people named by age may stand beside (« les boomers…, patience la nature va régler ça », « gang d'ados,
 * gardez vos sacoches »): the death of the old awaited (« ils seront pas là pour voir le résultat », « un pied dans la
 * tombe », « ceux qui servent pu à rien ») and a precaution. Other hints leave ages out (« devinez qui a gagné au bingo? »).
 */
const AGED = compile([
  "la nature va|~finir par? regler|s' ca|en", 'pas|pu|plus ~etre? la pour le|les? voir',
  'ceux qui servent pu|plus a rien', `~cacher|~garder ${YOURS} ${GUARDED}`,
]);
/**
 * The unsaid named to the reader (« vous savez à quoi je fais allusion », « si vous voyez ce que je veux dire », « on sait ben
 * c'est qui », « vous-savez-qui ») and a precaution (GUARDS): the strongest hints, read also beside a person described without
 * a name (« les nouveaux voisins », DESCRIBED) or a service that stands for its people (« le nouveau refuge »).
 */
const ALLUSIONS = ["vous|tu ~savoir|~voir|~deviner a|de|d' quoi|qui je|j'", "vous|tu ~savoir|~voir|~deviner ce que|qu' je|j' ~vouloir dire",
  "on|vous|tu ~savoir ben|bien|tres|tous? bien? c'|ce|pour est? qui", 'vous|tu ~savoir qui'];
const STRONG = compile([...ALLUSIONS, ...GUARDS]);
const GUARD = compile(GUARDS);
/** Dangers a precaution may be about (« travaux près du refuge, faites attention à vos enfants »): then it is a safety notice. */
const HAZARDS = wordSet(['+travaux', '+chantier', '+verglas', '+glace', '+circulation', '+trafic', '+camion', '+machinerie', '+detour', '+excavation', '+trou', '+deneigement', '+souffleuse', '+charrue', '+inondation', '+crue', '+coyote', '+ours', '+tique', '+tempete', '+orage', '+canicule', '+courant', '+fermeture', '+entrave'], false);
/** A person described, not named (« les nouveaux voisins », « du nouveau monde »). */
const DESCRIBED = compile([`nouveau|nouveaux|nouvelle|nouvelles ${SUSPECTS}|+arrivant|monde|gens`]);
/**
 * Where a people lives, guessed (« on devine sur quelle rue vivent les nouveaux arrivants »): read also beside a person
 * described without a name (DESCRIBED), not beside a service (« devinez dans quel quartier le refuge va ouvrir » asks where
 * the City puts it).
 */
const WHERE = compile(['~deviner *? sur|dans quelle|quel +rue|+quartier|+secteur']);
/**
 * A mocking forecast of a people's effect on others, nothing said of the people: the shops nearby wished luck (« bonne chance
 * aux dépanneurs du coin »), no change where the others are the same already (« aucune différence avec d'habitude » of workers
 * on strike, « ça changera rien au monde qui reste là »). The same words are said in earnest, so only with a sign of irony in
 * the sentence (a wink, a mood other than warmth, a sneer); a service counts for its people. A warning to check.
 */
const FORECASTS = compile([
  'bonne chance aux|au +commercant|+depanneur|+epicerie|+voisin',
  "aucune|pas de|la? +difference avec d'|l' +habitude|+ordinaire",
  '~changer pas|rien grand? chose? a|au|aux|pour le|les? monde|gens|+voisin',
]);
/** Words that leave the conclusion to the reader. */
const HINTS = compile([
  'comme par hasard', 'on|nous se comprend|comprends|comprenons', 'vous|tu me|m\' ~comprendre', 'tu|vous|on ~comprendre pourquoi',
  'devinez|devine|devinons', 'on|vous|tu ~deviner', 'je vous|te laisse deviner', 'suivez|suis mon regard', 'ceux|celles qui savent|comprennent savent|comprennent',
  'pas besoin de|d\' vous|te? ~faire un dessin', 'faites|fais le lien|calcul|math|maths',
  'pure|purement|drole|drôle|quelle|belle de? coincidence|coincidences', 'quelle belle? surprise', 'surprise surprise', 'toujours les memes', 'encore les memes',
  'ca|ce|c\' ~devoir ~etre culturel|culturelle', 'c\'|ce|ca est culturel|culturelle|genetique', 'on s\'|se en doutait|doute', 'je dis|dit ca de meme', 'je dis|dit rien', 'je dis|dit juste ca',
  'allez|va savoir pourquoi', 'je me demande|demandais bien pourquoi', "faut|fallait pas se|s' ~demander pourquoi", 'drole comment|comme',
  // A question that answers itself (« poser la question, c'est y répondre »).
  'poser la question c\'|ce est? y repondre',
  // The guess left to the reader (« laissez-moi deviner »), the outcome said to follow (« ça explique bien des affaires »,
  // « pas surprenant que… »).
  'laisse|laissez|laissons moi|nous deviner', 'ca|c\' ~expliquer', 'pas|guere|aucunement surprenant|surprenante|etonnant|etonnante', 'comme de raison',
  // Questions not asked (« je pose pas de questions »), chance named (« hasard total », « coïncidence? »), the kind of people
  // (« on comprend quel genre de monde… »), and a precaution advised (« cachez vos sacoches », « barrez vos portes »).
  "je|j' ne|n'? ~poser|pose pas|aucune de|d'? +question", 'pur|drole|quel|beau|grand de? +hasard', '+hasard total|complet', '+coincidence',
  'quel|quelle|quels genre|sorte de|d\' monde|gens|personnes|personne', ...GUARDS,
  // A mock wish for those nearby (« bonne chance à ceux qui restent autour »; said to a people itself, « bonne chance à eux »,
  // it is sincere).
  'bonne chance a ceux|celles qui',
  // The reader told to keep sleeping while it happens (« continuez à dormir »).
  'continuez|continue a|de ~dormir',
  // « Just asking » (« je pose juste la question », « question innocente », « avec tout le respect », « juste moi qui trouve… »,
  // « je m'inquiète pour nos filles »): a question or a claim disowned as it is made. (Not « je dis juste que », « je demande
  // juste », « simple question », as often said kindly or to ask about a service.)
  'je|j\' ~poser|pose juste|seulement|simplement la|une question', 'je|j\' me ~poser|pose la question', 'sans mechancete|malice', 'question|questions innocente|innocentes',
  'avec tout le|mon respect', 'juste moi qui', 'moi qui|que ~trouver ca', 'je|j\' me|m\' ~inquieter sincerement|vraiment|juste? pour nos|mes|les filles|enfants|jeunes|femmes|ados',
  // The claim shielded as it is made: called what everyone thinks, a right, a fact (« je dis juste ce que tout le monde
  // pense », « j'ai le droit de le penser », « un constat, pas du racisme », « sans me faire traiter de raciste »), or the
  // speaker asks whether they are alone (« c'tu juste moi ou… », « Juste moi ? »).
  "j' ai tu? bien? le droit de le? ~penser|~dire",
  'constat|constatation pas du racisme', `sans me|se ~faire traiter de ${PREJUDICED}`, 'juste moi ou', 'juste moi ?',
  // A disclaimer that announces what follows (« sans vouloir être raciste », « je suis pas raciste mais »).
  `sans vouloir ~etre|paraitre|sembler ${PREJUDICED}`, 'sans vouloir ~offenser|~insulter',
  // Prejudice asked about as a question, its claim made (« c'est-tu raciste de dire que… », « est-ce homophobe de trouver que… »).
  `est ce que? c'? est? vraiment? ${PREJUDICED} de|d' ~dire|~penser|~trouver que|qu'`, `c' est? tu vraiment? ${PREJUDICED} de|d' ~dire|~penser|~trouver que|qu'`,
  // How it ends, known to all (« on sait tous comment ça finit », « on sait c'est quoi qui arrive quand… »).
  "on|vous|tu ~savoir tous|ben|bien? c'? est? comment|quoi ca|qui ~aller? ~finir|~arriver",
  // Our town no longer known (« dans 20 ans on reconnaîtra pu notre ville »).
  '~reconnaitre pu|plus notre|nos|la|le ville|quartier|pays', `je|j' ne|n'? ~etre|suis|chu|chus pas|aucunement ${PREJUDICED} mais`, `c'|ce|ca ne|n'? ~etre|est pas ${PREJUDICED} mais|de`,
  // The conclusion handed over (« je vous laisse faire le calcul »), foreseen in mock surprise (« qui aurait pu prévoir ça »,
  // « qui l'aurait deviné »), read in a sign (« ça en dit long »).
  "je|j' vous|te ~laisser faire|tirer? le|la|les +calcul|+conclusion", "qui l'? aurait|avait pu? ~prevoir|~deviner|voir", 'en ~dire long',
  // The guess already made (« on sait bien pour qui c'est fait », « on sait ben ce que ça veut dire »).
  'on ~savoir ben|bien ce que ca ~vouloir dire',
  // The others paid for by us (« ils paient pas de taxes », « c'est le fédéral qui paye leur épicerie », « nos impôts au
  // travail »).
  "~payer pas de|d' +taxe|+impot", "c' ~etre le|nos|nous federal|taxes|autres? qui ~payer",
  'nos taxes|impots au travail',
  // A hiring said to answer a quota, not merit (« pas pour ses compétences », « pour les quotas », « qui cochent la bonne case de
  // couleur »).
  BOX, 'pas pour|grace a? sa|ses|son|leur|leurs +competence|+experience', 'pour|~remplir les +quota',
  // A timing found odd (« drôle de timing »); a place said better before they came (« c'était tranquille avant que ce
  // monde-là arrive », « plus propre avant l'arrivée des… »).
  'drole de +timing',
  "+tranquille|+paisible|+calme|+propre|securitaire|securitaires|mieux avant que|qu'|l'|les|certain|certains|certaine|certaines",
  // Our own town become foreign some day (« dans 10 ans ça va nous prendre un interprète pour acheter du lait », « bientôt
  // faudra un passeport pour… »; not « pour servir les familles », « aider », « voyager », said in earnest: read below).
  'bientot|ans ca|il? va|vont? nous? ~prendre|~falloir un|une|des +interprete|+traducteur|+passeport|+visa pour',
  // The speaker only « notes » and names no one (« je fais juste constater », « je dirai rien de plus », « je nomme
  // personne », « je vise personne »), a mock surprise (« tiens donc », « bizarre comme… »).
  "je|j' ~faire|fais juste|seulement ~constater|~remarquer|~observer", "je|j' ne|n'? ~dire|dirai|dirais rien de plus", "je|j' ne|n'? nomme|nommerai|nommerais|vise|pointe personne",
  'tiens donc', 'bizarre comme|comment',
  // An allusion made of parts: a verb of knowing or guessing, the reader, the unsaid (« vous savez à qui je pense », « tu vois
  // de quoi je parle », « vous devinez ce que je veux dire »), « une certaine
  // faune » (not « aquatique », « marine », « sauvage », « locale », « du lac »: read below).
  ...ALLUSIONS,
  '+certain +faune|+engeance',
  // A bet on how long before the decline (« on gage combien de temps avant que… », « reste à voir combien de temps avant
  // qu'… »; not a question alone, « combien de temps avant que la piscine rouvre? »). What they wait for before it is a
  // worry for them (read below).
  "~gager|gage|voir combien de temps avant que|qu'", "~gager|gage pas longtemps avant que|qu'",
  // A wrongdoer's name said not to be one of ours (« le suspect s'appelle pas Tremblay »): the guess is made for the reader.
  `${SUSPECTS} s' appelle|appellent|appelait|appelaient pas`,
  // Praise of one people that blames the others (« les Ukrainiens eux autres au moins ils travaillent », « au moins les
  // Français eux autres ils parlent notre langue »): « eux » sets them against someone; « au moins ils ont un toit » is care.
  `eux autres? au moins ils|y? s'? ${DUTY}`, `au moins eux autres? ils|y? s'? ${DUTY}`, `au moins les * eux autres? ils|y? s'? ${DUTY}`,
  // A value of openness mocked (« ça doit être ça l'ouverture », « le vivre-ensemble qu'ils disaient », « l'intégration ça
  // marche juste dans un sens »): also a clue (MOCKED), the value stands for the people it welcomes.
  ...MOCKED, 'ca ~marcher juste dans un sens', ...HOME,
]);
/**
 * A claim disowned before it is made (« je dis pas que tous les … sont …, mais », « j'ai jamais dit que tous les …, je dis
 * juste… »): read only when a « mais » or a « juste » follows, the real claim (« je dis pas que tous les immigrants sont
 * pareils » alone is fair).
 */
const DISOWN = compile(["je|j' dis|ai pas|jamais dit? que tous|toutes les"]);
/**
 * A sign judged (« …, ça envoie un drôle de message », « …, normal ça ? »): read when a member of a people stands in a
 * place or a role just before (« une femme voilée à l'accueil », « deux papas à l'école ») or a clue is named (« un
 * turban »). What a people undergo (« des réfugiés dorment dehors, normal ça ? ») has a verb after them and stays clean.
 */
const SIGN = compile(["ca|c' ~envoyer|envoie un|le drole|mauvais de? +message", 'normal ca',
  // What everyone thinks, closing the claim (« …, je dis juste ce que tout le monde pense »; not « …: il faut un refuge »).
  "je dis|fais juste dire? ce que tout le monde ~penser"]);
/** What a people wait for, lack or suffer (the verbs, not « meurtre » or « attentif »). */
const SUFFER = wordSet([...hardshipVerbs, '~attendre', '~manquer', '~dormir', '+besoin'], false);
const PLACED = /^(a|au|aux|dans|comme|avec)$/;
/**
 * A sentence of one mock verdict (« Surprenant. », « Étonnant 🙄 », « Pas besoin d'en dire plus. »): the conclusion of what
 * came before, never after.
 */
const VERDICTS = compile(['vraiment|tellement? surprenant|etonnant', 'juste une? question', 'question honnete|serieuse', "pas besoin d'|de en dire plus"]);
/** One more of a people given a post (« encore un Haïtien engagé »): the count is the slight; the word between must be a people's name. */
const ONE_MORE = compile([`encore un|une|des autre|autres? * ${HIRED}`]);
/**
 * Dog whistles (« grand remplacement », the « 14 mots » of a white-power slogan, « 88 »): the first stands alone, the others
 * only beside one more (« 88 » is an address or an age on its own). Each carries its own people.
 */
/** Good news anywhere in the comment (« enfin », « bravo », « félicitations »): one more is welcomed, a surprise sincere. */
const GOOD_NEWS = wordSet(['enfin', 'bravo', '+fier', '~gagner', '+felicitation'], false);
const WHISTLES = compile(['grand remplacement', '14 mots|words', '88',
  // « le remplacement » beside the names or faces to look at (« regardez juste les prénoms des finissants »): one without the
  // other is a pipe's replacement or a list of graduates.
  'remplacement', 'regardez|regarde|cherchez juste? les noms|prenoms',
  // A lone « remplacement » with the reader asked to recall (« remplacement, ça vous dit quelque chose? »), no one's speech
  // (the one whistle of five words or more: it stands alone).
  "remplacement ca|c' vous|te ~dire tu? quelque chose"]);
/**
 * What stands for a people without naming one (« devinez la couleur du suspect », « son pays d'origine », « un bon
 * bronzage »): beside a hint, the reader is left to name the people.
 */
const CLUES = compile([
  '+pays|+lieu d\' origine', ...religiousDress, 'fauteuil|chaise roulant|roulante', 'arc-en-ciel', 'multiculturel|multiculturelle|interculturel|interculturelle|multiethnique', ...MOCKED,
  // A place said darker, a reserve (« le quartier est rendu plus foncé », « c'est sur la réserve que ça se passe »).
  'plus fonce|foncee|fonces|foncees', 'sur|dans la|les reserve|reserves',
  'quelle|son|sa|leur|leurs|de|d\' +origine', '+certain +culture|+origine|+communaute|+faune|+engeance', 'couleur|couleurs de peau', `couleur|couleurs du|de|des|d' la|l'? ${SUSPECTS}`, '+bronzage', 'bien|bon|tres|pas mal bronze|bronzes|bronzee|bronzees', '+teint',
  // People pointed at without a name (« ce monde-là », « ces gens-là », « le genre de monde »), and
  // a box ticked (BOX).
  'ce|ces|cette monde|gens|gang|engeance la', "genre|sorte de|d' monde|gens",
  BOX,
  // A people evoked by what is theirs: a place of worship, a feast, a food, a dress, a law, a card (« une autre mosquée »,
  // « un pow-wow au parc », « un resto halal », « des boubous », « sa carte de statut »), or a hiring quota.
  ...peopleWorship, 'halal', 'pow wow|wows', 'ramadan', '+boubou', 'charia', '+carte de statut', '+quota de|d\' +diversite', "~cocher les|la bonne|bonnes +case",
  // Hired to tick a box (« engagée pour cocher une case »), a prayer rug, a feast of diversity (« un autre festival de la
  // diversité »), the colour of the people guessed (« de quelle couleur vont être la moitié des enfants »).
  'pour ~cocher une|des +case', '+festival|+fete|+semaine de|des la? +diversite|+interculturel',
  "quelle +couleur *? *? *? majorite|moitie? de|des|d'? +enfant|+eleve",
  // A wrongdoer's name guessed (« l'autre chauffeur s'appelait… », « un nom que personne est capable de prononcer », « le
  // même genre de nom »).
  `${SUSPECTS} s' appelle|appellent|appelait|appelaient`, "+nom|+prenom que|qu' personne", 'meme genre|sorte de +nom|+prenom',
  // The people not named, named so (« les cousins de vous-savez-qui »).
  'de|a vous|tu ~savoir qui', ...FOREIGN, '+interprete|+traducteur pour ~commander|~acheter',
]);
/** Words of diversity that, set in quotation marks, are the wink (« depuis que le quartier s'est « diversifié » »). */
const DIVERSITY = wordSet(['+diversite', '~diversifier', 'multiculturel', 'multiculturels', 'multiculturelle', 'multiculturalisme', '+enrichissement', '+inclusion', 'inclusif', 'inclusive', 'arrivants', 'vivre-ensemble', 'ensemble', 'culturel', 'culturelle',
  // Euphemisms that, set in quotation marks, point at people (« des « cousins » », « le « beau monde » », « à « besoins
  // particuliers » »).
  '+cousin', 'monde', '+particulier'], false);
/** A comment that names prejudice itself is against it (« encore un préjugé raciste », « arrêtez les clichés »). */
const AGAINST = wordSet(['+mythe', '+theorie', 'complotiste', '+prejuge', '+cliche', '+stereotype', 'raciste', 'racistes', 'racisme', 'xenophobe', 'haineux', '+amalgame', '+discrimination', '~denoncer', 'honte', '+insulte', '+commentaire', '+propagande', '+mensonge', '+foutaise'], false);
/** Words by which quotation marks name what was said, read or chosen (« j'ai lu que c'était « une maladie » », « cochez « X » »): no wink. */
const NAMED = wordSet(['+programme', '+projet', '+campagne', '+comite', '+atelier', '+slogan', '~lire', '~dire', '~ecrire', '~entendre', '~appeler', '~nommer', '~cocher', '~choisir', '~intituler', '~chanter', '~traiter', '~qualifier', '~surnommer',
  // A word mentioned as a word, an event's title (« le mot « réfugiés » », « le festival « Cultures du monde » »).
  '+mot', '+terme', '+festival'], false);
/**
 * Role nouns that, set in quotation marks, deny the role to the people so named (« leurs « travailleurs » », « certaines
 * « dames » », « une « certaine communauté » »): the people of a hint beside them, never a wink on their own (« les
 * « travailleurs essentiels » ont eu leur prime »).
 */
const ROLES = wordSet(['+travailleur', '+travailleuse', '+etudiant', '+etudiante', '+dame', '+refugie', '+refugiee', '+famille', '+communaute', '+culture', '+groupe', '+demandeur', '+artiste', '+immigrant', '+arrivant', '+citoyen', '+citoyenne', '+coordonnateur', '+coordonnatrice', '+femme', '+homme',
  '+medecin', '+originaire'], false);
/** What a person holds to do a job (« son « diplôme » », « un « accent » », « ses « compétences » »). */
const CREDENTIALS = wordSet(['+diplome', '+accent', '+competence', '+formation', '+experience'], false);
/** A person named by a role or where they live (the suspects, neighbours and clients above). */
const PERSONS = wordSet(`${SUSPECTS}|${HIRED}`.split('|'), false);
const CERTAIN = /^certaine?s?$/;
/** A welcome, a party, thanks or a win beside the hint: banter (« on se comprend, tout le monde est invité! »). */
const WARM = wordSet(['+bienvenue', '+fete', '~inviter', '+felicitation', '~feliciter', '+merci', '~remercier', '~gagner', '+champion', '+party', '~celebrer', '+souper', '+cadeau', '+empathie', '+compassion'], false);

/** Praise in a sentence: a wink emoji after it is friendly (« elle cuisine super bien 😉 »). */
const PRAISE = wordSet(['super', '+genial', '+excellent', '+magnifique', '+delicieux', '+gentil', '~adorer'], false);

/**
 * Feigned praise, thanks or good news that hands over a nuisance as its gift (« merci la Ville pour l'odeur », « bravo pour le
 * refuge, hâte de voir les seringues », « bonne nouvelle, le quartier va sentir l'urine grâce au centre de jour »), or a bet on
 * the decline (« on gage combien de temps avant que ça soit plein de déchets »): beside a people, or a service that stands for
 * them (« refuge », « HLM », « centre de jour »), the nuisance is blamed on them. Needles stand for their people themselves
 * (« bravo pour le parc, on gage combien de temps avant les seringues »). Read in findHints as one more hint. A warning.
 */
const PRAISED = compile(['bravo', '+merci', '+felicitation', 'nouvelle', 'super|belle|bonne +idee', "hate de|d' voir", 'combien de temps avant', '~gager|gage']);
/** What a nuisance left to others is (dirt, smell, needles, noise). */
const NUISANCE = wordSet(['+seringue', '+dechet', '+depotoir', '+odeur', '+senteur', 'urine', '+pisse', '~puer', '+vomi', '+crasse', '+ordure', '+cochonnerie', '+bruit'], false);
/** Care for the nuisance (« merci d'avoir ramassé les seringues », « moins de déchets », « l'échange de seringues »). */
const CARE = wordSet(['~ramasser', '~nettoyer', 'moins', '+echange', 'propre', '+depot'], false);
/**
 * A citizen asking the City to act, or warning of a danger (« pouvez-vous envoyer quelqu'un ? », « c'est dangereux pour les
 * enfants »): the nuisance is reported, not handed over as a gift, whatever thanks come first.
 */
const REPORTED = wordSet(['pouvez', 'pourriez', 'svp', 'stp', 'plait', '~envoyer', '~intervenir', '~signaler', 'dangereux', 'dangereuse', 'dangereuses', '+danger'], false);
/** Thanks for a service (« merci pour votre réponse », « merci de votre suivi »): politeness, not a frame. */
const POLITE = new Set(['votre', 'vos', 'ton', 'ta', 'tes']);
/** Services that stand for the people they serve. */
const SERVICES = compile(['+refuge', 'centre de jour', '+centre jeunesse', "d' injection", '+hebergement', 'hlm', '+halte', '+logement social|sociaux', '+campement', 'la reserve']);

/**
 * A place called a dump of people (« un dépotoir à humains », « une poubelle à BS »), or people called society's waste (« les
 * déchets de la société »): the words name their people themselves. Not « la société de consommation »'s waste.
 */
const DUMP = compile(["+depotoir|+poubelle a|de|d' +humain|monde|bs", "+dechet|+rebut|+ordure de la|l' societe|humanite"]);

/**
 * A habit named right after a people (« sûrement des … pour changer ! », « encore des …, comme d'habitude »): the deed told
 * around them is theirs by custom. Only right after the name (« les … ont gagné comme d'habitude » is said of a team).
 */
const GUESS = /^(?:surement|encore|probablement|evidemment|forcement)$/;
const HABIT = compile(['pour changer', "comme d'|d habitude|hab", 'comme toujours']);

/** How many sentences before or after the hint the people may be named (a comment of a few sentences). */
const SENTENCE_REACH = 1;

/** Warnings for hints beside a people named; `judged[i]` marks words other readings took. */
export function findHints(s: Stream, sc: Scope, judged: Uint8Array): WordHit[] {
  const n = s.words.length;
  const out: WordHit[] = [];
  if (n === 0) return out;
  const next = (b: number): string => s.wordKeys[b] ?? s.wordKeys[0]!;
  const hints = findAllIn(s, HINTS).filter(([, b]) => (next(b - 1) !== 'pour' || !/^(serv|aid|voyag)/.test(next(b)))
    // (A fauna named by its kind is animals, « une certaine faune aquatique ».)
    && !(/^(faune|engeance)$/.test(next(b - 1)) && b < n && /^(aq|ma|sa|lo|d)/.test(next(b))));
  const strong = new Uint8Array(n);
  for (const [a] of findAllIn(s, STRONG)) strong[a] = 1;
  // A precaution beside a danger of its sentence is a safety notice, not a people blamed.
  const hazard = new Uint8Array(n === 0 ? 0 : s.sentence[n - 1]! + 1);
  for (let i = 0; i < n; i += 1) if (fills(HAZARDS, s.words[i])) hazard[s.sentence[i]!] = 1;
  // (Marked, then one pass over the hints: linear however many precautions a paste repeats.)
  const safe = new Uint8Array(n);
  for (const [a] of findAllIn(s, GUARD)) if (hazard[s.sentence[a]!]) (safe[a] = 1), (strong[a] = 0);
  let kept = 0;
  for (const h of hints) if (!safe[h[0]]) hints[kept++] = h;
  hints.length = kept;
  // (Marked by their first word: beside these a people named by age counts.)
  const aged = new Uint8Array(n);
  for (const [a, b] of findAllIn(s, AGED)) (hints.push([a, b]), (aged[a] = 1));
  const sentences = s.sentence[n - 1]! + 1;
  const { mentions, headAt, endingAt } = groupsOf(s);
  for (const [a, b] of findAllIn(s, HABIT)) {
    const m = mentions[endingAt[a] ?? -1];
    if (!m || !m.identity || !m.generic || namedByAge(s, m)) continue;
    // « pour changer » also says a choice (« on mange des … pour changer »): only after a guess (« sûrement des … »). The
    // others too, unless the habit ends the sentence (« Des … comme toujours. », a blame said alone): « des … comme
    // d'habitude ont aidé à la guignolée » praises them.
    const guessed = GUESS.test(next(m.a)) || GUESS.test(next(m.a - 1));
    if (guessed || (next(a) !== 'pour' && (b >= n || s.sentence[b] !== s.sentence[a]))) hints.push([a, b]);
  }
  // A bet on the decline or a mock surprise after what a people wait for or suffer is a worry for them (« des réfugiés
  // attendent un logement, reste à voir combien de temps avant qu'ils en aient un », « …, tiens donc, personne répond »).
  for (let h = hints.length - 1; h >= 0; h -= 1) {
    const [a, b] = hints[h]!;
    if (next(b - 2) !== 'avant' && next(b - 3) !== 'avant' && !/^(tiens|bizarre)$/.test(next(a)) && !strong[a]) continue;
    for (let j = a - 1; j >= 0 && a - j <= 15 && s.sentence[j] === s.sentence[a]; j -= 1) if (fills(SUFFER, s.words[j])) { hints.splice(h, 1); break; }
  }
  // Feigned praise before a nuisance, in its sentence or the next, not cared for nor denied: the gift is the hint, its people
  // found by the loop below, a service too (`served`), two sentences away; `gift` 2: needles stand for their people.
  const frame = new Int32Array(sentences + 1);
  const care = new Uint8Array(sentences);
  const gift = new Uint8Array(n);
  let reported = false;
  for (let i = 0; i < n && !reported; i += 1) reported = fills(REPORTED, s.words[i]);
  for (const [a] of findAllIn(s, PRAISED)) if (!reported && !POLITE.has(next(a + 2))) frame[s.sentence[a]!] ||= a + 1;
  for (let i = 0; i < n; i += 1) {
    const k = s.sentence[i]!;
    // (Care comes before its nuisance: « ramassé les seringues », « moins de déchets ».)
    if (fills(CARE, s.words[i])) care[k] = 1;
    const f = frame[k]! && frame[k]! <= i ? frame[k]! : k > 0 ? frame[k - 1]! : 0;
    if (f && fills(NUISANCE, s.words[i]) && !care[k] && !isNegated(s, Math.max(i - 4, f - 1), i + 1)) (hints.push([f - 1, i + 1]), (gift[f - 1]! |= /^ser/.test(next(i)) ? 2 : 1));
  }
  // A dump of people stands for its people.
  // (« les déchets de la société de consommation » are things.)
  for (const [a, b] of findAllIn(s, DUMP)) if (next(b - 1) !== 'societe' || !/^(de|du|des|d)$/.test(next(b))) (hints.push([a, b]), (gift[a]! |= 2));
  const told = new Uint8Array(n);
  for (const [a, b] of findAllIn(s, WHERE)) (hints.push([a, b]), (told[a] = 1));
  const served = new Int32Array(sentences);
  for (const [a] of findAllIn(s, SERVICES)) served[s.sentence[a]!] ||= a + 1;
  let good = false;
  // A mocking forecast in an ironic sentence (bit 1) is read like a gift: its people found below, a service too; a strike in
  // its sentence or the one before (bit 2) stands for its own workers beside no change (`gift` 2).
  const wry = new Uint8Array(sentences);
  for (const at of ironyAt(s)) wry[s.sentence[at - 1] ?? 0]! |= 1;
  for (let i = 0; i < n; i += 1) (good ||= fills(GOOD_NEWS, s.words[i])), (wry[s.sentence[i]!]! |= SNEER.has(next(i)) ? 1 : +next(i).startsWith('grev') * 2);
  for (const [a, b] of findAllIn(s, FORECASTS)) {
    const k = s.sentence[a]!;
    if (wry[k]! & 1) (hints.push([a, b]), (gift[a]! |= next(a) !== 'bonne' && (wry[k]! | wry[k - 1]!) & 2 ? 2 : 1));
  }
  // One more of a people hired (not « engagé dans sa communauté », committed), unless welcomed.
  for (const [a, b] of good ? [] : findAllIn(s, ONE_MORE)) {
    const m = headAt[b - 2]!;
    if (m >= 0 && mentions[m]!.identity && !namedByAge(s, mentions[m]!) && next(b) !== 'dans') hints.push([a, b]);
  }
  // A member of a people set in a role, mocked by a forecast (appoint.ts), unless welcomed.
  if (!good) hints.push(...mocked(s));
  // A mock verdict is a sentence of its own and judges the sentence before it.
  for (const [a, b] of good ? [] : findAllIn(s, VERDICTS)) {
    if ((a === 0 || s.sentence[a - 1] !== s.sentence[a]) && (b === n || s.sentence[b] !== s.sentence[a])) hints.push([a, b]);
  }
  // (The claim disowned is read by its own frames, negated: that reading does not quiet the hint.)
  const disowned = new Uint8Array(n);
  for (const [a, b] of findAllIn(s, DISOWN)) {
    for (let j = b; j < n && j < b + 20; j += 1) if (/^(mais|juste)$/.test(next(j))) { hints.push([a, b]); disowned.fill(1, a, j); break; }
  }
  const clues = findAllIn(s, CLUES);
  // Per sentence, the first word after which a people placed (« les … au Québec ») or a clue stands (n: none): a paste
  // repeating a sign and its people is not searched whole once per sign (quadratic).
  const placed = new Int32Array(sentences).fill(n);
  for (const m of mentions) if (m.identity && PLACED.test(next(m.b))) placed[s.sentence[m.head]!] = Math.min(placed[s.sentence[m.head]!]!, m.b);
  for (const [c] of clues) placed[s.sentence[c]!] = Math.min(placed[s.sentence[c]!]!, c);
  for (const [a, b] of findAllIn(s, SIGN)) {
    const k = s.sentence[a]!;
    // (« normal ça » closes its sentence: « normal ça coûte cher » is no verdict.)
    if (b < n && (s.sentence[b] === k || s.brk[b] !== 2) && next(a) !== 'ca') continue;
    // What they wait for, lack or suffer before it is a worry for them (« des familles attendent un logement, je dis juste ce
    // que tout le monde sait »).
    let j = a - 1;
    while (j >= 0 && a - j <= 15 && s.sentence[j] === k && !fills(SUFFER, s.words[j])) j -= 1;
    if (j >= 0 && a - j <= 15 && s.sentence[j] === k) continue;
    if (/^j/.test(next(a)) || placed[k]! < a) hints.push([a, b]);
  }
  // The dog whistles read together; each is its own people, and its words may also be another reading's tone warning.
  const whistles = findAllIn(s, WHISTLES);
  const whistle = new Uint8Array(n);
  // (Not « le grand remplacement des véhicules », a thing's.)
  for (const [a, b] of whistles) if ((whistles.length > 1 || s.wordKeys[a]![0] === 'g' || b - a > 4) && !/^(de|du|des|d)$/.test(next(b))) (hints.push([a, b]), whistle.fill(1, a, b));
  // A word or three set in quotation marks is a wink too (« son « diplôme » de là-bas », « le « beau monde » qu'on connaît »),
  // read beside a people of its own sentence only (the same marks also name a program or a title).
  const winks: Array<[number, number]> = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && s.quoted[j] && s.sentence[j] === s.sentence[i]) j += 1;
    if (j > i && j - i <= 3) winks.push([i, j]);
    i = Math.max(j, i + 1);
  }
  // « certaines « cultures » », « une « certaine communauté » »: the marks and « certain » together point without naming.
  for (const [a, b] of winks) if (CERTAIN.test(next(a)) || (a > 0 && CERTAIN.test(next(a - 1)))) hints.push([a > 0 && CERTAIN.test(next(a - 1)) ? a - 1 : a, b]);
  // A wink emoji (stream.ts) closing a sentence is the same move as « comme par hasard », said with a face: read like a
  // word in quotation marks, beside a people of that sentence only (its last word stands for it).
  // (Not after praise, « elle cuisine super bien 😉 »: a face is a weaker sign than words.)
  const faces: Array<[number, number]> = [];
  const praised = new Uint8Array(n === 0 ? 0 : s.sentence[n - 1]! + 1);
  for (let i = 0; i < n; i += 1) if (fills(PRAISE, s.words[i])) praised[s.sentence[i]!] = 1;
  for (const at of s.winkAt) if (at > 0 && !praised[s.sentence[at - 1]!] && (faces.length === 0 || faces[faces.length - 1]![1] !== at)) faces.push([at - 1, at]);
  if (hints.length === 0 && winks.length === 0 && faces.length === 0) return out;
  // (A disclaimer's own « raciste » is no stand against prejudice.)
  const inHint = new Uint8Array(n);
  for (const [a, b] of hints) inHint.fill(1, a, b);
  // (Nor one denied or dared, « c'est pas une théorie », « dites-moi encore que c'est une théorie »: the claim is upheld. A
  // negation within four words before, a dare within fifteen.)
  const upheld = new Uint8Array(sentences);
  for (let i = 0; i < n; i += 1) {
    if (inHint[i] || !fills(AGAINST, s.words[i])) continue;
    let j = i - 1;
    while (j >= 0 && i - j < 16 && s.sentence[j] === s.sentence[i] && !(i - j < 5 && NO_LONGER.has(next(j))) && next(j) !== 'dites') j -= 1;
    if (j < 0 || i - j > 15 || s.sentence[j] !== s.sentence[i]) return out;
    upheld[s.sentence[i]!] = 1;
  }
  const warm = new Uint8Array(sentences);
  // (« Gagnon » shares the stem of « gagner »: a name, not a win.)
  for (let i = 0; i < n; i += 1) if (fills(WARM, s.words[i]) && !OUR_NAMES!.has(s.wordKeys[i]!)) warm[s.sentence[i]!] = 1;
  const quiet = new Uint8Array(sentences);
  // A word or three in quotation marks is no quotation but a wink (« des « jeunes » »): the people so named count, ages too.
  // (The same short runs as the winks above.)
  const scare = new Uint8Array(n);
  for (const [a, b] of winks) scare.fill(1, a, b);
  // (A euphemism in quotation marks, « à « besoins particuliers » », is no one else's speech.)
  const euphemism = new Uint8Array(n);
  for (const [a, b] of winks) for (let i = a; i < b; i += 1) if (fills(DIVERSITY, s.words[i])) euphemism.fill(1, a, b);
  // (Another reading may have cleared « ceux qui servent plus à rien » as said of things: « ceux qui » are people.)
  const agedSpan = new Uint8Array(n);
  for (const [a, b] of hints) if (aged[a]) agedSpan.fill(1, a, b);
  // (A hint's own words may read as speech, « je dis juste ce que… »: that is the speaker's.)
  for (let i = 0; i < n; i += 1) if ((judged[i] && !whistle[i] && !disowned[i] && !agedSpan[i]) || (s.quoted[i] && !scare[i]) || (sc.spoken[i] && !euphemism[i] && !inHint[i] && !disowned[i])) quiet[s.sentence[i]!] = 1;
  for (let k = 0; k < sentences; k += 1) if (sc.denounced[k]) quiet[k] = 1;
  // The first people named in each sentence (an identity, not an age), as word index + 1.
  const people = new Int32Array(sentences);
  const elders = new Int32Array(sentences);
  for (const m of mentions) {
    const k = s.sentence[m.head]!;
    if (m.identity && (!namedByAge(s, m) || scare[m.head]) && !people[k]) people[k] = m.head + 1;
    if (m.identity && !elders[k]) elders[k] = m.head + 1;
  }
  // A name used as a type stands for its people (« encore un Mohamed », names.ts).
  for (const i of namedTypes(s)) people[s.sentence[i]!] ||= i + 1;
  // A person described without a name, the people of the strongest hints only (« les nouveaux voisins…, on sait ben c'est qui »).
  const described = new Int32Array(sentences);
  for (const [, b] of findAllIn(s, DESCRIBED)) described[s.sentence[b - 1]!] ||= b;
  // Where no people is named, a clue that stands for one, or a word of diversity set in quotation marks.
  for (const [a, b] of clues) if (!people[s.sentence[a]!]) people[s.sentence[a]!] = b;
  // A role noun in quotation marks is the people of a hint beside it (not of its own wink: see the loop below).
  const role = new Int32Array(sentences);
  for (let i = 0; i < n; i += 1) if (scare[i] && (fills(ROLES, s.words[i]) || headAt[i]! >= 0) && !role[s.sentence[i]!]) role[s.sentence[i]!] = i + 1;
  for (let i = 0; i < n; i += 1) if ((scare[i] && fills(DIVERSITY, s.words[i])) || whistle[i]) people[s.sentence[i]!] ||= i + 1;
  const sentenceStart = new Int32Array(sentences + 1).fill(n);
  const named = new Uint8Array(sentences);
  for (let i = n - 1; i >= 0; i -= 1) sentenceStart[s.sentence[i]!] = i;
  for (let i = 0; i < n; i += 1) if (fills(NAMED, s.words[i]) && !whistle[i]) named[s.sentence[i]!] = 1;
  // A role or a credential in quotation marks is denied to the person so named (« des « étudiants » », « son « diplôme » »):
  // a role names its own people; a credential needs a person in the comment (a people, a role, « le chauffeur »).
  let person = mentions.length > 0;
  for (let i = 0; i < n && !person; i += 1) person = fills(ROLES, s.words[i]) || fills(PERSONS, s.words[i]);
  const denied = winks.map(([a, b]) => {
    // (One word, or the word and its complement, « « originaires de Montréal » »: not a term, « « travailleurs essentiels » ».)
    if (b - a > 1 && !/^(de|du|des|d)$/.test(next(a + 1))) return 0;
    return fills(ROLES, s.words[a]) || (person && fills(CREDENTIALS, s.words[a])) ? a + 1 : 0;
  });
  let last = -1;
  const marked = hints.length;
  for (const [h, [a, b]] of [...hints, ...winks, ...faces].entries()) {
    const k = s.sentence[a]!;
    if (quiet[k] || (warm[k] && !gift[a]) || k === last) continue;
    const reach = h < marked ? SENTENCE_REACH + gift[a]! : 0;
    // A wink or a whistle needs a sentence that neither denies it (« ne sont pas « trop émotives » ») nor says where the words
    // come from (« j'ai lu sur le grand remplacement »).
    if ((h >= marked || whistle[a]) && !upheld[k] && (isNegated(s, sentenceStart[k]!, sentenceStart[k + 1]!) || named[k])) continue;
    // A verdict judges the sentence before it only.
    const back = /^(surpren|etonn|vraiment|tellement|question|juste (une|question)$)/.test(`${next(a)} ${next(a + 1)}`);
    let near = gift[a]! > 1 ? b - 1 : -1;
    for (let j = Math.max(0, k - reach); j <= Math.min(sentences - 1, back ? k - 1 : k + reach) && near < 0; j += 1) {
      const who = people[j] || (h < marked ? role[j] || (aged[a] ? elders[j] : 0) || (strong[a] || told[a] ? described[j] : 0) || (gift[a] || strong[a] ? served[j] : 0) : denied[h - marked]!);
      if (who && !quiet[j]) near = who - 1;
    }
    if (near < 0) continue;
    last = k;
    // The hint and, in its own sentence, the people named: what a person sees highlighted.
    const same = s.sentence[near] === k;
    let from = same ? Math.min(a, near) : a;
    // A euphemism in quotation marks opens no span (what is quoted is read as someone else's words): start after it.
    while (euphemism[from] && sc.spoken[from] && s.sentence[from + 1] === k) from += 1;
    // (A whistle's span runs to its sentence's end: longer than the tone warning another reading gives its words.)
    out.push({ kind: 'hate', severity: 'warning', a: from, b: whistle[a] ? sentenceStart[k + 1]! : Math.max(from + 1, same ? Math.max(b, near + 1) : b), doubtful: 'hint' });
  }
  return out;
}
