/**
 * The decision helper's island. It hydrates over the server-rendered first question and then keeps
 * the answers in the URL's query string (`?role=…&action=…`): each answer is a history step, so the
 * back button returns to the previous question and a copied link reopens the same answer.
 * Without JavaScript the same links open pre-built pages: the island only makes it faster.
 *
 * The engine is not in the page: the answers form a finite tree, so the build has written the
 * verdict of every complete set of answers (load-verdict.ts). The island reads that file; if it
 * cannot, it opens the pre-built page of the same answers, which has the same verdict.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedMouseEvent } from 'preact';
import type { Verdict } from '../../engine/index.ts';
import { decideUi, questionText } from '../../i18n/decide.ts';
import { verdictAnnouncement } from '../../i18n/verdict.ts';
import { verdictState } from '../../verdict/state.ts';
import { DecisionView, type CitedSection } from './DecisionView.tsx';
import { loadVerdict } from './load-verdict.ts';
import { answered, fromQuery, HELPER_PATH, nextQuestion, toPath, toQuery, type Choices } from './tree.ts';

export interface DecisionHelperProps {
  sections: Record<string, CitedSection>;
  modelReplies?: Partial<Record<string, string>>;
}

const HEADING_ID = 'decide-step';
/** A verdict file usually arrives at once (it is a few hundred bytes); past this, say it is coming. */
const SLOW_MS = 400;

/** What is on screen: the answers, and their verdict once they are complete. */
interface Shown {
  choices: Choices;
  verdict?: Verdict | undefined;
}

/** What the live region says after a step (the heading also receives focus). */
function announcement({ choices, verdict }: Shown): string {
  const q = nextQuestion(choices);
  if (q) return decideUi.questionAnnounce(answered(choices).length + 1, questionText[q].title);
  return verdict ? decideUi.resultAnnounce(verdictAnnouncement(verdictState(verdict))) : '';
}

export default function DecisionHelper({ sections, modelReplies }: DecisionHelperProps) {
  const [shown, setShown] = useState<Shown>({ choices: {} });
  const [loading, setLoading] = useState(false);
  const [message, setMessage] = useState('');
  // Focus moves only after the person acts, never on the first render.
  const moved = useRef(false);
  // Only the latest step counts: an answer chosen while a verdict loads replaces it.
  const latest = useRef(0);

  /**
   * Shows a step: a question at once, an answer once its verdict is read. Until then the current
   * step stays on screen and usable; the URL changes with the step (`push`), not before.
   */
  const show = async (next: Choices, how: { push: boolean; focus: boolean }): Promise<void> => {
    const ticket = ++latest.current;
    let verdict: Verdict | undefined;
    if (nextQuestion(next) === undefined) {
      const slow = window.setTimeout(() => {
        if (ticket !== latest.current) return;
        setLoading(true);
        setMessage(decideUi.loading);
      }, SLOW_MS);
      try {
        verdict = await loadVerdict(next);
      } catch {
        // The pre-built page of the same answers carries the same verdict, computed at build time.
        if (ticket === latest.current) window.location[how.push ? 'assign' : 'replace'](toPath(next));
        return;
      } finally {
        window.clearTimeout(slow);
      }
      if (ticket !== latest.current) return;
    }
    setLoading(false);
    if (how.push) window.history.pushState(null, '', `${HELPER_PATH}${toQuery(next)}`);
    if (how.focus) moved.current = true;
    setShown({ choices: next, verdict });
  };

  useEffect(() => {
    // A shared link (`?role=…`) opens at its step; the back button restores the step of its URL.
    const fromUrl = fromQuery(window.location.search);
    if (answered(fromUrl).length > 0) void show(fromUrl, { push: false, focus: false });
    const onPop = () => void show(fromQuery(window.location.search), { push: false, focus: true });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    document.getElementById(HEADING_ID)?.focus();
    setMessage(announcement(shown));
  }, [shown]);

  const onNavigate = (next: Choices, event: TargetedMouseEvent<HTMLAnchorElement>) => {
    // Let the browser open a new tab or window as asked (the link's pre-built page works too).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void show(next, { push: true, focus: true });
  };

  return (
    <>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </p>
      {loading && (
        <p class="decide-loading" aria-hidden="true">
          {decideUi.loading}
        </p>
      )}
      <DecisionView
        choices={shown.choices}
        verdict={shown.verdict}
        sections={sections}
        modelReplies={modelReplies ?? {}}
        onNavigate={onNavigate}
        headingId={HEADING_ID}
      />
    </>
  );
}
