/**
 * A training path as a GIFT question bank: the quiz props (already graded by the engine) turned into
 * GIFT questions. The feedback of each choice is what the site shows: right or not, the engine's
 * verdict, and its findings with their sections.
 */
import { audiences } from '../i18n/audiences';
import type { TrainedAudience } from '../quiz/audiences';
import type { ChoiceProps, QuizProps } from '../quiz/props';
import { giftFile, type GiftCategory } from './gift';

/** The words a learner reads for a choice: its label, and the quoted reply or post if any. */
export const choiceWording = (c: ChoiceProps): string => (c.text ? `${c.label} « ${c.text} »` : c.label);

/** Feedback in plain French: right or not, the verdict, then each finding with its section. */
export function choiceFeedback(c: ChoiceProps): string {
  const findings = c.findings.map((f) => `${f.severityLabel} (section ${f.section}) : ${f.message}`);
  return [c.right ? 'Bonne réponse.' : 'Mauvaise réponse.', `Verdict de la politique : ${c.outcomeLabel}.`, ...findings].join(' ');
}

export function giftBank(audience: TrainedAudience, modules: readonly QuizProps[], policyNumber: string): string {
  const pathTitle = `Parcours ${audiences[audience].label}`;
  const categories: GiftCategory[] = modules.map((m) => ({
    path: [`Politique ${policyNumber}`, pathTitle, m.title],
    questions: m.scenarios.map((s) => ({
      id: `${m.moduleId}-${s.id}`,
      text: `${s.situation.trim()}\n\n${s.question}`,
      choices: s.choices.map((c) => ({ text: choiceWording(c), correct: c.right, feedback: choiceFeedback(c) })),
    })),
  }));
  return giftFile(`Politique n° ${policyNumber} d'utilisation des médias sociaux — ${pathTitle}`, categories);
}
