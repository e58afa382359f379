/**
 * The one-letter correction (src/engine/text/disguise.ts) never turns an ordinary French word into
 * a listed one: every word of a 336 000-word French dictionary (an-array-of-french-words, a
 * devDependency read here only) is run through it. Words it would change (« caisse » → « câlisse »)
 * belong in `nearMisses` (lexicon/disrespect.ts); the few it may change are themselves spellings
 * of insults.
 */
import { describe, expect, it } from 'vitest';
import { resolveWord } from '../../../src/engine/text/disguise.ts';
import { kindOf } from '../../../src/engine/text/vocabulary.ts';
import { foldedDictionaryWords } from '../../support/dictionary.ts';

/** Dictionary words that are spellings of an insult: their correction is right. */
const INSULTING_SPELLINGS = new Set(['degelasse', 'pouffasse']);

describe('the one-letter correction spares ordinary words', () => {
  it('changes no word of a French dictionary into a listed word', { timeout: 120_000 }, () => {
    const changed: string[] = [];
    const words = foldedDictionaryWords();
    for (const word of words) {
      if (kindOf(word) !== undefined || INSULTING_SPELLINGS.has(word)) continue;
      const resolved = resolveWord(word);
      if (resolved !== word && kindOf(resolved) !== undefined) changed.push(`${word} → ${resolved}`);
    }
    expect(words.length).toBeGreaterThan(300_000);
    expect(changed).toEqual([]);
  });
});
