/**
 * The attestation of a completed path, built in the browser from saved progress: the name the
 * person types (kept in their browser only, always rendered as text), the path, the date, each
 * module's score, and the policy's number and date. Before completion it lists what remains.
 */
import './quiz.css';
import { attestationText as t, pathText } from '../../i18n/quiz';
import type { TrainedAudience } from '../../quiz/audiences';
import { MAX_NAME_LENGTH, moduleKey } from '../../quiz/progress';
import type { ProgressStore } from '../../quiz/progress-store';
import type { ModuleSummary } from '../../quiz/props';
import { StorageNotice } from './StorageNotice';
import { useProgress } from './use-progress';

export interface AttestationProps {
  audience: TrainedAudience;
  pathLabel: string;
  modules: ModuleSummary[];
  policy: { number: string; title: string; adopted: string };
  store?: ProgressStore;
}

const dateFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' });

export default function AttestationIsland({ audience, pathLabel, modules, policy, store }: AttestationProps) {
  const { progress, notice, ready, update } = useProgress(store);
  if (!ready) return <p>Lecture de votre progression…</p>;
  const results = modules.map((m) => ({ module: m, result: progress.results[moduleKey(audience, m.id)] }));
  const remaining = results.filter((r) => !r.result);
  const name = progress.names[audience] ?? '';

  if (remaining.length > 0) {
    return (
      <div class="attestation-pending" data-ready="">
        <StorageNotice notice={notice} />
        <p>{pathText.completed(modules.length - remaining.length, modules.length)}</p>
        <p>{t.remaining}</p>
        <ul>
          {remaining.map(({ module: m }) => (
            <li>
              <a href={m.href}>{m.title}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const last = Math.max(...results.map((r) => Date.parse(r.result!.completedAt)));
  const totalRight = results.reduce((n, r) => n + r.result!.score, 0);
  const totalQuestions = results.reduce((n, r) => n + r.result!.total, 0);
  return (
    <div class="attestation" data-ready="">
      <StorageNotice notice={notice} />
      <div class="attestation__form no-print">
        <label for="attestation-name">{t.nameLabel}</label>
        <p id="attestation-name-hint" class="hint">
          {t.nameHint}
        </p>
        <input
          id="attestation-name"
          type="text"
          autocomplete="name"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby="attestation-name-hint"
          value={name}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value.slice(0, MAX_NAME_LENGTH);
            update((p) => ({ ...p, names: { ...p.names, [audience]: value } }));
          }}
        />
        <p>
          <button type="button" class="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </p>
      </div>
      <article class="attestation__doc" aria-labelledby="attestation-doc-title">
        <p class="attestation__issuer">Ville de Trois-Rivières</p>
        <h2 id="attestation-doc-title">{t.docTitle}</h2>
        <p>{t.certifies}</p>
        <p class="attestation__name" data-testid="attestation-name">
          {name.trim() || t.noName}
        </p>
        <p>
          {t.completed(pathLabel)} {t.onPolicy(policy.number, policy.title)}, {t.adopted(policy.adopted)}.
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
            {results.map(({ module: m, result }) => (
              <tr>
                <th scope="row">{m.title}</th>
                <td>
                  {result!.score} sur {result!.total}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>
                {totalRight} sur {totalQuestions}
              </td>
            </tr>
          </tfoot>
        </table>
        <p>
          <strong>{t.date} : </strong>
          {dateFormat.format(new Date(last))}
        </p>
      </article>
    </div>
  );
}
