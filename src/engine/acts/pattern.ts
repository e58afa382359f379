/**
 * A small token-pattern matcher, in the manner of LanguageTool's pattern rules: a pattern is a
 * short sequence of token conditions (a word, a stem, a word class, a number), with optional
 * elements and bounded gaps, matched inside one clause. Entries are written once, folded
 * (lowercase, no accents) and run through `lemma()` at load, so « répare », « réparées »,
 * « réparerons » meet the same entry when the lemmatiser knows them; a stem (`repar*`) matches
 * every inflection whatever the lemmatiser does.
 *
 * Pattern syntax (items separated by spaces):
 * - `a|b|c`   a token whose form or lemma is one of the words; `repar*` is a stem (prefix);
 * - `@name`   a token of the word class `name` (may be mixed: `@agent|quelqu'un`);
 * - `#`       a number token; `#311` the number 311 exactly;
 * - `x?`      the item is optional;
 * - `_N`      a gap of up to N tokens of any kind;
 * - `~N`      a gap of up to N tokens of the class `filler` (clitics, auxiliaries, adverbs…).
 *
 * Cost: each item tries at most N+1 positions and a pattern has at most two gaps, so a match
 * attempt is bounded by a constant; condition results are cached per token. Linear in the text.
 */
import { lemma } from '../text/lemma.ts';
import type { Token } from '../text/tokens.ts';

/** A set of words and stems, folded and lemmatised at load. */
export interface WordSet {
  readonly forms: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly stems: readonly string[];
}

/** Builds a word set from folded entries (`repar*` = a stem). */
export function words(entries: readonly string[]): WordSet {
  const forms = new Set<string>();
  const lemmas = new Set<string>();
  const stems: string[] = [];
  for (const e of entries) {
    if (e.endsWith('*')) stems.push(e.slice(0, -1));
    else {
      forms.add(e);
      lemmas.add(lemma(e));
    }
  }
  return { forms, lemmas, stems };
}

export const inSet = (s: WordSet, t: Token): boolean =>
  s.forms.has(t.form) || s.lemmas.has(t.lemma) || s.stems.some((p) => t.form.startsWith(p));

type Test = (t: Token) => boolean;

interface Item {
  /** Index of the condition in the cache. */
  cond: number;
  optional: boolean;
  /** A gap: up to `max` tokens, each passing `cond` (or any token when cond < 0). */
  gap?: number;
}

export interface Pattern {
  readonly items: readonly Item[];
  readonly source: string;
}

/** A compiled set of patterns sharing one condition cache. */
export class PatternSet {
  readonly #tests: Test[] = [];
  readonly #keys = new Map<string, number>();
  readonly #classes: Readonly<Record<string, WordSet>>;

  constructor(classes: Readonly<Record<string, WordSet>>) {
    this.#classes = classes;
  }

  #cond(key: string, make: () => Test): number {
    let i = this.#keys.get(key);
    if (i === undefined) {
      i = this.#tests.length;
      this.#tests.push(make());
      this.#keys.set(key, i);
    }
    return i;
  }

  #itemCond(body: string): number {
    return this.#cond(body, () => {
      const sets: WordSet[] = [];
      const plain: string[] = [];
      let anyNumber = false;
      const numbers = new Set<string>();
      for (const alt of body.split('|')) {
        if (alt === '#') anyNumber = true;
        else if (alt.startsWith('#')) numbers.add(alt.slice(1));
        else if (alt.startsWith('@')) {
          const set = this.#classes[alt.slice(1)];
          if (!set) throw new Error(`unknown word class ${alt}`);
          sets.push(set);
        } else plain.push(alt);
      }
      if (plain.length > 0) sets.push(words(plain));
      return (t) =>
        (t.kind === 'number' && (anyNumber || numbers.has(t.norm))) || (t.kind !== 'number' && sets.some((s) => inSet(s, t)));
    });
  }

  /** Compiles one pattern (see the syntax above). */
  compile(source: string): Pattern {
    const items: Item[] = [];
    for (const raw of source.split(' ').filter(Boolean)) {
      if (/^[_~]\d+$/.test(raw)) {
        const max = Number(raw.slice(1));
        items.push({ cond: raw[0] === '~' ? this.#itemCond('@filler') : -1, optional: true, gap: max });
        continue;
      }
      const optional = raw.length > 1 && raw.endsWith('?');
      items.push({ cond: this.#itemCond(optional ? raw.slice(0, -1) : raw), optional });
    }
    return { items, source };
  }

  /** A matcher over one text's tokens, caching each condition's result per token. */
  over(tokens: readonly Token[]): Matcher {
    return new Matcher(tokens, this.#tests);
  }
}

/** Matches compiled patterns over one token list (usually a clause's tokens). */
export class Matcher {
  readonly #tokens: readonly Token[];
  readonly #tests: readonly Test[];
  readonly #cache: Int8Array;

  constructor(tokens: readonly Token[], tests: readonly Test[]) {
    this.#tokens = tokens;
    this.#tests = tests;
    this.#cache = new Int8Array(tokens.length * tests.length);
  }

  /** Whether token i passes condition c (cached: 0 unknown, 1 yes, 2 no). */
  is(c: number, i: number): boolean {
    const key = i * this.#tests.length + c;
    const v = this.#cache[key];
    if (v === 1) return true;
    if (v === 2) return false;
    const ok = this.#tests[c]!(this.#tokens[i]!);
    this.#cache[key] = ok ? 1 : 2;
    return ok;
  }

  /** End index (exclusive) of `p` matched from token `from`, tokens before `limit`; -1 if none. */
  matchAt(p: Pattern, from: number, limit: number): number {
    return this.#step(p.items, 0, from, limit);
  }

  #step(items: readonly Item[], k: number, i: number, limit: number): number {
    if (k === items.length) return i;
    const item = items[k]!;
    if (item.gap !== undefined) {
      // Shortest gap first, so spans stay tight.
      for (let n = 0; n <= item.gap; n += 1) {
        const end = this.#step(items, k + 1, i + n, limit);
        if (end >= 0) return end;
        if (i + n >= limit || (item.cond >= 0 && !this.is(item.cond, i + n))) break;
      }
      return -1;
    }
    if (i < limit && this.is(item.cond, i)) {
      const end = this.#step(items, k + 1, i + 1, limit);
      if (end >= 0) return end;
    }
    return item.optional ? this.#step(items, k + 1, i, limit) : -1;
  }
}
