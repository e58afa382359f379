/**
 * Disguise by what is left of a word (3.2): a short group noun or insult written without its vowels
 * (« trns », « jfs ») or a compound insult cut to its consonants (« tête de cn »), a swap that makes
 * another word where that word makes no sense (« valent rein »), letters spaced unevenly or glued to
 * the next word. Each row has a clean counterpart: an abbreviation, an ordinary sense, a real word.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { nearCore } from '../../../src/engine/text/grammar/near.ts';
import { errors } from './grammar-helpers.ts';

/** [disguised (error), clean counterpart (no error)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Les jfs sont des rats.', 'Les gars sont des amis.'],
  ['Tous les fmms sont des idiotes.', 'Tous les fmms sont des invitées, svp confirmer.'],
  ['Les hms sont des malades mentaux.', 'Les hms du comité, svp, écrivez-nous.'],
  ['Ces maudits ngrs sont des parasites.', 'Ces maudits travaux, mtn c’est fini?'],
];

describe('a short group noun or insult without its vowels is read as the word', () => {
  for (const [disguised, clean] of pairs) {
    it(disguised, () => {
      expect(errors(disguised).length).toBeGreaterThan(0);
      expect(errors(clean)).toEqual([]);
    });
  }
  it('reads a skeleton only when one listed word fits', () => {
    expect(nearCore('trns')).toBe('trans');
    expect(nearCore('jfs')).toBe('juifs');
  });
  it('leaves texting abbreviations alone', () => {
    for (const w of ['mtn', 'bcp', 'svp', 'stp', 'pcq', 'qqch', 'tjrs', 'mdr', 'ptn', 'txt', 'cnn', 'hmm', 'jms']) expect(nearCore(w), w).toBeUndefined();
  });
});
