/**
 * evaluate(situation): read the situation (never guess a missing fact), run every rule, let
 * exceptions cancel what they cover, and derive the outcome from the findings:
 * - 'not-allowed' exactly when a finding is an error;
 * - otherwise 'not-covered' when the policy does not decide (`policy-silent`, `invalid-situation`);
 * - otherwise 'allowed'.
 * A rule may yield to more specific ones (`yieldsTo`): its findings are withdrawn when they report;
 * a « permis » (`grants`) is withdrawn when any error is reported.
 * Total: any input returns a verdict; a rule that throws (a bug) is reported, never propagated.
 */
import { Context } from './context.ts';
import { askCommunications } from './facts.ts';
import { finding } from './finding.ts';
import { allRules } from './rules/index.ts';
import { invalidSituation, invalidSituationMessage } from './rules/s4-1-communications.ts';
import { readSituation } from './situation.ts';
import type { Finding, Situation, Verdict } from './types.ts';

const NOT_COVERED = new Set(['policy-silent', 'invalid-situation']);
const exceptions = allRules.filter((r) => r.exceptionTo !== undefined);

const overlaps = (a: Finding['span'], b: Finding['span']): boolean => !a || !b || (a.start < b.end && b.start < a.end);

/** Removes the findings an exception covers (same rule as its `exceptionTo`, overlapping span or no span). */
function applyExceptions(findings: Finding[]): Finding[] {
  let out = findings;
  for (const ex of exceptions) {
    const covering = out.filter((f) => f.rule === ex.id);
    if (covering.length === 0) continue;
    out = out.filter((f) => f.rule !== ex.exceptionTo || !covering.some((c) => overlaps(c.span, f.span)));
  }
  return out;
}

const yielding = allRules.filter((r) => r.yieldsTo !== undefined);

const granting = new Set(allRules.filter((r) => r.grants).map((r) => r.id));

/**
 * Withdraws the findings of rules whose `yieldsTo` rules reported something, and every « permis »
 * (`grants`) once an error is reported.
 */
function applyPrecedence(findings: Finding[]): Finding[] {
  const reported = new Set(findings.map((f) => f.rule));
  const moot = new Set(yielding.filter((r) => r.yieldsTo!.some((id) => reported.has(id))).map((r) => r.id));
  if (findings.some((f) => f.severity === 'error')) for (const id of granting) moot.add(id);
  return moot.size === 0 ? findings : findings.filter((f) => !moot.has(f.rule));
}

/** The outcome that the findings imply (the contract's invariant). */
export function outcomeOf(findings: readonly Finding[]): Verdict['outcome'] {
  if (findings.some((f) => f.severity === 'error')) return 'not-allowed';
  if (findings.some((f) => NOT_COVERED.has(f.rule))) return 'not-covered';
  return 'allowed';
}

/** Evaluates a situation against the policy. Accepts anything; never throws. */
export function evaluate(situation: Situation): Verdict {
  const read = readSituation(situation as unknown);
  if (!read.ok) {
    const findings = [finding(invalidSituation, { message: invalidSituationMessage(read.problems) })];
    return { outcome: outcomeOf(findings), findings };
  }
  const ctx = new Context(read.situation);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    try {
      findings.push(...rule.check(ctx));
    } catch {
      findings.push(
        finding(invalidSituation, {
          message: `Le moteur n’a pas pu appliquer la règle « ${rule.id} ». La politique ne peut être tranchée ici : ${askCommunications}.`,
        }),
      );
    }
  }
  const kept = applyPrecedence(applyExceptions(findings));
  return { outcome: outcomeOf(kept), findings: kept };
}
