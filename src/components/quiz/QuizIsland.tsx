/**
 * A module's quiz, one scenario at a time. Verdicts come precomputed from the engine (props), so this
 * island ships no engine code. Keyboard and screen reader: a fieldset with its legend, real radio
 * buttons (choosing never submits; « Vérifier » does), the verdict written into a live region that
 * exists from page load, focus moved to the feedback, then to the next question or the summary.
 */
import './quiz.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { quizText } from '../../i18n/quiz';
import { verdictAnnouncement } from '../../i18n/verdict';
import { moduleKey, recordResult } from '../../quiz/progress';
import type { ProgressStore } from '../../quiz/progress-store';
import type { QuizProps } from '../../quiz/props';
import {
  check,
  currentScenario,
  firstPassDone,
  fits,
  isRight,
  missed,
  newAttempt,
  next,
  retryMissed,
  roundOver,
  score,
  select,
  type Attempt,
} from '../../quiz/session';
import { choiceOrder, newSeed } from '../../quiz/shuffle';
import { choiceText, citedSections, Feedback, Quotes } from './Feedback';
import { StorageNotice } from './StorageNotice';
import { useProgress } from './use-progress';

type FocusTarget = 'question' | 'feedback' | 'summary' | 'choices' | null;

export default function QuizIsland(props: QuizProps & { store?: ProgressStore }) {
  const { scenarios } = props;
  const key = moduleKey(props.audience, props.moduleId);
  const { progress, notice, ready, update, report } = useProgress(props.store);
  // Server rendering and the first client render use seed 0 (author's order) so they match.
  const [attempt, setAttempt] = useState<Attempt>(() => newAttempt(scenarios, 0));
  const [live, setLive] = useState('');
  const [focus, setFocus] = useState<FocusTarget>(null);
  const root = useRef<HTMLDivElement>(null);

  // Once progress is loaded: resume the saved attempt if it still fits the module, else start one.
  useEffect(() => {
    if (!ready) return;
    const saved = progress.attempts[key];
    if (saved && fits(saved, scenarios)) {
      setAttempt(saved);
      if (!roundOver(saved)) setLive(quizText.resumed(saved.index + 1, saved.queue.length));
    } else {
      if (saved) {
        // Damaged, or saved for other questions: set aside with the notice; other modules keep theirs.
        update((p) => ({ ...p, attempts: Object.fromEntries(Object.entries(p.attempts).filter(([k]) => k !== key)) }));
        report('partial');
      }
      // Someone quick may have answered before storage was read: keep what they did.
      setAttempt((current) => (current.selected !== null || Object.keys(current.latest).length > 0 ? current : newAttempt(scenarios, newSeed())));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when storage is read
  }, [ready]);

  useEffect(() => {
    if (!focus || !root.current) return;
    root.current.querySelector<HTMLElement>(`[data-focus="${focus}"]`)?.focus();
    setFocus(null);
  }, [focus]);

  const save = (a: Attempt) => {
    setAttempt(a);
    if (!ready) return;
    update((p) => {
      const updated = { ...p, attempts: { ...p.attempts, [key]: a } };
      // The first pass has just ended: record its score (the better one if the module was done before).
      if (a.round === 1 && !firstPassDone(attempt, scenarios) && firstPassDone(a, scenarios)) {
        const s = score(a, scenarios);
        return recordResult(updated, key, { score: s.right, total: s.total, completedAt: new Date().toISOString() });
      }
      return updated;
    });
  };

  const scenario = currentScenario(attempt, scenarios);

  const onCheck = (e: Event) => {
    e.preventDefault();
    if (!scenario) return;
    if (!attempt.selected) {
      setLive(quizText.pickFirst);
      setFocus('choices');
      return;
    }
    const checked = check(attempt, scenarios);
    const chosen = scenario.choices.find((c) => c.id === checked.selected);
    if (!chosen) return;
    // The live region says the result and the verdict state in the words the feedback shows.
    const first = chosen.findings.find((f) => f.severity !== 'info') ?? chosen.findings[0];
    setLive(`${chosen.right ? quizText.right : quizText.wrong} ${verdictAnnouncement(chosen.state)}${first ? ` ${first.message}` : ''}`);
    save(checked);
    setFocus('feedback');
  };

  const onNext = () => {
    const a = next(attempt);
    save(a);
    if (roundOver(a)) {
      const s = score(a, scenarios);
      setLive(quizText.score(s.right, s.total));
      setFocus('summary');
    } else {
      setLive('');
      setFocus('question');
    }
  };

  const onRetry = () => {
    save(retryMissed(attempt, scenarios));
    setLive('');
    setFocus('question');
  };

  const onRestart = () => {
    save(newAttempt(scenarios, newSeed()));
    setLive('');
    setFocus('question');
  };

  return (
    <div class="quiz" ref={root} data-ready={ready ? '' : undefined}>
      <StorageNotice notice={notice} />
      <noscript>
        <p class="note">{quizText.noscript}</p>
      </noscript>
      {scenario ? (
        <Question
          attempt={attempt}
          scenario={scenario}
          props={props}
          onSelect={(id) => setAttempt(select(attempt, id))}
          onCheck={onCheck}
          onNext={onNext}
        />
      ) : (
        <Summary attempt={attempt} props={props} onRetry={onRetry} onRestart={onRestart} />
      )}
      {/* Present from page load, so screen readers announce what is written into it. */}
      <p class="quiz-live" role="status" aria-live="polite" aria-atomic="true" data-testid="quiz-live">
        {live}
      </p>
    </div>
  );
}

function Question(p: {
  attempt: Attempt;
  scenario: NonNullable<ReturnType<typeof currentScenario>>;
  props: QuizProps;
  onSelect: (id: string) => void;
  onCheck: (e: Event) => void;
  onNext: () => void;
}) {
  const { attempt, scenario, props } = p;
  const total = attempt.queue.length;
  const position = attempt.index + 1;
  const label = attempt.round === 1 ? quizText.progressLabel(position, total) : quizText.retryProgressLabel(position, total);
  const headingId = `quiz-q-${props.moduleId}`;
  const choices = choiceOrder(scenario.choices, attempt.seed, scenario.id);
  const isLast = attempt.index === attempt.queue.length - 1;
  return (
    <section class="quiz-question" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-focus="question">
        {label}
      </h2>
      <progress class="quiz-progress" max={total} value={attempt.checked ? position : position - 1} aria-labelledby={headingId}>
        {label}
      </progress>
      <h3>{quizText.situationHeading}</h3>
      <div class="quiz-situation">
        {scenario.situation
          .trim()
          .split(/\n{2,}/)
          .map((para) => (
            <p>{para}</p>
          ))}
      </div>
      <form class="quiz-form" onSubmit={p.onCheck}>
        <fieldset disabled={attempt.checked}>
          <legend>{scenario.question}</legend>
          {choices.map((c, i) => {
            const id = `choice-${scenario.id}-${c.id}`;
            return (
              <div class="quiz-choice" key={c.id}>
                <input
                  type="radio"
                  id={id}
                  name={`choice-${scenario.id}`}
                  value={c.id}
                  checked={attempt.selected === c.id}
                  onChange={() => p.onSelect(c.id)}
                  {...(i === 0 ? { 'data-focus': 'choices' } : {})}
                />
                <label for={id}>
                  {c.label}
                  {c.text && (
                    <>
                      {' '}
                      <q class="quiz-choice__text">{c.text}</q>
                    </>
                  )}
                </label>
              </div>
            );
          })}
        </fieldset>
        {!attempt.checked && (
          <button type="submit" class="button">
            {quizText.check}
          </button>
        )}
      </form>
      {attempt.checked && attempt.selected && (
        <section class="quiz-feedback" aria-labelledby={`${headingId}-fb`} tabIndex={-1} data-focus="feedback">
          <h3 id={`${headingId}-fb`}>{quizText.feedbackHeading}</h3>
          <Feedback scenario={scenario} choiceId={attempt.selected} sections={props.sections} />
          <button type="button" class="button" onClick={p.onNext}>
            {isLast ? quizText.seeSummary : quizText.next}
          </button>
        </section>
      )}
    </section>
  );
}

function Summary(p: { attempt: Attempt; props: QuizProps; onRetry: () => void; onRestart: () => void }) {
  const { attempt, props } = p;
  const { scenarios } = props;
  const s = score(attempt, scenarios);
  const stillMissed = missed(attempt, scenarios);
  return (
    <section class="quiz-summary" aria-labelledby="quiz-summary-title">
      <h2 id="quiz-summary-title" tabIndex={-1} data-focus="summary">
        {quizText.summaryHeading}
      </h2>
      <p class="quiz-score">
        <strong>{quizText.score(s.right, s.total)}</strong>
      </p>
      <div class="quiz-actions">
        {stillMissed.length > 0 && (
          <button type="button" class="button" onClick={p.onRetry}>
            {quizText.retryWrong} ({stillMissed.length})
          </button>
        )}
        <a class="button" href={props.nextHref}>
          {props.nextLabel}
        </a>
        <button type="button" class="button secondary" onClick={p.onRestart}>
          {quizText.restart}
        </button>
        <a href={props.pathHref}>{quizText.backToPath}</a>
      </div>
      <ol class="quiz-review">
        {scenarios.map((sc, i) => {
          const firstId = attempt.first[sc.id];
          const latestId = attempt.latest[sc.id];
          const first = sc.choices.find((c) => c.id === firstId);
          const right = isRight(scenarios, sc.id, firstId);
          const retriedRight = !right && isRight(scenarios, sc.id, latestId);
          const rightOnes = sc.choices.filter((c) => c.right);
          return (
            <li class="quiz-review__item">
              <h3>
                Question {i + 1} : {right ? quizText.right : quizText.wrong}
                {retriedRight ? ` ${quizText.reviewRetried}.` : ''}
              </h3>
              <p>{sc.question}</p>
              <p>
                <strong>{quizText.yourChoice} : </strong>
                {first ? choiceText(first) : '—'}
              </p>
              {!right &&
                rightOnes.map((c) => (
                  <p>
                    <strong>{quizText.rightAnswerWas} : </strong>
                    {choiceText(c)}
                  </p>
                ))}
              <ul class="quiz-findings">
                {(first && !right ? [first, ...rightOnes] : rightOnes).flatMap((c) =>
                  c.findings.map((f) => (
                    <li>
                      (section {f.section}) {f.message}
                    </li>
                  )),
                )}
              </ul>
              <details>
                <summary>{quizText.whatPolicySays}</summary>
                <Quotes numbers={citedSections(sc, first && !right ? [first, ...rightOnes] : rightOnes)} sections={props.sections} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
