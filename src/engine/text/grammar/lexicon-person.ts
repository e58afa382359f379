/**
 * Threats and wishes of harm against a person, and contempt without a bad word. Folded words as
 * patterns (see patterns.ts). Threats are built as verb + object frames in threat.ts from the
 * parts below, not as phrases.
 */

/** Who threatens: the speaker (« je », « on », Québec « m'as »). */
export const speakers = ['je', 'j\'', 'on', 'nous', 'jvais', 'jva', 'jvas', 'jte', 'jvous', 'm\'', 'ma', 'mas', 'moi', 'chu', 'chus'];
/** Between the speaker and the harm: future, will, object pronoun. */
export const auxiliaries = ['~aller', '~vouloir', '~pouvoir', '~devoir', 'as', 'vas', 'va', 'vais', 'te', 't\'', 'vous', 'toi', 'lui', 'le', 'la', 'l\'', 'leur', 'les', 'en', 'y', 'finir', 'par', 'bien', 'personnellement', 'pour', 'suis', 'sommes', 'moi-meme', 'meme', 'tellement', 'ben', 'aller', 'venir', 'jusqu\'', 'a', 'sortir', 'tous', 'toutes'];
/** The person aimed at. */
export const objects = ['te', 't\'', 'vous', 'toi', 'lui', 'y', 'le', 'la', 'l\'', 'ta', 'ton', 'tes', 'votre', 'vos'];

/** Harm done to someone, complete in itself. */
export const harmDirect = [
  '~tuer', '~buter', '~frapper', '~battre', '~tabasser', '~planter', '~egorger', '~etrangler', '~massacrer', '~bruler', '~flinguer', '~violer', '~saigner',
  '~fracasser', '~cogner', '~ecraser', '~achever', '~enterrer', '~defoncer', '~demolir', '~lyncher', '~pulveriser', '~decapiter', '~torturer', '~lapider',
  '~poignarder', '~crucifier', '~eventrer', '~degommer', '~gifler', '~baffer', '~latter', '~niquer', '~exploser', '~eclater', '~detruire', '~crever', '~tirer dessus', '~abattre', '~rosser', '~assommer', '~pendre', '~assassiner', '~fusiller',
  '~casser|~peter|~decalisser|~decrisser|~defoncer|~eclater|~arranger|~refaire|~peter bien|ben? la|les|le|ta deux? gueule|yeule|face|tete|dents|jambes|genoux|margoulette|portrait|cul|fiole|bouette|gueule',
  '~sacrer|~crisser|~calisser|~donner|~mettre|~foutre|~coller|~envoyer bien|ben? une|un|ta|la|mon|ma bon|bonne|belle|gros|grosse? volee|claque|raclee|coup|baffe|taloche|mornifle|pain|beigne|degelee|correction|rince|mandale|droite|balle|poing|crochet|uppercut|patate|tarte|gifle|torgnole',
  '~faire la peau', '~faire ~souffrir|~douiller|~agoniser', '~faire taire pour|a de|toujours|jamais bon?', '~passer dessus', '~faire ~payer', '~faire ~regretter', '~faire mal', '~faire du mal', '~faire la fete', '~faire sauter la cervelle', '~faire ta|votre fete',
  '~zigouiller', '~trucider', '~dessouder', '~tapocher', '~passer a tabac', '~passer au couteau|fil', '~passer par les armes',
  '~defigurer', '~mutiler', '~estropier', '~casser les jambes|bras|dents|deux jambes',
  // A body part torn out or swallowed (« je vais t'arracher la tête », « lui faire bouffer ses dents »).
  '~arracher la|les|ta|tes|votre|vos|sa|ses|leur|leurs tete|yeux|bras|coeur|gorge|langue|face', '~faire ~bouffer|~manger|~avaler ses|tes|vos|leurs dents',
  '~regler son|ton|votre|leur|sa compte|cas', '~faire son|ton|votre|leur affaire|compte', '~faire manger les pissenlits par la racine', '~faire passer l\'|le envie|gout de vivre', '~envoyer a|au la|l\'|l? morgue|cimetiere', '~envoyer|~mettre|~plonger dans le coma', '~faire ~gouter a|au mon|ma|mes|notre|nos poing|poings|batte|bat|couteau|fusil|gun|lame|hache|bottes', '~rendre la vie impossible|infernale', '~faire ~payer|~regretter d\'|de ~etre ne|nee|nes|nees|venu|venue|venus|venues', '~rentrer dedans', '~faire passer le|l\' gout du pain', '~envoyer ad patres', '~rentrer dans le cadre|corps', '~mettre six|6 pieds sous terre', '~casser en deux', '~briser',
];
/** Harm only when nothing follows (« on va te retrouver » vs « on va vous retrouver au parc »). */
export const harmBare = ['~retrouver', '~trouver', '~attraper', '~pogner', '~avoir'];

