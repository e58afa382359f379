/**
 * A space slipped inside a word (3.2 disguise: « fem mes », « handi capés », « assassin er »): the two
 * pieces are read as the listed word when they are not two real words that happen to spell it
 * (« de bile », « mal propre »), nor an elided word (« femme s'exprime », « j aime »).
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { splitTarget, splitWord } from '../../../src/engine/text/grammar/near.ts';
import { foldedDictionaryWords } from '../../support/dictionary.ts';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [a word broken by a space (error, disrespectful), the same sentence about something else or read as two words (clean)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Les ju ifs contrôlent toute, c’est des rats.', 'Les ju ifs… pardon, les juifs du quartier organisent une fête.'],
  ['Chu écœuré des fem mes, y sont toutes des manipulatrices.', 'Une femme s’exprime bien au conseil de ville.'],
  ['Les bla cks sont juste des animaux.', 'Les blocs sont juste des animaux en pierre du parc.'],
  ['On devrait pen dre les immigrés sur la place publique.', 'On devrait prendre les immigrés en charge à l’accueil.'],
  ['Les handi capés sont un fardeau pour la société.', 'Les handicapés ont droit au transport adapté.'],
  ['Ces musul mans sont des barbares.', 'Ces musulmans sont des voisins accueillants.'],
  ['Les tr ans sont des malades mentaux.', 'Les trains sont en retard ce matin.'],
  ['Les arabes sont des par asites.', 'Les arabes sont des partenaires.'],
  ['Les noirs sont des sin ges.', 'Les noirs sont des dessins au fusain.'],
  ['Les gais méritent de mou rir.', 'Les gais méritent de vivre en paix.'],
  ['Assassin er un homo, ça devrait être permis.', 'Assassiner quelqu’un est un crime grave.'],
  ['Faudrait tor turer les réfugiés.', 'Faudrait accueillir les réfugiés.'],
  ['Je vais te cris ser une volée, mon ostie.', 'Je vais te donner une réponse demain.'],
  ['Va te faire fou tre.', 'Va te faire un café.'],
  // A hyphen or an underscore slipped inside is the same disguise (« fem-mes », « mou_rir »); a real compound stays two words.
  ['Chu écœuré des fem-mes, y sont toutes des manipulatrices.', 'Ma grand-mère est une femme de cœur.'],
  ['Les gais méritent de mou_rir.', 'Les gais méritent de vivre en paix, peut-être même à Trois-Rivières.'],
  ['Les arabes sont des par-asites.', 'Les arabes sont des porte-parole de leur quartier.'],
];

describe('a word broken by a space is read as the word', () => {
  for (const [broken, clean] of pairs) {
    it(broken, () => {
      expect(errors(broken).length).toBeGreaterThan(0);
      expect(classifyIncoming(broken)).toBe('disrespectful');
      expect(errors(clean)).toEqual([]);
    });
  }
});

describe('two real words are never joined into a listed one', () => {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['de', 'bile'], // « une crise de bile »
    ['pour', 'ri'],
    ['j', 'aime'],
    ['c', 'ons'],
    ['s', 'ales'],
    ['pr', 'etre'], // « pr » is « pour » in texting
    ['des', 'sin'],
  ];
  for (const [a, b] of rows) it(`${a} ${b}`, () => expect(splitWord(a, b)).toBe(false));
  it('a sentence with an elided word or a unit stays as it is', () => {
    for (const text of ['La politique s’adresse à tous les employés.', 'Une femme s’exprime au micro.', 'Elle s’est présentée à 8 h.', 'On a marché 5 km aujourd’hui.'])
      expect(errors(text), text).toEqual([]);
  });
  it('no pair of dictionary words spells a listed word through the guard (else: npx node src/build/near-words.ts)', { timeout: 120_000 }, () => {
    const words = new Set(foldedDictionaryWords());
    const joined: string[] = [];
    for (const w of words) {
      if (w.length < 6) continue;
      for (let k = 3; k + 3 <= w.length; k += 1) {
        const [a, b] = [w.slice(0, k), w.slice(k)];
        if (words.has(a) && words.has(b) && splitTarget(a, b) && splitWord(a, b)) joined.push(`${a} ${b}`);
      }
    }
    expect(joined).toEqual([]);
  });
});
