/**
 * Precision, round 15: clean text that got a 3.2 error or was read as a disrespectful comment. Written before any fix, in
 * Québec French as people write it: counter-speech that quotes or reports hate, news of crimes and accidents, complaints
 * with strong but not insulting words, negated statements, care for vulnerable groups, the proper senses of sacre words,
 * sport and games, jokes among friends. The flagged rows are the same words said with hate or as insults: the guard that
 * the fixes lose no recall.
 */
import { describe, expect, it } from 'vitest';
import { describeKnownMisses, describeReading, errors } from './grammar-helpers.ts';

/** Hate, insults and oaths in the same words as the clean rows below. */
const flagged = [
  'Les trans sont des malades mentaux, point final.',
  'Les BS sont dégueulasses, ils vivent sur notre dos.',
  'Le maire est dégueulasse pis menteur.',
  'T\'es dégueulasse mon gars.',
  'Tabarnak que la Ville est lente!',
  'Câlice, ciboire, tabarnak, ramassez vos poubelles!',
  'Ciboire de tabarnak de chantier qui finit jamais.',
  'Mes câlices de voisins ont encore parké dans mon entrée.',
  'Un calvaire de conseiller qui fait rien.',
  'Ostie de cave, tu sais pas lire.',
  'Calice t\'es ben épais.',
  'T\'es ben cave 😂',
  'Fais tes recherches, les immigrés sont tous des voleurs.',
  'T\'es un ostie de malade mental 😂😂',
  'Vous êtes des ignorants, retournez à l\'école.',
  'Les musulmans sont des terroristes, informez-vous.',
  'Va chier ciboire.',
  'Tu me fais pitié, espèce d\'imbécile.',
  'Les itinérants sont des déchets.',
  'Les Arabes, tuez-les tous.',
  'Sacrament que t\'es con.',
  'Je vais te casser la gueule, mon tabarnak.',
  'Les Noirs sont des singes.',
  'Ta gueule, le fif.',
];

const counter = [
  'Non, les personnes trans ne sont pas des « malades mentaux ». Informez-vous avant d\'écrire ça.',
  'Les musulmans ne sont pas des terroristes. Renseigne-toi un peu.',
  'Arrêtez de traiter les itinérants de « parasites », c\'est inacceptable.',
  'Les commentaires racistes dans ce fil sont écoeurants. Les immigrants travaillent fort.',
  'Les insultes contre les assistés sociaux ici sont dégueulasses, personne choisit d\'être pauvre.',
  'Les propos sur les Autochtones dans ce fil sont dégueulasses.',
  'Dire que les femmes sont inférieures, c\'est du sexisme pur.',
  'Ceux qui écrivent que les Haïtiens sont des voleurs devraient avoir honte.',
  'Traiter les gais de « malades », ça se fait pas en 2024.',
  'Quelqu\'un a écrit « retournez dans votre pays » sous la photo, c\'est honteux.',
  'Les réfugiés ne sont pas des criminels, arrêtez de répandre des faussetés.',
  'Non, les aînés ne sont pas un fardeau. Ils ont bâti cette ville.',
  'Les personnes handicapées ne sont pas des boulets, elles ont droit aux mêmes services.',
  'Faites vos recherches : les immigrants paient des impôts comme tout le monde.',
  'C\'est faux de dire que les jeunes sont paresseux, lisez l\'étude.',
  'Le mot « nègre » est une insulte et n\'a pas sa place ici.',
  'On a supprimé les commentaires qui traitaient les musulmans d\'envahisseurs.',
  'Les attaques contre la communauté juive sont inacceptables, point.',
  'Les blagues sur les Autochtones ne sont pas drôles, c\'est du racisme.',
  'Informez-vous sur l\'histoire des pensionnats avant de commenter.',
  'Les trans existent, ils méritent le respect comme tout le monde.',
  'Vos messages haineux contre les réfugiés sont dégoûtants.',
  'Le discours qui dit que les immigrés volent nos jobs est un mythe.',
  'Renseignez-vous sur le programme avant de juger les bénéficiaires.',
  'C\'est dégueulasse de s\'en prendre aux enfants des réfugiés.',
];

