/**
 * Lexicon entries as short word patterns, compiled once at module load and matched on the word
 * stream in bounded time (an entry has at most a handful of slots).
 *
 * Entry syntax (folded words: lowercase, no accents), slots separated by spaces:
 * - `a|b|c` one of these words; `?` at the end of a slot makes it optional;
 * - `~tuer` every form of the verb, `+parasite` its plural and feminine forms (see inflect.ts);
 * - `*` any one word.
 * A word matches when its folded form is one of the slot's forms, or when its lemma is the lemma of
 * one of them (forms of 5 letters or more only, so short words never meet by accident).
 */
import { lemma } from '../lemma.ts';
import type { Token } from '../tokens.ts';
import { nounForms, verbForms } from './inflect.ts';
import type { Stream } from './stream.ts';

export interface Slot {
  readonly forms: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly optional: boolean;
  readonly any: boolean;
}

export interface PatternSet {
  /** Patterns by the forms and lemmas of their first slot. */
  readonly byKey: ReadonlyMap<string, readonly (readonly Slot[])[]>;
}

/** A text word's key: its folded form without the elision apostrophe (« qu' » ≡ « qu »). */
export const keyOf = (t: Token): string => (t.form.endsWith("'") ? t.form.slice(0, -1) : t.form);

/** Every long word (5 letters or more) some grammar entry names: what a disguised word may stand for. */
const GRAMMAR_WORDS = new Set<string>();
/** True when `w` is a word of the grammar's lexicons (see stream.ts, which undoes held and spaced letters). */
export const isGrammarWord = (w: string): boolean => GRAMMAR_WORDS.has(w);

/** One slot from its source (`a|~b|+c?`). */
export function slot(source: string): Slot {
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  const forms = new Set<string>();
  for (const alt of body.split('|')) {
    const bare = alt.endsWith("'") ? alt.slice(0, -1) : alt;
    const list = bare.startsWith('~') ? verbForms(bare.slice(1)) : bare.startsWith('+') ? nounForms(bare.slice(1)) : [bare];
    for (const f of list) forms.add(f);
  }
  const lemmas = new Set<string>();
  for (const f of forms) if (f.length >= 5) {
    lemmas.add(lemma(f));
    GRAMMAR_WORDS.add(f);
  }
  return { forms, lemmas, optional, any: body === '*' };
}

/** A set of single words (one slot), e.g. the heads of identity groups. */
export const wordSet = (words: readonly string[]): Slot => slot(words.join('|'));

/** True when word `t` fills slot `s`. */
export function fills(s: Slot, t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (s.any) return true;
  const k = keyOf(t);
  return s.forms.has(k) || (k.length >= 4 && s.lemmas.has(t.lemma));
}

/** The slots of an entry; a hyphenated word is several words in the stream (« sous-race »), the
 *  `+` of its inflection going to its last part (« sous-races »). */
function splitEntry(entry: string): string[] {
  const out: string[] = [];
  for (const part of entry.split(' ')) {
    if (part.length === 0) continue;
    if (!part.includes('-') || part.includes('|') || part.endsWith('?')) {
      out.push(part.includes('-') ? part.replaceAll('-', '') : part);
      continue;
    }
    const plus = part.startsWith('+');
    const pieces = (plus ? part.slice(1) : part).split('-').filter((x) => x.length > 0);
    pieces.forEach((p, k) => out.push(plus && k === pieces.length - 1 ? `+${p}` : p));
  }
  return out;
}

/** Compiles entries (see the syntax above). */
export function compile(entries: readonly string[]): PatternSet {
  const byKey = new Map<string, Slot[][]>();
  const index = (slots: Slot[], entry: string): void => {
    const first = slots[0];
    if (!first || first.any) throw new Error(`pattern must start with a word: ${entry}`);
    // A leading optional slot: the pattern is indexed with and without it.
    if (first.optional) index(slots.slice(1), entry);
    for (const k of new Set([...first.forms, ...first.lemmas])) {
      const list = byKey.get(k) ?? [];
      list.push(slots);
      byKey.set(k, list);
    }
  };
  for (const entry of entries) index(splitEntry(entry).map(slot), entry);
  return { byKey };
}

/** End (exclusive word index) of `slots` matched from word i, or -1; optional slots are tried taken first. */
function matchSlots(s: Stream, slots: readonly Slot[], k: number, i: number, sentence: number): number {
  if (k === slots.length) return i;
  const sl = slots[k];
  if (!sl) return -1;
  const w = s.words[i];
  if (w !== undefined && s.sentence[i] === sentence && fills(sl, w)) {
    const end = matchSlots(s, slots, k + 1, i + 1, sentence);
    if (end >= 0) return end;
  }
  return sl.optional ? matchSlots(s, slots, k + 1, i, sentence) : -1;
}

/** The longest entry of `set` matched from word i (end exclusive), or -1. */
export function matchAt(s: Stream, set: PatternSet, i: number): number {
  const w = s.words[i];
  if (!w) return -1;
  const k = keyOf(w);
  const byForm = set.byKey.get(k);
  const byLemma = k.length >= 4 && w.lemma !== k ? set.byKey.get(w.lemma) : undefined;
  if (!byForm && !byLemma) return -1;
  let best = -1;
  const sentence = s.sentence[i] ?? 0;
  for (const slots of byForm ?? []) best = Math.max(best, matchSlots(s, slots, 0, i, sentence));
  for (const slots of byLemma ?? []) best = Math.max(best, matchSlots(s, slots, 0, i, sentence));
  return best;
}

/** Every match of `set` in the stream, as word ranges [start, end), left to right, not overlapping. */
export function findAllIn(s: Stream, set: PatternSet): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.words.length; ) {
    const end = matchAt(s, set, i);
    if (end > i) {
      out.push([i, end]);
      i = end;
    } else i += 1;
  }
  return out;
}
