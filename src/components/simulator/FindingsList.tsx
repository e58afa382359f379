/**
 * The engine's findings as a numbered list, merged by rule and section (one explanation, all its
 * words): severity in words and icon, the message, the section (linked to the official text), the
 * words in cause and a one-click suggestion. The numbers match the bracketed numbers of the preview.
 * Long lists are cut so that a huge paste stays responsive.
 */
import type { Finding } from '../../engine/types';
import { labels } from '../../engine/index';
import { sim } from '../../i18n/simulator';
import { sectionHref } from '../../policy/anchors';
import type { MergedFinding } from '../../verdict/merge';
import { quotedAll } from './highlight';
import { faultRange } from './suggestion';

export const MAX_LISTED_FINDINGS = 25;

interface Props {
  idPrefix: string;
  text: string;
  /** The engine's findings, as it gave them (the suggestion is applied from them). */
  findings: Finding[];
  /** The same, merged by rule and section: what the list shows. */
  merged: MergedFinding[];
  sectionTitles: Record<string, string>;
  onSuggestion: (finding: Finding) => void;
}

export function FindingsList({ idPrefix, text, findings, merged, sectionTitles, onSuggestion }: Props) {
  const shown = merged.slice(0, MAX_LISTED_FINDINGS);
  return (
    <>
      <ol class="sim-findings">
        {shown.map((f, i) => {
          const n = i + 1;
          const words = quotedAll(text, f.spans);
          const suggestionId = `${idPrefix}-suggestion-${n}`;
          // The engine's own finding carries where the suggestion goes (its span or `replaces`).
          const source = findings.find((x) => x.rule === f.rule && x.section === f.section && x.suggestion);
          return (
            <li key={`${f.rule}-${n}`} class={`sim-finding sim-finding--${f.severity}`} data-rule={f.rule} data-section={f.section}>
              <p class="sim-finding__head">
                <span class="sim-finding__icon" aria-hidden="true">{sim.severityIcon[f.severity]}</span>{' '}
                <strong>{labels.severity[f.severity]}</strong> <span class="sim-finding__num">[{n}]</span>{' '}
                <a href={sectionHref(f.section)}>{sim.sectionLink(f.section, sectionTitles[f.section] ?? '')}</a>
              </p>
              <p class="sim-finding__message">{f.message}</p>
              {words.length > 0 && (
                <p class="sim-finding__words">
                  {sim.wordsInCause}
                  {words.map((w, j) => (
                    <>
                      {j > 0 && ', '}« <span class="sim-finding__quote">{w}</span> »
                    </>
                  ))}
                </p>
              )}
              {source?.suggestion && (
                <p class="sim-finding__suggestion">
                  <span id={suggestionId}>
                    {sim.suggestionLabel}« {source.suggestion} »
                  </span>{' '}
                  <button type="button" class="secondary" aria-describedby={suggestionId} onClick={() => onSuggestion(source)}>
                    {faultRange(text, source) ? sim.replaceWithSuggestion : sim.insertSuggestion}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {merged.length > shown.length && <p class="sim-more">{sim.moreFindings(merged.length - shown.length)}</p>}
    </>
  );
}
