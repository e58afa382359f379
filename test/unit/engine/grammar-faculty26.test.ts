/**
 * Session 18 (faculty): a mind for a task denied to a people (« ont pas la tête / le niveau / le cerveau / l'intelligence /
 * le talent pour … »: lexicon-predicates.ts, beside « ne savent pas gérer » and « pas faites pour diriger »). Clean: a strength
 * or a capacity said with care, a level of French required, a pupil's level, one's own child, a people not named. Written
 * for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a mind for a task denied to a people (session 18): flagged and a disrespectful comment',
  [
    'Les femmes ont pas la tête pour gérer un budget de ville',
    'les Africains ont pas le niveau pour travailler dans nos hôpitaux',
    'Les Haïtiens ont pas le cerveau pour être médecins',
    'Les Autochtones n’ont pas l’intelligence pour gérer leurs affaires',
    'Les femmes ont pas le talent pour diriger des chantiers',
    'Franchement les immigrés ont pas la tête pour la politique municipale',
  ],
  [
    'Les aînés n’ont pas la force pour pelleter, aidez-les',
    'Les immigrants n’ont pas le niveau de français requis pour ce poste, des cours sont offerts',
    'Les jeunes ont pas la tête à l’école en juin, c’est normal',
    'Mon fils a pas la tête pour les maths, il préfère le dessin',
    'Les élèves n’ont pas le niveau pour passer en secondaire 3, dit le ministère',
    'Les enfants autistes n’ont pas les aptitudes pour suivre en classe régulière sans aide',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
