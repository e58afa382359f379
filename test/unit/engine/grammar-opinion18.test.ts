/**
 * Round 18 (opinion): contempt for a people asked as a question or put as a concern. « Est-ce normal que les … <font
 * quelque chose> ? » (the people the doer, not the sufferer), « Pourquoi on devrait payer / accepter … pour les … ? »
 * (a deontic « pourquoi on devrait »), « Peut-on vraiment faire confiance à un … ? », a member of a people in a role
 * asked about with a sneer (« Une femme chef des pompiers? Sérieux? »), « Pourquoi les … ont le droit de… ? », and
 * « C'est-tu raciste de dire que… » after a lead word. Each with clean counterparts written the same way: the people
 * who wait or suffer, a negation, an answer, a thing and not a people, a sincere worry. Written for this round.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'contempt asked as a question or a concern (round 18): flagged, at least as a warning to check',
  [
    // « est-ce normal que » + the people doing something
    'Est-ce normal que les Arabes achètent toutes les maisons du quartier?',
    'c tu normal qu\'une femme dirige la caserne des pompiers',
    'Est-ce que c\'est normal qu\'on laisse des autistes conduire l\'autobus scolaire?',
    'Trouvez-vous ça normal que les réfugiés passent avant nos vieux pour les logements?',
    'Est-ce normal que les Haïtiens aient plus de passe-droits que nous autres?',
    'C\'est-tu normal que des gais enseignent à la maternelle? Je pose la question',
    'est ce normal que les musulmanes gardent leur voile au comptoir de la SAAQ',
    'Est-ce vraiment normal qu\'on permette aux Sikhs de garder leur turban dans la police?',
    'Est-ce normal que les immigrants prennent toutes les jobs au Costco? 🤔',
    // « pourquoi on devrait » + bearing, paying, welcoming … for a people
    'Pourquoi on devrait payer des appartements neufs pour les réfugiés?',
    'pourquoi faudrait financer une salle de prière pour les musulmans',
    'Pourquoi on devrait s\'excuser aux Autochtones à chaque conseil?',
    'Pourquoi on devrait intégrer les autistes dans les classes normales?',
    'Pourquoi nous on devrait tolérer des Roms dans le stationnement du Walmart?',
    'Pourquoi je devrais payer des cours de natation aux enfants des immigrants?',
    'Pourquoi on devrait encore accommoder les Juifs avec leurs fêtes?',
    'Pourquoi est-ce qu\'on devrait accepter que des trans utilisent le vestiaire des filles?',
    'Pourquoi la Ville devrait engager des Noirs juste pour faire beau dans la brochure?',
    // trust asked with insistence
    'Est-ce qu\'on peut vraiment faire confiance à un Arabe?',
    'On devrait-tu faire confiance à une policière voilée? Je pense pas.',
    'Sérieusement, on peut-tu faire confiance à un Chinois en affaires?',
    'Peut-on vraiment faire confiance aux Haïtiens pour garder nos enfants?',
    'Franchement, je pourrais-tu faire confiance à un juge musulman?',
    // a member of a people in a role, asked with a sneer
    'Une femme chef des pompiers? Sérieux? 🙄',
    'Un Noir comme chef de police? Voyons donc 🤣',
    'Une lesbienne comme directrice d\'école? lol',
    'Une femme voilée comme juge? Franchement.',
    'Un trans comme prof de gym, c\'est-tu vraiment responsable?',
    'Une femme enceinte comme mairesse, c\'est-tu sérieux?',
    'Un autiste comme pilote, est-ce que c\'est vraiment prudent?',
    // why they have a right
    'Pourquoi les itinérants ont le droit de dormir dans le parc Champlain?',
    'Question sérieuse: pourquoi les réfugiés ont le droit de se faire soigner gratis?',
    'Pourquoi une femme voilée a le droit d\'enseigner à nos enfants?',
    // « c'est-tu raciste de dire que… » after a lead word
    'Sérieux est-ce que c\'est raciste de dire que les Roms sont tous des voleurs?',
    'Franchement, c\'est-tu raciste de dire que les Arabes sont violents?',
    'Ça serait-tu raciste de dire que les Noirs sont plus violents?',
    'Ça serait-tu homophobe de dire que les gais sont des pervers?',
  ],
  [
    // the people who wait or suffer, a negation, a passive: a worry, not contempt
    'Est-ce normal que les aînés attendent quatre heures à l\'urgence?',
    'Est-ce normal qu\'une famille haïtienne attende huit mois pour un logement?',
    'C\'est-tu normal que les personnes handicapées aient pas accès à la plage?',
    'Est-ce normal que les femmes soient moins payées que les hommes à la Ville?',
    'Est-ce normal qu\'on laisse des aînés seuls dans les CHSLD sans bain?',
    'Est-ce normal que les immigrants se fassent exploiter dans les fermes?',
    'Est-ce normal que des itinérants meurent de froid en pleine ville?',
    'Est-ce normal que le trottoir soit pas déneigé depuis trois jours?',
    'Trouvez-vous ça normal que les réfugiés dorment dans un gymnase?',
    'Est-ce normal que les enfants autistes doivent changer d\'école en plein milieu d\'année?',
    // « pourquoi on devrait » that defends, asks for a thing, or is answered
    'Pourquoi on devrait avoir peur des musulmans? Ce sont nos voisins.',
    'Pourquoi on devrait accepter que des Autochtones se fassent suivre dans les magasins?',
    'Pourquoi on devrait payer plus cher le stationnement au centre-ville?',
    'Pourquoi on devrait accueillir des réfugiés? Parce que c\'est notre devoir.',
    'Pourquoi on devrait pas aider les itinérants? Ils ont besoin de nous.',
    'Pourquoi on devrait couper l\'aide sociale alors que les loyers ont monté pour les prestataires?',
    'Pourquoi on devrait payer des cours de français à la Ville? C\'est gratuit au cégep.',
    'Pourquoi on devrait intégrer le compost dans la collecte?',
    // trust: a thing, the people trusting, a negation
    'Est-ce qu\'on peut vraiment faire confiance à la Ville pour le déneigement?',
    'Les aînés peuvent-ils vraiment faire confiance aux appels de fraudeurs?',
    'Est-ce qu\'on peut faire confiance à un organisme qui aide les réfugiés?',
    'On peut faire confiance aux Haïtiens du quartier, ils sont super fiables.',
    'Pourquoi on pourrait pas faire confiance à un Arabe? Voyons.',
    // a member of a people in a role, welcomed
    'Une femme chef des pompiers? Bravo, une première à Trois-Rivières!',
    'Une femme comme directrice générale? Oui, depuis mars.',
    'Un Noir comme chef de police, c\'est une première au Québec.',
    'Une femme chef des pompiers, c\'est une belle nouvelle.',
    'Une femme enceinte comme mairesse, c\'est-tu possible de prendre un congé?',
    'Un chef des pompiers? Sérieux, on en a besoin d\'un nouveau.',
    'Femmes ingénieures? Inscrivez-vous à notre soirée carrière!',
    // why they have a right: denied, or a thing
    'Pourquoi les aînés ont pas le droit de se stationner devant la clinique?',
    'Pourquoi les chiens ont le droit d\'aller dans le parc Champlain?',
    'Pourquoi les itinérants peuvent pas dormir au refuge avec leur chien?',
    'Pourquoi les femmes ont le droit de vote? Voici l\'histoire du suffrage au Québec.',
    // « c'est raciste de dire que… » as a verdict, not a question
    'Sérieux, c\'est raciste de dire que les Roms sont tous des voleurs.',
    'Franchement, c\'est homophobe de dire que les gais sont des pervers. Arrêtez.',
    'Est-ce que c\'est raciste de parler des nouveaux arrivants au conseil? Non, c\'est un sujet public.',
    'Ça serait-tu possible de dire aux Haïtiens du quartier que la fête est samedi?',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
