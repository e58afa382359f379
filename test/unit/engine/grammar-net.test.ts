/**
 * The net under the frames (grammar/cooccur.ts): a group, then a degrading word or a word of hatred
 * in the same clause, in shapes no frame reads, is a WARNING to check, and the received comment is
 * « disrespectful ». The same words about something else, with the group as a complement, a victim,
 * a defender, a negation or a report, stay free of it.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncomingDetailed } from '../../../src/engine/index.ts';
import { classifyIncoming, errors, fill, tone, warnings } from './grammar-helpers.ts';

const groups = ['immigrants', 'musulmans', 'femmes', 'Autochtones', 'gais', 'personnes trans', 'Haïtiens', 'itinérants'];

/** Shapes the frames do not read: adverbs, adjectives and asides between the group and the word. */
const doubtful = [
  'Les {g}, franchement, on sait tous que c’est de la belle racaille finie',
  'Les {g} restent à mes yeux de complètes pourritures',
  'Les {g} ont toujours eu une hypocrisie incroyable',
  'Ya rien de plus hypocrite que les {g}',
  'Seuls les {g} peuvent faire preuve d’une telle bêtise',
  'Les {g} ? Une belle gang de parasites finis, ça c’est sûr',
  'Honnêtement les {g} m’inspirent juste du dégoût',
];

/** The same words, where they are not said of the group. */
const clean = [
  'Le sort réservé aux {g} est révoltant',
  'Les délais imposés aux {g} sont aberrants',
  'Les {g} sont victimes de propos dégoûtants en ligne',
  'Il faut protéger les {g} contre la haine et le mépris',
  'Les {g} ne sont pas des parasites',
  'Arrêtez de dire que les {g} sont des pourritures',
  'Le refuge pour les {g} a fermé à cause de la saleté du bâtiment',
  'On dénonce le mépris envers les {g}',
];

describe('le filet sous les cadres : un doute à vérifier', () => {
  for (const group of groups)
    it.each(doubtful.map((f) => fill(f, group)))('%s', (text) => {
      expect(tone(text).length, text).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
});

describe('les mêmes mots, pas dits du groupe', () => {
  for (const group of groups)
    it.each(clean.map((f) => fill(f, group)))('%s', (text) => {
      expect(errors(text)).toEqual([]);
      expect(warnings(text).filter((w) => w.message.includes('peut-être'))).toEqual([]);
    });
});

describe('un doute reste un avertissement', () => {
  it.each([
    ['Les immigrants restent à mes yeux de complètes pourritures', /un groupe et un mot dégradant/u],
    ['À quoi servent les immigrants?', /une question qui semble rabaisser un groupe/u],
    ['Normal, c’est des musulmans.', /appartenance à un groupe donnée comme explication/u],
  ])('le message dit ce qui fait douter : %s', (text, reason) => {
    const [finding] = tone(text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(reason);
  });
  it('le message dit de vérifier, sans trancher', () => {
    const [finding] = tone('Les immigrants restent à mes yeux de complètes pourritures');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/À vérifier/u);
  });
  it('le commentaire reçu marque le passage comme un doute, que la page présente « à vérifier »', () => {
    const reading = classifyIncomingDetailed('Les immigrants restent à mes yeux de complètes pourritures');
    expect(reading.kind).toBe('disrespectful');
    expect(reading.disrespect.map((d) => d.doubtful)).toEqual(['together']);
    expect(classifyIncomingDetailed('Osti de cave').disrespect.every((d) => d.doubtful === undefined)).toBe(true);
  });
  it('un mot des listes garde son propre constat', () => {
    expect(errors('Je pense que c’est typique des immigrants d’être aussi stupides').length).toBeGreaterThan(0);
  });
});
