/**
 * What the decision helper shows for a set of answers: the answers so far, then either the next
 * question (its options are plain links to the pre-built page of each answer, so the form works
 * without JavaScript) or the engine's verdict, each finding with the words of its section.
 * Pure presentation: rendered at build time for every page, and by the island on the helper's page.
 */
import type { TargetedMouseEvent } from 'preact';
import type { Verdict } from '../../engine/index.ts';
import { labels } from '../../engine/labels.ts';
import { decideUi, optionLabel, questionShort, questionText } from '../../i18n/decide.ts';
import { verdictText } from '../../i18n/verdict.ts';
import { mergeFindings, type MergedFinding } from '../../verdict/merge.ts';
import { verdictState } from '../../verdict/state.ts';
import { VerdictBadge } from '../verdict/VerdictBadge.tsx';
import { answered, choose, MAX_QUESTIONS, nextQuestion, OPTIONS, previous, toPath, type Choices, type QuestionId } from './tree.ts';

/** A section as the page cites it (plain data from src/policy/sections.ts). */
export interface CitedSection {
  number: string;
  title: string;
  href: string;
  /** The official words, as plain text. */
  text: string;
}

export interface DecisionViewProps {
  choices: Choices;
  /** The engine's verdict, when the answers are complete. */
  verdict?: Verdict | undefined;
  /** Every section of the policy, by number. */
  sections: Record<string, CitedSection>;
  /** The model reply for each kind of incoming message, when one exists. */
  modelReplies?: Partial<Record<string, string>>;
  /** Called when a link to other answers is followed (the island turns it into a step in place). */
  onNavigate?: (next: Choices, event: TargetedMouseEvent<HTMLAnchorElement>) => void;
  /** Id of the heading that receives focus after each step. */
  headingId?: string;
}

/** A link to the page of other answers. */
function StepLink(props: { to: Choices; onNavigate: DecisionViewProps['onNavigate']; class?: string; children: preact.ComponentChildren }) {
  const { to, onNavigate } = props;
  return (
    <a
      class={props.class}
      href={toPath(to)}
      // The pre-built pages are thousands of combinations: crawlers need not follow them all.
      rel="nofollow"
      onClick={onNavigate ? (e) => onNavigate(to, e) : undefined}
    >
      {props.children}
    </a>
  );
}

function Quote({ section }: { section: CitedSection }) {
  return (
    <figure class="decide-quote">
      <figcaption>
        {decideUi.sectionLabel} {section.number}, « {section.title} »
      </figcaption>
      <blockquote class="decide-quote__text" lang="fr-CA">
        {section.text.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
      <p class="decide-quote__link">
        <a href={section.href}>{decideUi.readSection(section.number)}</a>
      </p>
    </figure>
  );
}

function FindingItem({ finding, section }: { finding: MergedFinding; section: CitedSection | undefined }) {
  return (
    <li class={`decide-finding decide-finding--${finding.severity}`}>
      <p class="decide-finding__severity">{labels.severity[finding.severity]}</p>
      <p>{finding.message}</p>
      {finding.suggestion && (
        <div class="decide-finding__suggestion">
          <p>{decideUi.suggestionLabel}</p>
          <blockquote>
            <p>{finding.suggestion}</p>
          </blockquote>
        </div>
      )}
      {section && <Quote section={section} />}
    </li>
  );
}

export function DecisionView(props: DecisionViewProps) {
  const { choices, onNavigate, headingId = 'decide-step' } = props;
  const steps = answered(choices);
  const question = nextQuestion(choices);
  const prefix = (n: number): Choices => Object.fromEntries(steps.slice(0, n).map((s) => [s.question, s.value])) as Choices;

  return (
    <div class="decide">
      {steps.length > 0 && (
        <section class="decide-answers" aria-labelledby={`${headingId}-answers`}>
          <h2 id={`${headingId}-answers`}>{decideUi.answersTitle}</h2>
          <ol>
            {steps.map((s, i) => (
              <li>
                <span class="decide-answers__q">{questionShort[s.question]} : </span>
                <strong>{optionLabel(s.question, s.value)}</strong>{' '}
                <StepLink to={prefix(i)} onNavigate={onNavigate} class="decide-answers__change">
                  {decideUi.change}
                  <span class="visually-hidden"> : {questionShort[s.question].toLowerCase()}</span>
                </StepLink>
              </li>
            ))}
          </ol>
        </section>
      )}

      {question ? (
        <QuestionStep question={question} choices={choices} step={steps.length + 1} onNavigate={onNavigate} headingId={headingId} />
      ) : (
        <Answer {...props} headingId={headingId} />
      )}

      {steps.length > 0 && (
        <p class="decide-nav">
          <StepLink to={previous(choices)} onNavigate={onNavigate}>
            {decideUi.back}
          </StepLink>
          <StepLink to={{}} onNavigate={onNavigate}>
            {decideUi.restart}
          </StepLink>
        </p>
      )}
    </div>
  );
}

function QuestionStep(props: { question: QuestionId; choices: Choices; step: number; onNavigate: DecisionViewProps['onNavigate']; headingId: string }) {
  const { question, choices, step, onNavigate, headingId } = props;
  const text = questionText[question];
  return (
    <section class="decide-question" aria-labelledby={headingId}>
      <p class="decide-question__progress">{decideUi.progress(step, MAX_QUESTIONS)}</p>
      <h2 id={headingId} tabIndex={-1}>
        {text.title}
      </h2>
      {text.hint && <p class="decide-question__hint">{text.hint}</p>}
      <ul class="decide-options">
        {(OPTIONS[question] as readonly string[]).map((value) => (
          <li>
            <StepLink to={choose(choices, question, value as never)} onNavigate={onNavigate} class="decide-option">
              {optionLabel(question, value)}
            </StepLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Answer(props: DecisionViewProps & { headingId: string }) {
  const { verdict, sections, choices, modelReplies, headingId } = props;
  if (!verdict) return null;
  const state = verdictState(verdict);
  // One entry per rule and section: the same explanation is never listed twice.
  const findings = mergeFindings(verdict.findings);
  const model = choices.action === 'reply' && choices.incoming ? modelReplies?.[choices.incoming] : undefined;
  return (
    <section class="decide-answer" aria-labelledby={headingId}>
      <div class="decide-verdict" data-outcome={verdict.outcome}>
        <VerdictBadge as="h2" id={headingId} tabIndex={-1} state={state} />
        <p>{verdictText[state].lead}</p>
      </div>
      <h3>{decideUi.findingsTitle}</h3>
      {findings.length === 0 ? (
        <p>{decideUi.noFinding}</p>
      ) : (
        <ul class="decide-findings">
          {findings.map((f) => (
            <FindingItem finding={f} section={sections[f.section]} />
          ))}
        </ul>
      )}
      {model && (
        <>
          <h3>{decideUi.modelReplyTitle}</h3>
          <blockquote class="decide-model">
            <p>{model}</p>
          </blockquote>
        </>
      )}
      <p class="decide-share">
        {decideUi.shareLabel} : <a href={toPath(choices)}>{toPath(choices)}</a>
      </p>
    </section>
  );
}
