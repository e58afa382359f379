/**
 * Every string the reply simulator shows, in French (Québec usage). Policy wording never lives here:
 * what a reply does wrong and why comes from the engine's findings.
 */
import type { Severity, Verdict } from '../engine/types';
import { mergeFindings } from '../verdict/merge';
import { verdictState } from '../verdict/state';
import { verdictAnnouncement } from './verdict';

const plural = new Intl.PluralRules('fr-CA');
/** « 1 problème », « 2 problèmes » (French plural rules: 0 and 1 are singular). */
const count = (n: number, one: string, other: string): string => `${n} ${plural.select(n) === 'one' ? one : other}`;

export const sim = {
  hubTitle: 'Simulateur de réponses',
  replyLabel: (citizen: string) => `Votre réponse à ${citizen}`,
  replyHint: 'Écrivez comme sur le vrai compte. Les remarques du moteur s’affichent dès que vous faites une pause.',
  postLabel: 'Votre publication sur votre propre compte',
  postHint: 'Écrivez comme vous le feriez sur votre compte personnel. Les remarques s’affichent dès que vous faites une pause.',
  nothingSent: 'Rien n’est envoyé : le texte reste dans votre navigateur, sur cette page.',
  feedbackHeading: 'Ce que le moteur en dit',
  emptyFeedback: 'Commencez à écrire : les remarques apparaîtront ici.',
  /** Shown only when the engine is slow to answer (a very long text). */
  analysing: 'Analyse en cours…',
  /** Shown once a text reaches the length the fields accept. */
  tooLong: (max: number) =>
    `Le texte est limité à ${new Intl.NumberFormat('fr-CA').format(max)} caractères : ce qui dépassait n’a pas été gardé.`,
  /** Icons are decorative (aria-hidden): the severity is always written in words beside them. */
  severityIcon: { error: '✖', warning: '⚠', info: 'ℹ' } satisfies Record<Severity, string>,
  wordsInCause: 'Mots en cause : ',
  sectionLink: (number: string, title: string) => `Section ${number} — ${title}`,
  suggestionLabel: 'Suggestion : ',
  insertSuggestion: 'Insérer la suggestion',
  replaceWithSuggestion: 'Remplacer par la suggestion',
  moreFindings: (n: number) => `… et ${count(n, 'autre remarque', 'autres remarques')} du même genre (liste abrégée).`,
  previewHeading: 'Votre texte, avec les passages en cause',
  previewNote: 'Les passages en cause sont soulignés et numérotés entre crochets, comme dans la liste.',
  previewLong: 'Texte long : seuls les passages en cause sont affichés.',
  previewGap: '[…]',
  modelReplyButton: 'Voir un modèle de réponse',
  modelReplyHeading: 'Un modèle de réponse',
  modelReplyHide: 'Cacher le modèle',
  modelReplyWhy: 'Pourquoi ce modèle suit la politique : ',
  modelReplyUse: 'Copier le modèle dans la zone de réponse',
  /**
   * The polite announcement made after about a second without typing: the verdict state in the same
   * words as on screen, then the problems (merged by rule) and their sections.
   */
  summary(verdict: Verdict): string {
    const merged = mergeFindings(verdict.findings);
    const problems = merged.filter((f) => f.severity !== 'info');
    const infos = merged.length - problems.length;
    const problemPart = problems.length > 0 ? `${count(problems.length, 'problème', 'problèmes')} : ${[...new Set(problems.map((f) => f.section))].map((s) => `section ${s}`).join(', ')}.` : '';
    const infoPart = infos > 0 ? `${count(infos, 'information', 'informations')}.` : '';
    return [verdictAnnouncement(verdictState(verdict)), problemPart, infoPart].filter(Boolean).join(' ');
  },
} as const;

/** « J'ai reçu un vrai commentaire ». */
export const simReceived = {
  step1: '1. Collez le commentaire reçu',
  commentLabel: 'Le commentaire du citoyen',
  commentHint: 'Collez-le tel quel, fautes et émojis compris.',
  proposal: (label: string) => `Genre proposé par le moteur : ${label}. Corrigez-le à l’étape 2 au besoin.`,
  /** The other kinds that fit, after the proposal (« Peut aussi être : plainte, question. »). */
  /** Why the engine reads the comment as disrespectful: each kind with its words. */
  whyHeading: 'Le commentaire reçu, avec les passages en cause',
  whyLead: 'Pourquoi le moteur le juge irrespectueux :',
  whyItem: (kind: string, words: readonly string[]) => `${kind}\u202F: ${words.map((w) => `«\u202F${w}\u202F»`).join(', ')}`,
  /** A kind the engine only suspects (a group and a degrading word in one sentence): the person decides. */
  doubtful: (kind: string) => `${kind}, peut-être (à vérifier)`,
  alsoPossible: (kinds: readonly string[]) => (kinds.length === 0 ? '' : ` Peut aussi être : ${kinds.join(', ')}.`),
  step2: '2. Vérifiez le genre de commentaire et le moment',
  kindLabel: 'Genre de commentaire',
  proposedSuffix: ' (proposé)',
  whenLabel: 'Reçu',
  emergencyLabel: 'Une mesure d’urgence est en cours',
  step3: '3. Rédigez votre réponse',
  replyLabel: 'Votre réponse sur le compte de la Ville',
} as const;

