/**
 * What is said of a group (see lexicon-groups.ts), by class. Folded words as patterns (see
 * patterns.ts: `~` every verb form, `+` plural and feminine, `a|b` alternatives, `?` optional).
 * The grammar (hate.ts) decides where the group must stand for each class.
 */

/** Dehumanising nouns: degrading even without a verb (« ces parasites d'immigrés », « des rats, ces… »). */
/**
 * Roles of trust and authority (« pompier », « directrice », « chef »): said beyond a people (below), sneered at in a question
 * (question.ts), a member of a people set in them and mocked (appoint.ts).
 */
export const TRUSTED_ROLES = '+pompier|+policier|+maire|+mairesse|+chef|+patron|+ingenieur|+directeur|+medecin|+pilote|+soldat|+president|+conseiller|+boss|+gerant|+juge|+ministre';

export const dehumanising = [
  '+parasite', 'vermine|vermines', '+cafard', '+coquerelle', '+rat', '+porc', '+cochon', '+singe', '+macaque', '+babouin', '+gorille', '+chimpanze', '+chien', '+animal', '+bete', '+betail',
  '+sous-homme', '+sous-race', '+dechet', '+ordure', '+raclure', 'racaille|racailles', '+merde', '+marde', '+fleau', '+cancer', '+peste', '+virus',
  '+plaie', '+microbe', '+pou', '+sangsue', '+larve', '+cloporte', '+nuisible', '+barbare', '+sauvage', '+primitif', '+degenere', '+consanguin',
  'etres|etre +inferieur', 'race +inferieure', '+inferieur', 'moins que rien', 'moins-que-rien', '+vermisseau', '+charogne', '+hyene', '+chacal',
  '+sous-humain', 'sous humain|humains', '+monstre', '+engeance', '+abomination', '+perversion', '+erreur de la nature',
  '+excrement', '+merdasse', '+merdeux', '+sous-merde', '+pourriture', '+cancrelat', '+punaise', '+insecte', '+bibitte', '+gangrene', '+tumeur', '+invasion', '+envahisseur', '+occupant', '+vidange humaine',
];

/** Degrading attributes: need a verb (« sont des voleurs », « c'est tous des paresseux »). */
export const degrading = [
  'religion|+ideologie|+secte|+culte de|d\' +haine|+violence|+mort|+guerre|+barbare|+terroriste|+pedophile|+fou|+arriere|+tueur|+assassin|+merde|+intolerance|+soumission',
  '+secte', '+ideologie +totalitaire|+barbare|+mortifere|+fasciste|+criminelle', '+religion +barbare|+arrieree|+violente|+dangereuse|+totalitaire',
  // Insults as compound nouns said of a group (« sont tous des têtes de cochons »).
  '+tete de|d\' +cochon|+con|+mule|+noeud|+pioche|+cul|+linotte|+eau|+vache', '+tete +carree|+brulee',
  '+terroriste', '+criminel', '+voleur', '+violeur', '+delinquant', '+bandit', '+voyou', '+profiteur', '+fraudeur', '+escroc', '+arnaqueur', '+menteur', '+paresseux',
  '+faineant', '+manipulateur', '+manipulatrice', '+vicieux', '+hysterique', '+perfide', '+lache', '+traitre', '+hypocrite', '+inutile', '+incapable', '+incompetent', '+nul', 'bons|bon|bonnes|bonne a rien', '+idiot', '+imbecile',
  'cons|connes|conne', '+cave', 'epais|epaisse|epaisses', '+stupide', '+debile', '+attarde', '+arriere', '+abruti', '+cretin', '+ignorant', '+illettre',
  '+analphabete', '+colon? pas|mal +instruit|+eduque', '+inapte', '+predispose a|au la? +violence|+crime|criminalite|delinquance|+vol|paresse', '+crasseux', '+puant', '+degoutant', '+degueulasse', '+deguelasse', '+degeulasse', '+repugnant', '+immonde', '+dangereux', '+malade', '+malade +mental', '+maladie +mentale|mental|mentaux', '+maladie', '+trouble +mental', 'fous|folles|fou|folle',
  '+pervers', '+pedophile', '+deviant', '+deviance', '+mauvais|+mechant +personne|gens|monde|+etre|+individu|+citoyen|+voisin', '+menace', '+danger', '+fardeau', '+boulet', 'poids mort|morts', '+assiste', 'bs', '+quetaine', '+gratteux',
  '+corrompu', '+pourri', '+crosseur', '+vendu', '+parasitaire', '+inadapte', '+sangsue', '+feignant', '+glandeur', '+dechet',
  '+minable', '+pathetique', '+tare', '+zero', '+moron', '+sans-dessein', '+niaiseux', '+nono', '+gueux', '+clochard', '+bougon',
  '+islamiste', '+jihadiste', '+djihadiste', '+extremiste', '+fanatique', '+integriste', '+dealer', '+trafiquant', '+assassin', '+tueur', '+pourri gate',
  '+inferieur', '+sournois', '+fourbe', '+voleur de jobs', '+salaud', '+batard', '+enfoire', '+connard', '+salope', '+pute', '+chienne',
  // Bodies degraded (« les femmes d'ici sont moches »).
  '+moche', '+laid', '+laideron', '+thon', '+boudin',
  // Violence as a nature (« les … sont violents et haineux »).
  '+violent', '+haineux', '+agressif', '+brutal', '+sanguinaire', 'sale|sales',
  // Drink and dirt as a people's nature (« les … sont des ivrognes »).
  '+ecoeurant', '+ecoeurante', '+ignoble', '+abject', '+infect',
  // A broad class of moral and aesthetic condemnation (« irrécupérables », « malhonnêtes », « révoltants »).
  '+irrecuperable', '+pitoyable', '+malhonnete', '+revoltant', '+repoussant', '+aberrant', '+cruel', '+enflure', '+odieux', '+detestable', '+meprisable',
  '+horrible', '+affreux', '+atroce', '+monstrueux', '+infame', '+execrable', '+miserable', '+insupportable', '+demeure', '+decerebre', '+borne', '+toxique', '+malveillant', '+mechant', '+tricheur', '+vil',
  'moins +intelligent|+civilise|+evolue|+humain|+honnete|+digne', '+contre-nature', 'contre nature', '+avare', '+rapace', '+cupide', '+radin', 'profiteux|profiteuse|profiteuses', 'poids pour la|le|les|notre|nos +societe|+systeme|+contribuable|+pays|+ville|+famille|+quebecois|+canadien|+travailleur|+citoyen|+economie',
  '+lamentable', '+defonce de la tete', '+ecervele', '+sans cervelle', 'sans coeur|ame|morale|honneur|dignite|scrupules|gene',
  // Worth denied (« des enflures sans aucune valeur », « sont sans valeur »).
  'sans aucune? valeur|importance|interet', 'pire|pires +espece|+race|+sorte|+engeance|+racaille|+vermine|+dechet|+peuple|gens|+population|+ethnie|+religion', '+insulte|+affront a|pour la|l\'|notre? +nature|+humanite|+societe|+civilisation|+espece|+raison|+decence|+morale', '+insulte|+affront au bon sens',
  // The worst there is, a superlative closed on everything (« les pires qui soient », « les pires de tous », « ce qu'il y a de pire »),
  // and waste (« bons pour la poubelle »): « les pires victimes », « le pire hiver » stay open.
  'pire|pires qui|que soient|soit|existent|existe|puissent|puisse|aient|ait', 'pire|pires de|d\' la|l\'? tous|toutes|terre|humanite|planete|univers|histoire', 'pire|pires +etre|+humain|+individu|+creature|+personne',
  'c\'|ca|sont|est|seront|etaient vraiment|juste|tout|simplement|clairement|definitivement? ce qu\' il y a de pire', 'c\'|ca|sont|est|seront|etaient vraiment|juste|tout|simplement|clairement|definitivement? ce qui se? fait|existe de|d\' pire', '+bon pour|a la|les|le|l\'|aux? +poubelle|vidanges|+ordure|+depotoir|+decharge|dompe|+egout|+abattoir',
  '+ivrogne', '+soulon', '+soulard', '+saoulard', '+alcoolique', '+pouilleux', '+poivrot',
  // « sont d'une stupidité… », « d'une saleté… »: a vice as their measure.
  'd\'|d une +stupidite|+laideur|+salete|+betise|+paresse|+connerie|+mechancete|+cruaute|+violence|+hypocrisie|+malhonnetete|+lachete|+imbecillite|+arrogance|+vulgarite|+bassesse|+puanteur|+crasse|+idiotie|+debilite|+nullite|+mediocrite|+brutalite|+ignorance|+intolerance|+fourberie|+perversite|+cupidite|+avarice|+sauvagerie|+barbarie|+perfidie|+faineantise',
  'des|une|de +erreur',
  'l\'|la? +incarnation|+personnification du|de|des mal|+diable|+betise|+stupidite|+mechancete|+haine|+violence|+mal', 'tous|toutes les memes',
  // Lesser citizens (« des citoyens de seconde zone »).
  'de seconde|deuxieme zone|classe|categorie',
  // Character, mind, hygiene and manners condemned, said of a whole people (« égoïstes », « dérangés », « crottés », « baveux »).
  '+egoiste', '+arrogant', '+hautain', '+malpoli', '+impoli', '+grossier', '+vulgaire', '+irrespectueux', '+ingrat', '+envieux', '+rancunier', '+deloyal',
  '+immoral', '+amoral', '+deprave', '+debauche', '+sadique', '+intolerant', '+sectaire', '+obtus', '+retrograde', '+inculte', '+flemmard', '+froussard', '+pleurnichard',
  'chialeux|chialeuse|chialeuses', '+capricieux', '+irrationnel', '+irresponsable', '+derange', '+cingle', '+timbre', '+detraque', '+malsain', '+bizarre', '+anormal', '+louche',
  '+malpropre', '+malodorant|+pleurnicheur|+pleurnicheuse|+croche', 'flanc|flancs mou|mous', '+crotte', '+hideux', '+niais', '+inepte', '+mediocre', '+senile', '+gateux', '+haissable', '+invivable', '+chiant', '+achalant', '+baveux', '+teteux',
  // Worth, character, manners and dirt, more of each family (« vénales », « exaspérants », « nauséabonds »): said of a whole people only; words mostly said of conditions or ages (déplorable, inhumain, immature, bruyant) are left out.
  'nulle|nulles', '+traitresse|+peureux|+pretentieux|+venal|+agacant|+enervant|+exasperant|+irritant|+malfaisant|+nefaste|+servile|+pueril|+roublard|+indigne|+obscene|+grotesque|+insignifiant|+crade|+nauseabond|+miteux|+diabolique|+demoniaque',
  'degueu|degueux', '+malfrat|+truand|+mythomane|+drogue|+junkie|+casseur|+vipere|+serpent|+demon|+clown',
  '+magouilleur', '+opportuniste', '+predateur', '+obsede', '+sociopathe', '+psychopathe', '+aberration', '+lunatique', '+colerique', '+belliqueux', '+vaurien', 'des|de tordus|tordues', '+fripouille', '+crapule', '+brute', '+rustre', 'queteux|queteuse|queteuses', 'des objets|objet', 'trop +emotif',
  '+superficiel', '+envahissant', '+mesquin', '+jaloux', '+vaniteux', '+hostile', '+primaire', '+simplet', '+insolent', '+effronte', '+hargneux', '+teigneux', '+querelleur', '+bagarreur',
  '+geignard', '+braillard', '+dissimulateur', '+vantard', '+ignare', '+incivilise', '+sans-gene', '+chicanier', '+bornee', '+paranoiaque', '+mafieux', '+gangster', 'des|de|d\'|une|un +frustre|+soumis|+aigri|+refoule|+mal-baise',
];

/**
 * Pejoratives that insult a person only when said to them (« t'es un fragile », « vous êtes
 * laids ») or after « espèce de », « gros », « bande de »: alone they describe things (« un colis
 * fragile », « un temps moche »). The degrading attributes above count too, except those below.
 */