const news = [
  'Un homme a été poignardé hier soir près du parc Champlain, la police enquête.',
  'Un conducteur ivre a tué un piéton sur le boulevard des Récollets.',
  'Deux adolescents ont été arrêtés pour le vandalisme de la mosquée.',
  'Un incendie criminel a détruit un bloc appartements rue Saint-Paul, les locataires sont relogés.',
  'La police a démantelé un réseau de trafic de drogue dans le secteur Cap-de-la-Madeleine.',
  'Un homme accusé d\'avoir agressé une jeune femme comparaîtra lundi.',
  'Un cycliste est mort après avoir été heurté par un camion lourd.',
  'Le suspect du meurtre de la rue Laviolette a été arrêté à Montréal.',
  'Une femme a été battue par son ex-conjoint, il a été arrêté.',
  'Des graffitis haineux ont été peints sur la synagogue, la police cherche des témoins.',
  'Un chauffard a pris la fuite après avoir happé un enfant.',
  'Le procès de l\'homme qui a tiré sur deux policiers commence demain.',
  'Une collision entre deux voitures a fait trois blessés sur l\'autoroute 40.',
  'Un aîné s\'est fait frauder de 20 000 $ par un faux policier.',
  'Les pompiers ont sauvé un chat coincé dans un arbre.',
  'Un motoneigiste s\'est noyé après être passé à travers la glace.',
  'Un homme armé d\'un couteau a été maîtrisé par les agents.',
  'Le tueur du dépanneur a été condamné à la prison à vie.',
  'Une explosion dans une usine a blessé quatre travailleurs.',
  'Un jeune homme a été retrouvé mort dans son logement, la police ne soupçonne pas d\'acte criminel.',
  'Des voleurs ont volé le tronc de l\'église Saint-Philippe.',
  'La tempête a causé plusieurs carambolages et un décès.',
  'Le pédophile arrêté la semaine dernière a plaidé coupable.',
  'Une travailleuse de rue a été agressée au centre-ville.',
  'Le feu a ravagé la maison d\'une famille de réfugiés, une collecte est organisée.',
];

const complaints = [
  'Ça fait trois semaines que ma rue est pas déneigée, c\'est un scandale.',
  'Le service au 311 est vraiment pourri, j\'ai attendu une heure.',
  'Les toilettes du parc sont dégueulasses, quelqu\'un peut les nettoyer?',
  'C\'est dégueulasse l\'état des trottoirs sur Saint-Maurice.',
  'Les nids-de-poule sur le boulevard sont une honte.',
  'Le chantier de la rue Royale, c\'est un cauchemar, ça finit plus.',
  'La facture d\'eau est complètement folle cette année.',
  'J\'en ai plein mon casque d\'attendre le bus 7 qui passe jamais.',
  'Votre application plante à chaque fois, c\'est ridicule.',
  'Les odeurs de l\'usine sont écoeurantes, on peut plus ouvrir les fenêtres.',
  'La collecte des ordures a encore été oubliée, c\'est n\'importe quoi.',
  'Le terrain de soccer est dans un état lamentable.',
  'Cette taxe-là, c\'est du vol en plein jour.',
  'L\'eau du robinet goûte le chlore, c\'est dégueulasse.',
  'Le stationnement payant au centre-ville, c\'est de la folie.',
  'Franchement, les délais pour un permis sont absurdes.',
  'La déneigeuse a défoncé ma clôture pis personne rappelle.',
  'Ça me rend folle d\'attendre au téléphone depuis 45 minutes.',
  'La gestion du dossier de l\'aréna est catastrophique.',
  'Le bruit du chantier à 6 h du matin, c\'est insupportable.',
  'Le parc est plein de seringues, c\'est dangereux pour les enfants.',
  'La piste cyclable est un vrai danger public.',
  'Vos feux de circulation sont mal synchronisés, c\'est l\'enfer.',
];

