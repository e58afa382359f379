/**
 * Why a choice is right or wrong: the engine's outcome and findings for the chosen action, the
 * right answer when it was missed, and the cited sections' official words with a link to each.
 */
import { quizText } from '../../i18n/quiz';
import type { ChoiceProps, ScenarioProps, SectionProps } from '../../quiz/props';

function Findings({ choice }: { choice: ChoiceProps }) {
  if (choice.findings.length === 0) return <p>{quizText.noFinding}</p>;
  return (
    <ul class="quiz-findings">
      {choice.findings.map((f) => (
        <li class={`quiz-finding quiz-finding--${f.severity}`}>
          <strong>{f.severityLabel} (section {f.section}) : </strong>
          {f.message}
          {f.suggestion && (
            <span class="quiz-finding__suggestion">
              {' '}
              {quizText.suggestion} : « {f.suggestion} »
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The sections to quote: those the findings cite, else those the author gives. */
export function citedSections(scenario: ScenarioProps, shown: ChoiceProps[]): string[] {
  const fromEngine = [...new Set(shown.flatMap((c) => c.findings.map((f) => f.section)))];
  return fromEngine.length > 0 ? fromEngine : scenario.sections;
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
        <strong>{chosen.right ? quizText.right : quizText.wrong}</strong> {quizText.engineSays(chosen.outcomeLabel)}
        {!chosen.right && chosen.outcome === 'allowed' && ` ${quizText.allowedNotBest}`}
      </p>
      <p>
        <strong>{quizText.yourChoice} : </strong>
        {choiceText(chosen)}
      </p>
      <Findings choice={chosen} />
      {!chosen.right &&
        rightOnes.map((c) => (
          <div class="quiz-right-answer">
            <p>
              <strong>{quizText.rightAnswerWas} : </strong>
              {choiceText(c)} — {quizText.engineSays(c.outcomeLabel)}
            </p>
            <Findings choice={c} />
          </div>
        ))}
      <Quotes numbers={citedSections(scenario, shown)} sections={sections} />
    </div>
  );
}
