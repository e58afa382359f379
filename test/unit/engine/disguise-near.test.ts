/**
 * Disguise against the grammar's own vocabulary (3.2): a letter missing or two letters swapped in
 * a group noun, a hate or violence verb or a degrading word is read back as that word; a real
 * French word never is (every word of a 336 000-word dictionary, a devDependency read here only).
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { nearCore, nearCoreUnguarded, segment } from '../../../src/engine/text/grammar/near.ts';
import { foldedDictionaryWords } from '../../support/dictionary.ts';
import { errors } from './grammar-helpers.ts';


describe('the correction and the cutting against the grammar’s vocabulary spare real words', () => {
  it('corrects no word of a French dictionary (else: npx node src/build/near-words.ts)', { timeout: 120_000 }, () => {
    const changed: string[] = [];
    const words = foldedDictionaryWords();
    for (const word of words) {
      const to = nearCore(word) ?? segment(word)?.join(' ');
      if (to !== undefined) changed.push(`${word} → ${to}`);
    }
    expect(words.length).toBeGreaterThan(300_000);
    expect(changed).toEqual([]);
  });
  it('would have corrected some of them without its guard', () => {
    expect(nearCoreUnguarded('cancre')).toMatch(/^cancer/);
    expect(nearCore('cancre')).toBeUndefined();
  });
});

/** [disguised (error), the same with an ordinary word in its place (clean)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Je détetse les musulmans.', 'Je déteste les épinards.'],
  ['Les immigarnts sont des pourritures.', 'Les immigrants sont des voisins.'],
  ['Les réfugiés sont des odrures.', 'Les réfugiés sont des ouvriers.'],
  ['Les musumans sont des parasites.', 'Les musulmans sont des citoyens.'],
  ['Les itinérants sont des déchest.', 'Les itinérants sont des gens.'],
  // Threats in the future and the conditional, groups in the feminine, emotion verbs.
  ['Je masacrerai tous les immigrants.', 'Je rencontrerai tous les immigrants.'],
  ['J’égorgeria tous les réfugiés.', 'J’accueillerai tous les réfugiés.'],
  ['Les musulmnes sont des parasites.', 'Les musulmanes sont des voisines.'],
  ['Les immigrants me répugent.', 'Les immigrants me plaisent.'],
  // Feminines of participles listed in the masculine; listed words of five letters.
  ['Je déteste les imigrées.', 'Je salue les immigrées.'],
  ['Les jifs sont des parasites.', 'Les juifs sont des voisins.'],
  ['On devrait nyer les immigrants.', 'On devrait aider les immigrants.'],
];

describe('a misspelt word of the grammar is read as the word', () => {
  for (const [disguised, clean] of pairs) {
    it(disguised, () => {
      expect(errors(disguised).length).toBeGreaterThan(0);
      expect(errors(clean)).toEqual([]);
    });
  }
  it('leaves short words alone', () => {
    expect(nearCore('tue')).toBeUndefined();
    expect(nearCore('haen')).toBeUndefined();
    // Four letters of a real word next to a five-letter listed one: the guard spares it.
    expect(nearCore('noir')).toBeUndefined();
  });
});

/** [run together (error), an ordinary word run together the same way (clean)] */
const glued: ReadonlyArray<readonly [string, string]> = [
  ['Jedéteste les immigrants.', 'Jadore les immigrants.'],
  ['Ces immigrantsmedégoûtent.', 'Ces immigrantsmeplaisent.'],
  ['T’es rien qu’une connassecomme les autres.', 'T’es rien qu’une amiecomme les autres.'],
  ['Les réfugiés sont desparasites.', 'Les réfugiés sont desvoisins.'],
  // A content word glued to the function word after it, or two function words glued together.
  ['Les musulmanssont des parasites.', 'Les voisinssont des amis.'],
  ['Il faut égorgertous les réfugiés.', 'Il faut accueillirtous les réfugiés.'],
  ['Les Arabes sontdes parasites.', 'Les Arabes sontdes voisins.'],
  ['Il faut tuer tousles Haïtiens.', 'Il faut aider tousles Haïtiens.'],
  ['Ondevrait pendre les immigrants.', 'Ondevrait aider les immigrants.'],
  ['Jetuerai tous les immigrants.', 'Jaiderai tous les immigrants.'],
  ['Il fauttuer tous les réfugiés.', 'Il fautaider tous les réfugiés.'],
  ['Jehais les immigrants.', 'Jaime les immigrants.'],
  ['Je massacreraitous les immigrants.', 'Je rencontreraitous les immigrants.'],
  ['On devraitexterminer les Haïtiens.', 'On devraitaccueillir les Haïtiens.'],
];

describe('words run together are cut into the words', () => {
  for (const [joined, clean] of glued) {
    it(joined, () => {
      expect(errors(joined).length).toBeGreaterThan(0);
      expect(errors(clean)).toEqual([]);
    });
  }
  it('never cuts a real word or a short one', () => {
    for (const w of ['debattre', 'desservir', 'contrebande', 'surimposees', 'lesbienne', 'ceci']) expect(segment(w), w).toBeUndefined();
  });
});

describe('dotted letters are joined like spaced ones', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['Les i.m.m.i.g.r.a.n.t.s sont des parasites.', true],
    ['Les r-é-f-u-g-i-é-s sont des parasites.', true],
    ['Les B.S. sont du monde comme nous autres.', false],
    ['Les i.m.m.i.g.r.a.n.t.s sont des voisins.', false],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});

describe('a masked word is resolved in its context, not guessed from its first letter', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    // A noun hidden for tone after a determiner: at most a warning.
    ['C’est la p******e fois que le bac est oublié.', false],
    ['Une c******e d’eau a éclaté sur la rue des Forges.', false],
    ['Mme T******* a répondu à ma plainte.', false],
    // Said to someone: an insult.
    ['T’es une c*****e.', true],
    ['Espèce de c****d !', true],
    ['Les employés du garage sont des c****s.', true],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});
