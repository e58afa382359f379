/** Shuffling the choices: deterministic per seed, a permutation, the author's order at seed 0. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOrder, shuffle } from '../../../src/quiz/shuffle';

describe('le mélange des choix', () => {
  it('garde l’ordre de l’auteur avec la graine 0 (HTML rendu au serveur)', () => {
    expect(shuffle(['a', 'b', 'c', 'd'], 0)).toEqual(['a', 'b', 'c', 'd']);
    expect(choiceOrder(['a', 'b', 'c'], 0, 'x')).toEqual(['a', 'b', 'c']);
  });

  it('donne toujours une permutation, la même pour la même graine', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.integer({ min: 1, max: 2 ** 32 - 1 }), (items, seed) => {
        const once = shuffle(items, seed);
        expect([...once].sort()).toEqual([...items].sort());
        expect(shuffle(items, seed)).toEqual(once);
      }),
    );
  });

  it('mélange vraiment : sur 200 graines, chaque choix arrive en tête', () => {
    const firsts = new Set<string>();
    for (let seed = 1; seed <= 200; seed += 1) firsts.add(choiceOrder(['a', 'b', 'c', 'd'], seed, 'plainte')[0]!);
    expect([...firsts].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ordonne différemment deux questions d’une même tentative', () => {
    const orders = new Set(['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => choiceOrder(['a', 'b', 'c', 'd'], 12345, id).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});
