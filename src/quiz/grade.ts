/**
 * Grading, at build time, by the engine: every choice's action goes through `evaluate()`, and a
 * choice is right exactly when
 * 1. the engine's outcome equals its scenario's `rightOutcome`:
 *    - `allowed` (the default): the right choices are the actions the policy allows;
 *    - `not-covered`: the question asks where the policy is silent; the right choice is the action
 *      the engine says the policy does not decide, so the right move is to ask the Communications team;
 * 2. and the engine has nothing to correct in it: no finding of severity `error` or `warning`.
 *    A reply to a complaint that forgets to mention the 311 is « allowed » (no prohibition broken),
 *    but the policy asks for that invitation (3.1.5, a warning): it is not the answer to learn.
 * The author's `expect` is never used to grade: it is checked against the engine (agreement.ts).
 */
import { evaluate, labels } from '../engine/index';
import type { Verdict } from '../engine/types';
import { decidingSections, mergeFindings } from '../verdict/merge';
import { nothingToFix, verdictState } from '../verdict/state';
import type { TrainedAudience } from './audiences';
import type { ChoiceData, QuizModuleData, ScenarioData } from './schema';
import type { ChoiceProps, ScenarioProps, SectionProps } from './props';

/** The grading rule above, on a verdict. */
export const isRightVerdict = (verdict: Verdict, rightOutcome: ScenarioData['rightOutcome']): boolean =>
  verdict.outcome === rightOutcome && nothingToFix(verdict);

/** The words of `text` a span points at, on one line. */
const wordsAt = (text: string | undefined, span: { start: number; end: number }): string =>
  (text ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').trim();

/** The engine's verdict on one choice. */
export const verdictOf = (choice: ChoiceData): Verdict => evaluate(choice.action);

export function gradeChoice(scenario: ScenarioData, choice: ChoiceData): ChoiceProps {
  const verdict = verdictOf(choice);
  const text = choice.action.kind === 'create-account' ? undefined : choice.action.text;
  return {
    id: choice.id,
    label: choice.label,
    ...(text ? { text } : {}),
    outcome: verdict.outcome,
    state: verdictState(verdict),
    right: isRightVerdict(verdict, scenario.rightOutcome),
    // One entry per rule and section, with all its words: never the same explanation twice.
    findings: mergeFindings(verdict.findings).map((f) => ({
      rule: f.rule,
      section: f.section,
      severity: f.severity,
      severityLabel: labels.severity[f.severity],
      message: f.message,
      words: [...new Set(f.spans.map((s) => wordsAt(text, s)).filter(Boolean))],
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    })),
    // Every choice cites the section that decides it, even when the engine has nothing to say about it.
    sections: decidingSections(verdict.findings).length > 0 ? decidingSections(verdict.findings) : scenario.sections,
  };
}

export const gradeScenario = (scenario: ScenarioData): ScenarioProps => ({
  id: scenario.id,
  situation: scenario.situation,
  question: scenario.question,
  rightOutcome: scenario.rightOutcome,
  sections: scenario.sections,
  choices: scenario.choices.map((c) => gradeChoice(scenario, c)),
});

/** The scenarios of a module meant for one audience, in the author's order. */
export const scenariosFor = (mod: QuizModuleData, audience: TrainedAudience): ScenarioData[] =>
  mod.scenarios.filter((s) => s.audiences.includes(audience));

/** Every section number a module's feedback may quote (the engine's and the author's). */
export function sectionsQuoted(scenarios: ScenarioProps[]): string[] {
  const numbers = new Set<string>();
  for (const s of scenarios) {
    s.sections.forEach((n) => numbers.add(n));
    for (const c of s.choices) {
      c.findings.forEach((f) => numbers.add(f.section));
      c.sections.forEach((n) => numbers.add(n));
    }
  }
  return [...numbers];
}

/** Picks the quoted sections' words and links out of getSectionRefs()'s map. */
export function pickSections(numbers: string[], refs: Record<string, SectionProps>): Record<string, SectionProps> {
  const picked: Record<string, SectionProps> = {};
  for (const n of numbers) {
    const ref = refs[n];
    if (!ref) throw new Error(`Section « ${n} » citée par le moteur ou un scénario, introuvable dans content/policy/sections/.`);
    picked[n] = { number: ref.number, title: ref.title, href: ref.href, text: ref.text };
  }
  return picked;
}