const negated = [
  'Les immigrés ne sont pas des voleurs.',
  'Personne ici pense que les Autochtones sont paresseux.',
  'Je dis pas que les jeunes sont violents, je dis qu\'il faut plus d\'éclairage.',
  'Les musulmanes ne sont pas soumises, elles choisissent.',
  'C\'est pas vrai que les assistés sociaux profitent du système.',
  'Les gais ne sont pas une menace pour les enfants.',
  'Je ne souhaite de mal à personne, même pas au maire.',
  'Jamais je dirais que les Haïtiens sont dangereux.',
  'Les itinérants ne sont pas des déchets, ce sont des humains.',
  'Non, les femmes ne sont pas trop émotives pour diriger.',
  'Il n\'est pas question d\'expulser les réfugiés du refuge.',
  'Personne mérite de mourir dans la rue.',
  'Les aînés ne sont pas inutiles.',
  'Je ne pense pas que le conseiller soit malhonnête.',
  'Les Noirs ne sont pas plus criminels que les autres.',
  'Vous n\'êtes pas stupides de poser la question, elle est bonne.',
  'Ce n\'est pas idiot comme idée.',
  'On ne va pas laisser tomber les familles du quartier.',
  'Les Juifs ne contrôlent pas les banques, c\'est une vieille théorie antisémite.',
  'Les personnes autistes ne sont pas des malades.',
];

const care = [
  'Les itinérants ont besoin d\'un refuge chaud cet hiver.',
  'Pensez à vos voisins âgés pendant la canicule.',
  'Les réfugiés syriens sont les bienvenus à Trois-Rivières.',
  'Merci aux bénévoles qui nourrissent les sans-abri.',
  'Les personnes trans méritent des soins accessibles.',
  'Le refuge pour femmes victimes de violence a besoin de dons.',
  'Protégeons les enfants handicapés de l\'intimidation.',
  'La Ville doit mieux aider les familles immigrantes à se loger.',
  'Les aînés seuls souffrent beaucoup de l\'isolement.',
  'Les personnes avec une maladie mentale ont besoin de soutien, pas de jugement.',
  'On organise une collecte de manteaux pour les demandeurs d\'asile.',
  'Les jeunes de la DPJ méritent mieux que ça.',
  'Bravo à l\'organisme qui accompagne les personnes autistes.',
  'Les travailleurs étrangers se font exploiter sur les fermes, il faut les protéger.',
  'Les femmes autochtones disparues méritent justice.',
  'Il faut plus de places en CHSLD pour nos vieux.',
  'Les personnes qui se droguent ont besoin d\'un site d\'injection supervisée.',
  'Les chiens errants du quartier ont besoin d\'un refuge aussi.',
  'Les enfants pauvres devraient avoir droit au déjeuner gratuit à l\'école.',
  'Les nouveaux arrivants méritent un meilleur accueil.',
];

const proper = [
  'Visite au musée : calices, ciboires et ostensoirs du 19e siècle.',
  'L\'exposition présente des hosties, des calices et des patènes anciens.',
  'Le sacristain a rangé les calices et les ciboires dans l\'armoire.',
  'Calices et patènes en argent, vitraux et vieux tabernacles : une collection unique.',
  'Les vieux tabernacles sculptés des églises de la région sont exposés cet été.',
  'Expo sur l\'histoire des jurons québécois : d\'où viennent câlice, tabarnak et ciboire?',
  'Conférence sur les sacres québécois : pourquoi on dit tabarnak, hostie et calvaire.',
  'Les mots tabarnak et câlice viennent du vocabulaire de l\'église.',
  'Mon grand-père disait jamais « câlice », il disait « câline ».',
  'Les sacres comme tabarnak ou ciboire choquaient beaucoup nos grands-parents.',
  'L\'hostie consacrée est gardée dans le tabernacle.',
  'Les ciboires dorés brillaient sur l\'autel.',
  'Le prêtre a béni les hosties avant la communion.',
  'Le chemin de croix compte quatorze stations et un calvaire.',
  'La paroisse du Saint-Sacrement fête ses cent ans.',
  'Le Christ en croix de la cathédrale a été restauré.',
  'Atelier pour les ados : la petite histoire des sacres, de tabarnak à viarge.',
  'Ciboires, calices et burettes seront vendus à l\'encan de la fabrique.',
];

