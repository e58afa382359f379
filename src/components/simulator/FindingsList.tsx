/**
 * The engine's findings as a numbered list: severity in words and icon, the message, the section
 * (linked to the official text), the words in cause and a one-click suggestion. The numbers match the
 * bracketed numbers of the preview. Long lists are cut so that a huge paste stays responsive.
 */
import type { Finding } from '../../engine/types';
import { labels } from '../../engine/index';
import { sim } from '../../i18n/simulator';
import { sectionHref } from '../../policy/anchors';
import { quotedWords } from './highlight';

export const MAX_LISTED_FINDINGS = 25;

interface Props {
  idPrefix: string;
  text: string;
  findings: Finding[];
  sectionTitles: Record<string, string>;
  onSuggestion: (finding: Finding) => void;
}

export function FindingsList({ idPrefix, text, findings, sectionTitles, onSuggestion }: Props) {
  const shown = findings.slice(0, MAX_LISTED_FINDINGS);
  return (
    <>
      <ol class="sim-findings">
        {shown.map((f, i) => {
          const n = i + 1;
          const words = quotedWords(text, f.span);
          const suggestionId = `${idPrefix}-suggestion-${n}`;
          return (
            <li key={`${f.rule}-${n}`} class={`sim-finding sim-finding--${f.severity}`} data-rule={f.rule} data-section={f.section}>
              <p class="sim-finding__head">
                <span class="sim-finding__icon" aria-hidden="true">{sim.severityIcon[f.severity]}</span>{' '}
                <strong>{labels.severity[f.severity]}</strong> <span class="sim-finding__num">[{n}]</span>{' '}
                <a href={sectionHref(f.section)}>{sim.sectionLink(f.section, sectionTitles[f.section] ?? '')}</a>
              </p>
              <p class="sim-finding__message">{f.message}</p>
              {words && (
                <p class="sim-finding__words">
                  {sim.wordsInCause}« <span class="sim-finding__quote">{words}</span> »
                </p>
              )}
              {f.suggestion && (
                <p class="sim-finding__suggestion">
                  <span id={suggestionId}>
                    {sim.suggestionLabel}« {f.suggestion} »
                  </span>{' '}
                  <button type="button" class="secondary" aria-describedby={suggestionId} onClick={() => onSuggestion(f)}>
                    {f.span ? sim.replaceWithSuggestion : sim.insertSuggestion}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {findings.length > shown.length && <p class="sim-more">{sim.moreFindings(findings.length - shown.length)}</p>}
    </>
  );
}