export const pejoratives = [
  'un|une|des|le|la|les fragile|fragiles', '+ignoble', 'une|la honte', '+pedale', '+bride', '+laid', '+laideron', '+moche', '+puceau', '+pucelle', '+boloss', '+bolosse', '+guignol', '+clown', '+pitre', '+patapouf',
  'gros lard|porc|tas|plein|cochon|degueulasse|cave', 'grosse truie|vache|torche|conne|dinde|baleine', '+thon', '+psychopathe', 'psycho|psychos',
  '+schizo', '+trisomique', '+detraque', '+desaxe', '+cingle', '+timbre', '+aigri', '+rageux', '+haineux', '+raciste', '+homophobe',
  '+misogyne', '+facho', '+lavette', '+gonzesse', 'cas social|sociaux|soc', '+nullard', 'nullos', '+lopette', '+insignifiant', '+pitoyable', '+lamentable', '+irrecuperable', '+arrogant', '+pretentieux',
  '+degueu', '+mongol', '+mongolien', '+autiste', '+handicape mental|mentaux', '+handicape', '+attarde', '+retarde', '+ratee|ratees', '+sous-merde', '+merde', '+raclure', '+dechet', '+ordure',
  '+consanguin', '+degenere', '+bouffon', '+tocard', '+baltringue', '+cassos', '+parasite', '+fdp', '+batard',
];
/** Degrading attributes that are not insults when said to the reader (« si vous êtes malade », « vous êtes incapable de vous déplacer »). */
export const notAddressed = [
  'malade|malades', 'incapable|incapables', 'danger|dangers', 'menace|menaces', 'assiste|assistes|assistee|assistees', 'bs', 'fardeau', 'boulet', 'inadapte|inadaptes|inadaptee|inadaptees',
  'zero', 'analphabete|analphabetes|illettre|illettres|illettree|illettrees', 'handicape|handicapee|handicapes|handicapees', 'autiste|autistes', 'fou|fous|folle|folles', 'dangereux|dangereuse|dangereuses', 'islamiste|islamistes|jihadiste|djihadiste|extremiste|extremistes|fanatique|fanatiques|integriste|integristes',
  'dealer|dealers|trafiquant|trafiquants', 'secte', 'intolerant|intolerants|intolerante|intolerantes', 'senile|seniles', 'crotte|crottes|crottee|crottees', 'louche|louches', 'sale|sales', 'poids', 'inutile|inutiles', 'pauvre|pauvres', 'gueux', 'bougon|bougons|bougonne', 'jaloux|jalouse|jalouses', 'hostile|hostiles',
];

/** Words that link a subject to what it is said to be. */
export const copulas = [
  'sont', 'est', 'etaient', 'etait', 'seront', 'sera', 'serait', 'seraient', 'restent', 'reste', 'demeurent', 'deviennent', 'devenus', 'c\'', 'cest', 'ce', 'representent', 'represente', 'constituent', 'resteront', 'son', 'tous', 'toutes',
  // The subjunctive (« faut-il que les … soient pervers »).
  'soit', 'soient', 'sois',
  // The reader in the group (« les … comme vous, êtes pas mieux que… »).
  'etes',
  // Seeming is being said to be (« les … semblent tellement paresseux »).
  'semblent', 'paraissent',
];

/** Words that may stand between the verb and what the group is said to be. */
export const fillers = [
  'tous', 'toutes', 'tout', 'toute', 'juste', 'que', 'qu\'', 'rien', 'vraiment', 'tellement', 'trop', 'si', 'bien', 'des', 'de', 'd\'', 'du', 'une', 'un',
  'la', 'le', 'les', 'l\'', 'bande', 'gang', 'gagne', 'gros', 'grosse', 'grosses', 'vrais', 'vraies', 'vrai', 'petits', 'ptits', 'maudits', 'maudites',
  'souvent', 'toujours', 'presque', 'surtout', 'simplement', 'clairement', 'generalement', 'majoritairement', 'comme', 'genre', 'ne', 'n\'', 'sont',
  'pareil', 'pareils', 'pareille', 'pareilles', 'personne', 'personnes', 'individus', 'etres', 'volontiers', 'prochain', 'prochaine', 'premier', 'premiere', 'moindre',
  'naturellement', 'genetiquement', 'fondamentalement', 'intrinsequement', 'foncierement', 'biologiquement', 'nature', 'definition',
  'ce', 'c\'', 'cest', 'seulement', 'uniquement', 'plus', 'moins', 'aussi', 'encore', 'deja', 'ben', 'assez', 'full', 'tres', 'fucking',
  'osti', 'esti', 'criss', 'crisse', 'calisse', 'tabarnak', 'sacrament', 'ostie', 'estie', 'maudit', 'maudite', 'sales', 'sale', 'en', 'majorite', 'pour',
  'plupart', 'general', 'fond', 'avant', 'profondement', 'visceralement', 'sincerement', 'absolument', 'carrement', 'completement', 'totalement', 'serieusement', 'franchement', 'sans', 'doute', 'point', 'nettement', 'pas', 'jamais', 'aucun', 'aucune', 'nullement', 'aucunement', 'y', 'ils', 'elles', 'eux',
  'ca', 'cela', 'a', 'au', 'aux', 'pire', 'pires', 'qui', 'sortes', 'sorte', 'espece', 'especes', 'race', 'ramassis', 'tas', 'troupeau', 'horde', 'meute', 'nid', 'creature', 'creatures',
  // « pas mal tous des… », « c'est du monde paresseux ».
  'mal', 'peu', 'monde', 'exception', 'icitte', 'ici', 'autres', 'donc', 'temps',
  // « ne sont en réalité que des … », « sont en fait des … ».
  'realite', 'fait', 'verite', 'definitive',
  // Intensifiers (« plutôt sales », « extrêmement paresseux »).
  'plutot', 'extremement', 'terriblement', 'incroyablement', 'particulierement', 'vachement', 'super', 'hyper', 'ultra', 'drolement', 'horriblement', 'affreusement', 'excessivement',
];

/** What a group is said to do, anchored at the verb (subject: the group, « qui » or a pronoun). */
/** Vices said to be inborn (« ont le vol dans le sang », « la violence est dans leur nature »). */
const INBORN = '+vol|+violence|+crime|+mensonge|+paresse|+salete|+triche|+fourberie|+haine|+cruaute|+barbarie|+terrorisme|+criminalite|+magouille|+fraude|+vice|+trahison|+lachete';
/** Animals a people is likened to (« vivent comme des bêtes », « réfléchissent comme des poules », « ressemblent à des singes »). */
const BEASTS = '+animal|+bete|+chien|+rat|+singe|+porc|+cochon|+vermine|+cafard|+coquerelle|+lapin|+mouton|+poule|+mule|+ane|+vache|+chevre|+serpent|+hyene|+chacal|+vautour|+sangsue|+tique|+pou|+puce|+termite|+loup|+truie|+ver|+limace|+rongeur|+moufette|+bestiau|+betail|+primate|+gorille|+babouin|+orang-outan';
/** The same animals, for comparisons read in hate.ts (« aussi têtus que des mules »). */
export const beasts = BEASTS.split('|');
/** Public money a people is said to live off (« vivent de l'aide sociale », « touchent leur chèque »). */
const BENEFITS = '+aide|+impot|+taxe|bs|+allocation|+cheque|welfare|+subvention';
export const groupVerbs = [
  '~vivre sur notre|nos|le|mon|leur dos', '~vivre aux crochets', '~vivre a nos crochets', `~vivre de|du|des nos|notre|l'|la? ${BENEFITS}`,
  '~profiter|~abuser du|de|des notre|nos|l\'|la? +systeme|+aide|+impot|+taxe|+allocation|bs|welfare|+programme|+subvention|+contribuable|+generosite',
  '~profiter de nous',
  '~voler nos|notre|les +job|+emploi|+travail|+femme|+terre|+pays|+logement|+place|jobs|job',
'~infester', '~pulluler', '~puer', '~empester', '~grouiller', '~parasiter', '~gangrener',
  '~detruire|~ruiner|~gacher|~salir|~souiller|~saccager|~islamiser notre|nos|le|la|les|l\'|ce +pays|+ville|+quartier|+culture|+societe|+valeur|+province|quebec|canada|france|+race|+rue',
  // Crowds « envahissent la ville » for a festival: invading is hate said of OUR country or culture.
  '~envahir notre|nos +pays|+ville|+quartier|+culture|+societe|+province|quebec|canada|france|+rue',
  '~se ~reproduire|~multiplier comme des +lapin|+rat',
  // Weeds that spread (« se multiplient comme de la mauvaise herbe »): only with a verb of breeding or swarming, since
  // « poussent comme de la mauvaise herbe » is said fondly of children growing. (« comme du chiendent » left out: size.)
  'se|s\'? ~reproduire|~multiplier|~repandre|~pulluler|~proliferer comme de|des la? mauvaise|mauvaises herbe|herbes', 'se|s\' ~croire tout ~permettre',
  'ne|n\'? ~valoir absolument|strictement|vraiment|juste? rien', 'ne|n\'? ~valoir pas la peine d\'|de ~etre|~vivre|~sauver|~proteger|~aider|~soigner', 'ne|n\'? ~servir absolument|strictement|vraiment|plus|pu|jamais|meme|juste? a rien', 'ne|n\'? ~servir qu\'|que a|au', 'ne|n\'? ~meriter pas|jamais|aucun le|leur|de? +droit', 'ne|n\'? ~etre|~pouvoir pas|jamais ~etre? de|des|un|une vrais|vraies|vrai|vraie|veritables|veritable +femme|+homme|+humain', 'ne|n\'? ~avoir rien a faire ici', 'ne|n\'? ~avoir rien a faire chez|parmi *', 'ne|n\'? ~avoir pas|aucune leur|de? place',
  'ne|n\'? ~avoir pas d\'|de +affaire ici', 'ne|n\'? ~avoir pas d\'|de +affaire chez|au|dans|en *', 'ne|n\'? ~meriter pas de ~vivre|+respect|d\'|exister', 'ne|n\'? ~meriter aucun +respect',
  '~finir a|au|aux|dans la|les|le|une? +poubelle|vidanges|+ordure|+depotoir|+decharge|dompe|+egout', '~meriter de|d\' ~crever|~mourir|~disparaitre|~bruler|~souffrir|~pourrir', '~meriter la mort|la|une +balle', '~meriter la|le guillotine|potence|corde|bucher|peloton', '~meriter la chaise electrique', '~devoir ~crever|~mourir|~disparaitre|~bruler|~pourrir',
  '~etre une|un|des|le|la vrai|vraie|veritable|pure|gros|grosse|sacre|sacree? +plaie|+fleau|+cancer|+fardeau|+boulet|+menace|+danger|+nuisance|+honte|+tare|+calamite|+catastrophe|+gangrene|+epidemie|+pandemie|+infection|+contagion|+infestation|+poison|+gouffre|+abomination|+charge|+epine|+poids|+sangsue|+bombe|+gaspillage|+rebut|+lie', '~etre une|la vraie|vraie? +tache sur|pour|dans|a|au',
  '~vouloir nous? ~imposer|~remplacer|~envahir|~islamiser|~conquerir|~tuer|~exterminer|~coloniser',
  // Control and destruction need us or something of ours (« veulent contrôler leur corps » is their own).
  '~vouloir nous ~detruire|~dominer|~controler', '~vouloir ~detruire|~dominer|~controler le|la|les|l\'|notre|nos|tout|toute|tous',
  '~vouloir ~imposer la|leur charia|+religion|+loi', '~imposer la|leur charia', 'nous ~envahir|~remplacer|~coloniser', 'ne|n\'? se|s\' ~integrer pas|jamais|aucunement', 'ne|n\'? ~pouvoir|~savoir|~aller pas|jamais|plus s\'|se ~integrer',
  // Belonging denied for ever (« ne seront jamais vraiment d'ici », « resteront toujours des étrangers »).
  'ne|n\'? ~etre jamais vraiment|reellement? d\'|de ici|icitte|chez', '~rester|~demeurer toujours|eternellement des|un|une +etranger|+immigre|+intrus|+invite',
  // Nothing good ever made or brought (« ne feront jamais rien de bon », « apportent rien de bon »).
  'ne|n\'? ~faire|~apporter|~amener|~donner|~produire|~accomplir|~creer|~batir|~construire jamais|plus? rien de|d\' bon|bien|valable|utile',
  'ne|n\'? ~vouloir pas|jamais s\'|se ~integrer', '~etre +incompatible avec nos|notre|la|les +valeur|+culture|+societe|+mode|+democratie|+civilisation',
  '~violer|~egorger|~tuer|~agresser nos|des +femme|+enfant|+fille',
  // Conspiracy tropes: a group ruling or plotting (« les … nous contrôlent », « contrôlent les médias »).
  'nous ~controler|~manipuler|~diriger|~gouverner|~dominer|~asservir', '~controler|~diriger|~posseder les|la|le +media|+banque|finance|monde|+gouvernement|+medium',
  '~faire|~commettre tous? des|les|tous|100% +attentat|+crime|+viol|+agression|+meurtre',
  // Worth and equality denied, a positive said of them negated (« ne devraient compter pour personne », « ne sont pas nos égaux », « pas dignes de vivre »).
  'ne|n\'? ~devoir? ~compter pour personne|rien', 'ne|n\'? ~valoir pas|jamais|meme pas? un|une|grand clou|sou|cenne|cent|pet|centime|radis|rond|chose', 'ne|n\'? ~etre pas|jamais nos|des|les +egal', 'ne|n\'? ~avoir aucun|pas le? droit de|d\' ~vivre|~exister|~respirer',
  'ne|n\'? ~avoir aucun|pas le? droit d\' etre en|au vie|monde', '~etre +indigne de|d\' ~vivre|~exister|+respect|+confiance',
  'ne|n\'? ~etre|~pouvoir pas|jamais ~etre? des|les notres', 'ne|n\'? ~avoir jamais|pas ete des|les notres', 'ne|n\'? ~etre +bon|+utile qu\'|que a|au|pour', 'ne|n\'? ~etre|~pouvoir pas|jamais|aucunement|nullement ~etre? aussi|assez|si|vraiment? +digne|+intelligent|+attirant|+honnete|+egal|+humain|+civilise|+fiable',
  // Accusations: a religion imposed, a country conquered, crime brought (« imposent leur religion », « ramènent la criminalité »).
  '~ramener|~amener|~apporter|~importer la|le|leur|leurs|des|de? +criminalite|+crime|+violence|+drogue|+maladie|+terrorisme|+insecurite',
  // Crime made to rise (« vont faire monter la criminalité », « font exploser les vols »).
  '~faire monter|augmenter|grimper|exploser|bondir la|le|les +criminalite|+crime|+violence|+vol|+insecurite|+agression|+viol',
  // Worth and rights denied, a place among animals (« n'ont aucune valeur », « ne devraient pas avoir le droit de voter », « ont leur place dans un zoo »).
  'ne|n\'? ~avoir aucune valeur|importance', 'ne|n\'? ~avoir pas|plus|jamais de|d\' valeur|importance', 'ne|n\'? ~devoir pas|jamais|plus|pu|meme|en aucun? cas? pas? avoir le droit de|d\' ~voter|~travailler|~exister|~vivre|~enseigner|~adopter|~se|~s\'',
  // Places and public goods denied (« ne devraient pas avoir accès aux toilettes / aux emplois de la Ville »).
  'ne|n\'? ~devoir meme? pas|jamais|plus|pu|meme avoir acces a|au|aux la|nos|notre? +toilette|+emploi|+job|+logement|+ecole|+service|+hopital|+soin|+territoire|+piscine|+aide|+prestation|+universite|+bibliotheque|+arena|+poste|+vestiaire',
  'ne|n\'? ~etre pas des? +etre +humain', 'ne|n\'? ~devoir pas|jamais ~exister|~naitre|~procreer|~enfanter', 'ne|n\'? ~avoir|auraient|aurait pas|jamais du ~exister|~naitre', 'ne|n\'? ~avoir|auraient|aurait pas|jamais du voir le jour|venir au monde', 'ne|n\'? ~devoir pas|jamais avoir d\'|des|d enfants',
  'ne|n\'? ~etre pas|plus les|la|le +bienvenu', '~devoir ~rester a|dans leur place', '~avoir leur place au|a|dans un|une|la|le? zoo|cage|poubelle|four|enclos|asile|prison',
  '~appartenir a|au|dans un|une|la|le? zoo|cage|poubelle|four|enclos',
  '~gacher|~pourrir|~saloper|~salir|~detruire tout', '~avoir un|le petit cerveau', '~avoir un cerveau de|d\'', '~avoir le qi d\'|de',
  '~foutre|~branler|~glander|~crisser|~calisser rien', '~glander', '~etre pas des|pas +humain', '~etre pas humains', '~coller comme des +mouche', '~ruiner tout|toute',
  'comme de la vermine|racaille|merde|marde|pourriture', 'comme du|au|le betail|cheptel|gibier', `comme des|les|un|une|de ${BEASTS}|+sauvage|+barbare|+parasite`, `~ressembler a|aux des|un|une? ${BEASTS}`,
  // « Les …, on dirait des singes », « on dirait un troupeau de singes »: a likeness said of the people named before.
  `on dirait|dirais des|un|une? ${BEASTS}`, `on dirait|dirais un|une troupeau|bande|gang|meute|horde|colonie|nid de|d' ${BEASTS}`,
];