/** Consequences promised to « tu / vous ». */
export const consequences = [
  'tu|vous|t\' ~aller me|nous? le|la|y|en ~regretter|~payer|~gouter|~manger', 'tu|vous ~aller tous|toutes? ~payer', 'tu|vous|t\' ~aller tous|toutes? ~mourir|~crever|~souffrir|~morfler|~saigner|~pleurer',
  // Someone's death awaited as a question (« quand est-ce qu'il va crever? », « tu crèves quand? »); « crever » only, « mourir » is as often a plot.
  'quand est ce qu\'|que tu|vous|il|elle|ils|elles|y ~aller? ~crever', 'tu|vous|il|elle|ils|elles|y ~aller? ~crever quand',
  'tu|vous ~aller ~prendre|~manger|~recevoir|~pogner toute? cher|une|un|ta|ton|la|toute volee|claque|raclee|balle|coup|degelee|mandale', 'tu|vous ~perdre rien pour attendre', 'tu|vous ne|n\'? ~perdre rien pour attendre',
  't\'|tu|vous es|etes|tes tous|toutes? un|une|des? +homme|+femme? +mort', 'tu|vous|t\' ~aller|~devoir le|l\'|la? ~payer de ta|votre|tes|vos vie|vies|sang|peau',
  'compte|comptez|comptes tes|vos derniers? jours',
  // The wrong done to the speaker, to be regretted (« tu vas regretter de m'avoir refusé mon permis », « vous allez regretter le jour où… »).
  // (A wrong, not a favour: « tu vas regretter de m'avoir invitée, je mange comme quatre » is a joke.)
  'tu|vous|t\' ~aller ~regretter amerement|longtemps? de|d\' m\'|nous ~avoir ~refuser|~barrer|~bloquer|~denoncer|~insulter|~parler|~traiter|~couper|~niaiser|~voler|~mentir|~provoquer|~chercher|~tromper|~ignorer|~bannir|~humilier|~frapper|~toucher|~crier|~fourrer|~menacer|~retirer|~enlever|~suspendre|~congedier|~renvoyer|~expulser|~ecoeurer|~ecraser|~narguer|~defier|~poursuivre|~signaler|~accuser|~trahir|~baiser',
  'tu|vous|t\' ~aller ~regretter amerement? le jour|moment ou|que|qu\' tu|t\'|vous m\'|me|nous',
  // Next in line to die (« vous serez les prochains à être abattus », « t'es la prochaine à crever »).
  'tu|vous|t\' ~etre|serez|seras|es|etes les|le|la prochain|prochains|prochaine|prochaines a ~mourir|~crever',
  'tu|vous|t\' ~etre|serez|seras|es|etes les|le|la prochain|prochains|prochaine|prochaines a etre +abattu|+tue|+pendu|+egorge|+fusille|+execute|+elimine|+massacre|+brule|+poignarde|+extermine',
  // Asked as a dare (« Tu veux crever? », « Vous cherchez à vous faire tabasser? »): the harm is promised.
  'tu|vous|t\' ~vouloir|~chercher|~tenir a|d\'|de? te|vous|t\' faire ~tuer|~tabasser|~frapper|~buter|~egorger|~planter|~casser|~peter|~defoncer|~lyncher|~massacrer|~poignarder',
  'tu|vous|t\' ~vouloir|~chercher a? ~crever', 'tu|t\'|vous as|avez envie de|d\' ~crever',
  // Death or a beating promised to the reader: foretold, tasted, waiting, its hour come, the coffin ready.
  'tu|vous|t\' ~aller tous|toutes? te|vous|t\' faire ~massacrer|~egorger|~pendre|~lyncher|~abattre|~fusiller|~exterminer|~poignarder|~etrangler|~noyer|~gazer|~trucider|~zigouiller|~assassiner|~lapider|~decapiter|~executer|~buter|~eliminer',
  'tu|vous|t\' ~aller ~gouter a|au mon|ma|mes|notre|nos poing|poings|batte|bat|couteau|fusil|gun|lame|hache|claque|volee|bottes|medecine',
  'je|j\'|on|nous te|t\'|vous|leur promets|promet|promettons|promis|~souhaiter|~garantir une|la mort|+souffrance|agonie|+torture', '~preparer|~creuser ta|votre|tes|vos tombe|tombes|cercueil|cercueils', 'achete|achetez toi|vous un|des cercueil|cercueils',
  'le|la|une|un corde|bucher|balle|potence|guillotine|cercueil|tombe te|t\'|vous ~attendre', 'ton|ta|votre|vos derniere|dernieres heure|heures est|sont|a|ont venue|venues|arrivee|arrivees|sonne', 'ton|votre heure a sonne', 'tu|vous|t\' ~aller tous|toutes ~bruler|~pourrir|~agoniser',
  'tu|vous|t\' ~aller? tous|toutes? ~finir|finirez|finiras tous|toutes? +pendu|+egorge|+fusille|+brule|+noye|+gaze|+decapite|+lapide|+lynche',
  'tu|vous|t\' ~aller? tous|toutes? ~finir|finirez|finiras tous|toutes? au bout d\'|d une corde', 'tes|t\'es|vous etes tous|toutes? +mort', 'tes|vos jours sont comptes', 'gare a toi|vous|ta|ton|tes', 'attends|attendez toi|vous a|au pire',
  'tu|vous ~aller voir ce qui', 'tu|vous ~aller voir ce que|qu\' je|j\'|on|nous ~aller? te|t\'|vous ~faire|~arriver', 'ca|cela ~aller te|vous ~couter cher', 'tu|vous ~aller avoir affaire a moi|nous', 'tu|vous ~aller tous|toutes? te|vous faire +tabasser|+frapper|+buter|+tuer|+planter|+defoncer|+casser|+eclater|+demolir|+violer',
  'tu|vous ~meriter de|d\'|qu\'|que|une|un|la|ta? te|vous|t\'|on? ~faire|~prendre|~crever|~mourir|+tabasser|+frapper|+tuer|+claque|+volee|+raclee|+balle|mort|+baffe|+correction',
  'tu|vous ~meriter une|un|la|ta|des bonne|belle|grosse|bon|bonnes? +volee|+claque|+raclee|+balle|+baffe|+correction|+taloche|+coup|mort',
  'tu|vous ~meriter de|d\' te|vous faire +tabasser|+frapper|+tuer|+buter|+violer|+defoncer|+lyncher|+battre',
  'je|j\'|on|nous ~savoir ou tu|vous ~rester|~habiter|~demeurer|~travailler|~vivre|~dormir|~prier|~etre|~aller|~stationner|~jouer',
  'je|j\'|on|nous ~avoir|~connaitre ton|votre|ta adresse|plaque|+enfant|numero|+char', 'je|j\'|on|nous ~aller ~venir te|vous ~chercher|~voir|~trouver|~rendre',
  'tu|t\' ~aller ~finir dans|au le|la|un|une fleuve|fosse|coffre|cercueil|tombe|morgue|four',
  'vous ~aller tous|toutes? ~finir dans|au le|la|un|une cercueil|tombe|morgue|four|fours|bucher', 'ta|votre|ton|tes|vos famille|femme|blonde|mere|enfants|enfant|fils|fille|chum|proches ~aller ~payer|~souffrir|~crever|~mourir', 'je|on ~aller m\'|me|nous ~occuper de toi|vous|ton|votre cas',
  // The harm told by what is left after it (« y restera pas grand-chose de toi », « ta famille va te chercher longtemps »,
  // « quand j'en aurai fini avec toi »), by the hour it comes or the bullet that waits (« quand tu t'y attendras le moins, je… »).
  'y|il ne|n\'? en? restera pas|plus grand? chose|rien de toi|vous', 'ta|votre|ton|tes|vos famille|femme|blonde|mere|enfants|enfant|fils|fille|chum|proches ~aller te|t\'|vous ~chercher longtemps',
  'quand|lorsque je|j\'|on|nous en aurai|aura|aurons fini avec toi|vous', 'quand|lorsque tu|vous t\'|vous y attendras|attendrez le moins je|j\'|on|nous',
  'ma|mes|la|une|cette prochaine? balle|balles|cartouche ~porter ton|votre nom', '~surveiller|attention a tes|vos arrieres', '~finir|~terminer|~achever|~continuer le|son travail|boulot|oeuvre d\'|qu\' hitler',
  // The genocide regretted unfinished (« dommage qu'Hitler ait pas fini la job », « Hitler avait raison »).
  'hitler|adolf ~avoir|aurait|ait|avait|aie pas|jamais? ~finir|~terminer|~completer|~achever sa|la|le|son job|travail|ouvrage|boulot|oeuvre', 'hitler|adolf ~avoir|avait|aurait raison',
  'je|j\'|on|nous|m\'|ma|mas ~aller? t\'|vous en ~calisser|~crisser|~sacrer|~foutre|~coller une', 'on|je ~aller se|s\' ~occuper de ton|votre cas',
  // Others sent, and the meeting awaited (« je connais du monde qui pourrait s'occuper de toi », « attends que je te pogne »);
  // not friends' help (« des amis qui pourraient s'occuper de vous »), not « te voir » or « te trouver » (a place, a gift).
  'du|des monde|gars|chums qui ~pouvoir|~aller|~vouloir s\'|se ~occuper de toi', 'du|des monde|gars|chums qui ~pouvoir|~aller|~vouloir s\'|se ~occuper de ton|ta cas|face|gueule',
  'attends|attendez|attend que|qu\' je|j\' te|t\'|vous ~pogner|~croiser|~attraper', 'ca|cela ~aller mal|chier ~finir pour toi|vous|lui|elle|eux|elles|le|la|les|ta|ton|tes|votre|vos|ce|cette|certains|quelqu\'|quelqu',
  'preparez|prepare|preparons vous|toi|nous? a|au ~saigner|~souffrir|~mourir|~crever|~pleurer|pire',   'je|j\' ~aller te|vous ~faire la peau', 'je|j\' ~aller te|vous ~faire ~payer', 'je|j\' ~aller te|vous ~faire ~regretter',
  // Death wished on someone else (« qu'il crève », « laissez-le mourir », « il mériterait d'être mort »),
  // and doom announced (« t'as signé ton arrêt de mort »): subjunctives and fixed frames only.
  // With « tous » between (« j'espère qu'ils vont tous crever »), and suffering in the subjunctive (« je souhaite qu'il souffre »).
  '~esperer|~souhaiter que|qu\' il|elle|ils|elles|y ~aller? tous|toutes? creve|crevent|meure|meurent|pourrisse|pourrissent|souffre|souffrent|crever|mourir|pourrir|souffrir',
  'qu\'|que il|elle|ils|elles|y creve|crevent|meure|meurent|pourrisse|pourrissent', 
  // Burning or suffering wished in the jussive, said of them all or of hell (« qu'ils brûlent toute », « qu'il pourrisse en enfer »).
  'qu\'|que il|elle|ils|elles|y brule|brulent|souffre|souffrent|agonise|agonisent toute|tous|toutes|vifs|vif|vive|vives', 'qu\'|que il|elle|ils|elles|y brule|brulent|souffre|souffrent|agonise|agonisent|pourrisse|pourrissent en enfer', 'laisse|laissez|laissons|laisser le|la|les|lui|moi ~crever|~mourir|~pourrir|~agoniser',
  'il|elle|ils|elles|y ~meriter de|d\'? ~etre? mort|morte|morts|mortes|~crever|~mourir|~pourrir|~bruler|~pendre|~souffrir',
  'il|elle|ils|elles|y aurait|auraient|aurais du|dû|du|du? deja|meme|vraiment? ~etre? mort|morte|morts|mortes|~crever|~mourir|~pourrir',
  '~meriter|~devoir d\'|de ~etre +gaze|+pendu|+fusille|+execute|+lapide|+egorge|+castre|+torture|+tue|+decapite|+lynche|+crucifie',
  // A beating or a bullet deserved (« le maire mériterait une bonne volée », « tu mérites une claque »).
  '~meriter une|un|des|sa|ta|son bonne|bon|maudite|osti|crisse? volee|claque|claques|baffe|gifle|taloche|mandale|balle|balles',
  '~signer ton|votre|son|sa|leur arret de mort', 'ton|votre|son|leur arret de mort',
  // Someone else called on to harm the reader (« quelqu'un devrait te tirer dessus »).
  'quelqu\'|quelqu un? ~devoir|~aller te|t\'|vous ~tuer|~buter|~tabasser|~frapper|~planter|~egorger|~descendre|~tirer|~abattre|~crever|~casser|~pendre|~violer',
  // War and massacre wished (« j'espère une réponse atomique », « ce qu'il nous faut c'est une bonne guerre »).
  'je|j\'|on|nous ~esperer|~vouloir|~souhaiter|~rever une|un|la|le|des bonne|belle|grosse? guerre|genocide|massacre|+attentat|+purge',
  'je|j\'|on|nous ~esperer|~vouloir|~souhaiter|~rever une|un|la|le|des +bombe|+frappe|+reponse|+guerre atomique|atomiques|nucleaire|nucleaires',
  'il|nous ~falloir une|un bonne|belle|grosse? guerre|genocide|massacre|+purge', 'ce qu\' il nous faut c\' est une|un bonne|belle|grosse? guerre|genocide|massacre|+purge',
  // Illness wished on someone else (« j'espère qu'elle pogne le covid », « j'espère Simone Biles choppe le cancer »).
  '~esperer|~souhaiter que|qu\'? il|elle|ils|elles|y ~attraper|~chopper|~choper|~pogner|aura|auront|ait|aient le|la|une|des|un cancer|covid|sida|peste|mst|ist|chlamydia|syphilis|ebola',
  '~esperer que|qu\'? * *? ~attraper|~chopper|~choper|~pogner le|la|une|des|un cancer|covid|sida|peste|mst|ist|chlamydia|syphilis|ebola',
];

