/**
 * Argumentative generalisations against a religion or an origin (claims.ts): what a people or a faith
 * is said to do to « us » (invade, replace, impose, ruin), to stand against (our values, other faiths),
 * to preach (war, hatred), to be (a religion of violence, a danger), where it does not belong, and
 * hostility to it said to be justified. Patterns in the syntax of patterns.ts (folded words; `~` a verb's
 * forms, `+` a noun's plural and feminine, `?` optional, `*` any word). Classes are joined into slots,
 * so one entry covers every verb of its class with every object of its class.
 *
 * None of these is hate alone: claims.ts needs a subject that names a religion, its symbols or an origin
 * as a whole (« l'islam », « les musulmans », « ces gens-là », « ils » taking them up), and clears
 * negated, reported and hypothetical statements (counter-speech says the same words to deny them).
 */

/** Irregular forms the paradigms of inflect.ts do not spell. */
const IRREGULAR = 'rejette|rejettent|conquierent|conquis|conquise|soumet|soumettent|soumis|soumise|soumises|promeut|promeuvent|produit|produisent|detruit|detruisent|detruisant';

/** « appartenir » is irregular (« appartient », « appartiennent »). */
const BELONG = 'appartient|appartiennent|appartenait|appartenaient|appartiendra|appartiendront|appartenir';
/** « mentir » is irregular (« mentent », « ment »). */
const LIE = 'ment|mentent|mentait|mentaient|mentira|mentiront|mentir';
/** An adverb between a verb and its object (« imposent déjà leurs règles », « envahissent lentement notre pays »). */
const ADV = 'deja|toujours|encore|aussi|vraiment|clairement|partout|directement|lentement|progressivement|sournoisement|systematiquement|deliberement|ouvertement|tranquillement|doucement|carrement|litteralement|completement|totalement|surtout?';
/** Peoples named by an adjective or a noun after a claim (« sont musulmans », « chaque immigré »). */
const PEOPLE = '+musulman|+arabe|+immigre|+etranger|+africain|+migrant|+refugie|+noir|+maghrebin|islamique|islamiques';
/** What is « ours »: the country, its society and values, as a determiner slot and a noun slot. */
const OUR = 'notre|nos|la|le|l\'|les|ce|cette|nous';
const OURS = '+pays|+economie|+societe|+valeur|+culture|+civilisation|+democratie|+republique|+liberte|+tradition|+identite|+nation|+patrie|+laicite|+mode|+ecole|+institution|+loi|+quartier|+ville|+continent|europe|occident|france|quebec|canada|+occidental|+europeen|monde|+gouvernement|+media|+banque|+elu|+eglise|+clocher';
/** Doing harm to what is ours. */
const ATTACK = `~envahir|~conquerir|~coloniser|~islamiser|~remplacer|~submerger|~infiltrer|~miner|~detruire|~menacer|~ruiner|~gangrener|~saper|~corrompre|~pourrir|~contaminer|~attaquer|~dominer|~noyauter|~destabiliser|~occuper|~pervertir|~empoisonner|~polluer|~souiller|~affaiblir|~diviser|~refuser|~rejeter|~bafouer|~pietiner|~defier|~profaner|~salir|~manipuler|~controler|${IRREGULAR}`;
/** A people's coming likened to a flood or an invasion. */
const FLOOD = '+deferlante|+tsunami|+deluge|+submersion|+invasion|+deferlement|+envahissement';
/** Evils a faith or a people is said to preach or bring. */
const EVILS = '+guerre|+violence|+terrorisme|+haine|+djihad|+jihad|+meurtre|+massacre|+viol|+soumission|+oppression|+obscurantisme|+intolerance|+extremisme|+fanatisme|+barbarie|+polygamie|charia|+attentat|+crime|+criminalite|+delinquance|+insecurite|+mort|+esclavage|+misogynie|+sexisme|+antisemitisme|+homophobie|+radicalisation|+chaos|+conflit|+conquete|+domination|+maladie|+epidemie|cholera|sida|+excision|+lapidation';
/** Naming a faith or a culture as a kind of thing (« une religion de… », « une idéologie sombre »). */
const KIND = '+livre|+texte|+message|+enseignement|+religion|+ideologie|+culture|+doctrine|+secte|+civilisation|+croyance|+foi|+systeme|+peuple|+communaute|+mentalite|+pratique';
/** How a faith or a culture is judged bad. */
const BAD = '+sombre|+violent|+barbare|+arriere|+dangereux|+haineux|+intolerant|+totalitaire|+obscurantiste|+retrograde|+misogyne|+guerrier|+sanguinaire|+conquerant|+fasciste|+archaique|+primitif|+inhumain|+pervers|+malsain|+toxique|+malefique|+satanique|+diabolique|+demoniaque|+nuisible|+mauvais|+inferieur|+nefaste|+extremiste|+fanatique|+sectaire|+criminel|+terroriste';
/** A danger or a disease, what a group or a symbol is said to be. */
const DANGER = '+probleme|+menace|+danger|+fleau|+cancer|+maladie|+poison|+virus|+gangrene|+peste|+plaie|+assaut|+agression|+attaque|+invasion|+bombe|+peril|+provocation|+affront|+insulte|+secte|+ennemi|+envahisseur|+occupant|+colonisateur|nazisme|fascisme|totalitarisme|+islamiste|+djihadiste|+jihadiste';
/** What spreads by itself (« poussent comme des champignons »). */
const SWARM = '+rat|+lapin|+vermine|+cafard|+metastase|+champignon';
/** Those a place is said to breed (« un nid de terroristes »). */
const CULPRITS = '+terroriste|+djihadiste|+jihadiste|+islamiste|+extremiste|+criminel|+fanatique|+radicalisation';
/** Vermin a people's place is said to breed (« la mosquée est un nid à coquerelles »): the people are the vermin. */
const VERMIN = '+rat|+coquerelle|+cafard|+blatte|+cancrelat|vermine|vermines|+punaise|+pou|+puce|+rongeur|+mouche|+termite|+bibitte|+parasite|+sangsue|+tique';
/** Others a faith or a people is said to hate or fight. */
const OTHERS = '+chretien|+juif|+autre|+non-musulman|+infidele|+occidental|+blanc|+homosexuel|+gai|+femme|+athee|+europeen|+francais|+quebecois|+canadien|quiconque|+religion|+croyant';

