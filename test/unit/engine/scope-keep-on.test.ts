/**
 * A negation that says « keep on » asserts (grammar/scope.ts, isNegated): « ils n'arrêtent pas
 * d'être… », « ne cessent de… », « ne manquent jamais de… ». The statement after it is the speaker's
 * and is flagged; a real negation of the statement stays clean. Written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, tone } from './grammar-helpers.ts';

const groups = ['immigrés', 'musulmans', 'gais', 'Haïtiens'];
const asserted = [
  'Les {g} n’arrêtent pas d’être des pervers',
  'Les {g} ne manquent jamais de se montrer rapaces',
  'Franchement, les {g} ne cessent pas d’être des parasites',
];
const denied = [
  'Les {g} ne sont pas des pervers',
  'Je n’arrête pas de défendre les {g} contre ceux qui les traitent de parasites',
  'Les {g} n’arrêtent pas d’être traités de parasites, c’est honteux',
];

describe('a negation that says « keep on » asserts the statement', () => {
  it.each(asserted.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('a real negation or a defence stays clean', () => {
  it.each(denied.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});

/** A lone « ne » before « juste / seulement » restricts (« ils ne sont juste bons à rien »), it does not deny. */
describe('a lone « ne » before a restricting adverb is no negation', () => {
  it.each(groups.map((g) => fill('Les {g} ne sont juste écœurants', g)))('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
  });
  it.each(groups.map((g) => fill('Les {g} ne sont simplement pas des pervers', g)))('still denied: %s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
