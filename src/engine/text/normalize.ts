/**
 * Text normalisation for matching: lowercase, accents stripped, apostrophes and dashes unified,
 * whitespace collapsed, with a map from every normalised character back to the ORIGINAL text's
 * UTF-16 offsets, so a match found on the normalised copy can be highlighted in the original.
 */

export interface Normalized {
  /** The original text, untouched. */
  readonly original: string;
  /** Lowercase, no accents, apostrophes as ', dashes as -, one space for any whitespace run. */
  readonly text: string;
  /** starts[i]: offset in `original` where the character that produced text[i] begins. */
  readonly starts: ArrayLike<number>;
  /** ends[i]: offset in `original` just after that character (end exclusive). */
  readonly ends: ArrayLike<number>;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '`', '\u00b4', '\u02bc', '\u2032']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const cache = new Map<string, string>();

/** Lowercase, accent-free form of one code point (may be empty for a lone combining mark). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = cache.get(ch);
  if (out === undefined) {
    if (APOSTROPHES.has(ch)) out = "'";
    else if (DASHES.has(ch)) out = '-';
    else {
      const lower = ch.toLowerCase();
      out = LIGATURES[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
      // Styled letters (fullwidth, mathematical, circled: « ｍｅｒｄｅ », « 𝓶𝓾𝓼𝓾𝓵𝓶𝓪𝓷 ») are the letters they
      // style; other compatibility forms (« … », « ² ») stay as they are.
      if (!/^[a-z]*$/.test(out)) {
        const plain = lower.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
        if (/^[a-z]+$/.test(plain)) out = plain;
      }
    }
    if (cache.size < 4096) cache.set(ch, out);
  }
  return out;
}

const isSpace = (ch: string): boolean => /\s/u.test(ch);

/** Invisible characters slipped inside a word (zero-width space and joiners, soft hyphen, BOM): dropped. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/**
 * Cyrillic and Greek letters drawn like Latin ones, read as those when they touch a Latin letter
 * (« musulmаns » with a Cyrillic « а »); a word wholly in Cyrillic or Greek stays as it is.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', н: 'h', т: 't',
  α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Beyond ASCII, per code point: what it becomes (SPACE for any white space), so each is read once. */
const SPACE = '\u0000space';
const folds = new Map<number, string>();
function foldCodePoint(cp: number, ch: string): string {
  let out = folds.get(cp);
  if (out === undefined) {
    out = isSpace(ch) ? SPACE : foldChar(ch);
    if (folds.size < 4096) folds.set(cp, out);
  }
  return out;
}

/** Characters that end a word after « lé », « dé », « cé »: white space and punctuation. */
const WORD_END = new Set([32, 9, 10, 13, 0xa0, 44, 46, 33, 63, 59, 58, 41, 34, 0x2026, 0xbb]);
/** ASCII lowercase letter. */
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
/** True when « é » after codes[out - 1] ends « lé », « dé » or « cé » standing alone (a word boundary before and after). */
function texting(codes: Uint16Array, out: number, next: number): boolean {
  const c = codes[out - 1]!;
  if (c !== 108 && c !== 100 && c !== 99) return false;
  if (out > 1 && (isAsciiLower(codes[out - 2]!) || codes[out - 2]! >= 128 || codes[out - 2] === 39)) return false;
  // The word ends there: the text's end, a space or a punctuation mark (not « dé9oûtent », « dé-confiner »).
  return Number.isNaN(next) || WORD_END.has(next);
}

/** Normalises `original` and keeps the offset map (see {@link Normalized}). One pass over character codes, typed arrays. */
export function normalize(original: string): Normalized {
  const length = original.length;
  let codes = new Uint16Array(length + 8);
  let starts = new Int32Array(length + 8);
  let ends = new Int32Array(length + 8);
  let out = 0;
  let lastWasSpace = false;
  /** Room for `more` characters (a folded character may be longer than the original: « œ » → « oe »). */
  const room = (more: number): void => {
    if (out + more <= codes.length) return;
    const size = Math.max(codes.length * 2, out + more);
    const c2 = new Uint16Array(size);
    const s2 = new Int32Array(size);
    const e2 = new Int32Array(size);
    c2.set(codes);
    s2.set(starts);
    e2.set(ends);
    codes = c2;
    starts = s2;
    ends = e2;
  };
  let i = 0;
  // Inside a hashtag (« #NonAuxMosquées »), a capital after a small letter starts a new word: the tag is read as its words.
  let tag = false;
  while (i < length) {
    const start = i;
    const code = original.charCodeAt(i);
    if (code < 128) {
      i += 1;
      const before = original.charCodeAt(start - 1);
      tag = code === 35 || (tag && code > 64);
      // (The space starts and ends no token: its offsets are never read.)
      if (tag && code < 91 && before > 96 && before < 123) {
        room(1);
        codes[out++] = 32;
      }
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        room(1);
        codes[out] = 32;
      } else {
        lastWasSpace = false;
        room(1);
        codes[out] = code >= 65 && code <= 90 ? code + 32 : code;
      }
      starts[out] = start;
      ends[out] = i;
      out += 1;
      continue;
    }
    let cp = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    i += cp > 0xffff ? 2 : 1;
    if (INVISIBLE.has(cp)) continue;
    let folded = foldCodePoint(cp, original.slice(start, i));
    // Texting determiners: « lé », « dé » are « les », « des », and « cé » is « c'est » (« lé tranz c dé… »), read here
    // while the accent is still there. Only a whole two-letter word: « dé » after « un » (a die) is too rare to matter.
    if ((cp === 0xe9 || cp === 0xc9) && out > 0 && texting(codes, out, original.charCodeAt(i))) folded = codes[out - 1] === 99 ? "'est" : 'es';
    const lookalike = LOOKALIKES[folded];
    if (lookalike !== undefined && (isAsciiLetter(original.charCodeAt(start - 1)) || isAsciiLetter(original.charCodeAt(i)))) folded = lookalike;
    if (folded === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      room(1);
      codes[out] = 32;
      starts[out] = start;
      ends[out] = i;
      out += 1;
      continue;
    }
    lastWasSpace = false;
    room(folded.length);
    for (let k = 0; k < folded.length; k += 1, out += 1) {
      codes[out] = folded.charCodeAt(k);
      starts[out] = start;
      ends[out] = i;
    }
  }
  return { original, text: fromCodes(codes, out), starts: starts.subarray(0, out), ends: ends.subarray(0, out) };
}

/** The string of the first `length` UTF-16 codes (in slices: the argument list of fromCharCode is bounded). */
function fromCodes(codes: Uint16Array, length: number): string {
  const pieces: string[] = [];
  for (let k = 0; k < length; k += 8192) pieces.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + 8192)) as unknown as number[]));
  return pieces.join('');
}

/** Maps a half-open range of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.starts[start] ?? n.original.length;
  const e = n.ends[end - 1] ?? s;
  return { start: s, end: Math.max(e, s) };
}

/**
 * The same folding as {@link normalize} without the offset map, for short stretches whose offsets
 * are not needed (a sentence tested for a phrase). Faster: native string operations only.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/gu, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019\u2018`\u00b4\u02bc\u2032]/gu, "'")
    .replace(/[\u2010-\u2014\u2212]/gu, '-')
    .replace(/\s+/gu, ' ');
}
