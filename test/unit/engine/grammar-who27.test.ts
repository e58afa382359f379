/**
 * Round 27 (who27): a people named by a description instead of its name — « tout ce qui est » + a people's adjective,
 * « ceux qui / le monde qui / les gens qui » + a relative clause whose content marks a people (origin, faith, dress,
 * language, welfare, skin, identity). Each flagged sentence says of the description what would be hate said of the
 * named people; the clean ones use the same words of a thing, a neutral or kind predicate, counter-speech, negation or
 * reported speech. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a people named by a description (round 27): an error and a disrespectful comment',
  [
    // « tout ce qui est » + a people's adjective: the whole people.
    'Tout ce qui est musulman me dégoûte',
    'tout ce qui est arabe m\'écoeure au boutte',
    'Je hais tout ce qui est gai, point final',
    'Tout ce qui est autochtone, j\'haïs ça',
    'J\'haïs tout ce qui est juif 🤮',
    'tout ce qui est africain c\'est de la vermine',
    'Tout c\'qui est immigrant me répugne',
    // A relative clause of origin.
    'Je méprise le monde qui vient d\'ailleurs',
    'le monde qui viennent d\'Afrique sont des parasites',
    'ceux qui arrivent d\'Afrique c\'est toute des voleurs',
    'Je déteste les gens qui viennent de l\'étranger',
    // Faith and dress.
    'les gens qui portent le voile me font vomir',
    'celles qui portent le hijab sont des arriérées',
    'je hais ceux qui vont à la mosquée',
    'Le monde qui prient Allah c\'est de la racaille',
    // Language.
    'je méprise le monde qui parle pas français',
    'ceux qui parlent arabe me dégoûtent',
    // Welfare.
    'Je méprise le monde qui vit sur l\'aide sociale',
    'Je méprise profondément le monde qui vivent sur le BS, des parasites',
    'les gens qui vivent sur le BS sont des sangsues',
    // Skin, identity said after a copula.
    'Je hais ceux qui ont la peau noire',
    'ceux qui sont musulmans me dégoûtent',
    'les personnes qui sont trans sont des malades mentaux',
    'ceux qui sont gais devraient crever',
  ],
  [
    // A thing, a neutral or kind predicate.
    'Tout ce qui est organisé par la Ville me plaît',
    'tout ce qui est musulman ou juif est bienvenu à la fête de quartier',
    'J\'adore tout ce qui est arabe comme bouffe',
    'Je déteste tout ce qui est raciste',
    'Je hais tout ce qui est gras, ça me donne mal au coeur',
    'le monde qui vient au marché le samedi est ben content',
    'Ceux qui viennent d\'arriver au Canada ont droit à des cours de français',
    'Le monde qui vient d\'ailleurs est toujours le bienvenu à Trois-Rivières',
    'ceux qui arrivent d\'Afrique pour les récoltes ont droit à un logement décent',
    'je déteste ceux qui vont à l\'étranger pour se faire soigner',
    'celles qui portent le voile ont le droit de travailler à la Ville',
    'ceux qui font de la voile au lac Saint-Pierre sont chanceux',
    'les gens qui parlent pas français peuvent appeler au 311, on a des interprètes',
    'le monde qui vit sur l\'aide sociale a besoin de logements abordables',
    'Ceux qui vivent sur le BS méritent notre respect',
    'ceux qui ont la peau sèche devraient mettre de la crème',
    'ceux qui sont gais peuvent compter sur nous',
    // Counter-speech: hating the haters.
    'Je méprise ceux qui insultent le monde qui vient d\'ailleurs',
    'je hais ceux qui crachent sur les gens qui portent le voile',
    // Negation.
    'Je méprise pas le monde qui vient d\'ailleurs',
    'tout ce qui est musulman me dégoûte pas pantoute, au contraire',
    // Reported speech.
    'Mon voisin dit qu\'il méprise le monde qui vit sur le BS, franchement c\'est honteux',
    'Il a écrit « tout ce qui est juif me dégoûte » et il a été condamné',
    // Ordinary life.
    'ceux qui viennent de partir en vacances reviennent lundi',
    'les gens qui viennent de Montréal pour le festival sont nombreux',
    'ceux qui ont la citoyenneté peuvent voter aux municipales',
  ],
);
