/**
 * The speaker's own aside between the copula and the attribute (grammar/stream.ts): « à vrai dire »,
 * « selon moi », « il faut bien l'admettre » say the speaker stands by the sentence, so the grammar reads
 * through them. Someone else's aside (« selon certains ») reports, and a kind attribute stays kind.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const own = [
  'Les immigrés sont, à vrai dire, des parasites.',
  'Les musulmans sont, selon moi, des terroristes.',
  'Les réfugiés sont, il faut bien l’admettre, des profiteurs.',
  'Les femmes sont, je dois le dire, des êtres inférieurs.',
  'Les Haïtiens sont, soyons honnêtes, des voleurs.',
];

const clean = [
  'Les musulmans sont, selon certains, des terroristes, ce qui est faux.',
  'Les immigrés sont, à vrai dire, des gens travaillants.',
  'Les réfugiés sont, il faut bien l’admettre, des voisins exemplaires.',
  'Le pont est, à vrai dire, en bien mauvais état.',
];

describe('an aside of the speaker between the copula and the attribute is read through', () => {
  it.each(own)('%s', (text) => {
    expect(errors(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('someone else’s aside, or a kind attribute, stays clean', () => {
  it.each(clean)('%s', (text) => expect(errors(text)).toEqual([]));
});
