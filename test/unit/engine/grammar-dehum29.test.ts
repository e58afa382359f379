/**
 * Round 29, dehumanising and emotion sentences in the longer forms people write: « le monde du / de » + a place as the whole
 * people (groups.ts), breeding and swarming likened to weeds (lexicon-predicates.ts), « bibittes » as vermin, a run-on
 * « c'est … c'est … » split into clauses so that a negation stays in its own (stream.ts), the speaker's hatred in a relative
 * clause on a group (« des … que je méprise », hate.ts), nausea when a group is met; and, as warnings to check (hint.ts),
 * a place called a dump of people, people called society's waste. Pests arriving with a service that stands for its people
 * (« des rats qui vont débarquer avec le nouveau refuge ») were read too, then cut for the page's size budget: known misses.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'dehumanising in longer forms (round 29): an error, disrespectful',
  [
    'Le monde du Cap c\'est des animaux',
    'Le monde de Saint-Michel c\'est des porcs, y vivent comme des cochons',
    'le monde de Pointe-du-Lac sont des bêtes',
    'Les Haïtiens se reproduisent comme de la mauvaise herbe',
    'Les musulmans se multiplient comme de la mauvaise herbe, faut arracher ça avant que ça envahisse le quartier',
    'les immigres se repandent comme des mauvaises herbes',
    'Les réfugiés prolifèrent comme des mauvaises herbes',
    'Les trans c\'est pas du monde c\'est des erreurs de la nature',
    'Les gais c\'est pas du monde pis c\'est des erreurs de la nature',
    'LES TRANS C\'EST PAS DU MONDE C\'EST DES ERREURS DE LA NATURE',
    'Les autochtones c\'est des bibittes de foire pas du monde',
    'LES MUSULMANS C\'EST DES BIBITTES',
    'Les trans c\'est des bibittes de laboratoire, pas du monde',
  ],
  [
    'Le monde du Cap c\'est du bon monde',
    'Le monde de Saint-Michel sont accueillants',
    'Le monde du Cap c\'est pas des animaux, arrêtez',
    'Les enfants poussent comme de la mauvaise herbe cet été',
    'Les pissenlits se multiplient comme de la mauvaise herbe dans le parc',
    'Les trans c\'est du monde c\'est pas des bibittes',
    'Les trans c\'est pas des erreurs de la nature, c\'est du monde comme nous',
    'C\'est pas ce que c\'est, c\'est juste un chantier',
    'Les bibittes sont nombreuses au parc cet été, apportez du chasse-moustiques',
    'C\'est beau c\'est grand le nouveau parc',
  ],
);

describeReading(
  'emotion in a relative clause or after a group met (round 29): an error, disrespectful',
  [
    'ça me dégoûte de payer des taxes pour des BS que je méprise',
    'je paye des impôts pour des immigrés que je déteste',
    'Encore des musulmans que j\'haïs dans mon bloc',
    'Chaque fois que je croise une femme voilée à l\'épicerie j\'ai la nausée',
    'Quand je vois un gars en turban j\'ai la nausée',
    'Chaque fois que je croise une femme voilée j\'ai le goût de vomir',
  ],
  [
    'Les immigrants que je connais sont travaillants',
    'Des BS que je ne méprise pas du tout, du bon monde',
    'Quand je prends l\'autobus j\'ai la nausée',
    'Chaque fois que je croise des itinérants qui dorment dehors j\'ai envie de vomir, c\'est triste',
    'Je respecte les musulmans que je côtoie au travail',
  ],
);

describeReading(
  'pests, dumps and waste said of people (round 29): a warning to check, disrespectful',
  [
    'Le Cap c\'est un dépotoir à humains',
    'Ce quartier-là c\'est la poubelle à BS de la ville',
    'Les déchets de la société se ramassent tous à Saint-Michel',
  ],
  [
    'Il y a des rats près du refuge, pouvez-vous envoyer quelqu\'un svp',
    'Les rats pullulent derrière le refuge depuis l\'hiver',
    'Le refuge pour animaux accueille des rats domestiques',
    'Les déchets de la société de consommation remplissent nos dépotoirs',
    'Le dépotoir municipal ferme à 16 h',
    'La nouvelle piste cyclable est super, les cyclistes arrivent en masse',
  ],
  { flaggedMayWarn: true },
);

describe('pests, dumps and waste stay warnings (round 29)', () => {
  it.each(['Le Cap c\'est un dépotoir à humains', 'Les déchets de la société se ramassent tous à Saint-Michel'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});

// Known misses: « ça » closing « c'est pas du monde »; « ce monde-là » taking up one member met; counter-speech with nausea;
// pests arriving with a service (cut for the size budget).
describe('known misses (round 29)', () => {
  it.fails.each(['Les Haïtiens c\'est pas du monde ça', 'Chaque fois que je croise une femme voilée, ce monde-là me répugne'])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
  });
  it.fails.each(['Encore des rats qui vont débarquer avec le nouveau refuge', 'Avec la nouvelle mosquée ça va grouiller de coquerelles', 'Les coquerelles vont arriver avec les nouveaux HLM'])('pests with a service: %s', (text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});
