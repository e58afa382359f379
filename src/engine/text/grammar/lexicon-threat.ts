/**
 * Harm called for against people (threat.ts reads these as frames): a class of violence verbs by
 * lemma, multi-word ones included, and the frames that make them a threat, a call or a wish. The
 * object (a group or a person, named or taken up by a pronoun) is checked by the grammar, not here.
 */

/** Violence done to someone; a multi-word entry stops where its object starts (« trancher la gorge | de… »). */
export const violence = [
  '~tuer', '~assassiner', '~torturer', '~etrangler', '~noyer', '~poignarder', '~massacrer', '~exterminer', '~egorger', '~executer', '~pendre',
  '~bruler', '~lyncher', '~violer', '~fusiller', '~decapiter', '~lapider', '~tabasser', '~buter', '~flinguer', '~gazer', '~empoisonner', '~mutiler',
  '~eventrer', '~etriper', '~electrocuter', '~eradiquer', '~crucifier', '~castrer', '~steriliser', '~abattre', '~immoler', '~defenestrer', '~tirer sur|dans',
  '~ouvrir le feu sur', '~passer a l\' action|attaque contre', '~incendier', '~faire les? souffrir|crever|mourir|bruler|saigner|douiller|agoniser', '~faire leur|lui? la peau', '~mettre le feu a|aux|au|chez',
  '~trancher|~couper|~ouvrir|~egorger la|les|leur|leurs|ta|tes|votre|vos|sa|ses gorge|gorges', '~briser|~casser|~tordre|~rompre|~peter le|leur|ton|votre|son|sa|la cou|nuque',
  '~mettre fin a|aux la|leur|ta|votre|sa? vie|vies|jours', '~debarrasser', '~en finir avec', '~rayer de la carte', '~reduire en cendres|bouillie',
  '~loger|~mettre|~tirer une balle dans la tete', '~loger|~mettre|~tirer|~planter une|des|un|mon balle|balles|plomb|couteau dans', 'une|un balle|bala|plomb|pruneau dans la tete|face|gueule|crane', '~envoyer six|6 pieds sous terre', '~sortir en ambulance|civiere',
  '~liquider', '~descendre', '~frapper', '~battre', '~ecraser', '~eliminer', '~casser|~peter|~defoncer|~arranger la|sa|leur|ta gueule|yeule|face',
  // Hurting in general, mass violence, and taking someone on (« s'en prendre aux… », « tirer dans le tas »).
  '~blesser', '~agresser', '~gifler', '~mitrailler', '~dynamiter', '~carboniser', '~traquer', '~pourchasser', '~tirer dessus', '~faire du mal',
  '~foncer dans la foule', '~rouler|~foncer sur', '~casser|~taper du', '~casser|~taper de l\'', '~tirer', '~faire? ~couler le sang', '~repandre le sang',
  // A beating handed out (« leur sacrer une volée, aux… »), in Québec words too.
  '~sacrer|~crisser|~calisser|~donner|~foutre|~coller|~mettre une|un bonne|belle|maudite|osti|ostie|sacree? volee|raclee|claque|degelee|taloche|mandale|rince|baffe', '~bombarder', '~atomiser', '~fouetter', '~achever', '~aneantir', '~pulveriser', '~cogner', '~mettre a mort', 's\'|m\'|se|me|nous|t\'|te en ~prendre',
  '~couper|~trancher|~arracher la|les|leur|leurs|sa|ses|ta|tes|votre|vos tete|tetes', '~prendre|~sortir|~charger les|mes|nos|leurs|mon|ma|son|sa? armes|arme|fusils|fusil|gun|guns|carabine|carabines|kalach', '~tirer|~foncer|~rentrer|~fesser|~frapper|~taper|~cogner|~varger dans le tas', '~avoir la|leur|ta|votre|sa|vos|leurs peau|peaux|tete|tetes',
  // Killing, maiming and beating by any verb of the class (« éviscérer », « rouer de coups », « battre à mort »).
  '~eviscerer', '~demembrer', '~ecorcher', '~depecer', '~defigurer', '~assommer', '~etouffer', '~estropier', '~lacerer', '~taillader', '~matraquer', '~brutaliser',
  '~zigouiller', '~trucider', '~dessouder', '~tapocher', '~fesser', '~shooter', '~passer a tabac', '~passer au couteau|fil', '~passer par les armes', '~faire ~griller|~cramer|~rotir',
  '~ebouillanter', '~ecarteler', '~rouer de coups', '~cribler de balles|coups|plomb', '~battre|~frapper|~tabasser|~rouer|~fouetter a mort', '~enterrer|~bruler|~ecorcher +vivant',
  // A body part broken, torn out or cut open (« briser les os de… », « crever les yeux à… », « ouvrir le ventre de… »); not an idiom (« ouvrir les yeux »).
  '~briser|~casser|~fracasser|~peter|~defoncer|~fendre|~broyer|~ecraser|~eclater|~exploser la|le|les|l\'|leur|leurs|sa|son|ses deux? os|crane|tete|gueule|face|machoire|nez|dents|cotes|genoux|jambes|colonne|cervelle|nuque|cou|doigts',
  '~arracher|~crever|~percer les|leurs|ses|la|sa|leur|le yeux|oeil|coeur|tripes|entrailles|langue', '~ouvrir|~trancher|~fendre|~eventrer le|la|leur|sa ventre|gorge|crane|bide',
  // A blade driven in (« planter un couteau dans le cœur de… »; not « dans le dos », a betrayal).
  '~planter|~enfoncer|~rentrer un|une|mon|ma|des couteau|lame|poignard|epee|hache|machette|couteaux dans le|la|les ventre|coeur|gorge|cou|tete|crane|face|gueule|poitrine|yeux|oeil',
  '~tirer|~rouler|~rentrer dans la foule|manif|manifestation|rassemblement',
  // Wiped out (« rayer les… de la carte »; the complement is checked in threat.ts), made to disappear.
  '~rayer', '~effacer', '~faire disparaitre', '~ramasser a la petite cuillere|cuiller', '~regler leur|lui? son|leur|sa compte', '~faire son|leur affaire|compte',
  // A bomb laid where they gather (« poser une bombe dans leur mosquée »): read as arson, the place is enough.
  '~poser|~placer|~cacher|~installer une|des bombe|bombes|explosifs',
  // Justice taken into one's own hands (« me faire justice moi-même contre ces… »).
  'me|m\'|nous|se|s\' ~faire justice', '~envoyer ad patres',
  // Life made hell, birth regretted (« rendre la vie impossible à tous les… », « leur faire regretter d'être nés »).
  '~rendre la|leur vie impossible|infernale|insupportable', '~faire vivre un|l\' enfer', '~faire ~regretter d\'|de ~etre ne|nee|nes|nees|venu|venus|venues',
  // A land emptied of them (« nettoyer le pays de ces… »): the group follows « de ».
  '~nettoyer|~purger|~liberer|~vider|~debarrasser le|la|l\'|notre|nos|ce|cette pays|ville|quebec|canada|province|monde|planete|terre|rues|quartier|societe',
];
/** Violence only people suffer: any person named after it is a victim (« poignarder un pilote », « le poignarder »). */
export const personViolence = [
  '~assassiner', '~poignarder', '~etrangler', '~etriper', '~eventrer', '~egorger', '~lyncher', '~violer', '~tabasser', '~decapiter', '~lapider', '~fusiller', '~buter', '~flinguer',
  '~eviscerer', '~demembrer', '~ecorcher', '~defigurer', '~estropier', '~rouer de coups', '~cribler de balles', '~battre|~frapper|~tabasser|~rouer a mort',
  '~faire leur|lui? la peau', '~trancher|~couper|~ouvrir|~egorger la|les|leur|leurs|ta|tes|votre|vos|sa|ses gorge|gorges', '~briser|~casser|~tordre|~rompre le|leur|ton|votre|son|sa|la cou|nuque',
  'une|un balle|bala|plomb|pruneau dans la tete|face|gueule|crane', '~loger|~mettre|~tirer une balle dans la tete',
];
/** People named by their role (« le maire », « ce conseiller-là »): victims of any violence, not only of person-only verbs. */
export const roles = [
  'maire', 'mairesse', 'conseiller', 'conseillere', 'ministre', 'depute', 'deputee', 'juge', 'policier', 'policiere', 'president', 'presidente', 'directeur', 'directrice',
  'premier', 'premiere', 'gerant', 'gerante', 'patron', 'patronne', 'voisin', 'voisine', 'prof', 'professeur', 'professeure', 'fonctionnaire', 'elu', 'elue', 'journaliste', 'chef',
  // People named together by their body or office (« pendre le conseil municipal », « fusiller toute la clique », « le DG »).
  'conseil', 'clique', 'dg',
];
/** Harm done to someone, suffered in the passive after a wish or a duty (« qu'il se fasse frapper », « devrait se faire tabasser »). */
export const passiveHarm = ['se|s\' ~faire|fasse|fassent|ferait|feraient|fera|feront ~tuer|~frapper|~tabasser|~battre|~ecraser|~buter|~abattre|~lyncher|~pendre|~egorger|~poignarder|~violer|~bruler|~tirer|~descendre|~liquider|~fusiller|~massacrer|~torturer|~planter',
  'se|s\' ~faire|fasse|fassent|ferait|feraient|fera|feront ~casser|~peter|~defoncer la|sa|leur gueule|yeule|face',
  // Run over (« se faire ramasser par la souffleuse », « … happer par un autobus »).
  'se|s\' ~faire|fasse|fassent|ferait|feraient|fera|feront ~ramasser|~happer|~renverser|~frapper|~ecraser par un|une|la|le|l\'|leur|sa|son +char|+auto|+autobus|+camion|+souffleuse|+train|+charrue|+chasse-neige|+bus|+voiture|+truck|+pepine|+tracteur|+deneigeuse|+van'];
