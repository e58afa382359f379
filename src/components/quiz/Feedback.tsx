/**
 * Why a choice is right or wrong, in the same words everywhere (src/quiz/feedback.ts): right or wrong,
 * the verdict state, what to change (one entry per rule, with all its words), the section that
 * decides, the right answer when it was missed, and the cited sections' official words.
 */
import { quizText } from '../../i18n/quiz';
import { choiceFeedback, findingHead } from '../../quiz/feedback';
import type { ChoiceProps, FindingProps, ScenarioProps, SectionProps } from '../../quiz/props';
import { VerdictBadge } from '../verdict/VerdictBadge';

function FindingList({ findings, heading }: { findings: FindingProps[]; heading: string }) {
  if (findings.length === 0) return null;
  return (
    <>
      <p class="quiz-findings__heading">
        <strong>{heading}</strong>
      </p>
      <ul class="quiz-findings">
        {findings.map((f) => (
          <li class={`quiz-finding quiz-finding--${f.severity}`} data-rule={f.rule}>
            <span class="quiz-finding__severity">{findingHead(f)} :</span>{' '}
            {f.message}
            {f.words.length > 0 && (
              <span class="quiz-finding__words">
                {' '}
                {quizText.wordsInCause}
                {f.words.map((w) => `« ${w} »`).join(', ')}.
              </span>
            )}
            {f.suggestion && (
              <span class="quiz-finding__suggestion">
                {quizText.suggestion} : « {f.suggestion} »
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Sections({ numbers, sections }: { numbers: string[]; sections: Record<string, SectionProps> }) {
  return (
    <p class="quiz-deciding" data-testid="quiz-deciding">
      {quizText.decidingSections(numbers.length)}
      {numbers.map((n, i) => (
        <>
          {i > 0 && ', '}
          <a href={sections[n]?.href}>
            {n}
            {sections[n] ? ` (${sections[n]!.title})` : ''}
          </a>
        </>
      ))}
      .
    </p>
  );
}

/** One choice's verdict and explanation. */
function ChoiceExplained({ choice, rightOutcome, sections }: { choice: ChoiceProps; rightOutcome: ScenarioProps['rightOutcome']; sections: Record<string, SectionProps> }) {
  const fb = choiceFeedback(choice, rightOutcome);
  return (
    <div class="quiz-choice-verdict" data-choice={choice.id}>
      <VerdictBadge state={choice.state} lead={fb.toChange.length === 0 && fb.notes.length === 0} />
      {fb.why && <p>{fb.why}</p>}
      <FindingList findings={fb.toChange} heading={quizText.toChange} />
      <FindingList findings={fb.notes} heading={quizText.notes} />
      <Sections numbers={fb.sections} sections={sections} />
    </div>
  );
}

/** The sections to quote: those that decide the choices shown. */
export function citedSections(scenario: ScenarioProps, shown: ChoiceProps[]): string[] {
  const numbers = [...new Set(shown.flatMap((c) => c.sections))];
  return numbers.length > 0 ? numbers : scenario.sections;
}

export function Quotes({ numbers, sections }: { numbers: string[]; sections: Record<string, SectionProps> }) {
  return (
    <div class="quiz-quotes">
      <h4>{quizText.whatPolicySays}</h4>
      {numbers.map((n) => {
        const s = sections[n];
        if (!s) return null;
        return (
          <figure class="quiz-quote">
            <figcaption>
              Section {s.number}, « {s.title} »
            </figcaption>
            <blockquote cite={s.href}>
              {s.text.split('\n').map((line) => (
                <p>{line}</p>
              ))}
            </blockquote>
            <p>
              <a href={s.href}>{quizText.readSection(s.number)}</a>
            </p>
          </figure>
        );
      })}
    </div>
  );
}

export const choiceText = (c: ChoiceProps): string => (c.text ? `${c.label} « ${c.text} »` : c.label);

export function Feedback({ scenario, choiceId, sections }: { scenario: ScenarioProps; choiceId: string; sections: Record<string, SectionProps> }) {
  const chosen = scenario.choices.find((c) => c.id === choiceId);
  if (!chosen) return null;
  const rightOnes = scenario.choices.filter((c) => c.right);
  const shown = chosen.right ? [chosen] : [chosen, ...rightOnes];
  return (
    <div class="quiz-feedback__body">
      <p class={chosen.right ? 'quiz-verdict quiz-verdict--right' : 'quiz-verdict quiz-verdict--wrong'}>
        <span aria-hidden="true">{chosen.right ? '✓ ' : '✗ '}</span>
        <strong>{chosen.right ? quizText.right : quizText.wrong}</strong>
      </p>
      <p>
        <strong>{quizText.yourChoice} : </strong>
        {choiceText(chosen)}
      </p>
      <ChoiceExplained choice={chosen} rightOutcome={scenario.rightOutcome} sections={sections} />
      {!chosen.right &&
        rightOnes.map((c) => (
          <div class="quiz-right-answer">
            <p>
              <strong>{quizText.rightAnswerWas} : </strong>
              {choiceText(c)}
            </p>
            <ChoiceExplained choice={c} rightOutcome={scenario.rightOutcome} sections={sections} />
          </div>
        ))}
      <Quotes numbers={citedSections(scenario, shown)} sections={sections} />
    </div>
  );
}