/** Wishes of death or harm aimed at the person. */
export const wishes = [
  '~esperer que|qu\' tu|vous|t\'|ta|ton|tes|votre|vos', '~souhaiter que|qu\' tu|vous|t\'|ta|ton', 'je|j\' te|vous|lui|leur|y ~souhaiter de|d\'|la|une|un', 'que tu|vous|t\'',
  'tu|vous ~meriter de|d\'|la|une|un', 'tu|vous ~devoir te|vous', 'tu|vous ~devriez te|vous', 'va|allez|vas', 'on ~aller te|vous', 'je|j\' ~aller te|vous',
];
/** A crash wished (« qu'il se plante en char sur la 40 », « te planter dans un poteau »). */
export const carCrash = '~planter|~tuer|~ramasser en|dans|contre char|auto|voiture|moto|motoneige|vtt|skidoo|camion|truck|poteau|arbre|mur|fosse|viaduc|pilier';
/** What is wished. */
/** A body harmed for good (« se casser les deux jambes », « rester paralysé »): wished, it needs no people to be harm. */
export const bodyHarm = ['~casser|~briser|~peter|~fracturer *? *? +jambe|bras|cou|colonne|dos|crane|+hanche|genou|genoux|+cheville|+poignet|+cote|nez|+dent', '~rester|~finir|~devenir infirme|+paralyse|+handicape|legume', '~finir en chaise roulante'];
export const harmWished = [...bodyHarm,
  '~crever', '~mourir', '~pourrir', '~bruler', '~souffrir', '~disparaitre', '~pendre', '~suicider', '~tuer', '~noyer', '~etouffer', '~faire ~tuer|~tabasser|~frapper|~violer|~ecraser|~buter|~rentrer|~enculer', '~faire ~ramasser|~happer|~renverser par',
  '~attraper|~pogner|~choper|~avoir|auras|aurez le|la|une|des cancer|covid|sida|peste|mst|ist|chlamydia|syphilis|gonorrhee', '~finir en prison|a la rue|dans un fosse|sous un char|sous un autobus|sous un bus', '~finir dans la rue|les fours|un four|une chambre a gaz|les chambres a gaz',
  // Ruin, sickness and overdose wished (« vont faire faillite, tomber malades », « fassent toute une overdose »), a stray bullet.
  '~faire faillite', '~tomber malade|malades', '~mal tomber', 'une|un|toute|toute une? overdose|surdose', 'une|des balle|balles perdue|perdues', '~faire une|toute une? overdose|surdose', 'se|s\' le|la|l\' ~planter|~enfoncer dans', carCrash, '~etre ~ecraser', '~etre ~tuer', 'te|vous ~jeter en bas|d\'un pont', '~jeter en bas|d\'un pont|du pont',
  '+creve', 'mort|morte|morts', 'cancer|covid|sida|peste|mst|ist|chlamydia|syphilis|ebola', '~perdre ta|votre job|maison|famille',
  // Losing home and family (« je lui souhaite de perdre sa maison »); a job alone only with more after it (« sa job, sa
  // maison »): alone it is as often an election lost.
  '~perdre sa|son|ses|leur|leurs maison|famille|femme|+enfant|vie', '~perdre sa|son|leur job|emploi sa|son|ses|leur|leurs|pis|et', 'tout ~perdre', '~griller', '~rotir', '~cramer',
];
/** Orders of self-harm, imperative (« pends-toi », « va crever »). */
export const selfHarm = ['va|allez|vas te|vous ~pendre|~noyer|~suicider', 'saute|sautez|sautes en bas d\'|du|de un|une|le|la? pont|immeuble|building|toit|falaise|edifice', 'mets|mettez toi|vous la|ta|votre tete dans le|un|ton|votre four', 'pends|pendez toi|vous', 'tue|tuez toi|vous', 'suicide|suicidez toi|vous', 'jette|jetez toi|vous', 'creve|crevez donc|toi|vous|sale|maudit|osti|criss|esti|tabarnak|en|mon|ma|gros|grosse|charogne|salope|salaud|connard|pourriture|ordure|batard|enfoire|vermine'];

