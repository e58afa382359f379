/**
 * Words run together around a listed word (3.2 disguise): a modal or auxiliary verb, a degree word or an
 * adverb in -ment glued before it (« pourraisétrangler », « plusstupides », « probablementstupides ») is cut
 * off; a compound or a name that only starts like one (« antimusulman », « Dieudonné ») stays whole.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { segment } from '../../../src/engine/text/grammar/near.ts';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [glued (error, disrespectful), glued the same way around an ordinary word (no error)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Les réfugiés sont plusstupides que des chiens.', 'Les ours sont plusgros que des chiens.'],
  ['Il faudrait lesfairesouffrir, ces immigrés.', 'Il faudrait lesfaireparticiper, ces immigrés.'],
  ['Je pourraisétrangler ces Haïtiens.', 'Je pourraisrencontrer ces Haïtiens.'],
  ['Les gais sont sansvaleur.', 'Les gais sont sanssouci.'],
  ['Les femmes sont probablementstupides.', 'Les femmes sont probablementfatiguées.'],
  ['On va allerbrûler leur mosquée, aux musulmans.', 'On va allervisiter leur mosquée.'],
  ['Ces musulmans, on devraittous les pendre.', 'Ces musulmans, on devraittous les inviter.'],
  // A relative « qui » glued after the listed word.
  ['Les immigrés sont des parasitesqui vivent sur notre dos.', 'Les immigrés sont des voisinsqui vivent à côté.'],
];

describe('a frame word glued before a listed word is cut off', () => {
  for (const [glued, clean] of pairs) {
    it(glued, () => {
      expect(errors(glued).length).toBeGreaterThan(0);
      expect(classifyIncoming(glued)).toBe('disrespectful');
      expect(errors(clean)).toEqual([]);
    });
  }
  it('leaves compounds and names whole', () => {
    for (const w of ['antimusulman', 'antiflics', 'dieudonne', 'bienvenue', 'vraimentbien']) expect(segment(w), w).toBeUndefined();
  });
});
