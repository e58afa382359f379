/**
 * Known walks through the decision helper, one per kind of answer, for the unit and end-to-end
 * tests. The unit test checks that the engine still gives each expected outcome, so these stay true.
 */
import type { Verdict } from '../../engine/index.ts';
import type { Choices } from './tree.ts';

export interface DecisionExample {
  /** What the walk stands for. */
  name: string;
  choices: Choices;
  outcome: Verdict['outcome'];
}

export const decisionExamples: readonly DecisionExample[] = [
  {
    name: 'l’équipe des Communications annonce un événement de la Ville sur le compte de la Ville',
    choices: { role: 'communications', action: 'publish', account: 'city', content: 'city-event' },
    outcome: 'allowed',
  },
  {
    name: 'un service ouvre un compte sans l’approbation de la Direction générale',
    choices: { role: 'department', action: 'create-account', approval: 'no' },
    outcome: 'not-allowed',
  },
  {
    name: 'un employé partage une publicité d’un tiers sur son compte personnel',
    choices: { role: 'employee', action: 'publish', account: 'personal', content: 'third-party-ad' },
    outcome: 'not-covered',
  },
  {
    name: 'l’équipe des Communications répond à une plainte la fin de semaine',
    choices: { role: 'communications', action: 'reply', account: 'city', incoming: 'complaint', moment: 'weekend' },
    outcome: 'allowed',
  },
];
