/**
 * Findings merged by rule and section: one message per rule, with every span it points at. The
 * engine reports one finding per place (two « au nom de la Ville » → two findings); a learner reads
 * one explanation, with all its highlighted words. Order: errors, then warnings, then notes, each in
 * the engine's order. Pure.
 */
import type { Finding, Severity } from '../engine/types';

export interface MergedFinding {
  rule: string;
  section: string;
  severity: Severity;
  /** The rule's message; different messages of one rule are kept, each once. */
  message: string;
  /** Every span the rule points at, in text order. */
  spans: Array<{ start: number; end: number }>;
  suggestion?: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const byKey = new Map<string, MergedFinding & { messages: string[]; order: number }>();
  findings.forEach((f, order) => {
    const key = `${f.rule}\u0000${f.section}`;
    let m = byKey.get(key);
    if (!m) {
      m = { rule: f.rule, section: f.section, severity: f.severity, message: '', messages: [], spans: [], order };
      byKey.set(key, m);
    }
    if (rank[f.severity] < rank[m.severity]) m.severity = f.severity;
    if (!m.messages.includes(f.message)) m.messages.push(f.message);
    if (f.span) m.spans.push({ start: f.span.start, end: f.span.end });
    if (f.suggestion && !m.suggestion) m.suggestion = f.suggestion;
  });
  return [...byKey.values()]
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.order - b.order)
    .map(({ messages, order: _order, spans, ...m }) => ({
      ...m,
      message: messages.join(' '),
      spans: spans.sort((a, b) => a.start - b.start),
    }));
}

/** The sections that decide a verdict: those of its errors, else its warnings, else its notes. */
export function decidingSections(findings: ReadonlyArray<{ section: string; severity: Severity }>): string[] {
  for (const level of ['error', 'warning', 'info'] as const) {
    const found = [...new Set(findings.filter((f) => f.severity === level).map((f) => f.section))];
    if (found.length > 0) return found;
  }
  return [];
}
