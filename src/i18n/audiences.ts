/**
 * The site's four audiences, in one place: the home page, the paths and the scenarios' schema use it.
 * `trainingPath` stays undefined until that audience's training path exists, and the home page then
 * says plainly that it is coming rather than linking nowhere.
 */
export const AUDIENCES = ['employees', 'elected', 'communications', 'citizens'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AudienceInfo {
  /** Short label, e.g. on a card heading. */
  label: string;
  /** One sentence: who this is for and what they will find. */
  pitch: string;
  /** Sections to read first. */
  readFirst: string[];
  /** The training path's page, once it exists. */
  trainingPath?: string;
  /** The button to that page, written out (lower-casing the label gave « employés de la ville »). */
  startLabel?: string;
  /** A place to practise, e.g. the reply simulator's mode for this audience. */
  practice?: { href: string; label: string };
}

export const audiences: Record<Audience, AudienceInfo> = {
  employees: {
    label: 'Employés de la Ville',
    pitch: 'Vous arrivez à la Ville? Ce que vous pouvez publier sur vos propres comptes et comment partager les messages officiels.',
    readFirst: ['1', '4.3', '4.1'],
    trainingPath: '/parcours/employes/',
    startLabel: 'Commencer : employés de la Ville',
    practice: { href: '/simulateur/compte-personnel/', label: 'S’exercer : publier sur son propre compte' },
  },
  elected: {
    label: 'Élus',
    pitch: 'Partager un message de la Ville, commenter une de ses décisions, répondre à un citoyen ou à un journaliste sur votre page : ce que la politique demande, ce qu’elle ne tranche pas, et vers qui vous tourner.',
    readFirst: ['4.3', '4.1', '3.2'],
    trainingPath: '/parcours/elus/',
    startLabel: 'Commencer : élus',
    practice: { href: '/simulateur/compte-personnel/', label: 'S’exercer : opinion personnelle ou message de la Ville?' },
  },
  communications: {
    label: 'Équipe des Communications',
    pitch: 'Répondre aux citoyens sur les comptes de la Ville : plaintes, journalistes, urgences, commentaires irrespectueux, soirs et fins de semaine.',
    readFirst: ['3.1.5', '3.1.6', '3.2', '3.3'],
    trainingPath: '/parcours/communications/',
    startLabel: 'Commencer : équipe des Communications',
    practice: { href: '/simulateur/', label: 'S’exercer à répondre : le simulateur' },
  },
  citizens: {
    label: 'Citoyens',
    pitch: 'Comment se passent les échanges avec la Ville sur ses comptes, où faire une plainte et quand attendre une réponse.',
    readFirst: ['3.1.5', '3.2', '3.3'],
    trainingPath: '/netiquette/',
    startLabel: 'Lire la nétiquette',
  },
};
