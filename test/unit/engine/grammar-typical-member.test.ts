/**
 * One member made the type (grammar/groups.ts): « typique d'un … » speaks of
 * the whole group, as « typique des … » does, in a statement or a question. Written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, tone } from './grammar-helpers.ts';

const members = ['Juif', 'immigré', 'musulman', 'Haïtien', 'Autochtone'];
const typical = [
  'N’est-il pas typique d’un {g} d’être radin ?',
  'C’est typique d’un {g} d’être paresseux.',
  'C’est tellement typique d’un {g}.',
];

describe('one member made the type stands for the group', () => {
  it.each(typical.flatMap((f) => members.map((g) => fill(f, g))))('%s', (text) => {
    expect(tone(text).some((f) => f.rule === 'respectful-language'), text).toBe(true);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(['C’est typique d’un lundi matin.', 'Ce geste est digne d’un grand chef.', 'Un typique dimanche d’été au parc.'])('no group, no finding: %s', (text) => {
    expect(tone(text).filter((f) => f.rule === 'respectful-language')).toEqual([]);
  });
});

/** A stereotype with no fault said (« typique d'un … d'être généreux ») is a generalisation to check, never hate. */
describe('a praise made typical is no 3.2 error', () => {
  it.each([...members.map((g) => fill('C’est typique d’un {g} d’être généreux.', g)), 'Il est typique des immigrés de travailler fort.'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
