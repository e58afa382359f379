/**
 * Finding words and phrases in normalised text. Word edges use `\p{L}`/`\p{N}` lookarounds with
 * the `u` flag (never `\b`, which treats « é » as a word boundary).
 *
 * Term syntax (terms are written already normalised: lowercase, no accents):
 * - a space or a hyphen matches a space, a hyphen or nothing (« saint sacrement » finds
 *   « Saint-Sacrement », « saint sacrement », « saintsacrement »);
 * - an apostrophe matches an apostrophe, a space or nothing (« s'en » finds « sen », « s en »);
 * - `*` matches any letters (« tabarn* »), `?` makes the previous letter or group optional,
 *   `(a|b)` is a group of alternatives; `+`, `{m,n}`, escapes (`\d`, `\p{L}`) and `[classes]` are regex;
 *   `$` is the end of the text.
 */
import { charClass as charClassImport, codePointAt as codePointAtImport, width as widthImport } from './chars.ts';
/** Local bindings of the character helpers, read once: called for every character of a long text. */
const charClass = charClassImport, codePointAt = codePointAtImport, width = widthImport;

export interface Match {
  start: number;
  end: number;
  /** The matched normalised text. */
  text: string;
}

function termSource(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i += 1) {
    const ch = term[i] ?? '';
    if (ch === '\\') {
      // An escape (\d, \p{L}) is copied as written.
      const brace = term[i + 1] === 'p' ? term.indexOf('}', i) : -1;
      const to = brace > 0 ? brace : i + 1;
      out += term.slice(i, to + 1);
      i = to;
    } else if (ch === '[') {
      // A character class is copied as written.
      const close = term.indexOf(']', i + 1);
      const to = close > 0 ? close : term.length - 1;
      out += term.slice(i, to + 1);
      i = to;
    } else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(term.slice(i))) {
      // A counted repetition ({0,50}) is copied as written.
      const close = term.indexOf('}', i);
      out += term.slice(i, close + 1);
      i = close;
    } else if (ch === ' ' || ch === '-') out += '[ -]?';
    else if (ch === "'") out += "(?:' ?| )?";
    else if (ch === '*') out += '\\p{L}*';
    else if (ch === '(') out += '(?:';
    // `$` ends the text (« j'arrive armé » as a comment's last words; « ([.!,;]|$) »).
    else if (ch === ')' || ch === '|' || ch === '?' || ch === '+' || ch === '$') out += ch;
    else if (/[.^{}\]]/.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** Compiles a list of terms into one global, Unicode-aware regular expression with word edges. */
export function compileTerms(terms: readonly string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const sources = sorted.map(termSource);
  const re = new RegExp(`${EDGE_BEFORE}(?:${sources.join('|')})${EDGE_AFTER}`, 'gu');
  const begins = sorted.map(beginnings);
  // A term that may match nothing cannot be indexed by how it begins: that list is scanned whole.
  if (begins.every((b) => b === null || !b.has(''))) starters.set(re, new Starters(sources, begins, sorted.map(quadBeginnings)));
  return re;
}

/** How many characters quadBeginnings reads. */
const QUAD = 4;

/**
 * Every string of the first QUAD characters a term's match can begin with (the whole match when it
 * is shorter), or null when not known. Written for the plain terms only: letters, spaces, hyphens,
 * apostrophes, `?` and groups; any other syntax (`*`, `+`, `{m,n}`, escapes, classes) gives null,
 * and such a term is tried wherever beginnings lets it be. A finer sieve than beginnings' two
 * characters: most places where a list's first two characters stand start none of its terms.
 */
function quadBeginnings(term: string): Beginnings {
  let i = 0;
  let known = true;
  /** As concat, on QUAD characters. */
  const join = (a: Set<string>, b: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= QUAD) out.add(x);
      else for (const y of b) out.add((x + y).slice(0, QUAD));
    }
    return out;
  };
  const seq = (): Set<string> => {
    let acc = new Set(['']);
    let before = acc;
    let last = new Set(['']);
    while (known && i < term.length && term[i] !== ')' && term[i] !== '|') {
      const ch = term[i]!;
      let atom: Set<string>;
      if (ch === '?') {
        // Makes the last atom optional: the sequence before it, followed by the atom or nothing.
        last = new Set([...last, '']);
        acc = join(before, last);
        i += 1;
        continue;
      }
      if (ch === '\\' || ch === '[' || ch === '{' || ch === '*' || ch === '+') {
        known = false;
        break;
      }
      if (ch === '(') {
        i += 1;
        atom = alt();
        i += 1; // ')'
      } else {
        atom = ch === ' ' || ch === '-' ? new Set(['', ' ', '-']) : ch === "'" ? new Set(['', "'", "' ", ' ']) : new Set([ch]);
        i += 1;
      }
      before = acc;
      last = atom;
      acc = join(acc, atom);
    }
    return acc;
  };
  const alt = (): Set<string> => {
    const out = seq();
    while (known && term[i] === '|') {
      i += 1;
      for (const x of seq()) out.add(x);
    }
    return out;
  };
  const all = alt();
  // Anything left unread (a stray parenthesis) is not known either.
  return known && i >= term.length ? all : null;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * How a term's match can begin: every string of its first two characters (one character when the
 * whole match is that long), or null when it may begin with anything (an escape, a class, `*`). A
 * set holding '' means the term may match nothing at all. Reads the term syntax as termSource
 * writes it: a space or hyphen is an optional space or hyphen, an apostrophe an optional apostrophe
 * (and space) or space, `?`, `+` and `{m,n}` apply to what they follow.
 */
