/**
 * Every interface string a person reads, in French (Québec usage). Components look keys up here;
 * content (policy, netiquette, scenarios) lives in `content/`.
 */
export const ui = {
  siteName: 'Médias sociaux à la Ville de Trois-Rivières',
  siteTagline: 'La politique CE-2019-0040 expliquée, avec des exercices pour bien l’appliquer',
  skipLink: 'Passer au contenu principal',
  navLabel: 'Navigation principale',
  menuLabel: 'Menu',
  footerLabel: 'Pied de page',
  searchLabel: 'Rechercher dans le site',
  searchButton: 'Rechercher',
  searchPlaceholder: 'ex. : plainte',
  tocTitle: 'Table des matières',
  officialTextLabel: 'Texte officiel',
  summaryLabel: 'En bref',
  summaryNote: 'Explication en langage simple rédigée pour ce site : ce n’est pas le texte officiel.',
  permalinkText: 'Lien permanent',
  permalinkTarget: (number: string) => `vers la section ${number}`,
  backToTop: 'Retour à la table des matières',
  notOfficialAdvice: 'Conseil de sécurité, en plus de la politique',
} as const;

/** Main navigation: one entry per page that exists. */
export const nav: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/politique/', label: 'La politique' },
  { href: '/netiquette/', label: 'Nétiquette' },
  { href: '/parcours/', label: 'Formation' },
  { href: '/simulateur/', label: 'Simulateur' },
  { href: '/aide-a-la-decision/', label: 'Aide à la décision' },
  { href: '/que-repondre/', label: 'Que répondre?' },
  { href: '/regles/', label: 'Les règles en bref' },
  { href: '/a-propos/', label: 'À propos' },
];

/**
 * A label inside a sentence: only its first letter lower-cased, so that proper nouns keep their
 * capital (« Employés de la Ville » → « employés de la Ville », never « de la ville »).
 */
export const lowerFirst = (label: string): string => label.charAt(0).toLocaleLowerCase('fr-CA') + label.slice(1);

const dateFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' });

/** `2019-01-08` → « 8 janvier 2019 ». */
export const formatDate = (isoDate: string): string => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
