/**
 * Asks the engine about the text after a short pause, and prepares a polite summary after a longer
 * one, so that typing stays fluid and a screen reader is not interrupted on every keystroke.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { evaluate } from '../../engine/index';
import type { Situation, Verdict } from '../../engine/types';
import { sim } from '../../i18n/simulator';

/** Pause before the findings update (the brief: visible within 150 ms of a pause). */
export const EVALUATE_DELAY_MS = 120;
/** Pause before the summary is announced to screen readers. */
export const ANNOUNCE_DELAY_MS = 1000;

export interface Evaluated {
  /** The text the verdict was computed on (its spans point into it). */
  text: string;
  verdict: Verdict;
}

/**
 * `situationFor` builds the engine's situation for a text; `situationKey` changes whenever the facts
 * around the text change (author, kind of comment…), which re-evaluates at once.
 */
export function useVerdict(text: string, situationFor: (text: string) => Situation, situationKey: string) {
  const [evaluated, setEvaluated] = useState<Evaluated | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const build = useRef(situationFor);
  build.current = situationFor;

  const run = (value: string): Evaluated | null => {
    if (value.trim() === '') return null;
    return { text: value, verdict: evaluate(build.current(value)) };
  };

  useEffect(() => {
    const evaluateTimer = setTimeout(() => setEvaluated(run(text)), EVALUATE_DELAY_MS);
    const announceTimer = setTimeout(() => {
      const result = run(text);
      setAnnouncement(result ? sim.summary(result.verdict) : '');
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(evaluateTimer);
      clearTimeout(announceTimer);
    };
  }, [text, situationKey]);

  /** The verdict for exactly `value`, computed now (before inserting a suggestion into fresh text). */
  const now = (value: string): Evaluated | null => {
    const result = run(value);
    setEvaluated(result);
    return result;
  };

  return { evaluated, announcement, now };
}