/** Vices done as a way of life (« passent leur temps à frauder », « toujours en train de chialer »). */
export const VICE = '~voler|~frauder|~boire|~chialer|~brailler|~mentir|~tricher|~mendier|~queter|~profiter|~manipuler|~comploter|~dealer|~plaindre|~quereller';

/** Where a people's nature is placed (« dans la nature des … », « dans leur sang », « inscrit dans leurs gènes », « génétique chez les … »). */
export const innatePlaces = [
  'dans|de|par la|le|les|l\'|leur|leurs|sa|son|ses nature|sang|adn|+gene|+instinct|+essence|+chromosome|+culture|+mentalite', '+genetique|+inne|+hereditaire|+congenital|+biologique chez',
];
/** What is then said to be in it (« … de voler », « … de tout détruire »); being (« d'être des … ») is read with the degrading class. */
const INNATE_ACTS = `${VICE}|~tuer|~violer|~tromper|~trahir|~detruire|~terroriser|~agresser|~battre|~frapper|~arnaquer|~escroquer|~saccager|~casser|~polluer|~salir|~puer|~envahir|~exploiter|~magouiller|~abuser|~parasiter|~haïr|~hair`;
export const innateActs = [`de|d' tout? ${INNATE_ACTS}`];
/** The same, or a vice as a noun, set out before the nature it is placed in (« Voler, c'est dans leur nature », « La violence, c'est dans le sang des … »). */
export const innateFronted = [INNATE_ACTS, `la|le|l'|les? ${INBORN}`];

/** What a mind or a sense of honour is made of, said lacking (« n'ont aucune logique », « zéro classe, les … »: insult.ts); « savoir » is « savoir-vivre ». */
export const VIRTUES = '+logique|+intelligence|cerveau|+jugeote|+morale|+honneur|+scrupule|savoir-vivre|+cervelle|+education|+maniere|+valeur|+civisme|+decence|+classe|+dignite|+gene|+honnetete|+pudeur|+politesse';
/** What a people is said to lack, without a verb, set beside its name (« Zéro hygiène, les … », « Les … : aucune morale »,
 *  « pas une once d'honnêteté, ces … »): read by insult.ts. */
const VIRTUE = `${VIRTUES}|+hygiene|+respect|savoir`;
export const lacking = [`aucun|aucune|zero|pu|jamais|pas|sans de|d'? ${VIRTUE}`, `pas une|un once|brin|miette|soupcon de|d' ${VIRTUE}`];

/**
 * Accusations that are hate when said of people by their identity (origin, religion, gender…), and a
 * complaint when said of a role (« les fonctionnaires imposent leurs règles », « les cyclistes coûtent cher »).
 */
