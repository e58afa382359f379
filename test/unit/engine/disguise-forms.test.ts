/**
 * Disguise of any word the grammar reads, not only of insults (3.2, issue 12): a doubled letter, a
 * swapped one in a short word, digits and symbols at either end of a word, letters spelled out
 * (short words too, and two words spelled out side by side), short words glued to their
 * neighbours. Each row has a clean twin written the same way, which must stay without an error:
 * the mechanism reads the disguise, not the shape of the sentence.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { nearCore, nearCoreUnguarded, segment } from '../../../src/engine/text/grammar/near.ts';
import { foldedDictionaryWords } from '../../support/dictionary.ts';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [disguised hateful text (error, « disrespectful »), its clean twin disguised the same way (no error)] */
const rows: ReadonlyArray<readonly [string, string, string]> = [
  // A doubled letter in a content word or a doubled vowel in a function word.
  ['doubled', 'Je déteeste les musulmans.', 'Je déteeste les épinards.'],
  ['doubled', 'Les immigrants soont des parasites.', 'Les immigrants soont des voisins.'],
  ['doubled', 'Ces hommos-là me dégoûtent.', 'Ces hommes-là me font rire.'],
  ['doubled', 'Les viieux sont des déchets.', 'Les viieux sont des trésors.'],
  ['doubled', 'Il faudrait tuer toous les réfugiés.', 'Il faudrait aider toous les réfugiés.'],
  // A short word with two letters swapped (its first letter kept).
  ['swap', 'Mrot aux immigrants!', 'Bravo aux immigrants!'],
  ['swap', 'Je vais teur tous les Haïtiens.', 'Je vais voir tous les Haïtiens.'],
  ['swap', 'Les jiufs sont des parasites.', 'Les jeunes sont des bénévoles.'],
  // Orders, calls to act together and the conditional of a violence verb, misspelt.
  ['verb', 'Extrminez tous les musulmans.', 'Accueillez tous les musulmans.'],
  ['verb', 'Masacrons les réfugiés.', 'Accueillons les réfugiés.'],
  ['verb', 'Je les teurais tous, ces immigrants.', 'Je les aiderais tous, ces immigrants.'],
  // The plural of a word of the word lists, misspelt.
  ['plural', 'Ces oties d’immigrants!', 'Ces amis d’immigrants!'],
  // The frames' own function words swapped or missing a letter.
  ['swap', 'Les musulmans snot des parasites.', 'Les musulmans snot des voisins.'],
  ['swap', 'Les Haïtiens osnt des criminels.', 'Les Haïtiens osnt des bénévoles.'],
  ['swap', 'Il fuat éliminer les réfugiés.', 'Il fuat accueillir les réfugiés.'],
  ['swap', 'On dverait pendre les immigrants.', 'On dverait aider les immigrants.'],
  // Three letters and no vowel: the short word its vowel was taken from.
  ['vowel', 'Les Haïtiens snt des parasites.', 'Les Haïtiens snt des voisins.'],
  ['vowel', 'Mrt aux réfugiés!', 'Bienvenue aux réfugiés!'],
  // Digits and symbols at the start or the end of a word.
  ['leet', 'Ces immigrants sont des 0rdures.', 'Ces immigrants sont des 0pérateurs.'],
  ['leet', 'Les 1mmigrés sont des parasites.', 'Les 1mmigrés sont des voisins.'],
  ['leet', 'Je vais massacrer tou$ les musulmans.', 'Je vais rencontrer tou$ les musulmans.'],
  // Letters spelled out: short words, and two words side by side (two spaces between them).
  ['spaced', 'Les réfugiés s o n t des parasites.', 'Les réfugiés s o n t des voisins.'],
  ['spaced', 'M o r t aux musulmans!', 'B r a v o aux musulmans!'],
  ['spaced', 'Je h a i s les féministes.', 'Je s a l u e les féministes.'],
  ['spaced', 'T’es rien qu’un a t t a r d é  m e n t a l.', 'T’es rien qu’un a m i  f i d è l e.'],
  ['spaced', 'Les Chinois sont des r a t s.', 'Les Chinois sont des a m i s.'],
  ['spaced', 'Tu n’es rien qu’une d é g é n é r é e.', 'Tu n’es rien qu’une a m i e  f i d è l e.'],
  ['spaced', 'Les i m m i g r é e s sont des parasites.', 'Les i m m i g r é e s sont des voisines.'],
  // One space slipped inside a long word, neither half a word the engine knows.
  ['split', 'Les musul mans sont des para sites.', 'Les musul mans sont des voi sins.'],
  ['split', 'Ces réfu giés sont des ordu res.', 'Ces réfu giés sont des ami es.'],
  ['split', 'Les immi-grants sont des para.sites.', 'Les immi-grants sont des voi-sins.'],
  // Letters styled (fullwidth, mathematical), a Cyrillic letter drawn like a Latin one, an invisible space.
  ['styled', 'Les ｍｕｓｕｌｍａｎｓ sont des parasites.', 'Les ｍｕｓｕｌｍａｎｓ sont des voisins.'],
  ['styled', 'Les 𝓲𝓶𝓶𝓲𝓰𝓻𝓪𝓷𝓽𝓼 sont des parasites.', 'Les 𝓲𝓶𝓶𝓲𝓰𝓻𝓪𝓷𝓽𝓼 sont des voisins.'],
  ['styled', 'Les musulmаns sont des parasites.', 'Les musulmаns sont des voisins.'],
  ['styled', 'Je déte\u200bste les réfugiés.', 'J’ado\u200bre les réfugiés.'],
  // Short words glued to their neighbours.
  ['glued', 'Je vais tuer cethomo.', 'Je vais aider cethomme.'],
  ['glued', 'Les Chinois sont desrats.', 'Les Chinois sont desamis.'],
  ['glued', 'Mortaux immigrants!', 'Bravoaux immigrants!'],
  ['glued', 'Jevais égorger ces handicapés.', 'Jevais aider ces handicapés.'],
  ['glued', 'Les immigrés devraientêtre pendus.', 'Les immigrés devraientêtre accueillis.'],
  ['glued', 'Je vais poignarderce conseiller.', 'Je vais appelerce conseiller.'],
  ['glued', 'Tous lesgais devraient crever.', 'Tous lesgais devraient voter.'],
  ['glued', 'Jeles déteste, ces immigrés-là.', 'Jeles adore, ces immigrés-là.'],
];

