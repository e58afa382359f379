/**
 * Abuse of a person without a group frame, read as grammar by insult.ts: words that are insults
 * only when someone is CALLED them (their ordinary sense is a noun, a participle or a thickness),
 * the frames that call someone something, and dismissals of the reader. Folded words; `+word`
 * gives its plural and feminine (inflect.ts). Words that insult in every use (idiot, niaiseux,
 * crétin…) are in lexicon/disrespect.ts, not here.
 */

/** Word lists as one string each (compact in the simulator's bundle): `nouns` are inflected (`+word`), see patterns.ts. */
const words = (list: string): string[] => list.split(' ');
const nouns = (list: string): string[] => list.split(' ').map((w) => (w.includes('|') ? w : `+${w}`));

/** Insults as bare adjectives in every person (« c'est ben cave », « il est tata »): no ordinary sense after « être ». */
export const adjectival = nouns('cave kave tata nono twit nounoune gnochon niochon boudine');

/** Insults as bare adjectives said to « tu / vous » (« t'es donc ben épais »); after « être » in the third
 *  person they are ordinary (« la glace est épaisse », « il est demeuré chez lui »). */
export const addressed = nouns('epais|epaisse|epaisses fou|folle|fous|folles nul lache hypocrite pourri menteur voleur ignorant quetaine fatigant teteux gosseux insignifiant malhonnete laid bouffon minus demeure attarde arriere borne bouche tare mongol baveux chiant gossant ridicule');

/** Participles among them: an insult only when nothing completes them (« t'es demeuré » vs « t'es demeuré chez toi »). */
export const participles = nouns('demeure attarde arriere borne bouche tare ignorant');

/** Said to « tu / vous » with an intensifier or an article only (« t'es ben innocent », « mon innocent »):
 *  bare, they have a proper sense (« vous êtes innocent », « les premiers colons »). */
export const intensified = nouns('innocent colon');

/** Nouns that insult only as what someone is called, with an article (« t'es un rat », « vous êtes des moutons »,
 *  « espèce de nouille »): alone they are animals, food, things. */
export const called = nouns('fou|folle|fous|folles malade pourriture troll clown rat porc cochon truie vache chienne singe dinde cruche gourde buse ane andouille nouille patate cornichon ordure dechet rate cloche parasite vermine larve mollusque legume zero nullite plaie boulet guignol pantin charogne mouton crapaud serpent vipere hyene pou crotte torchon guenille epave loque moron toton tarla taouin tache morveux fatiguant chialeux bozo baleine trainee debris potiche meuble');

/** Of those, the ones that name a person with an article in the third person too (« c'est un épais »,
 *  « ce demeuré », « mon innocent »): no other noun sense. */
export const third = nouns('epais|epaisse|epaisses tata nono twit demeure attarde nul bouffon minus hypocrite lache guignol teteux gosseux niochon gnochon nounoune cave innocent tarla taouin toton moron morveux bozo pourri menteur incapable vendu profiteur degenere deprave barbare boudine');

/**
 * Labels that describe in a sentence (« le discours gauchiste », « un enfant autiste », « mon voisin est nain ») but call names
 * in the frames that call someone something (round 31): a vocative (« garde ça pour toi, le facho », « toi l'autiste »,
 * « madame la gauchiste »), « espèce de / bande de » (« espèce de bobo gauchiste »), an oath or « gros » before it without a
 * determiner (« maudit gauchiste », « gros triso »), « t'es un … » with an article, or another insult before « de »
 * (« charlot de gauchiste »). Politics, a disability, a body: never in the third person (a description stays as it is).
 * The political ones are also in lexicon-groups.ts `labels` (a tone warning, and groups): a label added there is not
 * shouted here until it is added to this list too.
 */
export const nicknames = nouns('gauchiste gauchiasse gaucho facho|fachos fachiste droitard wokiste woke bobo complotiste feminazi nazillon sjw trisomique autiste handicape diminue nain lard');
/** Of them, the ones pity may name without contempt (« pauvre autiste, il se fait écœurer »): not after « pauvre ». */
export const pitied = nouns('trisomique autiste handicape diminue nain');
/** Animals a woman is called with « grosse » (« cette grosse vache », « grosse truie »); an animal with « une » (« une grosse vache dans le champ »). */
export const bodyAnimals = nouns('vache truie baleine dinde torche otarie orque hippopotame loche cochonne');