export const identityVerbs = [
  '~imposer leur|leurs|la|nous? +regle|+loi|+religion|+culture|+coutume|charia|+croyance|+moeurs|+valeur|+mode', '~controler|~posseder|~acheter tout|toute|+politicien|+elu',
  '~couter une|des|trop? fortune|fortunes|+milliard|cher|+bras', '~comploter|~conspirer',
  '~endoctriner|~pervertir|~corrompre|~recruter|~convertir|~contaminer nos|les|des? +enfant|+jeune|+fille|+garcon',
  '~forcer|~obliger les|tout|nos|nous gens|le|+enfant|a|d\'', '~sucer|~pomper|~drainer|~voler notre|nos|l\' +argent|+ressource|+impot|+richesse', '~vivre aux depens|crochets',
  '~conquerir|conquierent|conquiert|~coloniser|~islamiser|~envahir le|la|l\'|notre|nos +pays|quebec|canada|+province|+ville|+quartier|+monde|+occident|+europe|+terre',
  '~propager|~repandre|~apporter|~transmettre|~ramener|~amener|~importer le|la|les|leur|leurs|des +maladie|+virus|sida|covid|+microbe|tuberculose', '~avoir tous|toutes|toute le|la|les|des +maladie|+virus|sida|covid|+microbe|tuberculose', 'nous|vous ~avoir? ~propager|~repandre|~apporter|~amener|~transmettre le|la|les|leur|leurs|des +maladie|+virus|sida|covid|+microbe',
  // Lives spoiled, values lowered, existence as a shame, an identity as a passing fad (« pourrissent la vie de tout le monde »,
  // « font baisser la valeur des maisons », « devraient avoir honte d'exister », « sont une mode qui va passer »).
  '~pourrir|~gacher|~empoisonner|~ruiner|~detruire|~polluer la|notre|nos|ma|mon vie|vies|existence|quotidien', '~faire ~baisser|~chuter|~descendre la|les|le valeur|valeurs|prix|niveau|qualite',
  '~devoir|~pouvoir avoir honte d\'|de ~exister|~vivre|~respirer|~etre', '~devoir|~pouvoir avoir honte de|d\' ce qu\' ils|elles ~etre',
  // Born to a vice, a vice in the blood (« sont nés pour voler », « ont le vol dans le sang »).
  'nes|nees pour ~voler|~mentir|~tricher|~tuer|~profiter|~obeir|~servir|~frauder|~arnaquer|~voler|~detruire|~quemander|~mendier', `~avoir le|la|l'|les? ${INBORN} dans le|la|l'|les sang|adn|peau|+gene|nature`,
  // A mind or a sense of honour denied (« n'ont aucune logique », « ont pas de jugeote »); none to redeem another (Québec « pas un pour racheter l'autre »).
  `ne|n'? ~avoir aucun|aucune|pas|jamais|zero|pu de|d'? ${VIRTUES}`, 'ne|n\'? ~avoir aucun|aucune|pas|jamais|zero|pu de|d\'? savoir vivre', '~etre? pas un|une pour ~racheter|~sauver l\'|l autre',
  // Know-how denied (« ne savent pas gérer un budget », « savent même pas se comporter »).
  'ne|n\'? ~savoir pas|jamais|meme|rien|aucunement pas? ~gerer|~conduire|~diriger|~penser|~reflechir|~raisonner|~elever|~travailler|~se|~s\'',
  // Idleness said of a people (« se lèvent pas avant midi », « ont jamais travaillé une journée de leur vie », « se pognent le
  // beigne »); not « passent leurs journées à rien faire », which is said with care of the old in a CHSLD.
  'ne|n\'? se|s\' ~lever pas|jamais|rarement avant midi|onze', '~dormir jusqu\' a midi', '~dormir|~siester toute la journee', '~faire la sieste toute la journee',
  'ne|n\'? ~avoir jamais ~travailler une|un journee|jour', 'ne|n\'? ~avoir jamais ~travailler de leur|leurs|sa vie',
  'se|s\' ~pogner|~tourner le|les beigne|cul|pouces',
  // A mind for a task denied (« ont pas la tête pour gérer un budget », « ont pas le niveau pour travailler ici »); not a strength
  // or a capacity, which care says (« n'ont pas la force pour pelleter »).
  'ne|n\'? ~avoir pas|jamais|pu la|le|l\'|les +tete|+niveau|+cerveau|+intelligence|+talent pour',
  // The worst thing (« sont la pire chose qui… »), only taking (« veulent juste profiter »).
  '~etre la|le pire|pires chose|choses|+erreur|+malheur|+fleau|+engeance|+race|+espece', '~vouloir|~chercher|~venir juste|seulement|que|rien? profiter|nous? ~exploiter|~abuser', '~etre juste|rien|qu\'|que? un|une|des|la|le? +mode|+phase|+lubie|+caprice|+tendance|+invention',
  // Implicit derogation: abilities denied to a people, a place assigned, membership denied (« ne savent pas conduire »,
  // « ne sont pas faites pour diriger », « juste bons pour… », « rester à leur place », « pas des vrais Québécois »).
  'ne|n\'? ~savoir pas|jamais ~conduire|~penser|~travailler|~raisonner|~reflechir', 'ne|n\'? ~savoir rien faire', 'ne|n\'? ~etre pas|jamais +fait pour ~diriger|~gouverner|~penser|~travailler|~reflechir|~commander|~voter|~etudier', 'ne|n\'? ~etre pas|jamais +fait pour la|le|les +politique|+science|+pouvoir',
  // Any role or task said beyond them (« sont pas faites pour conduire une déneigeuse », « … pour être pompières »).
  'ne|n\'? ~etre pas|jamais +fait pour ~conduire|~gerer|~decider|~administrer|~enseigner|~negocier|~comprendre|~soigner|~operer|~batir|~construire',
  `ne|n'? ~etre pas|jamais +fait pour ~etre ${TRUSTED_ROLES}`,
  '~etre juste|seulement +bon|+bonne pour|a|au|qu\'',
  'ne|n\'? ~savoir pas|jamais|rien ~eduquer', 'ne|n\'? ~savoir pas|jamais se|s\' ~laver|~comporter|~tenir|~controler|~integrer',
  // The same taught as a duty (« devraient apprendre à se laver / à se comporter »): what they are said to lack.
  '~devoir ~apprendre a se|s\' ~laver|~doucher|~comporter|~tenir|~civiliser',
  // Only a vice known or wanted (« ne connaissent que la violence », « ne respectent que la force »), rule denied with its object (« ne devrait jamais diriger une ville »).
  'ne|n\'? ~connaitre|~comprendre|~respecter|~aimer|~vouloir|~chercher|~croire|~parler|~vivre que|qu\' la|le|l\'|leur|par|pour|de|du|des? +violence|force|+haine|argent|fric|+mensonge|+vol|+guerre|+crime|+magouille|+profit|+terreur|+arme|+chicane',
  'ne|n\'? ~devoir|~pouvoir pas|jamais|plus ~diriger|~gouverner|~commander|~presider|~administrer un|une|le|la|les|l\'|notre|nos|ce|cette|des|un',
  // No effort ever made, a mind said to be sick, not like us (« ne font aucun effort », « ont un problème dans la tête », « sont pas comme nous »).
  'ne|n\'? ~faire jamais|aucun|pas|plus|rien|zero|jamais|aucunement d\'|de|des|d? +effort', '~avoir un|des +probleme|+trouble dans|a la|le tete|cerveau', 'ne|n\'? ~etre pas|jamais|vraiment|pantoute? pas? comme nous autres?',
  // Here only to take (« ne sont là que pour profiter »), never a thanks (« disent jamais merci »), idle all day (« ne font rien de leurs journées »),
  // worth less than any other (« une … ne vaudra jamais un … »).
  'ne|n\'? ~etre|~venir ici|la|icitte? que|qu\' pour ~profiter|~voler|~frauder|~abuser|~exploiter|~quemander|~chialer|~detruire',
  'ne|n\'? ~dire jamais|pas|meme|jamais? merci', 'ne|n\'? ~faire jamais? rien de|d\' leur|leurs +journee|+vie|temps|dix', 'ne|n\'? ~valoir pas|jamais|meme pas? un|une|des|les|nos +homme|+femme|+quebecois|+blanc|+humain|+chien',
  'ne|n\'? ~meriter pas|jamais d\'|de ~etre|~devenir +chef|cheffe|cheffes|+president|+ministre|+patron|+juge|+maire|mairesse|+dirigeant|+citoyen|+quebecois',
  // One thing on their minds (« ne pensent qu'à profiter », « pensent juste à l'argent »).
  'ne|n\'? ~penser que|qu\'|juste|seulement a|au|aux l\'? argent|fric|cash|sexe|+profiter|~voler|~frauder|~baiser|~bouffer|~tuer', '~devoir ~rester|~retourner a|dans leur|leurs cuisine|fourneaux', '~devoir ~rester|~retourner aux fourneaux', '~devoir ~savoir|~apprendre ~rester a leur place', '~devoir se|s\' ~taire|~soumettre|~ecraser',
  'ne|n\'? ~etre|~pouvoir pas|jamais ~etre? un|une|des|du|de vrais|vraies|vrai|vraie|veritable|veritables +quebecois|+canadien|+citoyen|+humain|monde',
  // Rights and roles denied (« ne devraient pas avoir le droit de… », « ne devraient pas pouvoir adopter », « être autorisés à enseigner »).
  'ne|n\'? ~devoir|~pouvoir pas|jamais|plus avoir|obtenir le|aucun droit de|d\'|au|a', 'ne|n\'? ~devoir|~pouvoir|~meriter pas|jamais|plus avoir|obtenir les memes +droit',
  // A role assigned (« les … devraient se contenter de… »).
  '~devoir se|s\' ~contenter de|d\'',
  'ne|n\'? ~devoir pas|jamais|plus ~etre +autorise|+permis a|de|d\'',
  'ne|n\'? ~devoir|~pouvoir|~meriter pas|jamais|plus avoir de|d\'|aucun|aucuns|des +droit',
  // Help and services denied them (« ne devraient pas avoir de logements subventionnés », « … plus recevoir d'aide »).
  'ne|n\'? ~devoir|~meriter pas|jamais|plus avoir|recevoir|toucher|obtenir de|d\'|aucun|aucune|les|le|la|l\' +logement|aide|+service|+soin|+allocation|+prestation|+cheque|+subvention|+bourse|+emploi|+job|+pension',
  'ne|n\'? ~devoir|~pouvoir|~meriter? avoir aucun|aucuns|zero +droit', 'ne|n\'? ~devoir|~meriter pas|jamais|plus ~etre +protege|+defendu par nos|les|la|notre|aucune +loi|+charte|+droit|+tribunal', '~devoir|~meriter de|d\'? ~perdre tous|toutes? leurs|les|leur +droit|+privilege|+citoyennete',
  'ne|n\'? ~devoir|~pouvoir pas|jamais|plus ~etre|~devenir +president|pdg|+ministre|+chef|cheffe|cheffes|+pilote|+juge|+policier|+medecin|+maire|+patron|+gerant|boss|+directeur|+dirigeant|+soldat|+pretre',
  'ne|n\'? ~devoir pas|jamais|plus ~occuper|~avoir un|une|des|de|d\' +poste|+position|+responsabilite',
  'ne|n\'? ~devoir pas|jamais|plus ~pouvoir se|s\'? ~voter|~enseigner|~adopter|~conduire|~diriger|~gouverner|~travailler|~immigrer|~elever|~occuper|~etudier|~marier|~presenter|~reproduire',
  // What a people is said to lack (« n'ont pas de cervelle », « ont aucune morale », « rien dans la tête »).
  'ne|n\'? ~avoir pas|aucun|aucune|zero|jamais de|d\'? +cervelle|+cerveau|+morale|+honneur|+scrupule|+conscience|+ame|+valeur', 'ne|n\'? ~avoir rien dans la|le tete|crane|ciboulot|cerveau',
  '~avoir le|la|l\' cerveau|cervelle|intelligence|qi|mentalite d\'|de|du',
  // A people named as the problem (« sont le problème », « c'est un problème », « la cause de tous nos malheurs »).
  '~etre le|un|notre|nos|des|les vrai|vrais|gros|seul|grand|veritable? +probleme|+malheur',
  // Nothing but trouble (« nous causent juste des problèmes », « c'est rien que du trouble »).
  'nous|me|m\'? ~causer|~apporter|~amener|~creer|~donner|~faire juste|rien|seulement|toujours|que|qu\' que|qu\'? des|du|de +probleme|trouble|troubles|+ennui|+misere|+emmerde|+chicane|+emmerdement', '~etre rien|juste|seulement|toujours|que|qu\' que|qu\'? des|du|de +probleme|trouble|troubles|+emmerde|+emmerdement|+chicane',
  '~etre +responsable|+coupable de|des tous? les|nos|leurs? +malheur|+probleme|maux|+crime|criminalite',
  '~etre la|les|une cause|causes|source|sources|origine|racine de|des|du tous? nos|les|leurs? +probleme|+malheur|+crime|criminalite|+violence|maux|mal',
  'ne|n\'? ~devoir pas|jamais|plus se|s\' ~reproduire|~melanger|~marier|~multiplier', '~etre +fait pour ~obeir|~servir|~enfanter|~procreer|~pondre',
  // Worth and respect refused, their humanity denied, qualities absent (« ne méritent pas le respect », « valent moins que… »,
  // « ne sont pas des femmes », « n'ont rien d'intelligent », « ne feront jamais de bons voisins »).
  'ne|n\'? ~meriter meme|seulement? pas|jamais meme? qu\'|que on|l\'on? les|leur ~respecter|~aider|~aimer|~tolerer|~accepter|~ecouter|~proteger', 'ne|n\'? ~meriter pas|jamais|aucunement|aucun|aucune|zero|ni forme|once|brin|marque|sorte? de|d\'? le|notre|nos|de|d\'|la|leur? moindre|moindres|seul|seule? +egard|+respect|+consideration|+confiance|+pitie|+compassion|+ecoute|+attention|+sympathie|+citoyennete|+vote|+aide|+droit|+place|+emploi|+job|+protection|+soin|+secours|+dignite',
  'ne|n\'? ~meriter pas|jamais d\'|de ~etre ici|heureux|heureuses|libres|+aime|+respecte|+aide|+sauve|+soigne|+protege|+vivant|+humain|+ici|+ecoute|+entendu|+accepte|+tolere|+accueilli|+considere', 'ne|n\'? ~meriter pas|jamais d\'|de ~etre +pris au serieux', 'ne|n\'? ~meriter pas|jamais qu\'|que on|l\'on? les? ~prendre au serieux', 'ne|n\'? ~meriter pas|jamais de|d\' ~vivre|~exister|~respirer',
  'ne|n\'? ~valoir moins que|qu\'', 'ne|n\'? ~avoir pas|plus|jamais|aucunement droit a|au|aux la|le? moindre? +respect|+consideration|+egard|+dignite|+pitie|+compassion', 'ne|n\'? ~avoir droit a aucun|aucune|nul|nulle +respect|+consideration|+egard|+dignite|+pitie|+compassion', 'ne|n\'? ~etre pas|jamais des|de|d\' +femme|+homme|+humain', 'ne|n\'? ~avoir rien d\'|de +intelligent|+humain|+normal|+civilise|+attirant|+bon|+respectable',
  'ne|n\'? ~faire jamais|pas de|des bon|bons|bonne|bonnes|vrai|vrais|vraie|vraies +citoyen|+parent|+pere|+mere|+voisin|+employe|+travailleur|+chef|+quebecois|+canadien|+patron|+soldat|+policier|+medecin|+enseignant|+professeur|+leader|+dirigeant|+maire',
  // Nothing given (« n'ont jamais rien apporté », « n'apportent rien à la société », « ne contribuent à rien »).
  'ne|n\'? ~avoir jamais|rien? jamais|rien ~apporter|~contribuer|~donner a|au la|l\'|notre|ce|cette|nos? +societe|+pays|quebec|canada|monde|+humanite|+civilisation|+communaute', 'ne|n\'? ~apporter|~donner|~contribuer jamais|plus|vraiment? rien a|au la|l\'|notre|ce|cette|nos? +societe|+pays|quebec|canada|monde|+humanite|+civilisation|+communaute',
  'ne|n\'? ~contribuer jamais? a|en rien',
  // Vices as a way of life (« passent leur temps à frauder », « toujours en train de chialer », « ne font que voler », « se plaignent tout le temps »).
  `~avoir tendance a|au se|s'? ${VICE}|~battre`,
  `~passer leur|leurs +temps|+vie|+journee|+semaine a|au se|s'? ${VICE}|~battre|~fourrer|~niaiser`,
  `toujours|constamment en train de|d' se|s'? ${VICE}|~battre|~fourrer`, `toujours|constamment a se|s'? ${VICE}|~battre`, `tout le temps en train de|d' se|s'? ${VICE}|~battre|~fourrer`,
  `ne|n'? ~faire|~savoir que|qu'|juste|seulement se|s'? ${VICE}|~battre|~fourrer`,
  // Told to stop a vice they are presumed to have (« ont juste à arrêter de boire », « devraient arrêter de chialer »).
  `~avoir juste|seulement a ~arreter|~cesser de|d' se|s'? ${VICE}|~consommer|~saouler|~fourrer`, `~devoir ~arreter|~cesser de|d' se|s'? ${VICE}|~consommer|~saouler|~fourrer`,
  `~arreter|~cesser pas|jamais|jamais pas? de|d' se|s'? ${VICE}|~saouler|~fourrer`,
  'se|s\'? ~voler|~frauder|~chialer|~brailler|~mentir|~tricher|~mendier|~queter|~quereller tout|sans|constamment le|arret|cesse? temps?',
  // A vice as breath (« mentent comme ils respirent », « ça vole comme ça respire »).
  `se|s'? ${VICE}|~saouler|~souler comme ils|elles|ca|on respirent|respire`,
  'ne|n\'? se|s\' ~laver jamais|pas|rarement', '~profiter de tout', '~manipuler|~exploiter|~arnaquer|~escroquer|~fourrer tout le monde',
  // Claims dismissed as wanting only attention or money (« veulent juste de l'attention », « cherchent juste à se faire remarquer »,
  // « mentent toujours pour avoir de l'argent »); a sexuality said to need « fixing » by a man or a woman (« il leur manque juste un vrai homme »).
  '~vouloir|~chercher juste|seulement|que|qu\'|rien que|qu\'? de|d\'|du? l\'? attention|argent|cash',
  '~chercher|~vouloir juste|seulement|que|qu\' a? se|s\' ~faire? ~remarquer|~victimiser|~venger', 'ment|mentent toujours|tout|souvent? le? temps? pour ~avoir|~obtenir|~gagner',
  'il? leur|y ~manquer|faut juste|seulement? un|une vrai|vraie|bon|bonne homme|gars|femme', '~avoir juste|seulement? besoin d\'|de un|une vrai|vraie|bon|bonne homme|gars|femme',
  // Smelling bad as a people (« les … sentent mauvais »); said of workers after a shift, it is not hate.
  'sentent|sentaient|sentiront mauvais', 'sentent|sentaient|sentiront le|la +cul|+merde|+marde|+pisse|+poubelle',
];

