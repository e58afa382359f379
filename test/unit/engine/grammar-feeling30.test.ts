/**
 * Round 30: the speaker's feeling read over a clause (hate.ts) stops at what is read, seen or said after the feeling
 * (« j'ai la nausée quand je lis des commentaires contre les … »): the words are what disgusts, the group only their topic.
 * The feeling for the group itself stays an error. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'the feeling for a group itself (round 30): an error, disrespectful',
  [
    'J\'ai de la haine pour les immigrants',
    'jai tellement de haine contre les gais',
    'Nous ressentons une vive antipathie envers les Haïtiens',
    'J\'ai un profond mépris envers les musulmans, je le dis',
    'J\'ai du dégoût pour les autochtones',
  ],
  [
    'J\'ai la nausée quand je lis des commentaires racistes contre les musulmans',
    'J\'ai la nausée à lire des commentaires racistes contre les musulmans',
    'J\'ai du dégoût en lisant les propos haineux contre les autochtones',
    'J\'ai de la haine pour les propos contre les immigrants',
    'J\'ai un haut-le-cœur quand je vois des insultes envers les femmes voilées',
    'jai du degout quand jentends des blagues sur les gais',
    'J\'ai de l\'aversion pour les messages haineux contre les réfugiés',
  ],
);
