/**
 * Session 18 (idleness): laziness said of a people as a habit (« se lèvent pas avant midi », « dorment jusqu'à midi », « font
 * la sieste toute la journée », « ont jamais travaillé une journée de leur vie », « se pognent le beigne »: lexicon-predicates.ts,
 * said of people by their identity). Clean: a role or a person, babies, night work, the old without care in a CHSLD. Written
 * for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'idleness said of a people (session 18): flagged and a disrespectful comment',
  [
    'C’est connu que les BS se lèvent pas avant midi',
    'les assistés sociaux dorment jusqu’à midi pendant qu’on paye',
    'Les Mexicains font la sieste toute la journée dans les champs',
    'Les immigrés ont jamais travaillé une journée de leur vie',
    'Les Autochtones se pognent le beigne pis on paye',
    'Ces réfugiés-là n’ont jamais travaillé de leur vie',
  ],
  [
    'Mon chum se lève pas avant midi le samedi',
    'Les bébés dorment toute la journée les premières semaines',
    'Les gardiens de nuit dorment jusqu’à midi, faites moins de bruit',
    'Les aînés passent leurs journées à rien faire dans les CHSLD faute de personnel',
    'Les préposées n’ont jamais travaillé une journée sans courir',
    'Dire que les BS se lèvent pas avant midi, c’est un préjugé',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