/** What makes it an ordinary defeat or a figure (« se faire écraser aux élections », « frapper par la réalité »). */
export const harmFigures = ['elections', 'election', 'vote', 'scrutin', 'sondages', 'sondage', 'realite', 'debat', 'urnes', 'match', 'partie', 'finale', 'critiques', 'amende', 'contravention', 'taxe', 'taxes', 'impots', 'flammes',
  'tennis', 'hockey', 'soccer', 'golf', 'pong', 'echecs', 'cartes', 'poker', 'course', 'jeu', 'baseball', 'football', 'badminton', 'ping-pong', 'series', 'neige', 'fer',
  'ronde', 'tournoi', 'championnat', 'concours', 'ligue', 'saison', 'coupe', 'scrabble', 'bingo', 'quiz', 'quilles', 'billard', 'dards', 'curling', 'volleyball', 'basketball', 'petanque'];
/** Death or a beating given as deserved (« méritent une balle », « la corde pour tous les… »). */
export const deserved = [
  'une|la|un|le|des|leur? balle|balles|corde|mort|potence|bucher|guillotine|poteau|peloton|gibet|+fusillade|+lynchage|+pendaison', 'le|un? peloton d\' execution', 'bout d\'|de une|la corde', 'la|une? peine de mort', 'la|une? chaise electrique', 'la|une|les? chambre|chambres a gaz', 'un|une|le|la? +genocide|+massacre|+extermination|+holocauste|+purge|+lynchage',
];
/** Doom promised to a group named before it (« Les… vont y goûter », « n'ont qu'à bien se tenir », « vont avoir ce qu'ils méritent »). */
export const groupDoom = [
  '~aller y gouter', 'n\'|ne ~avoir qu\' a bien se tenir', '~aller|auront|aura ~avoir|~recevoir ce qu\' ils|elles ~meriter', 'auront|aura ce qu\' ils|elles ~meriter',
  '~aller le|la? sentir passer', '~devoir|~aller|~meriter? ~payer de leur|leurs|votre|vos vie|vies|sang', '~aller ~gouter a|au mon|ma|mes|notre|nos poing|poings|batte|bat|couteau|fusil|gun|lame|hache|bottes|carabine|machette|medecine', '~mourir|~perir de|par mes|nos propres? mains', 'ne|n\'? ~perdre rien pour attendre', 'vos|leurs jours sont comptes', 'etes|sont tous|toutes? +mort', '~aller tous|toutes? y passer', 'y passeront tous|toutes?', '~aller passer un|des mauvais|sale quart|quarts d\' heure',
];
/** Harm suffered, the sufferer before it (« voir ces… souffrir », « qu'ils crèvent »). */
/** What one « dies of » in a figure of speech (« mourir de rire, d'envie, de honte »): no death wished (hate.ts, threat.ts). */
export const deathFigures = ['rire', 'envie', 'plaisir', 'peur', 'honte', 'ennui', 'joie', 'impatience', 'curiosite', 'jalousie', 'bonheur'];
export const suffer = ['~souffrir', '~mourir', '~crever', '~bruler', '~pourrir', '~agoniser', '~perir', 'se|s\' ~noyer|~suicider|~entretuer', '~disparaitre', '~manger une volee|claque|raclee|degelee'];

