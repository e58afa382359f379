/**
 * Clauses: the units in which a reply's acts are read, so that one part cannot hide another
 * (« appelez le 311 si vous voulez, mais on a déjà envoyé quelqu'un » is a redirection AND a
 * promise). A clause ends at . ! ? ; : … or a line break, and before a contrastive word (mais,
 * cependant, toutefois, par contre, sauf que…). A dot or colon inside a word or a number
 * (v3r.net, 10:30, 2.5) does not end anything.
 *
 * A clause keeps only the tokens that carry words (words, numbers, symbols such as $ % @); dashes,
 * apostrophes and quotes inside it are dropped, so « envoyez-nous » is « envoyez » « nous ».
 */
import type { Token } from '../text/tokens.ts';

export interface Clause {
  /** The clause's word tokens, in order. */
  readonly tokens: Token[];
  /** Original offsets of the clause (first token's start, last token's end). */
  readonly start: number;
  readonly end: number;
  /** The punctuation that closed it ('?' for a question), '' otherwise. */
  readonly closer: string;
  /** Index of the sentence it belongs to (clauses cut at a contrastive word share it). */
  readonly sentence: number;
  /** Index of its part: clauses cut at a comma share it (patterns match across commas). */
  readonly part: number;
}

const ENDERS = new Set(['.', '!', '?', ';', ':', '…']);
const CONTRAST = new Set(['mais', 'cependant', 'toutefois', 'neanmoins', 'pourtant']);
/** Two-word contrastive phrases (par contre, sauf que, en revanche): the second word after the first. */
const CONTRAST_PAIRS = new Map([['par', 'contre'], ['sauf', 'que'], ['en', 'revanche']]);
/** Punctuation kept inside a clause as a token (it can carry meaning: amounts, e-mail addresses). */
const KEPT = new Set(['$', '%', '@', '#']);

const hasLineBreak = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k += 1) if (text.charCodeAt(k) === 10) return true;
  return false;
};

/** One part: the clauses `first`…`last` between two sentence ends or contrastive words (a comma does
 *  not cut a pattern), their tokens in order and the clause index of each token. */
export interface Part {
  readonly first: number;
  readonly last: number;
  readonly tokens: Token[];
  readonly clauseOf: number[];
}

/** The parts of a text's clauses, in order (each clause in exactly one part). */
export function partsOf(clauses: readonly Clause[]): Part[] {
  const out: Part[] = [];
  for (let first = 0; first < clauses.length; ) {
    let last = first;
    while (last + 1 < clauses.length && clauses[last + 1]!.part === clauses[first]!.part) last += 1;
    // A part of one clause (most of them) reads the clause's own tokens (never changed): no copy.
    const single = first === last;
    const tokens: Token[] = single ? clauses[first]!.tokens : [];
    const clauseOf: number[] = single ? new Array(tokens.length).fill(first) : [];
    if (!single) for (let ci = first; ci <= last; ci += 1) for (const x of clauses[ci]!.tokens) (tokens.push(x), clauseOf.push(ci));
    out.push({ first, last, tokens, clauseOf });
    first = last + 1;
  }
  return out;
}

/** The most tokens one clause holds (see clausesOf). */
const MAX_CLAUSE_TOKENS = 300;

/** Cuts the tokens of `original` into clauses. */
export function clausesOf(tokens: readonly Token[], original: string): Clause[] {
  const out: Clause[] = [];
  let current: Token[] = [];
  let sentence = 0;
  let part = 0;
  const close = (closer: string, endsSentence: boolean, endsPart = true): void => {
    if (current.length > 0) {
      out.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end, closer, sentence, part });
      current = [];
    }
    if (endsSentence) sentence += 1;
    if (endsPart) part += 1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // A line break between two tokens ends the sentence.
    if (prev && hasLineBreak(original, prev.end, t.start)) close('', true);
    if (t.kind === 'punct' || (t.kind === 'symbol' && !KEPT.has(t.norm))) {
      if (ENDERS.has(t.norm) || t.norm === ',') {
        const next = tokens[i + 1];
        const glued = next !== undefined && next.nStart === t.nEnd && prev !== undefined && prev.nEnd === t.nStart && next.kind !== 'punct';
        if (!glued) close(t.norm === '?' ? '?' : '', t.norm !== ',', t.norm !== ',');
      } else if (KEPT.has(t.norm)) current.push(t);
      continue;
    }
    if (t.kind === 'word') {
      const next = tokens[i + 1];
      const pair = next !== undefined && CONTRAST_PAIRS.get(t.norm) === next.norm;
      if (CONTRAST.has(t.norm) || pair) {
        close('', false);
        if (pair) i += 1;
        continue;
      }
    }
    current.push(t);
    // No clause of real text is this long; cutting a run of thousands of tokens (letters spelt out,
    // a paste without punctuation) keeps each clause's work bounded and the whole reading linear.
    if (current.length >= MAX_CLAUSE_TOKENS) close('', false);
  }
  close('', true);
  return out;
}