/**
 * What only people do (hate.ts): a vile noun as the subject of one names people, not pests or waste (« ces animaux-là
 * votent », « cette vermine-là chiale »); speaking, paying, being paid only with a language, taxes or a cheque.
 */
export const peopleActs = [
  [
    '~vivre sur|a notre|nos dos|crochets', '~voter|~chialer|~queter|~mendier|~prier|~immigrer|~revendiquer|~plaindre',
    `~parler|~jaser|~payer|paient|~toucher|recoivent|recevoir *? *? *? francais|anglais|${BENEFITS}`,
  ],
  // What beasts or things also do (« travaillent », « exigent » a care, sleep in the park): read only with a noun no beast or waste bears.
  ['~travailler|~exiger|~squatter', '~coucher|dorment|dormir|vivent *? *? *? parc|dehors|banc|bancs|ruelle'],
];

/** Worth denied, read only where it ends its clause (« leurs vies ne comptent pas »; « ne comptent pas sur nous » is ordinary). */
export const worthEnding = [
  // Equal treatment refused, at the clause's end (« ne méritent pas d'être traitées comme nos égales »; not « … comme des êtres inférieurs »).
  'ne|n\'? ~devoir|~meriter pas|jamais|plus d\'|de? ~etre +traite|+considere|+vu|+regarde comme|en nos|des|de? +egal|+humain|+citoyen|+personne|+etre +humain?',
  'ne|n\'? ~devoir pas|jamais|plus ~travailler|~voter|~conduire|~enseigner|~diriger|~gouverner|~etudier|~exister',
  '~valoir moins',
  // Existence denied, at the clause's end (« les … , ça n'existe pas »; not « n'existent pas dans les statistiques »).
  'ne|n\'? ~exister pas|point|plus|pantoute|meme|vraiment|juste|tout simplement|simplement? pas?',
  // Never to change, at the clause's end (« les … ne changeront jamais »; not « ne changeront jamais d'adresse »).
  'ne|n\'? ~changer jamais',
  'ne|n\'? ~avoir jamais|rien? jamais|rien ~accomplir|~apporter|~construire|~inventer|~creer|~produire', 'ne|n\'? ~accomplir|~produire|~creer|~inventer|~construire|~apporter jamais? rien',
  // Minds and humanity denied, at the clause's end (« ne comprennent rien », « c'est pas du monde »; not « rien à la nouvelle appli »).
  'ne|n\'? ~comprendre jamais|vraiment? rien', 'ne|n\'? ~comprendre rien aux chiffres|maths|finances', 'ne|n\'? ~comprendre|~connaitre jamais|vraiment? rien a rien', 'ne|n\'? ~etre pas|jamais du monde', 'ne|n\'? ~etre +capable de|d\' rien', 'ne|n\'? ~savoir pas|jamais vivre','ne|n\'? ~compter pas|plus|guere|jamais|aucunement', 'ne|n\'? ~meriter pas|jamais|rien', 'ne|n\'? ~valoir pas|plus|jamais cher'];

/**
 * Crimes said of a whole group without an object (« les … volent, violent », « ils pillent et
 * égorgent »): read only where the verb ends its clause or is followed by another crime, so « les
 * cyclistes violent le code de la route » (breaking a rule) stays a complaint.
 */
export const groupCrimes = [
  '~voler', '~violer', '~egorger', '~piller', '~tuer', '~agresser', '~poignarder', '~tabasser', '~cambrioler', '~racketter', '~dealer', '~frauder',
  '~terroriser', '~massacrer', '~decapiter', '~lapider', '~saccager', '~casser tout', '~faire la loi', '~faire leur loi',
];

/** Hardships a people suffers (« meurent de faim », « gèlent », « galèrent »): a feeling, a question or a sign about them may be about that. */
export const hardshipVerbs = ['~souffrir', '~mourir', '~pleurer', '~geler', '~crever', '~subir', '~galerer'];

/** Feelings of hatred and disgust, as nouns (« de la haine », « un profond mépris »). */
const FEELING = '+haine|+dedain|+mepris|+degout|+aversion|+repulsion|+rancoeur|+animosite|+hostilite|+antipathie|+ressentiment|+ecoeurement|+execration|+horreur|+nausee|+repugnance|+revulsion|+detestation|+rancune';
/** The feeling nouns, for the clause frame of hate.ts (« j'éprouve à l'égard des … un mépris… »). */
export const feelings = FEELING.split('|');
/** Whom a feeling is for, standard written French included (« à l'égard des », « à l'endroit des », « vis-à-vis des »: hate.ts reads the rest). */
const TOWARDS = 'pour|envers|contre|des|a|aux|vis';
/** A verb of avowal before the feeling (« j'avoue éprouver », « je dois admettre nourrir », « je continue d'avoir »). */
const AVOWING = '~avouer|~admettre|~reconnaitre|~confesser|~continuer|~devoir?';
/** Intensifiers around a feeling or after its verb (« un profond mépris », « une haine viscérale », « me tapent royalement sur les nerfs »). */
const STRONGLY = '+profond|+grand|+immense|+total|+visceral|+absolu|+sincere|+pur|+vrai|+gros|+enorme|+infini|+reel|+veritable|+intense|+tenace|vraiment|tellement|royalement|solidement|carrement|profondement|serieusement|completement|totalement|franchement|toujours|juste|ben|donc|full|grave|assez|trop';
/** How much of a feeling (« tellement de », « rien que du », « juste du »). */
const MUCH = 'tellement|tant|trop|beaucoup|juste|seulement|rien|vraiment|toujours|profondement|clairement|surtout|plein|ben';

/** Respect granted (« accorder le moindre respect à », « donner mon estime aux »), for its refusal. */
const GRANT = '~accorder|~donner|~avoir';
const REFUSE = '~refuser';
const GRANTED = `le|la|un|une|mon|ma|notre|du|de|d'? moindre|seul|seule? +respect|+estime|+consideration|+egard ${TOWARDS}`;

/** Orders to take away, and what a people is denied: a right, an entry, a status, care or aid, then « à / aux » (dislikeBefore). */
const STRIP = 'coupez|enlevez|retirez|supprimez|refusez|interdisez';
const DENIED = 'le|la|les|l\'|leur|leurs +droit|+acces|+entree|citoyennete|+aide|+soin|+allocation|+prestation|+cheque|+logement *? *? *? a|aux|au';

