/**
 * Threats and calls for violence, generalised: every person and tense of the call, every violence
 * verb of the class (by lemma), every way of naming the victims (determiners, « ce genre de »,
 * « chaque », « tous ces…-là », a pronoun before the verb, a role such as « le maire »), and the harm
 * wished in the passive. Each is crossed with the others (not one sentence per case), and each has
 * clean counterparts: the same verbs in their ordinary senses, contests, negation, fear, nobody.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const calls = [
  'Je vais', 'On va', 'M’as', 'Nous allons', 'Tu vas voir, on va', 'Je veux', 'On devrait', 'Quelqu’un devrait', 'Ils devraient',
  'Il faudrait', 'Il faut', 'Faudrait juste', 'Ça serait bien de', 'Ce serait le temps de', 'J’ai hâte de', 'On pourrait', 'Vous devriez', 'La police devrait',
];
const verbs = [
  'tuer', 'abattre', 'descendre', 'buter', 'liquider', 'égorger', 'pendre', 'fusiller', 'lyncher', 'brûler vifs', 'gazer', 'exterminer',
  'éliminer', 'frapper', 'tabasser', 'massacrer', 'noyer', 'étrangler',
];
const victims = ['les immigrants', 'tous les musulmans', 'ces Haïtiens-là', 'chaque immigrant', 'tous ces itinérants-là', 'ce genre de musulmans', 'des réfugiés', 'le maire', 'ce conseiller-là'];

describe('call × violence verb × victim: an error and a disrespectful comment', () => {
  // Every call meets every verb; the victim turns with them so that every victim meets every call and verb.
  calls.forEach((call, i) => {
    verbs.forEach((verb, j) => {
      const text = `${call} ${verb} ${victims[(i + j) % victims.length]}`;
      it(text, () => expect(errors(text).length).toBeGreaterThan(0));
    });
  });
  it.each(calls.map((c) => `Les immigrants, ${c.charAt(0).toLowerCase()}${c.slice(1)} les ${verbs[c.length % verbs.length]}`))('%s (pronoun before the verb)', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
  });
  it.each(['Je vais tuer le maire', 'Quelqu’un devrait mettre une balle dans la tête de ce conseiller-là', 'M’as péter la face à tous les musulmans'])('%s is disrespectful', (text) => {
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('harm wished: passive, subjunctive, desert', () => {
  const cases: Array<[string, boolean]> = [
    ['J’espère que le maire va se faire écraser', true],
    ['J’espère qu’il se fasse frapper', true],
    ['Ça serait bien que les immigrants se fassent tabasser', true],
    ['J’ai hâte que ce conseiller se fasse pendre', true],
    ['Ce conseiller-là devrait se faire tabasser', true],
    ['Le directeur mériterait de se faire battre', true],
    ['Que les musulmans crèvent', true],
    ['Que les réfugiés meurent tous', true],
    ['J’espère que le maire va se faire réélire', false],
    ['J’espère que le maire va se faire écraser aux élections', false],
    ['Ça serait bien que le directeur se fasse battre au tennis', false],
    ['J’aimerais que le maire se fasse descendre en flammes par les critiques', false],
    ['J’ai peur que le maire se fasse frapper', false],
    ['Je souhaite que personne se fasse frapper sur cette rue', false],
    ['Nous ne devons jamais tolérer qu’un réfugié se fasse tuer', false],
    ['J’espère pas que mon voisin se fasse frapper', false],
    ['Le policier devrait se faire vacciner', false],
    ['Que le maire crève', true],
    ['J’espère que ce conseiller-là va mourir', true],
    ['Le maire mérite de crever', true],
    ['J’ai hâte de voir le maire se faire tabasser', true],
    ['J’espère que le maire va mourir de rire', false],
    ['J’espère que le maire va disparaître', false],
    ['Le maire va mourir un jour comme tout le monde', false],
    ['J’ai hâte de voir le maire se faire réélire', false],
    ['J’aimerais voir les Canadiens se faire battre au hockey', false],
    ['Que les immigrants soient bien accueillis', false],
    ['Que les immigrants meurent de faim, c’est inacceptable', false],
  ];
  it.each(cases)('%s → %s', (text, threat) => expect(errors(text).length > 0).toBe(threat));
});

describe('Québec future and orders: « je m’en vais », « on s’en va », « allez… », « le temps est venu »', () => {
  const cases: Array<[string, boolean]> = [
    ['On s’en va buter les musulmans', true],
    ['Je m’en vais liquider les immigrants', true],
    ['Allez tabasser les musulmans', true],
    ['Va tuer les immigrants', true],
    ['Le temps est venu de massacrer les réfugiés', true],
    ['Les immigrants vont tous crever', true],
    ['On s’en va voir les immigrants', false],
    ['Allez voir les immigrants au festival', false],
    ['Allez frapper à la porte des aînés', false],
    ['Le temps est venu de tuer le temps', false],
    ['Les itinérants vont crever de froid', false],
    ['Si on fait rien, les itinérants vont crever', false],
    ['Les aînés vont mourir', false],
  ];
  it.each(cases)('%s → %s', (text, threat) => expect(errors(text).length > 0).toBe(threat));
});

describe('normative frames: the best thing, the solution, it suffices, worth it', () => {
  const cases: Array<[string, boolean]> = [
    ['Ce serait une bonne idée de pendre les musulmans', true],
    ['La solution, c’est d’exterminer les réfugiés', true],
    ['Il suffirait d’abattre les immigrants', true],
    ['Le mieux serait d’éliminer ce conseiller-là', true],
    ['On est mieux de tabasser ces Haïtiens-là', true],
    ['Ça vaudrait la peine de liquider le maire', true],
    ['Je me gênerais pas pour frapper les musulmans', true],
    ['Laissez-moi tuer les itinérants', true],
    ['Donnez-moi un fusil pour abattre les immigrants', true],
    ['Ce serait une bonne idée de pendre les décorations', false],
    ['La solution, c’est d’éliminer la pauvreté chez les autochtones', false],
    ['Ce serait une bonne idée d’éliminer les frais pour les réfugiés', false],
    ['Le mieux serait de frapper à la porte des aînés', false],
    ['Ça vaudrait la peine de battre le maire aux élections', false],
    ['Un fusil pour abattre les chevreuils', false],
    ['Laissez-moi descendre au sous-sol', false],
  ];
  it.each(cases)('%s → %s', (text, threat) => expect(errors(text).length > 0).toBe(threat));
});

describe('revenge promised to a group: « ils vont payer »', () => {
  const cases: Array<[string, boolean]> = [
    ['Ils vont payer, ces musulmans', true],
    ['Les immigrants vont tous payer', true],
    ['Ces réfugiés-là vont payer cher', true],
    ['Les musulmans vont le regretter amèrement', true],
    ['Les immigrants vont payer leurs taxes', false],
    ['Les immigrants vont payer pour les services', false],
    ['Ils vont payer, les clients', false],
    ['Les aînés vont payer', false],
    ['Avec cette hausse de taxes, les aînés vont payer cher', false],
    ['Les jeunes vont le regretter, c’est sûr, s’ils ne votent pas', false],
    ['Les immigrants ne vont pas payer cher', false],
  ];
  it.each(cases)('%s → %s', (text, threat) => expect(errors(text).length > 0).toBe(threat));
});

describe('the same verbs in their ordinary senses stay free of errors', () => {
  it.each([
    'On va tuer le temps au centre d’achats',
    'Quelqu’un devrait frapper à la porte',
    'Je vais frapper à la porte du maire',
    'Il faudrait abattre des arbres au parc',
    'On devrait abattre la cloison du bureau du directeur',
    'Il faut éliminer les déchets correctement',
    'Il faudrait éliminer le poste de directeur',
    'On va descendre au sous-sol',
    'On va descendre le maire à la salle du conseil',
    'Les policiers devraient descendre les escaliers',
    'On devrait descendre voir les aînés au CHSLD',
    'Il faudrait liquider le stock',
    'On va battre les Américains au hockey',
    'Il faudrait battre le maire au prochain scrutin',
    'On va écraser le maire aux élections',
    'Je vais battre les blancs en neige',
    'Vous devriez battre le fer pendant qu’il est chaud',
    'Vous devez éliminer les mauvaises herbes',
    'On va écraser les prix pour les familles',
    'Je vais péter la face à mon record',
    'Il ne faut pas tuer les immigrants',
    'Personne ne devrait frapper les immigrants',
    'On devrait pas pendre le maire',
    'Je vais jamais liquider ce conseiller-là',
    'Il a dit qu’on devrait pendre le maire, c’est grave',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});
