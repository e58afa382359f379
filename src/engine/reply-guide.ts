/**
 * What to do with each kind of message received on an official account, in a few words, with the
 * section that says so and the rules that check the reply. For « Que répondre? » (/que-repondre/),
 * its flowchart and its quick reference card: the pages draw from this, never retype the policy.
 *
 * - question, comment: no rule checks these replies beyond the writing rules (3.2); the action is in
 *   the words of 4.1's task list (« Répondre aux questions ou référer aux bonnes ressources au
 *   besoin », « Gérer les commentaires », « Animer la communauté »).
 * - the other kinds: the action is what their rules ask, in the words of their section.
 * The keys are in the order a reply must look at them: an emergency first (3.1), so a flowchart
 * that walks this record asks about it before anything else. `guideOrder` gives that order.
 */
import { commentsPolicy, complaintChannelsPhrase } from './facts.ts';
import type { SectionNumber } from './sections.ts';
import type { Incoming } from './types.ts';

export interface ReplyGuide {
  /** French, imperative, short: what to do. */
  action: string;
  /** The section that says so. */
  section: SectionNumber;
  /** Ids of the rules that check a reply to this kind of message (first: the main one). */
  rules: readonly string[];
}

/* @__NO_SIDE_EFFECTS__ */
function guide(): Record<Incoming, ReplyGuide> {
  return {
    // First: the flowchart and the card ask about an emergency before anything else (3.1).
    'emergency-report': {
      action: 'Ne pas traiter l’urgence dans les commentaires (ni suivi, ni promesse, ni renvoi à plus tard) : rappeler que les médias sociaux ne sont pas un service d’urgence.',
      section: '3.1',
      rules: ['emergency-routine', 'emergency-not-service'],
    },
    question: { action: 'Répondre à la question, ou référer aux bonnes ressources au besoin.', section: '4.1', rules: [] },
    complaint: {
      action: `Ne pas traiter la plainte dans les commentaires : inviter la personne à passer par ${complaintChannelsPhrase}.`,
      section: '3.1.5',
      rules: ['complaint-redirect', 'complaint-handled-in-thread'],
    },
    request: {
      action: `Ne pas traiter la requête dans les commentaires : inviter la personne à passer par ${complaintChannelsPhrase}.`,
      section: '3.1.5',
      rules: ['complaint-redirect', 'complaint-handled-in-thread'],
    },
    'media-request': {
      action: 'Ne pas répondre à la question : diriger le journaliste vers les responsables des relations médias, par courriel ou par téléphone.',
      section: '3.1.6',
      rules: ['media-redirect', 'media-answer'],
    },
    disrespectful: {
      action: `Gérer le commentaire selon la ${commentsPolicy}; si vous répondez, restez respectueux et professionnel.`,
      section: '3.2',
      rules: ['disrespectful-comment', 'respectful-language'],
    },
    'needs-validation': {
      action: 'Donner une réponse temporaire : la question est prise en compte, une réponse plus précise suivra.',
      section: '3.3',
      rules: ['temporary-reply'],
    },
    comment: { action: 'Gérer le commentaire et animer la communauté, au besoin.', section: '4.1', rules: [] },
  };
}

/** The guide, built once (in a function, so a bundle that does not read it can drop it). */
export const replyGuide: Record<Incoming, ReplyGuide> = /* @__PURE__ */ guide();

/** The kinds in the order the guide is read: emergency first (the keys' order above). */
export const guideOrder = /* @__PURE__ */ Object.keys(replyGuide) as Incoming[];
