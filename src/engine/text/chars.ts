/**
 * Character classes read by code point, for scanners that walk a text once (shouting, language):
 * `\p{L}` and `\p{N}` as the `u` regular expressions define them, with ASCII answered by arithmetic
 * and every other code point of the Basic Multilingual Plane tested once and remembered. Cheaper
 * than a regular expression run once per word on a 100 000-character paste.
 */

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
/** Per BMP code point: 0 not yet known, 1 letter, 2 number, 3 neither. */
const BMP = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 3;
}

/** The same beyond the BMP (emoji, styled letters), by code point: a paste repeats its emoji. */
const ASTRAL = new Map<number, number>();

/** 1 for a letter (`\p{L}`), 2 for a number (`\p{N}`), 3 for anything else. */
export function charClass(cp: number): number {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122) ? 1 : cp >= 48 && cp <= 57 ? 2 : 3;
  if (cp > 0xffff) {
    let k = ASTRAL.get(cp);
    if (k === undefined) {
      k = classify(cp);
      if (ASTRAL.size < 4096) ASTRAL.set(cp, k);
    }
    return k;
  }
  let k = BMP[cp]!;
  if (k === 0) BMP[cp] = k = classify(cp);
  return k;
}

/** The code point at `i` (a lone surrogate stands for itself, as in a `u` regular expression). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** UTF-16 length of a code point. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** A slot of a table of 2^bits entries for the characters text[from, to) (FNV-1a): the word caches find a word before cutting it out. */
export function charsSlot(text: string, from: number, to: number, bits: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/**
 * Runs of 3+ identical letters cut to `keep` letters, runs of 1 or 2 left as they are (French never
 * writes three in a row, except « créée »): for stretched and disguised words (disguise.ts, grammar/stream.ts).
 */
export function squeeze(word: string, keep: number): string {
  let out = '';
  for (let k = 0; k < word.length; ) {
    let end = k + 1;
    while (end < word.length && word[end] === word[k]) end += 1;
    out += (word[k] ?? '').repeat(end - k >= 3 ? keep : end - k);
    k = end;
  }
  return out;
}
