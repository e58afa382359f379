/**
 * The state of one attempt at a module, as pure functions: no DOM, no storage. The island renders it
 * and a ProgressStore saves it, so the same logic runs on the site and inside an LMS (SCORM).
 *
 * An attempt goes through the module's questions once (round 1: this is the score), then may retry
 * the questions answered wrong (round 2, 3…) until none is left.
 */
import type { ScenarioProps } from './props';

export interface Attempt {
  /** Seed of the choices' order (0 = the author's order). */
  seed: number;
  /** 1 for the first pass, then one more per retry of the missed questions. */
  round: number;
  /** Scenario ids of this round, in order. */
  queue: string[];
  /** Position in `queue`; equals `queue.length` once the round is over. */
  index: number;
  /** Choice selected for the current question, not yet checked. */
  selected: string | null;
  /** The current question has been checked (its feedback is shown). */
  checked: boolean;
  /** First answer per scenario (round 1): the score. */
  first: Record<string, string>;
  /** Latest answer per scenario (retries included). */
  latest: Record<string, string>;
}

export const newAttempt = (scenarios: readonly ScenarioProps[], seed: number): Attempt => ({
  seed,
  round: 1,
  queue: scenarios.map((s) => s.id),
  index: 0,
  selected: null,
  checked: false,
  first: {},
  latest: {},
});

const byId = (scenarios: readonly ScenarioProps[], id: string | undefined) => scenarios.find((s) => s.id === id);

/** Whether `choiceId` is a right answer to scenario `scenarioId`. */
export function isRight(scenarios: readonly ScenarioProps[], scenarioId: string, choiceId: string | undefined): boolean {
  return byId(scenarios, scenarioId)?.choices.find((c) => c.id === choiceId)?.right ?? false;
}

/** The question being asked, or undefined once the round is over. */
export const currentScenario = (a: Attempt, scenarios: readonly ScenarioProps[]): ScenarioProps | undefined =>
  a.index < a.queue.length ? byId(scenarios, a.queue[a.index]) : undefined;

export const roundOver = (a: Attempt): boolean => a.index >= a.queue.length;

export const select = (a: Attempt, choiceId: string): Attempt => (a.checked || roundOver(a) ? a : { ...a, selected: choiceId });

/** Records the selected answer. Without a selection, nothing changes (the island says why). */
export function check(a: Attempt, scenarios: readonly ScenarioProps[]): Attempt {
  const scenario = currentScenario(a, scenarios);
  if (!scenario || a.checked || !a.selected || !scenario.choices.some((c) => c.id === a.selected)) return a;
  const first = a.round === 1 && !(scenario.id in a.first) ? { ...a.first, [scenario.id]: a.selected } : a.first;
  return { ...a, checked: true, first, latest: { ...a.latest, [scenario.id]: a.selected } };
}

export const next = (a: Attempt): Attempt => (a.checked ? { ...a, index: a.index + 1, selected: null, checked: false } : a);

/** Scenario ids whose latest answer is wrong (what a retry asks again). */
export const missed = (a: Attempt, scenarios: readonly ScenarioProps[]): string[] =>
  scenarios.filter((s) => s.id in a.latest && !isRight(scenarios, s.id, a.latest[s.id])).map((s) => s.id);

/** A new round with the questions still answered wrong, or the same attempt if there are none. */
export function retryMissed(a: Attempt, scenarios: readonly ScenarioProps[]): Attempt {
  const queue = missed(a, scenarios);
  if (!roundOver(a) || queue.length === 0) return a;
  return { ...a, round: a.round + 1, queue, index: 0, selected: null, checked: false };
}

/** Score of the first pass: right answers out of the module's questions. */
export function score(a: Attempt, scenarios: readonly ScenarioProps[]): { right: number; total: number } {
  return { right: scenarios.filter((s) => isRight(scenarios, s.id, a.first[s.id])).length, total: scenarios.length };
}

/** The first pass is over: every question has a first answer. */
export const firstPassDone = (a: Attempt, scenarios: readonly ScenarioProps[]): boolean =>
  scenarios.every((s) => s.id in a.first);

/**
 * A saved attempt still fits the module (the content may have changed since): every question it
 * names exists, a first pass covers all the module's questions, a retry comes after a complete first
 * pass, and every answer and the selection are choices of their question. The attempt's own
 * consistency (a checked question has its answer…) is checked when progress is read
 * (progress-schema.ts). Otherwise the island sets it aside, with the notice, and starts afresh.
 */
export function fits(a: Attempt, scenarios: readonly ScenarioProps[]): boolean {
  const ids = new Set(scenarios.map((s) => s.id));
  const answersFit = (answers: Record<string, string>) =>
    Object.entries(answers).every(([sid, cid]) => byId(scenarios, sid)?.choices.some((c) => c.id === cid) ?? false);
  return (
    a.queue.length > 0 &&
    a.queue.every((id) => ids.has(id)) &&
    (a.round > 1 ? firstPassDone(a, scenarios) : a.queue.length === scenarios.length && new Set(a.queue).size === ids.size) &&
    a.index >= 0 &&
    a.index <= a.queue.length &&
    (a.selected === null || (currentScenario(a, scenarios)?.choices.some((c) => c.id === a.selected) ?? false)) &&
    answersFit(a.first) &&
    answersFit(a.latest)
  );
}

/** What the screen can offer: choices and « Vérifier », « Question suivante », or the summary's buttons. */
export type WayForward = 'answer' | 'next' | 'retry' | 'restart';

/**
 * The ways forward from `a`, as the island shows them: a question not yet checked offers its choices
 * and « Vérifier »; a checked one offers its feedback and « Question suivante »; the summary offers
 * « Recommencer le module » (and the retry of missed questions). Empty would be a dead end.
 */
export function waysForward(a: Attempt, scenarios: readonly ScenarioProps[]): WayForward[] {
  const scenario = currentScenario(a, scenarios);
  if (!scenario) return missed(a, scenarios).length > 0 ? ['retry', 'restart'] : ['restart'];
  if (!a.checked) return scenario.choices.length > 0 ? ['answer'] : [];
  return a.selected !== null && scenario.choices.some((c) => c.id === a.selected) ? ['next'] : [];
}
