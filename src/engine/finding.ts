/**
 * The one factory that builds every finding. It copies the rule's id and section, and checks the
 * span: kept only when start < end and both lie inside the text (a bad span is dropped, never thrown).
 * Its message and suggestion are given French typography here, once for every rule.
 */
import type { RuleMeta } from './rules/rule.ts';
import { frenchProse } from './prose.ts';
import type { Finding, Severity } from './types.ts';

export interface FindingInput {
  message: string;
  severity?: Severity;
  span?: { start: number; end: number } | undefined;
  suggestion?: string | undefined;
  /** What the suggestion replaces, when more than the span (checked like the span). */
  replaces?: { start: number; end: number } | undefined;
}

type Range = { start: number; end: number };

/** A range inside `text`, start < end, or undefined. */
const inside = (range: Range | undefined, text: string): Range | undefined =>
  range &&
  Number.isInteger(range.start) &&
  Number.isInteger(range.end) &&
  range.start >= 0 &&
  range.start < range.end &&
  range.end <= text.length
    ? { start: range.start, end: range.end }
    : undefined;

/** Messages repeat (one per finding, thousands in a long paste): each is typeset once. */
const typeset = new Map<string, string>();
function prose(text: string): string {
  let out = typeset.get(text);
  if (out === undefined) {
    if (typeset.size >= 2_000) typeset.clear();
    typeset.set(text, (out = frenchProse(text)));
  }
  return out;
}

/** Builds a finding of `rule`; `text` is the text the span points into. */
export function finding(rule: Pick<RuleMeta, 'id' | 'section' | 'severity'>, input: FindingInput, text = ''): Finding {
  const out: Finding = {
    rule: rule.id,
    section: rule.section,
    severity: input.severity ?? rule.severity,
    // The islands show messages as they are (the build's typography pass never sees them).
    message: prose(input.message),
  };
  const span = inside(input.span, text);
  if (span) out.span = span;
  if (input.suggestion) {
    out.suggestion = prose(input.suggestion);
    const replaces = inside(input.replaces, text);
    if (replaces) out.replaces = replaces;
  }
  return out;
}