/** The speaker's hatred, disgust or contempt, before the group (« je déteste les… »). */
export const hatredBefore = [
  // The speaker alone or with others (« on déteste les… », « nous méprisons les… »).
  'je|j\'|jai|moi|perso|personnellement|on|nous ne|n\'? les|leur? ~detester|~hair|~mepriser|~execrer|~abhorrer|~vomir|~maudire|~conchier',
  'jdeteste|jhais|jhai|jmeprise|jexecre|jvomis',
  // Hatred lasting (« j'ai toujours détesté les… », « je détesterai toujours… »).
  'je|j\'|on|nous ~avoir toujours|vraiment|tellement|profondement|juste? ~detester|~hair|~mepriser|~execrer|~abhorrer',
  // Hatred measured against anyone else (« j'ai jamais autant détesté une gang que les… », « j'ai jamais haï personne autant que les… »).
  `je|j'|on|nous ~avoir? jamais|rarement autant|tant|plus|aussi? ~detester|~hair|~mepriser|~execrer|~abhorrer personne|rien|quelqu'|un|une|du|des|aucun|aucune *? ${STRONGLY}? autant|plus|tant|davantage|comme? que|qu'`,
  // The group taken up by « les » in a compound tense (« je les ai toujours détestés », « on les a toujours haïs »).
  'je|j\'|on|nous les ~avoir toujours|vraiment|tellement|profondement|juste? ~detester|~hair|~mepriser|~execrer|~abhorrer',
  'je|j\'|on|nous ne|n\' ~pouvoir|puis pas? m\'|me|nous|s\'|se ~empecher de|d\' les? ~detester|~hair|~mepriser|~execrer', 'je|j\'|on|nous ne|n\'? ~pouvoir|puis pas|plus|pu|jamais|vraiment|juste? pas|plus? les? ~sentir|~voir|~blairer|~supporter|~encadrer|~piffer|~souffrir|~saquer|~endurer|~tolerer|~sacrer',
  'je|j\' ne|n\'? les? ~supporter|~tolerer|~endurer pas|plus|pu|jamais|vraiment|juste? pas|plus?', 'moi|seul|seule qui|a ne|n\'? ~pouvoir? pas|plus|pu ~sentir|~blairer|~supporter|~endurer|~tolerer',
  // Everyone's or nobody's feeling said as a fact (« tout le monde déteste les… », « personne n'aime les… »), disgust beyond all (« rien ne me dégoûte plus que… »).
  'tout le monde ~detester|~hair|~mepriser|~vomir', 'pourquoi je|j\'|on|nous ~devoir|~aller ~respecter', 'pourquoi ~falloir il? ~respecter', 'personne n\'|ne ~aimer|~supporter|~respecter|~tolerer', 'rien|personne au? monde? ne|n\' me|m\'|nous ~degouter|~ecoeurer|~repugner|~revulser|~enrager|~enerver|~irriter|~exasperer|~agacer|~horripiler|~insupporter|~deranger|~gosser|~ecoeurer autant|plus|davantage que|qu\'',
  // A vice said to be in their nature, the group after (« la violence est dans la nature des … »).
  `${INBORN} ~etre dans la|le|l' nature|adn|sang|+gene|+culture de|d'|des|du`,
  'ma|mon|notre +haine|+degout|+mepris|+aversion|+dedain|+repulsion pour|envers|des|contre', 
  // The feeling exclaimed (« quel mépris j'ai pour les… », « quelle haine je ressens envers les… »).
  `quel|quelle ${STRONGLY}? ${FEELING} je|j' ~avoir|~ressentir|ressens|~eprouver|~nourrir pas? pour|envers|contre`,
  'je|j\' ~avoir horreur de|des|d\'', 'on|je|j\'|nous s\'|se|m\'|me|nous en ~passer|passerait|passerais|passerions bien|volontiers|facilement|tres|aisement', 'on|je|j\'|nous ~pouvoir|~devoir tres|bien? s\'|se|m\'|me|nous en ~passer',
  'je|j\' ne|n\'? ~voir|~comprendre pas|jamais|vraiment pas? pourquoi|en quoi? on|je|j\'|nous|il ~falloir|~devoir? ~respecter|~aider|~accepter|~tolerer|~aimer',
  'je|j\' ne|n\'? ~voir|~comprendre pas|jamais|vraiment pas? pourquoi on|je|j\'|nous|il ~falloir|~devoir? ~laisser entrer|venir|rester',
  'personne|nul|on|il ne|n\'? ~devoir|~falloir pas|jamais|plus? ~embaucher|~engager|~elire|~epouser|~marier', 'ne|n\'? ~devoir|~falloir|~pouvoir jamais|pas|plus ~confier|~laisser des|nos|les|vos|un|une|son|sa? +enfant|+fille|+garcon a|aux|au|avec',
  'je|j\' ne|n\'? ~penser|~croire pas|jamais qu\'|que on|je|j\' ~pouvoir|~devoir se|s\'? faire|~fier confiance? a|au|aux', 'il? n\'|ne? y a|avait|aura aucune|pas|jamais|nulle de|d\'? raison|motif|+excuse de|d\' ~respecter|~aimer|~tolerer|~accepter|~aider|~estimer|~ecouter|~croire',
  'on|je|j\'|nous|tu ne|n\'? ~pouvoir|~devoir rien|jamais|pas|plus leur|lui ~confier|~preter|~laisser', 'quebec|canada|+pays|+ville|+societe|ici|icitte n\'|ne? ~avoir pas|plus|aucunement|jamais besoin de|d\'|des', 'je|j\'|on|nous ne|n\'? ~voir aucune raison|motif de|d\' ~respecter|~aimer|~tolerer|~accepter|~aider|~estimer', 'on|nous|il ~devoir|~falloir ~cesser|~arreter de|d\' les|leur ~respecter|~aider|~tolerer|~accepter|~proteger', 'ce|ca que|qu\' je|j\' ~detester|~hair|~mepriser|~execrer le? plus? c\'|ce ~etre|sont', 'que|qu\' je|j\' ~pouvoir ~hair|~detester|~mepriser|~execrer',
  'je|j\' ~avoir envie de|d\' ~vomir|~gerber quand|lorsque je|j\'|on ~voir|~croiser|~entendre', 'je|j\'|on|nous les ~avoir en horreur|aversion|grippe|abomination', `je|j'|on|nous les ~avoir ${STRONGLY}? dans le nez`, `je|j'|on|nous les ~avoir ${STRONGLY}? en travers de la gorge`, `rien|personne que|qu' je|j'|on ~detester|~hair|~mepriser|~execrer ${STRONGLY}? plus|autant|davantage au? monde? que|qu'`, `je|j'|on|nous ne|n'? ~avoir|~eprouver|~ressentir|ressens meme? aucun|aucune|pas|plus|zero|jamais un|une? +once|brin|+miette|+goutte|poil|+gramme|+soupcon|+ombre|iota|+parcelle|+brin? de|d'? +respect|+estime|+consideration|compassion|pitie|empathie|sympathie|+affection|admiration|tendresse pour|envers|des`, 'aucun|aucune|zero|pas respect|compassion|pitie|empathie pour|envers',
  `je|j'|on|nous ~avoir|~eprouver|~ressentir|ressens un|une ${STRONGLY}? +manque ${STRONGLY}? de|d' +respect|+estime|+consideration|+egard ${TOWARDS}`,
  // Emotion nouns with their quantity (« j'ai trop de dédain pour », « je ne ressens que de l'aversion pour »); never with « pas de ».
  // Any determiner, quantity and intensifier around the noun (« j'ai un profond mépris pour », « je ressens rien que du dégoût envers »,
  // « on a une haine viscérale des »); never with « pas de » or « aucune », which deny it.
  `je|j'|on|nous|moi n'|ne? ${AVOWING} de|d'? ~avoir|~ressentir|ressens|ressent|~eprouver|~nourrir|~vouer|~porter ${MUCH}? eu|ressenti|eprouve|porte|nourri|voue? d'? autre? que|qu'? un|une|de|d'|du|des? la|l'? ${STRONGLY}? ${FEELING} ${STRONGLY}? sans? +borne|+limite|nom|pareil|fin? ${TOWARDS}`,
  // The feeling named first, the group after its verb (« la haine que m'inspirent les … », « le mépris que j'éprouve pour les … »).
  `${FEELING} que|qu' me|m'|nous ~inspirer|~causer|~procurer`, `${FEELING} que|qu' je|j'|on|nous ~avoir|~ressentir|ressens|ressent|~eprouver|~nourrir|~vouer|~porter ${STRONGLY}? ${TOWARDS}`,
  // Written without the apostrophe (« jai de la haine pour », « jai aucun respect pour », « jpeux pas les sentir »).
  `jai|javais|jaurai ${MUCH}? eu? que|qu'? un|une|de|d'|du|des? la|l'? ${STRONGLY}? ${FEELING} ${STRONGLY}? pour|envers|contre|des`, 'jai|javais aucun|aucune|pas|zero de|d\'? +respect|+estime|compassion|pitie|empathie|sympathie pour|envers', 'jai|javais horreur des|de|d\'',
  'jpeux|jpourrai|jpourrais|jpouvais pas|plus|pu|jamais les? ~sentir|~voir|~blairer|~supporter|~encadrer|~piffer|~saquer|~endurer|~tolerer',
  // Disgust suffered (« je suis dégoûtée par tous les… »).
  'je|j\' suis|~etre tellement|vraiment|trop|tout|toute? +degoute|+ecoeure|+repugne|+horripile par|des|de|d\'', 'chu|chus|jsuis|jsus tellement|vraiment|trop|tout|toute? +degoute|+ecoeure|+repugne|+horripile par|des|de|d\'',
  'je|j\' ~vouloir pas|plus|rien|aucun|aucune? de|d\'|des? ca|ce monde|ces|ce genre', 'on|je|j\'|nous ~vouloir pas|plus|rien|aucun de|d\'',
  'je|j\'|on ~cracher|~chier|~pisser|~vomir sur|contre', 'mort aux|a', 'a bas les|la|le', 'dehors les|la|le|ces', 'fuck les|la|le|ces|tous', 'nique|niquez les|la|ta|ces', 'sus aux|a',
  'halte aux|a', 'haine des|envers|contre',
  // Nothing worse than them (« il n'y a rien de pire qu'un … »), never to be trusted (« on ne peut jamais faire confiance aux … »).
  'je|j\' ne|n\'? les? ~respecter jamais|aucunement', 'jamais je|j\'|on|nous ne|n\'? les? ~respecter|~accepter|~tolerer', 'pas|hors de? question que|qu\'|de|d\' je|j\'|on|nous? les? ~respecter|~accepter|~tolerer',
  // Respect withheld as a gift (« je refuse d'accorder le moindre respect à … », « jamais je n'accorderai mon respect à … »).
  `je|j'|on|nous ${REFUSE} de|d' ~respecter|~accepter|~tolerer`, `je|j'|on|nous ${REFUSE} de|d' ${GRANT} ${GRANTED}`, `je|j'|on|nous ne|n'? ${GRANT} jamais|pas|plus|aucun|aucune ${GRANTED}`, `jamais je|j'|on|nous ne|n'? ${GRANT} ${GRANTED}`,
  // Respect, acceptance or love refused (« je respecte pas les … », « j'accepte pas les … », « je n'aime aucun … »); a clause after « que » is read by hate.ts.
  'je|j\'|on|nous ne|n\'? les? ~respecter|~accepter|~estimer pas|plus|jamais|aucunement', 'je|j\'|on|nous ne|n\'? les? ~respecter|~accepter|~estimer vraiment|juste|tout|absolument pas', 'je|j\'|on|nous ne|n\'? ~aimer|~respecter|~supporter|~accepter|~tolerer|~endurer|~sentir aucun|aucune', 'je|j\' ne|n\'? ~faire jamais confiance a|aux|au', 'rien|personne|quoi de pire|plus +horrible|+degoutant|+repugnant|+detestable|+meprisable? que|qu\'', 'y a|avait pas|jamais pire que|qu\'', 'ya pas|jamais pire que|qu\'', 'ne|n\'? ~pouvoir pas|jamais faire confiance a|aux|au', 'ne|n\' ~savoir|~pouvoir jamais? faire confiance a|aux|au', 'je|j\'|on|nous n\'|ne ~accorder|~faire aucune|nulle|jamais|pas|plus? confiance a|aux|au', 'on|je|j\'|nous ne|n\'? ~pouvoir pas|jamais leur faire confiance', 'je|j\'|on|nous|tu|vous ne|n\'? leur|lui ~faire pas|jamais|aucunement confiance', 'je|j\'|on|nous|tu|vous ne|n\'? ~pouvoir pas|jamais|plus compter sur', 'je|j\'|on|nous ne|n\'? les? ~prendre jamais|pas|plus|aucunement au serieux',
  // Distrust and riddance (« il ne faut jamais faire confiance aux… », « le pays serait mieux sans les… »).
  'ne|n\'? ~falloir jamais|pas faire confiance a|aux|au', 'personne|nul ne|n\' ~devoir|~pouvoir|~falloir jamais? faire confiance a|aux|au', 'on|nous|je|j\' n\'|ne? ~avoir pas|plus|aucunement besoin', 'jamais faire confiance a|aux|au', '~etre mieux sans les|ces|la|le', 'vive|vivement la|le +deportation|+expulsion|+remigration|+extermination|+genocide', 'vive|vivement|vivent un|une|le|la|les? +monde|+pays|+planete|+ville|quebec|canada|+societe|+avenir|+quartier sans|debarrasse|debarrassee|libre|libere|liberee de|d\'|des?',
];

