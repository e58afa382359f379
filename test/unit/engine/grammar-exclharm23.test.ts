/**
 * Round 23 (exclusion and misfortune): rights shut to a people (« … devraient pas pouvoir entrer / rentrer »), « aucun … devrait
 * pouvoir adopter », a right taken from an age (a warning), a house of worship refused with its refusal said next, falling ill
 * and a misfortune befalling wished, and the jussive without « que » (« Crèvent donc, les … »). Written for this round, not
 * copied from any set; each with clean counterparts in the same words.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'round 23 exclusion and misfortune: flagged (a warning may do)',
  [
    'Les musulmans devraient pas pouvoir entrer au Canada',
    'les haïtiens devraient jamais pouvoir rentrer dans nos bars',
    'Les gais devraient pas pouvoir étudier au cégep avec nos jeunes',
    'Les Chinois devraient pas pouvoir posséder des terres agricoles',
    'Aucun couple gai devrait pouvoir adopter',
    'Aucune lesbienne devrait avoir le droit d\'enseigner',
    'aucun musulman devrait pouvoir se présenter aux élections',
    'Les vieux devraient pus pouvoir voter',
    'Les boomers devraient perdre le droit de vote, y seront pu là',
    'Pas de mosquée icitte. Jamais.',
    'pas de synagogue au centre-ville, non merci',
    'Pas de permis pour une mosquée dans le quartier. Qu\'ils aillent prier ailleurs',
    'Pas de permis de construction pour une synagogue ici, pas question',
    'j\'espère que les juifs vont tous tomber malades',
    'J\'espère que les Asiatiques qui ont ouvert le resto vont tomber malades',
    'Pourvu qu\'y arrive malheur à ces Sikhs-là',
    'je souhaite qu\'un malheur arrive aux Roms du camping',
    'Crèvent donc, les Arabes.',
    'Crèvent, les Haïtiens 🤮',
    'que le covid en ramasse une couple dans les résidences',
  ],
  [
    'Les chiens devraient pas pouvoir entrer au parc',
    'Les jeunes devraient pas pouvoir rentrer dans les bars avant 18 ans',
    'Aucun enfant devrait pouvoir entrer sans adulte',
    'Aucun élu devrait pouvoir voter sur son propre dossier',
    'Les jeunes de 16 ans devraient avoir le droit de voter',
    'Les musulmans devraient pouvoir entrer au Canada comme tout le monde',
    'Personne dit que les gais devraient pas pouvoir étudier au cégep',
    'Pas de mosquée ici, faut aller à Québec pour prier',
    'Pas de mosquée icitte? Faux, y en a une sur Bellefeuille',
    'Pas de synagogue à Trois-Rivières depuis 1970, c\'est triste',
    'J\'espère que les enfants tomberont pas malades cet hiver',
    'pourvu qu\'il arrive pas malheur aux réfugiés sur le bateau',
    'Le malheur des réfugiés me touche beaucoup',
    'Meurent chaque année des milliers de migrants en mer',
    'Brûlent donc les feuilles mortes, c\'est l\'automne',
    'J\'espère que le covid en ramassera pas trop cet hiver dans les résidences',
    'Une balle perdue a blessé un passant sur la rue',
    'Les aînés tombent malades plus souvent l\'hiver, faites attention',
  ],
  { flaggedMayWarn: true },
);
