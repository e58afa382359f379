/**
 * Session 18 (herds): a people counted as a herd or a swarm (« une meute de … », « un troupeau de … », « une horde de … »)
 * or said to infest a place (« infesté de … ») is dehumanised (lexicon-claims.ts `overrunBy`: the group named right
 * after). Clean: real animals, crowds that are no people of the grammar (fans, tourists), children, counter-speech and
 * negation. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a people counted as a herd or said to infest a place (session 18): flagged and a disrespectful comment',
  [
    'Une meute de BS devant le dépanneur à matin',
    'un troupeau de musulmans à la piscine le samedi',
    'Le Cap est rendu infesté d’Haïtiens',
    'Une horde de réfugiés au centre-ville, merci Ottawa',
    'encore un essaim de Chinois au marché',
    'La rue Royale est infestée d’itinérants',
    'Une nuée de Roumains au camping de la 55',
    'Un cheptel d’immigrés dans le bloc à côté',
  ],
  [
    'Un troupeau de vaches sur la route 138, ralentissez',
    'Une horde de fans au Colisée pour le show',
    'Une meute de loups a été vue près du camping',
    'Le parc est infesté de moustiques ce soir',
    'Un essaim de jeunes bénévoles est venu nettoyer le parc',
    'Une nuée d’enfants au jeu d’eau, quel beau samedi',
    'Parler d’une horde de réfugiés, c’est raciste',
    'C’est pas une meute de BS, c’est du monde qui attend l’autobus',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
