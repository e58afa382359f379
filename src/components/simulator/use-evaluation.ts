/**
 * Asks the engine (in its Web Worker, see engine-client.ts) about a text after each pause in typing.
 * One evaluation per pause feeds both the page and the polite summary for screen readers, which is
 * announced after a longer pause so that a screen reader is not interrupted on every keystroke.
 * Answers to older requests are ignored (the latest wins); « Analyse en cours… » shows only when an
 * answer is slow to come.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncomingReading } from '../../engine/index';
import type { Situation, Verdict } from '../../engine/types';
import { sim } from '../../i18n/simulator';
import { engineClient } from './engine-client';
import type { EngineResult, EngineTask } from './engine-protocol';

/** Pause before the findings update (the brief: visible within 150 ms of a pause). */
export const EVALUATE_DELAY_MS = 120;
/** Pause before the summary is announced to screen readers. */
export const ANNOUNCE_DELAY_MS = 1000;
/** An answer slower than this shows « Analyse en cours… » (below it, the note would only flicker). */
export const SLOW_AFTER_MS = 300;
/**
 * Longest text a field accepts. The engine is measured up to 100 000 characters (npm run bench);
 * the longest post a social network takes is about 63 000 (Facebook), so no real text is cut.
 */
export const MAX_TEXT_LENGTH = 100_000;

export interface Evaluated {
  /** The text the verdict was computed on (its spans point into it). */
  text: string;
  verdict: Verdict;
}

/**
 * The latest answer on one channel: `ask` sends a task (or clears the answer with null), `slow` is
 * true while the latest task has waited longer than SLOW_AFTER_MS.
 */
function useLatest<T>(channel: string, pick: (r: EngineResult) => T | undefined) {
  const [answer, setAnswer] = useState<T | null>(null);
  const [slow, setSlow] = useState(false);
  const latest = useRef(0);
  const slowTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    engineClient().warm();
    return () => clearTimeout(slowTimer.current);
  }, []);

  const ask = (task: EngineTask | null, wrap: (value: T) => T = (v) => v) => {
    const id = ++latest.current;
    clearTimeout(slowTimer.current);
    setSlow(false);
    if (!task) {
      setAnswer(null);
      return;
    }
    slowTimer.current = setTimeout(() => latest.current === id && setSlow(true), SLOW_AFTER_MS);
    engineClient().run(channel, task, (result) => {
      const value = pick(result);
      if (latest.current !== id || value === undefined) return;
      clearTimeout(slowTimer.current);
      setSlow(false);
      setAnswer(wrap(value));
    });
  };
  return { answer, slow, ask };
}

/**
 * `situationFor` builds the engine's situation for a text; `situationKey` changes whenever the facts
 * around the text change (author, kind of comment…), which re-evaluates. `channel` names the field
 * (one pending request per field).
 */
export function useEvaluation(text: string, situationFor: (text: string) => Situation, situationKey: string, channel: string) {
  const { answer: evaluated, slow, ask } = useLatest<Evaluated & { key: string }>(channel, (r) =>
    r.kind === 'evaluate' ? { text: '', key: '', verdict: r.verdict } : undefined,
  );
  const [settled, setSettled] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const build = useRef(situationFor);
  build.current = situationFor;

  const request = (value: string, key: string) =>
    ask(value.trim() === '' ? null : { kind: 'evaluate', situation: build.current(value) }, (e) => ({ ...e, text: value, key }));

  useEffect(() => {
    setSettled(false);
    const evaluateTimer = setTimeout(() => request(text, situationKey), EVALUATE_DELAY_MS);
    const settleTimer = setTimeout(() => setSettled(true), ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(evaluateTimer);
      clearTimeout(settleTimer);
    };
  }, [text, situationKey]);

  // The summary of the same evaluation the page shows, once typing has paused long enough.
  useEffect(() => {
    if (!settled) return;
    if (text.trim() === '') setAnnouncement('');
    else if (evaluated && evaluated.text === text && evaluated.key === situationKey) setAnnouncement(sim.summary(evaluated.verdict));
  }, [settled, evaluated]);

  /** Evaluates `value` at once (the findings on screen describe an older text). */
  const now = (value: string) => request(value, situationKey);

  return { evaluated, announcement, pending: slow, now };
}

/** The engine's reading of a pasted comment (its kind, the runners-up), after a pause; null for an empty comment. */
export function useIncomingReading(comment: string): (IncomingReading & { text: string }) | null {
  const { answer, ask } = useLatest<IncomingReading & { text: string }>('classify', (r) => (r.kind === 'classify' ? { ...r.reading, text: '' } : undefined));
  useEffect(() => {
    const timer = setTimeout(() => ask(comment.trim() === '' ? null : { kind: 'classify', text: comment }, (r) => ({ ...r, text: comment })), EVALUATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [comment]);
  return answer;
}