describe('disguised words of the grammar are read as the words', () => {
  for (const [how, disguised, clean] of rows) {
    it(`${how}: ${disguised}`, () => {
      expect(errors(disguised).length).toBeGreaterThan(0);
      expect(classifyIncoming(disguised)).toBe('disrespectful');
      expect(errors(clean)).toEqual([]);
    });
  }
});

describe('ordinary words are left alone', () => {
  it('keeps real words and names that look like a disguise', () => {
    // Real words one swap or one doubled letter away from a short listed word, English, a surname.
    // A word of the grammar itself is never corrected into another one (« roms » is not « romes »).
    for (const w of ['roms', 'gais', 'juif', 'sont', 'tous']) expect(nearCore(w), w).toBeUndefined();
    // Québec abbreviations keep their sense (no vowel, but no single short word fits).
    for (const w of ['svp', 'stp', 'bcp', 'ptn', 'jsp', 'pcq', 'dsl', 'slt']) expect(nearCore(w), w).toBeUndefined();
    for (const w of ['arts', 'mots', 'agis', 'less', 'noir', 'route', 'tortue', 'vieux', 'femme']) expect(nearCore(w), w).toBeUndefined();
    for (const w of ['lenoir', 'desmarais', 'lamothe', 'dumont', 'cetera', 'mortier', 'raton']) expect(segment(w), w).toBeUndefined();
  });
  it('reads no insult in ordinary text spelled or glued', () => {
    for (const text of ['Je suis allé au para chute.', 'Les gens de Trois-Rivières sont accueillants.', 'Visitez v3r.net/parc pour l’horaire.', 'Les sans abri ont un refuge.', 'Le tarif est de 5 $ pour les aînés.', 'La zone A B C est fermée.', 'M. Lenoir et Mme Desrats ont gagné.', 'Les arts sont à l’honneur ce soir.'])
      expect(errors(text), text).toEqual([]);
  });
});

describe('the guard never hides a disguised group noun by accident', () => {
  it('reads every misspelling of a group noun that is no dictionary word (else: npx node src/build/near-words.ts)', () => {
    const dictionary = new Set(foldedDictionaryWords());
    const unread: string[] = [];
    for (const head of ['musulmans', 'immigrants', 'refugies', 'handicapes', 'lesbiennes', 'homosexuels', 'autochtones', 'femmes', 'haitiens', 'arabes']) {
      for (let k = 0; k < head.length; k += 1) {
        const variants = [head.slice(0, k) + head.slice(k + 1), head.slice(0, k + 1) + head.slice(k)];
        if (k + 1 < head.length) variants.push(head.slice(0, k) + head[k + 1] + head[k] + head.slice(k + 2));
        for (const v of variants) if (!dictionary.has(v) && nearCoreUnguarded(v) !== undefined && nearCore(v) === undefined) unread.push(v);
      }
    }
    expect(unread).toEqual([]);
  });
});
