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
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every non-overlapping occurrence of `re` (global) in `text`. */
export function findAll(re: RegExp, text: string): Match[] {
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
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
