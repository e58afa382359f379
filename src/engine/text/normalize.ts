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
    }
    if (cache.size < 4096) cache.set(ch, out);
  }
  return out;
}

const isSpace = (ch: string): boolean => /\s/u.test(ch);

/** Normalises `original` and keeps the offset map (see {@link Normalized}). One pass, typed arrays, text built in chunks. */
export function normalize(original: string): Normalized {
  const length = original.length;
  let starts = new Int32Array(length + 8);
  let ends = new Int32Array(length + 8);
  const pieces: string[] = [];
  let chunk = '';
  let out = 0;
  let lastWasSpace = false;
  const emit = (folded: string, start: number, end: number): void => {
    if (out + folded.length > starts.length) {
      const size = Math.max(starts.length * 2, out + folded.length);
      const s2 = new Int32Array(size);
      const e2 = new Int32Array(size);
      s2.set(starts);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
    for (let k = 0; k < folded.length; k += 1, out += 1) {
      starts[out] = start;
      ends[out] = end;
    }
    chunk += folded;
    if (chunk.length >= 2048) {
      pieces.push(chunk);
      chunk = '';
    }
  };
  let i = 0;
  while (i < length) {
    const start = i;
    const code = original.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
    }
    i += width;
    if (code < 128) {
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        if (!lastWasSpace) emit(' ', start, i);
        lastWasSpace = true;
        continue;
      }
      lastWasSpace = false;
      emit(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (original[start] ?? ''), start, i);
      continue;
    }
    const ch = original.slice(start, i);
    if (isSpace(ch)) {
      if (!lastWasSpace) emit(' ', start, i);
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const folded = foldChar(ch);
    if (folded.length > 0) emit(folded, start, i);
  }
  pieces.push(chunk);
  return { original, text: pieces.join(''), starts: starts.subarray(0, out), ends: ends.subarray(0, out) };
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
