/**
 * Round 21 (implicit): derogation with no bad word, the conclusion left to the reader. The speaker only « notes »
 * (« je fais juste constater », « je dis rien moi », « je nomme personne », « tiens donc », « bizarre comme… »), bets on
 * how long before the decline (« on gage combien de temps avant que… »), or sets a people's role noun in quotation marks
 * (« des « travailleurs » », « certaines « cultures » »): the role is denied them by the marks. Each is a warning to check.
 * Clean counterparts: the same markers on a thing or a service, counter-speech, good news, a sincere worry for a people.
 * Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'implicit derogation (round 21): a people named and the conclusion left to the reader, at least a warning to check',
  [
    // the speaker only « notes »
    'Encore des vols de char dans le stationnement depuis que les Haïtiens ont emménagé en face. Je fais juste constater 🤷',
    'Les Arabes ont acheté le dépanneur pis les prix ont monté, je fais juste remarquer',
    'Trois Africains au conseil d\'administration du CPE pis le budget est dans le rouge. Je dis rien moi 🤐',
    'les musulmans du quartier ont eu leur permis en 2 semaines, je nomme personne mais bon',
    'La Ville donne encore des millions aux Autochtones. Tiens donc.',
    'Bizarre comme les vols ont commencé en même temps que les Syriens sont arrivés',
    'bizarre comment les Roms sont toujours dans le coin quand y manque de quoi',
    'Les Mexicains sont arrivés à la ferme pis les outils disparaissent, je dirai rien de plus 😶',
    'Vous avez vu qui a eu les logements sociaux? Des Congolais. Tiens donc 🙄',
    'les Somaliens pis la fraude à l\'aide sociale, je nomme personne 😏',
    // a bet on how long before the decline
    'Des familles syriennes emménagent dans le bloc à côté. On gage combien de temps avant que le terrain soit plein de cochonneries?',
    'Les nouveaux voisins somaliens ont l\'air corrects. Reste à voir combien de temps avant que la rue change de face',
    'Un centre communautaire musulman sur la rue Laviolette, on va voir combien de temps avant qu\'ils veulent la charia',
    'je gage pas longtemps avant que les Haïtiens prennent toute la rue',
    // a role noun set in quotation marks, beside a hint
    'Les fermes engagent des « travailleurs » pis comme par hasard les vols de vélos montent',
    'Encore des « réfugiés » qui arrivent avec des iPhone neufs, on se comprend 😉',
    'Certaines « familles » du bloc reçoivent plus de chèques que moi j\'en fais en travaillant, je dis ça de même',
    'Les « étudiants » du collège privé sont jamais en classe mais toujours au volant d\'un taxi. Drôle de coïncidence 🧐',
    'certaines « cultures » pensent que les règles s\'appliquent pas à eux, je fais juste constater',
    'Le quartier était ben plus tranquille avant que certaines « communautés » débarquent',
    'Les parcs étaient plus propres avant que certains « groupes » s\'installent',
    'Une « certaine communauté » a racheté tous les blocs de la rue, devinez qui va monter les loyers',
    'Les « familles » du motel ont encore eu une épicerie gratis, nos taxes au travail',
    // a certain crowd, the people unnamed
    'Une certaine faune traîne au parc Champlain le soir, suivez mon regard',
    'Les « dames » du vestiaire mixte ont de la barbe, je dis rien moi',
    // (moved up from round 18's known misses)
    'Une autre « artiste » qui reçoit une bourse de la Ville, nos taxes au travail',
  ],
  [
    'Les déchets traînent encore au coin de la rue. Je fais juste constater 🤷',
    'Le déneigement passe jamais dans notre rue, je fais juste remarquer',
    'Je dis rien moi, mais le pont est fermé depuis trois semaines',
    'Je nomme personne, mais certains conseillers ont pas lu le budget',
    'Tiens donc, le parc rouvre enfin!',
    'Bizarre comme le bus 9 est toujours en retard le matin',
    'Combien de temps avant que la piscine rouvre? On gage sur juillet',
    'On gage combien de temps avant que les barrières orange disparaissent de la rue Bellefeuille?',
    'Les « travailleurs essentiels » ont enfin reçu leur prime, bravo',
    'Les travailleurs guatémaltèques ont fêté au parc, merci à eux',
    'Le programme « Nouveaux arrivants » de la Ville offre des cours de français',
    'Des « étudiants d\'un jour » ont visité l\'hôtel de ville avec le cégep',
    'C\'est certains « experts » qui disaient que le pont était solide',
    'Une certaine faune aquatique est revenue dans la rivière Saint-Maurice',
    'Il faut dénoncer ceux qui disent « je fais juste constater » quand ils salissent les immigrants',
    'Les immigrants sont pas responsables des vols, arrêtez avec vos préjugés, je fais juste constater les chiffres',
    'Mon voisin Tremblay a ramassé les feuilles de tout le monde, je fais juste remarquer qu\'il est fin',
    'Le 1er du mois c\'est le déménagement, bizarre comme les rues sont pleines de camions',
    'Les familles de réfugiés attendent encore leur logement, tiens donc, personne à la Ville répond',
    'Je gage que le parc va être plein pour la fête nationale',
    'Les « bénévoles » de l\'année seront honorés au gala de jeudi',
    'Le quartier était plus tranquille avant que la construction commence',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// (The learned net doubts these, as it did before this round, or since its converged weights (session 16, the third):
// no error, and no hint.)
describeReading(
  'implicit derogation (round 21): the notes and the bet beside a party or a people who wait, no error',
  [],
  [
    'Les Haïtiens ont organisé une belle fête au parc, je fais juste constater que tout le monde a eu du fun',
    'Les réfugiés syriens attendent un logement depuis des mois, reste à voir combien de temps avant qu\'ils en aient un',
    'Les nouveaux voisins africains sont ben polis, reste à voir combien de temps avant qu\'ils nous invitent à souper',
  ],
);
