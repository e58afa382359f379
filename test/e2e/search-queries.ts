/**
 * Everyday queries and the answer that must come first (`top: 1`) or in the first three (`top: 3`).
 * Written as people type (accents or not, singular or plural), not copied from the pages' words.
 * Used by search-ranking.spec.ts, against the built index.
 */
const s = (number: string): string => `/politique/#section-${number.replaceAll('.', '-')}`;

export interface QueryCase {
  query: string;
  /** The result's address: a section (`/politique/#section-3-1-6`), a page, or a page's heading. */
  expect: string;
  top: 1 | 3;
}

export const queries: QueryCase[] = [
  { query: 'journaliste', expect: s('3.1.6'), top: 1 },
  { query: "question d'un journaliste", expect: s('3.1.6'), top: 3 },
  { query: 'reporter', expect: s('3.1.6'), top: 1 },
  { query: 'relations medias', expect: s('3.1.6'), top: 1 },
  { query: 'plainte', expect: s('3.1.5'), top: 1 },
  { query: 'faire une plainte', expect: s('3.1.5'), top: 3 },
  { query: 'requetes', expect: s('3.1.5'), top: 1 },
  { query: '311', expect: s('3.1.5'), top: 1 },
  { query: 'nid de poule', expect: s('3.1.5'), top: 3 },
  { query: 'deneigement', expect: s('3.1.5'), top: 3 },
  { query: 'fin de semaine', expect: s('3.3'), top: 1 },
  { query: 'jour ferie', expect: s('3.3'), top: 1 },
  { query: "heures d'ouverture", expect: s('3.3'), top: 3 },
  { query: 'reponse temporaire', expect: s('3.3'), top: 1 },
  { query: 'creer un compte', expect: s('4.2'), top: 1 },
  { query: 'ouvrir une page Facebook pour mon service', expect: s('4.2'), top: 3 },
  { query: "page Facebook d'un service", expect: s('4.2'), top: 1 },
  { query: 'direction generale', expect: s('4.2'), top: 1 },
  { query: 'élus', expect: s('4.3'), top: 1 },
  { query: 'elu', expect: s('4.3'), top: 1 },
  { query: 'conseiller municipal', expect: s('4.3'), top: 3 },
  { query: 'position officielle', expect: s('4.3'), top: 1 },
  { query: 'opinion personnelle', expect: s('4.3'), top: 3 },
  { query: 'mon compte personnel', expect: s('4.3'), top: 3 },
  { query: 'qui peut publier', expect: s('4.1'), top: 1 },
  { query: 'equipe des communications', expect: s('4.1'), top: 1 },
  { query: 'sacre', expect: s('3.2'), top: 1 },
  { query: 'sacrer', expect: s('3.2'), top: 3 },
  { query: 'insultes', expect: s('3.2'), top: 3 },
  { query: 'anglais', expect: s('3.2'), top: 3 },
  { query: 'langage respectueux', expect: s('3.2'), top: 1 },
  { query: 'urgence', expect: s('3.1'), top: 3 },
  { query: '911', expect: '/netiquette/#urgence', top: 3 },
  { query: 'mesure d urgence', expect: s('3.1'), top: 3 },
  { query: 'police', expect: s('1.1'), top: 1 },
  { query: 'pompiers', expect: s('1.1'), top: 1 },
  { query: 'communiqué de presse', expect: s('3.1.2'), top: 1 },
  { query: "offre d'emploi", expect: s('3.1.3'), top: 1 },
  { query: 'appels d offres', expect: s('3.1.3'), top: 1 },
  { query: 'avis public', expect: s('3.1.3'), top: 1 },
  { query: 'publicite', expect: s('3.1.4'), top: 1 },
  { query: 'evenement d un organisme', expect: s('3.1.1'), top: 3 },
  { query: 'festival', expect: s('3.1.1'), top: 3 },
  { query: 'liste des comptes officiels', expect: s('2'), top: 3 },
  { query: 'objectifs', expect: s('2.1'), top: 3 },
  { query: 'netiquette', expect: '/netiquette/', top: 3 },
  { query: 'C-2014-0097', expect: s('5'), top: 3 },
  { query: 'entree en vigueur', expect: s('6'), top: 3 },
  { query: 'Nouvelliste', expect: '/simulateur/compte-de-la-ville/media-nouvelliste/', top: 1 },
  { query: 'simulateur', expect: '/simulateur/', top: 3 },
  { query: 'aide-memoire', expect: '/que-repondre/aide-memoire/', top: 3 },
  { query: 'que repondre', expect: '/que-repondre/', top: 3 },
];
