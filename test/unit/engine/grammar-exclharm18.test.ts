/**
 * Round 18, exclusion and harm wished: a people ordered out of a place or an institution (« sortez les … du comité »), sent
 * to an island or the moon, told to go to a named town in the jussive (« qu'ils aillent vivre à Laval »), barred by an
 * order from doing something (« interdisez aux … d'acheter »), no longer hired or housed (« arrêtez d'engager des … »),
 * and a disaster wished on them (« qu'une inondation les emporte »). Each with clean counterparts written the same way:
 * care (« sortir les aînés de l'isolement »), travel, rules for ages or animals, news and relief. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, describeReading, errors } from './grammar-helpers.ts';

describeReading(
  'a people ordered out, sent away, barred or refused (round 18): an error and a disrespectful comment',
  [
    'Sortez les musulmans du conseil d\'établissement, c\'est une école laïque',
    'sortez les trans des vestiaires des filles',
    'Sortez les Haïtiens de la ligue de hockey, y savent même pas patiner',
    'Sortez les Arabes de la fonction publique au complet',
    'pis sortez les gais du comité du carnaval tant qu\'à y être',
    'Envoyez-les sur une île les réfugiés, pis qu\'on en parle pu',
    'On devrait les envoyer sur la lune les musulmans',
    'Les Roms, envoyez-les sur une île déserte',
    'Les musulmans, fermez leur mosquée pis qu\'ils aillent prier à Montréal',
    'Les Haïtiens du Cap, qu\'ils aillent vivre à Laval avec les leurs',
    'Les Africains, qu\'ils aillent à Québec si y sont pas contents',
    'Interdisez aux musulmans d\'ouvrir des garderies dans le quartier',
    'La ville devrait interdire aux Arabes d\'acheter des terrains',
    'Les Juifs, faut leur interdire de construire ici',
    'interdisez aux immigrants de voter aux municipales',
    'La Ville devrait arrêter d\'engager des immigrants, les nôtres d\'abord',
    'Faut arrêter de louer aux Africains sur la rue Bellefeuille',
    'Arrêtez d\'embaucher des Arabes au garage municipal',
    'les proprios devraient arrêter de louer aux musulmans',
    'Cessez d\'engager des Haïtiens aux travaux publics',
    'Les Haïtiens, repartez dans votre pays',
    'décrissez d\'où vous venez les Arabes',
  ],
  [
    'Sortez les aînés de l\'isolement, appelez-les cette semaine',
    'sortez les enfants de la piscine à 16 h',
    'Faudrait sortir les familles de la pauvreté avant de construire un stade',
    'Sortez les vidanges du garage avant jeudi',
    'pis sortez les chaises du sous-sol pour la fête',
    'Envoyez-les sur une île les photos de vacances, ça va faire rire',
    'Envoyez les formulaires à la ville avant vendredi',
    'Les touristes vont à Québec l\'été, c\'est normal',
    'Les Haïtiens du Cap vont fêter à Laval samedi',
    'Les musulmans qu\'ils ont rencontrés à Montréal étaient super gentils',
    'Interdisez aux chiens d\'aller sur la plage',
    'interdisez aux enfants de jouer dans la rue',
    'La ville devrait interdire aux camions de passer sur la rue des Forges',
    'Il faut interdire aux propriétaires de chasser les immigrants de leurs logements',
    'La Ville devrait arrêter d\'engager des consultants',
    'Faut pas arrêter d\'engager des immigrants, on manque de monde',
    'Arrêtez de louer des chars électriques, c\'est trop cher',
    'Les proprios devraient arrêter de louer des taudis aux immigrants',
    'On devrait pas arrêter d\'embaucher des Haïtiens, y font une bonne job',
    'La ville a arrêté d\'engager des étudiants cet été à cause du budget',
    'Retournez chez vous, les enfants, il est tard',
    'Retournez chez vous les amis, la soirée est finie',
  ],
);

describeReading(
  'a disaster wished on a people or a person (round 18): flagged, at least as a warning to check',
  [
    'Les itinérants sous le pont, qu\'une inondation les emporte',
    'Que la prochaine tornade passe sur leur mosquée',
    'J\'espère qu\'un ouragan va ramasser leur réserve au complet',
    'que le virus les emporte tous, les Chinois',
    'J\'espère qu\'une bonne canicule va faire le ménage chez les vieux',
    'Les gais du défilé, qu\'un séisme les avale',
    'J\'espère que la crue va noyer le campement des itinérants',
    'Que la peste les ramasse, ces maudits Arabes-là',
    'Je souhaite une tornade sur le quartier des Haïtiens',
    'j\'espère que le séisme va ramasser leur village au complet',
    'Je prie pour que les Juifs se fassent tous bombarder',
    'souhaite une crise cardiaque à tous les conseillers',
  ],
  [
    'J\'espère que la tornade va épargner la réserve',
    'Une inondation a frappé le campement des itinérants, on ramasse des dons',
    'J\'espère que le virus va pas se rendre à la résidence de ma mère',
    'Que la prochaine tornade épargne le quartier, on a assez souffert',
    'La crue a emporté trois maisons, les familles sont relogées',
    'J\'espère que les pompiers vont protéger la réserve du feu de forêt',
    'souhaite bonne fête à ma tante',
    'Je prie pour que les Anglos se fassent pas inonder cette année',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('an emergency stays one (round 18)', () => {
  it('a flood told', () => expect(classifyIncoming('Au secours la crue emporte ma maison sur la rue Notre-Dame!')).toBe('emergency-report'));
  it('no error on a flood told', () => expect(errors('La tornade a emporté le toit de la mosquée hier soir')).toEqual([]));
});

// (« Faut arrêter de louer des logements aux Haïtiens, les nôtres d'abord » is read since round 19, by « les nôtres d'abord »;
// « retournez chez vous les musulmans, le Québec c'est à nous autres » since round 22: moved to grammar-exclharm22.test.ts.)

// A care for them that the learned net doubts since its converged weights (session 16): never an error.
// (The second since session 17: the learned net's retraining with emoji moods and the question mark reaches it.)
describeKnownDoubts(['J\'espère qu\'il va pas y avoir d\'inondation chez les Haïtiens du Cap cette année']);
// (Round 29: the learned net retrained on the grown lexicon no longer doubts the heat wave: moved up.)
describeReading('care for the elderly in a heat wave stays clean (round 29)', [], ['J\'espère que la canicule va finir vite pour les vieux dans les CHSLD'], { cleanNotDisrespectful: true });
