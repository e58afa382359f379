/**
 * Round 21, precision: clean sentences that got an error. A danger said after a clause of what people do, or a danger to
 * them (« ils marchent sur l'accotement, c'est dangereux pour eux »), is the danger of that doing; « c'est pas vrai que
 * je déteste les … » is the speaker's own denial; « ce sont nos voisins » opens a clause (no person insulted by « c'est
 * dégueulasse »); an insulting adjective said of words or a service judges them, not a person; « pour aller à l'école »
 * and « je vais retourner à l'école » are a purpose and a plan, no order to the reader. Each has its hateful counterpart
 * with the same words. Written for this round.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'danger of a doing, a denial of one\'s own feeling, words judged, school as a plan (round 21)',
  [
    'Les immigrants, c\'est dangereux.',
    'Les musulmans sont partout, c\'est dangereux.',
    'Les Haïtiens. C\'est dangereux pour nos enfants.',
    'Les réfugiés sont dangereux pour nos enfants.',
    'Je déteste les autochtones.',
    'C\'est vrai que j\'haïs les Arabes, pis je m\'en cache pas.',
    'C\'est dégueulasse, ce gars-là.',
    'T\'es pathétique.',
    'Les immigrants sont pathétiques.',
    'Vous êtes pathétiques, gang de caves.',
    'Retourne à l\'école.',
    'T\'as besoin de retourner à l\'école, mon homme.',
    'Tu devrais retourner à l\'école avant d\'écrire.',
    'Faudrait retourner à l\'école, toi.',
  ],
  [
    'Les travailleurs agricoles ont-ils un autobus? Ils marchent sur la 155 le soir, c\'est dangereux.',
    'Les travailleurs étrangers marchent sur l\'accotement la nuit, c\'est dangereux pour eux.',
    'Des itinérants dorment sous le pont du chemin de fer, c\'est dangereux pour eux l\'hiver.',
    'Les aînés traversent le boulevard sans feu de circulation, c\'est dangereux.',
    'Les enfants de l\'école jouent dans la rue, c\'est risqué.',
    'C\'est pas vrai que j\'haïs les autochtones, j\'ai juste critiqué l\'entente.',
    'C\'est faux que je déteste les immigrants, relis mon commentaire.',
    'Quelqu\'un a écrit que les réfugiés sont des rats. C\'est dégueulasse, ce sont nos voisins.',
    'Les commentaires sur la nouvelle brigadière sont pathétiques, elle fait très bien sa job.',
    'Tes commentaires sont pathétiques.',
    'Le service au comptoir est pathétique depuis le mois passé.',
    'Les enfants passent par le parc pour aller à l\'école.',
    'Je vais retourner à l\'école en septembre, j\'ai hâte.',
    'Ma grande veut retourner aux études, elle a hâte d\'aller à l\'école.',
  ],
);
