/**
 * The one factory that builds every finding. It copies the rule's id and section, and checks the
 * span: kept only when start < end and both lie inside the text (a bad span is dropped, never thrown).
 */
import type { RuleMeta } from './rules/rule.ts';
import type { Finding, Severity } from './types.ts';

export interface FindingInput {
  message: string;
  severity?: Severity;
  span?: { start: number; end: number } | undefined;
  suggestion?: string | undefined;
}

/** Builds a finding of `rule`; `text` is the text the span points into. */
export function finding(rule: Pick<RuleMeta, 'id' | 'section' | 'severity'>, input: FindingInput, text = ''): Finding {
  const out: Finding = {
    rule: rule.id,
    section: rule.section,
    severity: input.severity ?? rule.severity,
    message: input.message,
  };
  const span = input.span;
  if (
    span &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  ) {
    out.span = { start: span.start, end: span.end };
  }
  if (input.suggestion) out.suggestion = input.suggestion;
  return out;
}
