/**
 * Nominal sentences restated with their copula (3.2): a people set out at the head of a sentence, a
 * comma or a colon, then what they are, without a verb (« Les … : une calamité », « Les …, une vraie
 * plaie pour le Québec », « Ces …, quelle plaie »), read as « les … sont une calamité », so every
 * reading of what is said of a group applies. Only a short verbless rest opened by an indefinite
 * determiner or « quel » counts: an enumeration (« les …, les … »), a clause of its own (« les …, un
 * logement les attend », « …, il faut les aider ») and a long sentence are left as written. The copula put
 * in carries the span of the determiner it stands on. One pass, bounded look ahead: linear.
 */
import type { Token } from '../tokens.ts';
import { keyOf } from './patterns.ts';

const HEAD = new Set(['les', 'ces']);
/** What may open the nominal predicate (« une … », « des … », « rien que des … », « tous des … », « pas un pour … », « quelle … »). */
const OPENS = new Set(['un', 'une', 'des', 'rien', 'tous', 'toutes', 'juste', 'que', 'vraiment', 'de', 'd', 'du', 'pas']);
const EXCLAIM = new Set(['quel', 'quelle', 'quels', 'quelles']);
/** Words that show a verb of its own in the rest: subject and object pronouns, relatives. */
const CLAUSAL = new Set(['il', 'ils', 'elle', 'elles', 'on', 'je', 'j', 'tu', 'y', 'les', 'leur', 'lui', 'se', 's', 'me', 'm', 'te', 't', 'qui', 'qu', 'dont', 'ou', 'est', 'sont', 'a', 'ont', 'sera', 'seront', 'faut', 'va', 'vont', 'c', 'ca']);
/** The group's name (determiner excluded) and the rest: at most these many words. */
const NAME_MAX = 3;
const REST_MAX = 7;

const as = (t: Token, form: string): Token => ({ ...t, norm: form, form, lemma: form });

/** Rewrites the nominal sentences of the stream's words in place (see stream.ts): found in one pass, then copied once. */
export function restateNominal(words: Token[], brk: number[], quoted: number[], hyphen: number[], clause: number, sentence: number): void {
  const at: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // A sentence that opens with « les / ces » + a name, then a clause break.
    if ((i !== 0 && brk[i] !== sentence) || !HEAD.has(keyOf(words[i]!))) continue;
    let k = i + 1;
    while (k < words.length && k - i <= NAME_MAX && brk[k] === 0) k += 1;
    // « Les … : une calamité », and the question answered at once (« Les … ? Une calamité. »).
    const open = k < words.length && (brk[k] === clause || brk[k] === sentence) && k > i + 1 ? keyOf(words[k]!) : '';
    if (!OPENS.has(open) && !EXCLAIM.has(open)) continue;
    let e = k + 1;
    let clausal = false;
    while (e < words.length && brk[e] === 0 && e - k <= REST_MAX) {
      if (CLAUSAL.has(keyOf(words[e]!))) clausal = true;
      e += 1;
    }
    if ((e >= words.length || brk[e] === sentence) && !clausal && e - k <= REST_MAX) at.push(k);
  }
  if (at.length === 0) return;
  const w = words.slice();
  const b = brk.slice();
  const q = quoted.slice();
  const h = hyphen.slice();
  words.length = brk.length = quoted.length = hyphen.length = 0;
  let next = 0;
  for (let i = 0; i < w.length; i += 1) {
    if (at[next] === i) {
      next += 1;
      // « Les … : une calamité » → « les … sont une calamité »; « quelle plaie » → « sont des plaie ».
      const exclaim = EXCLAIM.has(keyOf(w[i]!));
      words.push(as(w[i]!, 'sont'), exclaim ? as(w[i]!, 'des') : w[i]!);
      brk.push(0, 0);
      quoted.push(q[i]!, q[i]!);
      hyphen.push(0, 0);
      continue;
    }
    words.push(w[i]!);
    brk.push(b[i]!);
    quoted.push(q[i]!);
    hyphen.push(h[i]!);
  }
}
