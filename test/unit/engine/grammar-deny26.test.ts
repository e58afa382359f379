/**
 * Round 26 (deny26): exclusion as a class — a people denied a right, a service, a permit or a place, or kept apart from
 * us. Each flagged sentence has clean counterparts written with the same words: advocacy, a rule about a thing or a
 * behaviour, an age rule that is law, news, counter-speech. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a people denied a right, a service or a permit; kept apart from us (round 26): an error and a disrespectful comment',
  [
    // The business of a people refused (a noun and the people's adjective).
    'La ville devrait refuser les permis aux restaurants chinois, y sont toujours sales',
    'faudrait couper les subventions aux épiceries africaines',
    'Refusez les licences aux dépanneurs arabes',
    'la mairie devrait retirer les permis aux commerces musulmans du centre-ville',
    // A right reached only after a wait imposed on a people.
    'Les immigrants devraient attendre dix ans avant d\'avoir droit au chômage',
    'les réfugiés devraient attendre 5 ans avant d\'avoir accès à un médecin de famille',
    'Les Haïtiens mériteraient d\'attendre quinze ans avant d\'avoir le droit de voter',
    'Les musulmans devraient tous attendre avant d\'avoir droit aux soins',
    // Kept apart so that contact with us is avoided.
    'Faudrait des heures séparées à la piscine pour pas que nos enfants se baignent avec les autistes',
    'Les trisomiques devraient avoir leurs propres heures au parc, pas jouer avec nos enfants',
    'les noirs devraient avoir leur propre autobus pour pas s\'asseoir avec nous',
    'On devrait faire des classes à part pour les immigrants, pas qu\'ils soient avec nos jeunes',
    'Les gais devraient avoir leurs propres vestiaires à l\'aréna pour pas se changer avec nos gars',
    'faut des entrées séparées pour les musulmans pour pas qu\'ils soient mêlés avec nous autres 😡',
    // « ceux qui » and a condition that names a people.
    'Ceux qui portent le voile devraient perdre le droit de vote',
    'Ceux qui sont sur l\'aide sociale devraient perdre leur droit de vote',
    'Ceux qui portent un turban devraient pas pouvoir enseigner',
    'ceux qui vivent sur le BS devraient perdre le droit de voter, y paient pas de taxes',
  ],
  [
    'La ville devrait refuser les permis aux restaurants qui font trop de bruit',
    'faudrait couper les subventions aux épiceries qui vendent de l\'alcool aux mineurs',
    'La ville devrait accorder les permis aux restaurants chinois plus vite',
    'On devrait pas refuser les permis aux commerces africains',
    'Les immigrants doivent attendre trois mois avant d\'avoir droit à la RAMQ, c\'est la loi',
    'Les réfugiés ne devraient pas attendre 5 ans avant d\'avoir accès à un médecin',
    'Les jeunes devraient attendre 18 ans avant d\'avoir le droit de voter',
    'Les patients devraient attendre moins longtemps avant d\'avoir accès à un médecin',
    'Pas de job au municipal pour les étudiants cet été, le budget est coupé',
    'Pas de vote pour les moins de 18 ans, c\'est la loi',
    'Aucun logement dans nos HLM pour les réfugiés cet hiver, c\'est une honte',
    'On devrait donner le droit de vote aux résidents permanents',
    'Les personnes handicapées devraient avoir accès à la piscine',
    'Faudrait des heures séparées à la piscine pour les cours de natation',
    'Les aînés devraient avoir leurs propres heures au parc, pas jouer avec nos enfants qui courent partout',
    'Les personnes autistes devraient avoir leurs propres heures à la piscine, c\'est plus calme pour elles',
    'On devrait interdire les chiens à la plage, pas qu\'ils se baignent avec nos enfants',
    'Les femmes ont des heures réservées à la piscine le mardi soir',
    'Ceux qui portent le voile ont le droit de voter comme tout le monde',
    'Pas de job à la ville pour ceux qui ont pas leur diplôme',
    'Ceux qui sont sur l\'aide sociale devraient avoir droit à un médecin de famille',
    'ceux qui vivent sur le BS devraient avoir accès à des logements',
    'Dire que les immigrants devraient attendre dix ans avant d\'avoir droit à l\'aide sociale, c\'est du racisme',
    'Les moins de 18 ans ont pas le droit de vote',
    'Ceux qui conduisent en état d\'ébriété devraient perdre leur permis',
  ],
);

describeReading(
  'a slogan refusing a people a right, a job or a home (round 26): a finding to check, a disrespectful comment',
  [
    'Pas de job au municipal pour les immigrants',
    'Pas de vote pour les musulmans',
    'Aucun logement dans nos HLM pour les réfugiés',
    'Pu une cenne de nos taxes pour les autochtones',
    'Pas de droit de vote aux municipales pour les immigrés',
    'Pas de job à la ville pour celles qui portent le hijab',
    'pas de vote pour ceux qui portent la kippa',
  ],
  [
    'Pas de vote pour ceux qui ont pas la citoyenneté, c\'est la loi',
    'Pas de job au municipal pour les jeunes cet été',
    'Pas de logement pour ceux qui sont nés en janvier? voyons donc',
    'Pas de vote pour les moins de 18 ans',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'hours or a place apart that avoid nobody of a people (round 26): no error',
  [],
  [
    'Les femmes devraient avoir leurs propres heures à la piscine, pas se baigner avec des hommes qui les regardent',
    'Les enfants devraient avoir leurs propres heures à la piscine, pas se baigner avec les adultes',
    'Faudrait pas des heures séparées pour les musulmans, ils peuvent se baigner avec nous',
    'Il dit que les handicapés devraient avoir leurs propres heures pour pas se baigner avec nos enfants, c\'est dégueulasse',
  ],
);
