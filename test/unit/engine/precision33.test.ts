/**
 * Round 33, clean sentences of the fresh read sets' kind that got an error: the same words said by the speaker stay read.
 * - A name refused with « sans » (« on peut critiquer sans traiter la conseillère d'idiote ») is counter-speech: the word
 *   repeated may warn on the City's account (issue 12), never an error, never « disrespectful ».
 * - « Des oreilles de Christ » (fried pork rinds, a sugar-shack dish) is a name, not an oath.
 * - « Tête de serviette » is a slur made of ordinary words; the towel on one's head is not.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'a name refused with « sans » is counter-speech; the speaker\'s own name-calling stays read (round 33)',
  [
    'Sans vouloir être méchant, t\'es un idiot',
    'Je l\'ai traitée d\'idiote sans gêne pis je le referais',
    'T\'es un cave sans cervelle',
    'Sans farce, les immigrants sont des parasites',
    // « sans » further from the verb is the speaker's manner, not a refusal.
    'Sans mentir, on peut dire que les immigrants sont des parasites',
  ],
  [
    'Un peu de respect : on peut critiquer le budget sans traiter la conseillère d\'idiote.',
    'On peut ne pas être d\'accord sans la traiter de niaiseuse',
    'On peut parler d\'immigration sans dire que les immigrants sont des parasites.',
    'Capable de débattre sans traiter tout le monde de cave?',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« oreilles de Christ », the dish, is a name; the oath beside it stays read (round 33)',
  ['Crisse de cave, tu sais même pas faire des oreilles', 'Mes oreilles, crisse, ça sillait', 'Christ que t\'es épais'],
  [
    'Au brunch de la cabane à sucre, les oreilles de Christ étaient bien croustillantes.',
    'J\'ai mangé des oreilles de crisse pis du jambon à l\'érable',
    'Y restait pu d\'oreilles de Christ au buffet des aînés',
  ],
  { cleanNotDisrespectful: true },
);

describe('the word refused is still repeated on the City\'s account (issue 12: worth a warning)', () => {
  it('« sans traiter la conseillère d\'idiote » warns, without an error', () => {
    const text = 'On peut critiquer sans traiter la conseillère d\'idiote.';
    expect(warnings(text).length).toBeGreaterThan(0);
    expect(errors(text)).toEqual([]);
  });
});

describeReading(
  'a slur made of ordinary words: « tête de serviette » said of people, disguised or not (round 33)',
  ['Les têtes de serviette ont rien à faire au conseil', 'Encore une t3t3 d3 s3rvi3tt3 au comptoir', 'Maudites têtes de torchon'],
  ['J\'ai mis une serviette sur ma tête en sortant de la piscine', 'La tête de lit est couverte d\'une serviette', 'Range le torchon, pas sur ta tête!'],
  { cleanNotDisrespectful: true },
);
