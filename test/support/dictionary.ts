/**
 * The words of a French dictionary (an-array-of-french-words, a devDependency read only by tests),
 * folded as the engine folds them (lowercase, no accents), letters only, each once: what the
 * disguise tests run through the engine to prove no real word is « corrected ».
 */
import { createRequire } from 'node:module';
import { fold } from '../../src/engine/text/normalize.ts';

const require = createRequire(import.meta.url);

export function foldedDictionaryWords(): string[] {
  const seen = new Set<string>();
  for (const entry of require('an-array-of-french-words/index.json') as string[]) {
    const word = fold(entry);
    if (/^[a-z]+$/.test(word)) seen.add(word);
  }
  return [...seen];
}