type Beginnings = Set<string> | null;

function concat(a: Beginnings, b: Beginnings): Beginnings {
  if (a === null) return null;
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= 2) out.add(x);
    else if (b === null) return null;
    else for (const y of b) out.add((x + y).slice(0, 2));
  }
  return out;
}

function union(a: Beginnings, b: Beginnings): Beginnings {
  return a === null || b === null ? null : new Set([...a, ...b]);
}

function beginnings(term: string): Beginnings {
  let i = 0;
  const seq = (): Beginnings => {
    let acc: Beginnings = new Set(['']);
    let last: Beginnings = new Set(['']);
    /** The sequence before its last atom, so a quantifier can rewrite that atom. */
    let before: Beginnings = acc;
    const push = (atom: Beginnings): void => {
      before = acc;
      last = atom;
      acc = concat(acc, atom);
    };
    const requantify = (atom: Beginnings): void => {
      last = atom;
      acc = concat(before, atom);
    };
    while (i < term.length && term[i] !== ')' && term[i] !== '|') {
      const ch = term[i]!;
      const counted = ch === '{' ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(term.slice(i)) : null;
      if (ch === '\\') {
        const brace = term[i + 1] === 'p' ? term.indexOf('}', i) : -1;
        i = (brace > 0 ? brace : i + 1) + 1;
        push(null);
      } else if (ch === '[') {
        const close = term.indexOf(']', i + 1);
        i = (close > 0 ? close : term.length - 1) + 1;
        push(null);
      } else if (counted) {
        const m = Number(counted[1]);
        const n = counted[2] === undefined ? m : counted[3] === '' ? Number.POSITIVE_INFINITY : Number(counted[3]);
        let atom: Beginnings = m === 0 ? new Set(['']) : new Set<string>();
        if (m <= 1 && n >= 1) atom = union(atom, last);
        if (n >= 2) atom = union(atom, concat(last, last));
        requantify(atom);
        i += counted[0].length;
      } else if (ch === '?') {
        requantify(union(last, new Set([''])));
        i += 1;
      } else if (ch === '+') {
        requantify(union(last, concat(last, last)));
        i += 1;
      } else if (ch === '(') {
        i += 1;
        const inner = alt();
        i += 1; // ')'
        push(inner);
      } else if (ch === ' ' || ch === '-') {
        push(new Set(['', ' ', '-']));
        i += 1;
      } else if (ch === "'") {
        push(new Set(['', "'", "' ", ' ']));
        i += 1;
      } else if (ch === '*') {
        push(null);
        i += 1;
      } else {
        push(new Set([ch]));
        i += 1;
      }
    }
    return acc;
  };
  const alt = (): Beginnings => {
    let out = seq();
    while (term[i] === '|') {
      i += 1;
      out = union(out, seq());
    }
    return out;
  };
  return alt();
}

/**
 * The terms of one compiled expression grouped by how their match begins: at a position, only the
 * terms that can begin with its first two characters are tried (a sticky expression of those
 * terms, in their original order, so the same alternative wins as in the whole expression).
 */
class Starters {
  readonly #sources: readonly string[];
  readonly #begins: readonly Beginnings[];
  /** Each term's first QUAD characters (quadBeginnings; null: tried wherever #begins lets it). */
  readonly #quads: readonly Beginnings[];
  /** The sticky expression for QUAD ASCII characters (null: no term begins so), by their codes (see at). */
  readonly #byQuad = new Map<number, RegExp | null>();
  /** Some term may begin with anything. */
  readonly #open: boolean;
  /** The characters some term begins with. */
  readonly #firsts = new Set<number>();
  /** Per first character, the second characters some term continues with. */
  readonly #seconds = new Map<number, Set<number>>();
  /** The sticky expression for a pair of characters (null: no term begins so). */
  readonly #byPair = new Map<number, RegExp | null>();
  /** The same expressions by the terms they hold (pairs with the same terms share one). */
  readonly #bySubset = new Map<string, RegExp>();

