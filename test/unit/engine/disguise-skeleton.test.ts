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
  // A silent « h » left out (« omo »); « air » and « ait » stay words.
  ['Il n’y a rien de plus dégoûtant qu’un omo.', 'Il n’y a rien de plus beau qu’un air de violon, qu’il ait dit.'],
  ['Les mslms sont des parasites.', 'La GRC jvs appeler demain, bcp de monde au parc.'],
  ['Les trns sont dégoûtants.', 'Les trns de la STM sont en retard, pcq y a des travaux.'],
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
    for (const w of ['grc', 'jvs', 'mtn', 'bcp', 'svp', 'stp', 'pcq', 'qqch', 'tjrs', 'mdr', 'ptn', 'txt', 'cnn', 'hmm', 'jms']) expect(nearCore(w), w).toBeUndefined();
  });
});

/** [read only in its frame (error), the same word where it makes sense (no error)] */
const inFrame: ReadonlyArray<readonly [string, string]> = [
  // « rein » after a form of valoir, with or without adverbs between.
  ['Les femmes ne valent absolument rein.', 'Une greffe de rein, ça coûte cher.'],
  ['Les immigrés, ça vaut rein pantoute.', 'Mon rein vaut de l’or, dit le donneur.'],
  ['Les immigrés sont bons à rein.', 'J’ai donné un rein pour mon frère.'],
  ['Les femmes comptent pour rein.', 'Le don de rein, ça compte pour beaucoup.'],
  ['Les immigrés, c’est moins que rein.', 'Il vit avec un rein en moins.'],
  ['Les gais ne valaient vraiment rein pour eux.', 'La greffe de rein vaut vraiment la peine.'],
  // The frame's own words misspelt or glued: « valent », « rien », « ne ».
  ['Les handicapés ne vlaent rien.', 'Les handicapés ne valent pas moins que nous.'],
  ['Les handicapés ne valent rine.', 'La rine du parc est fermée.'],
  ['Les handicapés nevalent rien.', 'Rien ne vaut un bon café.'],
  ['Les handicapés ne valentrien.', 'Ce vieux char vaut rien.'],
  ['Les handicapésne valent rien.', 'Les handicapés valent notre respect.'],
  // Two consonants of a three-letter insult inside a compound insult.
  ['T’es une maudite tête de cn.', 'La tête de pont est fermée.'],
  ['Espèce de cn!', 'Espèce de cèdre rare au parc.'],
  ['Les immigrants sont des têtes de cn.', 'Les immigrants sont des têtes de liste.'],
  // A word glued to the « à » after it, and an article glued to the next word.
  ['Mortà tous les juifs!', 'Voilà tous les documents.'],
  ['Mortà tous les immigrés.', 'Déjà tous les immigrés sont inscrits.'],
  ['Les musulmans me donnent lanausée.', 'Les musulmans me donnent lamain.'],
  // A violence verb glued to the possessive after it.
  ['J’ai envie de tuermon voisin arabe.', 'J’ai envie de voirmon voisin arabe.'],
  // A short group noun or slur glued after « de » (« typiquedepédé »).
  ['Comportement typiquedepédé.', 'Comportement typiquedepapa.'],
  // Letters spaced with uneven gaps.
  ['Les juifs sont des r a  t s.', 'Les juifs sont des r a  p p e u r s.'],
  ['Les femmes doivent  m o u  r i r.', 'Les femmes doivent  l i  r e.'],
];

describe('a disguise read only in its frame', () => {
  for (const [disguised, clean] of inFrame) {
    it(disguised, () => {
      expect(errors(disguised).length).toBeGreaterThan(0);
      expect(errors(clean)).toEqual([]);
    });
  }
});