/** What makes violence a threat, a call or a wish (the verb follows, a few words on). */
export const harmCalls = [
  // The speaker's own act or will (« je vais… », « nous allons… », « il va falloir que je… »).
  'je|j\'|nous|on|jvais|jva|m\'|ma|mas ~aller|~vouloir|~pouvoir|~devoir|~compter|~rever|~aimer|~adorer|~esperer|~souhaiter|~finir|vais|vas|devrions|pourrions|voudrions|aimerions|allons',
  // Starting it, said in the speaker's future (« quand je commencerai à leur tirer dessus »).
  'je|j\'|nous|on commencerai|commencera|commencerons|continuerai|continuera|continuerons|recommencerai|recommencera|recommencerons',
  'je|j\'|nous|on m\'|s\'|nous en ~aller', 'chu|chus pour', 'a nous|moi de|d\'', 'peuple|nation ~aller|~finir', 'prochaine|premiere etape', 'je|on|nous suis|est|sommes pour', 'rendu|rendue|rendus|rendues a', 'le temps est|serait|sera venu de|d\'', 'je|j\'|nous|on ~avoir ben|bien|vraiment|tellement|juste|donc|trop|tres? envie|hate de|d\'', 'je|j\'|on|nous ~avoir ben|bien|vraiment|toute? l\'|la ferme? intention de|d\'', '~aller? me|m\'|nous|se|s\' ~charger|~occuper de|d\'', 'm\'|ma as|vas', 'mas',
  // Joual « m'a » (« je m'en vais »): the speaker's future, before the object it threatens (« m'a vous faire sauter… »).
  'm\' a te|t\'|vous|les|lui|leur', '~falloir que|qu\' je|j\'|on|nous',
  // Someone called on (« quelqu'un devrait… », « on devrait… », « il faudrait… »).
  'quelqu\'|quelqu un ~devoir|~pouvoir|~aller|~finir|~vouloir',
  // Others told what they should do (« ils devraient… », « la police devrait… »): the object must still be people.
  'ils|elles|vous|gens|monde|police|gouvernement|armee|peuple|citoyens|policiers|soldats|militaires|quebecois ~devoir', 'il|y ~falloir|~valoir mieux', 'faut|faudrait|faudra', 'qu\'|que on|nous|quelqu\'|dieu|allah|satan|chacun|chacune', 'qu\'|que tout le monde',
  // Normative and optative frames (« ce serait mieux de… », « c'est dans l'intérêt de tous de… », « si seulement… »).
  'ca|ce|cela prend|prendrait|faudrait|meriterait', 'ce|c\'|ca|cela|il ~etre|serait|sera|serais le|la? mieux|bien|temps|bon|juste|urgent|preferable|souhaitable|genial|fun|drole|cool|amusant|super|parfait|formidable|excellent|chouette|trippant|plaisant|jouissif|satisfaisant|nice|hot|necessaire|sage|essentiel|indispensable|vital|imperatif|primordial|logique|normal|legitime|raisonnable de|d\'|si', 'rien de tel que de|d\'', 'dans l\'|l interet de tous|chacun de|d\'', 'dans l\'|l interet de tout le monde de|d\'', 'si seulement', 'mieux vaut|vaudrait',
  'une|la bonne|excellente|meilleure chose|idee|solution de|d\'', 'solution|reponse|remede c\'|ce|ca|cela? ~etre de|d\'', 'suffit|suffirait|suffira de|d\'', 'mieux ~etre? encore|tout? simplement|juste|vraiment? de|d\'',
  // Standard written frames: what is fitting or best to do (« il conviendrait de… », « la meilleure chose à faire serait de… »,
  // « il me tarde de… », « je n'hésiterai pas à… », « je prendrai plaisir à… »).
  'tant que|qu\' on|nous|je|j\' ne|n\' aura|aurons|aurai|ait|ayons|aie pas|point', 'quand|lorsqu\'|lorsque on|nous|j\'|je vous|les|t\'|te|l\'? aura|aurons|aurai', 'il|ce ~convenir|conviendrait de|d\'', '~avoir le|la courage|cran|audace de|d\'', 'rien ne|n\' ~devoir|~pouvoir? me|m\'|nous ~empecher de|d\'',
  // No other way out (« je ne vois pas d'autre issue que d'… », « il n'y a pas d'autre solution que de… »): the negation is the call's own.
  'ne|n\' ~voir|~avoir pas|point|aucune d\'|de? autre issue|solution|option|choix|moyen que de|d\'', 'y a|aura|avait pas|point d\'|de autre issue|solution|option|choix|moyen que de|d\'', 'ne|n\' y a|aura|avait pas|point|aucune d\'|de? autre issue|solution|option|choix|moyen que de|d\'', 'me|m\'|nous ~engager a', 'chose|solution|option a faire ~etre|serait|sera? de|d\'', 'ne|n\' ~hesiter pas|jamais|point a?', 'il me|nous tarde|tardait|tarderait de|d\'', 'plaisir a', 'de notre|mon|votre devoir de|d\'',
  '~valoir la peine de|d\'', '~rendre|rendrait service a|au la|le|l\'? monde|humanite|planete|societe|pays|tous|quebec que? de|d\'', 'me|m\'|se|s\'|nous ~gener pas|plus|jamais pour', 'pas|jamais|plus me|m\'|se|s\'|nous ~gener pour', 'plaisir que de|d\'', '~donner tout|cher pour',
  // Violence made lawful (« ça devrait être permis de… », « ce serait pas un crime de… », « on devrait avoir le droit de… »).
  'ca|ce|cela|il|c\' ~devoir|~etre|serait|sera ~etre? +legal|+permis|+autorise|+legalise|+tolere|+accepte|+acceptable|+depenalise|ok|correct de|d\'',
  'ca|ce|cela|il|c\' ne|n\'? ~devoir|~etre|serait pas|plus|jamais ~etre? +illegal|+interdit|+puni|+criminel|grave|mal de|d\'',
  // Nothing wrong seen in it (« y a rien de mal à… », « je vois pas le problème à… »); harm rewarded (« une médaille à ceux qui… »).
  // Asked as if the ban made no sense (« Pourquoi ce serait illégal de… ? », « En quoi ce serait mal de… ? »).
  // In the conditional only: « pourquoi c'est mal de… » is as often asked to teach.
  'pourquoi|quoi ce|c\'|ca|cela|il serait|devrait|serais ~etre? un|une? +illegal|+interdit|+puni|mal|grave|criminel|crime|probleme de|d\'',
  'il|y ~devoir|~falloir y? avoir', 'rien de|d\' mal|grave|criminel|illegal a|de|d\'', 'ne|n\'? ~voir pas|aucun|jamais|rien le|de|d\'|un? probleme|mal|inconvenient a|de|d\'',
  'medaille|medailles|prime|primes|recompense|bonus|trophee a|pour ceux|celui|celle|quiconque|chacun qui?', 'ca|ce|cela|il|c\' ne|n\'? ~devoir|~etre|serait pas|plus|jamais ~etre? un|une crime|infraction de|d\'',
  '~devoir|~vouloir|~meriter|devrait|devrions|faudrait|si ~avoir|~donner|avait|avais|avions le|un|la droit|permis|permission de|d\'',
  'ca|cela me|m\'|nous ~deranger|~gener|~deplaire pas|aucunement|jamais|nullement de|d\'', 'partant|partante|partants|partantes|pret|prets|prete|pretes|motive|motives|chaud|chauds pour|a|de',
  // The speaker's aim (« mon rêve : tuer… », « mon but est d'éliminer… », « notre plan, c'est d'… »).
  'mon|notre|ma|leur reve|but|plan|objectif|mission|souhait|voeu|projet|ambition|priorite c\'|ce? est|serait|sera? clair|simple? de|d\'?', 'laisse|laissez|laissons moi|nous', 'arme|armes|fusil|fusils|gun|guns|bombe|couteau pour',
  // Questions that propose (« Et si on… ? », « Pourquoi ne pas… ? »).
  // The speaker's intention or temptation (« je pense sérieusement à… », « j'envisage de… », « j'ai l'intention de… »,
  // « je me retiens de… », « ça me tente ben gros de… »): the harm is the speaker's own plan.
  'je|j\'|on|nous ai|a|avons|avais|avait? ~penser|~songer|~reflechir serieusement|vraiment|souvent|fort|meme|parfois|deja|ben? a',
  'je|j\'|on|nous me|m\'|nous? ai|a|avons|avais|avait|suis|sommes|est? ~envisager|~planifier|~projeter|~prevoir|~comploter|~decider|~promettre|promis|~jurer de|d\'',
  'je|j\'|on|nous ~avoir bien|vraiment|serieusement|fermement|ben? l\'|la|une|le|un ferme|grand|gros|bon|bonne? intention|idee|projet|plan|gout de|d\'',
  'je|j\'|on|nous me|m\'|nous retiens|retenons|retenais|retenir|~empecher de|d\'', 'je|j\'|on|nous me|m\'|nous retiens|retenons|retenais|retenir|~empecher|~forcer pour|afin ne|de? pas',
  'ca|cela|sa me|m\'|nous ~tenter|~demanger|~chicoter ben|bien|vraiment|tellement|donc|assez? gros|fort? de|d\'', 'tente|tentee|tentes|tentees de|d\'', 'a deux doigts de|d\'', 'su|sur le|l|l\' bord de|d\'', 'decide|decidee|decides|determine|determinee|determines|resolu|resolue a|de|d\'',
  'je|j\'|on|nous me|m\'|nous|se|s\' ~preparer|~appreter|~voir|~verrais|~imaginer a|bien|ben|deja|tres|juste', '~mourir|~bruler|~crever d\'|de envie de|d\'',
  'et|pis|puis si', 'pourquoi ne|n\'? pas|plus', '~attendre quoi pour', '~attendre quoi avant de|d\'', 'pourquoi on|nous? ne|n\' les|leur|l\'|se|s\'?', 'est|serait|sera il? pas? grand? temps de|d\'|que|qu\'', '~faire plaisir de|d\'', 'plaisir de|d\'',
];
/** Words that may stand between a call and its verb (« quelqu'un devrait tout simplement les… »). */
export const callGap = [
  '~pouvoir', '~devoir', '~aller', '~vouloir', '~falloir', 'voir', 'venir', 'pis', 'puis', 'et', 'bien', 'tout', 'simplement', 'juste', 'enfin', 'finalement', 'trop', 'vraiment', 'tous', 'toutes',
  'les', 'leur', 'l\'', 'le', 'la', 'lui', 'te', 't\'', 'vous', 'nous', 'se', 's\'', 'me', 'm\'', 'en', 'y', 'on', 'je', 'j\'', 'quelqu\'', 'un', 'que', 'qu\'', 'tellement', 'personnellement',
  // Starting or going on with it (« quand je vais commencer à leur tirer dessus »).
  '~commencer', '~continuer', '~recommencer', 'a', 'bientot', 'serieusement', 'ca', '~finir', 'par',
  // Said between the call and its verb in written French (« je n'hésiterai pas un instant à… », « le mieux serait encore de… »).
  'instant', 'seconde', 'une', 'encore', 'alors', 'donc', 'meme',
];
/** What may stand between a violence verb and its object (« trancher la gorge à toutes les… »). */
export const objectGap = ['moi', 'le', 'la', 'l', 'premier', 'premiere', 'prochain', 'prochaine', 'dernier', 'derniere', 'meilleur', 'meilleure', 'pire', 'moindre', 'importe', 'quel', 'quelle', 'n', 'contre', 'quelques', 'plusieurs', 'certains', 'certaines', 'vif', 'vifs', 'vive', 'vives', 'ce', 'cet', 'cette', 'genre', 'type', 'sorte', 'espece', 'de', 'd\'', 'a', 'aux', 'au', 'des', 'du', 'tous', 'toutes', 'chaque', 'ces', 'les', 'avec', 'nous', 'vous', 'une', 'fois', 'pour',
  // How many (« un maximum de », « le plus grand nombre de », « autant de … que », « des centaines de »).
  'un', 'maximum', 'max', 'beaucoup', 'plein', 'autant', 'tant', 'plus', 'grand', 'nombre', 'dizaines', 'centaines', 'milliers', 'millions', 'tas',
  // How, said between the verb and its object (« tuer personnellement / froidement tous les… »).
  'chacun', 'chacune', 'jusqu', 'sans', 'mes', 'nos', 'propres', 'mains', 'enfin', 'physiquement', 'definitivement', 'relache', 'pitie', 'proces', 'sommation', 'merci', 'autre', 'forme', 'chez', 'parmi', 'toute', 'famille', 'familles', 'progeniture', 'descendance', 'distinction', 'exception', 'personnellement', 'lentement', 'froidement', 'sauvagement', 'brutalement', 'violemment', 'cruellement', 'gratuitement', 'methodiquement', 'systematiquement', 'joyeusement', 'tranquillement', 'bien', 'meme'];
