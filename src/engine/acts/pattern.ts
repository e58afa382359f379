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
 *             `=mot` the word itself or its plural only (its lemma would meet another word);
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
/* @__NO_SIDE_EFFECTS__ */
export function words(entries: readonly string[]): WordSet {
  const forms = new Set<string>();
  const lemmas = new Set<string>();
  const stems: string[] = [];
  for (const e of entries) {
    if (e.endsWith('*')) stems.push(e.slice(0, -1));
    else if (e.startsWith('=')) {
      // Exact word (and its plural) only: its lemma would meet another word (« reporter », the
      // journalist, and « reporté », postponed, share the stem « report »).
      forms.add(e.slice(1));
      forms.add(`${e.slice(1)}s`);
    } else {
      forms.add(e);
      lemmas.add(lemma(e));
    }
  }
  return { forms, lemmas, stems };
}

const memo = new WeakMap<WordSet, Map<string, boolean>>();

/**
 * Whether a token's form or lemma is in the set, memoised per form (the lemma is a function of the
 * form, and texts repeat their words).
 */
/** The last set asked about and its answers: callers ask about one set for many tokens in a row. */
let lastSet: WordSet | undefined;
let lastAnswers: Map<string, boolean> | undefined;

export function inSet(s: WordSet, t: Token): boolean {
  let m = s === lastSet ? lastAnswers : memo.get(s);
  if (!m) memo.set(s, (m = new Map()));
  lastSet = s;
  lastAnswers = m;
  let v = m.get(t.form);
  if (v === undefined) {
    v = s.forms.has(t.form) || s.lemmas.has(t.lemma) || s.stems.some((p) => t.form.startsWith(p));
    if (m.size < 50_000) m.set(t.form, v);
  }
  return v;
}

/** An item of a pattern. */
interface Item {
  /** Index of the condition. */
  cond: number;
  optional: boolean;
  /** A gap: up to `gap` tokens, each passing `cond` (or any token when cond < 0). */
  gap?: number;
}

export interface Pattern {
  readonly items: readonly Item[];
  readonly source: string;
}

/**
 * Patterns indexed by their first condition, so each token tries only the patterns that can start
 * on it, in their original order. A pattern that opens with an optional item is indexed twice
 * (with and without it); one that opens with a gap is always tried. Each pattern carries a group
 * (an act kind): `scan` finds, per group, non-overlapping matches from left to right.
 */
export class PatternList<G> {
  readonly #patterns: Pattern[] = [];
  /** Group number of each pattern (an index into #groups). */
  readonly #groupOf: number[] = [];
  readonly #groups: G[] = [];
  readonly #byFirst = new Map<number, number[]>();
  /**
   * Per pattern, the condition its second token must pass when both its first two items are required
   * words (-1 otherwise): most patterns tried on a common first word fail there, and are then left
   * before the matcher is called.
   */
  readonly #second: number[] = [];
  readonly #loose: number[] = [];
  readonly #cache = new WeakMap<readonly number[], readonly number[]>();
  /** scan's room for where each group may match next, when no scan holds it. */
  #free: Int32Array | undefined;

  constructor(groups: ReadonlyArray<readonly [G, readonly Pattern[]]>) {
    for (const [group, patterns] of groups) {
      let g = this.#groups.indexOf(group);
      if (g < 0) g = this.#groups.push(group) - 1;
      for (const p of patterns) this.#index(p, g);
    }
  }

