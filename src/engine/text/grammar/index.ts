/**
 * Hate, threats and contempt as grammar (3.2), not as phrases: identity groups and what is said of
 * them, threats as verb + object frames, contempt without a bad word. Reads the word tokens of
 * text/tokens.ts (their lemmas, so inflections match), in linear time with bounded windows.
 *
 * `findGrammar(tokens)` gives hits in ORIGINAL offsets (and in normalised ones, `nStart`/`nEnd`);
 * `analyseNormalized(norm)` reads an already normalised text (offsets in that text) and also
 * returns the statements it cleared (negated or reported), so phrase lists can stay quiet there.
 */
import { type Normalized } from '../normalize.ts';
import { tokensOf, type Token } from '../tokens.ts';
import { findAccess } from './access.ts';
import { findCause } from './cause.ts';
import { findClaims } from './claims.ts';
import { findContempt } from './contempt.ts';
import { findCooccurrence, findSentenceCooccurrence } from './cooccur.ts';
import { findHate } from './hate.ts';
import { deniedQuestions, findQuestions } from './question.ts';
import type { Doubt, GrammarKind, GrammarSeverity, WordHit } from './hit.ts';
import { resumesHate, scopeOf } from './scope.ts';
import { streamOf } from './stream.ts';
import { findThreats } from './threat.ts';
import { findViolenceNet } from './violence-net.ts';
import { findMisfortune } from './misfortune.ts';
import { findLearned } from './learned.ts';
import { findHints } from './hint.ts';
import { findCoded } from './coded.ts';

export type { GrammarKind, GrammarSeverity } from './hit.ts';

export interface GrammarHit {
  readonly kind: GrammarKind;
  readonly severity: GrammarSeverity;
  /** Span in the original text (end exclusive), over the words that trigger the finding. */
  readonly start: number;
  readonly end: number;
  /** The same span in the normalised text. */
  readonly nStart: number;
  readonly nEnd: number;
  /** A doubt to check (see Doubt in hit.ts): word lists judge these words first. */
  readonly doubtful?: Doubt;
}

const RANK: Record<GrammarKind, number> = { threat: 0, hate: 1, contempt: 2 };

/** A statement recognised but negated or reported: counter-speech, to be left clean. */
export interface GrammarClear {
  readonly start: number;
  readonly end: number;
  readonly nStart: number;
  readonly nEnd: number;
}

export interface GrammarResult {
  readonly hits: GrammarHit[];
  /** Spans the grammar read as negated or reported: phrase lists should not flag hate there either. */
  readonly cleared: GrammarClear[];
  /** Runs of someone else's words (governed speech verbs' clauses, and long quotations: `quote`; see scope.ts). */
  readonly spoken: Array<GrammarClear & { readonly quote: boolean }>;
}

const severityRank = (x: WordHit): number => (x.severity === 'error' ? 0 : x.severity === 'warning' ? 1 : 2);

/** 1 for each word some reading already took. */
function covered(words: readonly WordHit[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const h of words) out.fill(1, h.a, h.b);
  return out;
}

/** Hits and cleared spans, without overlaps (errors first, then threat > hate > contempt, then longer). */
export function analyse(tokens: readonly Token[]): GrammarResult {
  const s = streamOf(tokens);
  const sc = scopeOf(s);
  const words: WordHit[] = [...findThreats(s, sc), ...findHate(s, sc), ...findClaims(s, sc), ...findContempt(s, sc)];
  // The net under the frames reads only the clauses none of them judged (cooccur.ts).
  const judged = covered(words, s.words.length);
  words.push(...findCooccurrence(s, sc, judged), ...findCause(s, sc, judged), ...findQuestions(s, sc, judged, tokens), ...findAccess(s, sc, judged, tokens));
  // The sentence net reads only the sentences no reading above judged, the clause net included.
  const read = covered(words, s.words.length);
  words.push(...findSentenceCooccurrence(s, sc, read, tokens));
  // Harm foretold or wished to a group that no frame read (violence-net.ts), and a misfortune wished or welcomed
  // (misfortune.ts): the last nets, warnings.
  const netRead = covered(words, s.words.length);
  words.push(...findViolenceNet(s, sc, netRead, tokens), ...findMisfortune(s, sc, netRead, tokens));
  // A people named beside words that leave the conclusion to the reader (hint.ts): a warning.
  words.push(...findHints(s, sc, covered(words, s.words.length)));
  words.push(...findCoded(s, sc));
  // A sentence that none of them read, scored by the weights learned from our own sentences (learned.ts).
  words.push(...findLearned(s, sc, covered(words, s.words.length)));
  // A claim asked back and denied at once (« Des parasites, les … ? Voyons donc. ») is echoed, not made: a question of tone at most.
  const denied = deniedQuestions(s, tokens);
  for (let k = 0; k < words.length; k += 1) {
    const h = words[k]!;
    if (h.severity === 'error' && h.kind !== 'threat' && denied[s.sentence[h.a]!]) words[k] = { ...h, severity: 'warning' };
  }
  // A pronoun taking up hateful words just reported (« Tu as dit que … . C'est monstrueux. ») judges the words.
  const said = covered(words, s.words.length);
  for (let k = 0; k < words.length; k += 1) if (words[k]!.severity !== 'clear' && resumesHate(s, sc, words[k]!.a, said)) words[k] = { ...words[k]!, severity: 'clear' };
  words.sort((x, y) => severityRank(x) - severityRank(y) || RANK[x.kind] - RANK[y.kind] || y.b - y.a - (x.b - x.a) || x.a - y.a);
  const taken = new Uint8Array(s.words.length + 1);
  const hits: GrammarHit[] = [];
  const cleared: GrammarClear[] = [];
  for (const h of words) {
    let free = true;
    for (let k = h.a; k < h.b && free; k += 1) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, h.a, h.b);
    const first = s.words[h.a]!;
    const last = s.words[h.b - 1]!;
    const span = { start: first.start, end: last.end, nStart: first.nStart, nEnd: last.nEnd };
    if (h.severity === 'clear') cleared.push(span);
    else hits.push({ kind: h.kind, severity: h.severity, ...span, ...(h.doubtful ? { doubtful: h.doubtful } : {}) });
  }
  // Eye-roll or clown emoji: a warning.
  for (const t of s.marks) hits.push({ kind: 'contempt', severity: 'warning', start: t.start, end: t.end, nStart: t.nStart, nEnd: t.nEnd });
  hits.sort((x, y) => x.start - y.start);
  const spoken: GrammarResult['spoken'] = [];
  for (let i = 0; i < s.words.length; i += 1) {
    const mark = sc.spoken[i] ?? 0;
    if (mark === 0) continue;
    let j = i;
    while (j + 1 < s.words.length && sc.spoken[j + 1] === mark) j += 1;
    const first = s.words[i]!;
    const last = s.words[j]!;
    spoken.push({ start: first.start, end: last.end, nStart: first.nStart, nEnd: last.nEnd, quote: mark === 2 });
    i = j;
  }
  return { hits, cleared, spoken };
}

/** Every hit in the tokens (see {@link analyse}). */
export const findGrammar = (tokens: readonly Token[]): GrammarHit[] => analyse(tokens).hits;

/** Hits and cleared spans in an already normalised text; offsets are in that text. */
export function analyseNormalized(norm: string): GrammarResult {
  const ids = Array.from({ length: norm.length }, (_, i) => i);
  const identity: Normalized = { original: norm, text: norm, starts: ids, ends: ids.map((i) => i + 1) };
  return analyse(tokensOf(identity));
}
