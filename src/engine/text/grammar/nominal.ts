/**
 * Nominal sentences restated with their copula (3.2): a people set out at the head of a sentence, a
 * comma or a colon, then what they are, without a verb (« Les … : une calamité », « Les …, une vraie
 * plaie pour le Québec », « Ces …, quelle plaie »), read as « les … sont une calamité », so every
 * reading of what is said of a group applies. Only a short verbless rest opened by an indefinite
 * determiner or « quel » counts: an enumeration (« les …, les … »), a clause of its own (« les …, un
 * logement les attend », « …, il faut les aider ») and a long sentence are left as written. The copula put
 * in carries the span of the determiner it stands on (universal.ts puts it in). One pass, bounded look
 * ahead: linear.
 */
import type { Token } from '../tokens.ts';
import { keyOf } from './patterns.ts';

const SENTENCE = 2;
const HEAD = new Set(['les', 'ces']);
/** What may open the nominal predicate (« une … », « des … », « rien que des … », « tous des … », « pas un pour … », « quelle … »). */
const OPENS = new Set(['un', 'une', 'des', 'rien', 'tous', 'toutes', 'juste', 'que', 'vraiment', 'de', 'd', 'du', 'pas']);
const EXCLAIM = new Set(['quel', 'quelle', 'quels', 'quelles']);
/** Words that show a verb of its own in the rest: subject and object pronouns, relatives. */
const CLAUSAL = new Set(['il', 'ils', 'elle', 'elles', 'on', 'je', 'j', 'tu', 'y', 'les', 'leur', 'lui', 'se', 's', 'me', 'm', 'te', 't', 'qui', 'qu', 'dont', 'ou', 'est', 'sont', 'a', 'ont', 'sera', 'seront', 'faut', 'va', 'vont', 'c', 'ca']);
/** The group's name (determiner excluded) and the rest: at most these many words. */
const NAME_MAX = 3;
const REST_MAX = 7;

/**
 * Where a nominal predicate opens (1, or 2 after « quel »: « des » is put in too), or undefined when the
 * text has none. Found in one pass; universal.ts puts the copula in as it copies the words.
 */
export function nominalAt(words: readonly Token[], brk: readonly number[]): Uint8Array | undefined {
  let at: Uint8Array | undefined;
  for (let i = 0; i < words.length; i += 1) {
    // A sentence that opens with « les / ces » + a name, then a break.
    if ((i !== 0 && brk[i] !== SENTENCE) || !HEAD.has(keyOf(words[i]!))) continue;
    let k = i + 1;
    while (k < words.length && k - i <= NAME_MAX && brk[k] === 0) k += 1;
    // « Les … : une calamité », and the question answered at once (« Les … ? Une calamité. »).
    const open = k < words.length && brk[k] !== 0 && k > i + 1 ? keyOf(words[k]!) : '';
    if (!OPENS.has(open) && !EXCLAIM.has(open)) continue;
    let e = k + 1;
    let clausal = false;
    while (e < words.length && brk[e] === 0 && e - k <= REST_MAX) {
      if (CLAUSAL.has(keyOf(words[e]!))) clausal = true;
      e += 1;
    }
    if ((e >= words.length || brk[e] === SENTENCE) && !clausal && e - k <= REST_MAX) (at ??= new Uint8Array(words.length))[k] = EXCLAIM.has(open) ? 2 : 1;
  }
  return at;
}
