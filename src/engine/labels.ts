/**
 * French labels (fr-CA) for every value of the engine's types, for the quizzes, the decision helper
 * and /regles/. Typed as Record<…> so a value without a label fails the type-check.
 */
import type { DisrespectKind } from './text/vocabulary.ts';
import type { Account, Content, Incoming, Role, Severity, Verdict, When } from './types.ts';

/**
 * What makes a text disrespectful (3.2), for findings and the received-comment tool. Its own constant
 * (also `labels.disrespect`): the 3.2 rule needs only these, so the simulator's worker ships no other label.
 */
export const disrespectLabels: Record<DisrespectKind, string> = {
  sacre: 'Sacre',
  profanity: 'Grossièreté',
  insult: 'Insulte',
  hate: 'Propos haineux ou dégradants',
  threat: 'Menace',
  contempt: 'Propos méprisants',
  unprofessional: 'Ton peu professionnel',
};

export const labels: {
  role: Record<Role, string>;
  account: Record<Account, string>;
  content: Record<Content, string>;
  incoming: Record<Incoming, string>;
  when: Record<When, string>;
  severity: Record<Severity, string>;
  outcome: Record<Verdict['outcome'], string>;
  /** What makes a text disrespectful (3.2), for findings and the received-comment tool. */
  disrespect: Record<DisrespectKind, string>;
} = {
  disrespect: disrespectLabels,
  role: {
    communications: 'Équipe des Communications (ou personne déléguée)',
    police: 'Direction de la police',
    fire: 'Direction de la sécurité incendie et de la sécurité civile',
    department: 'Autre direction ou service de la Ville',
    employee: 'Employé, à titre personnel',
    elected: 'Élu',
  },
  account: {
    city: 'Compte officiel de la Ville',
    service: 'Compte officiel d’un service',
    personal: 'Compte personnel',
  },
  content: {
    'city-event': 'Événement de la Ville',
    'recognized-org-event': 'Événement d’un organisme reconnu',
    'non-partner-event': 'Événement d’une organisation non partenaire',
    'city-press-release': 'Communiqué de presse de la Ville',
    'external-press-release': 'Communiqué d’une autre organisation ou entreprise',
    tender: 'Appel d’offres',
    'public-notice': 'Avis public',
    bylaw: 'Règlement',
    'job-offer': 'Offre d’emploi',
    'city-ad': 'Publicité de la Ville',
    'third-party-ad': 'Publicité d’un tiers',
    'emergency-info': 'Information d’urgence',
    'awareness-campaign': 'Campagne de sensibilisation',
    'share-official': 'Partage d’un message officiel de la Ville',
    opinion: 'Opinion personnelle',
  },
  incoming: {
    question: 'Question',
    complaint: 'Plainte',
    request: 'Requête',
    'media-request': 'Demande d’un média',
    'emergency-report': 'Signalement d’une urgence',
    disrespectful: 'Commentaire irrespectueux',
    'needs-validation': 'Question dont la réponse doit être validée',
    comment: 'Commentaire',
  },
  when: {
    'business-hours': 'Pendant les heures de travail',
    'after-hours': 'Après les heures d’ouverture',
    weekend: 'Pendant la fin de semaine',
    holiday: 'Pendant un jour férié',
  },
  severity: { error: 'Non conforme', warning: 'À vérifier', info: 'Bon à savoir' },
  outcome: { allowed: 'Permis', 'not-allowed': 'Non permis', 'not-covered': 'La politique ne tranche pas' },
};

/**
 * Every value of each type, in the labels' order, for forms and exhaustive tests. Derived from the
 * labels, which are typed Record<…>: a value added to a type without a label fails the type-check,
 * so these lists can never miss one.
 */
// A pure function of a key, not `Object.keys(labels.role)`: bundlers keep a top-level property read (it could be a
// getter), and with it every label, in the simulator's worker that uses none of these lists.
/* @__NO_SIDE_EFFECTS__ */
function keysOf(key: 'role' | 'account' | 'content' | 'incoming' | 'when'): string[] {
  return Object.keys(labels[key]);
}
export const ROLES = keysOf('role') as Role[];
export const ACCOUNTS = keysOf('account') as Account[];
export const CONTENTS = keysOf('content') as Content[];
export const INCOMINGS = keysOf('incoming') as Incoming[];
export const WHENS = keysOf('when') as When[];