/**
 * A feeling said with no subject, opening the sentence (« Écœuré par les … », « Ras le bol des … », « Profond mépris
 * pour les … »); hate.ts reads them only there. « fatigue » and « révolte » are nouns too (« Révolte des … en 1837 »): only with « par ».
 */
export const feelingOpeners = [
  `+ecoeure|+degoute|+tanne|+horrifie|+exaspere|+blase|+repugne|+horripile|las|lasse par|de|des|d'|du`, '+fatigue|+revolte par',
  'marre de|des|d\'|du', 'plein le|mon dos|casque|cul de|des|d\'|du', 'ras le bol|cul de|des|d\'|du', 'honte a|aux|au', 'beurk|berk|ouache|pouah', 'quelle horreur', 'pis|et quoi encore', 'il? y|y\'|on|nous? a|ya|avons|aura? beaucoup|bien|ben|vraiment|tellement|juste? trop de|d\'', 'pas|pu de|d\'', 'aucun|aucune',
  // A feeling noun needs a mark of the speaker's own (« que du mépris », « profond dégoût », « mépris total »), unlike a headline.
  `que|juste du|de|d'|la|l'? ${STRONGLY}? ${FEELING} ${STRONGLY}? ${TOWARDS}`, `un|une? ${STRONGLY} ${FEELING} ${TOWARDS}`, `un|une? ${FEELING} ${STRONGLY} ${TOWARDS}`,
];

/** The speaker's weaker dislike (a warning): « j'aime pas les… ». */
export const dislikeBefore = [
  // Respect refused as a duty (« on devrait pas accorder de respect aux … »).
  `on|il|nous ne|n'? ~devoir|~falloir pas|plus|jamais ${GRANT} ${GRANTED}`,
  // Weaker exclusion and stereotype (warnings): « je veux plus voir de … », « je n'engagerais jamais un … », « typique des … ».
  'je|j\' ne|n\'? ~vouloir plus|pas ~voir', 'je|j\' ~refuser de|d\' ~avoir|~engager|~embaucher|~servir|~accueillir|~loger', 'je|j\' n\'|ne? ~engager|~embaucher|~louer|~vendre|~epouser|~marier|~elire jamais|pas|plus', 'je|j\' n\'|ne? ~voter|~sortir jamais|pas|plus pour|avec', 'jamais je|j\' n\'|ne? ~engager|~embaucher|~louer|~epouser|~marier|~elire', 'typique des|de|d\'','j\'|on|nous en ~avoir marre|assez|ras-le-bol|soupe', 'j\'|on|nous en ~avoir une|mon? indigestion|overdose', 'j\'|on|nous en ~avoir ras le bol|cul', 'j\'|on|nous en ~avoir plein le|mon dos|casque|cul', 'j\'|on|nous en ~avoir ma|notre claque|dose', 'je|j\'|on|nous ne|n\'? les? ~aimer pas|vraiment|juste? pas|pantoute', 'on|je|j\'|nous ne|n\'? les ~vouloir pas|plus|jamais|pantoute', 'jaime vraiment? pas', 'je|j\' me|m\' ~sentir mal a l\' aise', 'je|j\' ~avoir rien pour',
  // Fear, mistrust, weariness and shame of a people (« j'ai peur des… », « je me méfie des… », « chu tanné des… », « j'en peux plus des… »).
  'je|j\'|on|nous ~avoir peur des|de|d\'', 'je|j\'|on|nous me|m\'|se|s\'|nous ~mefier des|de|d\'', 'je|j\'|on|nous me|m\'|se|s\'|nous en ~mefier', 'je|j\'|chu|chus|jsuis|jsus|on|nous suis|est|sommes|~etre? vraiment|tellement|ben|full|donc|assez|trop|deja? +tanne|+ecoeure|+blase des|de|d\'',
  // Never having borne or liked them (« j'ai jamais pu supporter les … », « je n'ai jamais aimé les … »).
  'je|j\'|on|nous n\'|ne? les? ~avoir jamais vraiment? ~aimer|~apprecier|~supporter|~tolerer|~endurer|~blairer|~sentir',
  'je|j\'|on|nous n\'|ne? ~avoir jamais|pas|plus|vraiment|juste? jamais|pas? pu les? ~sentir|~voir|~blairer|~supporter|~endurer|~tolerer|~encadrer|~piffer|~saquer',
  'je|j\' n\'? en ~pouvoir plus des|de|d\'', 'je|j\' ne|n\'? ~etre|~sentir|me|m\' jamais|pas|plus a l\' aise avec|parmi', 'je|j\' ~avoir honte d\'|de|des',
  // Grudges and intolerance said by idiom (« j'ai une dent contre les … », « je les porte pas dans mon cœur », « zéro tolérance pour les … »),
  // being made to bear them (« on est obligés d'endurer les … »), love or respect asked as impossible (« comment peut-on aimer un … ? »).
  'je|j\'|on|nous ~avoir une|la dent contre', 'je|j\'|on|nous les ~avoir assez|trop vu|vus|vues', 'je|j\'|on|nous ne|n\'? les ~porter pas|guere|jamais|vraiment|pantoute pas? dans mon|notre coeur', 'je|j\'|on|nous n\'|ne? ~avoir zero|aucune|pas de|d\'? tolerance pour|envers',
  '+oblige|+force de|d\' ~endurer|~tolerer|~subir|~cotoyer', 'comment on|je|tu? ~pouvoir|~faire on|t? pour? ~aimer|~respecter|~endurer|~tolerer|~sentir',
  // Rights refused them (« on devrait interdire aux… de voter »), the problem named as them (« le problème, c'est les… »).
  // Distrust and help refused (« ne croyez jamais un mot dit par un… », « ne faites jamais confiance à… », « je lèverais pas le petit doigt pour sauver… »).
  'ne|n\'? ~croire jamais|pas|rien|surtout un|aucun|les? seul? mot|mots|parole|paroles dit|dits|prononce|prononces? par|de|d\'|des|du', 'ne|n\'? ~faire jamais|pas|aucunement confiance a|aux|au',
  'ne|n\'? ~lever|~bouger jamais|pas le|un petit? doigt pour ~sauver|~aider|~defendre|~proteger|~secourir la|les? vie|vies? de|d\'|des?', 'je|j\' ne|n\'? ~sauver|~aider|~secourir|~soigner jamais|pas|plus',
  // Distrust of any member (« on peut pas croire un … », « faut pas se fier aux … », « impossible de faire confiance aux … »).
  'ne|n\'? ~pouvoir|~falloir|~devoir pas|jamais|plus ~croire|~ecouter', 'ne|n\'? ~croire|croirais|croirait|croirions jamais|pas|plus|aucunement', 'je|j\'|on ne|n\'? ferais|ferait|ferions jamais|pas|plus confiance a|au|aux', 'ne|n\'? ~pouvoir|~falloir|~devoir? pas|jamais|plus se|s\'|me|m\'|nous|te|t\' ~fier a|au|aux',
  'ne|n\'? ~pouvoir|~falloir|~devoir pas|jamais|plus les|leur ~croire|~ecouter', '~croire|~ecouter les|le|la jamais|pas|plus', '~fier vous|toi jamais|pas|plus a|au|aux',
  'jamais je|j\'|on ne|n\'? ~croire|croirais|croirait|ferais|ferait|~fier', 'impossible|difficile de|d\' faire confiance a|au|aux', 'impossible|difficile de|d\' se|s\' ~fier a|au|aux', 'tu|vous|on|je|j\'|nous ne|n\'? ~pouvoir pas|jamais|plus leur|lui faire confiance',
  // Rights refused to them (« les droits de la personne ne devraient pas s'appliquer aux … », « enlever leurs droits aux … »).
  '+droit de|des? la|l\'? personne|homme|hommes|+humain|+fondamental|+civil? ne|n\'? ~devoir|~pouvoir pas|jamais|plus s\'|se ~appliquer|~valoir a|au|aux|pour',
  '+droit de|des? la|l\'? personne|homme|hommes|+humain|+fondamental|+civil? ne|n\'? s\'|se ~appliquer pas|jamais|plus a|au|aux|pour',
  '+charte|+loi|+tribunal|+droit ne|n\'? ~devoir|~pouvoir? pas|jamais|plus ~proteger|~defendre',
  '~enlever|~retirer|~supprimer|~abolir|~oter|~refuser tous|tout? leurs|les|le|leur|tout +droit de? vote? a|au|aux',
  'je|j\' ne|n\'? ~vouloir rien savoir des|de|d\'', 'on|je|j\'|nous ne|n\'? ~vouloir pas|plus|jamais des|de|d\'', 'je|j\' suis|~etre allergique aux|a|au', 'qui|personne n\'|ne? ~avoir besoin des|de|d\'',
  // Better off without them (« le monde serait meilleur sans les… », « la ville serait plus propre sans les… »).
  '~etre bien|tellement|vraiment|beaucoup|ben|juste? meilleur|meilleure|meilleurs|mieux sans', '~etre bien|tellement|vraiment|beaucoup|ben? plus +beau|+propre|+sur|+securitaire|+riche|+heureux|+tranquille|+agreable|+paisible sans',
  'on|il|nous? ~falloir|~devoir ~interdire|~refuser|~defendre a|aux|au',
  // A place or a right forbidden them (« on devrait interdire la piscine aux … », « fermer nos écoles aux … »).
  'on|il|nous? ~falloir|~devoir ~interdire|~refuser|~fermer|~defendre le|la|les|l\'|nos|notre|leur|leurs|l * a|aux|au', 'on|il|nous? ~falloir|~devoir ~interdire|~refuser|~fermer|~defendre le|la|les|l\'|nos|notre|leur|leurs|l * * a|aux|au', 'fermez|fermons|interdisez|interdisons|refusez|refusons le|la|les|l\'|nos|notre|leur|leurs|l * a|aux|au',
  // Forbidden, stripped of a right, an entry or aid, not let in, as an order or a call (« interdisez aux
  // … de… », « coupez l'aide aux … », « laissez pas entrer les … »): the negation of « laisser »
  // is the exclusion; a rule for things or roles names no people.
  'interdisez|refusez a|aux|au', `${STRIP} ${DENIED}`, `faut|faudrait|devrait ~couper|~enlever|~retirer|~supprimer ${DENIED}`,
  '~laisser pas|jamais|pu ~entrer|~rentrer|~venir', 'pas|jamais|pu ~laisser ~entrer|~rentrer|~venir', 'le|notre|mon|un|leur|vrai|seul|gros vrai|seul|gros? +probleme c\'|ce|ca ~etre|sont les|ces|des|tous',
];

