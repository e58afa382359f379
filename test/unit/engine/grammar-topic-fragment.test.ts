/**
 * A people named in one sentence, then what they are said in the next without a verb (« Parlons des … . Des
 * parasites. »), and one member described by a noun (« un voisin musulman ») taken up by « ils … tous ». Each
 * flagged sentence failed on 97df655.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'a verbless sentence of what a people named just before is',
  [
    'Parlons des Arabes. Des parasites de père en fils.',
    'Encore des Roms sur la rue. Des parasites.',
    'Y’a des itinérants qui dorment au parc. Des déchets humains, rien d’autre.',
    'Je les vois tous les jours, les Tamouls du coin. Des cafards.',
  ],
  [
    'Des itinérants au parc. Des rats partout.',
    'J’ai vu des réfugiés à la télé. Des criminels les ont attaqués.',
    'On accueille des réfugiés. Des gens courageux.',
    'J’ai aidé des itinérants hier. Des déchets humains, selon mon voisin.',
    'Les réfugiés arrivent. Des parasites? Non, des familles.',
    'Des Haïtiens ont ouvert un restaurant. Des délices, leurs plats.',
    'Les Roms ont été chassés de partout. Des victimes, encore une fois.',
  ],
);

describeReading(
  'one member described by a noun, then « ils … tous »',
  [
    'J’ai un voisin musulman. Ils sont tous des terroristes.',
    'J’ai un collègue gai. Ils sont tous des pervers.',
    'Ma belle-sœur est mariée à un gars haïtien. Ils sont toutes des bêtes, ces gens-là.',
    'Mon coloc indien fait du cari. Ils sont tous des parasites.',
  ],
  [
    'J’ai un voisin musulman. Ils sont tous très gentils avec nous.',
    'Ma voisine haïtienne et son mari sont venus. Ils sont tous les deux adorables.',
    'J’ai un collègue gai. Ils sont tous invités au party.',
  ],
);

// « de la » before the noun does not open the fragment, and a clause of the speaker's after it (« je te dis ») ends the reading.
describeKnownMisses(['On a encore accueilli des réfugiés cette année. De la vermine.', 'Les nouveaux voisins sont des Haïtiens. Des animaux, je te dis.'], []);

describeReading(
  'a member with a quality set out first, then « j’en ai jamais vu »',
  ['Un Arabe honnête, j’en ai jamais rencontré.', 'Une femme intelligente, j’en ai pas encore croisé.', 'Un immigré honnête, j’en ai jamais vu de ma vie.'],
  ['Une femme intelligente, j’en ai jamais vu autant dans une même salle!', 'Un Arabe honnête? J’en ai rencontré des centaines.', 'Un Arabe honnête, j’en connais plein.'],
);

describeReading(
  'a people driven off by force',
  ['Les Roms, faut les chasser à coups de pied.', 'On devrait chasser les immigrés à coups de bâton.', 'Il faudrait renvoyer les réfugiés à grands coups de pied.'],
  ['On a chassé les ratons laveurs à coups de balai.', 'Les Roms ont été chassés à coups de pierre, c’est honteux.'],
);

describeReading(
  'a relative that only says they are here does not restrict the people',
  ['Dégoûté par tous les immigrés qu’il y a ici.', 'Écoeuré par tous les musulmans qu’on voit partout.', 'Je déteste les Haïtiens qui vivent ici.'],
  ['J’aime pas les jeunes qui flânent au parc.', 'Écœuré par les jeunes qui traînent au parc le soir.', 'Dégoûté par le sort des réfugiés qu’il y a ici.', 'Dégoûté par le sort des réfugiés.', 'Écœurée par le traitement réservé aux Autochtones.'],
);
