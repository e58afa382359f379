/**
 * The decision helper's island. It hydrates over the server-rendered first question and then keeps
 * the answers in the URL's query string (`?role=…&action=…`): each answer is a history step, so the
 * back button returns to the previous question and a copied link reopens the same answer.
 * Without JavaScript the same links open pre-built pages: the island only makes it faster.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedMouseEvent } from 'preact';
import { evaluate } from '../../engine/index.ts';
import { decideUi, questionText } from '../../i18n/decide.ts';
import { verdictAnnouncement } from '../../i18n/verdict.ts';
import { verdictState } from '../../verdict/state.ts';
import { DecisionView, type CitedSection } from './DecisionView.tsx';
import { answered, fromQuery, HELPER_PATH, nextQuestion, toQuery, toSituation, type Choices } from './tree.ts';

export interface DecisionHelperProps {
  sections: Record<string, CitedSection>;
  modelReplies?: Partial<Record<string, string>>;
}

const HEADING_ID = 'decide-step';

/** What the live region says after a step (the heading also receives focus). */
function announcement(c: Choices): string {
  const q = nextQuestion(c);
  if (q) return decideUi.questionAnnounce(answered(c).length + 1, questionText[q].title);
  const situation = toSituation(c);
  return situation ? decideUi.resultAnnounce(verdictAnnouncement(verdictState(evaluate(situation)))) : '';
}

export default function DecisionHelper({ sections, modelReplies }: DecisionHelperProps) {
  const [choices, setChoices] = useState<Choices>({});
  const [message, setMessage] = useState('');
  // Focus moves only after the person acts, never on the first render.
  const moved = useRef(false);

  useEffect(() => {
    // A shared link (`?role=…`) opens at its step; the back button restores the step of its URL.
    const fromUrl = fromQuery(window.location.search);
    if (answered(fromUrl).length > 0) setChoices(fromUrl);
    const onPop = () => {
      moved.current = true;
      setChoices(fromQuery(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    document.getElementById(HEADING_ID)?.focus();
    setMessage(announcement(choices));
  }, [choices]);

  const onNavigate = (next: Choices, event: TargetedMouseEvent<HTMLAnchorElement>) => {
    // Let the browser open a new tab or window as asked (the link's pre-built page works too).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.history.pushState(null, '', `${HELPER_PATH}${toQuery(next)}`);
    moved.current = true;
    setChoices(next);
  };

  const situation = toSituation(choices);
  return (
    <>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </p>
      <DecisionView
        choices={choices}
        verdict={situation ? evaluate(situation) : undefined}
        sections={sections}
        modelReplies={modelReplies ?? {}}
        onNavigate={onNavigate}
        headingId={HEADING_ID}
      />
    </>
  );
}