export const claims = [
  // Doing harm to what is ours (« conquièrent notre pays », « nous envahissent », « minent notre société »).
  `${ATTACK} ${ADV} ${OUR} ${OURS}`, `nous ${ATTACK}`,
  // Standing against it (« est contre les valeurs européennes », « une religion incompatible avec la démocratie »).
  `~etre une|un? ${KIND}? contre|anti ${OUR}? ${OURS}|${OTHERS}`,
  `~etre une|un? ${KIND}? +incompatible|+inconciliable|+hostile|+contraire|+oppose|+etranger avec|a|au|aux|de|des|du ${OUR}? ${OURS}|${OTHERS}|notres|notre`,
  `ne|n'? ~partager|~respecter|~accepter|~aimer|~tolerer|~supporter|~reconnaitre pas|jamais|aucunement|nullement|ni ${OUR} ${OURS}|${OTHERS}`,
  // The negation said before (« jamais un … ne respectera nos valeurs », « aucun … ne partage nos valeurs »): « ne » alone.
  `ne|n' ~partager|~respecter|~accepter|~aimer|~tolerer|~supporter|~reconnaitre ${OUR} ${OURS}|${OTHERS}`,
  `ne|n'? ~etre pas|jamais|guere|aucunement +tolerant|+juste|+respectueux|+equitable envers|avec|pour|vis|a|au|aux`,
  `ne|n'? ~etre pas|jamais|guere|aucunement +tolerant|+compatible|+integrable|+assimilable|+pacifique|+democratique|+loyal|+civilise|+moderne`,
  // Hating or fighting others (« déteste les chrétiens », « détestent quiconque n'est pas… »).
  `~detester|~hair|~mepriser|~rejeter|~combattre|~persecuter|~hair ${ADV} les|nos|tous|toutes|des|l'|la|le|notre? les? autres? ${OTHERS}|${OURS}`,
  // Not belonging here or now (« n'appartient pas à notre pays », « appartient au passé », « n'a pas sa place ici »).
  `ne|n'? ${BELONG} pas|jamais a|au|aux|en|dans ${OUR}? ${OURS}|+siecle|+epoque|+temps|present|ici`,
  `${BELONG} a|au|aux? l'|un|une? passe|moyen|+epoque|+siecle|autre|age|moyen-age`, `~etre d'|d un|une autre|+epoque|+siecle|+age|+temps`,
  `ne|n'? ~avoir pas|aucunement|jamais sa|leur|de place`,
  // Behind every evil (« sont derrière toutes les guerres »).
  `~etre derriere tous|toutes? les|la|le|l'|ces|nos? ${EVILS}|+probleme|+malheur`,
  // Preaching or bringing evils (« encourage les guerres », « prône la violence », « apporte le terrorisme »).
  `~encourager|~proner|~promouvoir|~precher|~enseigner|~justifier|~glorifier|~legitimer|~propager|~repandre|~inciter|~pousser|~causer|~engendrer|~nourrir|~apporter|~amener|~importer|~ramener|~celebrer|~prescrire|~ordonner|~appeler|appelle|appellent|promeut|promeuvent ${ADV} a|au|aux? la|le|l'|les|des|du|de|d'? ${EVILS}`,
  // What a faith or a people is (« une religion de violence », « la religion de l'obscurantisme », « une religion sombre »).
  `~etre une|la|un|le ${KIND} de|d'|du|des la|l'? ${EVILS}`, `~etre une|la|un|le ${KIND} ${BAD}`, `~etre tellement|vraiment|tres|trop|profondement|fondamentalement|intrinsequement|juste|simplement|deja|toujours|naturellement? ${BAD}`,
  `c' ~etre|est tellement|vraiment|juste? mal|mauvais|dangereux|nefaste|nuisible`, `c' ~etre|est un|une|le|la|pas vrai|vraie|veritable|grand|grande|gros|grosse? bien|${DANGER}`,
  `~etre|~representer|~constituer|~devenir tous|toutes? un|une|le|la|des|les vrai|vraie|veritable|grand|grande|gros|grosse? ${DANGER}`, '~etre|~representer|~constituer|~former la|une cinquieme|5 e|eme? colonne',
  `~etre +different de|des|du ${OUR} ${OURS}|notres`,
  // The cause or the breeding ground of evils (« sont la source du terrorisme », « des nids de terroristes »); the article may be
  // dropped in a note's shorthand (« Mosquée = nid à … », the sign read as « est »).
  `~etre la|les|le +cause|+source|+origine|+racine de|d'|du|des tous|toutes? la|le|l'|les? ${EVILS}|+probleme|+malheur`,
  `~etre|~devenir des|un|une|les|le|la? +nid|+repaire|+foyer|+fabrique|+usine|+pepiniere|+vivier|+berceau|+terreau|+incubateur de|d'|du|des|a ${EVILS}|${CULPRITS}`,
  // Joual « est rendue » (has become), and vermin bred there (« la mosquée est rendue un nid à coquerelles »).
  `~etre|~devenir rendu|rendue|rendus|rendues|devenu|devenue|devenus|devenues? des|un|une|les|le|la? +nid|+repaire|+colonie|+terrier|+foyer|+pepiniere|+vivier de|d'|du|des|a|aux la? ${VERMIN}`,
  // Taking over (« veulent prendre le pouvoir », « transformer le Québec en califat », « veulent tout changer »), outnumbering us.
  '~prendre le controle|pouvoir|dessus', `~transformer|~changer ${OUR} ${OURS} en`, '~vouloir tout ~changer|~controler|~diriger|~decider',
  'seront|deviendront|~devenir bientot|vite|rapidement? majoritaire|majoritaires', '~aller bientot? ~etre|~devenir majoritaire|majoritaires', 'nous ~depasser|~surpasser en nombre',
  // Killing the innocent as what they do (« tuent des innocents », « ont égorgé des chrétiens »).
  `~tuer|~egorger|~massacrer|~decapiter|~assassiner|~violer|~poignarder|~lapider|~bruler ${ADV} des|les|nos|leurs? +innocent|+enfant|+femme|+fille|+gens|+chretien|+juif|+civil|+infidele|milliers|millions|+occidental|+homosexuel|+gai|+apostat|+mecreant`,
  // Above our laws, stuck in the past, unable to live with others, respecting nothing.
  `se|s' ~croire|~penser|~sentir|~mettre|~placer au dessus des|de ${OUR}? +loi|+regle|+autre`, 'se|s\' ~croire|~permettre tout permis?',
  '~vivre|~rester|~demeurer encore|toujours|coinces|bloques? au|dans le|l\'|des|les? moyen|moyen-age|+caverne|+grotte', '~etre reste|restes|restee|restees|bloque|bloques|coince|coinces au|dans le? moyen|moyen-age|+caverne',
  // Another age, said in the present (« vivent encore comme au Moyen Âge », « sont restés à l'âge de pierre »; « vivaient à la préhistoire » is history);
  // not yet able to live among others; out of place (« ne sont pas à leur place ici »).
  'vit|vivent|est|sont|reste|restent|demeurent encore|toujours|restes? bloques|coinces? comme? au|a|dans|en? le|la|l\'|les|des? moyen|age|prehistoire|+caverne|+grotte',
  "ne|n'? ~avoir pas|jamais encore? appris a ~vivre|se",
  'ne|n\'? ~pouvoir|~savoir|~vouloir pas|jamais ~vivre|~cohabiter|~coexister avec|parmi nous|personne', 'ne|n\'? ~pouvoir|~savoir|~vouloir pas|jamais ~vivre|~cohabiter|~coexister avec|parmi les|des +autre|+occidental|+chretien|+juif|+quebecois|+non-musulman',
  'ne|n\'? ~respecter|~accepter rien|personne',
  // Spreading like a disease, creeping into what is ours, turning our own against us.
  `se|s' ~repandre|~propager|~multiplier comme un|une|des|la|le ${DANGER}|${SWARM}`, `~pousser|~pulluler|~proliferer ${ADV} comme un|une|des|la|le ${DANGER}|${SWARM}`, `se|s' ~infiltrer|~incruster ${ADV} dans|a|au|aux|en ${OUR}? ${OURS}`,
  `~utiliser|~exploiter|~instrumentaliser|~servir de|d'? ${OUR} ${OURS} contre|pour nous|la|le|les|l' ${ATTACK}?`,
  // No religion of peace (« n'a jamais été une religion de paix »), a word for evil (« islam veut dire soumission »).
  `ne|n'? ~etre|~avoir pas|jamais|aucunement ete? un|une|la|le ${KIND} de|d'|du la|l'? +paix|+amour|+tolerance|+progres`, `~vouloir dire la|le|l'|du|de|des? ${EVILS}`,
  // War on us (« nous ont déclaré la guerre », « est en guerre contre l'Occident »), hidden aims.
  `~declarer|~faire|menent|mene la|une guerre a|au|aux|contre ${OUR}? ${OURS}|nous`, 'nous|vous ~avoir? ~declarer|~faire la guerre', `~etre en guerre contre|avec ${OUR}? ${OURS}|nous`,
  'cachent|cache|cachaient|dissimulent leurs|leur|ses|sa|son vraies|vrais|vrai|vraie|veritable|veritables|reelles? +intention|+visage|+but|+plan|+objectif|+projet|jeu',
  // Hostile or foreign to us (« leur religion nous est hostile »).
  'nous|vous ~etre +hostile|+etranger|+contraire|+incompatible|+inassimilable',
  // Pulling the strings, holding the money.
  '~tirer les ficelles', '~avoir|~posseder tout|toute l\'|le|la|les argent|pouvoir|+banque|+media|finance|monde', '~controler|~diriger|~detenir|detiennent|detient|~mener|~gouverner|~manipuler tout|toute? l\'|le|la|les argent|pouvoir|+banque|finance|monde',
  `~poser|~causer|~creer|~amener|~apporter|~faire beaucoup|trop|plein|tellement|toujours|juste|que? des|de|d'|du? +probleme|+souci|+trouble|+ennui|+desordre|+conflit|+bordel|+marde`,
  // The faith as politics or a sect (« une idéologie politique », « le voile a une signification politique »).
  `~etre|~avoir un|une|la|le|des? ${KIND}|+signification|+sens|+portee|+dimension|+but|+projet|+symbole|+signe|+outil|+instrument|+arme politique|politiques|totalitaire|totalitaires`,
  // Equated with evils (« c'est la guerre », « rime avec terrorisme », « veut dire soumission »).
  `c' ~etre|est la|le|l'|du|de|des? ${EVILS}`, `~rimer|~egaler|~signifier avec? la|le|l'|du|de|des? ${EVILS}`, `~etre +synonyme de|d'|du|des la|le|l'|les? ${EVILS}`,
  // Responsible for evils, born too many, refusing to fit in, at home in a conquered land, silent on terror.
  `~etre +responsable|+coupable de|des|du|d' tous|toutes|la|le|l'|les? les|la|le|l'|hausse|plupart|majorite? des|de|du? ${EVILS}`,
  `~soutenir|soutient|soutiennent|soutenaient|~financer|~applaudir|~approuver|~cautionner|~feter|~excuser|~proteger|~cacher|~abriter|~armer|~couvrir|~pratiquer|~tolerer ${ADV} la|le|l'|les|des? ${EVILS}|daech|daesh|hamas|${CULPRITS}`, `se|s' ~rejouir de|des|du|d' la|le|l'|les? ${EVILS}`, '~faire trop|plus|beaucoup|tellement|plein|masse d\'|de +enfant|+bebe|+petit',
  '~refuser de|d\' s\'|se? ~integrer|~adapter|~assimiler|~melanger|~travailler|~respecter|~apprendre|~parler', 'se|s\'? ~croire|~comporter|~conduire|~agir|~etre|~vivre en|comme en? terrain|pays conquis',
  `ne|n'? ~condamner|~denoncer pas|jamais|rarement|point la|le|les|l'? ${EVILS}`, `nous|vous ~detester|~hair|~mepriser|${LIE}|~tromper|~manipuler|~envahir|~coloniser|~remplacer|~islamiser|~tuer|~egorger|~massacrer|~decapiter|~assassiner|~exterminer|~poignarder|~attaquer`,
  // Orders to kill or subdue (« ordonne de tuer les juifs »), not adapting, demands, privileges, victimhood, a conqueror's mind.
  '~ordonner|~commander|~exiger|~demander|~appeler|~inciter|~pousser|~autoriser|~permettre de|d\'|a ~tuer|~massacrer|~egorger|~frapper|~battre|~violer|~decapiter|~lapider|~exterminer|~combattre|~convertir|~soumettre|~eliminer',
  'ne|n\'? s\'|se ~adapter|~assimiler|~integrer pas|jamais|aucunement|nullement', 'ne|n\'? ~vouloir pas|jamais s\'|se ~adapter|~assimiler',
  `ne|n'? ~pouvoir|~vouloir|~savoir pas|jamais|ni ~partager|~respecter|~accepter|~aimer|~tolerer|~supporter|~reconnaitre ${OUR} ${OURS}|${OTHERS}`,
  '~exiger|~reclamer|~revendiquer|~vouloir des|toujours|plus|partout|leurs? +accommodement|+privilege|+passe-droit|+traitement', '~exiger|~vouloir qu\'|que on|nous ~changer|~adapter|~modifier nos|notre',
  '~avoir plus|trop de|d\' +droit|+privilege|+avantage', 'recoivent|recoit|~toucher|~obtenir plus|davantage de|d\' +droit|+privilege|+avantage|+aide|+argent|+allocation que', '~passer avant|devant nous|nos', '~toucher|recoivent|recoit|~encaisser des|le|l\'|les|nos? +allocation|+aide|+cheque|bs|+prestation sans ~travailler|rien', '~vivre mieux que nos|les|nous', 'se|s\' ~victimiser', '~crier|~hurler a l\'|au islamophobie|racisme|loup',
  '~avoir une|la|leur|des +mentalite|+ame|+esprit|+culture de|d\' +conquerant|+envahisseur|+colonisateur|+barbare|+guerrier|+assiste|+profiteur|+parasite',
  'ne|n\'? ~etre pas|jamais chez eux|elles', 'ne|n\'? paient|paie|~payer pas|jamais|aucun d\'|de|d|+impot|+taxe',
  '~etre +soumis a|aux leurs|leur|son|sa +mari|+homme|+pere|+frere|+imam',
  // Their women said to be kept at home (« sont toutes mères au foyer », « prisonnières chez elles »).
  // Said in the present (« ont été esclaves » is history).
  'sont|est|etre|soient|seront|restent toutes|tous? des? +menagere|+prisonniere|+esclave|+servante|+bonniche', 'sont|est|etre|soient|seront|restent toutes|tous? des? mere|meres|femme|femmes au foyer',
  // Taking our jobs, producing terrorists, bringing nothing, women treated as things.
  '~prendre|~piquer|~voler|~occuper nos|notre +emploi|+job|+travail|+logement|+place', '~produire|~fabriquer|~former|~engendrer|~creer des +ghetto|+enclave|+terroriste|+djihadiste|+jihadiste|+criminel|+fanatique|+extremiste',
  '~traiter|~considerer|~voir les|leurs|nos|des? +femme|+fille comme des|de? +esclave|+objet|+inferieur|+chose|+propriete|+bete|+animal|+servante',
  '~etre impose|imposee|imposes|imposees par les|leurs +homme|+mari|+pere|+frere', '~etre impose|imposee|imposes|imposees aux|a +femme|+fille',
  // Symbols said to oppress (« un symbole de soumission », « représente l'oppression »).
  `~representer|~incarner|~symboliser|~signifier la|le|l'|les|une|un ${EVILS}`,
  `~etre|~representer un|une|le|la +symbole|+signe|+marque|+instrument|+outil|+drapeau|+arme de|d'|du|des la|l'? ${EVILS}|+islamisme|+islamisation`,
  '~etre une|un|la|le +prison|+cage|+insulte|+affront|+humiliation pour|a|aux les|la? +femme|+fille',
  // Women said to be oppressed by them, or oppressed as their women (« soumet les femmes », « n'ont aucun droit »).
  '~opprimer|~asservir|~maltraiter|~rabaisser|~enfermer|~voiler|~humilier|~exciser|~esclavagiser|soumet|soumettent|~forcer|~obliger|contraignent|marient|~battre|~frapper|vendent|~cloitrer les|leurs|nos|des +femme|+fille|+epouse|+soeur',
  'ne|n\'? ~avoir aucun|aucune|pas|jamais de|d\'? +droit|+liberte', '~etre +oblige|+force|+contraint de|d\' ~porter|~obeir',
  // Imposing their ways (« imposent des règles vestimentaires aux filles », « rendre toute la viande halal »).
  `~imposer|~dicter ${ADV} des|leur|leurs|la|le|les|nous|sa|ses|une|un? +regle|+loi|+religion|+coutume|+voile|charia|+croyance|+mode|+interdit|halal|+pratique|+tradition|+valeur|+dogme|+volonte|+facon|+diktat`,
  '~rendre tout|toute|tous|toutes|le|la|les|nos|notre? le|la|les|nos|notre? * *? halal|islamique|musulman|musulmane',
  '~empecher|~interdire les|nos|aux|tout le? +gens|+enfant|+femme|+fille|+autre|+chretien|monde de|d\'',
  // Living off the system (« utilisent le système »).
  '~utiliser|~exploiter|~pomper|~saigner le|du|notre|nos|l\'|la +systeme|+aide|+allocation|+contribuable|+etat|+impot|+prestation|+chomage',
  // Stereotypes stated as facts, no insult word: all in gangs or dealing (« sont toutes dans les gangs de rue », « c'est toute des membres
  // de gangs »), stealing, living off us (« boivent leurs chèques », « pour vivre de nos allocations »), no intention to work, money and power held, pets eaten.
  `~etre|~finir|~tomber tous|toutes|toute? dans|des? +membre? les|des|de|d'|le|la|un +gang|+mafia|+trafic|+cartel`, '~vendre|~dealer tous|toutes|toute? de|des|du la? +drogue|+arme',
  '~voler|~piquer|~pogner|~frauder tous|toutes|toute|tout|dans|nos|les', '~frauder|~voler l\'|le|les|nos aide|bs|+systeme|etat|+impot',
  `~vivre|~profiter ${ADV}? de|sur|aux|du|des nos|notre|le|les|la|l'? +allocation|+taxe|+impot|dos|crochets|bs|+cheque|+contribuable|+prestation|+systeme`,
  '~boire|boivent tout|toute? leur|leurs|son|sa|ses|tout|toute|le|la|les +cheque|+paye|+allocation|bs|+argent|+prestation', 'se|s\' ~faire ~vivre|~entretenir|~nourrir par|aux|a|nos',
  '~vouloir que|qu\' on|nous|l\'|le? etat|gouvernement? ~payer|paye|payent leur|leurs|tout|toute|pour',
  'ne|n\'? ~avoir aucune|aucun|pas|jamais l\'|d\'|de? +intention|+envie|+volonte de|d\' ~travailler|s\'|se|~integrer',
  '~manger|~bouffer des|du|de|d\'|les +chien|+chat|+singe|+chauve',
  // All the same, all guilty (« sont tous pareils »).
  '~etre tous|toutes pareils|pareilles|pareil|identiques|semblables|complices|coupables|responsables',
  // « tous les mêmes », not « tous les bienvenus ».
  '~etre tous|toutes les memes',
  // Sent away as a duty (« doivent s'intégrer ou quitter la France »).
  '~devoir s\'|se? ~integrer|~adapter|~assimiler|~convertir ou|sinon ~partir|~quitter|~degager|~retourner|~rentrer|~sortir',
];