/** A world better without them (« le monde se porterait mieux sans… »). */
export const betterWithout = ['se|s\'|nous ~porter|~aller|~vivre mieux sans', '~etre meilleur|meilleure|mieux|plus beau|plus belle sans', 'irait|irais|serait mieux sans'];
/** Violence approved after the act (« Assassiner un… devrait être dépénalisé »). */
export const approved = [
  // What is needed or wanted (« L'extermination des…, voilà ce dont ce pays a besoin, ce qu'il nous faut »).
  'voila|c\' ce|est dont * *? *? besoin', 'voila|c\' ce|est qu\' il nous? faut|faudrait', 'voila|c\' ce|est que je|nous|j\' ~vouloir|~souhaiter|~proposer|~exiger|~demander|~esperer|veux|voulons|propose|souhaite',
  '~devoir ~etre un|une devoir|sport|loisir|honneur|fierte', '~etre des|un|une +heros|+exemple|+modele|+patriote|+sauveur',
  '~devoir ~etre +depenalise|+legal|+permis|+autorise|+legalise|+encourage|+obligatoire|+recompense|+tolere|+accepte|+acceptable|+normal',
  // The ban denied is the permission (« Tuer un… ne devrait pas être illégal, puni, un crime »).
  'ne|n\'? ~devoir|~etre pas|plus|jamais ~etre? +illegal|+interdit|+puni|+criminel|+condamne|+sanctionne', 'ne|n\'? ~devoir|~etre pas|plus|jamais ~etre? un|une crime|infraction',
  'est|serait|sera +legitime|+legal|+permis|+justifie', 'est|serait|sera un devoir|service', 'est|serait|sera la|une meilleure|bonne|excellente|seule chose|idee|solution', 'est|serait|sera un service|cadeau|bienfait', 'est|serait|sera la seule? solution',
  // The denial is the approval (« Tuer des… n'est pas un crime, c'est pas grave »).
  'n\'|ne? est|serait|sera pas|jamais un? crime|grave|mal|meurtre|peche', 'c\'|ce n\'? est|serait pas|jamais un? crime|grave|mal|meurtre|peche',
];
/** Mass violence named as a noun (« un génocide des… », « une chasse aux… »), the group after it. */
export const massViolence = ['~saigner', '+elimination physique|totale|definitive|complete|systematique', '+meurtre|+assassinat|+guerre|+massacre|+carnage|+boucherie|+genocide|+holocauste|+tuerie|+purge|+pogrom|+chasse|+extermination|+attentat|+lynchage|+epuration', 'bain|bains de sang', 'nettoyage ethnique', 'solution finale'];


