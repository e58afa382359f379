/**
 * Round 30, dehumanising, attributes and harm wishes in the forms people write: « ceux de » + a place named bare as its
 * people, students as a group named by a role, members in a body or on strike (« au conseil municipal », « en grève ») still
 * the group (groups.ts); « de la vidange humaine », « pas instruits », « des colons pas instruits », « ça comprend rien aux
 * chiffres » (lexicon-predicates.ts); a vile noun living on our backs (« des parasites qui vivent sur notre dos »). As
 * warnings to check: a building wished burning with people inside (misfortune.ts), « j'aimerais ben ça que les … gèlent »
 * (doom.ts); on branch dehum30-extra only (size), pests drawn in by a service (hint.ts), « contre » before a wish, « près de ».
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'dehumanising and attributes in longer forms (round 30): an error, disrespectful',
  [
    'Ceux de Limoilou c\'est de la vermine',
    'Ceux du Cap c\'est toute des déchets',
    'Ceux de Drummond sont des parasites',
    'Les BS c\'est de la vidange humaine',
    'Le monde de Montréal-Nord c\'est de la vidange humaine',
    'les immigres c\'est d\'la vidange humaine',
    'Les étudiants c\'est de la vermine',
    'Les cols bleus en grève c\'est des sangsues',
    'Les fonctionnaires en grève c\'est des parasites',
    'Les femmes au conseil ça comprend rien aux chiffres',
    'Les femmes au conseil municipal ça comprend rien',
    'Les Noirs ça comprend rien aux maths',
    'les musulmans ca connait rien a l\'economie',
    'Les Montréalais sont pas instruits',
    'Les immigrés c\'est toute des colons pas instruits',
    'Le monde de Shawinigan c\'est des colons mal instruits',
    'Les Haïtiens sont mal éduqués',
    'On célèbre des parasites qui vivent sur notre dos',
    'On fête des sangsues qui vivent à nos crochets depuis 50 ans',
    'Ces parasites-là vivent sur notre dos',
  ],
  [
    'Ceux de la rue Principale sont dangereux, les nids-de-poule sont énormes',
    'Ceux des autres villes sont plus beaux',
    'Ceux de Limoilou sont accueillants',
    'Ceux du Cap ont organisé une belle fête',
    'Les vidanges sont ramassées le lundi',
    'La vidange de la fosse septique est due',
    'Les étudiants sont épuisés pendant les examens',
    'Les étudiants près du cégep cherchent un logement',
    'Les cols bleus en grève demandent une hausse de salaire',
    'Les femmes au conseil comprennent très bien les chiffres',
    'Je comprends rien aux chiffres du budget, pouvez-vous expliquer',
    'Les citoyens comprennent rien au nouveau budget parce que c\'est mal expliqué',
    'Mon fils est pas instruit de ses droits, où trouver de l\'aide',
    'Les premiers colons sont arrivés en 1634',
    'Les parasites vivent sur le dos des poissons du lac',
    'Les puces vivent sur nos chiens, faut les traiter',
    'Le centre a brûlé mais il n\'y avait personne dedans',
  ],
);

describeReading(
  'buildings and occupants, freezing wished, pests with a service (round 30): a warning to check, disrespectful',
  [
    'j\'espère que le centre jeunesse brûle avec les petits bums dedans',
    'Que la maison des jeunes brûle avec les p\'tits criss dedans',
    'J\'espère que leur refuge flambe avec les drogués dedans',
    'J\'aimerais ben ça que les itinérants gèlent dehors',
    'J\'aimerais ça que les BS gèlent dehors cet hiver',
    'Les étudiants qui chialent contre les loyers, j\'espère que leur bloc va s\'écrouler sur eux',
    'Les locataires qui manifestent contre la hausse, j\'espère que leur bloc va s\'effondrer',
    'Le logement social sur la rue Principale ça va juste attirer la vermine',
    'Le HLM va attirer les coquerelles, on le sait ben',
  ],
  [
    'J\'espère que le centre brûle pas avec les jeunes dedans',
    'J\'espère que le vieux garage brûle, y a rien dedans',
    'J\'espère que personne va geler dehors cet hiver',
    'J\'aimerais ben ça que les itinérants aient un toit cet hiver',
    'J\'espère que le toit va pas s\'écrouler sur les enfants',
    'Les poubelles du refuge vont attirer les rats, pouvez-vous les vider plus souvent',
    'Le compost va attirer la vermine',
    'Il faut un exterminateur pour les punaises de lit dans notre bloc',
    'Il faut un exterminateur pour le quartier, les rats sont partout depuis les travaux',
    'Les vidanges pas ramassées près du HLM vont attirer les rats',
    'Les vaches de la ferme-école sont belles',
    'Un enclos pour les chiens au parc serait bien',
    // Counter-speech and an idiom (round 32): treated like animals is what they deserve better than; a « bête noire » is a dread.
    'Les réfugiés méritent mieux que d\'être traités comme des chiens',
    'Les itinérants méritent mieux que d\'être traités comme des animaux en cage',
    'Ces bêtes noires des conseillers, les taxes',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('pests with a service and buildings with occupants stay warnings (round 30)', () => {
  it.each(['J\'espère que leur refuge flambe avec les drogués dedans', 'J\'aimerais ben ça que les itinérants gèlent dehors'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});

// Known misses: an animal by picture after a people's team or venue (« des vaches sur la glace » after a women's team, « ces
// bêtes-là ont besoin d'un enclos » after a gay bar), vermin with burrows without a vile noun, « celles de » with a beast, an exterminator for a whole neighbourhood (cut for
// the size budget).
describe('known misses (round 30)', () => {
  it.fails.each([
    'Une ligue de ringuette féminine? des vaches sur la patinoire',
    'Un parc pour les gais? mettez une clôture comme au zoo, ces animaux-là ont besoin d\'une cage',
    'Les étudiants ont transformé les appartements en terriers',
    'Celles de Saint-Michel c\'est des truies',
    'Faudra appeler l\'exterminateur pour tout le quartier quand les BS vont arriver',
  ])('%s', (text) => {
    expect(warnings(text).length + errors(text).length).toBeGreaterThan(0);
  });
  // Cut for the size budget, kept on branch dehum30-extra: « proche de / près de » a place after a people, pests drawn in
  // by a service. (« contre » before a wish read as the people's description came with threat30: those rows moved up.)
  it.fails.each([
    'Les etudiants pres du cegep c\'est des parasites',
    'Les étudiants proche de l\'université c\'est de la vermine',
    'Le nouveau refuge va amener les rats dans le coin',
  ])('%s', (text) => {
    expect(warnings(text).length + errors(text).length).toBeGreaterThan(0);
  });
});
