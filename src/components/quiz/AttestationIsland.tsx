/**
 * The attestation of a path, built in the browser from saved progress. It is offered only once the
 * path's pass mark is reached (the SCORM package's mark, content/lms/paths.json, computed the same way:
 * src/quiz/standing.ts), and only printed with a name. Below the mark it says what is missing and links
 * to the modules to do or redo. It is a self-attestation: the site is static and certifies nothing.
 */
import './quiz.css';
import { useRef, useState } from 'preact/hooks';
import { attestationText as t, pathText } from '../../i18n/quiz';
import type { TrainedAudience } from '../../quiz/audiences';
import { MAX_NAME_LENGTH, moduleKey } from '../../quiz/progress';
import type { ProgressStore } from '../../quiz/progress-store';
import type { ModuleSummary } from '../../quiz/props';
import { pathStanding } from '../../quiz/standing';
import { StorageNotice } from './StorageNotice';
import { useProgress } from './use-progress';

export interface AttestationProps {
  audience: TrainedAudience;
  pathLabel: string;
  modules: ModuleSummary[];
  /** Pass mark in percent, from content/lms/paths.json (the SCORM package's mastery score). */
  passMark: number;
  policy: { number: string; title: string; adopted: string };
  store?: ProgressStore;
}

const dateFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' });

export default function AttestationIsland({ audience, pathLabel, modules, passMark, policy, store }: AttestationProps) {
  const { progress, notice, ready, update } = useProgress(store);
  const [nameError, setNameError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (!ready) return <p>Lecture de votre progression…</p>;

  const resultOf = (id: string) => progress.results[moduleKey(audience, id)];
  const standing = pathStanding(modules, resultOf, passMark);
  const byId = (id: string) => modules.find((m) => m.id === id)!;
  const name = (progress.names[audience] ?? '').trim();

  if (!standing.passed) {
    return (
      <div class="attestation-pending" data-ready="" data-standing={standing.complete ? 'below-mark' : 'incomplete'}>
        <StorageNotice notice={notice} />
        <p class="note">{t.rules(passMark)}</p>
        {standing.complete ? (
          <p role="status">
            <strong>{t.belowMark(standing.percent, passMark)}</strong>
          </p>
        ) : (
          <>
            <p role="status">{pathText.completed(modules.length - standing.missing.length, modules.length)}</p>
            <p>{t.remaining}</p>
            <ul>
              {standing.missing.map((id) => (
                <li>
                  <a href={byId(id).href}>{byId(id).title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {standing.toRedo.length > 0 && (
          <>
            <p>{t.toRedo}</p>
            <ul>
              {standing.toRedo.map((id) => {
                const r = resultOf(id)!;
                return (
                  <li>
                    <a href={byId(id).href}>{byId(id).title}</a> ({pathText.status.done(r.score, r.total)}; {t.missed(r.total - r.score)})
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    );
  }

  const last = Math.max(...modules.map((m) => Date.parse(resultOf(m.id)!.completedAt)));
  const onPrint = () => {
    if (!name) {
      setNameError(true);
      input.current?.focus();
      return;
    }
    window.print();
  };
  return (
    <div class="attestation" data-ready="" data-standing="passed">
      <StorageNotice notice={notice} />
      <div class="attestation__form no-print">
        <p class="note">{t.rules(passMark)}</p>
        <p role="status">
          <strong>{t.passed(standing.percent, passMark)}</strong>
        </p>
        <label for="attestation-name">{t.nameLabel}</label>
        <p id="attestation-name-hint" class="hint">
          {t.nameHint}
        </p>
        <input
          ref={input}
          id="attestation-name"
          type="text"
          autocomplete="name"
          required
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={nameError && !name ? 'attestation-name-error attestation-name-hint' : 'attestation-name-hint'}
          aria-invalid={nameError && !name ? 'true' : undefined}
          value={progress.names[audience] ?? ''}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value.slice(0, MAX_NAME_LENGTH);
            update((p) => ({ ...p, names: { ...p.names, [audience]: value } }));
          }}
        />
        {nameError && !name && (
          <p id="attestation-name-error" class="attestation__error" role="alert">
            {t.nameRequired}
          </p>
        )}
        <p>
          <button type="button" class="button" onClick={onPrint}>
            {t.print}
          </button>
        </p>
      </div>
      {name ? (
        <article class="attestation__doc" aria-labelledby="attestation-doc-title">
          <p class="attestation__issuer">
            {t.policyLine(policy.number, policy.title)}
          </p>
          <h2 id="attestation-doc-title">{t.docTitle}</h2>
          <p class="attestation__name" data-testid="attestation-name">
            {name}
          </p>
          <p>
            {t.declares} « {pathLabel} » {t.onPolicy(policy.number, policy.title, policy.adopted)} {t.score(standing.percent, standing.right, standing.total, passMark)}
          </p>
          <table class="attestation__scores">
            <caption class="visually-hidden">Résultat par module</caption>
            <thead>
              <tr>
                <th scope="col">{t.module}</th>
                <th scope="col">{t.result}</th>
              </tr>
            </thead>
            <tbody>
              {modules.map((m) => (
                <tr>
                  <th scope="row">{m.title}</th>
                  <td>
                    {resultOf(m.id)!.score} sur {resultOf(m.id)!.total}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>
                  {standing.right} sur {standing.total} ({standing.percent} %)
                </td>
              </tr>
            </tfoot>
          </table>
          <p>
            <strong>{t.date} : </strong>
            {dateFormat.format(new Date(last))}
          </p>
          <p class="attestation__disclaimer">{t.disclaimer}</p>
        </article>
      ) : (
        <p class="no-print">{t.namePending}</p>
      )}
    </div>
  );
}
