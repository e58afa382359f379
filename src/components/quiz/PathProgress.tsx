/**
 * A path's progress, read from the browser: each module's status and score, the way to the
 * attestation, and a reset button that asks for confirmation first (inline, keyboard-friendly).
 */
import './quiz.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { pathText } from '../../i18n/quiz';
import type { TrainedAudience } from '../../quiz/audiences';
import { moduleKey } from '../../quiz/progress';
import type { ProgressStore } from '../../quiz/progress-store';
import type { ModuleSummary } from '../../quiz/props';
import { pathStanding } from '../../quiz/standing';
import { StorageNotice } from './StorageNotice';
import { useProgress } from './use-progress';

export interface PathProgressProps {
  audience: TrainedAudience;
  modules: ModuleSummary[];
  attestationHref: string;
  /** Pass mark in percent (content/lms/paths.json): the attestation is offered at or above it. */
  passMark: number;
  store?: ProgressStore;
}

export default function PathProgress({ audience, modules, attestationHref, passMark, store }: PathProgressProps) {
  const { progress, notice, ready, clear } = useProgress(store);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const yesRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const [focusReset, setFocusReset] = useState(false);

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (focusReset) {
      resetRef.current?.focus();
      setFocusReset(false);
    }
  }, [focusReset]);

  const done = modules.filter((m) => progress.results[moduleKey(audience, m.id)]).length;
  const standing = pathStanding(modules, (id) => progress.results[moduleKey(audience, id)], passMark);
  const statusOf = (m: ModuleSummary): string => {
    const key = moduleKey(audience, m.id);
    const r = progress.results[key];
    if (r) return pathText.status.done(r.score, r.total);
    return progress.attempts[key] ? pathText.status.started : pathText.status.todo;
  };

  return (
    <section class="path-progress card" aria-labelledby="path-progress-title" data-ready={ready ? '' : undefined}>
      <h2 id="path-progress-title">Votre progression</h2>
      <StorageNotice notice={notice} />
      <p>{ready ? pathText.completed(done, modules.length) : 'Lecture de votre progression…'}</p>
      <ul class="path-progress__list">
        {modules.map((m) => (
          <li>
            <a href={m.href}>{m.title}</a> : <span class="path-progress__status">{ready ? statusOf(m) : '…'}</span>
          </li>
        ))}
      </ul>
      <p>
        <a href={attestationHref}>{standing.passed ? pathText.attestation.ready : standing.complete ? pathText.attestation.belowMark : pathText.attestation.pending}</a>
      </p>
      {confirming ? (
        <div class="path-progress__confirm" role="group" aria-labelledby="path-reset-question">
          <p id="path-reset-question">{pathText.resetConfirm}</p>
          <button
            type="button"
            class="button"
            ref={yesRef}
            onClick={() => {
              clear();
              setConfirming(false);
              setMessage(pathText.resetDone);
              setFocusReset(true);
            }}
          >
            {pathText.resetYes}
          </button>{' '}
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setConfirming(false);
              setFocusReset(true);
            }}
          >
            {pathText.resetNo}
          </button>
        </div>
      ) : (
        <button type="button" class="button secondary" ref={resetRef} disabled={!ready} onClick={() => { setMessage(''); setConfirming(true); }}>
          {pathText.reset}
        </button>
      )}
      <p role="status" class="path-progress__live">{message}</p>
    </section>
  );
}
