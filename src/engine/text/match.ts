/**
 * Finding words and phrases in normalised text. Word edges use `\p{L}`/`\p{N}` lookarounds with
 * the `u` flag (never `\b`, which treats « é » as a word boundary).
 *
 * Term syntax (terms are written already normalised: lowercase, no accents):
 * - a space or a hyphen matches a space, a hyphen or nothing (« saint sacrement » finds
 *   « Saint-Sacrement », « saint sacrement », « saintsacrement »);
 * - an apostrophe matches an apostrophe, a space or nothing (« s'en » finds « sen », « s en »);
 * - `*` matches any letters (« tabarn* »), `?` makes the previous letter or group optional,
 *   `(a|b)` is a group of alternatives; `+`, `{m,n}`, escapes (`\d`, `\p{L}`) and `[classes]` are regex.
 */
import { charClass, codePointAt, width } from './chars.ts';

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
    else if (ch === ')' || ch === '|' || ch === '?' || ch === '+') out += ch;
    else if (/[.^${}\]]/.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** Compiles a list of terms into one global, Unicode-aware regular expression with word edges. */
export function compileTerms(terms: readonly string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const sources = sorted.map(termSource);
  const re = new RegExp(`${EDGE_BEFORE}(?:${sources.join('|')})${EDGE_AFTER}`, 'gu');
  const firsts = sorted.map(firstChars);
  if (firsts.every((f) => f !== NULLABLE)) starters.set(re, new Starters(sources, firsts as ReadonlyArray<ReadonlySet<string> | null>));
  return re;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** A term that may match the empty string: no first character to index it by. */
const NULLABLE = Symbol('nullable');

/**
 * The characters a term's match can start with (`null`: any character), or NULLABLE. Reads the
 * term syntax as termSource writes it: an escape, a class or `*` may start with anything; a space,
 * hyphen or apostrophe, a `?` and a `{0,…}` make what they follow optional.
 */
function firstChars(term: string): Set<string> | null | typeof NULLABLE {
  interface Atom {
    first: Set<string> | null;
    nullable: boolean;
  }
  let i = 0;
  const seq = (): Atom => {
    const atoms: Atom[] = [];
    while (i < term.length && term[i] !== ')' && term[i] !== '|') {
      const ch = term[i]!;
      if (ch === '\\') {
        const brace = term[i + 1] === 'p' ? term.indexOf('}', i) : -1;
        i = (brace > 0 ? brace : i + 1) + 1;
        atoms.push({ first: null, nullable: false });
      } else if (ch === '[') {
        const close = term.indexOf(']', i + 1);
        i = (close > 0 ? close : term.length - 1) + 1;
        atoms.push({ first: null, nullable: false });
      } else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(term.slice(i))) {
        const close = term.indexOf('}', i);
        if (/^\{0[,}]/.test(term.slice(i)) && atoms.length > 0) atoms[atoms.length - 1]!.nullable = true;
        i = close + 1;
      } else if (ch === '?') {
        if (atoms.length > 0) atoms[atoms.length - 1]!.nullable = true;
        i += 1;
      } else if (ch === '+') i += 1;
      else if (ch === '(') {
        i += 1;
        const inner = alt();
        i += 1; // ')'
        atoms.push(inner);
      } else if (ch === ' ' || ch === '-') {
        atoms.push({ first: new Set([' ', '-']), nullable: true });
        i += 1;
      } else if (ch === "'") {
        atoms.push({ first: new Set(["'", ' ']), nullable: true });
        i += 1;
      } else if (ch === '*') {
        atoms.push({ first: null, nullable: true });
        i += 1;
      } else {
        atoms.push({ first: new Set([ch]), nullable: false });
        i += 1;
      }
    }
    const first = new Set<string>();
    for (const a of atoms) {
      if (a.first === null) return { first: null, nullable: false };
      for (const c of a.first) first.add(c);
      if (!a.nullable) return { first, nullable: false };
    }
    return { first, nullable: true };
  };
  const alt = (): Atom => {
    const out: Atom = seq();
    while (term[i] === '|') {
      i += 1;
      const next = seq();
      out.nullable ||= next.nullable;
      if (out.first === null || next.first === null) out.first = null;
      else for (const c of next.first) out.first.add(c);
    }
    return out;
  };
  const top = alt();
  return top.nullable ? NULLABLE : top.first;
}

/**
 * The terms of one compiled expression grouped by the character their match starts with: at a
 * position, only the terms that can start there are tried (a sticky expression of those terms, in
 * their original order, so the same alternative wins as in the whole expression).
 */
class Starters {
  readonly #sources: readonly string[];
  readonly #firsts: ReadonlyArray<ReadonlySet<string> | null>;
  readonly #byChar = new Map<string, RegExp | null>();
  /** The same by character code for ASCII (undefined: not built yet). */
  readonly #ascii = new Array<RegExp | null | undefined>(128).fill(undefined);

  constructor(sources: readonly string[], firsts: ReadonlyArray<ReadonlySet<string> | null>) {
    this.#sources = sources;
    this.#firsts = firsts;
  }

  /** The sticky expression of the terms that can start with the character at `p` (null when none can). */
  at(text: string, p: number): RegExp | null {
    const code = text.charCodeAt(p);
    if (code < 128) {
      const known = this.#ascii[code];
      if (known !== undefined) return known;
      return (this.#ascii[code] = this.#build(text[p]!));
    }
    const ch = text[p]!;
    let re = this.#byChar.get(ch);
    if (re === undefined) this.#byChar.set(ch, (re = this.#build(ch)));
    return re;
  }

  #build(ch: string): RegExp | null {
    const mine = this.#sources.filter((_, k) => this.#firsts[k] === null || this.#firsts[k]!.has(ch));
    return mine.length === 0 ? null : new RegExp(`${EDGE_BEFORE}(?:${mine.join('|')})${EDGE_AFTER}`, 'uy');
  }
}

/** The expressions compileTerms made, with their terms by first character. */
const starters = new WeakMap<RegExp, Starters>();

/**
 * Positions where a term may start: at a code point, not after a letter or a digit (the expression's
 * own edge). Kept for the last text: several lists are searched in the same text.
 */
let lastStarts: { text: string; starts: Int32Array } | undefined;

function startsOf(text: string): Int32Array {
  if (lastStarts?.text === text) return lastStarts.starts;
  const starts = new Int32Array(text.length);
  let count = 0;
  let afterWord = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (!afterWord) starts[count++] = i;
    afterWord = charClass(cp) !== 3;
    i += width(cp);
  }
  lastStarts = { text, starts: starts.subarray(0, count) };
  return lastStarts.starts;
}

/** Occurrences of a compiled term list from its starters (no empty match is possible); stops after the first when `one`. */
function findFrom(st: Starters, text: string, one: boolean): Match[] {
  const out: Match[] = [];
  const starts = startsOf(text);
  let from = 0;
  for (let k = 0; k < starts.length; k += 1) {
    const p = starts[k]!;
    if (p < from) continue;
    const re = st.at(text, p);
    if (re === null) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) continue;
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
