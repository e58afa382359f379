/**
 * The four states a verdict is shown in, on every page, in the SCORM package and in the GIFT bank.
 * This is presentation, not policy: the engine decides the outcome and the severity of each finding;
 * this only says how that reads to a person, so that a problem is never shown beside a green tick.
 *
 * | state         | when                                             |
 * | not-allowed   | outcome `not-allowed` (at least one error)       |
 * | to-fix        | outcome `allowed` and at least one `warning`     |
 * | allowed       | outcome `allowed` and no warning (info may follow) |
 * | not-covered   | outcome `not-covered`                            |
 */
import type { Severity, Verdict } from '../engine/types';

export const VERDICT_STATES = ['not-allowed', 'to-fix', 'allowed', 'not-covered'] as const;
export type VerdictState = (typeof VERDICT_STATES)[number];

/** What the state needs to know: the outcome and the findings' severities (a Verdict, or quiz props). */
export interface VerdictLike {
  outcome: Verdict['outcome'];
  findings: ReadonlyArray<{ severity: Severity }>;
}

export function verdictState(verdict: VerdictLike): VerdictState {
  if (verdict.outcome === 'not-allowed') return 'not-allowed';
  if (verdict.outcome === 'not-covered') return 'not-covered';
  return verdict.findings.some((f) => f.severity === 'warning' || f.severity === 'error') ? 'to-fix' : 'allowed';
}

/** Nothing to change: the engine found no error and no warning (the quizzes' « right » needs this). */
export const nothingToFix = (verdict: VerdictLike): boolean => verdict.findings.every((f) => f.severity === 'info');

/**
 * The state a finding of this severity leads to on its own: an error makes a verdict « Non permis »,
 * a warning « À corriger »; a note changes nothing (null). For /regles/, which shows rules, not verdicts.
 */
export const stateOfSeverity = (severity: Severity): VerdictState | null =>
  severity === 'error' ? 'not-allowed' : severity === 'warning' ? 'to-fix' : null;
