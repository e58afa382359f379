/**
 * What the quiz island receives: plain, serialisable data with the engine's verdict already attached
 * to every choice (computed at build time, so the island ships no engine code). A SCORM package can
 * build the same props from the same content files.
 */
import type { Severity } from '../engine/types';
import type { VerdictState } from '../verdict/state';
import type { TrainedAudience } from './audiences';
import type { Outcome } from './schema';

/** A finding as the learner sees it: one per rule and section (src/verdict/merge.ts). */
export interface FindingProps {
  rule: string;
  section: string;
  severity: Severity;
  /** The severity in words (the engine's label), so it is never conveyed by colour alone. */
  severityLabel: string;
  message: string;
  /** Every passage of the choice's text the rule points at, each once. */
  words: string[];
  suggestion?: string;
}

export interface ChoiceProps {
  id: string;
  label: string;
  /** The words of the reply or post, shown as a quotation. */
  text?: string;
  /** The engine's outcome for this action. */
  outcome: Outcome;
  /** How the verdict reads (src/verdict/state.ts): its words come from src/i18n/verdict.ts. */
  state: VerdictState;
  /** The engine's verdict makes this a right answer (see src/quiz/grade.ts for the rule). */
  right: boolean;
  findings: FindingProps[];
  /** The sections that decide this choice: its errors', else its warnings', else its notes', else the author's. */
  sections: string[];
}

export interface ScenarioProps {
  id: string;
  situation: string;
  question: string;
  rightOutcome: 'allowed' | 'not-covered';
  /** Sections the author cites; the feedback quotes them when the engine cites none. */
  sections: string[];
  choices: ChoiceProps[];
}

/** A section's words and link, as src/policy/sections.ts `SectionRef` gives them. */
export interface SectionProps {
  number: string;
  title: string;
  href: string;
  text: string;
}

export interface QuizProps {
  audience: TrainedAudience;
  moduleId: string;
  title: string;
  /** The path page, for « Retour au parcours ». */
  pathHref: string;
  /** The next module's page, or the attestation after the last module. */
  nextHref: string;
  nextLabel: string;
  scenarios: ScenarioProps[];
  /** Every section the feedback may quote, keyed by number. */
  sections: Record<string, SectionProps>;
}

/** What the path and attestation islands need to know about a module. */
export interface ModuleSummary {
  id: string;
  title: string;
  href: string;
  /** Number of questions for this audience. */
  total: number;
}