/** Words between the copula and the insult: intensifiers, articles, adjectives before a noun, sacres + « de »,
 *  a person named before the adjective (« vous êtes des gens malhonnêtes », « t'es un gars pourri »). */
export const fillers = words('ben bin donc don vraiment tellement assez juste full tout toute si trop tres super mega completement totalement franchement serieusement definitivement decidement encore toujours aussi plus rendu rendue rendus devenu devenue clairement carrement absolument profondement rien qu que le la l un une des de d vrai vraie vrais gros grosse grosses maudit maudite maudits sacre mechant mechante parfait parfaite complet complete total totale pauvre pauvres petit petite ptit ptite grand grande vieux vieille sale sales beau belle bel veritable osti ostie esti estie sti criss crisse tabarnak calisse calice espece bande gang tas mosusse mautadit fichu foutu sacrement pas mal mais quand meme ptet peut etre peu gens personne personnes monde individu individus type types gars bonhomme madame monsieur');

/** Fillers that make the insult a noun or intensify it (enough for `intensified`; articles for `called`). */
export const articles = words('un une des espece bande gang tas vrai vraie vrais gros grosse maudit maudite maudits sacre mechant mechante parfait parfaite pauvre pauvres beau belle bel veritable osti ostie esti estie sti criss crisse tabarnak calisse calice mosusse mautadit fichu foutu sale sales');
export const intensifiers = words('ben bin donc don tellement full assez trop mega super completement totalement carrement vraiment rendu rendue');

/** The copula said to the reader: « t'es », « vous êtes », « es-tu », « t'étais », « vous avez l'air », « tu restes ». */
export const secondCopula = words('es e ete etes tes etais etiez seras serez serais seriez restes restez sembles semblez deviens devenez sois soyez air');
export const secondSubject = words('t tu vous vs toi toe');
/** The copula in the third person (« c'est », « il est », « ils sont », « y'é »). */
export const thirdCopula = words('est etait sera serait sont etaient seront seraient cest ye');
export const thirdSubject = words('c ce il elle ils elles y ca sa');
/** Before a vocative (« ben voyons donc, mon innocent »): interjections. */
export const interjections = words('voyons ben bon hey heille aye ok non oui merci salut allo bonjour bye donc franchement wow eh ah oh pis bravo toi relaxe calme');
/** After a noun: what shows it is a person called so, not an adjective before a noun (« ce demeuré qui… » vs « cette épaisse couche »). */
export const afterNoun = words('fini finie finis finies dans sur avec pour au aux par quand parce si mais et qui que qu de d du la est etait a avait va ne n se s y en comme ou toi vous pis ici sont ont vont fait veut peut sait pense dit me m nous');

