/**
 * The net one level up (grammar/cooccur.ts, findSentenceCooccurrence): the group and the degrading
 * word or word of hatred split by a comma, an aside or a dislocation, so no clause holds both, is a
 * WARNING to check and the received comment is « disrespectful ». Quieter than the clause net: a
 * hypothesis, an exception that denies (« tout sauf »), a claim put in someone's mouth, a ban, a
 * relative clause about something else, a negation anywhere in the sentence, a victim, and violence
 * without a frame keep the sentence clean. A fault noun of a thing (« la saleté des rues ») is no
 * fault of the group.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, warnings } from './grammar-helpers.ts';

const groups = ['immigrants', 'musulmanes', 'femmes', 'gais', 'personnes trans', 'Haïtiens', 'itinérants'];

/** Split across clauses: only the sentence holds the group and the word. */
const split = [
  'Pour être honnête, ce que je ressens pour les {g}, c’est du mépris',
  'Avec les {g}, c’est toujours la même paresse, année après année',
  'Les {g} du coin, toujours aussi hypocrites que d’habitude',
  'Les {g}, franchement, après toutes ces années, toujours la même hypocrisie',
  'Quand je pense aux {g}, honnêtement, c’est juste du dégoût',
];

/** The same words where the sentence does not say them of the group. */
const clean = [
  'Si les {g} étaient des parasites, on le saurait depuis longtemps',
  'Les {g} sont tout sauf paresseux, c’est évident',
  'Vous insinuez que les {g}, ce sont des parasites',
  'Il est interdit de traiter les {g} de parasites sur cette page',
  'La chose qui vous dérange, c’est que les {g} prennent leur place',
  'Les {g}, je ne les ai jamais trouvés hypocrites',
  'La chaleur peut tuer les {g} : restez au frais',
  'Les {g} subissent beaucoup de mépris, au quotidien',
  'Les {g} de mon quartier sont fatigués de la saleté des rues, pis moi aussi',
];

describe('le filet de la phrase : un doute à vérifier', () => {
  for (const group of groups)
    it.each(split.map((f) => fill(f, group)))('%s', (text) => {
      expect(errors(text)).toEqual([]);
      expect(warnings(text).length, text).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
});

describe('le filet de la phrase : les mêmes mots, pas dits du groupe', () => {
  for (const group of groups)
    it.each(clean.map((f) => fill(f, group)))('%s', (text) => {
      expect(errors(text)).toEqual([]);
      expect(warnings(text).filter((w) => w.message.includes('peut-être'))).toEqual([]);
      expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
});
