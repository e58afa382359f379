/**
 * The one way a verdict is shown: icon (decorative), the state in words, and optionally what it means.
 * Rendered statically by Astro pages (no JavaScript shipped) and inside the islands alike.
 * The colour comes from the state's class; the words and the icon carry the same meaning.
 */
import './verdict.css';
import type { ComponentChildren } from 'preact';
import { verdictText } from '../../i18n/verdict';
import type { VerdictState } from '../../verdict/state';

interface Props {
  state: VerdictState;
  /** Show the state's one-sentence explanation after the label. */
  lead?: boolean;
  /** Words put before the label, e.g. « Bonne réponse. ». */
  prefix?: ComponentChildren;
  /** Heading level when the verdict heads a result (the decision helper); a paragraph otherwise. */
  as?: 'p' | 'h2' | 'h3' | 'span';
  id?: string;
  tabIndex?: number;
  class?: string;
}

export function VerdictBadge({ state, lead = false, prefix, as: Tag = 'p', id, tabIndex, class: extra }: Props) {
  const t = verdictText[state];
  return (
    <Tag class={`verdict verdict--${state}${extra ? ` ${extra}` : ''}`} data-verdict-state={state} id={id} tabIndex={tabIndex}>
      <span class="verdict__icon" aria-hidden="true">
        {t.icon}
      </span>{' '}
      {prefix}
      <strong class="verdict__label">{t.label}</strong>
      {lead && <span class="verdict__lead">. {t.lead}</span>}
    </Tag>
  );
}
