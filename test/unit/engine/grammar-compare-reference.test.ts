/**
 * « Nul n'est plus … que » with the group taken up by a pronoun from the sentence before (hate.ts):
 * « Je vis à côté de … . Il n'y a rien de plus hypocrite qu'eux. » is the same statement as « … que les
 * … ». A praise or a denial stays clean. Written for this file.
 */
import { describe, expect, it } from 'vitest';
import { errors, fill, tone } from './grammar-helpers.ts';

const groups = ['musulmans', 'immigrés', 'Haïtiens', 'gais'];
const compared = [
  'Je vis à côté de {g}. Il n’y a rien de plus hypocrite qu’eux.',
  'Les {g} ? Il n’y a pas plus paresseux qu’eux.',
  'J’ai travaillé avec des {g}. Rien de plus malhonnête qu’eux.',
];
const clean = [
  'Je vis à côté de {g}. Il n’y a rien de plus généreux qu’eux.',
  'On dit que les {g} sont hypocrites. Il n’y a rien de plus faux.',
];

describe('a comparison that takes the group up by a pronoun', () => {
  it.each(compared.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(tone(text).some((f) => f.rule === 'respectful-language'), text).toBe(true);
  });
  it.each(clean.flatMap((f) => groups.map((g) => fill(f, g))))('clean: %s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});

/** Nothing annoys more than the group (« rien ne m'énerve plus que les … »): annoyance, like disgust, compared to all. */
describe('nothing annoys the speaker more than the group', () => {
  it.each(groups.map((g) => fill('Rien ne m’énerve plus que les {g}.', g)).concat(groups.map((g) => fill('Personne ne m’exaspère autant que les {g}.', g))))('%s', (text) => {
    expect(tone(text).some((f) => f.rule === 'respectful-language'), text).toBe(true);
  });
  it.each(['Rien ne m’énerve plus que les embouteillages.', 'Rien ne me dérange plus que le racisme envers les immigrés.'])('clean: %s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