/** Claims read only where they end their clause (« doivent partir », not « doivent partir tôt pour le travail »). */
export const claimsEnding = [
  // Out of place here (« ne sont pas à leur place ici »), not somewhere said after (« … à leur place dans des hôtels »).
  "ne|n'? ~etre pas|jamais|plus a sa|leur place ici|icitte|chez|au|en? nous|quebec|canada?",
  // « n'ont rien apporté / inventé » is read by hate.ts (lexicon-predicates.ts).
  '~rester|~vivre|enfermees|cloitrees chez elles', '~devoir ~partir|~degager|~disparaitre', `${LIE} tout|toujours? le? temps?`, 'ne|n\'? ~travailler pas|jamais|rien', 'ne|n\'? ~vouloir|~aimer pas|jamais|rien ~travailler|s\'|se|~integrer', 'se|s\' ~multiplier|~reproduire', 'ne|n\'? ~etre pas une|un|la|le +religion|+foi', `~devoir ~quitter ${OUR}? ${OURS}|+territoire`, 'ne|n\'? ~evoluer|~progresser pas|jamais'];

/** Names for a faith, its teaching and symbols, and a people's ways, that stand as subjects (with their determiner). */
export const claimSubjects = [
  'islamisation|charia|coran|burqa|burka|niqab|hijab|voile|foulard|islam islamique|musulman|integral?',
  `${KIND}|+valeur|+tradition|+coutume|+loi|+pays|+famille|+enfant|immigration|+presence|+invasion|+ecole|+monde|+population|+diaspora +musulman|+islamique|+coranique|+islamiste|+arabe|+juif|+africain|+maghrebin|+immigre|+etranger|+migrant`,
  '+mosquee|+imam|+minaret', '+mahometan',
  // The places of worship of other faiths, and a people's quarter named by it (« la synagogue », « le quartier chinois »).
  '+synagogue|gurdwara|gurdwaras|+pagode', '+temple +sikh|+hindou|+bouddhiste|+juif', `+quartier|+ghetto|+camp +arabe|+chinois|+juif|+haitien|+africain|+musulman|+immigre|+autochtone|+refugie|+migrant`, '+camp|+centre|+hotel|+motel de|des|pour +refugie|+migrant|+immigre|+demandeur|+itinerant', '+reserve +autochtone|+indien|+innu|+atikamekw|+mohawk|+crie',
  // Followers named by the prophet or god (« les disciples de Mahomet »), a book or faith of theirs (« le livre saint des musulmans »).
  '+disciple|+fidele|+adepte|+partisan|+enfant de|d\' mahomet|allah|mohammed|mahomed',
  `${KIND} saint|sacre|saints|sacres? des|de|du l'? +musulman|islam|+arabe|+immigre|+juif|prophete|mahomet|allah`, 'oumma|umma',
  // Their goal, then what it is (« le but des musulmans est de nous remplacer », « l'objectif de l'islam, c'est de dominer le monde »).
  `+but|+objectif|+plan|+projet|+reve|+ambition|+strategie|+agenda des|de|du l'? +musulman|islam|+immigre|+arabe|+migrant c'? ~etre|est de|d'`,
];
/** Names that are subjects only when pointed at (« cette religion », « leur culture »), with those pointers. */
export const pointedSubjects = ['+religion|+ideologie|+engeance|+secte|+mentalite|+croyance|+race|+culture'];
export const pointers = ['cette', 'leur', 'leurs', 'ces', 'sa', 'ses'];
/** Determiners a subject name may take (the name is matched first: determiners are too frequent to start a pattern). */
export const subjectDeterminers = ['l\'', 'le', 'la', 'les', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses', 'ce', 'ton', 'ta', 'votre', 'du', 'des', 'une'];

/** No subject of these claims on their own: the majority, extremists, and gender, age, health and social names (« les femmes » before « musulmanes »). */
export const notClaimSubjects = [
  // Counter-speech answers in kind about the majority (« les chrétiens aussi ont imposé leur religion »): no subject here.
  '+chretien', '+catholique', '+protestant', '+evangelique', '+europeen', '+francais', '+occidental', '+blanc', '+quebecois', '+canadien', '+americain', '+athee', '+gaulois', '+anglais', 'christianisme', 'catholicisme',
  '+islamiste', '+salafiste', '+jihadiste', '+djihadiste', '+terroriste', '+extremiste', '+integriste', '+radical', '+femme', '+homme', '+fille', '+gars', '+jeune', '+vieux', '+vieille', '+aine', '+ado', '+adolescent', '+enfant', '+pauvre', '+riche', '+retraite', '+handicape', '+personne', '+feministe', '+gai', '+homo', '+lesbienne', '+trans', '+boomer'];

/** Hostility to a faith said to be right (« l'islamophobie, c'est bien », « être islamophobe est légitime »). */
export const hostilityJustified = [
  'islamophobie|+islamophobe|xenophobie|+xenophobe|antisemitisme|+antisemite|racisme|+raciste c\'|ce|est|etre? ~etre|est un|une +devoir|+droit|+necessite',
  'islamophobie|+islamophobe|xenophobie|+xenophobe|antisemitisme|+antisemite|racisme|+raciste c\'|ce|est|etre? ~etre|est tout|tres|tellement|completement|parfaitement? bon|normal|normale|legitime|justifie|justifiee|sain|saine|necessaire|rationnel|rationnelle|logique|raisonnable|naturel|naturelle',
];

/** Crimes said to be all theirs, the group named as agent (« les attentats sont commis par des musulmans »). */
export const crimesBy = ['+attentat|+attaque|+crime|+viol|+meurtre|+agression|+massacre|+acte|+terract|+terroriste terroriste|terroristes|criminel|criminels? ~etre|~avoir ete? ~commettre|commis|commise|commises|~perpetrer|~causer|~organiser par'];
/** Hostility said right, ending its clause (« l'islamophobie, c'est bien », not « est bien réelle »). */
export const hostilityEnding = ['islamophobie|+islamophobe|xenophobie|+xenophobe|racisme|+raciste c\'|ce|est|etre? ~etre|est tres|tellement|vraiment? bien'];

/** Words that call a claim someone's notion (« l'idée que… », « ce fantasme », « une théorie du complot »): counter-speech. */
export const notions = ['+idee', '+fantasme', '+legende', '+theorie', '+these', '+fable', 'propagande', '+paranoia', '+obsession', '+complot', '+complotiste', '+intox', '+caricature', '+raccourci', '+sophisme', '+peur', '+crainte', '+rhetorique', '+argument', '+affirmation', '+fausse', '+faux', 'selon'];

/** What is ours overrun by the group named right after (« le Québec est envahi par les musulmans », « on se fait remplacer par des immigrés », « infesté de … »), too many of them (« il y a trop d'immigrants »), or a herd of them. */
export const overrunBy = [
  `${ATTACK} par`, '~infester de|d\'', 'y|y\' a|avait|aura ben|bien|beaucoup|vraiment|deja|juste|tellement? trop de|d\'',
  // A people counted as a herd or a swarm (« une meute de … », « un troupeau de … »), or as a flood or an invasion (« une
  // déferlante de … », « un tsunami de … », « une vague déferlante de … »; not a bare « vague » or « afflux », said in news).
  '+meute|+horde|+troupeau|+essaim|+nuee|+cheptel|+portee de|d\'', `${FLOOD} de|d'`, 'raz de +maree de|d\'', '+vague +deferlante|+ininterrompue|+incessante de|d\'',
];

/** Evils blamed on the group named right after (« la délinquance est due aux immigrés », « c'est la faute des musulmans »). */
export const blamedOn = [`${EVILS}|+chomage|+probleme ~etre du|due|dus|dues|lie|liee|lies|liees|imputable|imputables|attribuable|attribuables`, 'la|par faute'];

/** Our country said to become theirs (« le Québec devient musulman », « la France sera islamique »). */
export const becomingTheirs = [
  // « on va tous être obligés de manger halal », « nous serons forcés de porter le voile ».
  'on|nous sera|serons|~aller|~etre|~finir tous|toutes|par? ~etre? oblige|obliges|force|forces|contraint|contraints de|d\' nous|se|s\'? convertir|soumettre|manger|porter|prier a|au|le|la|l\'? halal|voile|burqa|islam|charia|allah|coran',
  `${OURS} deviendra|deviendront|devient|deviennent|devenu|devenue|sera|seront|~aller|~etre devenir|devenu|devenue|~etre? +musulman|+islamique|+islamise|+arabe|+africain`, 'nous ~etre|serons|sommes|deviendrons|devenons|~aller ~etre|devenir? minoritaire|minoritaires|islamises|colonises chez|dans|au|en nous|notre|nos|quebec|canada|france|europe|occident|pays'];

/** Evils said to be innate (« la violence est dans leur nature », « dans l'ADN de l'islam »), moderation denied, a people as a problem. */
export const innate = [
  `+prison ~etre +plein|+rempli|+bonde de|d' ${PEOPLE}`,
  // A faith and what is ours said not to go together (« l'islam et la démocratie sont incompatibles / ne peuvent pas coexister »).
  `islam|+musulman|+immigre et|& la|le|l'|les|nos|notre? ${OURS} ~etre|c' ~etre|est? +incompatible|+inconciliable|+antinomique`, `islam|+musulman|+immigre et|& la|le|l'|les|nos|notre? ${OURS} ne|n'? ~pouvoir|~savoir pas|jamais ~coexister|~cohabiter`,
  `tous|toutes|les|la les|plupart|majorite? des|de? +terroriste|+attentat|+djihadiste|+criminel|+violeur|+delinquant|+voleur|+detenu|+prisonnier ~etre tous|toutes? des? ${PEOPLE}`,
  `derriere chaque ${PEOPLE} se|s' ~cacher un|une +terroriste|+djihadiste|+criminel|+violeur`,
  '+probleme|+peril|+fleau|+cancer|+plaie +musulman|+islamique|+arabe|+juif|+immigre|+africain|+noir|jaune',
  `${EVILS} ~etre dans l'|leur|leurs|sa|son|ses adn|nature|+gene|sang`,
  'il? n\'|ne? y a|avait|aura pas|point|jamais|aucun d\'|de|d islam|+musulman +modere|+pacifique', 'islam|+musulman +modere|+pacifique ne|n\' ~exister pas|point|plus',
];

/** Calls to ban or destroy a faith or its places (« il faut interdire l'islam », « on devrait fermer les mosquées »); the object is checked in claims.ts. */
const ERASE = '~interdire|~bannir|~eradiquer|~eliminer|~fermer|~raser|~bruler|~detruire|~expulser|~chasser|~combattre|~deporter|~renvoyer|~virer|~exterminer';
export const calls = [`il? faut|faudrait|faudra ${ERASE}`, `on|nous ~devoir ${ERASE}`];
/** Objects of those calls: a faith, its book and places, never a symbol debated as policy (« le voile ») or law (« la charia »). */
export const callObjects = ['islam', 'coran', '+mosquee', '+minaret', 'religion', 'religions'];

/** Places a town is said to become (« un bidonville », « une jungle », « un zoo »), and the words before them. */
const SLUM = '+bidonville|+jungle|+zoo|+depotoir|+poubelle|+ghetto';
const INTO = "a|au|aux|en|dans? un|une|le|la|les|l'|des|du? vrai|vraie|pays|quartier? du|de|d'?";
/** Evils said to rise (« la criminalité a explosé »): a claim only after « depuis / avec / à cause de » and a group or « l'immigration » (claims.ts). */
export const rising = [`${EVILS}|+vol|+agression|+viol|+emeute a|ont|~aller|~etre|~continuer? ~exploser|~augmenter|~grimper|~bondir|~doubler|~tripler|~monter|~flamber`,
  // The place turned into a slum (« on se croirait dans le tiers-monde », « le quartier est devenu un ghetto »), or known by its dirt (« on reconnaît leur rue à ses déchets »).
  ...[SLUM, 'tiers monde'].flatMap((x) => [`croirait|croirais|croit|dirait|dirais ${INTO} ${x}`, `~ressembler|devient|deviennent|devenu|devenue|rendu ${INTO} ${x}`]),
  'a|aux la|l\'|leur|leurs|ses|sa? +dechet|+ordure|+salete|+crasse|+puanteur|+odeur|+rat|+coquerelle'];
/** The cue before the cause of that rise, and the causes that need no group name. */
export const risingCues = ['partout', 'depuis', 'avec', 'cause', 'grace', 'quand', 'reconnait', 'reconnais', 'reconnaitre'];
/** Keeping one's things or distance from them (« je garde mon portefeuille quand un … passe », « je change de trottoir »): claims.ts needs a group and « quand » in the sentence. */
export const guards = [
  '~garder|~serrer|tiens|tient|~surveiller|~cacher|~barrer|~verrouiller|~proteger ben|bien|fort|toujours|vite? mon|ma|mes|nos|notre|son|sa|ses|les|la|le? +portefeuille|+sacoche|+sac|+porte|+char|+auto|+voiture|+cellulaire|+telephone',
  '~changer de|d\' trottoir|siege|banc|wagon|rue', '~traverser la rue',
];
export const risingCauses = ['immigration', 'islamisation', '+immigrant', '+migrant', '+refugie'];

/** What goes wrong, blamed on a people named as its cause (blame.ts): the evils above, decline and danger. */
export const blameOutcomes = [
  ...EVILS.split('|'), 'mal', 'pire', 'pires', 'travers', 'pu', '+dangereux', '+danger', '+chomage', '+probleme', '+decadence', '+declin', '+pauvrete', '+salete', '+drogue', '+misere',
  '+malheur', '+catastrophe', '+desastre', '+calamite', '+faillite', '+dette', '+bordel', 'merde', 'marde', '~empirer', '~degrader', '~deteriorer', '~degenerer', '~exploser', '~ruiner',
  '~detruire', 'detruit', 'detruisent', '~couler', '~pourrir', '~saccager', '~perdre', '~effondrer', '~ecrouler', '~sombrer', '+crise', '+destruction', '~eclater', '~disparaitre', '~souffrir', '+violent',
];
