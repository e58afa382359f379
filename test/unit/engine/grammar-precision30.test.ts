/**
 * Round 30 (precision): warm sentences that name a people or an elected, and counter-speech, that the nets doubted. A warmth
 * the speaker states (« je trouve ça correct », « le fun », « une belle avancée », « bonne chance ») quiets the learned net,
 * unless winked at (« encore », « bravo », an eye-roll, a question), hypothetical (« si … ») or welcoming riddance; a denied
 * inference (« c'est pas parce qu'on est X qu'on est Y ») is a prejudice quoted to refute it; a vulgar adjective on a notion
 * said (« un préjugé dégueulasse ») is tone; « une haie d'honneur » is no hatred. Hateful counterparts share the surface.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, describeReading, errors, tone } from './grammar-helpers.ts';

describeReading(
  'a warmth the speaker states about a people or a newcomer is no doubt (round 30)',
  [],
  [
    'Moi je trouve ça correct que des sikhs ouvrent un temple dans l\'ancien dépanneur, c\'est leur droit',
    'Je trouve ça le fun qu\'on ait des épiceries vietnamiennes pis mexicaines dans le quartier',
    'Un maire autochtone à Laviolette, ce serait une belle avancée pour tout le monde',
    'Bonne chance à la nouvelle conseillère du district, a va avoir ben de l\'ouvrage',
    'Les ados du parc à neige sont ben respectueux avec les petits',
    'Je me sens à l\'aise au café du coin, moi chu lesbienne pis personne me regarde croche',
    'Les familles syriennes arrivées l\'an passé sont tellement accueillantes avec les voisins',
    'Bienvenue aux nouveaux arrivants ukrainiens dans notre ville',
    'je trouve ca correct que des musulmans louent la salle paroissiale, j\'vois pas le probleme',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a warmth winked at, supposed or welcoming riddance stays a doubt to check (round 30)',
  [
    'Si les itinérants pouvaient disparaître du centre-ville, ça serait ben correct pour tout le monde',
    'Je trouve ça correct qu\'on déporte les Haïtiens',
    'Ce serait le fun que les immigrants disparaissent',
  ],
  [
    'Je trouve ça correct qu\'on accueille des familles réfugiées dans le quartier',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a denied inference quotes the prejudice it refutes (round 30)',
  [
    'Les gens sur l\'aide sociale sont des paresseux',
    'Les immigrants sont des voleurs',
  ],
  [
    'C\'est pas parce qu\'on vit sur l\'aide sociale qu\'on est des paresseux',
    'Ce n\'est pas parce qu\'ils sont immigrants qu\'ils sont des voleurs',
    'C\'est pas parce que t\'es autochtone que t\'es saoul',
    'c\'est pas parce qu\'on est pauvre qu\'on est paresseux, j\'ai travaillé toute ma vie',
    'Pas parce que des gens sont sur le BS qu\'ils sont paresseux',
  ],
  { cleanNotDisrespectful: true },
);

describe('the conclusion of a denied inference with its own negation stays the speaker\'s (round 30)', () => {
  it.each([
    'C\'est pas parce qu\'ils sont noirs que je les aime pas, c\'est parce qu\'ils volent',
  ])('%s', (text) => {
    expect(tone(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describeReading(
  'a vulgar or insulting adjective on a notion said is tone, not an insult (round 30)',
  [
    'Vous êtes des débiles',
    'Les Haïtiens sont des débiles',
  ],
  [
    'Quelqu\'un a dit que les Haïtiens volent tous. C\'est un préjugé dégueulasse pis faux',
    'Ce sont des clichés débiles sur les gens du BS',
    'C\'est des propos complètement débiles, informez-vous avant d\'écrire',
    'Une généralisation stupide de plus sur les réfugiés',
  ],
);

describe('a vulgar adjective on a notion said gives no error (round 30)', () => {
  it.each([
    'Quelqu\'un a écrit que les musulmans sont tous des terroristes, c\'est un raccourci dégueulasse',
    'Encore des commentaires dégueulasses sur les autochtones',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describeReading(
  'a hedge is no hatred (round 30)',
  [],
  [
    'Les aînés du centre de jour ont fait une haie d\'honneur aux joueurs de hockey',
    'Les pompiers ont formé une haie d\'honneur pour les finissantes',
  ],
  { cleanNotDisrespectful: true },
);

describeKnownDoubts([
  // A sincere worry about a social housing project: the net weighs « HLM », « autour », « sincèrement » (no warmth stated).
  'Sincèrement je m\'inquiète du trafic autour du futur HLM, y\'a déjà pas de place pour se stationner',
]);

describeReading(
  'a comment in English keeps its own words: no French misspelling guessed (round 30)',
  [
    'I hate les musulmans',
  ],
  [
    'It is the media who made this a problem, not the people who live here',
    'This batch of new rules is fine with me, thanks for the update',
    'We have made a lot of friends in the new neighbourhood, they are very welcoming',
  ],
  { cleanNotDisrespectful: true },
);