/** Dismissals and contempt towards the reader (errors): patterns of grammar/patterns.ts. */
export const dismissals = [
  'on|je|j\'|nous s\'|m\'|nous en ~foutre|~ficher|~contrefoutre|~balancer|~torcher|~calisser|~crisser|~contrecrisser|~contrecalisser|~sacrer de|d\'|du|des? ton|ta|tes|votre|vos|toi|vous|opinion|avis|plainte|plaintes|commentaire|commentaires',
  'ton|ta|tes|votre|vos opinion|avis|plainte|plaintes|commentaire|commentaires|suggestion|suggestions|idee|idees on|je|j\'|nous s\'|m\'|nous en ~foutre|~ficher|~contrefoutre|~balancer|~torcher|~calisser|~crisser|~contrecrisser',
  'personne ne|n\'? t\'|te|vous a|as|avait ~demander ton|votre|ta avis|opinion',
  'qui t\'|te|vous a|as sonne', 'qui t\'|te|vous a|as ~demander ton|votre avis|opinion',
  'mele|melez|occupe|occupez toi|vous de|des tes|vos|ton|votre affaires|oignons|business|troubles',
  'va|allez|vas jouer dans le trafic|traffic|carre', 'retourne|retournez|retournes|va|allez|vas dans ton|votre carre de sable',
  'va|allez|vas te|vous rhabiller|cacher', 'va|allez|vas donc? au|chez le? diable|yable', '~pouvoir ben|bien|donc? aller au|chez le? diable|yable', '~sacrer|~crisser|~calisser ton|votre|son|leur|le camp',
  't\'|tu|vous as|avez|a rien dans la|le|ta|ton|votre tete|crane|cerveau|caboche|ciboulot', 't\'|tu|vous as|avez|a pas grand chose dans la|le|ta|ton|votre tete|crane|cerveau|caboche|ciboulot', 't\'|tu|vous as|avez|a rien entre les deux oreilles',
  'il|y te|vous|t\' manque un|une|des|quelques bardeau|bardeaux|case|cases|morceau|boulon', 'une case|un bardeau de moins|en moins',
  't\'|tu|vous as|avez|a pas|jamais invente le|la|l\' bouton|roue|eau|fil', 't\'|tu|vous es|etes|tes lent|lents|lente|lentes d\' esprit|comprenure',
  'c\'|c|ce est|cest quoi ton maudit|osti|esti|criss? probleme|trouble', 'personne ne|n\'? ~vouloir t\'|te|vous ~entendre|~lire|~voir',
  'je|j\' t\'|te|vous|l\'|le|la hais|haguis|haiis|~execrer|~mepriser', 'tu|vous|t\' me|m\' ~rendre malade',
  'tu|vous|t\' fais|faites|fait dur', 'payes|paye|payee|payees|payer a|pour rien faire', 'payes|paye|payee|payees|payer a|pour niaiser|dormir|flaner|rien|chialer', 'honte a|à toi|vous', 'rien a|à branler|carrer|foutre|cirer', 'en ai|a|as|avons|avez|ont rien a|à battre|secouer|peter',
  'si t\'|tu|vous n\'? es|etes|tes|aimes|aimez pas|plus? content|contents|contente|contentes|heureux|heureuse|satisfait|satisfaits|satisfaite ~demenager|partez|pars|decrisse|decalisse|crisse|calisse',
  't\'|tu|vous as|avez juste|rien qu\'? a ~demenager',
];
/** Vulgar orders to be silent and their kin (« fermer leurs gueules », « farme ta yeule », « ouvre pas ta gueule »). */
export const mouth = [
  '~fermer|~farmer|~ouvrir|~casser|~peter|~defoncer|~pogner|~crisser|~calisser|~sacrer ta|sa|leur|leurs|vos|votre|ma|mes|ses|tes|nos|notre|la|les gueule|gueules|yeule|yeules|gueul|yeul',
  '~fermer|~farmer ton|ta|votre|vos|sa|son|leur|leurs clapet|clapets|trappe|trappes|mache-patate|machepatate',
  // « nique tous les… » (not « faire la nique à »), « je me torche avec… ».
  '~niquer ta|sa|leur|votre|vos|tous|toutes|les|la|le|ces|cette|ce|mon|ma|des|tes|ses|nos|notre', 'me|te|se|m\'|t\'|s\'|nous|vous ~torcher avec|le|de',
];

/** Said with disdain but without a bad word, to nobody in particular (warnings: the tone, not the person). */
export const shrugs = ['je|j\'|on|nous s\'|m\'|nous en ~foutre|~ficher|~contrefoutre|~balancer|~torcher'];

/** More sarcasm markers (see lexicon-person.ts `sarcasm`): contempt only beside what turns the sentence negative. */
export const sarcasmMore = ['bien joue', 'ben bravo', 'bon travail', 'bon job', 'bel effort', 'beau succes', 'bravo champion', 'merci de rien', 'comme d\' habitude|hab', 'comme toujours', 'quel professionnalisme', 'super efficace', 'chapeau bas', 'mes felicitations', 'wow'];
/** More of what turns a sentence negative beside a sarcasm marker (never alone: the City writes « retard » every day). */
export const negativeMore = [
  'les genies|einsteins|lumieres|comiques|clowns|cracks', '~bousiller', '~gacher', '~foirer', '~saboter', '~scrapper', '~botcher',
  'toujours|encore? pas|jamais ~reparer|~deneiger|~ramasser|~boucher|~nettoyer|~regler|~entretenir|~repondre|~rappeler|~ouvrir',
  'encore un|une|des +nid|+panne|+bouchon|+retard|+trou|+erreur|+bevue|+gaffe', 'semaines|mois|ans|annees|jours pour ~ramasser|~reparer|~deneiger|~boucher|~repondre|~regler|~rappeler|~nettoyer|~installer|~finir',
  'personne ne|n\' a|va|veut|est? ~repondre|~rappeler|~venir|~bouger|venu', 'aucune reponse|nouvelle', 'on vous|te croit', 'quelle surprise', 'n\' importe quoi',
];
