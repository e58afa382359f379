/**
 * A misfortune wished or welcomed (grammar/misfortune.ts): a warning to check, never an error. The flagged rows were
 * missed on 202d84e (the first four are constructions of home set 10, read this session, rewritten); the clean rows
 * are the same words said with care, with help, or as news.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, warnings } from './grammar-helpers.ts';

const flagged = [
  'J’espère que le prochain autobus de réfugiés se ramasse dans le fleuve.',
  'Si quelqu’un mettait le feu à leur mosquée, honnêtement je pleurerais pas.',
  'Un bon cancer pour toute l’équipe des communications, c’est ce que je vous souhaite.',
  'Les vieux en CHSLD, une bonne grippe pis on règle le problème.',
  'J’espère que vous allez tous attraper la grippe, les fonctionnaires.',
  'Un incendie à la synagogue? Bon débarras.',
  'Si le refuge passait au feu, ça me dérangerait pas pantoute.',
  'Pourvu que leur bateau coule avant d’arriver, ces migrants.',
];

const clean = [
  'J’espère que les pompiers vont maîtriser l’incendie au refuge.',
  'J’espère que personne n’a été blessé dans l’accident.',
  'Je souhaite un prompt rétablissement aux victimes de l’incendie.',
  'J’espère que les aînés vont se faire vacciner contre la grippe.',
  'J’espère que le maire va guérir de son cancer.',
  'Le maire a eu un accident, j’espère qu’il va bien.',
  'J’espère que les réfugiés ne vont pas se noyer en traversant.',
  'Ça me dérange pas que la mosquée ouvre, mais faites attention au feu d’artifice.',
  'Le refuge a passé au feu, heureusement personne n’est blessé.',
];

describe('a misfortune wished or welcomed near a people or a person is a warning to check', () => {
  for (const text of flagged) {
    it(text, () => {
      expect(warnings(text).length + errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

describe('the same words with care, help or news stay clean', () => {
  for (const text of clean) {
    it(`clean: ${text}`, () => {
      expect(errors(text)).toEqual([]);
      expect(warnings(text)).toEqual([]);
    });
  }
});