/** Shutting people away or sending them off (exclusion once said of a group). */
export const exclusion = [
  '~enfermer', '~sortir', '~parquer', '~emprisonner', '~encager', '~interner', '~expulser', '~deporter', '~renvoyer', '~chasser', '~bannir', '~refouler', '~exiler',
  '~mettre en cage|cages|prison', '~jeter en prison|dehors', '~jeter|~lancer|~balancer|~garrocher|~pitcher|~sacrer|~crisser|~calisser', '~crisser|~sacrer|~calisser|~foutre|~mettre dehors|a la porte', '~retourner', '~rapatrier',
];
/** Where they would be shut away or sent (« dans des cages », « dans leur pays », « hors du pays »). */
export const exclusionPlaces = [
  'dans|en|au|aux|derriere des|une|un|les|la|le|leur|leurs? +cage|+zoo|+camp|+prison|+ghetto|+enclos|+asile|+reserve|+cellule|goulag|+bocal|barreaux|+enclave|+institution|chsld|+entrepot',
  'dans|en leur|leurs|son|sa|ses +pays|bled|+brousse|+desert|+jungle|+village|+tribu|+continent|+patrie|+terre', 'chez eux|elles',
  // Out of where we live (« chasser les … de notre ville », « expulser les … du pays »).
  'de|d\'|du notre|nos|ce|cette|la|le|l\'? pays|ville|villes|rues|quartier|quartiers|province|quebec|canada|territoire|region|planete|terre|continent', 'hors de|du notre|nos|ce|le|la|l\'|d\'ici? pays|ville|province|quebec|canada|ici',
  'du|de le? centre ville', 'hors d\' ici', 'd\'|de ici|icitte', 'dehors', 'd\'|d ou ils|elles|y ~venir', 'loin d\'|d|de ici|nous|nos',
  // Driven off by force (« chasser les … à coups de pied », « à coups de bâton »): the manner makes it plain too.
  'a grands? coups de +pied|+poing|+baton|+pelle|+balai|+fusil|+pierre|+roche|+fouet|+bottes|+claque|pieds|poings',
  // Thrown to their death (« jeter ces… dans le fleuve », « à la mer », « aux lions », « du haut d'un pont »).
  'dans|a|au|aux|en le|la|l\'|les? fleuve|mer|lac|riviere|eau|ocean|ravin|vide|egout|egouts|lions|requins|crocodiles|four|fours|bucher|fosse|volcan|flammes', 'du|en haut|bas d\'|d|du un? pont|toit|falaise',
];

/** Sent away (« envoyez-les à Toronto », « mettez les… dans un autobus »): only with a far place or a vehicle (sendPlaces). */
export const sending = ['~envoyer', '~embarquer', '~mettre'];
/** A far place or a vehicle (« à Toronto », « sur la lune », « dans un autobus »): exclusion.ts checks what follows a vehicle. */
export const sendPlaces = ['a|en toronto|ontario|montreal|laval|quebec|ottawa|shawinigan|outremont', 'dans|en|sur un|une|des autobus|+avion|+bateau|+train',
  // Far from anyone (« envoyez-les sur une île (déserte) », « sur la lune »).
  "sur une|la|l' ile|lune deserte?"];