/** The group's effect on the speaker, after the group (« les… me dégoûtent »). */
export const hatredAfter = [
  // The speaker's own nausea after a group is met (« quand je croise une …, j'ai envie de vomir »; read in hate.ts).
  `je|j' ~avoir ${STRONGLY}? le? envie|gout de|d' ~vomir|~gerber`, `je|j' ~avoir ${STRONGLY}? la nausee`,
  // « j'ai la haine » (the speaker's rage), read the same way (« plus je vois de …, plus j'ai la haine »).
  `je|j' ~avoir ${STRONGLY}? la haine|rage`,
  // The blood boiling, the hatred rising (« rien qu'à voir des …, j'ai le sang qui bout », « plus je vois de …, plus ma haine monte »).
  `je|j' ~avoir le sang qui bout|bouille|boue`, 'ma|notre haine|rage ~monter|~grimper|~augmenter',
  // Also in a compound tense (« m'ont toujours dégoûté »).
  'me|m\'|nous ~avoir? toujours|vraiment|tellement|juste? ~degouter|~ecoeurer|~repugner|~horripiler|~insupporter|~debecter|~revulser|~rebuter',
  // Standard written French: what they are to the speaker, what they fill the speaker with (« me sont odieux », « me remplissent de dégoût »).
  `me|m'|nous ~etre ${STRONGLY}? +antipathique|+odieux|+insupportable|+detestable|+repugnant|+haissable|+intolerable|+abject|+repoussant|+execrable`, `me|m'|nous ~remplir|~emplir|~inonder de|d' ${FEELING}`,
  // An adverb may stand after the verb (« me font vraiment vomir », « me donnent carrément envie de vomir »).
  `me|m'|nous ~avoir? toujours|jamais|souvent|vraiment|tellement|juste? ~faire ${STRONGLY}? ~vomir|~chier|~gerber|~suer|+pitie|+horreur|+honte|bouillir|rager|enrager|fulminer`,
  `me|m'|nous ~avoir? toujours|jamais|souvent|vraiment|tellement|juste? ~donner ${STRONGLY}? envie de|d' ~vomir|~gerber|~frapper|~cogner`, `me|m'|nous ~donner ${STRONGLY}? la|des|le nausee|nausees|haut-le-coeur|haut le? coeur?`,
  // A feeling they inspire (« m'inspirent du dégoût », « me donnent que de la haine »).
  `me|m'|nous ~avoir? toujours|souvent|vraiment|tellement|jamais? ~inspirer|~donner|~causer ${MUCH}? que|qu'? un|une|de|d'|du|des? la|l'? ${STRONGLY}? ${FEELING}`,
  // Driven mad or ill by them (« me rendent malade », « me met hors de moi », « me font bouillir »).
  `me|m'|nous ~avoir? toujours|jamais|souvent|vraiment|tellement|juste? ~rendre ${STRONGLY}? +malade|+furieux|fou|folle|dingue|+enrage|hysterique`, 'me|m\'|nous ~mettre hors de moi|nous|soi',
  `me|m'|nous ~donner|~faire ${STRONGLY}? mal au coeur|ventre`, `me|m'|nous ~avoir? toujours|jamais|souvent|vraiment|tellement|juste? ~lever|~virer|~soulever ${STRONGLY}? le|l' coeur|estomac`, `me|m'|nous ~puer ${STRONGLY}? au nez`, 'dehors', 'go home', 'au bucher', 'au four',
  // The speaker's horror, the group as its object (« j'ai les … en horreur »).
  'en horreur|aversion|abomination|grippe',
  'a l\' abattoir', 'au poteau', 'a la porte', 'direct|directement|drette? a|au|aux|dans la|le|les|l\'? +poubelle|vidanges|+ordure|+depotoir|dompe|+decharge|+egout|+dechetterie', 'aux chiottes', 'a la chambre a gaz', 'au goulag', 'de service', 'de merde|marde', 'de malheur', 'a la con',
];

/** The speaker's feeling with no object, after a group set first (« Les …, j'ai un dégoût que je peux pas expliquer »; read in hate.ts). */
export const feelingHeld = [`je|j' ~avoir ${MUCH}? que|qu'? un|une|de|d'|du|des? la|l'? ${STRONGLY}? ${FEELING}`];

/** Annoyance, after the group (« les … me tombent sur les nerfs »): hate said of an identity, a complaint (warning) said of a role. */
export const annoyanceAfter = [
  // Irritation and fear by lemma (« m'énervent », « me gossent », « me cassent les pieds », « me font peur »).
  'me|m\'|nous ~enerver|~irriter|~exasperer|~agacer|~gosser|~gonfler|~saouler|~souler|~emmerder|~achaler|~exceder|~terrifier|~effrayer|~epouvanter',
  'me|m\'|nous ~casser les pieds|couilles|oreilles|bonbons', 'me|m\'|nous ~faire peur', 'me|m\'|nous ~mettre|~rendre mal a l\' aise', 'me|m\'|nous ~faire sentir mal a l\' aise',
  `me|m'|nous ~avoir? toujours|jamais|souvent? ~taper|~tomber|~pogner ${STRONGLY}? sur les|le nerfs|systeme`, `me|m'|nous ~taper|~tomber|~pogner ${STRONGLY}? sur le gros nerf`, `me|m'|nous ~pomper ${STRONGLY}? l' air`,
  // Idioms of irritation and revulsion (« me hérissent le poil », « me sortent par les oreilles », « me donnent des boutons », « me mettent en furie »).
  `me|m'|nous ~herisser ${STRONGLY}? le|les poil|poils`, `me|m'|nous ~sortir ${STRONGLY}? par les oreilles|yeux`, `me|m'|nous ~donner ${STRONGLY}? des|la boutons|chair de? poule?`,
  `me|m'|nous ~mettre ${STRONGLY}? en furie|rogne|rage|colere|maudit|fusil`, `c'|ca|ce ~etre ma|mes|nos bete|betes noire|noires`, 'non merci', 'tres peu pour moi|nous'];

/** Harm that needs no named group: killing, burning, exterminating (« il faudrait tous les tuer »). */
export const harmStrong = [
  '~tirer sur|dans', '~ouvrir le feu sur', '~tuer', '~exterminer', '~eliminer', '~gazer', '~bruler', '~pendre', '~fusiller', '~buter', '~abattre', '~massacrer', '~noyer', '~bombarder',
  '~nuker', 'nukez', '~atomiser', '~egorger', '~lyncher', '~castrer', '~steriliser', '~violer', '~torturer', '~lapider', '~fouetter', '~executer',
  '~flinguer', '~eradiquer', '~decapiter', '~electrocuter', '~achever', '~crever', '~mourir', '~exploser', '~cramer', '~tabasser', '~empoisonner',
  '~rayer de la carte',
];

/** Exclusion: harm once it is said of a group (« il faudrait tous les expulser, ces… »). */
export const harmSoft = [
  '~debarrasser', '~interdire', 'interdisons|interdisez|interdit', '~expulser', '~deporter', '~renvoyer', '~chasser', '~virer', '~bannir', '~enfermer', '~emprisonner', '~parquer', '~jeter', '~degager',
  '~refouler', '~exiler', '~foutre dehors|a la porte', '~mettre dehors|a la porte', '~crisser|~sacrer|~calisser|~decalisser dehors',
  '~frapper', '~ficher dehors', '~retourner', '~rapatrier', '~interner', '~encager', '~mettre en cage', '~combattre',
  // Work and homes refused (« arrêter d'engager des … », « cesser de louer aux … »).
  '~arreter|~cesser d\'|de ~engager|~embaucher|~accueillir|~accepter|~recruter', '~arreter|~cesser de|d\' louer|vendre a|aux',
];

/** What makes a harm verb a wish or a call (« il faudrait », « on devrait », « qu'on », « on va »). */
export const harmModals = [
  // The speaker's own act (« je tuerais volontiers un… »): a threat on the group's members.
  'je|j\'|jvais', 'm\'|ma|mas as|vas?', '~valoir mieux', 'il|y ~falloir', '~falloir', '~devoir', '~suffire', 'qu\'|que on|nous', 'on|nous ~aller', 'je|j\' ~aller|~vouloir', 'y\'|ya|y a juste a|qu\'a', 'faudrait', 'faut',
  '~meriter', '~esperer', '~souhaiter', 'a', 'il faut', 'on ~pouvoir', 'on ~devoir',
  // A world wished for, or the speaker's own rule imagined (« dans un monde juste, les … seraient morts », « si ça ne tenait qu'à moi »),
  // anchored late so that the harm stays within reach.
  'dans|en un|une|le|la monde|univers|societe|planete|pays +juste|+ideal|+parfait|+meilleur|+normal|+sain', 'tenait|dependait|etait que|qu\'|juste|seulement|de a? moi|nous', 'avais|aurais le choix|pouvoir', 'si j\'|je pouvais|decidais|choisissais|regnais',
];

/** Being sent back where one comes from (exclusion), anchored at the destination. */
export const goBack = [
  // « retourne à ta cuisine »: a woman sent back to the kitchen (« ta », not « la cuisine » of an event).
  'a|dans ta|tes cuisine|fourneaux|vaisselle',
  'chez eux|elles|vous|toi|lui|soi', 'dans|en leur|leurs|ton|ta|tes|votre|vos|son|sa +pays|bled|+brousse|+desert|+jungle|+village|+reserve|+caverne|+grotte|+trou|+foret|+tente|+cabane|+tribu|+continent|+patrie|+terre|+tipi|+wigwam|+igloo|+bois|+shack|+taudis', 'dans le|les bois',
  'd\'|d ou ils|elles|tu|vous|y|qu\'ils ~venir|~sortir', 'en afrique|arabie|asie|chine|afghanistan|syrie|algerie|haiti|inde|ontario|france|angleterre|europe|israel|iran|irak|turquie|tunisie|somalie|colombie|jamaique|palestine',
  'au mexique|maroc|liban|congo|pakistan|senegal|cameroun|guatemala|venezuela', 'aux etats-unis', 'au bled', 'leur|ton|votre|son camp',
];

/** Verbs of sending back (before the destination). */
export const goBackVerbs = [
  '~retourner', '~rentrer', '~repartir', '~renvoyer', '~aller', '~crisser|~sacrer|~calisser|~decalisser|~foutre|~ficher|~ramasser', '~reexpedier', '~expulser', '~deporter',
  '~rapatrier', 'retourne|retournez|rentre|rentrez|repars|repartez|va|allez|vas',
];

/** Vices named of a people (« la bêtise des … », « la paresse des … »): hate of an identity (« l'hypocrisie des politiciens » is a complaint). */
export const vices = ['+incompetence', '+inferiorite', '+bestialite', '+veulerie', '+nullite', '+mechancete', '+cruaute', '+vulgarite', '+avarice', '+faineantise', '+malproprete', '+idiotie', '+perversite', '+traitrise', '+stupidite', '+betise', '+paresse', '+connerie', '+salete', '+puanteur', '+crasse', '+laideur', '+lachete', '+hypocrisie', '+malhonnetete', '+fourberie', '+cupidite', '+imbecillite', '+debilite', '+sauvagerie', '+barbarie', '+arrogance'];

/**
 * Qualities whose denial to a whole group is hate (« il n'existe pas de … intelligents », « aucun … ne sera
 * jamais un membre utile »). Not looks or kindness alone, which many ordinary sentences deny.
 */
export const positives = [
  '+intelligent', '+honnete', '+digne', '+civilise', '+fiable', '+respectable', '+attirant', '+utile', '+important',
  '+bienvenu', '+egal', '+humain', '+sobre', '+normal', '+decent', '+reconnaissant', '+serviable', '+ponctuel', '+travailleur',
  // Worth, trust, mind and ability (« ne sont jamais compétents », « pas dignes de confiance », « jamais de bons citoyens »).
  '+competent', '+brillant', '+digne de confiance', '+loyal', '+sincere', '+valable', '+eduque', '+instruit', '+cultive', '+evolue', '+raisonnable',
  '+rationnel', '+doue', '+desire', '+content', '+patron', '+quebecois', '+canadien', '+talentueux', '+frequentable', '+sense', '+sain d\'|de esprit', '+travaillant', '+productif', '+respectueux', '+propre', '+capable de|d\'', '+apte a|au|aux',
  '+citoyen|+membre|+quebecois|+canadien a part entiere', 'bon|bons|bonne|bonnes|vrai|vrais|vraie|vraies +citoyen|+parent|+pere|+mere|+voisin|+employe|+travailleur|+chef|+leader|+dirigeant|+enseignant|+professeur|+humain|+etre|+patron|+quebecois|+canadien',
];

/** There is none (« il n'existe pas de », « y'a pas de »), before a group and a quality. */
export const noneExists = ['il? n\'|ne? ~exister pas|jamais|point|aucun|aucune de|d\'?', 'il? n\'|ne? y a|avait|aura pas|jamais|point|aucun|aucune de|d\'?', 'ya pas|jamais de|d\'', 'il? n\'|ne? y a|ya|avait|aura pas|jamais un|une seul|seule'];
