/**
 * « Quand » + a subject, then a main clause, tells a time, not a question (classify.ts, asks): a
 * received comment that opens so is classified by what it says; a later clause may still ask.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming } from '../../../src/engine/index.ts';

describe('« quand » as a time, not a question', () => {
  it.each([
    ['Quand je reçois mon compte de taxes, je paie en ligne.', 'comment'],
    ['Quand je vois des enfants maltraités, j’ai envie de vomir.', 'comment'],
    ['Quand on appelle, est-ce qu’on peut laisser un message', 'question'],
    ['Quand est-ce que la piscine ouvre', 'question'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncoming(text)).toBe(kind);
  });
});
