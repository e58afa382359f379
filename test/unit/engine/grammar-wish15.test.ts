/**
 * Round 15, wishes of harm and exclusion, second pass (written for this file; constructions of the home sets rewritten,
 * not copied):
 * - a people kept out of a public place, the slogan with « pas de / aucun » and the place's complement after it
 *   (« Pas de … dans les vestiaires de l'aréna », « Aucun … dans nos piscines »); access denied under a duty
 *   (« les … devraient pas avoir accès aux … »);
 * - a people taken out of the city's centre or its streets (« sortez les … du centre-ville », « faut les sortir de nos rues »),
 *   an order that opens its clause after a break (« …, envoyez-les à Montréal »);
 * - told to go and do something elsewhere in the jussive (« Les … qu'ils aillent prier dans leur pays »);
 * - a body harm wished on a person or a people (« j'espère qu'il va se casser les deux jambes », « que tu restes infirme »);
 * - the speaker's indifference to a fire or a death (« je vais pas pleurer », « les … peuvent ben toutes mourir »), a
 *   building burnt with them inside (« que la mosquée brûle avec eux dedans »).
 * Flagged rows need a 3.2 finding (an error or a warning to check) and a disrespectful comment; clean rows get no error.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

export const flagged = [
  // Kept out of a public place.
  'Pas de trans dans les vestiaires, qu’ils se changent chez eux',
  'pas de musulmans dans nos écoles',
  'Pas de Roms dans nos piscines',
  'Pas de Noirs dans la piscine 😡',
  'Aucun immigrant dans les HLM de la ville, on a assez de nos pauvres',
  'Aucun Noir dans notre piscine municipale',
  'Aucune femme voilée dans les bureaux de la ville',
  'Les trans devraient même pas avoir accès aux toilettes des femmes',
  'Les réfugiés devraient pas avoir accès à nos hôpitaux',
  // Taken out of the centre or the streets, the order after a break.
  'Sortez les itinérants du centre-ville au plus vite',
  'Les quêteux faut les sortir de nos rues pis vite',
  'Fermez le refuge pis sortez les BS du centre-ville',
  'on en veut pas ici, envoyez-les à Montréal, les itinérants',
  'Faudrait sortir les Roms de notre quartier',
  'Ça presse, expulsez les Haïtiens du centre-ville',
  // Told to go and do something elsewhere.
  'Les musulmans qu’ils aillent prier dans leur pays',
  'Les immigrants qu’ils aillent vivre ailleurs',
  'les Chinois qu’ils aillent manger leurs affaires chez eux',
  'Les Mexicains, qu’ils aillent travailler en Ontario',
  'Les juifs qu’ils aillent s’installer ailleurs, on en veut pas',
  // A body harm wished on a person or a people.
  'Le voisin qui a déneigé sur mon terrain, j’espère qu’il va se casser les deux jambes',
  'j’espère que le maire va se péter la colonne en glissant sur la glace',
  'j’espère que tu vas te casser le cou dans l’escalier',
  'J’espère que les immigrants vont se casser les jambes sur nos trottoirs',
  'pis j’espère que tu restes paralysé le reste de tes jours',
  'Pourvu qu’elle finisse en chaise roulante, la conseillère',
  'J’espère qu’il va rester infirme toute sa vie ce chauffard-là',
  'Que les gais se brisent le cou en sortant du bar',
  // Indifference to a fire or a death.
  'S’il y a un feu à leur mosquée, je vais pas pleurer',
  'un feu au refuge des itinérants? je vais pas brailler certain',
  'Les boomers peuvent ben toutes crever de la grippe',
  'Les itinérants peuvent bien mourir de froid, on s’en fout',
  'les immigrants peuvent ben tous se noyer dans le fleuve',
  'Les vieux du CHSLD peuvent ben mourir du covid',
  // A building burnt with them inside.
  'Que la mosquée brûle avec eux autres dedans',
  'J’espère que leur synagogue va sauter avec eux dedans',
  'que le refuge brûle avec tous les BS dedans',
  'Pourvu que la mosquée passe au feu avec eux',
  'Qu’ils brûlent dans leur mosquée, les musulmans',
];

export const clean = [
  // Rules for things, ages and roles; services meant for a people; news.
  'Pas de chiens dans les parcs du centre-ville',
  'Trop d’itinérants dans les parcs, faut ouvrir des refuges',
  'Pas d’enfants dans la piscine',
  'Pas de problème avec les trans dans les vestiaires, c’est la loi',
  'Pas de toilettes pour les trans dans les écoles, c’est un scandale',
  'Il y a pas d’itinérants dans la bibliothèque le dimanche',
  'Pas d’enfants dans la piscine sans un adulte',
  'Pas d’hommes dans les vestiaires des femmes, c’est le règlement',
  'Aucun employé dans les bureaux de la ville avant 8 h',
  'Pas de vélos dans les autobus de la STTR',
  'Les réfugiés devraient avoir accès à nos hôpitaux comme tout le monde',
  'Les trans ont pas accès aux toilettes de l’aréna, faut régler ça',
  'Personne devrait empêcher les trans d’avoir accès aux toilettes',
  // Taken out of somewhere as care or a thing.
  'Sortez les poubelles du centre-ville avant jeudi',
  'Sortez les enfants de l’école en cas d’alerte',
  'Les pompiers ont sorti les itinérants du refuge en feu',
  'Faut sortir les itinérants de la rue en leur donnant un logement',
  'Envoyez-les à Montréal, les formulaires, c’est là qu’ils se traitent',
  'Fermez le refuge pis sortez les poubelles, c’est jeudi',
  // Going somewhere to do something.
  'Les immigrants qu’ils aillent s’inscrire à la francisation, c’est gratuit',
  'Les jeunes qu’ils aillent jouer au parc, c’est fait pour ça',
  'Les musulmans qu’ils aillent prier à la mosquée de la rue Papineau, elle est ouverte',
  'Les réfugiés qu’ils aillent voir le CIUSSS pour leurs vaccins',
  'Mes enfants qu’ils aillent vivre ailleurs quand ils seront grands',
  // Care, news and negation about a body harm.
  'J’espère qu’il s’est pas cassé les deux jambes en tombant',
  'Mon père s’est cassé la jambe sur le trottoir glacé, déneigez svp',
  'j’espère que tu vas pas rester paralysé après ton accident',
  'J’espère que le maire va se casser la tête pour régler les nids-de-poule',
  'J’espère qu’elle va remarcher, elle est en chaise roulante depuis l’accident',
  'J’espère que les aînés vont pas se casser le cou sur la glace, salez les trottoirs',
  'Le projet, j’espère qu’il va pas se casser la figure',
  // Indifference to things, care for a death.
  'S’il y a un feu dans le vieux garage abandonné, je vais pas pleurer',
  'Je vais pas pleurer si le maire perd ses élections',
  'Les aînés peuvent bien mourir en paix chez eux avec les soins palliatifs',
  'Les jeunes peuvent ben rire, c’est leur fête',
  'Les boomers peuvent ben prendre leur retraite, ils l’ont mérité',
  'Un feu au refuge des itinérants, tout le monde a été évacué, je vais pas pleurer devant mes enfants',
  'Les itinérants peuvent mourir de froid si on ouvre pas le refuge',
  // A building burnt, told or feared.
  'La mosquée a brûlé avec les fidèles dedans en 2017, quelle tragédie',
  'J’espère que la mosquée brûlera jamais avec les fidèles dedans',
  'Le vieux hangar a brûlé avec les outils dedans',
  'Que le refuge reste ouvert avec tous les lits dedans',
];

describeReading('round 15: harm wished and exclusion get a 3.2 finding; rules for things and roles, care, news and negation stay clean', flagged, clean, { flaggedMayWarn: true });

// A public place with its complement after it (« les vestiaires de la piscine X », « nos écoles publiques »), and places
// outside the short list (a bus, a library): a reader of these (a class of public places, the clause ending within a few
// words) cost about 120 o gzip on the worker, over this round's budget.
describeKnownMisses([
  'Pas de trans dans les vestiaires de la piscine Lavallée, qu’ils se changent chez eux',
  'pas de musulmans dans nos écoles publiques',
  'Pas de Roms dans les parcs du centre-ville svp',
  'pas d’Arabes dans les autobus de la STTR 😡',
  'Pas d’itinérants dans la bibliothèque, c’est pas un hôtel',
], []);