const sport = [
  'Les Lions ont massacré l\'équipe adverse 7 à 1 hier soir!',
  'Notre gardien a tué le match avec ses arrêts.',
  'On va les écraser samedi au tournoi!',
  'Le joueur de centre s\'est fait planter dans la bande, il est correct.',
  'Les Aigles ont détruit les Remparts en finale.',
  'J\'ai tué mon boss final au jeu vidéo après trois heures.',
  'On s\'est fait laver 10 à 0, c\'était humiliant.',
  'Le coach est fou raide de joie après la victoire.',
  'Mon fils a scoré son premier but, je suis fier en tabarouette.',
  'Au hockey cosom, on a battu les profs à plate couture.',
  'Le frappeur a cogné un coup de circuit monstre.',
  'Partie de bingo au centre communautaire, les madames sont en feu!',
  'Au poker on s\'est fait plumer par ma tante.',
  'Il faut tuer le temps entre les deux périodes.',
  'Le quart-arrière s\'est fait sacker quatre fois.',
  'C\'était une bataille épique au volleyball de plage.',
  'Notre défenseur est une machine, personne passe.',
  'On a perdu, mais l\'arbitre était aveugle ce soir.',
];

const jokes = [
  'Sébastien ta vidéo m\'a achevée 😂 t\'es ben fou',
  'Hahaha Marie t\'es folle, tu me fais trop rire 🤣',
  'Mon chum a encore oublié les clés dans le char, t\'es pas possible mon amour 😂',
  'Ma sœur a fait brûler le gâteau, on l\'aime pareil lol',
  'T\'es malade, c\'est la meilleure idée de l\'année 😂',
  'Mon beau-frère s\'est pris pour un chef, résultat : pizza brûlée 🤣',
  'Tu m\'as fait mourir de rire avec ta vidéo',
  'Alex t\'es fou raide d\'avoir sauté dans le lac en novembre 😂',
  'Ha ha mon coloc pense que le bac brun c\'est pour ses bas, il est fou',
  'Mon père a encore reculé dans le banc de neige, classique 😂',
  'Tu me dois une bière, t\'as perdu ta gageure mon homme 😂',
  'Ma grand-mère triche au Uno, on la laisse faire 🤣',
  'Ce gars-là est crampant, il m\'a fait pleurer de rire',
  'T\'es complètement folle Sophie 😂 je t\'adore',
  'Vous êtes fous les gars, la trampoline à 40 ans 🤣',
  'Mon chum fait des jokes plates mais je ris pareil',
  'Mon voisin a décoré pour Noël en octobre, il est rendu fou 😂',
];

