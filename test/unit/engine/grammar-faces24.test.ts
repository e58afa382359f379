/**
 * Round 24 (faces): a wink emoji closing a sentence that names a people (🤔 😏 😉 🙃 🙄 🤐 😶 🤨 👀 🤷) is the
 * insinuation « comme par hasard » said with a face (hint.ts, stream.ts `winkAt`): a warning to check. Clean: the same
 * sentences with a face of joy, a welcome or a win, praise, a people named by age, a denial, or a face after a
 * sentence that names no people. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a wink emoji beside a people named (round 24): a warning and a disrespectful comment',
  [
    'Les Chinois ont acheté le dépanneur du coin 🤔',
    'Encore des réfugiés qui emménagent dans le bloc 😉',
    'Les Haïtiens sont arrivés sur ma rue le mois passé, pis là les vélos disparaissent 😏',
    'les musulmans veulent une salle de prière au cégep 🙃',
    'Les autochtones ont encore eu une subvention 🙄',
    'Trois familles syriennes sur le même étage 👀',
    'les Roumains du camping de la 55 🤐',
    'Un Arabe au volant de l\'autobus 12 à matin 🤨',
    'Les BS du bloc ont reçu leur chèque 🤷',
    'Le nouveau resto est tenu par des Vietnamiens 😶',
    'Depuis que les Africains sont au Cap, les portes sont barrées. 🤔',
    'Les immigrants ont tous des chars neufs 😉',
  ],
  [
    'Les Chinois ont ouvert un resto au centre-ville 🎉',
    'Bienvenue aux réfugiés dans le quartier 😉',
    'Les Haïtiens ont gagné le tournoi de soccer 😉',
    'Ma voisine est haïtienne pis elle cuisine super bien 😉',
    'Les aînés ont eu leur party au centre communautaire 😉',
    'les jeunes du parc ont encore oublié leur ballon 🙃',
    'Les immigrants ne sont pas des criminels 🙄',
    'Le déneigement est encore en retard sur ma rue 🙄',
    'Le bus 12 était encore en retard à matin 🤔',
    'Merci aux bénévoles syriens pour le souper 😉',
    'Les autochtones ont ouvert une exposition magnifique au musée 😉',
    'Les Philippins du quartier organisent une fête, tout le monde est invité 😉',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
