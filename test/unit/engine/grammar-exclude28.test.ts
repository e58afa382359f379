/**
 * Round 28 (exclusion): the way out shown to the discontented (« les … pas contents, l'avion part à 6 h », « l'Ontario est pas
 * loin »), with clean counterparts (a late flight, a near office, no people). Classes studied but not kept within the size cap
 * (« … oui, … non merci »): see the round's notes. The lead restored two cut classes (a people kept from a welcome or barred
 * from acting, « c'est pas leur place »), with rows of his own.
 * Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'the way out shown to the discontented (round 28)',
  [
    'Les Anglais pas contents? L\'Ontario est pas loin',
    'les musulmans pas contents de nos lois, l\'aéroport est pas loin',
    'Les immigrants qui sont pas contents, l\'avion part tous les jours',
    'Les Haïtiens pas contents du Québec, l\'avion part demain matin',
    'les Français pas heureux icitte, la France est pas loin en avion',
    'les Arabes pas contents de la loi 21, le bateau part à soir',
  ],
  [
    'Les passagers sont pas contents, l\'avion part en retard',
    'Les citoyens pas contents du déneigement, le bureau de la conseillère est pas loin',
    'Mon fils est pas content, l\'autobus part trop tôt le matin',
    'Les parents sont pas contents, l\'école est loin',
    'Mes voisins sont pas contents, l\'avion part à 6 h pis le taxi est en retard',
    'Dire aux immigrants pas contents que l\'avion part demain, c\'est du racisme',
    // (Second read: tourists going home are no people sent off, a warning at most; a wrong refused is no exclusion.)
    'Les touristes français pas contents de la météo, l\'avion part demain pour Paris',
    'Les femmes c\'est pas leur place d\'être payées moins que les hommes',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a people kept from a welcome or barred from acting, and « pas leur place » (round 28, lead)',
  [
    'Les Marocains, les écoles devraient même pas avoir le droit de les engager',
    'les proprios devraient pas pouvoir leur louer, aux Haïtiens',
    'Les musulmans faudrait les empêcher d\'ouvrir des mosquées',
    'les trans faut leur interdire de se présenter au conseil',
    'Les femmes en politique, c\'est pas leur place',
    'les Autochtones c\'est pas leur place au centre-ville',
    'Les immigrants, on devrait pas avoir le droit de les embaucher à la ville',
    'Les gais c\'est pas à leur place dans une école primaire',
  ],
  [],
  { flaggedMayWarn: true },
);

describeReading(
  'bans, roles and contrasts that must stay clean (round 28)',
  [],
  [
    'On devrait interdire aux chiens d\'entrer au parc',
    'La ville devrait interdire aux camions de passer sur la rue des Forges',
    'faudrait leur interdire de fumer sur les terrasses, les clients',
    'Il faut empêcher les musulmans de se faire harceler dans la rue',
    'On devrait pas interdire aux immigrants d\'ouvrir des commerces',
    'Interdire aux Haïtiens d\'acheter des maisons, c\'est du racisme pur',
    'Les proprios devraient pas pouvoir refuser de louer aux Arabes',
    'Les écoles devraient avoir le droit de les engager, les enseignants immigrants',
    'Les réfugiés, faudrait les empêcher de se faire exploiter par les agences',
    'Les femmes ont toute leur place en politique',
    'Les itinérants c\'est pas leur place dehors l\'hiver, ouvrez le refuge',
    'Les chiens c\'est pas leur place au resto',
    'Dire que les femmes c\'est pas leur place en politique, c\'est dépassé',
    'Les enfants c\'est pas leur place dans un bar',
    'Les réfugiés c\'est pas leur place dans la rue, ça prend des logements',
    'Les chiens au parc oui, dans les jeux d\'eau non merci',
    'Les réfugiés au centre-ville oui, ils ont besoin des services',
    'Les enfants, qu\'ils restent dans la cour à la récré',
    'Les Mexicains, qu\'ils restent dans la région, on a besoin d\'eux',
  ],
);