/** Condescension: addressed to the reader, about their mind or schooling (no bad word needed). */
export const condescension = [
  'apprenez|apprends|apprend|appren|faut|faudrait a|à lire|ecrire|compter|reflechir|parler|conduire|vivre|vous|te|comprendre|lire',
  'savez|sais vous|tu lire|compter|ecrire', 'tu|vous ~savoir lire|compter', 'vous|tu ne|n\'? ~savoir pas lire|compter|ecrire',
  'retourne|retournez|retournes|va|allez|vas|retourner a|sur l\'|l|les? ecole|bancs|banc|primaire|maternelle|garderie',
  'tu|vous ~devoir|~devriez|~falloir ~retourner a|sur l\'|l|les? ecole|bancs|primaire|maternelle',
  'reflechis|reflechissez un|deux peu|secondes|minute|avant', 'sers|servez toi|vous de ta|votre|tes|vos tete|cerveau|+neurone|jugeote|cervelle',
  'utilise|utilisez|allume|allumez ta|votre|tes|vos tete|cerveau|+neurone|jugeote|cervelle|lumiere', 'ouvre|ouvrez tes|vos|les yeux|oreilles',
  // Not advice to learn more (« renseignez-vous avant… », « faites vos recherches »): it is how counter-speech answers a
  // prejudice (« les … ne sont pas des malades mentaux, informez-vous »), curt but no contempt (precision, round 15).
  'c\'|ce est|etait pourtant pas? simple|facile|complique|compliquer|difficile|sorcier|clair|evident|dur|logique|ecrit',
  'c\'|ce n\'? est|etait pas complique|compliquer|difficile|sorcier|si dur|si complique pourtant', 'cest pourtant pas? simple|facile|complique|clair|evident',
  'meme un|une|mon|ma|ton +enfant|+bebe|+singe|+chimpanze|+eleve|+gamin|+ado|+chien|+poisson|+garderie *? *? *? ~comprendre|~savoir|~pouvoir|~reussir|~faire|~arriver|~etre|~voir|~lire',
  'te|vous|t\' ~faire un dessin', 'besoin d\'|d un dessin', 'tu|vous ~comprendre rien|vite', 't\'|tu|vous as|avez|a rien|pas compris|lu|ni', 'tu|vous n\'|n as|avez rien|pas compris|lu',
  'avez|as vous|tu seulement|meme|au moins|vraiment lu', 'pas la lumiere|le couteau|l\'|le outil|crayon|ampoule la|le plus brillante|brillant|aiguise|allumee',
  'lis|lisez|relis|relisez le|la|les? comme du monde|comme il faut|avant de', 'lisez|lis|lire|relisez|relis le|notre|un|les|la site|+information|+avis|texte|+affiche|+reglement|+consigne|page avant d\'|de ~ecrire|~commenter|~poser|~chialer|~critiquer|~parler|~repondre|~juger|~ecrire|vous|te',
  'tout le monde le|ca sait', 'tout le monde sait ca|cela', 'ca prend juste un peu de bon sens|jugeote|cervelle|tete', 'un minimum de jugeote|cervelle|bon sens|intelligence',
  'tu|vous ~comprendre vite mais ~falloir', '~falloir tout vous|te expliquer', 'au moins essayez|essaie de comprendre|suivre',
  'pas la tete a papineau', '~etre|etes|es vous|tu? capable|capables de lire|comprendre|compter', 'de la misere a lire|comprendre|compter',
  'quel|quelle|belle|beau +genie|einstein|lumiere|+cerveau|+champion|prix nobel', 'bande de genies|+champion', 'le|un|des genie|genies',
  // A mind granted only in a condition (« si t'avais un cerveau… », « si vous aviez un minimum de jugement… »).
  'si|s\' t\'|tu|vous|t avais|aviez un|une|deux|trois? cerveau|cervelle|neurone|neurones|jugeote|colonne',
  'si|s\' t\'|tu|vous|t avais|aviez un|une|juste un? minimum|once|brin|peu|soupcon|gramme de|d\' jugeote|jugement|bon|intelligence|cervelle|cerveau|logique|jugement',
  // A grown-up's work likened to a small child's or an ape's (« écrit comme un enfant de maternelle », « gère ça comme un singe »).
  '~ecrire|~parler|~raisonner|~reflechir|~penser|~conduire|~gerer|~agir|~compter comme un|une|des +enfant|+bebe|+gamin|+flo de maternelle|garderie|primaire|prematernelle',
  '~ecrire|~parler|~raisonner|~reflechir|~penser|~conduire|~gerer|~agir|~compter comme un|une|des +singe|+chimpanze|+babouin|+orang-outan',
  // A mind asked for as if none were there (« ça prend-tu un cerveau pour travailler à la ville? »).
  'ca|sa prend|prends tu|t un|une|deux cerveau|cervelle|neurone|neurones pour',
  // What fills the head instead (« de la bouette entre les deux oreilles »).
  'de la|du bouette|marde|merde|vide|paille|sciure|gruau|jello|compote|mousse|beurre|bran entre les deux? oreilles',
  // Disgust aimed at someone (« tu me dégoûtes », « elle me donne envie de vomir », « tu me fais pitié »).
  'il|elle|ils|elles|ca|cela|tu|vous|t\'|ce|c\' me|m\'|nous|te|t\'|vous|lui? ~donner|~faire envie de|d\' ~vomir|~gerber|~degueuler', 'tu|vous|il|elle|t\'|ils|elles me|m\'|nous ~degouter|~ecoeurer|~repugner|~debecter|~ecoeurer',
  'tu|vous|t\'|il|elle me|m\'|nous ~faire ~vomir|~gerber|~degueuler|pitie|honte', 'tu|vous ~faire pitie',
  // A compliment denied, said to the reader (« t'es pas doué », « vous êtes pas vite vite »).
  'tu|t\'|vous|tes ne|n\'? es|etes|tes? pas vraiment|tellement|tres|si? doue|douee|doues|fute|futes|futee|brillant|brillante|brillants|allume|allumes|allumee',
  // Hatred or dismissal aimed at the reader.
  'je|j\' te|vous ~detester|~mepriser|~hair|~execrer|~vomir', 'personne ne|n\'? t\'|te|vous ~aimer|~supporter|~blairer|~sentir',
  't\'|tu|vous as|avez pas|aucun|aucune|zero de|d\'? cerveau|neurone|neurones|jugeote|cervelle',
  'va|allez|vas te|vous faire voir', 'casse|cassez|barre|barrez toi|vous',
  // Questions that deny the reader any standing or use (« tu te prends pour qui? », « vous servez à quoi, au
  // juste? », « t'es qui pour me dire… »): asked of nobody's answer. (« Vous avez pas honte? » is a reproach, not contempt:
  // said to someone who spoke hate, it is counter-speech.)
  'tu|vous|t\' te|vous|t\' ~prendre pour qui', 'pour qui tu|vous te|vous|t\' ~prendre', 'tu|vous|t\' sers|servez a|à quoi|rien', 'a|à quoi tu|vous sers|servez',
  't\'|tu|vous es|etes|tes qui toi|vous? pour', 'tes qui toi|vous? pour', 'qui es|etes tu|vous pour', 'vous|tu|t\' etes|es|tes payes|payees|paye|payee pour quoi|rien',
];

