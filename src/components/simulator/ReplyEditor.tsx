/**
 * The writing desk shared by every mode: a labelled textarea, and the engine's feedback after each
 * pause (outcome, findings list, highlighted preview), with a polite summary for screen readers.
 * The parent owns the text (so it can load a ready-made post) and says which situation it is.
 */
import { useRef } from 'preact/hooks';
import type { Finding, Situation } from '../../engine/types';
import { sim } from '../../i18n/simulator';
import { LengthLimit } from './LengthLimit';
import { mergeFindings } from '../../verdict/merge';
import { verdictState } from '../../verdict/state';
import { VerdictBadge } from '../verdict/VerdictBadge';
import { FindingsList, MAX_LISTED_FINDINGS } from './FindingsList';
import { HighlightPreview } from './HighlightPreview';
import { applySuggestion } from './suggestion';
import { MAX_TEXT_LENGTH, useEvaluation } from './use-evaluation';

interface Props {
  id: string;
  label: string;
  hint: string;
  text: string;
  onText: (text: string) => void;
  situationFor: (text: string) => Situation;
  situationKey: string;
  sectionTitles: Record<string, string>;
  rows?: number;
}

export function ReplyEditor({ id, label, hint, text, onText, situationFor, situationKey, sectionTitles, rows = 6 }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const { evaluated, announcement, pending, now } = useEvaluation(text, situationFor, situationKey, `evaluate:${id}`);

  const insert = (finding: Finding) => {
    if (!finding.suggestion) return;
    // The findings may describe a slightly older text: never apply a span to words that moved.
    if (!evaluated || evaluated.text !== text) {
      now(text);
      return;
    }
    // The fault goes (with every other place carrying the same suggestion), and the result is checked again at once.
    const applied = applySuggestion(text, finding, evaluated.verdict.findings);
    onText(applied.text);
    now(applied.text);
    const el = area.current;
    if (el) {
      el.value = applied.text;
      el.focus();
      el.setSelectionRange(applied.caret, applied.caret);
    }
  };

  const verdict = evaluated?.verdict;
  const merged = verdict ? mergeFindings(verdict.findings) : [];
  return (
    <div class="sim-editor">
      <label for={`${id}-text`} class="sim-label">
        {label}
      </label>
      <p id={`${id}-hint`} class="sim-hint">
        {hint} {sim.nothingSent}
      </p>
      <textarea
        ref={area}
        id={`${id}-text`}
        rows={rows}
        spellcheck
        aria-describedby={`${id}-hint ${id}-limit`}
        maxLength={MAX_TEXT_LENGTH}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
      />
      <LengthLimit id={`${id}-limit`} length={text.length} />
      <section class="sim-feedback" aria-labelledby={`${id}-feedback`}>
        <h2 id={`${id}-feedback`}>{sim.feedbackHeading}</h2>
        <p role="status" aria-live="polite" class="visually-hidden" data-testid="sim-announcement">
          {announcement}
        </p>
        {pending && <p class="sim-pending">{sim.analysing}</p>}
        {verdict && evaluated ? (
          <>
            <div class="sim-outcome" data-outcome={verdict.outcome}>
              <VerdictBadge state={verdictState(verdict)} lead />
            </div>
            <HighlightPreview text={evaluated.text} spans={merged.slice(0, MAX_LISTED_FINDINGS).map((f) => f.spans)} headingId={`${id}-preview`} />
            {merged.length > 0 && (
              <FindingsList idPrefix={id} text={evaluated.text} findings={verdict.findings} merged={merged} sectionTitles={sectionTitles} onSuggestion={insert} />
            )}
          </>
        ) : (
          <p class="sim-hint">{sim.emptyFeedback}</p>
        )}
      </section>
    </div>
  );
}
