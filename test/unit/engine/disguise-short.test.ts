/**
 * Short listed words misspelt (3.2 disguise): the word lists' own words of four to six letters (« ptues »,
 * « cnos », « chiur », « merrde ») and the short forms of « tuer » (« tuués ») are read back by a swap, a
 * doubled letter or, in a six-letter word, a missing inner letter; an ordinary word in the same place, and
 * names one letter away (Chris, Conrad, Cali), stay clean.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [misspelt (error, disrespectful), the same sentence with an ordinary word (no error)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['T’es rien qu’un maudit chiur.', 'T’es rien qu’un vrai chum.'],
  ['Mange d’la mmerde.', 'Mange d’la tarte.'],
  ['C’est de la merrde, ton affaire.', 'C’est de la crème, ton affaire.'],
  ['Vous êtes toutes des ptues.', 'Vous êtes toutes des pros.'],
  ['Vous êtes des cnos.', 'Vous êtes des bons.'],
  ['Maudit pdée.', 'Maudit pépin, ce matin.'],
  ['Les réfugiés devraient être tuués.', 'Les réfugiés devraient être logés.'],
  ['Les immigrants devraient tous être tueés.', 'Les immigrants devraient tous être reçus.'],
  ['Ta yeule, mon ostei de chieurr.', 'Ta sœur, elle est passée au bureau.'],
  // A group noun that is its own singular, without its last letter; a frame's verb with a doubled consonant.
  ['Les tran, c’est tous des malades mentaux.', 'Le tram passe devant l’hôtel de ville.'],
  ['Les immigrants sontt des parasites.', 'Les immigrants sontt des voisins.'],
  // A four-letter group noun missing a vowel (a consonant dropped is texting: « jui » is « je suis »).
  ['Assassiner un hmo comme toi, ça devrait être permis.', 'Assassiner quelqu’un est un crime.'],
  ['Les jif contrôlent les banques, c’est des rats.', 'Jui fatigué à soir, on se parle demain.'],
  ['Je déteste les gys.', 'Je déteste les épinards.'],
  // The frame's modal or auxiliary verb misspelt (« allns », « fiare »).
  ['Nous allns écraser ces immigrés.', 'Nous allns aider ces immigrés.'],
  ['Je vais les fiare souffrir, ces Arabes.', 'Je vais les fiare rire, ces Arabes.'],
];

describe('a short listed word misspelt is read as the word', () => {
  it('leaves names one letter away alone', () => {
    for (const text of ['Chris a appelé pour le permis.', 'Conrad est passé au comptoir.', 'On part à Cali en mars.', 'Va voir le twt de la Ville.'])
      expect(errors(text), text).toEqual([]);
  });
  for (const [misspelt, clean] of pairs) {
    it(misspelt, () => {
      expect(errors(misspelt).length).toBeGreaterThan(0);
      expect(classifyIncoming(misspelt)).toBe('disrespectful');
      expect(errors(clean)).toEqual([]);
    });
  }
});

describe('a frame’s three-letter word with one letter disguised is read as the word', () => {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['Je déteste l3s immigrants.', 'Je veux l3s infos du parc.'],
    ['Je déteste c€s réfugiés.', 'Je salue c€s réfugiés.'],
    ['Les juifs sont d3s rats.', 'Les juifs sont d3s voisins.'],
    ['Les gais ne valent p4s mieux que d3s chiens.', 'Les gais ne sont p4s loin du parc.'],
  ];
  for (const [disguised, clean] of rows) {
    it(disguised, () => {
      expect(errors(disguised).length).toBeGreaterThan(0);
      expect(classifyIncoming(disguised)).toBe('disrespectful');
      expect(errors(clean)).toEqual([]);
    });
  }
  it('leaves ordinals and codes alone', () => {
    expect(errors('Le 5e étage, la 3e porte, le mp3 et le 1er mai.')).toEqual([]);
  });
});
