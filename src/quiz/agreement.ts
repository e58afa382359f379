/**
 * The author's expected verdicts against the engine's. A disagreement names the file, the scenario
 * and the choice, so whoever edits the content (or the engine) knows exactly what to look at.
 */
import { labels } from '../engine/index';
import { isRightVerdict, verdictOf } from './grade';
import type { Outcome, QuizModuleData } from './schema';

export interface ModuleFile {
  /** Path of the content file, e.g. `content/scenarios/plaintes.yaml`. */
  file: string;
  /** Module id (the file name without extension). */
  id: string;
  data: QuizModuleData;
}

export interface Disagreement {
  file: string;
  scenario: string;
  choice: string;
  expected: Outcome;
  actual: Outcome;
  rules: string[];
}

export function findDisagreements(modules: readonly ModuleFile[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const m of modules) {
    for (const s of m.data.scenarios) {
      for (const c of s.choices) {
        const v = verdictOf(c);
        if (v.outcome !== c.expect) {
          out.push({ file: m.file, scenario: s.id, choice: c.id, expected: c.expect, actual: v.outcome, rules: v.findings.map((f) => f.rule) });
        }
      }
    }
  }
  return out;
}

/** Scenario ids used twice across files (saved progress is keyed by scenario id). */
export function duplicateScenarioIds(modules: readonly ModuleFile[]): string[] {
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  for (const m of modules) {
    for (const s of m.data.scenarios) {
      const other = seen.get(s.id);
      if (other) dupes.push(`« ${s.id} » dans ${other} et ${m.file}`);
      seen.set(s.id, m.file);
    }
  }
  return dupes;
}

export const describeDisagreement = (d: Disagreement): string =>
  `${d.file} › scénario « ${d.scenario} » › choix « ${d.choice} » : l’auteur attend « ${labels.outcome[d.expected]} » (${d.expected}), le moteur répond « ${labels.outcome[d.actual]} » (${d.actual})${d.rules.length ? `, règles : ${d.rules.join(', ')}` : ''}.`;

/** Scenarios where, by the engine's grading, no choice is right (the quiz could not be passed). */
export function scenariosWithoutRightChoice(modules: readonly ModuleFile[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    for (const s of m.data.scenarios) {
      if (!s.choices.some((c) => isRightVerdict(verdictOf(c), s.rightOutcome))) {
        out.push(`${m.file} › scénario « ${s.id} » : aucun choix n’est juste selon le moteur (un choix juste a l’issue « ${s.rightOutcome} » et aucune remarque « error » ou « warning »)`);
      }
    }
  }
  return out;
}

/** Throws a French error listing every problem, for the build to stop on. */
export function assertContentAgrees(modules: readonly ModuleFile[]): void {
  const problems = [
    ...findDisagreements(modules).map(describeDisagreement),
    ...scenariosWithoutRightChoice(modules),
    ...duplicateScenarioIds(modules).map((d) => `identifiant de scénario en double : ${d}`),
  ];
  if (problems.length > 0) {
    throw new Error(
      `Les réponses attendues des quiz ne concordent pas avec le moteur de règles (corrigez le scénario, ou le moteur s’il se trompe) :\n- ${problems.join('\n- ')}`,
    );
  }
}