/** Written after the first score, the same families in other words (the constructions the fixes read). */
const more = [
  'Les messages contre les réfugiés sur cette page sont dégueulasses, on les a signalés.',
  'Le traitement réservé aux aînés dans ce CHSLD est dégueulasse.',
  'Les commentaires sur la mairesse étaient dégueulasses, personne mérite ça.',
  'Votre façon de parler des itinérants est dégueulasse.',
  'C\'est dégueulasse de les insulter parce qu\'ils sont pauvres.',
  'Les blagues sur les Noirs dans ce groupe sont dégueulasses.',
  'Les gens qui ont écrit « les BS sont des parasites » devraient s\'informer.',
  'Informe-toi avant de partager des fausses nouvelles sur les réfugiés.',
  'Tabarnak et câlice, c\'est des mots qui viennent de l\'église.',
  'Il y a des croix, des calvaires et des chapelles partout dans le rang.',
  'Le mot « ciboire » désigne d\'abord un vase sacré.',
  'Le traitement des plaintes au 311 est dégueulasse, trois mois sans réponse.',
  'Hahaha vous êtes fous, on vous aime 🤣',
  'Les communions : hosties et calices prêtés par la paroisse voisine.',
  'Trois calvaires et deux croix de chemin sont à vendre dans le rang.',
  'Calices, patènes et ciboires : la collection du sanctuaire est en ligne.',
  'Vous êtes malades 😂 quelle soirée!',
  'Ha ha t\'es folle, tu vas geler dans le lac',
  'La piscine municipale est dégueulasse depuis le début de l\'été.',
  'Les Autochtones ne sont pas des ivrognes, ce sont des gens comme nous.',
  'Les immigrants ne sont pas un fardeau, ce sont des travailleurs.',
  'Les femmes voilées ne sont pas soumises, ce sont des citoyennes libres.',
  'Éduquez-vous sur la réalité des personnes trans, c\'est pas compliqué.',
  'Fais tes devoirs avant de parler des Haïtiens de même.',
  'Au musée des religions : ciboires, ostensoirs et chasubles brodées.',
  'L\'encan offre des chandeliers, des calices et des missels anciens.',
  'La fabrique vend ses vieux ciboires, calices et burettes.',
  'Les jurons québécois comme câlice et ciboire viennent de la messe.',
  'Balado sur les sacres : de tabarnak à ostie, toute une histoire.',
  'Mon père disait « tabarnak » quand il se frappait sur les doigts.',
  'Haha t\'es malade Kevin, la meilleure blague de la soirée 🤣',
  'Lol vous êtes fous, on se revoit au chalet',
  'Mon frère est fou 😂 il a mangé trois poutines',
  'Mdr t\'es folle, je pleure de rire',
  'T\'es capoté mon homme 😂 bravo pour la course',
];

/** Crude words on the City's account: an error rightly (the policy asks for professional language at all times), whatever the intent. */
const crudeOnTheCitysAccount = [
  'Ça sent la marde près de l\'usine d\'épuration.',
  'Les joueurs adverses jouaient salaud, mais on a gagné pareil.',
  'Mon bac à recyclage a été écrasé par le camion, merci pour rien.',
];

const clean = [...more, ...counter, ...news, ...complaints, ...negated, ...care, ...proper, ...sport, ...jokes];

describeReading('precision, round 15: clean text and its hateful mirrors', flagged, clean, { cleanNotDisrespectful: true });
// A verdict on an act done to a people (« de leur refuser… parce qu'ils sont … »): no error, but the net of a group and a
// degrading word in one sentence still asks to check it.
describeReading('at most a warning', [], ['C\'est écoeurant de leur refuser un logement parce qu\'ils sont noirs.']);
describe('crude words on the City\'s account are errors', () => {
  it.each(crudeOnTheCitysAccount)('%s', (text) => expect(errors(text).length).toBeGreaterThan(0));
});
describeKnownMisses(
  // An implicit stereotype closed by a laugh: no frame reads « ça explique ».
  ['Les femmes au volant, ça explique les accidents 😂'],
  [
    // A threat to the reader, in a game or a joke: threats are never softened by a laugh.
    'Tournoi de Fortnite : on va tous vous éliminer 😎',
    'Je vais te tuer si tu dis le punch du film 😂',
    // Only « fou / malade » are softened by a laugh; « niaiseux » and « malade mental » stay insults.
    'Toi pis tes jokes de mononc, t\'es ben niaiseux 😂',
    'Lol t\'es malade mental, c\'est génial ton dessin 😂',
    // A plural sacred noun counted (« deux calvaires de bois »), not in a list joined by « et »: no reading (size).
    'Deux calvaires de pierre du 19e siècle seront restaurés cet été.',
    'Le musée montre deux calvaires de bois et une croix de chemin restaurés.',
    // An order judged, its people set out after a pronoun (« de leur couper l'aide, aux … »): still read as the order.
    'C\'est dégueulasse de leur couper l\'aide, aux familles immigrantes.',
    // Etymology: « tabernacle » after « vient de » has no determiner; only the quoted « tabarnak » reads as a mention.
    'Le linguiste explique que « tabarnak » vient de tabernacle.',
  ],
);
