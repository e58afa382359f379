/**
 * A training path as a GIFT question bank: the quiz props (already graded by the engine) turned into
 * GIFT questions. The feedback of each choice is what the site shows: right or not, the verdict
 * state, what to change (findings merged by rule) and the section that decides.
 */
import { audiences } from '../i18n/audiences';
import type { TrainedAudience } from '../quiz/audiences';
import { choiceFeedbackText } from '../quiz/feedback';
import type { ChoiceProps, QuizProps } from '../quiz/props';
import { giftFile, type GiftCategory } from './gift';

/** The words a learner reads for a choice: its label, and the quoted reply or post if any. */
export const choiceWording = (c: ChoiceProps): string => (c.text ? `${c.label} « ${c.text} »` : c.label);


export function giftBank(audience: TrainedAudience, modules: readonly QuizProps[], policyNumber: string): string {
  const pathTitle = `Parcours ${audiences[audience].label}`;
  const categories: GiftCategory[] = modules.map((m) => ({
    path: [`Politique ${policyNumber}`, pathTitle, m.title],
    questions: m.scenarios.map((s) => ({
      id: `${m.moduleId}-${s.id}`,
      text: `${s.situation.trim()}\n\n${s.question}`,
      // The same feedback as the site's (src/quiz/feedback.ts): the verdict state, what to change, the deciding section.
      choices: s.choices.map((c) => ({ text: choiceWording(c), correct: c.right, feedback: choiceFeedbackText(c, s.rightOutcome, (n) => m.sections[n]?.title) })),
    })),
  }));
  return giftFile(`Politique n° ${policyNumber} d'utilisation des médias sociaux — ${pathTitle}`, categories);
}
