/**
 * Puts the engine's suggestions into a person's text so that what is left is good text. Pure (no DOM,
 * no engine call): the editor gives it the findings it shows; the tests give it the engine's.
 *
 * - A finding that points at words (its `replaces`, else its `span`) has its suggestion take the place
 *   of the fault: the words when the suggestion is a few words, the whole sentence around them when
 *   the suggestion is a sentence (a clause cut out of a sentence would leave « mais Les demandes… »).
 * - Every other place flagged with the same suggestion is removed, so the suggestion appears once and
 *   no fault stays behind it (« on s’en occupe » then « Pour formuler une plainte… »).
 * - A finding that points at nothing (something is missing) adds its suggestion at the end.
 * - The suggestion's greeting is dropped unless it opens the text, and its closing « Merci! » is dropped
 *   when the text already thanks or goes on after it: no « Bonjour Bonjour! », no « Merci! … Merci! ».
 */
import type { Span } from './highlight';

export interface Applied {
  text: string;
  /** Where the caret goes afterwards: just after the inserted words. */
  caret: number;
}

/** What the application needs of a finding (the engine's Finding has these fields). */
export interface Fixable {
  suggestion?: string | undefined;
  span?: Span | undefined;
  replaces?: Span | undefined;
}

const GREETING = /^(?:bonjour|bonsoir|allo|allô|salut|hello|bon matin)\b[^.!?,\n]{0,40}[!,.]\s*/iu;
const CLOSING_THANKS = /\s*\bmerci(?: beaucoup| de votre (?:compréhension|patience))?\s*[!.]?\s*$/iu;
const THANKS = /\bmerci\b/iu;
/** A suggestion that is a sentence (ends like one) replaces a sentence; a few words replace words. */
const isSentence = (s: string): boolean => /[.!?…]\s*$/u.test(s);

const valid = (text: string, s: Span | undefined): s is Span =>
  !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;

/** The sentence around `span`: from after the previous . ! ? … or line break to the next one (included). */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?…\n]/u.test(text[start - 1]!)) start -= 1;
  while (start < span.start && /\s/u.test(text[start]!)) start += 1;
  let end = span.end;
  // A span may already end on its sentence's final punctuation.
  if (end > 0 && /[.!?…]/u.test(text[end - 1]!)) {
    while (end < text.length && /[.!?…]/u.test(text[end]!)) end += 1;
  } else {
    while (end < text.length && !/[.!?…\n]/u.test(text[end]!)) end += 1;
    while (end < text.length && /[.!?…]/u.test(text[end]!)) end += 1;
  }
  return withClosingSymbols(text, { start, end });
}

/** Emoji and symbols that close a sentence go with it (« … aux travaux publics 👍 »). */
function withClosingSymbols(text: string, range: Span): Span {
  const tail = /^[^\p{L}\p{N}\n]*?(?=\s*(?:\n|$|\p{L}|\p{N}))/u.exec(text.slice(range.end));
  return tail && !/[«"(]/u.test(tail[0]) ? { start: range.start, end: range.end + tail[0].trimEnd().length } : range;
}

/** The part of the text a finding's suggestion takes the place of, if any. */
export function faultRange(text: string, f: Fixable): Span | undefined {
  if (!f.suggestion) return undefined;
  if (valid(text, f.replaces)) return withClosingSymbols(text, f.replaces);
  if (!valid(text, f.span)) return undefined;
  return isSentence(f.suggestion) ? sentenceAround(text, f.span) : f.span;
}

/** Ranges sorted and merged when they overlap or touch. */
function mergeRanges(ranges: Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Removes `range` and the spaces it leaves doubled. */
function cut(text: string, range: Span): { text: string; at: number } {
  let { start, end } = range;
  while (end < text.length && /[ \t]/u.test(text[end]!)) end += 1;
  if (end === text.length) while (start > 0 && /\s/u.test(text[start - 1]!)) start -= 1;
  return { text: text.slice(0, start) + text.slice(end), at: start };
}

/** The suggestion, trimmed of the greeting and thanks the surrounding text makes redundant. */
function fitted(suggestion: string, before: string, after: string): string {
  let s = suggestion.trim();
  const opensText = before.trim() === '';
  if (!opensText || GREETING.test(after.trimStart())) {
    const rest = s.replace(GREETING, '');
    if (rest.trim()) s = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  if (/[\p{L}\p{N}]/u.test(after) || THANKS.test(before)) {
    const rest = s.replace(CLOSING_THANKS, '');
    if (rest.trim() && rest !== s) s = /[.!?…]$/u.test(rest) ? rest : `${rest}.`;
  }
  return s;
}

/**
 * Joins three parts with the spaces French text needs between sentences; a sentence left without its
 * final punctuation (« ok merci on regarde ca ») gets a period before the suggestion.
 */
function join(before: string, middle: string, after: string): Applied {
  const closed = /[\p{L}\p{N}]$/u.test(before) && isSentence(middle) ? `${before}.` : before;
  const left = closed === '' || /\s$/u.test(closed) ? closed : `${closed} `;
  const right = after === '' || /^[\s.,;:!?…)]/u.test(after) ? after : ` ${after}`;
  return { text: left + middle + right, caret: left.length + middle.length };
}

/**
 * Applies `target`'s suggestion to `text`. `all` are the findings shown with it (on the same text):
 * the other places that carry the same suggestion are removed, so the fault is not left behind.
 */
export function applySuggestion(text: string, target: Fixable, all: readonly Fixable[] = [target]): Applied {
  const suggestion = target.suggestion;
  if (!suggestion) return { text, caret: text.length };
  const same = [target, ...all.filter((f) => f !== target && f.suggestion === suggestion)];
  const ranges = mergeRanges(same.map((f) => faultRange(text, f)).filter((r): r is Span => !!r));
  if (ranges.length === 0) {
    const base = text.trimEnd();
    return join(base, fitted(suggestion, base, ''), '');
  }
  // Remove every range but the first, from the end so the offsets stay right; then replace the first.
  let current = text;
  for (const r of ranges.slice(1).reverse()) current = cut(current, r).text;
  const first = ranges[0]!;
  const before = current.slice(0, first.start);
  const after = current.slice(first.end);
  return join(before, fitted(suggestion, before, after), after.replace(/^[ \t]+/u, ''));
}

/**
 * Applies every suggestion until none is left: `check` gives the findings of a text (the engine).
 * Each round applies one suggestion (with its duplicates) and asks again, since the text moved.
 * Stops after `maxRounds` rounds, so a suggestion the engine flags again can never loop forever.
 */
export function applyAllSuggestions(text: string, check: (text: string) => readonly Fixable[], maxRounds = 8): string {
  let current = text;
  for (let round = 0; round < maxRounds; round += 1) {
    const findings = check(current);
    const next = findings.find((f) => f.suggestion);
    if (!next) return current;
    const applied = applySuggestion(current, next, findings).text;
    if (applied === current) return current;
    current = applied;
  }
  return current;
}
