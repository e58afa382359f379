/**
 * Claims against a people (grammar/claims.ts) whose negation is not the clause's: a purpose hung on the group's
 * clause (« … font des enfants pour nous envahir »), a negation that belongs to « sans » (« sans jamais
 * travailler »), and « ne … ni … ni » as a negated norm. Their counter-speech and ordinary purposes stay clean.
 * Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const claims = [
  'Les musulmans font des enfants pour nous envahir.',
  'Les immigrés se marient ici rien que pour nous remplacer.',
  'Les immigrés profitent de nos allocations sans jamais travailler.',
  'Les réfugiés vivent de nos impôts sans rien faire.',
  'Les immigrés ne respectent ni nos lois ni nos valeurs.',
];
const clean = [
  'Les bénévoles font des collectes pour aider les immigrés.',
  'Les musulmans prient pour la paix.',
  'Les immigrés viennent ici pour remplacer les travailleurs qui partent à la retraite.',
  'On accueille les réfugiés pour combler le manque de main-d’œuvre.',
  'Les immigrés ne profitent pas de nos allocations sans travailler.',
  'Ce n’est pas vrai que les immigrés ne respectent ni nos lois ni nos valeurs.',
  'Dire que les musulmans font des enfants pour nous envahir, c’est du racisme.',
];

describeReading('claims whose negation or purpose hangs elsewhere', claims, clean);
