/**
 * Undoing disguise in one word (3.2): digits and symbols used as letters (« m3rde », « t@b@rn@k »),
 * masks (« c*****e », « f*ck »), stretched letters (« ostiiiie »), and, on long listed words only,
 * one letter missing, doubled or swapped (« tabarnk », « calvairre », « ciobire »). A correction is
 * kept only when it lands on a listed word (text/vocabulary.ts): an ordinary word is never changed,
 * except for the digits and symbols read as letters. A misspelt word of the grammar (« musluman »,
 * « mrot ») is read back through grammar/near.ts and its dictionary guard, so every analyser (word
 * lists, phrases, grammar) sees the word. Every step is bounded by the word's length
 * (words longer than MAX_RESOLVE are left as they are), so the cost stays linear in the text.
 */
import { nearMisses } from '../lexicon/disrespect.ts';
import { squeeze } from './chars.ts';
import { MIN_FUZZY, kindOf, vocabulary } from './vocabulary.ts';
import { fitsMask, nearCore, spelledWord } from './grammar/near.ts';
import { isGrammarWord } from './grammar/patterns.ts';
import { isCommonFrench } from './language.ts';
import { zPlural } from './texting.ts';

/** What a digit or symbol stands for inside a word. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '@': 'a', $: 's', '€': 'e', '!': 'i', '|': 'l',
};
/** Characters that hide a letter. */
export const MASKS = new Set(['*', '#']);

const NEAR_MISSES = new Set(nearMisses);

/** Longest word worth resolving (a 100 000-letter paste is not a disguised sacre). */
const MAX_RESOLVE = 32;

const known = (w: string): boolean => kindOf(w) !== undefined;

/** The listed word a masked word stands for (same length, same visible letters), if any. */
function unmask(word: string): string | undefined {
  const visible = [...word].filter((c) => !MASKS.has(c)).length;
  if (visible < 1 || MASKS.has(word[0] ?? '*')) return undefined;
  // A slur is the strongest reading of a mask: kept only when no other listed word fits (« t'es un c***** »).
  let slur: string | undefined;
  for (const candidate of vocabulary().byLength.get(word.length) ?? []) {
    if (!fitsMask(word, candidate)) continue;
    if (kindOf(candidate) !== 'hate') return candidate;
    slur ??= candidate;
  }
  // A plural whose singular is listed (« c*****s »: « crétins »).
  const singular = slur === undefined && word.endsWith('s') && word.length > 3 ? unmask(word.slice(0, -1)) : undefined;
  return singular !== undefined ? `${singular}s` : slur;
}

/** A listed word one edit away (missing, doubled or swapped letter) from a long word. */
function nearListed(word: string): string | undefined {
  if (word.length < MIN_FUZZY - 1 || word.length > MAX_RESOLVE || NEAR_MISSES.has(word)) return undefined;
  const v = vocabulary();
  const fits = (w: string): boolean => w.length >= MIN_FUZZY && v.forms.has(w);
  const missing = v.missing.get(word);
  if (missing) return missing;
  for (let k = 0; k + 1 < word.length; k += 1) {
    if (word[k] === word[k + 1]) {
      const single = word.slice(0, k) + word.slice(k + 1);
      if (fits(single)) return single;
    } else {
      const swapped = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
      if (fits(swapped)) return swapped;
    }
  }
  return undefined;
}

/**
 * The word behind `raw` (a folded token that may hold digits, symbols or masks): `raw` itself for
 * an ordinary word.
 */
export function resolveWord(raw: string): string {
  if (raw.length > MAX_RESOLVE) {
    // A shout held long (« putainnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn ») is a short word once its runs are cut;
    // beyond a few hundred letters it is a paste, not a word.
    if (raw.length > 8 * MAX_RESOLVE) return raw;
    const one = squeeze(raw, 1);
    if (one.length > MAX_RESOLVE || one.length === raw.length) return raw;
    const word = resolveWord(one);
    return known(word) ? word : resolveWord(squeeze(raw, 2));
  }
  let mapped = '';
  let masked = false;
  for (const c of raw) {
    if (MASKS.has(c)) masked = true;
    mapped += LEET[c] ?? c;
  }
  if (masked) return unmask(mapped) ?? mapped;
  if (known(mapped)) return mapped;
  // A frame's or a common three-letter word with one letter disguised (« l3s », « d€s », « qu3 », « t0i ») is that word, and
  // so is a two-letter one whose letter comes first (« n3 », « l4 », « d3 »: « 7e » and « 5e » are ordinals).
  if (((mapped.length === 3 && (spelledWord(mapped) || isCommonFrench(mapped))) || (mapped.length === 2 && !(raw[0]! in LEET) && spelledWord(mapped))) && mapped !== raw && [...raw].filter((c) => c in LEET).length === 1) return mapped;
  // An unlisted short word or one that keeps other digits is a name or a code (« v3r.net », « covid19 », « mp3 »), not a disguise.
  if (mapped !== raw && (mapped.length < 4 || /\d/.test(mapped))) return raw;
  if (mapped.includes('i') && raw.includes('1')) {
    const asL = [...raw].map((c) => (c === '1' ? 'l' : (LEET[c] ?? c))).join('');
    // A word of the lists, or of the grammar's own (« mongo1iens »: a slur the grammar reads).
    if (known(asL) || isGrammarWord(asL)) return asL;
  }
  const one = squeeze(mapped, 1);
  if (one !== mapped) {
    if (known(one)) return one;
    const two = squeeze(mapped, 2);
    if (known(two)) return two;
    return nearListed(two) ?? nearListed(one) ?? mapped;
  }
  // « tranz », « junkiz »: a plural written with « z » (texting.ts), when the plural is a listed word or the grammar's.
  // A short code read as letters is never also corrected (« F1F05 » is no « fifons » missing a letter).
  if (mapped !== raw && mapped.length < 6) return mapped;
  return nearListed(mapped) ?? nearCore(mapped) ?? zPlural(mapped, (w) => known(w) || isGrammarWord(w)) ?? mapped;
}