/** Sarcasm markers, contempt when the sentence or the next one turns negative. Mild praise (« super »,
 *  « merci beaucoup ») is left out: the City writes it often next to a delay or a pothole. */
export const sarcasm = ['bravo', 'brillant', 'brillante', 'genial', 'geniale', 'felicitations', 'felicitation', 'chapeau', 'bien joue', 'belle job', 'beau travail', 'good job', 'merci pour rien', 'quelle efficacite', 'champion', 'champions', 'encore bravo', 'quel genie'];
/** What turns a sentence negative (strong words only: « retard » or « nid-de-poule » are the City's daily business). */
export const negativeContext = [
  'toujours pas', 'encore pas', 'pire', 'nul', 'nulle', 'nuls', 'honte', '+honteux', '+ridicule', '+pathetique', '+incompetent', 'incompetence',
  'gaspillage', '~gaspiller', 'n\'importe quoi', 'nimporte quoi', 'bordel', '+niaiserie', 'joke', '+farce', '+cirque', '+fiasco', '+catastrophe', '+desastre', '+echec', '+gachis',
  'nos taxes', 'notre argent', 'on paie|paye', 'lol', 'mdr', 'ptdr', 'pff|pfff|pffff', 'merci pour rien', '+idiotie', '+stupidite',
  'est|sont|a|ont|etait toujours|encore? pas|jamais ~deneiger|~ramasser|~reparer|~ouvrir|~boucher|~nettoyer|~passer|~venir|~repondre|~entretenir|~regler|~faire',
  'grosse|belle erreur', '+incapable', 'toujours rien', 'rien fait', 'rien compris',
  // A failure again (« t'as encore oublié ma rue », « ils ont encore bousillé le parc »).
  'encore|toujours ~oublier|~rater|~bousiller|~gacher|~scrapper|~manquer|~echouer',
];
