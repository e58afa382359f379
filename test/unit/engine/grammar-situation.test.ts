/**
 * « c'est … » after a clause that names a group: it judges the group when the clause says what the
 * group does or is (« les … sont partout, c'est dégoûtant »), and the situation when the clause says
 * what is done to them (« les … sont maltraités dans les camps, c'est une honte »).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups = ['immigrants', 'musulmans', 'femmes', 'gais', 'Haïtiens'];
const saidOfThem = [
  'Les {g} sont partout en ville, c’est dégoûtant.',
  'Les {g} se montrent en public, c’est une abomination.',
  'J’ai croisé des {g} au parc, c’était répugnant.',
];
const doneToThem = [
  'Les {g} sont maltraités dans les camps, c’est une honte.',
  'Les {g}, on les traite comme des chiens, c’est révoltant.',
  'Les {g} sont harcelés en ligne, c’est inacceptable.',
];

describe('« c’est … » dit du groupe', () => {
  for (const g of groups)
    it.each(saidOfThem.map((f) => fill(f, g)))('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
});

describe('« c’est … » dit de ce qu’on leur fait', () => {
  for (const g of groups) it.each(doneToThem.map((f) => fill(f, g)))('%s', (text) => expect(errors(text)).toEqual([]));
});