  constructor(sources: readonly string[], begins: readonly Beginnings[], quads: readonly Beginnings[]) {
    this.#sources = sources;
    this.#begins = begins;
    this.#quads = quads;
    this.#open = begins.includes(null);
    for (const b of begins) {
      for (const x of b ?? []) {
        const c1 = x.charCodeAt(0);
        this.#firsts.add(c1);
        if (x.length < 2) continue;
        let seconds = this.#seconds.get(c1);
        if (!seconds) this.#seconds.set(c1, (seconds = new Set()));
        seconds.add(x.charCodeAt(1));
      }
    }
  }

  /** The sticky expression of the terms that can begin at `p` (null when none can). */
  at(text: string, p: number): RegExp | null {
    const c1 = text.charCodeAt(p);
    if (!this.#open && !this.#firsts.has(c1)) return null;
    let c2 = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
    // A second character no term continues with: only the terms of one character (or open ones) are left.
    if (c2 >= 0 && this.#seconds.get(c1)?.has(c2) !== true) c2 = -2;
    const key = c1 * 65538 + c2 + 2;
    let re = this.#byPair.get(key);
    if (re === undefined) {
      if (this.#byPair.size >= 4096) this.#byPair.clear();
      this.#byPair.set(key, (re = this.#build(c1, c2, undefined)));
    }
    if (re === null) return null;
    // The same terms sifted by the first QUAD characters, when they are ASCII (a normalised text nearly
    // always is; the text's end counts as one more character, 128). Sticky and in the same order, the
    // expression of fewer terms finds the same match: the terms left out cannot begin here.
    let quadKey = 0;
    for (let k = QUAD - 1; k >= 0; k -= 1) {
      const c = p + k < text.length ? text.charCodeAt(p + k) : -1;
      if (c >= 128) return re;
      quadKey = quadKey * 129 + (c < 0 ? 128 : c);
    }
    let fine = this.#byQuad.get(quadKey);
    if (fine === undefined) {
      if (this.#byQuad.size >= 16_384) this.#byQuad.clear();
      this.#byQuad.set(quadKey, (fine = this.#build(c1, c2, text.slice(p, p + QUAD))));
    }
    return fine;
  }

  /** The expression of the terms that can begin with c1 c2 (c2 < 0: past the text, or no term goes on so) and, when given, with `quad`. */
  #build(c1: number, c2: number, quad: string | undefined): RegExp | null {
    const one = String.fromCharCode(c1);
    const two = c2 >= 0 ? one + String.fromCharCode(c2) : '';
    /** Whether a term whose QUAD-character beginnings are `q` can begin with `quad` (a shorter beginning is a whole match). */
    const fits = (q: Beginnings): boolean => {
      if (quad === undefined || q === null) return true;
      for (let n = 0; n <= Math.min(quad.length, QUAD - 1); n += 1) if (q.has(quad.slice(0, n))) return true;
      return quad.length === QUAD && q.has(quad);
    };
    const mine: number[] = [];
    this.#begins.forEach((b, k) => {
      if ((b === null || b.has(one) || (two !== '' && b.has(two))) && fits(this.#quads[k]!)) mine.push(k);
    });
    if (mine.length === 0) return null;
    const subset = mine.join(',');
    let re = this.#bySubset.get(subset);
    if (!re) {
      // No edge before: it is only ever tried where a word may start (startsOf), which is that edge.
      re = new RegExp(`(?:${mine.map((k) => this.#sources[k]).join('|')})${EDGE_AFTER}`, 'uy');
      this.#bySubset.set(subset, re);
    }
    return re;
  }
}

/** The expressions compileTerms made, with their terms by first character. */
const starters = new WeakMap<RegExp, Starters>();

/**
 * Positions where a term may start: at a code point, not after a letter or a digit (the expression's
 * own edge). Kept for the last text: several lists are searched in the same text.
 */
interface Starts {
  readonly text: string;
  readonly at: Int32Array;
  /**
   * For each position, the number of its first QUAD characters among the text's distinct ones:
   * Starters.at reads no further, so one number is one expression per list, looked up once per
   * list and text (a long paste repeats its words) instead of once per position.
   */
  readonly window: Int32Array;
  /** How many distinct windows the text has. */
  readonly windows: number;
  /** The positions (indexes into `at`) of each window, window after window, each in order: window w's are members[offsets[w]] to members[offsets[w + 1] - 1]. */
  readonly offsets: Int32Array;
  readonly members: Int32Array;
}
let lastStarts: Starts | undefined;

function startsOf(text: string): Starts {
  if (lastStarts?.text === text) return lastStarts;
  const at = new Int32Array(text.length);
  let count = 0;
  let afterWord = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (!afterWord) at[count++] = i;
    afterWord = charClass(cp) !== 3;
    i += width(cp);
  }
  const window = new Int32Array(count);
  // Numbered by their codes when ASCII (the text's end as 128; below 2^30), in an open-addressing
  // table (one probe or two per position, no Map), else by the characters themselves.
  const bits = Math.max(4, 32 - Math.clz32(2 * count));
  const keyAt = new Int32Array(1 << bits).fill(-1);
  const idAt = new Int32Array(1 << bits);
  const others = new Map<string, number>();
  let windows = 0;
  for (let k = 0; k < count; k += 1) {
    const p = at[k]!;
    let key = 0;
    for (let j = QUAD - 1; j >= 0 && key >= 0; j -= 1) {
      const c = p + j < text.length ? text.charCodeAt(p + j) : -1;
      key = c >= 128 ? -1 : key * 129 + (c < 0 ? 128 : c);
    }
    if (key < 0) {
      const chars = text.slice(p, p + QUAD);
      let id = others.get(chars);
      if (id === undefined) others.set(chars, (id = windows++));
      window[k] = id;
      continue;
    }
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (keyAt[slot] !== -1 && keyAt[slot] !== key) slot = (slot + 1) & ((1 << bits) - 1);
    if (keyAt[slot] === -1) {
      keyAt[slot] = key;
      idAt[slot] = windows++;
    }
    window[k] = idAt[slot]!;
  }
  // Grouped by window (a counting sort: the positions stay in order within each window).
  const offsets = new Int32Array(windows + 1);
  for (let k = 0; k < count; k += 1) offsets[window[k]! + 1]! += 1;
  for (let w = 0; w < windows; w += 1) offsets[w + 1]! += offsets[w]!;
  const members = new Int32Array(count);
  const filled = offsets.slice(0, windows);
  for (let k = 0; k < count; k += 1) members[filled[window[k]!]!++] = k;
  lastStarts = { text, at: at.subarray(0, count), window, windows, offsets, members };
  return lastStarts;
}

/** Occurrences of a compiled term list from its starters (no empty match is possible); stops after the first when `one`. */
function findFrom(st: Starters, text: string, one: boolean): Match[] {
  const out: Match[] = [];
  const starts = startsOf(text);
  /** This list's expression for each window of the text, and how many positions have one. */
  const byWindow = new Array<RegExp | null>(starts.windows);
  let live = 0;
  for (let w = 0; w < starts.windows; w += 1) {
    const first = starts.members[starts.offsets[w]!]!;
    const re = (byWindow[w] = st.at(text, starts.at[first]!));
    if (re !== null) live += starts.offsets[w + 1]! - starts.offsets[w]!;
  }
  // Where some term of the list can begin, in order: most lists begin at few of a text's words (read
  // from their windows); when many, every position is read.
  let tried: ArrayLike<number> | undefined;
  if (live * 4 <= starts.at.length) {
    const mine = new Int32Array(live);
    let count = 0;
    for (let w = 0; w < starts.windows; w += 1) {
      if (byWindow[w] === null) continue;
      for (let m = starts.offsets[w]!; m < starts.offsets[w + 1]!; m += 1) mine[count++] = starts.members[m]!;
    }
    tried = mine.sort();
  }
  const length = tried === undefined ? starts.at.length : tried.length;
  let from = 0;
  for (let n = 0; n < length; n += 1) {
    const k = tried === undefined ? n : tried[n]!;
    const p = starts.at[k]!;
    if (p < from) continue;
    const re = byWindow[starts.window[k]!]!;
    if (re === null) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    out.push({ start: p, end: p + m[0].length, text: m[0] });
    if (one) break;
    from = p + m[0].length;
  }
  return out;
}

/** Shorter texts are scanned by the whole expression: cheaper than listing where words start. */
const INDEXED_FROM = 2000;

/** Every non-overlapping occurrence of `re` (global) in `text`. */
export function findAll(re: RegExp, text: string): Match[] {
  const st = text.length >= INDEXED_FROM ? starters.get(re) : undefined;
  if (st) return findFrom(st, text, false);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** True when `re` (global) occurs in `text`. */
export function hasMatch(re: RegExp, text: string): boolean {
  const st = text.length >= INDEXED_FROM ? starters.get(re) : undefined;
  if (st) return findFrom(st, text, true).length > 0;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
