/**
 * « plus » after a verb of violence (grammar/scope.ts, isNegated): a quantity (« le plus de … possible »),
 * an addition (« en plus ») or a time (« plus tard ») keeps the threat the speaker's; « plus » before an
 * object pronoun, without « ne », is Québec's « ne … plus » and negates it (« je vais plus les tabasser »).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const threats = [
  'Il faut tuer le plus de musulmans possible.',
  'Faudrait en pendre le plus possible, de ces immigrants.',
  'Je vais les tuer plus tard, les réfugiés.',
  'On va les tabasser plus vite que ça, les gais.',
  'Je vais te planter plus tôt que tu penses.',
];

const negated = [
  'Je vais plus les tabasser, c’est fini ce temps-là.',
  'Je veux plus te frapper, je me suis calmé.',
  'On va plus jamais se battre avec eux.',
  'Je veux plus tuer personne dans ce jeu-là.',
];

describe('« plus » that compares or adds keeps the threat', () => {
  it.each(threats)('%s', (text) => {
    expect(errors(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('« plus » before the pronoun negates, in Québec French', () => {
  it.each(negated)('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
