/**
 * Exclusion after any call the threat grammar knows (grammar/exclusion.ts): « il est temps de », « il
 * conviendrait de », « il est grand temps que l'on », not only « il faut »; and a place of origin read
 * even when it looks like the name's complement (« chasser les … de ce pays »). Clean counterparts: the
 * same calls for help or welcome, a thing sent back, animals, a negated call.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const excluded = [
  'Il est temps de renvoyer les immigrants chez eux.',
  'Il conviendrait de chasser les musulmans hors de la ville.',
  'Il est grand temps que l’on chasse tous les réfugiés de ce pays.',
  'Il conviendrait d’expulser les Haïtiens de notre quartier.',
  'Le temps est venu de renvoyer ces réfugiés dans leur pays.',
  'Il serait préférable de bannir les musulmans du Québec.',
];

const clean = [
  'Il est temps d’aider les immigrants de notre quartier.',
  'Il conviendrait de renvoyer les formulaires à la Ville avant vendredi.',
  'Il conviendrait de chasser les pigeons de la place publique.',
  'Il est grand temps que l’on accueille mieux les réfugiés de ce pays.',
  'Il ne faut pas chasser les immigrants de notre ville.',
];

describe('exclusion after a written call', () => {
  it.each(excluded)('%s', (text) => {
    expect(errors(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('the same calls for help, things or animals, or negated, stay clean', () => {
  it.each(clean)('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
