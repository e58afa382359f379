/**
 * Round 24 (vermin): a dehumanising noun with no group word names people when it does what only people do (hate.ts findVile):
 * « ces animaux-là votent », « cette vermine-là chiale », « les parasites qui dorment au parc ». An error when only a person
 * does the act; a warning (« à vérifier ») for acts beasts or things also do. Clean: real pests and
 * beasts, waste, a thing, counter-speech and negation. Written for this round, not copied from any set.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'a vile noun doing what only people do (round 24): a 3.2 finding and a disrespectful comment',
  [
    'Ces bêtes-là parlent même pas un mot de français',
    'ces rats là jasent juste anglais au dépanneur',
    'Cette vermine-là chiale tout le temps contre la Ville',
    'Les sangsues votent toutes pour le maire pis après y se plaignent',
    'Encore ces ordures-là qui quêtent devant le Metro',
    'ces déchets là mendient au coin de la rue des Forges',
    'Les coquerelles qui immigrent ici, on en veut pu',
    'ces singes-là prient cinq fois par jour dans le parc',
    'La vermine revendique encore des logements gratuits',
    'ces parasites là touchent leur chèque de BS le premier du mois',
    'Ces cochons-là paient même pas d\'impôts',
    'Toute cette vermine qui étudie au cégep avec nos taxes',
    'ces maudites sangsues-là chialent sur Facebook',
    'Les parasites qui dorment au parc, on les endure encore longtemps',
    'Quelqu\'un peut m\'expliquer pourquoi on tolère ces parasites-là qui dorment dans le parc?',
    'Ces sangsues-là exigent des logements pis la Ville dit oui',
    'ces sangsues là couchent sur les bancs du terminus',
    'Les parasites qui vivent dans la ruelle derrière chez nous 🤮',
    'ces parasites-là travaillent jamais de leur vie',
    'Pourquoi ces animaux-là votent encore?',
    'ces ordures-là reçoivent de l\'aide sociale pis nous on paye',
    'Les bêtes qui se plaignent du bruit au conseil municipal',
    'Cette vermine-là vont encore voter pour lui',
    'ces charognes là squattent le stationnement du IGA',
  ],
  [
    'Ces rats-là ont rongé les fils du garage',
    'les chiens jappent toute la nuit sur ma rue',
    'les singes du zoo de Granby sont tellement mignons',
    'les coquerelles dans le bloc, le proprio fait rien',
    'ces déchets-là traînent dans le parc depuis une semaine',
    'les réfugiés ne sont pas des parasites',
    'arrêtez de traiter les itinérants de parasites',
    'ces parasites-là dans mon ordi m\'ont fait perdre mes photos',
    'Les animaux qui dorment dehors l\'hiver ont besoin d\'un abri',
    'Les parasites qui vivent dans l\'intestin du chien se traitent bien',
    'Les animaux manifestent des signes de stress pendant les feux d\'artifice',
    'Ces déchets exigent un traitement spécial à l\'écocentre',
    'les animaux étudiés par les biologistes du parc',
    'Les rats travaillent fort dans le labo de l\'université',
    'Ces parasites conduisent à des infections graves',
    'les chiens de traîneau travaillent fort l\'hiver',
    'Mes animaux parlent à leur manière, je les comprends',
    'les poubelles du parc débordent encore',
    'Les coquerelles paient pas de loyer mais elles restent pareil 😂',
    'c\'est pas des parasites qui quêtent, c\'est des humains dans le besoin',
    'On dit pas « ces animaux-là votent », on parle de citoyens',
    'Les ordures ménagères sont ramassées le jeudi',
    'Les déchets qui dorment dans la ruelle depuis le déménagement',
    'Les rats sortent la nuit près des vidanges',
    'les punaises de lit dans les HLM, faut appeler l\'exterminateur',
    'Les parasites des poissons du lac sont étudiés par l\'UQTR',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// Protesting and driving need what a person does them with (« manifestent des signes », « conduisent à » are a thing's),
// and a comma after the noun taken up by « ils »: dropped to keep the worker's size (round 24 size cap).
describeKnownMisses(
  [
    'les rats qui manifestent devant l\'hôtel de ville, tassez-vous',
    'Ces animaux, ils conduisent comme des malades sur le boulevard',
  ],
  [],
  'vermin: known misses (a fix makes these fail: move them up)',
);
