/**
 * Round 30: the speaker's feeling read over a clause (hate.ts) stops at what is read, seen or said after the feeling
 * (« j'ai la nausée quand je lis des commentaires contre les … »): the words are what disgusts, the group only their topic.
 * The feeling for the group itself stays an error. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, tone, warnings } from './grammar-helpers.ts';

describeReading(
  'the feeling for a group itself (round 30): an error, disrespectful',
  [
    'J\'ai de la haine pour les immigrants',
    'jai tellement de haine contre les gais',
    'Nous ressentons une vive antipathie envers les Haïtiens',
    'J\'ai un profond mépris envers les musulmans, je le dis',
    'J\'ai du dégoût pour les autochtones',
  ],
  [
    'J\'ai la nausée quand je lis des commentaires racistes contre les musulmans',
    'J\'ai la nausée à lire des commentaires racistes contre les musulmans',
    'J\'ai du dégoût en lisant les propos haineux contre les autochtones',
    'J\'ai de la haine pour les propos contre les immigrants',
    'J\'ai un haut-le-cœur quand je vois des insultes envers les femmes voilées',
    'jai du degout quand jentends des blagues sur les gais',
    'J\'ai de l\'aversion pour les messages haineux contre les réfugiés',
  ],
);

describe('a precaution beside a danger of its sentence (round 30): a safety notice', () => {
  it.each([
    'Travaux près du nouveau refuge, faites attention à vos enfants',
    'Chantier devant le refuge, surveillez vos enfants',
    'Verglas sur la côte près du centre d\'hébergement, attention à vos chars',
  ])('no warning: %s', (text) => {
    expect(tone(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
  it.each([
    'Nouveau refuge à côté de l\'école, faites attention à vos enfants',
    'Le nouveau refuge ouvre, y\'aura des voleurs partout, cachez vos sacoches',
    'Avec le refuge, des vols partout, barrez vos portes',
  ])('still a warning: %s', (text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});
