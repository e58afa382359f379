/**
 * What every rule's check receives: the situation (already read and valid) and its text analysed
 * once, lazily (normalised copy with its offset map, disrespect hits, foreign sentences…).
 */
import { findAll } from './text/match.ts';
import { blankIdioms, isNegated } from './text/negation.ts';
import { normalize, toOriginal, type Normalized } from './text/normalize.ts';
import { findDisrespect, type DisrespectHit } from './text/disrespect.ts';
import { findForeign, type ForeignStretch } from './text/language.ts';
import type { Situation } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export class Context {
  readonly situation: Situation;
  /** The text of the reply or post ('' when none). */
  readonly text: string;
  #norm: Normalized | undefined;
  #blanked: string | undefined;
  #disrespect: Array<DisrespectHit & Span> | undefined;
  #foreign: ForeignStretch[] | undefined;
  readonly #memo = new Map<string, unknown>();

  constructor(situation: Situation) {
    this.situation = situation;
    this.text = situation.kind === 'create-account' ? '' : (situation.text ?? '');
  }

  /** True when the text is written on one of the City's official accounts (city or service). */
  get official(): boolean {
    return this.situation.kind !== 'create-account' && this.situation.account !== 'personal';
  }

  get norm(): Normalized {
    this.#norm ??= normalize(this.text);
    return this.#norm;
  }

  get blanked(): string {
    this.#blanked ??= blankIdioms(this.norm.text);
    return this.#blanked;
  }

  /** Occurrences of `re` (from compileTerms) as original offsets; `affirmed` drops negated ones. */
  find(re: RegExp, affirmed = false): Span[] {
    const n = this.norm;
    return findAll(re, n.text)
      .filter((m) => !affirmed || !isNegated(n.text, m.start, m.end, this.blanked))
      .map((m) => toOriginal(n, m.start, m.end));
  }

  /** Disrespect hits with their original offsets. */
  disrespect(): Array<DisrespectHit & Span> {
    this.#disrespect ??= findDisrespect(this.norm.text).map((h) => ({ ...h, ...toOriginal(this.norm, h.start, h.end) }));
    return this.#disrespect;
  }

  /** A value computed once per evaluation and shared by the rules that need it (key: a stable name). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.#memo.has(key)) this.#memo.set(key, compute());
    return this.#memo.get(key) as T;
  }

  /** Sentences in another language than French, and English words inside French sentences. */
  foreign(): ForeignStretch[] {
    this.#foreign ??= findForeign(this.text);
    return this.#foreign;
  }
}
