/**
 * A people shrugged off (grammar/insult.ts): « les handicapés, on s'en torche », « je m'en fous des immigrés » is
 * contempt for a group, a warning to check, and a received comment that says it is disrespectful. A shrug about a
 * thing stays a question of tone; a denied or reported shrug is not the speaker's. Written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, tone } from './grammar-helpers.ts';

const respectful = (text: string) => tone(text).filter((f) => f.rule === 'respectful-language');

const shrugged = ['Les handicapés, on s’en torche.', 'Je m’en fous des immigrés.', 'Je m’en fiche pas mal des réfugiés, qu’ils se débrouillent.', 'Les autochtones? On s’en balance.'];
const clean = ['On s’en fout, de la pluie.', 'Je ne m’en fous pas des réfugiés, au contraire.', 'Dire qu’on s’en fout des immigrés, c’est honteux.'];

describe('a people shrugged off', () => {
  it.each(shrugged)('%s', (text) => {
    expect(respectful(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(clean)('not contempt for a group: %s', (text) => {
    expect(respectful(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});