  #index(p: Pattern, g: number): void {
    const k = this.#patterns.length;
    this.#patterns.push(p);
    this.#groupOf.push(g);
    const first = p.items[0];
    const second = p.items[1];
    this.#second.push(first && !first.optional && first.gap === undefined && second && !second.optional && second.gap === undefined ? second.cond : -1);
    if (!first || first.gap !== undefined) this.#loose.push(k);
    else {
      const list = this.#byFirst.get(first.cond);
      if (list) list.push(k);
      else this.#byFirst.set(first.cond, [k]);
      if (first.optional) this.#index({ items: p.items.slice(1), source: p.source }, g);
    }
  }

  /** The patterns that may start on a token with conditions `conds` (cached: `conds` lists are shared per word). */
  #candidates(conds: readonly number[]): readonly number[] {
    let list = this.#cache.get(conds);
    if (list === undefined) {
      const all = new Set<number>(this.#loose);
      for (const c of conds) this.#byFirst.get(c)?.forEach((k) => all.add(k));
      list = [...all].sort((a, b) => a - b);
      this.#cache.set(conds, list);
    }
    return list;
  }

  /** Calls `found(group, i, end)` for each match; per group, matches do not overlap. */
  scan(m: Matcher, length: number, found: (group: G, i: number, end: number) => void): void {
    // Per group, where its next match may start: also i + 1 once it matched at i (one match per group and position).
    // Borrowed from the list (one scan per part of a long paste would otherwise allocate one each); a scan
    // started from `found` finds it taken and allocates its own.
    const free = this.#free ?? new Int32Array(this.#groups.length);
    this.#free = undefined;
    free.fill(0);
    for (let i = 0; i < length; i += 1) {
      const candidates = this.#candidates(m.condsAt(i));
      for (let c = 0; c < candidates.length; c += 1) {
        const k = candidates[c]!;
        const g = this.#groupOf[k]!;
        if (i < free[g]!) continue;
        const second = this.#second[k]!;
        if (second >= 0 && (i + 1 >= length || !m.is(second, i + 1))) continue;
        const end = m.matchAt(this.#patterns[k]!, i, length);
        if (end > i) {
          free[g] = end;
          found(this.#groups[g]!, i, end);
        }
      }
    }
    this.#free = free;
  }
}

/**
 * A compiled set of patterns. Every condition is indexed by the words, lemmas, stems and numbers
 * that satisfy it, so a token learns all its conditions in a few map lookups (not one test per
 * condition): matching stays linear with a small constant on 100 000-character pastes.
 */
export class PatternSet {
  #conds = 0;
  readonly #keys = new Map<string, number>();
  readonly #classes: Readonly<Record<string, WordSet>>;
  readonly #byForm = new Map<string, number[]>();
  readonly #byLemma = new Map<string, number[]>();
  readonly #byStem = new Map<string, number[]>();
  readonly #byNumber = new Map<string, number[]>();
  readonly #anyNumber: number[] = [];
  readonly #stemLengths = new Set<number>();
  readonly #memo = new Map<string, readonly number[]>();

  constructor(classes: Readonly<Record<string, WordSet>>) {
    this.#classes = classes;
  }

  get size(): number {
    return this.#conds;
  }

  #add(index: Map<string, number[]>, key: string, cond: number): void {
    const list = index.get(key);
    if (!list) index.set(key, [cond]);
    else if (!list.includes(cond)) list.push(cond);
  }

  #addSet(s: WordSet, cond: number): void {
    for (const f of s.forms) this.#add(this.#byForm, f, cond);
    for (const l of s.lemmas) this.#add(this.#byLemma, l, cond);
    for (const p of s.stems) {
      this.#add(this.#byStem, p, cond);
      this.#stemLengths.add(p.length);
    }
  }

  #itemCond(body: string): number {
    const known = this.#keys.get(body);
    if (known !== undefined) return known;
    const cond = this.#conds;
    this.#conds += 1;
    this.#keys.set(body, cond);
    const plain: string[] = [];
    for (const alt of body.split('|')) {
      if (alt === '#') this.#anyNumber.push(cond);
      else if (alt.startsWith('#')) this.#add(this.#byNumber, alt.slice(1), cond);
      else if (alt.startsWith('@')) {
        const set = this.#classes[alt.slice(1)];
        if (!set) throw new Error(`unknown word class ${alt}`);
        this.#addSet(set, cond);
      } else plain.push(alt);
    }
    if (plain.length > 0) this.#addSet(words(plain), cond);
    this.#memo.clear();
    return cond;
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

  /** Every condition a token satisfies (memoised by word). */
  condsOf(t: Token): readonly number[] {
    // Keyed by form: the lemma is a function of it, and a number's form (digits) is never a word's.
    const key = t.form;
    const known = this.#memo.get(key);
    if (known) return known;
    const out = new Set<number>();
    const add = (list: readonly number[] | undefined): void => list?.forEach((c) => out.add(c));
    if (t.kind === 'number') {
      add(this.#anyNumber);
      add(this.#byNumber.get(t.norm));
    } else {
      add(this.#byForm.get(t.form));
      add(this.#byLemma.get(t.lemma));
      for (const n of this.#stemLengths) if (t.form.length >= n) add(this.#byStem.get(t.form.slice(0, n)));
    }
    const list = [...out];
    if (this.#memo.size < 50_000) this.#memo.set(key, list);
    return list;
  }

  /** A matcher over one token list (usually a clause's or a part's tokens). */
  over(tokens: readonly Token[]): Matcher {
    return new Matcher(tokens, this);
  }
}

const NONE: readonly number[] = [];

/** Matches compiled patterns over one token list. */
export class Matcher {
  /** The conditions each token passes (short lists). */
  readonly #conds: ReadonlyArray<readonly number[]>;

  constructor(tokens: readonly Token[], set: PatternSet) {
    // (The method with its set, not a closure over it: one object less per part of a long paste.)
    this.#conds = tokens.map(set.condsOf, set);
  }

  /** Whether token i passes condition c. */
  is(c: number, i: number): boolean {
    return this.#conds[i]?.includes(c) === true;
  }

  /** The conditions token i passes. */
  condsAt(i: number): readonly number[] {
    return this.#conds[i] ?? NONE;
  }

  /** End index (exclusive) of `p` matched from token `from`, tokens before `limit`; -1 if none. */
  matchAt(p: Pattern, from: number, limit: number): number {
    const first = p.items[0];
    // Quick reject: a required first item that the token does not pass.
    if (first && !first.optional && first.gap === undefined && (from >= limit || !this.is(first.cond, from))) return -1;
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
