/**
 * « Mises en situation » on /regles/: how many quiz scenarios exercise each rule. A scenario
 * exercises a rule when the engine reports that rule on at least one of its choices.
 * The scenarios are read from content/scenarios/*.yaml (the quiz's content) at build time; until
 * that folder exists, there is nothing to count and the page shows « — ».
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluate, type Situation } from '../../engine/index.ts';

export interface ScenarioActions {
  id: string;
  situations: readonly Situation[];
}

/** For each rule id, the number of scenarios that exercise it. */
export function countExercises(scenarios: Iterable<ScenarioActions>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const scenario of scenarios) {
    const rules = new Set(scenario.situations.flatMap((s) => evaluate(s).findings.map((f) => f.rule)));
    for (const id of rules) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The scenarios of a parsed module file: `scenarios[].choices[].action`. Anything else is skipped. */
export function scenariosOf(moduleData: unknown): ScenarioActions[] {
  const list = (moduleData as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) return [];
  return list.flatMap((sc: unknown) => {
    const s = sc as { id?: unknown; choices?: unknown };
    if (typeof s?.id !== 'string' || !Array.isArray(s.choices)) return [];
    const situations = s.choices
      .map((c: unknown) => (c as { action?: unknown } | null)?.action)
      .filter((a): a is Situation => typeof a === 'object' && a !== null && 'kind' in a);
    return [{ id: s.id, situations }];
  });
}

/** Counts from content/scenarios/, or undefined when there are no scenarios yet. */
export function loadExerciseCounts(dir = 'content/scenarios'): Map<string, number> | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const scenarios = files.flatMap((f) => scenariosOf(parse(readFileSync(join(dir, f), 'utf8'))));
  return scenarios.length === 0 ? undefined : countExercises(scenarios);
}