/** A beating promised to someone else, said under the speaker's own condition (« si je le pogne, il va manger une volée »). */
export const promisedBeating = ['il|elle|ils|elles|y ~aller ~manger|~prendre|~recevoir|~pogner toute? une|un|sa bonne|belle|maudite|osti|ostie? de? volee|claque|raclee|degelee|mandale|baffe|rince'];
/** Letting none live (« nous ne devons laisser vivre aucun… »): the negation is the threat. */
export const noneAlive = ['~laisser vivre|survivre|respirer aucun|aucune', '~laisser vivre|survivre|respirer pas un|une', '~laisser aucun|aucune'];

/**
 * A projectile or a blade driven into a body part, whatever the verb (« lui loger / coller / crisser une balle
 * dans le crâne », « leur planter une lame entre les côtes », « en pleine face »): the impact says the harm.
 */
export const impact = [
  'une|un|des|deux|trois|quelques|mon|ma|mes|ce|cette|sa|son? balle|balles|bala|plomb|pruneau|pruneaux|bastos|couteau|couteaux|lame|lames|poignard|hache|machette|pieu|fleche|fleches|clou|tournevis|chargeur|cartouche|cartouches ' +
    'dans|entre|derriere|au|en|a|sur le|la|les|l\'|leur|leurs|sa|son|ses|ta|ton|tes|votre|vos|pleine|plein|travers? le|la|les|l\'|deux|sa|son|ses|leur|leurs? ' +
    'tete|crane|face|gueule|yeule|nuque|dos|ventre|coeur|cou|gorge|poitrine|yeux|oeil|front|bouche|cotes|tempe|tempes|foie|genou|genoux|jambe|jambes|cervelle|cerveau|corps|bide|tronche|thorax|poumons|reins|cuisse|bras|omoplates|fesses',
];
/** Said between a violence verb and its victims (« éliminer une bonne fois pour toutes les… », « pendre haut et court tous les… »). */
export const adverbials = [
  'une? bonne? fois pour toutes|tout', 'a|au coups|coup de|d\' *', 'a la chaine|mitraillette|machette|hache|main|carabine', 'un|une par|apres un|une|l\' autre?', 'haut et court', 'de sang froid',
  'sur le champ', 'sur la place publique', 'en masse|public|serie|gang|plein', 'des? demain|maintenant|bientot matin|soir?', 'des? ce|cette soir|nuit|semaine|matin', 'des que possible', 'au plus vite|crisse|sacrant|criss|osti|esti',
  'le plus vite|tot possible', 'sans hesiter|hesitation|attendre|tarder|delai|pitie|remords|regret|regrets|scrupule|scrupules|relache|distinction|exception|discrimination|proces|sommation|merci|broncher|sourciller|reflechir',
  'sans aucune|aucun|plus pitie|remords|hesitation|scrupule|scrupules|exception|distinction|proces|sommation|delai|regret|regrets', 'sans autre|aucune|aucun forme|proces de? proces?', 'sans la|le moindre hesitation|pitie|remords|scrupule|regret', 'sans etat|etats d\' ame|ames',
];
/** A death foretold with a cruel manner (« va mourir d'une mort lente », « vont crever dans d'atroces souffrances »). */
export const cruelDeath = [
  'd\'|de une mort lente|atroce|horrible|affreuse|douloureuse|violente|cruelle|certaine|terrible', 'dans d\'|de|la|les|des|une atroces|horribles|terribles|affreuses|pires|longues|atroce|horrible|terrible|longue? souffrances|souffrance|douleur|douleurs|agonie|tourments',
  'a petit feu', 'lentement|atrocement|horriblement|longuement|affreusement|douloureusement|salement', 'comme des|un|une|de chiens|chien|rats|rat|porcs|porc|cochons|cochon|betes|bete|vermine|mouches|insectes|chienne|rat',
  'jusqu\' a leur|son|sa|au dernier|derniere|dernier souffle|goutte|jour|soupir', 'pendant des jours|heures|semaines|mois|annees', 'dans le|la|les sang|flammes|feu', 'par le|la feu|corde|balle|couteau|glaive|epee',
];
/** Where a people prays or gathers: the target of an attack called for (« faire sauter leur mosquée »). */
export const worship = ['+mosquee', '+synagogue', '+eglise', '+temple', 'gurdwara', 'gurdwaras', '+pagode', '+cathedrale', '+chapelle', 'lieu|lieux de culte|priere'];
/** Blowing up or burning a place (the place is checked by threat.ts). */
export const placeHarm = [
  '~faire ~sauter|~exploser|~bruler|~flamber|~cramer', '~dynamiter', '~plastiquer', '~bombarder', '~incendier', '~bruler', '~reduire en cendres|poussiere', '~mettre le|un feu a|au|aux|dans', '~mettre le|un feu',
  '~faire un|une|des carnage|massacre|tuerie|boucherie|carnages|massacres|tueries dans|a|au|aux', '~attaquer', '~saccager', '~vandaliser', '~mitrailler', '~tirer dans|sur', '~foncer dans|sur', '~poser|~placer|~lancer|~mettre|~cacher|~garrocher une|des|un|deux bombe|bombes|explosifs|cocktail|cocktails|engin|engins', '~faire ~exploser|~sauter une|des|un|deux bombe|bombes|explosifs|engin|engins',
];
/** Wrongdoers named as a whole (« tous les voleurs »): victims only of killing called for with certainty (threat.ts). */
export const wrongdoers = ['+voleur', '+violeur', '+pedophile', '+criminel', '+meurtrier', '+assassin', '+terroriste', '+dealer', '+pusher', '+junkie', '+toxicomane', '+fraudeur', '+escroc', '+delinquant', '+prisonnier', '+detenu', '+bandit', '+voyou', '+pedo', '+agresseur', '+corrompu', '+traitre', '+collabo', '+trafiquant', '+proxenete', '+gangster', '+squatteur', '+casseur', '+pilleur', '+vandale'];
/** Weapons the speaker holds for a people (« j'ai des balles pour chaque… », « j'ai acheté un fusil pour les… »). */
export const armedFor = ['une|un|des|mon|ma|mes|nos|deux|trois|quelques|assez|plein de? fusil|fusils|arme|armes|carabine|carabines|gun|guns|balle|balles|munitions|cartouches|couteau|couteaux|machette|machettes|bombe|bombes|kalach|hache|haches|corde|cordes expres|juste|seulement? pour'];
/**
 * A weapon brought along (« avec ma carabine », « à coups de bâton ») or held ready (« ma 12 est chargée », « mon couteau
 * attend »): threat.ts reads it when the speaker brings it and a people or a person stands near (not a hunt or a game).
 */
