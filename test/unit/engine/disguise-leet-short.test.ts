/**
 * Digits and symbols for letters where the word is short or the symbol opens it (text/disguise.ts, tokens.ts):
 * « 9 » for « g », an exclamation mark glued before letters (« !mmigrés »), a two-letter frame word whose
 * letter comes first (« n3 », « l4 ») and a common three-letter word (« t0i », « m0i », read in disguise.ts). Ordinals, codes,
 * formats and an exclamation mark between two sentences stay as they are. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const disguised = [
  'Je déteste les immi9rés.',
  'Les trans me dé9oûtent.',
  'Je vais tuer tous les 9ais.',
  'Je méprise les réfu9iés.',
  'Je déteste les !mmigrés.',
  'Les femmes sont !nférieures.',
  'Les handicapés n3 valent rien.',
  'Les musulmans, c’est l4 pire race.',
];
const clean = [
  'Rendez-vous au 7e étage, salle 5e.',
  'Il a fini 9e sur 10, bravo!',
  'Quoi?!Non, c’est faux.',
  'Le modèle b9 est en vente, format A4 ou A3.',
  'Voir l’annexe B3, page 2.',
  'Appelez le 819 555-1234 entre 9h et 17h.',
  'Merci!Bonne journée.',
];

describeReading('short words and opening symbols read back as letters', disguised, clean);
