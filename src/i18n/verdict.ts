/**
 * The words, icon and colour of each verdict state, in one place (see src/verdict/state.ts for when
 * each applies). Every page, the SCORM package and the GIFT bank read them from here.
 *
 * One amber label, « À corriger », for every warning: the engine's warnings are all something the
 * text asks for (invite to the 311, remind that social media is not an emergency service, reply
 * temporarily, use the accounts appropriately), so « corriger » is right for each; choosing between
 * « à corriger » and « à améliorer » by kind of warning would be a policy judgement made outside the
 * engine, and two labels for one state would blur the vocabulary.
 */
// The engine's own wording, read from its two leaf modules rather than its door (src/engine/index.ts):
// the quiz island shows verdicts without shipping the engine (its JavaScript budget is 35 Ko).
import { askCommunications } from '../engine/facts';
import { labels } from '../engine/labels';
import type { VerdictState } from '../verdict/state';

export interface VerdictWording {
  /** The state in words, always shown (colour and icon are never the only signal). */
  label: string;
  /** Decorative (aria-hidden): the label says the same. */
  icon: string;
  /** One sentence: what the state means for the person. */
  lead: string;
}

export const verdictText: Record<VerdictState, VerdictWording> = {
  'not-allowed': {
    label: labels.outcome['not-allowed'],
    icon: '✖',
    lead: 'La politique ne le permet pas; voyez ce qu’il faut changer.',
  },
  'to-fix': {
    label: 'À corriger',
    icon: '⚠',
    lead: 'Rien n’est interdit, mais la politique demande autre chose; corrigez les points signalés.',
  },
  allowed: {
    label: labels.outcome.allowed,
    icon: '✔',
    lead: 'Rien à corriger selon la politique.',
  },
  'not-covered': {
    label: labels.outcome['not-covered'],
    icon: '?',
    lead: `Son texte ne dit rien qui règle ce cas; ${askCommunications}.`,
  },
};

/** What the live region says: the state, then what it means. */
export const verdictAnnouncement = (state: VerdictState): string => `${verdictText[state].label}. ${verdictText[state].lead}`;