const ARMS = '+fusil|+carabine|gun|guns|+batte|bat|bats|+baton|2x4|+hache|+machette|+couteau|+pistolet|+revolver|12|+calibre|kalach|+arme|+poing|+bidon';
export const weapons = [
  'avec|a|~sortir|~prendre|~apporter|~amener|~charger mon|ma|mes|un|une|des|nos|notre|deux|la|le|les|sa|son? ' + ARMS, 'a|au grands? coups|coup de|d\' +pied|+pelle|+barre|+marteau|+pierre|+roche|+brique|+chaine|+bottes|' + ARMS,
  'mon|ma|mes|nos|notre ' + ARMS + ' est|sont|~etre? +pret|+charge|+aiguise|~attendre',
  'avec|a mon|ma|mes|un|une|des|nos|deux barre|barres|tuyau|tuyaux de fer|metal|plomb', 'avec|a mon|ma|un|des|nos|deux 2 x|par 4',
];
/** None of them left alive (« faire en sorte qu'aucun… ne survive »), after the group. */
export const noneSurvive = ['ne|n\' survive|survivent|survivra|survivront|survivrait|~rechapper|~respirer', 'ne|n\' en? ~sortir|~rester|~repartir|sorte|sortent vivant|vivants|vivante|vivantes', 'ne|n\' en? ~rester|~sortir|sorte|sortent en vie'];
/** Life denied (« ne méritent pas de vivre », « ne devraient pas exister »), the subject checked by threat.ts. */
export const unworthy = ['ne|n\' ~meriter|~devoir|meritent|merite pas|plus|point de|d\'? ~vivre|exister|respirer|vivent', 'ne|n\' ~meriter|merite|meritent de|d\' ~vivre|exister|respirer', 'ne|n\' ~avoir pas|plus le droit de|d\' ~vivre|exister'];
/** A death called good (« …, c'est un problème de moins », « mieux ce sera », « bon débarras »). */
export const deadGood = ['c\'|ce est|sera|serait|ca|fait un|une probleme|souci|parasite|bouche|nuisance de moins', 'un|une probleme|souci|parasite|bouche|nuisance de moins', 'mieux ce|c\' sera|est|serait', 'bon debarras', 'tant mieux', 'c\'|ce est|sera|serait une bonne nouvelle|chose'];
/** The speaker vouching for what is foretold (« je vous le promets », « je m'en charge », « croyez-moi »). */
export const vouched = ['je|j\' vous|te|le|l\' le|l\'? ~promettre|~garantir|~jurer|promets|garantis|jure', 'je|j\'|on|nous m\'|s\'|nous en ~charger|~occuper|charge|occupe', 'croyez|crois moi', 'c\' est promis|jure|garanti', 'vous|tu ~aller voir|verrez|verras', 'vous|tu ~pouvoir me croire'];

/**
 * Doom foretold to « vous / tu » that threatens only when a people is addressed in the sentence (« …, les… », « bande
 * de… »): a life cut short, a season not lived to see, no place left to hide. The clause ends with the entry (doom.ts).
 */
export const addressedDoom = [
  'vous|tu|t\'|qui ~aller|allez|vas|va tous|toutes? y passer', 'aucun|aucune|personne|nul|les de|d\' entre? vous ne|n\' survivra|survivrait|~survivre pas?', 'aucun|aucune|personne|nul|les de|d\' entre? vous ne|n\' s\'? en? sortira|restera pas? vivant|vivante|vivants',
  'vous|tu ne|n\'? ~voir|~passer|~finir|verrez|verras|passerez|passeras|finirez|finiras pas|jamais|plus le|la|l\'|cet|cette|ce? fin|hiver|ete|printemps|automne|noel|annee|mois|semaine|nuit|lendemain de|du? l\'|cet|cette? annee|mois|semaine|ete|hiver?',
  'vous|tu ne|n\'? ~vivre|vivrez|vivras pas|plus|jamais assez|bien|tres|ben? longtemps|vieux|vieille|vieilles',
  'vous|tu ne|n\'? ~faire|ferez|feras pas|plus|jamais long feu', 'vous|tu ne|n\'? ~meriter|~devoir pas|plus|meme|jamais pas? de|d\'? ~vivre|exister|respirer',
  'vous|tu ne|n\'? ~aller|~rester|~sortir|resterez|resteras|sortirez|sortiras pas|plus|jamais ~rester|~sortir? en? vie|vivant|vivants|vivante|vivantes',
  'ton|ta|votre|vos|tes derniere|dernieres|dernier|derniers? heure|heures|jours|ete|hiver|noel|annee approche|approchent|arrive|arrivent|sonne|sont|est|s\'|s en? comptee|comptees|comptes|venue|vient|proche|proches', 'ton|ta|votre|vos|tes dernier|derniere|derniers|dernieres ete|hiver|noel|annee|jour|jours|printemps', 'vous|tu ne|n\'? vous|te|t\' ~relever|releverez|releveras pas|plus|jamais',
  'vous|tu n\'|ne? aurez|auras|pourrez|pourras nulle|aucune|pas|plus|jamais part|cachette? ou? vous|te|t\'? ~cacher|~fuir|~echapper',
  'il|y ne|n\'? vous|te|t\' reste|restera plus|pas|que|peu|quelques|seulement|juste? de? longtemps|temps|jours|semaines|heures|mois|minutes a vivre', 'vous|tu y passerez|passeras tous|toutes?',
  'vous|tu ~aller|allez|vas tous|toutes? ~pendre|~balancer|~finir au bout d\'|d une corde',
  'preparez|prepare|attendez|attends vous|toi a|au des? ~mourir|~crever|~souffrir|~bruler|~payer|pire|massacre|carnage|represailles',
  'vous|tu|t\'|preparez|prepare|attendez|attends ~aller|allez|vas|vous|toi a? ~manger|~gouter|~recevoir|~pogner|~avaler des|une|un|nos|mes|a|au|aux|du? nos|mes? balle|balles|plomb|pruneaux|pruneau|bala|volee|raclee',
  'on|je|nous|j\' ~aller|va|vais|allons s\'|se|m\'|me|nous ~occuper de vous|toi|ton|votre|vos cas|autres?',
];
/** Sparing a life (« épargner », « laisser vivre », « pitié », « rester en vie »): denied by a duty, the denial is the threat (doom.ts). */
export const spared = [
  '~epargner', '+epargne', '~laisser|~garder pas|plus|jamais? vivre|survivre|respirer|vivant|vivants|vivante|vivantes', '~laisser|~garder en vie', '~survivre', '~vivre', '~respirer',
  'pitie|clemence', '~accorder|~montrer|~avoir de|d\'|aucune|la? pitie|clemence', '~rester|~demeurer|~sortir|sortira|sortiront en? vie|vivant|vivants|vivante|vivantes', '~laisser', '~garder', '~rester', '~demeurer', 'aura',
];
/** Where the dead are laid, after a verb of sending or putting and its victim (« envoyer ce… six pieds sous terre »). */
export const deathPlaces = [
  'six|6 pieds sous terre', 'au cimetiere|paradis', 'a la morgue', 'en|sous terre', 'en enfer', 'ad patres', 'dans la|une|un|sa|leur|leurs|des|ta|votre|ton|les +tombe|+fosse|+cercueil|four',
  'dans l\'|l au-dela|autre monde',
];

