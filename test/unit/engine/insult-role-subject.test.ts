/**
 * A figure (« clown », « porc », « dinde ») said of a person named as the subject (grammar/insult.ts): « le maire
 * est un clown », « ta conseillère, c'est une dinde », or set beside the person (« le conseiller Gagnon, un vrai tata »). Without a person as the subject, or as a compound noun or a
 * trade, the word keeps its own sense. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const insults = [
  'Le maire est un clown.',
  'Ton maire, c’est un clown.',
  'Les conseillers sont des clowns.',
  'Le maire est un porc.',
  'La directrice, c’est une cruche.',
  'Le fonctionnaire au comptoir est une vraie buse.',
  // Set beside the person, closing the clause.
  'Le conseiller Gagnon, un vrai tata.',
  'Le maire, un clown qui fait rire de nous.',
  'Les élus, des parasites qui se graissent la patte.',
];
const clean = [
  'Le clown est un artiste.',
  'Mon fils est un clown au cirque du Soleil.',
  'Le maire est un rat de bibliothèque.',
  'Mon voisin élève un porc et deux vaches.',
  'La mascotte du festival est une dinde géante.',
  'Le maire, un homme de parole.',
  'Les conseillers, des bénévoles dévoués.',
  'Ma fille, une vraie dinde de Noël au souper.',
];

describeReading('a figure said of a person named as the subject', insults, clean);
