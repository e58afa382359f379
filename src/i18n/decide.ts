/**
 * The decision helper's words (questions, option labels; the verdict's words are in verdict.ts). The options that are
 * values of the engine's types take the engine's own labels; only the helper's own choices (what to
 * do, the approval, an emergency) are labelled here.
 */
// From the labels' own module, not the engine's door: the decision helper's island imports this file.
import { labels } from '../engine/labels.ts';
import type { Action, Approval, Moment, QuestionId } from '../components/decide/tree.ts';

/** The question as asked, with a line of help where the choice may be unclear. */
export const questionText: Record<QuestionId, { title: string; hint?: string }> = {
  role: { title: 'Qui êtes-vous?', hint: 'Choisissez le rôle dans lequel vous agissez.' },
  action: { title: 'Que voulez-vous faire?' },
  account: { title: 'Sur quel compte?', hint: 'Le compte où le message serait publié ou la réponse écrite.' },
  approval: { title: 'La Direction générale a-t-elle approuvé la création de ce compte?' },
  content: { title: 'Que voulez-vous publier?' },
  incoming: { title: 'À quel genre de message voulez-vous répondre?' },
  moment: { title: 'Quand ce message est-il arrivé?' },
};

const actionLabels: Record<Action, string> = {
  publish: 'Publier ou partager quelque chose',
  reply: 'Répondre à un commentaire ou à un message',
  'create-account': 'Ouvrir un nouveau compte de médias sociaux',
};

const approvalLabels: Record<Approval, string> = { yes: 'Oui, elle l’a approuvée', no: 'Non, pas encore' };

const momentLabels: Record<Moment, string> = { ...labels.when, emergency: 'Pendant une mesure d’urgence en cours' };

/** The label of an option of a question. */
export function optionLabel(question: QuestionId, value: string): string {
  const table: Record<QuestionId, Record<string, string>> = {
    role: labels.role,
    action: actionLabels,
    account: labels.account,
    approval: approvalLabels,
    content: labels.content,
    incoming: labels.incoming,
    moment: momentLabels,
  };
  return table[question][value] ?? value;
}

/** Short name of each question, for the summary of answers. */
export const questionShort: Record<QuestionId, string> = {
  role: 'Vous êtes',
  action: 'Vous voulez',
  account: 'Compte',
  approval: 'Approbation de la Direction générale',
  content: 'Contenu',
  incoming: 'Message reçu',
  moment: 'Moment',
};

export const decideUi = {
  pageTitle: 'Aide à la décision',
  pageDescription:
    'Puis-je publier ceci? Que répondre à ce commentaire? Mon service peut-il ouvrir un compte? Quelques questions, et la réponse de la politique CE-2019-0040, section à l’appui.',
  lead: 'Un doute avant de publier, de répondre ou d’ouvrir un compte? Répondez à quelques questions (cinq au plus) : la réponse vient de la politique, avec la section qui s’applique.',
  progress: (n: number, total: number) => `Question ${n} sur ${total} au plus`,
  answersTitle: 'Vos réponses',
  change: 'Modifier',
  back: 'Revenir à la question précédente',
  restart: 'Recommencer',
  findingsTitle: 'Ce que dit la politique',
  noFinding:
    'Aucune règle de la politique ne s’y oppose, et aucune mise en garde ne s’applique à ce cas.',
  suggestionLabel: 'Vous pourriez écrire :',
  modelReplyTitle: 'Modèle de réponse',
  sectionLabel: 'Section',
  officialWords: 'Le texte officiel',
  readSection: (n: string) => `Lire la section ${n} dans la politique`,
  shareLabel: 'Lien à partager vers cette réponse',
  askCommunications: 'Dans le doute, adressez-vous à l’équipe des Communications.',
  noScript:
    'Sans JavaScript, chaque choix ouvre une page déjà préparée : le résultat est le même.',
  /** Shown (and announced) only when an answer takes more than a moment to arrive. */
  loading: 'Chargement…',
  resultAnnounce: (title: string) => `Réponse : ${title}`,
  questionAnnounce: (n: number, title: string) => `Question ${n} : ${title}`,
} as const;
