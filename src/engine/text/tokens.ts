/**
 * Words, not strings: the text cut into tokens, each with its offsets in the ORIGINAL text, its
 * folded form and its lemma. Every analyser that reasons on words (3.2 lexicon, hate and threat
 * grammar, what a reply does) reads these tokens instead of running its own regular expressions.
 *
 * One linear pass over the normalised text (see normalize.ts); no regular expression that could
 * backtrack.
 */
import { lemma } from './lemma.ts';
import { normalize, toOriginal, type Normalized } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** UTF-16 offsets in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the normalised text (`Normalized.text`). */
  readonly nStart: number;
  readonly nEnd: number;
  readonly kind: TokenKind;
  /** Folded form: lowercase, no accents, apostrophes as ', dashes as -. An elided word keeps its
   *  apostrophe (« l' », « qu' », « j' »). */
  readonly norm: string;
  /** The word with disguise undone (digits or symbols for letters, repeated letters…); equals
   *  `norm` for an ordinary word. */
  form: string;
  /** Dictionary form (singular, masculine, infinitive) or stem shared by every inflection of the
   *  word; equals `form` when nothing better is known. */
  lemma: string;
}

const isLetter = (code: number, ch: string): boolean =>
  (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(ch));
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Words that end in an apostrophe when elided (« l'eau », « qu'ils », « aujourd'hui » stays whole). */
const ELIDED = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

/** Tokens of `n.text` (a normalised text), in order. */
export function tokensOf(n: Normalized): Token[] {
  const text = n.text;
  const out: Token[] = [];
  let i = 0;
  const push = (from: number, to: number, kind: TokenKind): void => {
    const norm = text.slice(from, to);
    const { start, end } = toOriginal(n, from, to);
    out.push({ start, end, nStart: from, nEnd: to, kind, norm, form: norm, lemma: kind === 'word' ? lemma(norm) : norm });
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    const code = text.charCodeAt(i);
    if (code === 32) {
      i += 1;
    } else if (isLetter(code, ch)) {
      let j = i + 1;
      while (j < text.length && isLetter(text.charCodeAt(j), text[j] ?? '')) j += 1;
      if (text[j] === "'" && ELIDED.has(text.slice(i, j))) j += 1;
      push(i, j, 'word');
      i = j;
    } else if (isDigit(code)) {
      let j = i + 1;
      while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
      push(i, j, 'number');
      i = j;
    } else {
      // A surrogate pair (emoji) stays one token.
      const len = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      push(i, i + len, /[\p{P}]/u.test(ch) ? 'punct' : 'symbol');
      i += len;
    }
  }
  return out;
}

/** Tokens of an original text (normalises it first). */
export function tokenize(original: string): Token[] {
  return tokensOf(normalize(original));
}
