/**
 * How much the quizzes exercise each rule of the engine: for every rule id, the scenario choices
 * whose evaluation produces a finding of that rule, and the scenarios that have at least one such
 * choice. Plain data in, plain data out: the /regles/ page and the tests call it on the same files.
 */
import { rules } from '../engine/index';
import { verdictOf } from './grade';
import type { QuizModuleData } from './schema';

/**
 * Rules no scenario can exercise, with the reason. `invalid-situation` answers a situation the engine
 * cannot read (a missing or unknown fact); the scenarios' schema rejects such situations before the
 * engine sees them.
 */
export const UNREACHABLE_FROM_SCENARIOS: Readonly<Record<string, string>> = {
  'invalid-situation': 'Ne répond qu’à une situation incomplète ou illisible, que le schéma des scénarios refuse.',
};

export interface RuleQuizCoverage {
  rule: string;
  section: string;
  title: string;
  /** Choices whose verdict carries a finding of this rule. */
  choices: number;
  /** Scenarios with at least one such choice. */
  scenarios: number;
  /** Why no scenario can exercise it, when that is the case. */
  unreachable?: string;
}

export function quizCoverage(modules: readonly { data: QuizModuleData }[]): RuleQuizCoverage[] {
  const choices = new Map<string, number>();
  const scenarios = new Map<string, number>();
  for (const m of modules) {
    for (const s of m.data.scenarios) {
      const inScenario = new Set<string>();
      for (const c of s.choices) {
        const ids = new Set(verdictOf(c).findings.map((f) => f.rule));
        for (const id of ids) {
          choices.set(id, (choices.get(id) ?? 0) + 1);
          inScenario.add(id);
        }
      }
      for (const id of inScenario) scenarios.set(id, (scenarios.get(id) ?? 0) + 1);
    }
  }
  return rules.map((r) => {
    const reason = UNREACHABLE_FROM_SCENARIOS[r.id];
    return {
      rule: r.id,
      section: r.section,
      title: r.title,
      choices: choices.get(r.id) ?? 0,
      scenarios: scenarios.get(r.id) ?? 0,
      ...(reason ? { unreachable: reason } : {}),
    };
  });
}
