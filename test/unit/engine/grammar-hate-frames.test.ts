/**
 * Hate frames beyond « G sont des P »: a broad class of condemnation, the reader counted in the group
 * (« les … comme vous »), exceptives (« rien d'autre que »), worth denied, emotions toward a group,
 * accusations. Each class has a clean counterpart in the same words: negated, positive, or not about people.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups = ['les immigrants', 'les musulmanes', 'les blacks', 'les homos', 'les personnes handicapées', 'les aînés', 'les BS'];

/** Class → hateful frames, then clean frames with the same words. */
const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  condemnation: {
    hateful: ['{G} sont absolument abjects.', '{G} sont juste irrécupérables', '{G} sont tous malhonnêtes', '{G} sont sans aucun doute les personnes les plus stupides du Québec.', '{G} sont cruels pis ignobles'],
    clean: ['{G} ne sont pas malhonnêtes.', 'Les délais sont aberrants pour {g}.', 'Le sort réservé aux personnes seules est révoltant, disent {g}.', '{G} sont sans aucun doute les bienvenus.'],
  },
  'the reader in the group': {
    hateful: ['{G} comme vous sont immondes', '{G} comme toi sont juste pitoyables.', '{G}, comme vous, sont des parasites'],
    clean: ['{G} comme vous sont les bienvenus au centre communautaire.', '{G} comme toi ne sont pas des parasites.'],
  },
};

describe('hateful frames about a group are an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = fill(frame, group);
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same words, negated, positive or not about people, stay clean', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = fill(frame, group);
        it(`${name}: ${text}`, () => {
          expect(errors(text)).toEqual([]);
          expect(classifyIncoming(text)).not.toBe('disrespectful');
        });
      }
    }
  }
});
