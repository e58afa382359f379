/**
 * Three reaches of the frames (written for this file, not copied from any data set):
 * - the speaker's future of starting or going on (« quand je commencerai à leur tirer dessus », grammar/lexicon-threat.ts);
 * - a long modal (« dans un monde juste ») reaching as far past its end as a short one (grammar/hate.ts), so that « les …
 *   comme vous » fits before the harm;
 * - a state after a group's name (« les … malades », « les … pauvres ») picking some members, still the group (grammar/groups.ts).
 */
import { describeReading } from './grammar-helpers.ts';

const harmful = [
  'Ces immigrés vont arrêter de rire quand je commencerai à leur tirer dessus.',
  'Les réfugiés, je commencerai par les pendre.',
  'Dans un monde parfait, les musulmans comme vous seraient tous pendus.',
  'Si ça ne tenait qu’à moi, les gais comme toi seraient tous enfermés.',
  'Les immigrés malades devraient être soignés par un vétérinaire.',
  'Les musulmans pratiquants sont des parasites.',
];
const clean = [
  'Je commencerai à leur parler demain.',
  'Quand je commencerai à travailler, je paierai mes taxes.',
  'Dans un monde idéal, les aînés comme vous seraient tous en santé.',
  'Les femmes enceintes ont droit à un stationnement réservé.',
  'Les aînés malades peuvent appeler ce numéro.',
  'Les immigrants illégaux, ça n’existe pas : personne n’est illégal.',
];

describeReading('reaches of the frames', harmful, clean);
