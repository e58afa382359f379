/**
 * Veiled threats said to the City's people (idioms: what will happen is left unsaid), and the City's own
 * words of care that share their words (« Faites attention à vous sur les routes »), which were errors on
 * 3c126ba. Each flagged sentence failed there too, except the two kept from before.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'veiled threats: what will come to the reader is left unsaid',
  [
    'Vous allez voir de quel bois je me chauffe.',
    'Le maire ferait mieux de surveiller ses arrières.',
    'T’es mieux de surveiller tes arrières, le conseiller.',
    'Je vais péter une coche pis quelqu’un va y goûter.',
    'Ce serait dommage qu’il arrive quelque chose à vos enfants.',
    'Ça serait plate qu’il t’arrive un accident.',
    'Faites attention à vous, on sait jamais ce qui peut arriver.',
    'Fais attention à toi, je te surveille.',
    'Faites attention à vous quand vous sortez de l’hôtel de ville.',
    'Ça va mal finir pour toi.',
    'Ça va mal finir pour le maire, je vous le dis.',
  ],
  [
    'Faites attention à vous sur les routes glacées ce soir!',
    'Bonne soirée, faites attention à vous.',
    'Fais attention à toi en revenant du travail, il neige fort.',
    'Faites attention à vous quand vous sortez ce soir, les routes sont glacées.',
    'Ça va mal finir si on ne répare pas le pont.',
    'Ça va mal finir, cette histoire de pont.',
    'Ce serait dommage qu’il arrive quelque chose au parc pendant la tempête.',
    'Vous allez voir, la nouvelle piscine est superbe.',
    'Les enfants vont y goûter, à la nouvelle crèmerie!',
    'Surveillez vos enfants près de l’eau.',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'violence in a game or a tale: a creature, not a person',
  ['Faut égorger le maire.'],
  ['Dans le jeu, faut égorger le dragon avant qu’il crache du feu.', 'Il faut étrangler le zombie avant la fin du niveau.', 'Il faut égorger le mouton pour la fête.'],
);
