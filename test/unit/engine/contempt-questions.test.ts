/**
 * Questions that deny the reader any standing or use (grammar/lexicon-person.ts, condescension; lexicon-insult.ts,
 * dismissals): no bad word, no answer expected, and contempt all the same — on the City's account and in a
 * received comment, also when the reader is addressed as a member of a group. Real questions built on the same
 * words stay clean, and a skill asked about with its object is a real question. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const sneers = [
  'Tu te prends pour qui?',
  'Pour qui vous vous prenez, au juste?',
  'Vous vous prenez pour qui, vous autres à la Ville?',
  'Vous servez à quoi, au juste?',
  'À quoi tu sers, franchement?',
  'T’es qui, toi, pour me dire quoi faire?',
  'Qui êtes-vous pour juger les gens du quartier?',
  'Vous êtes payés pour quoi, au juste?',
  'Les immigrés, j’en ai rien à cirer.',
  'J’en ai rien à battre de vos plaintes.',
  // Addressed as a member of a group.
  'Vous les handicapés, vous servez à quoi au juste?',
  'Tu te prends pour qui, avec ta face d’immigré?',
];
const clean = [
  'Pour qui est-ce que je dois voter?',
  'À quoi sert ce formulaire?',
  'Ça sert à quoi, ce bouton?',
  'Tu te prends un café avant la réunion?',
  'Pour qui sont les places réservées?',
  'Vous n’avez pas à avoir honte de demander de l’aide.',
  'Il n’y a pas de honte à poser des questions.',
  // A reproach, not contempt (said to someone who spoke hate, it is counter-speech).
  'N’avez-vous pas honte de traiter les citoyens ainsi?',
  'Savez-vous lire les nouveaux panneaux de stationnement?',
  'Sais-tu lire une carte topographique?',
  'Savez-vous lire sa facture d’eau en ligne?',
  'Il n’y a rien à battre, mélangez doucement.',
  'Qui a pensé à organiser la fête? Merci!',
];

describeReading('questions that deny the reader any standing', sneers, clean, { cleanNotDisrespectful: true });