/** « Sur mon propre compte ». */
export const simPersonal = {
  authorLegend: 'Vous écrivez en tant que',
  postsHeading: 'Des publications à juger',
  postsIntro: 'Chargez une publication toute faite, de la plus clairement personnelle à la plus clairement officielle, puis modifiez-la.',
  loadPost: 'Charger ce texte',
  /** The person the ready-made post was written for, e.g. « (écrit par : Élu) ». */
  writtenBy: (label: string) => `Écrit par : ${label}`,
  adviceLabel: 'Pour aller plus loin — en plus de la politique',
  adviceNote: 'Ce qui suit n’est pas la politique CE-2019-0040 : c’est du contexte tiré d’autres textes publics.',
  advice: {
    employee: {
      text: 'Comme tout salarié au Québec, un employé de la Ville a envers son employeur une obligation de loyauté et de discrétion (Code civil du Québec, article 2088).',
      source: { label: 'Code civil du Québec, article 2088 (LégisQuébec)', url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991' },
    },
    elected: {
      text: 'La politique ne traite pas des opinions des élus. La Loi sur l’éthique et la déontologie en matière municipale oblige chaque municipalité à se doter d’un code d’éthique et de déontologie des élus, qui comprend des règles de civilité envers les citoyens, les employés et les autres élus, y compris en ligne.',
      source: { label: 'Loi sur l’éthique et la déontologie en matière municipale (LégisQuébec)', url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/E-15.1.0.1' },
    },
  },
} as const;

/** The hub, /simulateur/. */
export const simHub = {
  title: 'Simulateur de réponses',
  description: 'S’exercer à répondre aux citoyens sur les comptes de la Ville et à publier sur son propre compte, avec l’avis immédiat du moteur de règles de la politique.',
  lead: 'Écrivez une réponse ou une publication : à chaque pause, le moteur de règles vous dit si elle suit la politique CE-2019-0040, pourquoi, et quelle section s’applique.',
  modesLabel: 'Modes du simulateur',
  modes: [
    {
      href: '/simulateur/compte-de-la-ville/',
      title: 'Répondre sur le compte de la Ville',
      pitch: 'Des commentaires de citoyens sous des publications de la Ville : questions, plaintes, journalistes, urgences, commentaires irrespectueux, le soir et la fin de semaine.',
      audience: 'Pour l’équipe des Communications et les personnes qui s’y préparent.',
    },
    {
      href: '/simulateur/commentaire-recu/',
      title: 'J’ai reçu un vrai commentaire',
      pitch: 'Collez le commentaire reçu ce soir : le moteur propose son genre, puis vous rédigez la réponse avec ses remarques avant de la publier.',
      audience: 'Pour l’équipe des Communications.',
    },
    {
      href: '/simulateur/compte-personnel/',
      title: 'Sur mon propre compte',
      pitch: 'Vous écrivez sur un sujet de la Ville sur votre compte personnel : est-ce une opinion personnelle ou un message au nom de la Ville?',
      audience: 'Pour les employés et les élus.',
    },
  ],
  privacy: 'Rien de ce que vous écrivez n’est envoyé : tout se passe dans votre navigateur, sur la page.',
} as const;

/** The list of prompts, /simulateur/compte-de-la-ville/, and each prompt's page. */
export const simCity = {
  title: 'Répondre sur le compte de la Ville',
  description: 'Des commentaires de citoyens sous des publications de la Ville de Trois-Rivières, pour s’exercer à répondre selon la politique CE-2019-0040.',
  lead: 'Choisissez un commentaire. Les personnes sont fictives; les situations sont celles que l’équipe des Communications rencontre.',
  promptTitle: (title: string) => `Exercice : ${title}`,
  promptDescription: (kind: string, title: string) => `Mise en situation (${kind.toLowerCase()}) : ${title}. Rédigez la réponse de la Ville et voyez ce qu’en dit la politique.`,
  threadLabel: 'Le fil de discussion',
  cityName: 'Ville de Trois-Rivières',
  published: 'Publié le',
  received: 'Reçu le',
  situationLabel: 'La situation',
  kind: 'Genre de commentaire',
  moment: 'Moment',
  emergency: 'Mesure d’urgence en cours',
  readFirst: 'Sections utiles',
  next: 'Exercice suivant',
  back: 'Tous les exercices',
  count: (n: number) => `${n} exercices`,
} as const;

/** /simulateur/commentaire-recu/ and /simulateur/compte-personnel/. */
export const simPages = {
  receivedTitle: 'J’ai reçu un vrai commentaire',
  receivedDescription: 'Collez un commentaire reçu sur un compte de la Ville : le moteur propose son genre et commente votre réponse avant que vous la publiiez.',
  receivedLead: 'Collez le commentaire, vérifiez son genre, puis rédigez votre réponse : vous saurez avant de la publier si elle suit la politique, et pourquoi.',
  personalTitle: 'Sur mon propre compte : opinion personnelle ou message de la Ville?',
  personalDescription: 'Employés et élus : écrivez une publication sur votre compte personnel et voyez si elle se lit comme une opinion personnelle ou comme un message au nom de la Ville.',
  personalLead: 'La politique permet aux employés de parler de la Ville sur leurs comptes, comme opinion personnelle; seules les personnes autorisées publient au nom de la Ville. Écrivez, et le moteur vous dit de quel côté votre texte se lit.',
  policyLink: 'le texte de la politique',
  noScript: 'Le simulateur a besoin de JavaScript pour commenter votre texte. Vous pouvez lire la politique en attendant :',
} as const;
