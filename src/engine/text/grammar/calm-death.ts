/**
 * A death wished as care (« qu'ils puissent mourir dans la dignité », « en paix », « chez eux », « sans souffrir »): the
 * manner right after the verb of dying, at k, makes the wish a kindness, not harm (threat.ts, doom.ts).
 */
import type { Stream } from './stream.ts';

const CALM_DEATH = new Set(['paisiblement', 'dignement', 'sereinement', 'chez', 'entoure', 'entoures', 'entouree', 'entourees']);
const CALM_AFTER = new Set(['dignite', 'paix', 'sommeil', 'lit', 'serenite', 'souffrir', 'souffrance', 'douleur', 'douleurs']);
export function goodDeath(s: Stream, k: number): boolean {
  const at = (j: number): string => (j < s.words.length && s.sentence[j] === s.sentence[k] ? s.wordKeys[j]! : '');
  const w = at(k);
  if (CALM_DEATH.has(w)) return true;
  if (w === 'en' || w === 'sans') return CALM_AFTER.has(at(k + 1));
  return w === 'dans' && CALM_AFTER.has(at(k + 2)) && ['la', 'leur', 'son', 'sa'].includes(at(k + 1));
}
