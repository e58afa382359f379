/**
 * What a learner reads after choosing, in the same words on the site, in the SCORM package and in the
 * GIFT bank: right or wrong, the verdict state (src/i18n/verdict.ts), what to change (the engine's
 * findings, one per rule, with all their words), and the section that decides. Pure.
 */
import { quizText } from '../i18n/quiz';
import { verdictAnnouncement } from '../i18n/verdict';
import type { ChoiceProps, FindingProps, ScenarioProps } from './props';

export interface ChoiceFeedback {
  /** « Bonne réponse. » or « Mauvaise réponse. » */
  result: string;
  /** When the state alone does not say why the choice is wrong (it is not the state the question asks for). */
  why?: string;
  /** Errors and warnings: what to change. */
  toChange: FindingProps[];
  /** Notes (info): worth knowing, nothing to change; shown only when there is nothing to change. */
  notes: FindingProps[];
  /** The sections that decide the choice (never empty: the author's, when the engine cites none). */
  sections: string[];
}

export function choiceFeedback(c: ChoiceProps, rightOutcome: ScenarioProps['rightOutcome']): ChoiceFeedback {
  const toChange = c.findings.filter((f) => f.severity !== 'info');
  let why: string | undefined;
  if (!c.right && toChange.length === 0) {
    if (c.state === 'allowed' && rightOutcome === 'not-covered') why = quizText.allowedButAskedSilent;
    if (c.state === 'not-covered' && rightOutcome === 'allowed') why = quizText.silentButAnswerExists;
  }
  return {
    result: c.right ? quizText.right : quizText.wrong,
    ...(why ? { why } : {}),
    toChange,
    // Notes only beside a verdict with nothing to change: under « Non permis » or « À corriger », a note
    // such as « Permis : … » would contradict what the learner must fix.
    notes: c.state === 'allowed' || c.state === 'not-covered' ? c.findings.filter((f) => f.severity === 'info') : [],
    sections: c.sections,
  };
}

/**
 * Where a finding applies, as it heads its line: « Non conforme (section 3.1.5) » for what to change
 * (the severity matters there), « Section 4.3 » for a note (already under « Bon à savoir »).
 */
export const findingHead = (f: FindingProps): string =>
  f.severity === 'info' ? `Section ${f.section}` : `${f.severityLabel} (section ${f.section})`;

/** A finding in one line of text: where it applies, the message, its words, the proposed wording. */
export function findingLine(f: FindingProps): string {
  const words = f.words.length > 0 ? ` ${quizText.wordsInCause}${f.words.map((w) => `« ${w} »`).join(', ')}.` : '';
  const suggestion = f.suggestion ? ` ${quizText.suggestion} : « ${f.suggestion} »` : '';
  return `${findingHead(f)} : ${f.message}${words}${suggestion}`;
}

/**
 * The whole feedback as plain text (GIFT, the live region): the state in the words the site shows,
 * then what to change or worth knowing, then the deciding sections with their titles.
 */
export function choiceFeedbackText(c: ChoiceProps, rightOutcome: ScenarioProps['rightOutcome'], sectionTitle: (n: string) => string | undefined = () => undefined): string {
  const fb = choiceFeedback(c, rightOutcome);
  const lines = [fb.result, verdictAnnouncement(c.state)];
  if (fb.why) lines.push(fb.why);
  if (fb.toChange.length > 0) lines.push(`${quizText.toChange} : ${fb.toChange.map(findingLine).join(' ')}`);
  if (fb.notes.length > 0) lines.push(`${quizText.notes} : ${fb.notes.map(findingLine).join(' ')}`);
  const cited = fb.sections.map((n) => {
    const title = sectionTitle(n);
    return title ? `${n} (${title})` : n;
  });
  lines.push(`${quizText.decidingSections(cited.length)}${cited.join(', ')}.`);
  return lines.join(' ');
}