/**
 * Threats said without a violence verb (threat.ts): a weapon waiting for the reader (« y a une balle qui t'attend »; not « une
 * balle de golf »), no safety anywhere (« t'es pu en sécurité nulle part »), a fire with the person inside (« ta maison va brûler
 * avec toi dedans »).
 */
export const veiled = [
  'une|un|des|la|mon|ma|mes cocktail? balle|balles|plomb|corde|bombe|molotov|batte|bat|couteau|hache|fusil|gun|carabine|12|volee|raclee qui|qu\' te|t\'|vous ~attendre', 'tu|t\'|vous ~etre|es|etes pu|plus|pas? en securite nulle|nul part',
  'le|un feu a|au|aux|dans ton|ta|tes|votre|vos|leur|leurs|sa|son|ses? * avec toi|vous|lui|elle|eux|elles autres? dedans',
  'va|vont|~aller ~bruler|~flamber|~cramer|~sauter|~exploser|~griller avec toi|vous|lui|elle|eux|elles autres? dedans',
];
/** « On va s'occuper d'eux »: care, or revenge when a night, « une fois pour toutes », one by one or the police failing follow (threat.ts). */
export const takeCare = ['on|je|j\'|nous|m\'|ma ~aller|vais|va|allons? s\'|se|m\'|me|nous en? ~occuper'];
export const vigilante = ['un|une de? ces|bon|bonne? soir|nuit|soirs|nuits', 'une|bonne fois pour toutes', 'un|une par|apres un|une|l\' autre?', 'police|polices ~faire|~bouger|fera|bougera rien|pas'];
/**
 * Veiled threats by their shape (threat.ts `findStalking`), one list per kind: where they live, watched, warned, visited, one
 * by one, no witness, settled (people or a people's place as the object), no broom meant. Each alone is ordinary (a repair
 * visit, a lifeguard's eye, a queue, a camp the City clears); two kinds in a sentence and the next threaten.
 */
export const stalking = [
  ['ton|votre adresse'],
  ['a l\'|l oeil', 'te|vous ~surveiller|~guetter'],
  // (A condition on what they do to the speaker, « si a me reparle de même », « s'il touche encore à ma clôture »: a warning
  // with a beating foretold, below.)
  ['attention quand', 'dernier avertissement', 'faux pas', "si|s' il|a|y me|m'|~toucher"],
  // (Them fetched or a beating foretold: « on va aller les chercher » with « un par un », « va se faire ramasser » with « si a me… ».)
  ['~passer|~aller te|vous ~voir|~trouver', 'te|vous ~ramasser|~attendre', "~aller ~aller? les ~chercher|~ramasser", "~aller se|s' ~faire ~ramasser|~tabasser|~planter", 'petite|ptite visite'],
  ['un|une par|apres un|une|l\'', 'chacun son tour'],
  ['personne va|~voir|~entendre rien|pas ~voir|~entendre?'],
  ['~nettoyer|~vider le|la|les +campement|+mosquee', 'faire le menage', 'leur cas', 'est regle'],
  ['pas avec des|du balais|savon'],
  // Fuel and a flame, or a weapon (`weapons`), beside a people's place (a camp, a place of worship: `worship`).
  ['essence|gaz pis|et|avec une|des|un? +allumette|briquet'], ['+campement'],
  // A consequence promised to the reader (« tu vas voir ce que ça fait », « tu vas le sentir passer »): ordinary alone, a threat after a visit.
  // (Not « de nuit » nor « ils vont comprendre »: « le déneigement se fait de nuit, les citoyens vont comprendre » is an announcement.)
  ['tu|vous ~aller voir ce|c\' que|qu\'|est', 'tu|vous ~aller le|la sentir'],
];
/**
 * Advice that warns (threat.ts `findStalking`, two kinds more): the speaker's place taken (« si j'étais toi », « à ta place »),
 * and care urged for the reader's own (« je ferais attention à tes enfants », « je surveillerais mes arrières »; not « à ton char », where thieves are as often meant). Each alone
 * is ordinary advice (« à votre place, je ferais attention à la glace noire »); together, a veiled threat to check.
 */
export const advised = [
  ["si|s' j'|j etais|serais toi|vous", 'a ta|votre place'],
  ['~faire attention|~surveiller a? ta|votre|tes|vos|ton famille|enfants|enfant|blonde|femme|chum|fille|fils|kids|flos|arrieres|dos', 'en sortant de chez toi|vous', '~surveiller|~regarder mes|tes|vos|nos arrieres', '~regarder derriere toi|vous|moi'],
];
/** Consequences promised to whoever does it next (« le prochain qui… va le sentir, va y goûter, va manger une volée »; threat.ts). */
export const comeuppance = ['~aller le|la|l\' sentir|regretter', '~aller y gouter', '~aller avoir affaire a moi|nous'];
